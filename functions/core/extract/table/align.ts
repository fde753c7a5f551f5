/**
 * Alignment: which figure belongs to which column. Positions are only ever taken as printed: a
 * text row whose figure count does not match the columns (an empty cell vanished from the
 * rendering) cannot be placed without guessing, so it is reported and the table is rejected.
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

export type AlignResult = { ok: true; rows: AlignedRow[]; mode: 'single' | 'below' } | { ok: false; reason: string };

const isDash = (token: string | undefined) => token !== undefined && classifyCell(token).kind === 'empty';

/** Drops the "-" a text rendering prints in the unit column of rows without a quantity unit. */
function dropUnitDash(row: RawRow, tokens: string[], expected: number[]): string[] {
  if (row.unitPending && !expected.includes(tokens.length) && expected.includes(tokens.length - 1) && isDash(tokens[0])) return tokens.slice(1);
  return tokens;
}

function fitSingle(row: RawRow, columns: number, exact: boolean): string[] | null {
  if (exact || row.lines[0].length > 0) {
    if (row.lines.length !== 1) return null;
    const tokens = dropUnitDash(row, row.lines[0], [columns]);
    return tokens.length === columns ? tokens : null;
  }
  const flat = dropUnitDash(row, row.lines.slice(1).flat(), [columns]);
  return flat.length === columns ? flat : null;
}

function fitBelow(row: RawRow, values: number, exact: boolean): { cells: string[]; yoy: string[] } | null {
  if (exact || row.lines[0].length > 0) {
    if (row.lines.length !== 2) return null;
    const cells = dropUnitDash(row, row.lines[0], [values]);
    return cells.length === values && row.lines[1].length === values ? { cells, yoy: row.lines[1] } : null;
  }
  const flat = dropUnitDash(row, row.lines.slice(1).flat(), [2 * values]);
  return flat.length === 2 * values ? { cells: flat.slice(0, values), yoy: flat.slice(values) } : null;
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
  const misfits = table.rows.filter((_, i) => (mode === 'single' ? singles[i] : belows[i]) === null);
  if (misfits.length > 0) {
    const shown = misfits.slice(0, 3).map(describe).join('; ');
    const more = misfits.length > 3 ? ` (and ${misfits.length - 3} more rows)` : '';
    return {
      ok: false,
      reason: `${misfits.length} row(s) cannot be aligned to the ${expected} columns without guessing which cells are missing: ${shown}${more}; a table with any row that cannot be placed is rejected as a whole`,
    };
  }
  const rows = table.rows.map((row, i) => (mode === 'single' ? { row, cells: singles[i] as string[], yoy: null } : { row, cells: belows[i]!.cells, yoy: belows[i]!.yoy }));
  return { ok: true, rows, mode };
}
