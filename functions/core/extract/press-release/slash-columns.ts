/**
 * A line of items with two columns set apart by a slash: a head that names the unit and the two periods, then the items,
 * each a label and its two amounts. "Major items (USD billion) - March 2020 / March 2019: Exports 48.56 / 49.88; Imports
 * 40.35 / 44.19", "Key figures, Q3 2026 / Q3 2025 (EUR million): Exports 41,230 / 39,870; Trade balance 2,310 / 1,955",
 * "In $ bn, 2025 / 2024 - Imports 88.1 / 80.4; Goods balance -6.2 / -3.9". The first amount is the first period's, the
 * second the second's. Labels of trade (exports, imports, total trade, a balance of goods, trade or services) make rows; other
 * labels of the list (current account, income balances) are read as no rows, and the line is left to no other reader.
 */
import type { Flow } from '../../contract.js';
import { namedPeriods, unitIn, type FlatTable, type Line, type TableRow } from './flat-table.js';
import type { Anchor } from './periods.js';

// The head, up to the colon or dash that opens the items: it holds "A / B" (the two periods) and the unit.
const HEAD = /^([^:;/]{3,100}?\/[^:;/]{3,60}?)(?::|\s[-–—]\s)\s*(?=[A-Z])/;
const TWO_PERIODS = /([^/()]{3,40}?)\s*\/\s*([^/()]{3,40}?)(?=\s*(?:\(|:|\s[-–—]\s|$))/;
const AMOUNT = String.raw`[+\-−–]?\d{1,3}(?:,\d{3})*(?:\.\d+)?`;
const ITEM = new RegExp(String.raw`^([A-Za-z][A-Za-z &'’()-]*?)\s+(${AMOUNT})\s*\/\s*(${AMOUNT})\s*\.?$`);
const BARE_BALANCE = 'bare balance';
const TRADE_LABEL: Array<[RegExp, Flow, string]> = [
  [/^(?:total\s+)?(?:(?:goods|merchandise)\s+)?exports(?:\s+of\s+goods)?(?:\s+\((?:BoP|customs)[^)]*\))?$/i, 'export', ''],
  [/^(?:total\s+)?(?:(?:goods|merchandise)\s+)?imports(?:\s+of\s+goods)?(?:\s+\((?:BoP|customs)[^)]*\))?$/i, 'import', ''],
  [/^(?:total\s+trade|(?:total\s+)?(?:imports\s+and\s+exports|exports\s+and\s+imports)|trade\s+turnover)$/i, 'total', ''],
  [/^(?:goods|trade|merchandise)\s+(?:balance|surplus|deficit)|^balance\s+of\s+(?:goods|trade)$/i, 'balance', ''],
  [/^services?\s+(?:balance|surplus|deficit)$|^balance\s+of\s+services$/i, 'balance', 'services'],
  // A balance with no noun ("Balance -5,984 / -2,782", "Surplus 1.2 / 0.9", "Net 3.1 / 2.4") on a line with exports or imports is
  // the balance of that trade (a175).
  [/^(?:(?:the\s+)?balance|surplus|deficit|net|net\s+trade|(?:trade\s+)?(?:surplus|deficit)\s*\(-\))$/i, 'balance', BARE_BALANCE],
  [/^(?:exports?\s+of\s+services|services?\s+exports?)$/i, 'export', 'services'],
  [/^(?:imports?\s+of\s+services|services?\s+imports?)$/i, 'import', 'services'],
];

/** The tables of slash-columned item lines among a paragraph's lines. */
export function slashColumnItems(lines: Line[], anchor: Anchor | null): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  for (const line of lines) {
    const table = line.text.includes(' / ') ? slashLine(line, anchor) : null;
    if (table) tables.push(table);
  }
  return tables;
}

// A column headed by a bare year ("2025 / 2024", "In USD bn, 2025"): that whole year.
const BARE_YEAR_END = /(?:^|[\s,])((?:19|20)\d\d)\s*$/;

/** The period a column's head names: a named period, or a bare year ending the head. */
function columnPeriods(head: string, anchor: Anchor): Array<{ start: string; end: string }> {
  const named = namedPeriods(head, anchor);
  const year = named.length ? null : BARE_YEAR_END.exec(head);
  return year ? [{ start: `${year[1]}-01`, end: `${year[1]}-12` }] : named;
}

function slashLine(line: Line, anchor: Anchor): FlatTable | null {
  const head = HEAD.exec(line.text);
  const columns = head && TWO_PERIODS.exec(head[1]);
  if (!head || !columns) return null;
  // The unit stands apart from the periods ("(USD billion)") or beside one of them ("In USD bn, 2025 / 2024").
  const unit = unitIn(head[1].replace(columns[0], ' ')) ?? unitIn(head[1]);
  const first = columnPeriods(columns[1], anchor);
  const second = columnPeriods(columns[2], anchor);
  if (!unit || first.length !== 1 || second.length !== 1) return null;
  const rows: TableRow[] = [];
  let at = head[0].length;
  const pieces = line.text.slice(at).split(';');
  if (pieces.length < 2) return null;
  for (const piece of pieces) {
    const start = line.text.indexOf(piece, at);
    at = start + piece.length;
    const m = ITEM.exec(piece.trim());
    if (!m) return null;
    const meaning = TRADE_LABEL.find(([pattern]) => pattern.test(m[1].trim()));
    if (!meaning || (meaning[2] === BARE_BALANCE && !pieces.some((p) => /^\s*(?:total\s+)?(?:exports|imports)\b/i.test(p)))) continue;
    const cells = [m[2], m[3]].map((digits) => digits.replace(/,/g, '').replace(/[−–]/, '-'));
    const sign = /deficit/i.test(m[1]) && !cells.some((d) => d.startsWith('-')) ? '-' : '';
    rows.push({
      quoteStart: line.start + start, quoteEnd: line.start + at, flow: meaning[1], partner: 'World', area: '', unit,
      figures: cells.map((digits, k) => ({ period: (k === 0 ? first : second)[0], cell: { value: Number(sign + digits), digits: sign + digits, percent: false }, yoy: null })),
      ...(meaning[2] && meaning[2] !== BARE_BALANCE ? { commodity: meaning[2] } : {}),
    });
  }
  return rows.length ? { start: line.start, end: line.start + line.text.length, rows, lines: 1 } : null;
}
