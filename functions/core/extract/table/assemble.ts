/**
 * Assembly: one observation draft per non-empty value cell, with its period, base-unit value,
 * unit and year-on-year change. Overflowed cells ("############") lose their figure: no row,
 * but a warning, because the figure exists and the source failed to print it.
 */
import type { ExtractionContext, Flow, ObservationDraft } from '../../contract.js';
import type { AlignedRow } from './align.js';
import type { Title } from './caption.js';
import { inexactReason } from '../exact-number.js';
import { classifyCell, plainValue, scaledValue, type CellToken } from './cells.js';
import type { ColumnSpec, Result } from './columns.js';
import { parseRowPeriod, parseSeriesTotal } from './caption.js';
import { rowFlow, type ResolvedLayout, type RowDimension } from './layouts.js';
import { classifyHeading } from './vocabulary.js';
import { TOTAL_LABEL, type RawRow } from './model.js';
import { labelQuantityUnit, parseQuantityUnit, type ScaledUnit } from './units.js';

export type AssembleResult = { ok: true; rows: ObservationDraft[]; warnings: string[] } | { ok: false; reason: string };

const pad = (month: number) => String(month).padStart(2, '0');

type Failure = { ok: false; reason: string };
const fail = (reason: string): Failure => ({ ok: false, reason });

/** What every cell of a row shares: its period, flow, quantity unit and label. */
interface RowScene {
  row: RawRow;
  /** The label without a quantity unit it named ("Crude oil (in thousand tonnes)" → "Crude oil"). */
  label: string;
  isTotal: boolean;
  period: RowPeriod;
  flowOfRow: Flow | null;
  rowUnit: ScaledUnit | null;
}

/** The year of a row, its month when the rows are months, and whether it is a series' closing total (January to that month). */
interface RowPeriod {
  year: number;
  month: number | null;
  cumulative: boolean;
}

/** What the cells need besides their row and column. */
interface Sheet {
  layout: ResolvedLayout;
  valueUnit: ScaledUnit;
  ctx: ExtractionContext;
}

/** Builds the drafts of an aligned table. */
export function assembleRows(aligned: AlignedRow[], layout: ResolvedLayout, title: Title, valueUnit: ScaledUnit, ctx: ExtractionContext): AssembleResult {
  const rows: ObservationDraft[] = [];
  const warnings: string[] = [];
  const valueColumns = layout.columns.flatMap((c, i) => (c.yoyOf === null ? [i] : []));
  const hasQuantity = layout.columns.some((c) => c.measure === 'quantity');
  const yoyColumnOf = new Map<number, number>();
  layout.columns.forEach((c, i) => {
    if (c.yoyOf !== null) yoyColumnOf.set(c.yoyOf, i);
  });
  const months = new SeriesMonths(title);
  for (const { row, cells, yoy } of aligned) {
    const scene = rowScene(row, layout, title, hasQuantity, months);
    if (!scene.ok) return scene;
    for (const [position, index] of valueColumns.entries()) {
      const yoyIndex = yoyColumnOf.get(index);
      const yoyText = yoy ? yoy[position] : yoyIndex !== undefined ? cells[yoyIndex] : '';
      const drafted = cellDraft(scene.value, layout.columns[index], cells[index], yoyText, { layout, valueUnit, ctx }, warnings);
      if (!drafted.ok) return drafted;
      if (drafted.row) rows.push(drafted.row);
    }
  }
  return { ok: true, ...dedupe(rows, warnings) };
}

/** The rows of a series table, each a month; a closing Total row runs from January up to the last month above it. */
class SeriesMonths {
  private last: { year: number; month: number } | null = null;

  constructor(private readonly title: Title) {}

  period(label: string): Result<RowPeriod> {
    const period = parseRowPeriod(label);
    const end = period ? null : parseSeriesTotal(label);
    const last = this.last;
    if (!period && (end === null || last === null || (end !== 0 && end !== last.month))) return fail(`row "${label}" of a series table is not a month`);
    const year = period ? (period.year ?? this.title.period.year) : last!.year;
    const month = period ? period.month : last!.month;
    this.last = { year, month };
    if (year === this.title.period.year && this.title.period.month !== null && month > this.title.period.month) {
      return fail(`row "${label}" is for a month after the one the title names`);
    }
    return { ok: true, value: { year, month, cumulative: !period } };
  }
}

