/**
 * A statistics brief's small table flattened into lines of items: a caption that names the period and, in brackets,
 * the unit ("Value of imports and exports, January-August (unit: 100 million yuan; change year on year)"), and under
 * it one or more lines of items, each a label, its amount and (if any) its change, set apart by semicolons or runs of
 * spaces: "Total imports and exports 198,245.3 3.6%  Exports 108,951.2 6.1%", "EU 30,104.7 up 10.3%; ASEAN 27,602.4
 * up 12.5%". The amounts carry no unit of their own (the caption's applies), so the prose reader cannot read them.
 *
 * A label is a flow ("Exports", "Imports", "Total", "Total imports and exports", "Trade surplus", "Trade deficit") or a
 * partner the lexicon knows (its trade, or the caption's flow). The caption must state one unit after "unit:" and one
 * period; a line with anything else (or an item that is neither) leaves the lines to the other readers.
 */
import type { Flow } from '../../contract.js';
import { namedPeriods, unitIn, type FlatTable, type Line, type TableRow } from './flat-table.js';
import { findPlaces } from './geography.js';
import type { Anchor } from './periods.js';
import { findFlowCues } from './subjects.js';

// "<caption> (unit: <unit>[; <what the rates are>])", alone on its line, with an optional colon.
const UNIT_CAPTION = /^([A-Z][^()\d]{0,120}?(?:(?:19|20)\d\d[^()\d]{0,40}?)?)\s*\(\s*unit\s*:\s*([^();]{2,40}?)\s*(?:;\s*[^()]{1,60})?\)\s*:?$/i;
// One item: a label of words, an amount, then a change ("3.6%", "up 10.3%", "down 8.8%", "-1.2%") if any.
const ITEM = /^([A-Za-z][A-Za-z &'-]*?)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*,?\s*(?:(up|down)\s+)?([+\-–]?\d+(?:\.\d+)?)\s*%)?$/i;
const FLOW_LABEL: Array<[RegExp, Flow, number]> = [
  [/^(?:total(?:\s+(?:imports\s+and\s+exports|exports\s+and\s+imports|trade|value))?|(?:imports\s+and\s+exports|exports\s+and\s+imports))$/i, 'total', 1],
  [/^(?:total\s+)?exports$/i, 'export', 1],
  [/^(?:total\s+)?imports$/i, 'import', 1],
  [/^(?:trade\s+)?(?:surplus|balance)$/i, 'balance', 1],
  [/^(?:trade\s+)?deficit$/i, 'balance', -1],
];

/** The tables of one paragraph's lines: a unit caption and the item lines right under it. */
export function unitCaptionItems(lines: Line[], anchor: Anchor | null): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const caption = lines[k].text.includes('nit') ? UNIT_CAPTION.exec(lines[k].text) : null;
    const table = caption ? captionTable(caption, lines, k, anchor) : null;
    if (table) tables.push(table);
  }
  return tables;
}

function captionTable(caption: RegExpExecArray, lines: Line[], k: number, anchor: Anchor): FlatTable | null {
  const unit = unitIn(caption[2]);
  const periods = namedPeriods(caption[1], anchor);
  if (!unit || periods.length !== 1) return null;
  const flows = new Set(findFlowCues(caption[1]).map((c) => c.flow));
  const captionFlow: Flow = flows.size === 1 ? [...flows][0] : 'total';
  const rows: TableRow[] = [];
  let last = k;
  for (let j = k + 1; j < lines.length; j++) {
    const items = lineItems(lines[j], captionFlow);
    if (!items) break;
    rows.push(...items.map((row) => ({ ...row, unit, figures: row.figures.map((f) => ({ ...f, period: periods[0] })) })));
    last = j;
  }
  if (last === k) return null;
  const end = lines[last].start + lines[last].text.length;
  // The caption is claimed too: its "100 million yuan" is the unit, no amount.
  return { start: lines[k].start, end, rows, lines: rows.length };
}

/** The items of one line, or null when one of its pieces is no item. */
function lineItems(line: Line, captionFlow: Flow): TableRow[] | null {
  const rows: TableRow[] = [];
  let at = 0;
  for (const piece of line.text.split(/\s*;\s*|\s{2,}/)) {
    const start = line.text.indexOf(piece, at);
    at = start + piece.length;
    const m = ITEM.exec(piece.trim());
    const meaning = m ? labelMeaning(m[1], captionFlow) : null;
    if (!m || !meaning) return null;
    const digits = m[2].replace(/,/g, '');
    const rate = m[4] === undefined ? null : Number(m[4].replace('–', '-')) * (m[3]?.toLowerCase() === 'down' ? -1 : 1);
    const signed = meaning.sign < 0 ? `-${digits}` : digits;
    rows.push({
      quoteStart: line.start + start, quoteEnd: line.start + at, flow: meaning.flow, partner: meaning.partner, area: '',
      unit: { unit: '', exponent: 0, bare: '', measure: 'value' },
      figures: [{ period: { start: '', end: '' }, cell: { value: Number(signed), digits: signed, percent: false }, yoy: rate }],
    });
  }
  return rows.length ? rows : null;
}

/** What a label says: a flow of the whole, or a partner (whose trade the caption's flow is). */
function labelMeaning(label: string, captionFlow: Flow): { flow: Flow; partner: string; sign: number } | null {
  const words = label.trim();
  for (const [pattern, flow, sign] of FLOW_LABEL) if (pattern.test(words)) return { flow, partner: 'World', sign };
  const place = findPlaces(words, '').find((p) => p.start === 0 && p.end === words.length);
  return place && (place.kind === 'country' || place.kind === 'group') ? { flow: captionFlow, partner: place.name, sign: 1 } : null;
}
