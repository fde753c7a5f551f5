/**
 * Alignment: which figure belongs to which column. Positions are only ever taken as printed: a
 * text row whose figure count does not match the columns (an empty cell vanished from the
 * rendering, or the page was cut off mid-row) cannot be placed without guessing. Such a row is
 * left out whole, never half-read, and named in a warning; when such rows are not a small minority
 * the layout itself is in doubt and the table is rejected.
 */
import { classifyCell } from './cells.js';
import type { ResolvedLayout } from './layouts.js';
import type { RawRow, RawTable } from './model.js';

/** A row with one printed token per column, and its year-on-year line when the layout has one. */
export interface AlignedRow {
  row: RawRow;
  cells: string[];
  /** Year-on-year tokens, one per value column (line-below layouts), else null. */
  yoy: string[] | null;
}

export type AlignResult =
  | { ok: true; rows: AlignedRow[]; mode: 'single' | 'below'; /** Rows left out because their figures cannot be placed. */ skipped: string[] }
  | { ok: false; reason: string };

/** Rows left out as unplaceable may be at most half of a table: beyond that the columns themselves are in doubt and the table is rejected. */
export const MAX_UNPLACEABLE_SHARE = 0.5;

const isDash = (token: string | undefined) => token !== undefined && classifyCell(token).kind === 'empty';

/** Drops the "-" a text rendering prints in the unit column of rows without a quantity unit. */
function dropUnitDash(row: RawRow, tokens: string[], expected: number[]): string[] {
  if (row.unitPending && !expected.includes(tokens.length) && expected.includes(tokens.length - 1) && isDash(tokens[0])) return tokens.slice(1);
  return tokens;
}

function fitSingle(row: RawRow, columns: number, exact: boolean): string[] | null {
  if (row.cut) return null;
  if (exact || row.lines[0].length > 0) {
    if (row.lines.length !== 1) return null;
    const tokens = dropUnitDash(row, row.lines[0], [columns]);
    return tokens.length === columns ? tokens : null;
  }
  const flat = dropUnitDash(row, row.lines.slice(1).flat(), [columns]);
  return flat.length === columns ? flat : null;
}

function fitBelow(row: RawRow, values: number, exact: boolean): { cells: string[]; yoy: string[] } | null {
  if (row.cut) return null;
  if (exact || row.lines[0].length > 0) {
    if (row.lines.length !== 2) return null;
    const cells = dropUnitDash(row, row.lines[0], [values]);
    return cells.length === values && row.lines[1].length === values ? { cells, yoy: row.lines[1] } : null;
  }
  const flat = dropUnitDash(row, row.lines.slice(1).flat(), [2 * values]);
  return flat.length === 2 * values ? { cells: flat.slice(0, values), yoy: flat.slice(values) } : null;
}

/**
 * A text row whose label ends in a small number ("Processing Trade 2") prints that number where a
 * figure could be: the row then has one figure too many. Read as part of the label only when the
 * number is a bare one- or two-digit integer and the token after it cannot continue it as a
 * space-grouped figure ("1 234") in a table that does not group with commas; the caller tries this only on rows that do not fit as printed,
 * in a table most of whose rows do, so a heading that lost a column is never "fixed" this way.
 */
function labelDigit(row: RawRow, commaGrouped: boolean): RawRow | null {
  const first = row.lines[0];
  if (row.label === '' || first.length < 2 || !/^\d{1,2}$/.test(first[0])) return null;
  if (!commaGrouped && /^\d{3}(?:[.,%]|$)/.test(first[1])) return null;
  return { ...row, label: `${row.label} ${first[0]}`, lines: [first.slice(1), ...row.lines.slice(1)] };
}

/** Figures a row printed, over all its lines. */
function tokenCount(row: RawRow): number {
  return row.lines.reduce((n, line) => n + line.length, 0);
}

