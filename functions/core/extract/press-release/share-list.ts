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
import { flowsNamed, soleFlow } from './subjects.js';


// "<caption>: <item>, <item> and <item>." on one line; the caption names no sentence before it.
const LIST_LINE = /^([A-Z][^:;.]{2,150}?)\s*:\s*(.+?)\.?$/;
const PARTNER_CAPTION = /\b(?:partners?|destinations?|markets?|sources?|origins?|suppliers?|buyers?)\b/i;
// "the United States – 9.8 per cent", "Germany – 8.7": a partner, a dash, its share (the unit written or left out). A fact
// sheet ranks them and leaves the dash out, each share with its unit: "1. United States 29.8%", "11. Australia 1.4%" (b288-02).
const SHARE_ITEM = /^(?:and\s+)?(?:\d{1,2}[.)]\s+)?(?:the\s+)?([A-Z][A-Za-z .'-]*?)\s+(?:([–—-])\s+)?(\d{1,2}(?:\.\d+)?)(\s*(?:%|per\s?cent|percent))?$/;
// Items apart by commas, "and", or the ellipsis of a ranking that skips places ("3. Republic of Korea 5.9% ... 11. Australia 1.4%").
const ITEM_BREAK = /,\s*|\s+(?=and\s)|\s*(?:\.{3}|…)\s*/;
const CLOSING_YEAR = /,\s*((?:19|20)\d\d)\s*$/;
// "Vietnam's principal export destinations": the caption's owner, whose exports or imports the shares are of.
const OWNER_OPENING = /^(?:the\s+)?([A-Z][A-Za-z .'-]{1,40}?)['’]s?\s/;

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
    const table: FlatTable | null = m && caption && period ? shareList(line, m, caption.flow, period, captionOwner(m[1])) : null;
    carried = table ? period : null;
    if (table) tables.push(table);
  }
  return tables;
}

/** The flow and (if any) period a caption of partners names; null when it is no such caption. */
function listCaption(caption: string, anchor: Anchor): { flow: Flow; period: Period | null } | null {
  const flow = soleFlow(flowsNamed(caption));
  if (!PARTNER_CAPTION.test(caption) || (flow !== 'export' && flow !== 'import')) return null;
  const periods = namedPeriods(caption, anchor);
  if (periods.length > 1) return null;
  // "Vietnam's principal export destinations, 2025": a year closing the caption after a comma is its whole year.
  const year = periods.length ? null : CLOSING_YEAR.exec(caption);
  if (year && Number(year[1]) <= anchor.year) return { flow, period: { start: `${year[1]}-01`, end: `${year[1]}-12` } };
  return { flow, period: periods[0] ?? null };
}

/** The country a caption opens on in the possessive ("Vietnam's principal export destinations"), or '' (the release's area). */
function captionOwner(caption: string): string {
  const owner = OWNER_OPENING.exec(caption);
  const place = owner ? findPlaces(owner[1], '').find((p) => p.start === 0 && p.end === owner[1].length) : undefined;
  return place && place.kind === 'country' ? place.name : '';
}

/** The rows of one list line, or null when an item is not a partner's share or the shares exceed the whole. */
function shareList(line: Line, m: RegExpExecArray, flow: Flow, period: Period, area: string): FlatTable | null {
  const itemsAt = line.start + m[0].lastIndexOf(m[2]);
  const rows: TableRow[] = [];
  let at = 0;
  for (const item of m[2].split(ITEM_BREAK)) {
    if (!item.trim()) continue;
    const found = SHARE_ITEM.exec(item.trim());
    const place = found ? findPlaces(found[1], '').find((p) => p.start === 0 && p.end === found[1].length) : undefined;
    if (!found || !place || (place.kind !== 'country' && place.kind !== 'group') || (!found[2] && !found[4]) || (rows.length === 0 && !found[4])) return null;
    const start = itemsAt + m[2].indexOf(item, at);
    at = start - itemsAt + item.length;
    const digits = found[3];
    rows.push({ quoteStart: start, quoteEnd: start + item.length, flow, partner: place.name, area, unit: SHARE_UNIT, figures: [{ period, cell: { value: Number(digits), digits, percent: true }, yoy: null }] });
  }
  const total = rows.reduce((sum, r) => sum + r.figures[0].cell.value, 0);
  if (rows.length < 2 || total > 100) return null;
  return { start: line.start, end: line.start + line.text.length, rows, lines: 1 };
}
