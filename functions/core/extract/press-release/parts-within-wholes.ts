/**
 * Goods cannot be worth more than all goods of the same flow and period. "December capped the year ... Exports in the month
 * came in at 2.45 trillion yuan" then "Exports of mechanical and electrical products ... expanded 8.2% to 16.04 trillion yuan":
 * the goods took December from the paragraph before, yet they are worth six times December's exports; they are of the
 * longer period the release stated before that holds them (the year, whose exports were 26.99 trillion yuan).
 */
import type { ObservationDraft } from '../../contract.js';

const ALL_GOODS = 'all goods';
const SERVICES = /\bservices\b/i;

/** A whole: the value of all goods one way for the world. */
const isWhole = (r: ObservationDraft) => r.value !== null && r.measure === 'value' && r.commodity === ALL_GOODS && r.partner === 'World' && (r.flow === 'export' || r.flow === 'import');

/** Same place, flow and unit. */
const sameSeries = (a: ObservationDraft, b: ObservationDraft) => a.area === b.area && a.flow === b.flow && a.unit === b.unit;

const samePeriod = (a: ObservationDraft, b: ObservationDraft) => a.period_start === b.period_start && a.period_end === b.period_end;

/** True when `outer` holds `inner`'s months and more. */
const holds = (outer: ObservationDraft, inner: ObservationDraft) => outer.period_start <= inner.period_start && outer.period_end >= inner.period_end && !samePeriod(outer, inner);

/** Re-dates goods worth more than the whole of their period to the nearest earlier-stated whole that holds them, with the rows of their sentence. */
export function partsWithinTheirWholes(rows: ObservationDraft[]): ObservationDraft[] {
  const wholes = rows.filter(isWhole);
  if (wholes.length < 2) return rows;
  const moved = new Map<number, { from: ObservationDraft; to: ObservationDraft }>();
  for (const part of rows) {
    // (Services are no part of the goods: "Services exports for October are estimated at USD 34.6 billion" stays October.)
    if (part.value === null || part.measure !== 'value' || part.commodity === ALL_GOODS || SERVICES.test(part.commodity) || part.partner !== 'World' || part.quote_start === null) continue;
    const whole = wholes.find((w) => sameSeries(w, part) && samePeriod(w, part));
    if (!whole || whole.value! >= part.value) continue;
    const before = wholes.filter((w) => sameSeries(w, part) && holds(w, part) && w.value! >= part.value! && (w.quote_start ?? Infinity) < part.quote_start!);
    const nearest = before.sort((a, b) => (b.quote_start ?? 0) - (a.quote_start ?? 0))[0];
    if (nearest) moved.set(part.quote_start, { from: part, to: nearest });
  }
  if (!moved.size) return rows;
  return rows.map((r) => {
    const m = r.quote_start === null ? undefined : moved.get(r.quote_start);
    return m && samePeriod(r, m.from) ? { ...r, period_start: m.to.period_start, period_end: m.to.period_end } : r;
  });
}