function describe(row: RawRow): string {
  const counts = row.lines[0].length > 0 || row.lines.length === 1 ? row.lines.map((line) => line.length).join(' + ') : `${row.lines.slice(1).flat().length} (one per line)`;
  return `row "${row.label}" (${row.where}) has ${counts} figures`;
}

type Mode = 'single' | 'below';

/** A row's tokens placed in the columns, with its year-on-year tokens in line-below layouts; null when they do not fit. */
type Fit = { cells: string[]; yoy: string[] | null } | null;

/** What a row must fill: the layout's columns, its value columns, and whether the cells are known (HTML). */
interface Shape {
  columns: number;
  values: number;
  exact: boolean;
}

/** Aligns every row of the table to the layout's columns, or rejects the table. */
export function alignRows(table: RawTable, layout: ResolvedLayout): AlignResult {
  const columns = layout.columns.length;
  const values = layout.columns.filter((c) => c.yoyOf === null).length;
  if (table.valueColumns !== null && table.valueColumns !== columns) {
    return { ok: false, reason: `the table has ${table.valueColumns} columns of figures but its layout has ${columns}` };
  }
  const shape: Shape = { columns, values, exact: table.exactCells };
  const mode = chooseMode(table.rows, layout.yoy, shape);
  const fit = (row: RawRow) => fitRow(row, mode, shape);
  const { rows: rowsOf, fits } = relabelDigitRows(table, table.rows.map(fit), fit);
  const expected = mode === 'single' ? `${columns}` : `${values} + ${values} (figures, then year-on-year)`;
  const misfits = table.rows.filter((_, i) => fits[i] === null);
  const cutRow = cutOffRow(table.rows, fits, mode === 'single' ? columns : 2 * values);
  if (tooManyMisfits(misfits.length, cutRow !== null, table.rows.length)) return { ok: false, reason: rejection(misfits, table.rows.length, expected) };
  const skipped = misfits.map((row) => skipWarning(row, row === cutRow, expected));
  const placed = rowsOf.flatMap((row, i): AlignedRow[] => {
    const placedFit = fits[i];
    return placedFit ? [{ row, cells: placedFit.cells, yoy: placedFit.yoy }] : [];
  });
  const rows = shape.exact ? placed : dropOddDecimals(placed, layout, skipped);
  return { ok: true, rows, mode, skipped };
}

function fitRow(row: RawRow, mode: Mode, shape: Shape): Fit {
  if (mode === 'below') return fitBelow(row, shape.values, shape.exact);
  const cells = fitSingle(row, shape.columns, shape.exact);
  return cells && { cells, yoy: null };
}

/** The layout's year-on-year placement, or, when it leaves both open, the one more rows fit. */
function chooseMode(rows: RawRow[], yoy: ResolvedLayout['yoy'], shape: Shape): Mode {
  if (yoy === 'columns' || yoy === 'none') return 'single';
  if (yoy === 'line-below') return 'below';
  const fitting = (mode: Mode) => rows.filter((row) => fitRow(row, mode, shape) !== null).length;
  return fitting('below') > fitting('single') ? 'below' : 'single';
}

/**
 * In a text table with at least two rows that fit as printed, and at least the share that must,
 * a row that does not fit is tried again with a small number ending its label read as part of it
 * (see `labelDigit`); the rows as read, and each row's fit.
 */
function relabelDigitRows(table: RawTable, printedFits: Fit[], fit: (row: RawRow) => Fit): { rows: RawRow[]; fits: Fit[] } {
  const rows = table.rows.slice();
  const fits = printedFits.slice();
  const fitsAsPrinted = fits.filter((f) => f !== null).length;
  if (table.exactCells || fitsAsPrinted < 2 || fitsAsPrinted < MAX_UNPLACEABLE_SHARE * table.rows.length) return { rows, fits };
  // A table that groups thousands with commas does not also group them with spaces.
  const commaGrouped = table.rows.some((row) => row.lines.some((line) => line.some((token) => /^[-\u2212\u2013]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token))));
  rows.forEach((row, i) => {
    if (fits[i] !== null) return;
    const relabelled = labelDigit(row, commaGrouped);
    if (!relabelled) return;
    fits[i] = fit(relabelled);
    if (fits[i] !== null) rows[i] = relabelled;
  });
  return { rows, fits };
}

