/**
 * Tables written with bars between the cells, as releases paste them from a spreadsheet or write them in
 * markdown. Two shapes, read into the same rows as the other flattened tables (flat-table.ts):
 *
 * - a head row over the cells, with separator rows of dashes: "| Market | USD million | share | y/y |" over
 *   "|---|---|---|---|" and "| Japan | 812.4 | 11.2% | -3.5% |";
 * - a caption that heads the columns in its bracket, the rows each a label and its first number, then the other
 *   cells: "Exports by main destination, October 2026 (RM billion | share | y-o-y):" over "Singapore 21.43 | 15.5% | +9.4%".
 *
 * The caption (the line above the table, in its paragraph or ending the one before) gives the period and the
 * flow; the heads give the unit (or a value column whose unit the caption brackets), a year-on-year column and a
 * share column (its cells are share rows); month-on-month columns are skipped. A label that is a place is the
 * partner (an area in a table by province or city), "Total" is the world, a flow word the row's flow, anything
 * else the goods. A table with a head the reader does not know, or a row it cannot read, yields nothing and is
 * left to the prose reader.
 */
import type { Flow } from '../../contract.js';
import { findPlaces } from './geography.js';
import { findPeriods, type Anchor } from './periods.js';
import { findFlowCues } from './subjects.js';
import { SKIPPED_COLUMN, unitIn, YOY_COLUMN, type FlatTable, type Line, type TableRow, type TableUnit } from './flat-table.js';

interface Period {
  start: string;
  end: string;
}

/** What each cell after the label holds. */
type Role = 'level' | 'yoy' | 'share' | 'skip';

