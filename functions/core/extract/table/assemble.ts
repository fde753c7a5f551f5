/**
 * Assembly: one observation draft per non-empty value cell, with its period, base-unit value,
 * unit and year-on-year change. Overflowed cells ("############") lose their figure: no row,
 * but a warning, because the figure exists and the source failed to print it.
 */
import type { ExtractionContext, ObservationDraft } from '../../contract.js';
import type { AlignedRow } from './align.js';
import type { Title } from './caption.js';
import { inexactReason } from '../exact-number.js';
import { classifyCell, plainValue, scaledValue } from './cells.js';
import { parseRowPeriod, parseSeriesTotal } from './caption.js';
import { rowFlow, type ResolvedLayout } from './layouts.js';
import { classifyHeading } from './vocabulary.js';
import { TOTAL_LABEL } from './model.js';
import { labelQuantityUnit, parseQuantityUnit, type ScaledUnit } from './units.js';

export type AssembleResult = { ok: true; rows: ObservationDraft[]; warnings: string[] } | { ok: false; reason: string };

const pad = (month: number) => String(month).padStart(2, '0');

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
  const year = title.period.year;
  // The last month row of a series, which a closing Total row runs up to.
  let lastMonth: { year: number; month: number } | null = null;

  for (const { row, cells, yoy } of aligned) {
    if (row.label === '') return { ok: false, reason: `${row.where}: a row of figures has no label` };
    const isTotal = TOTAL_LABEL.test(row.label);
    const dimension = layout.rows;
    let rowYear = year;
    let rowMonth: number | null = null;
    let cumulativeRow = false;
    if (dimension.field === 'period') {
      const period = parseRowPeriod(row.label);
      const end = period ? null : parseSeriesTotal(row.label);
      if (!period && (end === null || lastMonth === null || (end !== 0 && end !== lastMonth.month))) {
        return { ok: false, reason: `row "${row.label}" of a series table is not a month` };
      }
      cumulativeRow = !period;
      rowYear = period ? (period.year ?? year) : lastMonth!.year;
      rowMonth = period ? period.month : lastMonth!.month;
      lastMonth = { year: rowYear, month: rowMonth };
      if (rowYear === year && title.period.month !== null && rowMonth > title.period.month) {
        return { ok: false, reason: `row "${row.label}" is for a month after the one the title names` };
      }
    }
    const flowOfRow = dimension.field === 'flow' ? rowFlow(row.label)?.flow ?? null : null;
    if (dimension.field === 'flow' && flowOfRow === null) return { ok: false, reason: `row "${row.label}" is not a flow` };
    let rowUnit: ScaledUnit | null = null;
    if (row.rowUnit !== null) {
      rowUnit = parseQuantityUnit(row.rowUnit);
      if (!rowUnit) return { ok: false, reason: `row "${row.label}": quantity unit "${row.rowUnit}" is not understood` };
    }
    // A commodity table without a unit column names each row's unit in its label: "Crude oil (in thousand tonnes)".
    let label = row.label;
    const fromLabel = rowUnit === null && hasQuantity ? labelQuantityUnit(row.label) : null;
    if (fromLabel) {
      rowUnit = fromLabel.unit;
      label = fromLabel.label;
    }
    for (const [position, index] of valueColumns.entries()) {
      const column = layout.columns[index];
      const quote = `${row.label} | ${column.label}`;
      const cell = classifyCell(cells[index]);
      const yoyIndex = yoyColumnOf.get(index);
      const yoyText = yoy ? yoy[position] : yoyIndex !== undefined ? cells[yoyIndex] : '';
      const change = classifyCell(yoyText);
      if (cell.kind === 'other') return { ok: false, reason: `cell "${cell.text}" (${quote}) is not a figure` };
      if (change.kind === 'other') return { ok: false, reason: `year-on-year cell "${change.text}" (${quote}) is not a figure` };
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'overflow') {
        warnings.push(`${quote}: the cell shows "${cell.text}" (a figure too wide for its cell); the figure is lost, no row`);
        continue;
      }
      if (cell.kind === 'bound') {
        warnings.push(`${quote}: the cell shows "${cell.text}", a bound rather than a figure; no row`);
        continue;
      }
      const inexact = inexactReason(cell.text, cell.digits);
      if (inexact) {
        warnings.push(`${quote}: ${inexact}; no row`);
        continue;
      }
      let unit = valueUnit;
      if (column.measure === 'quantity') {
        if (!rowUnit) return { ok: false, reason: `row "${row.label}" has a quantity but no quantity unit` };
        unit = rowUnit;
      }
      const value = scaledValue(cell, unit.scale, unit.shift);
      if (!Number.isFinite(value)) return { ok: false, reason: `cell "${cell.text}" (${quote}) is not a finite figure` };
      let yoyPct: number | null = null;
      const inexactChange = change.kind === 'number' ? inexactReason(change.text, change.digits) : null;
      if (inexactChange) warnings.push(`${quote}: year-on-year ${inexactChange}; year-on-year left empty`);
      else if (change.kind === 'number') yoyPct = plainValue(change);
      if (yoyPct !== null && !Number.isFinite(yoyPct)) return { ok: false, reason: `year-on-year cell "${change.text}" (${quote}) is not a finite figure` };
      else if (change.kind === 'overflow') warnings.push(`${quote}: the year-on-year cell shows "${change.text}"; year-on-year left empty`);
      else if (change.kind === 'bound') warnings.push(`${quote}: the year-on-year cell shows "${change.text}", a bound rather than a figure; year-on-year left empty`);

      let commodity = 'all goods';
      let partner = 'World';
      let area = 'China';
      let rowBreakdown = '';
      if (dimension.field === 'breakdown') rowBreakdown = isTotal ? '' : `${dimension.kind}: ${canonicalMember(dimension.kind, row.label)}`;
      else if (dimension.field === 'commodity') commodity = isTotal ? 'all goods' : label;
      else if (dimension.field === 'partner') partner = isTotal ? 'World' : row.label;
      else if (dimension.field === 'area') area = isTotal ? 'China' : row.label;
      const month = column.month === 0 ? rowMonth : column.month;
      if (month === null) return { ok: false, reason: `column "${column.label}" is for the month of each row but row "${row.label}" names none` };
      rows.push({
        dataset: ctx.dataset,
        area,
        partner,
        flow: flowOfRow ?? column.flow,
        commodity,
        breakdown: [column.breakdown, rowBreakdown].filter(Boolean).join('; '),
        measure: column.measure,
        period_start: `${rowYear}-${column.periodKind === 'cumulative' || cumulativeRow ? '01' : pad(month)}`,
        period_end: `${rowYear}-${pad(month)}`,
        value,
        unit: unit.unit,
        qualifier: 'exact',
        yoy_pct: yoyPct,
        release_id: ctx.release_id,
        source_url: ctx.source_url,
        source_quote: quote,
        published: ctx.published,
        quote_start: null,
        quote_end: null,
      });
    }
  }
  return { ok: true, ...dedupe(rows, warnings) };
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
