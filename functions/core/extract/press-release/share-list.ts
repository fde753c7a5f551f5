/**
 * A line listing partners' shares after a caption and a colon, each share set off from its partner by a dash:
 * "Main export partners, January–September 2026: the United States – 9.8 per cent, Germany – 8.7, Poland – 8.1."
 * The first share names the unit (per cent) and the others leave it out, so the prose reader, which sees bare
 * numbers after the first, cannot read them; they are read here as one table of shares.
 *
 * The caption names partners (destinations, sources, markets) and one flow, exports or imports; its period is the
 * rows' period, and a caption with none ("Main import partners: Poland – 13.2 per cent, ...") goes on with the period
 * of such a list on the line right before. Every item must be one country or group, a dash and a number, the first
 * with its "per cent" or "%", and the shares must not add up to more than the whole; else the line is left to prose.
 */
import type { Flow } from '../../contract.js';
import { namedPeriods, SHARE_UNIT, type FlatTable, type Line, type Period, type TableRow } from './flat-table.js';
import { findPlaces } from './geography.js';
import type { Anchor } from './periods.js';
import { findFlowCues } from './subjects.js';


// "<caption>: <item>, <item> and <item>." on one line; the caption names no sentence before it.
const LIST_LINE = /^([A-Z][^:;.]{2,150}?)\s*:\s*(.+?)\.?$/;
const PARTNER_CAPTION = /\b(?:partners?|destinations?|markets?|sources?|origins?|suppliers?|buyers?)\b/i;
// "the United States – 9.8 per cent", "Germany – 8.7": a partner, a dash, its share (the unit written or left out).
const SHARE_ITEM = /^(?:and\s+)?(?:the\s+)?([A-Z][A-Za-z .'-]*?)\s+[–—-]\s+(\d{1,2}(?:\.\d+)?)(\s*(?:%|per\s?cent|percent))?$/;

/** The share lists of one paragraph's lines. */
export function shareLists(lines: Line[], anchor: Anchor | null): FlatTable[] {
  const tables: FlatTable[] = [];
  // The period of a list on the line before, which a list with no period of its own goes on with.
  let carried: Period | null = null;
  for (const line of lines) {
    // Every list line has its colon: a line without one is not matched.
    const m = anchor && line.text.includes(':') ? LIST_LINE.exec(line.text) : null;
    const caption = m ? listCaption(m[1], anchor!) : null;
    const period: Period | null = caption?.period ?? carried;
    const table: FlatTable | null = m && caption && period ? shareList(line, m, caption.flow, period) : null;
    carried = table ? period : null;
    if (table) tables.push(table);
  }
  return tables;
}

/** The flow and (if any) period a caption of partners names; null when it is no such caption. */
function listCaption(caption: string, anchor: Anchor): { flow: Flow; period: Period | null } | null {
  const flows = new Set(findFlowCues(caption).map((c) => c.flow));
  const flow = flows.size === 1 ? [...flows][0] : null;
  if (!PARTNER_CAPTION.test(caption) || (flow !== 'export' && flow !== 'import')) return null;
  const periods = namedPeriods(caption, anchor);
  if (periods.length > 1) return null;
  return { flow, period: periods[0] ?? null };
}

/** The rows of one list line, or null when an item is not a partner's share or the shares exceed the whole. */
function shareList(line: Line, m: RegExpExecArray, flow: Flow, period: Period): FlatTable | null {
  const itemsAt = line.start + m[0].lastIndexOf(m[2]);
  const rows: TableRow[] = [];
  let at = 0;
  for (const item of m[2].split(/,\s*|\s+(?=and\s)/)) {
    const found = SHARE_ITEM.exec(item.trim());
    const place = found ? findPlaces(found[1], '').find((p) => p.start === 0 && p.end === found[1].length) : undefined;
    if (!found || !place || (place.kind !== 'country' && place.kind !== 'group') || (rows.length === 0 && !found[3])) return null;
    const start = itemsAt + m[2].indexOf(item, at);
    at = start - itemsAt + item.length;
    const digits = found[2];
    rows.push({ quoteStart: start, quoteEnd: start + item.length, flow, partner: place.name, area: '', unit: SHARE_UNIT, figures: [{ period, cell: { value: Number(digits), digits, percent: true }, yoy: null }] });
  }
  const total = rows.reduce((sum, r) => sum + r.figures[0].cell.value, 0);
  if (rows.length < 2 || total > 100) return null;
  return { start: line.start, end: line.start + line.text.length, rows, lines: 1 };
}
