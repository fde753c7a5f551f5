/**
 * The headline series a dataset page charts: monthly values (measure `value`, one-month periods)
 * by flow, one series per area × partner × commodity × breakdown × unit. Built in one pass over a
 * version's rows; only the series with the most points are kept, so a page stays small however
 * large the dataset is. A series' points for a month come from that month's rows alone (its
 * stripe), which is what lets series-summary.ts update them from the stripes that changed.
 */
import type { Observation } from '../contract.js';
import { TextDictionary } from '../text-dictionary.js';

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

/** The members of a row a page reads, in the order `jsonRecord` (render.ts) writes them, and how each is found in a line. */
const LINE_FIELDS = ['area', 'partner', 'flow', 'commodity', 'breakdown', 'measure', 'period_start', 'period_end', 'value', 'unit'] as const;
const LINE_KEYS = LINE_FIELDS.map((field) => `,${JSON.stringify(field)}:`);
/** A JSON number, as JSON.parse reads it (and Number reads it to the same figure). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * The members of an observations.ndjson line that `chartedParts` and a point read, without
 * parsing the rest of the line (an id, a quote, a link and a dozen more members a row): each found
 * after the one before, as `jsonRecord` writes them, a text taken between its quotes when it holds
 * no escape, a figure by Number, null as null: what JSON.parse makes of the same members. Outside a
 * text every quote is a text's own, so `,"area":` can only be that member's key. A line not so
 * written (other members, another order, an escape in a text read, a member that is neither) is
 * parsed whole.
 */
