/**
 * Where a row's partners live: every series, unit and period another dataset may hold that some
 * check compares the row with. Observation ids are derived from exactly these fields, so publish
 * looks partners up by id in each other dataset instead of reading every dataset whole.
 *
 * Each rule names the checks it serves and the cells it asks for; a check that compares a row
 * with a figure no rule asks for only sees that figure when it is in the dataset being published.
 */
import type { CheckName } from './config.js';
import { observationId } from '../identity.js';
import { periodKind, shiftMonth, type QualityRow } from './rows.js';

/** A series, unit and period: what an observation id is made of (with the dataset). */
export type PartnerCell = Pick<QualityRow, 'area' | 'partner' | 'flow' | 'commodity' | 'breakdown' | 'measure' | 'unit' | 'period_start' | 'period_end'>;

const cellOfRow = (r: QualityRow): PartnerCell => ({ area: r.area, partner: r.partner, flow: r.flow, commodity: r.commodity, breakdown: r.breakdown, measure: r.measure, unit: r.unit, period_start: r.period_start, period_end: r.period_end });
const OTHER_CURRENCY: Record<string, string> = { CNY: 'USD', USD: 'CNY' };
/** The row's unit and, for yuan and dollars, the other one. */
const units = (r: QualityRow) => (OTHER_CURRENCY[r.unit] ? [r.unit, OTHER_CURRENCY[r.unit]] : [r.unit]);
const FLOWS: QualityRow['flow'][] = ['export', 'import', 'total', 'balance'];

/**
 * Cells of the month and year-to-date figures a row is compared with, same year and series: a
 * month's year-to-date figure and the one a month shorter; a year-to-date figure's month, the
 * year-to-date figures a month shorter and longer, and the next month (they add up to the longer).
 */
function monthAndCumulative(r: QualityRow): PartnerCell[] {
  const year = r.period_end.slice(0, 4);
  const span = (start: string, end: string) => ({ ...cellOfRow(r), period_start: start, period_end: end });
  const inYear = (months: string[]) => months.filter((m) => m.startsWith(year));
  const [previous, next] = [shiftMonth(r.period_end, -1), shiftMonth(r.period_end, 1)];
  if (periodKind(r) === 'month') return [span(`${year}-01`, r.period_end), ...inYear([previous]).flatMap((m) => [span(`${year}-01`, m), span(m, m)])];
  if (periodKind(r) !== 'cumulative' || r.period_start !== `${year}-01`) return [];
  return [span(r.period_end, r.period_end), ...inYear([previous, next]).map((m) => span(`${year}-01`, m)), ...inYear([next]).map((m) => span(m, m))];
}

/** The same row widened to the world, all goods, no breakdown (and a share's part and whole in value). */
function wholesAndParts(r: QualityRow): PartnerCell[] {
  const base = cellOfRow(r);
  const widened = [{ ...base, partner: 'World' }, { ...base, commodity: 'all goods' }, { ...base, breakdown: '' }].filter((c) => c.partner !== r.partner || c.commodity !== r.commodity || c.breakdown !== r.breakdown);
  if (r.measure === 'share') return ['CNY', 'USD'].flatMap((unit) => [base, ...widened].map((c) => ({ ...c, measure: 'value' as const, unit })));
  return [...widened, ...(r.measure === 'value' ? [{ ...base, measure: 'share' as const, unit: 'percent-share' }] : [])];
}

/** The national totals of a row's period in both currencies: the twins the rate band of the period is derived from. */
function rateAnchors(r: QualityRow): PartnerCell[] {
  return FLOWS.flatMap((flow) => ['CNY', 'USD'].map((unit) => ({ area: 'China', partner: 'World', flow, commodity: 'all goods', breakdown: '', measure: 'value' as const, unit, period_start: r.period_start, period_end: r.period_end })));
}

/** The partner rules: a name, the checks served, the cells asked for. */
export const PARTNER_RULES: { name: string; checks: CheckName[]; cells(row: QualityRow): PartnerCell[] }[] = [
  { name: 'the same figure', checks: ['same-figure-two-sources'], cells: (r) => [cellOfRow(r)] },
  { name: 'the other currency', checks: ['currency-twins'], cells: (r) => units(r).slice(1).map((unit) => ({ ...cellOfRow(r), unit })) },
  { name: 'a year earlier and a year later', checks: ['implied-growth'], cells: (r) => [-12, 12].map((by) => ({ ...cellOfRow(r), period_start: shiftMonth(r.period_start, by), period_end: shiftMonth(r.period_end, by) })) },
  { name: 'the other flows', checks: ['flows-add-up', 'growth-adds-up'], cells: (r) => (FLOWS.includes(r.flow) ? FLOWS.flatMap((flow) => units(r).map((unit) => ({ ...cellOfRow(r), flow, unit }))) : []) },
  { name: 'month and year-to-date', checks: ['month-within-cumulative', 'cumulative-grows', 'month-adds-to-cumulative', 'january-month-equals-cumulative'], cells: monthAndCumulative },
  { name: 'wholes and shares', checks: ['part-within-whole', 'share-of-total'], cells: wholesAndParts },
  { name: 'rate anchors', checks: ['currency-twins', 'flows-add-up'], cells: (r) => (OTHER_CURRENCY[r.unit] ? rateAnchors(r) : []) },
];

/** One string per cell (the fields an observation id is made of). */
const cellKey = (c: PartnerCell) => `${c.area}|${c.partner}|${c.flow}|${c.commodity}|${c.breakdown}|${c.measure}|${c.unit}|${c.period_start}|${c.period_end}`;

/** Every partner cell of a dataset's rows, once each. */
export function partnerCells(rows: QualityRow[]): PartnerCell[] {
  const cells = new Map<string, PartnerCell>();
  for (const row of rows) {
    if (row.value === null || row.period_start === '' || row.period_end === '') continue;
    for (const rule of PARTNER_RULES) for (const cell of rule.cells(row)) cells.set(cellKey(cell), cell);
  }
  return [...cells.values()];
}

/** The observation ids the cells have in a dataset. */
export function partnerIds(cells: PartnerCell[], dataset: string): string[] {
  return [...new Set(cells.map((cell) => observationId({ ...cell, dataset, release_id: '' })))];
}
