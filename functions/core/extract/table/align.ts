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

/** Aligns every row of the table to the layout's columns, or rejects the table. */
export function alignRows(table: RawTable, layout: ResolvedLayout): AlignResult {
  const columns = layout.columns.length;
  const values = layout.columns.filter((c) => c.yoyOf === null).length;
  if (table.valueColumns !== null && table.valueColumns !== columns) {
    return { ok: false, reason: `the table has ${table.valueColumns} columns of figures but its layout has ${columns}` };
  }
  const exact = table.exactCells;
  const singles = table.rows.map((row) => fitSingle(row, columns, exact));
  const belows = layout.yoy === 'columns' ? table.rows.map(() => null) : table.rows.map((row) => fitBelow(row, values, exact));
  let mode: 'single' | 'below';
  if (layout.yoy === 'columns' || layout.yoy === 'none') mode = 'single';
  else if (layout.yoy === 'line-below') mode = 'below';
  else {
    const singleFits = singles.filter(Boolean).length;
    const belowFits = belows.filter(Boolean).length;
    mode = belowFits > singleFits ? 'below' : 'single';
  }
  const expected = mode === 'single' ? `${columns}` : `${values} + ${values} (figures, then year-on-year)`;
  const rowsOf = table.rows.slice();
  const fitsAsPrinted = table.rows.filter((_, i) => (mode === 'single' ? singles[i] : belows[i]) !== null).length;
  if (!exact && fitsAsPrinted >= 2 && fitsAsPrinted >= MAX_UNPLACEABLE_SHARE * table.rows.length) {
    // A table that groups thousands with commas does not also group them with spaces.
    const commaGrouped = table.rows.some((row) => row.lines.some((line) => line.some((token) => /^[-\u2212\u2013]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token))));
    rowsOf.forEach((row, i) => {
      if ((mode === 'single' ? singles[i] : belows[i]) !== null) return;
      const relabelled = labelDigit(row, commaGrouped);
      if (!relabelled) return;
      if (mode === 'single') singles[i] = fitSingle(relabelled, columns, exact);
      else belows[i] = fitBelow(relabelled, values, exact);
      if ((mode === 'single' ? singles[i] : belows[i]) !== null) rowsOf[i] = relabelled;
    });
  }
  const fits = (i: number) => (mode === 'single' ? singles[i] : belows[i]) !== null;
  const misfits = table.rows.filter((_, i) => !fits(i));
  // A page cut off mid-row leaves its last row short: that says where the page ends, not that the
  // columns are misread, so it is named in a warning but does not count against the layout.
  const last = table.rows.length - 1;
  const cutOff = last >= 1 && !fits(last) && (table.rows[last].cut === true || tokenCount(table.rows[last]) < (mode === 'single' ? columns : 2 * values));
  const voting = cutOff ? misfits.length - 1 : misfits.length;
  const judged = cutOff ? table.rows.length - 1 : table.rows.length;
  if (misfits.length > 0 && (voting > MAX_UNPLACEABLE_SHARE * judged || voting === judged)) {
    const shown = misfits.slice(0, 3).map(describe).join('; ');
    const more = misfits.length > 3 ? ` (and ${misfits.length - 3} more rows)` : '';
    return {
      ok: false,
      reason: `${misfits.length} of ${table.rows.length} row(s) cannot be aligned to the ${expected} columns without guessing which cells are missing: ${shown}${more}; with that many unplaceable rows the table is rejected as a whole`,
    };
  }
  const skipped = misfits.map((row) =>
    cutOff && row === table.rows[last]
      ? `${describe(row)}, expected ${expected}: the last row is cut off (the page ends inside it), so it is left out`
      : `${describe(row)}, expected ${expected}: its cells cannot be placed without guessing, so the row is left out (cells lost in the text rendering, or the page is cut off); the HTML page keeps every cell`,
  );
  const placed = rowsOf.flatMap((row, i): AlignedRow[] => (!fits(i) ? [] : mode === 'single' ? [{ row, cells: singles[i] as string[], yoy: null }] : [{ row, cells: belows[i]!.cells, yoy: belows[i]!.yoy }]));
  const rows = exact ? placed : dropOddDecimals(placed, layout, skipped);
  return { ok: true, rows, mode, skipped };
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