interface PipeColumns {
  roles: Role[];
  unit: TableUnit;
  period: Period;
  flow: Flow | null;
  placeRole: 'partner' | 'area';
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const NUMBER_CELL = /^([+\-–]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)$/;
const SHARE_HEAD = /^(?:%\s*)?share\b(?:\s+(?:of|in)\s+(?:the\s+)?total)?\s*(?:%|\(%\))?$/i;
const VALUE_HEAD = /^(?:value|amount|level)$/i;
// "Singapore 21.43": a label of words, then the first cell's number.
const LABEL_AND_NUMBER = /^(.*?[A-Za-z)'])\s+([+\-–]?\d[\d,]*(?:\.\d+)?)$/;
// A caption whose bracket heads the columns: "Exports by main destination, October 2026 (RM billion | share | y-o-y):".
const BRACKET_HEADS = /^(.*?)\s*\(([^()]*\|[^()]*)\)\s*:?$/;
const SHARE_UNIT: TableUnit = { unit: 'percent-share', exponent: 0, bare: '', measure: 'share' };
const AREA_CAPTION = /\b(?:by\s+(?:region|province|state|city|port|prefecture)|regions|provinces|states|cities|ports|prefectures)\b/i;
const TOTAL_LABEL = /^(?:total|grand\s+total|all|world|all\s+countries)$/i;

/** Cells of a line written with bars (outer bars dropped), or null for a line with none (or bars only in a caption's bracket). */
function cellsOf(text: string): string[] | null {
  if (!text.includes('|') || BRACKET_HEADS.test(text)) return null;
  return text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

const isSeparator = (cells: string[]): boolean => cells.every((c) => c === '' || SEPARATOR_CELL.test(c)) && cells.some((c) => c !== '');

/** The pipe tables of one paragraph; `before` is the last line of the paragraph before (a caption there heads a table opening this one). */
export function pipeTables(lines: Line[], before: Line | null, anchor: Anchor | null): FlatTable[] {
  const tables: FlatTable[] = [];
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && (cellsOf(lines[end].text)?.length ?? 0) >= 2) end++;
    if (end - k >= 2) {
      const table = pipeTable(lines.slice(k, end), k > 0 ? lines[k - 1] : before, anchor);
      if (table) tables.push(table);
    }
    k = Math.max(end, k + 1);
  }
  return tables;
}

function pipeTable(run: Line[], captionLine: Line | null, anchor: Anchor | null): FlatTable | null {
  const grid = run.map((l) => cellsOf(l.text)!);
  const headed = !grid[0].some((c) => NUMBER_CELL.test(c));
  const bracket = captionLine ? BRACKET_HEADS.exec(captionLine.text) : null;
  const heads = headed ? grid[0].slice(1) : bracket ? bracket[2].split('|').map((h) => h.trim()) : null;
  if (!heads || !anchor) return null;
  const columns = pipeColumns(heads, bracket ? bracket[1] : captionLine?.text ?? '', anchor);
  if (!columns) return null;
  const rows: TableRow[] = [];
  for (let k = headed ? 1 : 0; k < run.length; k++) {
    if (isSeparator(grid[k])) continue;
    const read = pipeRow(run[k], grid[k], columns);
    if (!read) return null;
    rows.push(...read);
  }
  if (!rows.length) return null;
  const last = run[run.length - 1];
  return { start: run[0].start, end: last.start + last.text.length, rows, lines: run.length };
}

/** The columns the heads name, with the caption's period and flow; null when a head is not known or the caption gives no one period. */
function pipeColumns(heads: string[], caption: string, anchor: Anchor): PipeColumns | null {
  const roles: Role[] = [];
  let unit: TableUnit | null = null;
  for (const head of heads) {
    const own = unitIn(head);
    if (own || VALUE_HEAD.test(head)) roles.push('level');
    else if (YOY_COLUMN.test(head)) roles.push('yoy');
    else if (SHARE_HEAD.test(head)) roles.push('share');
    else if (SKIPPED_COLUMN.test(head)) roles.push('skip');
    else return null;
    unit ??= own;
  }
  unit ??= unitIn(caption);
  if (!unit || roles.filter((r) => r === 'level').length !== 1 || roles[0] !== 'level') return null;
  const periods = findPeriods(caption, anchor).filter((p) => p.kind === 'period' && p.periodStart !== '');
  const flows = new Set(findFlowCues(caption).map((c) => c.flow));
  if (periods.length !== 1 || flows.size > 1) return null;
  const flow = [...flows][0] ?? null;
  return { roles, unit, period: { start: periods[0].periodStart, end: periods[0].periodEnd }, flow, placeRole: AREA_CAPTION.test(caption) ? 'area' : 'partner' };
}

/** One row's level (with its year-on-year change) and its share, or null when the row is not one of the table. */
function pipeRow(line: Line, written: string[], columns: PipeColumns): TableRow[] | null {
  const cells = [...written];
  // "Singapore 21.43 | 15.5% | +9.4%": the first number shares its cell with the label.
  const glued = cells.length === columns.roles.length ? LABEL_AND_NUMBER.exec(cells[0]) : null;
  if (glued) cells.splice(0, 1, glued[1], glued[2]);
  if (cells.length !== columns.roles.length + 1) return null;
  const meaning = labelMeaning(cells[0], columns);
  if (!meaning) return null;
  const quote = { quoteStart: line.start, quoteEnd: line.start + line.text.length };
  const row = (unit: TableUnit, digits: string, yoy: number | null): TableRow => ({ ...quote, ...meaning, unit, figures: [{ period: columns.period, cell: { value: Number(digits), digits, percent: unit === SHARE_UNIT }, yoy }] });
  const values = new Map<Role, string>();
  for (let k = 0; k < columns.roles.length; k++) {
    const m = NUMBER_CELL.exec(cells[k + 1]);
    if (!m || (columns.roles[k] === 'level' && m[3] === '%')) return null;
    values.set(columns.roles[k], `${m[1] === '-' || m[1] === '–' ? '-' : ''}${m[2].replace(/,/g, '')}`);
  }
  const yoy = values.has('yoy') ? Number(values.get('yoy')) : null;
  const out = [row(columns.unit, values.get('level')!, yoy)];
  if (values.has('share')) out.push(row(SHARE_UNIT, values.get('share')!, null));
  return out;
}

/** Flow, partner, area and goods a row's label names, or null when its flow is not known. */
function labelMeaning(label: string, columns: PipeColumns): { flow: Flow; partner: string; area: string; commodity?: string } | null {
  const cues = new Set(findFlowCues(label).map((c) => c.flow));
  if (cues.size > 1) return null;
  // A caption on trade in general ("Merchandise trade, third quarter 2026") leaves each row its own flow; one on exports does not.
  const own = cues.size ? [...cues][0] : null;
  if (own && columns.flow && columns.flow !== 'total' && own !== columns.flow) return null;
  const flow = own ?? columns.flow;
  if (!flow) return null;
  const rest = label.replace(/\b(?:exports?|imports?|total\s+trade|trade\s+balance|balance)\b/gi, ' ').trim();
  if (rest === '' || TOTAL_LABEL.test(rest)) return { flow, partner: 'World', area: '' };
  const place = findPlaces(rest, '').find((p) => p.start === 0 && p.end === rest.length);
  if (!place) return { flow, partner: 'World', area: '', commodity: rest };
  return columns.placeRole === 'area' ? { flow, partner: 'World', area: place.name } : { flow, partner: place.name, area: '' };
}
