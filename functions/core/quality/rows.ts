/**
 * What the checks need to know about a row beyond its columns: which series it belongs to
 * (whatever dataset reported it), what kind of period it covers, and the interval its printed
 * figure stands for. Checks compare intervals, never bare numbers, so a figure printed as
 * "2.17 trillion" is compared as [2.165, 2.175] trillion and rounding never raises an alarm.
 */
import type { Observation } from '../contract.js';
import { BlockRow, type RowColumns } from './row-block.js';

/** A row as the checks see it (only the contract's columns are read). */
export type QualityRow = Observation;

/** The kind of span a row covers. */
export type PeriodKind = 'month' | 'cumulative' | 'other' | 'unknown';

/** The period kind of a row, from its `period_type`: a month, a cumulative span from January, or other. */
export function periodKind(row: Pick<QualityRow, 'period_start' | 'period_end' | 'period_type'>): PeriodKind {
  if (!row.period_start || !row.period_end) return 'unknown';
  if (row.period_type === 'month') return 'month';
  return row.period_type === 'year_to_date' || row.period_type === 'year' ? 'cumulative' : 'other';
}

/** A normalized label and its number (numberOf its text). */
interface Label { text: string; number: number }

/** Normalized labels, remembered: a dataset repeats a few hundred labels over every row and check. */
const normalized = new Map<string, Label>();
const NORMALIZED_MAX = 50_000;
function label(text: string): Label {
  let out = normalized.get(text);
  if (out === undefined) {
    const clean = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(text, (out = { text: clean, number: numberOf(clean) }));
  }
  return out;
}
const norm = (text: string) => label(text).text;

/** A number for a text (FNV-1a over its characters): equal texts have equal numbers, different ones rarely. */
export function numberOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Numbers of texts used as they are (periods, units), remembered. */
const numbers = new Map<string, number>();
function numberOfText(text: string): number {
  let out = numbers.get(text);
  if (out === undefined) {
    if (numbers.size >= NORMALIZED_MAX) numbers.clear();
    numbers.set(text, (out = numberOf(text)));
  }
  return out;
}

