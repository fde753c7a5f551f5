/**
 * The headline series a dataset page charts: monthly values (measure `value`, one-month periods)
 * by flow, one series per area × partner × commodity × breakdown × unit. Built in one pass over a
 * version's rows; only the series with the most points are kept, so a page stays small however
 * large the dataset is. A series' points for a month come from that month's rows alone (its
 * stripe), which is what lets series-summary.ts update them from the stripes that changed.
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

/** What names a series. */
export type SeriesParts = Pick<ChartSeries, 'area' | 'partner' | 'commodity' | 'breakdown' | 'unit'>;
/** A series' values: period → flow → value. */
export type SeriesPoints = Map<string, Map<string, number>>;

/** Most series a page offers in its picker. */
export const MAX_SERIES = 200;
const FLOW_ORDER = ['total', 'export', 'import', 'balance', 'other'];

/** The parts of the series a row is a point of, or null for a row that is not a monthly value. */
export function chartedParts(row: Observation): SeriesParts | null {
  if (row.measure !== 'value' || row.value === null || !row.period_start || row.period_start !== row.period_end) return null;
  return { area: row.area, partner: row.partner, commodity: row.commodity, breakdown: row.breakdown, unit: row.unit };
}

/** The key of a series (its parts joined). */
export const seriesKey = (p: SeriesParts) => [p.area, p.partner, p.commodity, p.breakdown, p.unit].join('\u0000');

/** The label the picker shows. */
export const seriesLabel = (p: SeriesParts) => [p.area, p.partner === 'World' ? '' : `with ${p.partner}`, p.commodity, p.breakdown, p.unit].filter(Boolean).join(' · ');

/** 0 for a whole-country total with the world, all goods and no breakdown; one more for each part that narrows it. */
export const headlineRank = (p: SeriesParts) => (p.partner === 'World' ? 0 : 1) + (p.commodity === 'all goods' ? 0 : 1) + (p.breakdown === '' ? 0 : 1);

/** A series as the page ranks it: its headline rank, number of periods with a point, label and key. */
export interface RankedSeries {
  headline: number;
  count: number;
  label: string;
  key: string;
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Page order: headline first, then most periods, then by label (and key, so equal labels have one order too). */
export function compareSeries(a: RankedSeries, b: RankedSeries): number {
  return a.headline - b.headline || b.count - a.count || byText(a.label, b.label) || byText(a.key, b.key);
}

/** The charted form of one series' points: periods in order, flows in FLOW_ORDER, null where a flow has no value. */
export function chartSeries(parts: SeriesParts, label: string, points: SeriesPoints): ChartSeries {
  const periods = [...points.keys()].sort();
  const flows = [...new Set([...points.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => FLOW_ORDER.indexOf(a) - FLOW_ORDER.indexOf(b));
  return { label, ...parts, periods, flows: Object.fromEntries(flows.map((f) => [f, periods.map((p) => points.get(p)?.get(f) ?? null)])) };
}

/**
 * One series' points as rows gave them, in three parallel arrays: a dataset of a million monthly
 * values would need a Map per series and month (about 240 MB of heap), these about a tenth.
 */
export class CollectedPoints {
  readonly periods: string[] = [];
  readonly flows: string[] = [];
  readonly values: number[] = [];
  /** Distinct periods with a point (what ranks the series). */
  months = 0;

  /** Whether every point so far came in publish order (periods never decreasing). */
  private inOrder = true;

  /** Sets a point; a later row of the same period and flow replaces the earlier one. */
  set(period: string, flow: string, value: number): void {
    const { periods, flows, values } = this;
    if (this.inOrder && periods.length > 0 && periods[periods.length - 1] > period) this.inOrder = false;
    // In publish order a period's points are the last ones, so only they are looked at; rows out
    // of order (never so in a version's file) are looked up among all.
    let newPeriod = true;
    for (let i = periods.length - 1; i >= 0; i--) {
      if (periods[i] !== period) {
        if (this.inOrder) break;
        continue;
      }
      newPeriod = false;
      if (flows[i] === flow) {
        values[i] = value;
        return;
      }
    }
    if (newPeriod) this.months++;
    periods.push(period);
    flows.push(flow);
    values.push(value);
  }

  /** The points as period → flow → value. */
  toMap(): SeriesPoints {
    const points: SeriesPoints = new Map();
    for (let i = 0; i < this.periods.length; i++) {
      let byFlow = points.get(this.periods[i]);
      if (!byFlow) points.set(this.periods[i], (byFlow = new Map()));
      byFlow.set(this.flows[i], this.values[i]);
    }
    return points;
  }
}

/** One series' points in one month: flow → value (flows in the order first seen; a later row's value replaces an earlier one's). */
export interface MonthSeriesPoints {
  key: string;
  parts: SeriesParts;
  points: Map<string, number>;
}

/** One month's points of every series with one, as a page summary takes a month out and puts it in again (series-summary.ts). */
export interface MonthSeries {
  /** The key of each series with a point in the month. */
  keys(): Iterable<string>;
  /** Each series with a point in the month, with its points. */
  series(): Iterable<MonthSeriesPoints>;
}

/** A collector of one month's rows (period `period`) as that month's points. */
export function collectedMonth(collector: SeriesCollector, period: string): MonthSeries {
  return {
    keys: () => collector.series.keys(),
    *series() {
      for (const [key, { parts, points }] of collector.series) yield { key, parts, points: points.toMap().get(period)! };
    },
  };
}

/** Collects rows into series; `result()` returns them headline first. */
export class SeriesCollector {
  readonly series = new Map<string, { parts: SeriesParts; points: CollectedPoints }>();
  /** One string per distinct period and flow, shared by every point (rows parsed apart each bring their own). */
  private readonly texts = new Map<string, string>();
  private text(value: string): string {
    const known = this.texts.get(value);
    if (known !== undefined) return known;
    this.texts.set(value, value);
    return value;
  }

  /** Takes one row; rows that are not a monthly value are not charted. A later row of the same point replaces the earlier one. */
  add(row: Observation): void {
    const parts = chartedParts(row);
    if (!parts) return;
    const key = seriesKey(parts);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { parts, points: new CollectedPoints() };
      this.series.set(key, entry);
    }
    entry.points.set(this.text(row.period_start), this.text(row.flow), row.value!);
  }

  /** The series, headline first (whole-country totals with the world, all goods, no breakdown), then by number of points. */
  result(limit = MAX_SERIES): ChartSeries[] {
    return [...this.series.entries()]
      .map(([key, { parts, points }]) => ({ parts, points, key, label: seriesLabel(parts), headline: headlineRank(parts), count: points.months }))
      .sort(compareSeries)
      .slice(0, limit)
      .map((s) => chartSeries(s.parts, s.label, s.points.toMap()));
  }
}
