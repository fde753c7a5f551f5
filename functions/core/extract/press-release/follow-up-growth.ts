/**
 * A growth in the sentence after a level, whose subject only points back at the level ("China imported
 * 5.84 million tons of nickel ore in October. Arrivals were up 14.7% from September and 22.3% higher
 * than a year earlier."; "That was still 22.6% below September 2025"): the growth names no goods, so it
 * does not share the level's series key, yet it is that level's year-on-year growth. Commodity wires
 * write their tonnages this way.
 */
import type { ObservationDraft } from '../../contract.js';

/** Subjects that only point back: a bare flow noun (with at most one word before it), or "that"/"the figure". */
export const POINTING_SUBJECT = {
  pattern: /^\s*(?:(?:the\s+)?(?:[\w-]+\s+)?(?:arrivals|shipments|imports|exports|purchases|inflows|receipts|deliveries|intake|volumes?)\b|(?:that|this|the\s+(?:figure|total|volume|tally))\s+(?:was|were|is|marked|represented)\b)/i,
  examples: ['Arrivals were up 14.7% from September and 22.3% higher than a year earlier.', 'Scrap arrivals, measured in physical weight, were up 26% year-on-year.', 'That was still 22.6% below September 2025.'],
};

const placeOf = (r: ObservationDraft) => `${r.area}|${r.partner}|${r.flow}|${r.breakdown}|${r.period_start}|${r.period_end}`;

/** The levels of the nearest earlier sentence of the growth's place, flow and period; none if any states a growth. */
function nearestLevels(rows: ObservationDraft[], g: ObservationDraft): ObservationDraft[] {
  const before = rows.filter((l) => l.value !== null && (l.measure === 'value' || l.measure === 'quantity') && placeOf(l) === placeOf(g) && (l.quote_start ?? 0) < (g.quote_start ?? 0));
  if (!before.length) return [];
  const nearest = Math.max(...before.map((l) => l.quote_start ?? 0));
  const levels = before.filter((l) => l.quote_start === nearest);
  const oneQuantity = levels.every((l) => l.yoy_pct === null) && new Set(levels.map((l) => l.unit)).size === levels.length;
  return oneQuantity ? levels : [];
}

/** Gives each pointing growth (no goods named, no level of its own) to the level it points back at. */
export function attachPointingGrowth(rows: ObservationDraft[]): ObservationDraft[] {
  const drop = new Set<ObservationDraft>();
  for (const g of rows) {
    if (g.value !== null || g.yoy_pct === null || g.period_start === '' || g.commodity !== 'all goods' || !POINTING_SUBJECT.pattern.test(g.source_quote)) continue;
    const levels = nearestLevels(rows, g);
    if (!levels.length) continue;
    for (const l of levels) l.yoy_pct = g.yoy_pct;
    drop.add(g);
  }
  return drop.size ? rows.filter((r) => !drop.has(r)) : rows;
}