function rowScene(row: RawRow, layout: ResolvedLayout, title: Title, hasQuantity: boolean, months: SeriesMonths): Result<RowScene> {
  if (row.label === '') return fail(`${row.where}: a row of figures has no label`);
  const dimension = layout.rows;
  const period: Result<RowPeriod> = dimension.field === 'period' ? months.period(row.label) : { ok: true, value: { year: title.period.year, month: null, cumulative: false } };
  if (!period.ok) return period;
  const flowOfRow = dimension.field === 'flow' ? rowFlow(row.label)?.flow ?? null : null;
  if (dimension.field === 'flow' && flowOfRow === null) return fail(`row "${row.label}" is not a flow`);
  const unit = rowQuantityUnit(row, hasQuantity);
  if (!unit.ok) return unit;
  return { ok: true, value: { row, label: unit.value.label, isTotal: TOTAL_LABEL.test(row.label), period: period.value, flowOfRow, rowUnit: unit.value.rowUnit } };
}

/** The row's quantity unit: its unit cell, else (a commodity table without a unit column) its label: "Crude oil (in thousand tonnes)". */
function rowQuantityUnit(row: RawRow, hasQuantity: boolean): Result<{ rowUnit: ScaledUnit | null; label: string }> {
  let rowUnit: ScaledUnit | null = null;
  if (row.rowUnit !== null) {
    rowUnit = parseQuantityUnit(row.rowUnit);
    if (!rowUnit) return fail(`row "${row.label}": quantity unit "${row.rowUnit}" is not understood`);
  }
  const fromLabel = rowUnit === null && hasQuantity ? labelQuantityUnit(row.label) : null;
  return { ok: true, value: fromLabel ? { rowUnit: fromLabel.unit, label: fromLabel.label } : { rowUnit, label: row.label } };
}

/** The draft of one value cell: null (with a warning, unless the cell is empty) when it holds no exact figure. */
function cellDraft(scene: RowScene, column: ColumnSpec, cellText: string, yoyText: string, sheet: Sheet, warnings: string[]): Failure | { ok: true; row: ObservationDraft | null } {
  const quote = `${scene.row.label} | ${column.label}`;
  const cell = classifyCell(cellText);
  const change = classifyCell(yoyText);
  if (cell.kind === 'other') return fail(`cell "${cell.text}" (${quote}) is not a figure`);
  if (change.kind === 'other') return fail(`year-on-year cell "${change.text}" (${quote}) is not a figure`);
  if (cell.kind !== 'number') {
    if (cell.kind === 'overflow') warnings.push(`${quote}: the cell shows "${cell.text}" (a figure too wide for its cell); the figure is lost, no row`);
    if (cell.kind === 'bound') warnings.push(`${quote}: the cell shows "${cell.text}", a bound rather than a figure; no row`);
    return { ok: true, row: null };
  }
  const inexact = inexactReason(cell.text, cell.digits);
  if (inexact) {
    warnings.push(`${quote}: ${inexact}; no row`);
    return { ok: true, row: null };
  }
  let unit = sheet.valueUnit;
  if (column.measure === 'quantity') {
    if (!scene.rowUnit) return fail(`row "${scene.row.label}" has a quantity but no quantity unit`);
    unit = scene.rowUnit;
  }
  const value = scaledValue(cell, unit.scale, unit.shift);
  if (!Number.isFinite(value)) return fail(`cell "${cell.text}" (${quote}) is not a finite figure`);
  const yoyPct = yoyPercent(change, quote, warnings);
  if (!yoyPct.ok) return yoyPct;
  const month = column.month === 0 ? scene.period.month : column.month;
  if (month === null) return fail(`column "${column.label}" is for the month of each row but row "${scene.row.label}" names none`);
  return { ok: true, row: observation(scene, column, { month, value, unit, yoyPct: yoyPct.value, quote }, sheet) };
}