/** Folds a number into a running one (order matters). */
function fold(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** The fields that name a series. */
export type SeriesFields = Pick<QualityRow, 'area' | 'partner' | 'flow' | 'commodity' | 'breakdown' | 'measure'>;

/** Fields of a row to replace when keying the row next to it (its total, last year's figure). */
export type RowChange = Partial<SeriesFields & Pick<QualityRow, 'unit' | 'period_start' | 'period_end'>>;

/**
 * The series a row belongs to, across datasets and units: area, partner, flow, commodity,
 * breakdown and measure (labels are harmonized by normalize, so sources agree on them); with
 * `change`, the series of the same row with those fields replaced (its total, its other flows).
 * Built from the remembered labels each time it is asked for: nothing is kept per row (the
 * checks ask for most rows' series once a period, and a map of rows to their series cost more
 * in look-ups, allocations and collection than the text it saved).
 */
export function seriesOf(row: SeriesFields, change?: RowChange): string {
  return `${norm(change?.area ?? row.area)}|${norm(change?.partner ?? row.partner)}|${norm(change?.flow ?? row.flow)}|${norm(change?.commodity ?? row.commodity)}|${norm(change?.breakdown ?? row.breakdown)}|${norm(change?.measure ?? row.measure)}`;
}

/** Series and period: the figures two sources (or two currencies) state for the same thing (of the row changed by `change`). */
export function slotOf(row: QualityRow, change?: RowChange): string {
  return `${seriesOf(row, change)}|${change?.period_start ?? row.period_start}|${change?.period_end ?? row.period_end}`;
}

/** Series, period and unit: rows that must agree figure for figure (of the row changed by `change`). */
export function cellOf(row: QualityRow, change?: RowChange): string {
  return `${slotOf(row, change)}|${change?.unit ?? row.unit}`;
}

/**
 * A number for the cell of `row` changed by `change` (cellOf without building its text): rows of
 * one cell have the same number, rows of different cells rarely do (sameCell tells them apart).
 * Each field's number is its label's (remembered per label text), read field by field: the
 * checks key every row of a period and of the period a year before by its cell, and a look-up
 * builds no text and keeps nothing per row.
 */
export function cellNumber(row: QualityRow, change?: RowChange): number {
  // Each field by name (a field name from a list makes every read a slow, generic one).
  let h = fold(0, label(change?.area ?? row.area).number);
  h = fold(h, label(change?.partner ?? row.partner).number);
  h = fold(h, label(change?.flow ?? row.flow).number);
  h = fold(h, label(change?.commodity ?? row.commodity).number);
  h = fold(h, label(change?.breakdown ?? row.breakdown).number);
  h = fold(h, label(change?.measure ?? row.measure).number);
  h = fold(h, numberOfText(change?.period_start ?? row.period_start));
  h = fold(h, numberOfText(change?.period_end ?? row.period_end));
  // Small enough for V8 to keep as a small integer (no number object per key).
  return fold(h, numberOfText(change?.unit ?? row.unit)) & 0x3fffffff;
}

/** Whether a series field is the same on two sides, each the label of its own text or of the one a change puts there. */
const sameField = (ca: string | undefined, fa: string, cb: string | undefined, fb: string) => norm(ca ?? fa) === norm(cb ?? fb);

/** Whether `a` changed by `aChange` and `b` changed by `bChange` have the same cell (cellOf). */
export function sameCell(a: QualityRow, aChange: RowChange | undefined, b: QualityRow, bChange: RowChange | undefined): boolean {
  if ((aChange?.period_start ?? a.period_start) !== (bChange?.period_start ?? b.period_start)) return false;
  if ((aChange?.period_end ?? a.period_end) !== (bChange?.period_end ?? b.period_end)) return false;
  if ((aChange?.unit ?? a.unit) !== (bChange?.unit ?? b.unit)) return false;
  return (
    sameField(aChange?.area, a.area, bChange?.area, b.area) &&
    sameField(aChange?.partner, a.partner, bChange?.partner, b.partner) &&
    sameField(aChange?.flow, a.flow, bChange?.flow, b.flow) &&
    sameField(aChange?.commodity, a.commodity, bChange?.commodity, b.commodity) &&
    sameField(aChange?.breakdown, a.breakdown, bChange?.breakdown, b.breakdown) &&
    sameField(aChange?.measure, a.measure, bChange?.measure, b.measure)
  );
}

/** Whether a row has a figure and a period: the rows a period's cells (PeriodRows.cell) hold. */
export const hasFigure = (row: QualityRow) => row.value !== null && row.period_start !== '';

/** A row's reference in reports: dataset and observation id. */
export function rowRef(row: Pick<QualityRow, 'dataset' | 'observation_id'>): string {
  return `${row.dataset}/${row.observation_id}`;
}

/**
 * The unit of the last printed digit, read from the figure itself: 217,530,114 thousand dollars
 * is 217530114000 (precision 1,000), "2.17 trillion" is 2170000000000 (precision 10 billion).
 * Never coarser than a tenth of the figure, so a round number still has a tight interval.
 */
export function printedPrecision(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < 1 || !Number.isInteger(magnitude)) return decimalsPrecision(magnitude);
  let precision = 1;
  while (magnitude % (precision * 10) === 0 && precision * 10 <= magnitude / 10) precision *= 10;
  return precision;
}

function decimalsPrecision(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 1 : 10 ** -(text.length - dot - 1);
}

/** How far an approximate figure ("about", "nearly", "more than") may be from the one printed. */
const APPROXIMATE_SHARE = 0.05;

/**
 * The interval a figure stands for, given its printed rounding and its qualifier: "about 55.4
 * billion" and "nearly 600 billion" are within 5 % either side, "more than 300,000" is up to 5 %
 * above (and "less than" below), on top of the rounding. A figure in prose may also have been cut
 * rather than rounded ("26.5 billion" for 26.57 billion), so it may be up to one printed unit more;
 * a table cell is rounded.
 */
export function valueBounds(row: Pick<QualityRow, 'value' | 'qualifier'> & { source_quote?: string }): [number, number] {
  // A row the gate holds in columns keeps them (BlockRow.bounds): the same numbers, worked out once.
  return row instanceof BlockRow ? row.bounds(printedBounds) : printedBounds(row);
}

function printedBounds(row: Pick<QualityRow, 'value' | 'qualifier'> & { source_quote?: string }): [number, number] {
  const value = row.value ?? 0;
  const half = printedPrecision(value) / 2;
  const cut = row.source_quote !== undefined && !isTableCell({ source_quote: row.source_quote }) ? half : 0;
  const approx = Math.abs(value) * APPROXIMATE_SHARE;
  switch (row.qualifier) {
    case 'more_than':
      return [value, value + 2 * half + approx];
    case 'less_than':
      return [value - 2 * half - approx, value];
    case 'about':
      return [value - half - approx, value + half + approx];
    default:
      return value >= 0 ? [value - half, value + half + cut] : [value - half - cut, value + half];
  }
}