export function chartedFields(line: string): Observation {
  const read: unknown[] = [];
  let at = 0;
  for (let i = 0; i < LINE_KEYS.length; i++) {
    const key = LINE_KEYS[i];
    const found = line.indexOf(key, at);
    if (found < 0) return JSON.parse(line) as Observation;
    const start = found + key.length;
    if (line.charCodeAt(start) === 34) {
      const end = line.indexOf('"', start + 1);
      const text = line.slice(start + 1, end);
      if (end < 0 || text.includes('\\')) return JSON.parse(line) as Observation;
      read.push(text);
      at = end + 1;
      continue;
    }
    let end = start;
    for (let c = line.charCodeAt(end); end < line.length && c !== 44 && c !== 125; c = line.charCodeAt(++end));
    const text = line.slice(start, end);
    if (text !== 'null' && !JSON_NUMBER.test(text)) return JSON.parse(line) as Observation;
    read.push(text === 'null' ? null : Number(text));
    at = end;
  }
  // One literal, so every row read has the same shape (members added one by one by name were slower to make and to read).
  const [area, partner, flow, commodity, breakdown, measure, period_start, period_end, value, unit] = read;
  return { area, partner, flow, commodity, breakdown, measure, period_start, period_end, value, unit } as Observation;
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

/** A series' points in order: how many, and each one's period, flow and value. */
export interface OrderedPoints {
  size: number;
  forEach(emit: (period: string, flow: string, value: number) => void): void;
}

/** Points in a block of columns (20 bytes each: 1.25 MB a block); the first block grows to it, later ones start full. */
const BLOCK_BITS = 16;
const BLOCK_POINTS = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK_POINTS - 1;

/** One block of the columns. */
class PointBlock {
  readonly period: Int32Array;
  readonly flow: Int32Array;
  readonly value: Float64Array;
  readonly before: Int32Array;

  constructor(size: number, from?: PointBlock) {
    this.period = new Int32Array(size);
    this.flow = new Int32Array(size);
    this.value = new Float64Array(size);
    this.before = new Int32Array(size);
    if (!from) return;
    this.period.set(from.period);
    this.flow.set(from.flow);
    this.value.set(from.value);
    this.before.set(from.before);
  }
}

/**
 * Points of many series in columns: period and flow as numbers of their texts, the value, and the
 * series' point before it (-1 for its first). A million monthly values held as three arrays per
 * series (pointers to the period and flow texts and the values) took about 40 MB of heap that
 * grew while every row of a first version was read, all of it outliving the young generation;
 * here they take 20 bytes a point outside the heap. The columns grow by blocks, not by doubling:
 * a doubling at a million points held the old 10 MB and the new 20 MB at once, the old columns
 * then left as garbage for a full collection, while the files step writes the version's bytes.
 */
export class PointColumns extends TextDictionary {
  private readonly blocks: PointBlock[] = [new PointBlock(1024)];
  private size = 0;

  /** Adds a point after `before` (its series' last point, or -1): its index. */
  add(period: number, flow: number, value: number, before: number): number {
    const at = this.size++;
    const block = this.blockFor(at);
    const i = at & IN_BLOCK;
    block.period[i] = period;
    block.flow[i] = flow;
    block.value[i] = value;
    block.before[i] = before;
    return at;
  }

  periodAt(at: number): number {
    return this.blocks[at >>> BLOCK_BITS].period[at & IN_BLOCK];
  }

  flowAt(at: number): number {
    return this.blocks[at >>> BLOCK_BITS].flow[at & IN_BLOCK];
  }

  valueAt(at: number): number {
    return this.blocks[at >>> BLOCK_BITS].value[at & IN_BLOCK];
  }

  setValueAt(at: number, value: number): void {
    this.blocks[at >>> BLOCK_BITS].value[at & IN_BLOCK] = value;
  }

  beforeAt(at: number): number {
    return this.blocks[at >>> BLOCK_BITS].before[at & IN_BLOCK];
  }

  /** The block point `at` goes in: the first one doubled until it is a block's size, then a new block per BLOCK_POINTS points. */
  private blockFor(at: number): PointBlock {
    const index = at >>> BLOCK_BITS;
    if (index === this.blocks.length) this.blocks.push(new PointBlock(BLOCK_POINTS));
    const block = this.blocks[index];
    if (index > 0 || at < block.period.length) return block;
    return (this.blocks[0] = new PointBlock(Math.min(BLOCK_POINTS, block.period.length * 2), block));
  }
}

/** One series' points as rows gave them, chained in `store` (shared by a collector's series). */
export class CollectedPoints {
  /** The series' last point in the store (-1: none yet). */
  private last = -1;
  /** Distinct periods with a point (what ranks the series). */
  months = 0;

  /** Whether every point so far came in publish order (periods never decreasing). */
  private inOrder = true;

  constructor(private readonly store = new PointColumns()) {}

  /** Sets a point; a later row of the same period and flow replaces the earlier one. */
  set(period: string, flow: string, value: number): void {
    const store = this.store;
    if (this.inOrder && this.last >= 0 && store.texts[store.periodAt(this.last)] > period) this.inOrder = false;
    const p = store.code(period);
    const f = store.code(flow);
    // In publish order a period's points are the last ones, so only they are looked at; rows out
    // of order (never so in a version's file) are looked up among all.
    let newPeriod = true;
    for (let i = this.last; i >= 0; i = store.beforeAt(i)) {
      if (store.periodAt(i) !== p) {
        if (this.inOrder) break;
        continue;
      }
      newPeriod = false;
      if (store.flowAt(i) === f) {
        store.setValueAt(i, value);
        return;
      }
    }
    if (newPeriod) this.months++;
    this.last = store.add(p, f, value, this.last);
  }

  /** The store's indexes of the points, in the order first set. */
  private indexes(): number[] {
    const out: number[] = [];
    for (let i = this.last; i >= 0; i = this.store.beforeAt(i)) out.push(i);
    return out.reverse();
  }

  /** The period of each point, in the order first set. */
  get periods(): string[] {
    return this.indexes().map((i) => this.store.texts[this.store.periodAt(i)]);
  }

  /** Visits each point's index in the store, the last set first. */
  eachPoint(visit: (at: number) => void): void {
    for (let i = this.last; i >= 0; i = this.store.beforeAt(i)) visit(i);
  }

  /** The points as period → flow → value. */
  toMap(): SeriesPoints {
    const { store } = this;
    const { texts } = store;
    const points: SeriesPoints = new Map();
    for (const i of this.indexes()) {
      const period = texts[store.periodAt(i)];
      let byFlow = points.get(period);
      if (!byFlow) points.set(period, (byFlow = new Map()));
      byFlow.set(texts[store.flowAt(i)], store.valueAt(i));
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
  /** Every series' points, in columns (one string per distinct period and flow). */
  private readonly points = new PointColumns();

  /** Takes one row; rows that are not a monthly value are not charted. A later row of the same point replaces the earlier one. */
  add(row: Observation): void {
    const parts = chartedParts(row);
    if (!parts) return;
    const key = seriesKey(parts);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { parts, points: new CollectedPoints(this.points) };
      this.series.set(key, entry);
    }
    entry.points.set(row.period_start, row.flow, row.value!);
  }

  /**
   * The points of `series` (this collector's) one block of periods at a time (`blockOf` names each
   * period's block; blocks in code-unit order): each series' points in the block, by period and then
   * flow in code-unit order, or null where it has none. Two passes over the series' points group
   * them into one column of indexes (four bytes a point), rather than a map per period and series.
   */
  *byBlock(series: CollectedPoints[], blockOf: (period: string) => string): Generator<[string, Array<OrderedPoints | null>]> {
    const store = this.points;
    const { texts } = store;
    const names: string[] = [];
    const numbered = new Map<string, number>();
    // Each period's block number, by the period's number in the store.
    const blockAt: number[] = [];
    const blockOfPoint = (at: number) => {
      const period = store.periodAt(at);
      const known = blockAt[period];
      if (known !== undefined) return known;
      const name = blockOf(texts[period]);
      let block = numbered.get(name);
      if (block === undefined) numbered.set(name, (block = names.push(name) - 1));
      return (blockAt[period] = block);
    };
    const counts: number[] = [];
    for (const s of series)
      s.eachPoint((at) => {
        const b = blockOfPoint(at);
        counts[b] = (counts[b] ?? 0) + 1;
      });
    // Each block's points, series after series: the store's index of each and its series' place.
    const starts = [0];
    names.forEach((_, b) => starts.push(starts[b] + counts[b]));
    const fill = starts.slice(0, -1);
    const points = new Int32Array(starts[names.length]);
    const owners = new Int32Array(points.length);
    series.forEach((s, k) =>
      s.eachPoint((at) => {
        const to = fill[blockOfPoint(at)]++;
        points[to] = at;
        owners[to] = k;
      }),
    );
    const text = (at: number, flow: boolean) => texts[flow ? store.flowAt(at) : store.periodAt(at)];
    // Distinct (period, flow) pairs in a series: a later row of a point replaced the earlier one's value.
    const inOrder = (a: number, b: number) => byText(text(a, false), text(b, false)) || byText(text(a, true), text(b, true));
    for (const b of names.map((_, b) => b).sort((x, y) => byText(names[x], names[y]))) {
      const bySeries: Array<OrderedPoints | null> = series.map(() => null);
      for (let from = starts[b]; from < starts[b + 1]; ) {
        let to = from + 1;
        while (to < starts[b + 1] && owners[to] === owners[from]) to++;
        const run = points.subarray(from, to).sort(inOrder);
        bySeries[owners[from]] = {
          size: run.length,
          forEach(emit) {
            for (const at of run) emit(text(at, false), text(at, true), store.valueAt(at));
          },
        };
        from = to;
      }
      yield [names[b], bySeries];
    }
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
