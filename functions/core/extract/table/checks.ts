/**
 * Cross-checks: totals the table prints against the sum of their parts, within the rounding of
 * the printed figures. Disagreement is a warning, not a rejection: the figures are still as
 * published, and the warning tells a reader which ones to doubt.
 */
import type { AlignedRow } from './align.js';
import { classifyCell, plainValue, roundingHalfUnit } from './cells.js';
import type { ColumnSpec } from './columns.js';
import { rowFlow, type ResolvedLayout } from './layouts.js';
import { TOTAL_LABEL } from './model.js';
import { parseSeriesTotal } from './caption.js';

/** A printed figure as a term of a sum, with half a unit of its last digit as its rounding. */
export interface Term {
  value: number;
  half: number;
}

/** A cell as a term of a sum: "-" counts as zero; null when the figure is lost or missing. */
export function term(text: string | undefined): Term | null {
  if (text === undefined) return null;
  const cell = classifyCell(text);
  if (cell.kind === 'number') return { value: plainValue(cell), half: roundingHalfUnit(cell) };
  if (cell.kind === 'empty') return { value: 0, half: 0 };
  return null;
}

const format = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

function compare(total: Term | null, parts: Array<Term | null>, describe: (total: number, sum: number) => string): string | null {
  if (!total || parts.some((p) => p === null) || parts.length === 0) return null;
  const terms = parts as Term[];
  const sum = terms.reduce((acc, p) => acc + p.value, 0);
  const tolerance = total.half + terms.reduce((acc, p) => acc + p.half, 0) + 1e-9 * Math.max(1, Math.abs(total.value));
  return Math.abs(total.value - sum) > tolerance ? describe(total.value, sum) : null;
}

/** A value column and its position among the columns. */
type Valued = { c: ColumnSpec; i: number };

const sameCell = (a: ColumnSpec, b: ColumnSpec) => a.periodKind === b.periodKind && a.month === b.month && a.measure === b.measure;

/** Runs every cross-check the layout allows and returns the disagreements. */
export function crossCheck(rows: AlignedRow[], layout: ResolvedLayout, rowsArePartition: boolean): string[] {
  const values = layout.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.yoyOf === null);
  const warnings = rows.flatMap((row) => [...flowColumnChecks(row, values), ...memberColumnChecks(row, values)]);
  if (layout.rows.field === 'flow') warnings.push(...flowRowsCheck(rows, values));
  // A Total row against the rows that partition it (customs regimes).
  if (layout.exhaustiveRows && rowsArePartition) warnings.push(...totalRowCheck(rows, layout, values));
  return warnings;
}

/** The Exports and Imports columns of a flow column's group, or null when the group lacks one. */
function exportImport(values: Valued[], column: ColumnSpec): Valued[] | null {
  const parts = ['export', 'import'].map((flow) => values.find(({ c }) => c.flow === flow && c.breakdown === column.breakdown && sameCell(c, column)));
  return parts.some((p) => p === undefined) ? null : (parts as Valued[]);
}

/** Export & Import = Export + Import, and Balance = Export - Import, column group by column group. */
function flowColumnChecks({ row, cells }: AlignedRow, values: Valued[]): string[] {
  const warnings: Array<string | null> = [];
  for (const { c: total, i } of values.filter(({ c }) => c.flow === 'total')) {
    const parts = exportImport(values, total);
    if (parts) warnings.push(compare(term(cells[i]), parts.map((p) => term(cells[p.i])), (t, s) => `cross-check: "${row.label} | ${total.label}" is ${format(t)} but exports plus imports make ${format(s)}`));
  }
  for (const { c: balance, i } of values.filter(({ c }) => c.flow === 'balance')) {
    const parts = exportImport(values, balance);
    if (!parts) continue;
    const [exp, imp] = parts.map((p) => term(cells[p.i]));
    const negatedImport = imp ? { value: -imp.value, half: imp.half } : null;
    warnings.push(compare(term(cells[i]), [exp, negatedImport], (t, s) => `cross-check: "${row.label} | ${balance.label}" is ${format(t)} but exports minus imports make ${format(s)}`));
  }
  return warnings.filter((w): w is string => w !== null);
}

/** Enterprise types: Total = SOE + FIE + POE + Other, and FIE = CJV + EJV + FOE. */
const MEMBER_SUMS: Array<[string, string[]]> = [
  ['TOTAL', ['SOE', 'FIE', 'POE', 'Other']],
  ['FIE', ['CJV', 'EJV', 'FOE']],
];

function memberColumnChecks({ row, cells }: AlignedRow, values: Valued[]): string[] {
  const warnings: Array<string | null> = [];
  for (const [totalCode, partCodes] of MEMBER_SUMS) {
    for (const { c: total, i } of values.filter(({ c }) => c.member === totalCode)) {
      const parts = partCodes.map((code) => values.find(({ c }) => c.member === code && c.flow === total.flow && sameCell(c, total)));
      if (parts.some((p) => p === undefined)) continue;
      warnings.push(compare(term(cells[i]), parts.map((p) => term(cells[p!.i])), (t, s) => `cross-check: "${row.label} | ${total.label}" is ${format(t)} but ${partCodes.join(' + ')} make ${format(s)}`));
    }
  }
  return warnings.filter((w): w is string => w !== null);
}

/** Flows as rows: the Export & Import row is the Exports row plus the Imports row, column by column. */
function flowRowsCheck(rows: AlignedRow[], values: Valued[]): string[] {
  const byFlow = (flow: string) => rows.find(({ row }) => rowFlow(row.label)?.flow === flow);
  const total = byFlow('total');
  const parts = [byFlow('export'), byFlow('import')];
  if (!total || !parts.every(Boolean)) return [];
  return values
    .map(({ c, i }) => compare(term(total.cells[i]), parts.map((p) => term(p!.cells[i])), (t, s) => `cross-check: "${total.row.label} | ${c.label}" is ${format(t)} but exports plus imports make ${format(s)}`))
    .filter((w): w is string => w !== null);
}

/** A Total row against the rows that partition it; a series' closing row may be labelled by its months ("1-12") rather than "Total". */
function totalRowCheck(rows: AlignedRow[], layout: ResolvedLayout, values: Valued[]): string[] {
  const isTotal = (label: string) => TOTAL_LABEL.test(label) || (layout.rows.field === 'period' && parseSeriesTotal(label) !== null);
  const totals = rows.filter(({ row }) => isTotal(row.label));
  const parts = rows.filter(({ row }) => !isTotal(row.label) && !row.subRow);
  if (totals.length !== 1 || parts.length <= 1) return [];
  return values
    .map(({ c, i }) => compare(term(totals[0].cells[i]), parts.map((p) => term(p.cells[i])), (t, s) => `cross-check: "${totals[0].row.label} | ${c.label}" is ${format(t)} but the rows below it sum to ${format(s)}`))
    .filter((w): w is string => w !== null);
}