/**
 * Whether a row is a cell of a statistical table: by the contract its quote is `row | column`
 * (a sentence for text releases). A table lists every part of its breakdowns; a press release
 * names only some ("of which, general trade ...").
 */
export function isTableCell(row: Pick<QualityRow, 'source_quote'>): boolean {
  return row.source_quote.includes(' | ');
}

/** The interval a printed percentage stands for (at least one decimal: "7.0" prints as 7). */
export function percentBounds(pct: number): [number, number] {
  const half = Math.min(decimalsPrecision(pct), 0.1) / 2;
  return [pct - half, pct + half];
}

/**
 * The interval a stated percentage (a growth rate, a share) stands for, given where it was printed:
 * tables print one decimal ("7" is 7.0); prose may round to the unit ("up 7 percent", "17%").
 */
export function statedPercentBounds(row: Pick<QualityRow, 'source_quote'>, pct: number): [number, number] {
  if (!isTableCell(row) && Number.isInteger(pct)) return [pct - 0.5, pct + 0.5];
  return percentBounds(pct);
}

/** Distance between two intervals (0 when they overlap). */
export function gap(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/** Whether a row's figure can never be negative (everything but a balance). */
export function isNonNegative(row: Pick<QualityRow, 'flow' | 'measure'>): boolean {
  return row.flow !== 'balance' && row.measure !== 'growth';
}

/** Months shifted, remembered per shift: every row of a period asks for the same few. */
const shifted = new Map<number, Map<string, string>>();

/** YYYY-MM shifted by whole months. */
export function shiftMonth(month: string, by: number): string {
  const known = shifted.get(by) ?? shifted.set(by, new Map()).get(by)!;
  let out = known.get(month);
  if (out === undefined) {
    const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
    out = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (known.size >= NORMALIZED_MAX) known.clear();
    known.set(month, out);
  }
  return out;
}

/** Groups rows by a key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Breakdown dimensions of a row, as [kind, label] pairs ("customs regime: Ordinary Trade"). */
export function breakdownDimensions(breakdown: string): [string, string][] {
  if (!breakdown.trim()) return [];
  return breakdown.split(';').map((part) => {
    const colon = part.indexOf(':');
    return colon < 0 ? ['', part.trim()] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
  });
}

/** A short label of a row for readers: "China export all goods 2025-10 (USD)". */
export function describeRow(row: QualityRow): string {
  const period = row.period_start === row.period_end ? row.period_start : `${row.period_start}..${row.period_end}`;
  const parts = [row.area, row.partner !== 'World' ? `with ${row.partner}` : '', row.flow, row.commodity, row.breakdown ? `(${row.breakdown})` : '', row.measure !== 'value' ? row.measure : '', period || 'no period'];
  return `${parts.filter(Boolean).join(' ')} = ${row.value ?? 'n/a'} ${row.unit}`;
}

/**
 * A copy of a text cut out of a longer one that keeps nothing of it. V8 keeps a cut of 13 or more
 * characters as a view into the text it was cut from, so an id read out of a carried line kept the
 * whole line (about 500 bytes) alive as long as `heldFrom` holds the id: at a million rows, 100,000
 * carried held rows kept 50 MB of lines in memory through the version's files and its page.
 * Written as JSON and read back, the id is a text of its own: one object of about 40 bytes. (Joined
 * to a space and cut again, as before, it was two: the joined text and a view into it, 80 bytes,
 * 4 MB more of the files step's live heap at a million rows.) An id built by joining texts (a
 * rope: the bench's ids, `padStart` of a hex number, take 132 bytes) is copied flat the same way.
 */
export const detached = (text: string) => JSON.parse(JSON.stringify(text)) as string;

/** What a table cell's quote is reduced to in a compact row (what isTableCell reads of it). */
const TABLE_CELL_QUOTE = ' | ';

/**
 * A row as the streaming gate holds it for a year and more, kept in `columns` (row-block.ts):
 * every column the checks and reports read, its quote reduced to the one thing the checks read of
 * it (whether it is a table cell). At a million rows the gate holds some 70,000 rows at a time;
 * their quotes, repeated labels and the objects themselves were most of its memory. The id is
 * copied flat (detached): the gate keeps it a year, and in `heldFrom` to the end of the version.
 */
export function compactRow(row: QualityRow, columns: RowColumns): QualityRow {
  return columns.add(row, detached(row.observation_id), isTableCell(row) ? TABLE_CELL_QUOTE : '');
}