/** The year-on-year change of a figure; null, with a warning, when the cell holds no exact figure. */
function yoyPercent(change: CellToken, quote: string, warnings: string[]): Result<number | null> {
  let yoyPct: number | null = null;
  const inexactChange = change.kind === 'number' ? inexactReason(change.text, change.digits) : null;
  if (inexactChange) warnings.push(`${quote}: year-on-year ${inexactChange}; year-on-year left empty`);
  else if (change.kind === 'number') yoyPct = plainValue(change);
  if (yoyPct !== null && !Number.isFinite(yoyPct)) return fail(`year-on-year cell "${change.text}" (${quote}) is not a finite figure`);
  else if (change.kind === 'overflow') warnings.push(`${quote}: the year-on-year cell shows "${change.text}"; year-on-year left empty`);
  else if (change.kind === 'bound') warnings.push(`${quote}: the year-on-year cell shows "${change.text}", a bound rather than a figure; year-on-year left empty`);
  return { ok: true, value: yoyPct };
}

/** The row's place in the observation: what the row dimension names, unless the row is their total. */
function rowPlace(dimension: RowDimension, scene: RowScene): { commodity: string; partner: string; area: string; rowBreakdown: string } {
  const place = { commodity: 'all goods', partner: 'World', area: 'China', rowBreakdown: '' };
  if (scene.isTotal) return place;
  if (dimension.field === 'breakdown') place.rowBreakdown = `${dimension.kind}: ${canonicalMember(dimension.kind, scene.row.label)}`;
  else if (dimension.field === 'commodity') place.commodity = scene.label;
  else if (dimension.field === 'partner') place.partner = scene.row.label;
  else if (dimension.field === 'area') place.area = scene.row.label;
  return place;
}

/** The observation draft of one figure. */
function observation(scene: RowScene, column: ColumnSpec, figure: { month: number; value: number; unit: ScaledUnit; yoyPct: number | null; quote: string }, sheet: Sheet): ObservationDraft {
  const { commodity, partner, area, rowBreakdown } = rowPlace(sheet.layout.rows, scene);
  const { year, cumulative } = scene.period;
  const { month } = figure;
  const { ctx } = sheet;
  return {
    dataset: ctx.dataset,
    area,
    partner,
    flow: scene.flowOfRow ?? column.flow,
    commodity,
    breakdown: [column.breakdown, rowBreakdown].filter(Boolean).join('; '),
    measure: column.measure,
    period_start: `${year}-${column.periodKind === 'cumulative' || cumulative ? '01' : pad(month)}`,
    period_end: `${year}-${pad(month)}`,
    value: figure.value,
    unit: figure.unit.unit,
    qualifier: 'exact',
    yoy_pct: figure.yoyPct,
    release_id: ctx.release_id,
    source_url: ctx.source_url,
    source_quote: figure.quote,
    published: ctx.published,
    quote_start: null,
    quote_end: null,
  };
}

/**
 * Enterprise types as rows ("State-owned Enterprises") get the same label as the enterprise-type
 * columns of other tables ("State-owned"), so one enterprise type is one series across tables.
 */
function canonicalMember(kind: string, label: string): string {
  if (kind !== 'enterprise type') return label;
  const phrases = classifyHeading(label);
  if (phrases && phrases.length === 1 && phrases[0].cls === 'enterprise') return phrases[0].label;
  return label;
}

/**
 * In January the month and the January-to-date columns are the same figure: one row. Two cells
 * naming the same figure with different values cannot both be right: neither is kept.
 */
function dedupe(rows: ObservationDraft[], warnings: string[]): { rows: ObservationDraft[]; warnings: string[] } {
  const byKey = new Map<string, number>();
  const dropped = new Set<number>();
  rows.forEach((row, index) => {
    const key = [row.area, row.partner, row.flow, row.commodity, row.breakdown, row.measure, row.unit, row.period_start, row.period_end].join('|');
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, index);
      return;
    }
    dropped.add(index);
    const kept = rows[first];
    if (kept.value !== row.value || (kept.yoy_pct !== row.yoy_pct && row.yoy_pct !== null && kept.yoy_pct !== null)) {
      dropped.add(first);
      warnings.push(`"${kept.source_quote}" and "${row.source_quote}" are the same figure but differ (${kept.value} vs ${row.value}); neither is kept`);
    } else if (kept.yoy_pct === null && row.yoy_pct !== null) kept.yoy_pct = row.yoy_pct;
  });
  return { rows: rows.filter((_, i) => !dropped.has(i)), warnings };
}
