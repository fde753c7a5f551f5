/**
 * The headline series a dataset page charts: monthly values (measure `value`, one-month periods)
 * by flow, one series per area × partner × commodity × breakdown × unit. Built in one pass over a
 * version's rows; only the series with the most points are kept, so a page stays small however
 * large the dataset is.
 */
import type { Observation } from '../contract.js';

/** One selectable series: its label parts and values per period and flow (null where none). */
export interface ChartSeries {
  label: string;
  area: string;
  partner: string;
  commodity: string;
  breakdown: string;
  unit: string;
  periods: string[];
  flows: Record<string, Array<number | null>>;
}

/** Most series a page offers in its picker. */
export const MAX_SERIES = 200;
const FLOW_ORDER = ['total', 'export', 'import', 'balance', 'other'];

/** Collects rows into series; `result()` returns them headline first. */
export class SeriesCollector {
  private readonly series = new Map<string, { parts: Omit<ChartSeries, 'label' | 'periods' | 'flows'>; points: Map<string, Map<string, number>> }>();

  /** Takes one row; rows that are not a monthly value are not charted. */
  add(row: Observation): void {
    if (row.measure !== 'value' || row.value === null || !row.period_start || row.period_start !== row.period_end) return;
    const key = [row.area, row.partner, row.commodity, row.breakdown, row.unit].join('\u0000');
    let entry = this.series.get(key);
    if (!entry) {
      entry = { parts: { area: row.area, partner: row.partner, commodity: row.commodity, breakdown: row.breakdown, unit: row.unit }, points: new Map() };
      this.series.set(key, entry);
    }
    let byFlow = entry.points.get(row.period_start);
    if (!byFlow) entry.points.set(row.period_start, (byFlow = new Map()));
    byFlow.set(row.flow, row.value);
  }

  /** The series, headline first (whole-country totals with the world, all goods, no breakdown), then by number of points. */
  result(limit = MAX_SERIES): ChartSeries[] {
    const headline = (p: ChartSeries | Omit<ChartSeries, 'label' | 'periods' | 'flows'>) => (p.partner === 'World' ? 0 : 1) + (p.commodity === 'all goods' ? 0 : 1) + (p.breakdown === '' ? 0 : 1);
    return [...this.series.values()]
      .map(({ parts, points }) => {
        const periods = [...points.keys()].sort();
        const flows = [...new Set([...points.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => FLOW_ORDER.indexOf(a) - FLOW_ORDER.indexOf(b));
        const label = [parts.area, parts.partner === 'World' ? '' : `with ${parts.partner}`, parts.commodity, parts.breakdown, parts.unit].filter(Boolean).join(' · ');
        return { label, ...parts, periods, flows: Object.fromEntries(flows.map((f) => [f, periods.map((p) => points.get(p)?.get(f) ?? null)])) };
      })
      .sort((a, b) => headline(a) - headline(b) || b.periods.length - a.periods.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .slice(0, limit);
  }
}