/**
 * A page cut off mid-row leaves its last row short: that says where the page ends, not that the
 * columns are misread. The last row when it is such a row (it does not fit, and is marked cut or
 * has fewer figures than a full row), else null.
 */
function cutOffRow(rows: RawRow[], fits: Fit[], fullRow: number): RawRow | null {
  const last = rows.length - 1;
  return last >= 1 && fits[last] === null && (rows[last].cut === true || tokenCount(rows[last]) < fullRow) ? rows[last] : null;
}

/** Whether the unplaceable rows (a cut-off last row not counted) put the layout itself in doubt. */
function tooManyMisfits(misfits: number, cutOff: boolean, rows: number): boolean {
  const voting = cutOff ? misfits - 1 : misfits;
  const judged = cutOff ? rows - 1 : rows;
  return misfits > 0 && (voting > MAX_UNPLACEABLE_SHARE * judged || voting === judged);
}

function rejection(misfits: RawRow[], rows: number, expected: string): string {
  const shown = misfits.slice(0, 3).map(describe).join('; ');
  const more = misfits.length > 3 ? ` (and ${misfits.length - 3} more rows)` : '';
  return `${misfits.length} of ${rows} row(s) cannot be aligned to the ${expected} columns without guessing which cells are missing: ${shown}${more}; with that many unplaceable rows the table is rejected as a whole`;
}

function skipWarning(row: RawRow, cutOff: boolean, expected: string): string {
  return cutOff
    ? `${describe(row)}, expected ${expected}: the last row is cut off (the page ends inside it), so it is left out`
    : `${describe(row)}, expected ${expected}: its cells cannot be placed without guessing, so the row is left out (cells lost in the text rendering, or the page is cut off); the HTML page keeps every cell`;
}

/**
 * A value column prints every figure with the same number of decimals ("16,243.3" in CNY 100
 * million, "122,962,371" in USD 1,000). In a text rendering, a figure that breaks a column's
 * otherwise unanimous rule is the sign of a row whose tokens fit the column count by accident (a
 * label ending in a digit with a vanished cell, a year-on-year shifted into a value column): the
 * row is left out with a warning rather than read with its figures in the wrong columns. Zeros are
 * exempt ("0.0" is printed in whole-number columns too), and only one odd figure per column is
 * acted on: two or more mean the column has no single rule.
 */
function dropOddDecimals(rows: AlignedRow[], layout: ResolvedLayout, skipped: string[]): AlignedRow[] {
  const odd = new Set<number>();
  layout.columns.forEach((column, c) => {
    if (column.yoyOf !== null || column.measure !== 'value') return;
    const decimals = rows.map((r) => {
      const cell = classifyCell(r.cells[c] ?? '');
      // A zero is printed "0.0" even in a column of whole numbers; it says nothing about placement.
      return cell.kind === 'number' && /[1-9]/.test(cell.digits) ? cell.decimals : null;
    });
    const counts = new Map<number, number>();
    for (const d of decimals) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
    if (counts.size !== 2) return;
    const [[common, many], [rare, few]] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (few !== 1 || many < 3) return;
    const i = decimals.indexOf(rare);
    if (!odd.has(i)) {
      odd.add(i);
      const { row } = rows[i];
      skipped.push(`row "${row.label}" (${row.where}): "${rows[i].cells[c]}" under "${column.label}" has ${rare} decimal(s) where every other figure of the column has ${common}; its figures are probably in the wrong columns, so the row is left out`);
    }
  });
  return odd.size === 0 ? rows : rows.filter((_, i) => !odd.has(i));
}
