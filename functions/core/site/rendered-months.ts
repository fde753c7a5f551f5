/**
 * The points of the months a version's files rendered again, before and after, gathered while the
 * files step merges the new rows with the previous version's lines, so that the dataset page
 * (series-summary.ts) need not read those months back from both versions' observations.ndjson and
 * parse every line (at a million rows, 11 months and 33 MB of each version).
 *
 * The files step tells of every id of each stripe it renders: the row now and the previous
 * version's row (the same row when its line did not change; the previous line parsed when it did,
 * as the diff parses it anyway), then whether the stripe's digest changed. A point is read from
 * the row as its JSON line reads back (render.ts writes undefined and non-finite numbers as null,
 * -0 as 0), so the points equal those read from the files. Only a composed build tells (a whole
 * render would mean every month); past MAX_ROWS the months are dropped and the page reads them.
 */
import type { Observation } from '../contract.js';
import type { RenderedRows } from '../publish/build-version.js';
import { chartedParts, seriesKey, type MonthSeries, type MonthSeriesPoints, type SeriesParts } from './series.js';

/** Rows gathered at most: past this, the months are read back from the files as before. */
const MAX_ROWS = 250_000;

const text = (value: unknown) => (value === undefined ? null : value);
const figure = (value: unknown) => (typeof value === 'number' ? (Number.isFinite(value) ? value + 0 : null) : text(value));

/** The fields of a row a point reads, as its JSON line reads back. */
function asWritten(row: Observation): Observation {
  return {
    measure: text(row.measure),
    value: figure(row.value),
    period_start: text(row.period_start),
    period_end: text(row.period_end),
    area: text(row.area),
    partner: text(row.partner),
    commodity: text(row.commodity),
    breakdown: text(row.breakdown),
    unit: text(row.unit),
    flow: text(row.flow),
  } as Observation;
}

/**
 * The series and flows of the rendered months, each named once: a month's points refer to them by
 * number. Most series have a point in every rendered month, before and after.
 */
class SeriesNames {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly parts: SeriesParts[] = [];
  private readonly flowIds = new Map<string, number>();
  readonly flows: string[] = [];

  series(parts: SeriesParts): number {
    const key = seriesKey(parts);
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.keys.length));
      this.keys.push(key);
      this.parts.push(parts);
    }
    return id;
  }

  flow(flow: string): number {
    let id = this.flowIds.get(flow);
    if (id === undefined) {
      this.flowIds.set(flow, (id = this.flows.length));
      this.flows.push(flow);
    }
    return id;
  }
}

/**
 * One month's points, in parallel arrays: a month has one or a few points of each of thousands of
 * series, and a SeriesCollector per month (a map entry, parts and three arrays per series) held
 * about 70 MB at a million rows (11 months, before and after), most of the files step's live heap.
 * A series' points are chained in the order first seen; a later row of the same flow replaces the
 * value, as SeriesCollector does.
 */
class MonthPoints implements MonthSeries {
  /** A series' first point, by series number, in the order series were first seen. */
  private readonly first = new Map<number, number>();
  private readonly flow: number[] = [];
  private readonly value: number[] = [];
  /** The series' next point, -1 after its last. */
  private readonly next: number[] = [];

  constructor(private readonly names: SeriesNames) {}

  /** Adds a point of series `series` (SeriesNames numbers) and flow `flow`: a later one of the same flow replaces the value. */
  add(series: number, flow: number, value: number): void {
    let at = this.first.get(series);
    if (at === undefined) {
      this.first.set(series, this.point(flow, value));
      return;
    }
    for (;;) {
      if (this.flow[at] === flow) {
        this.value[at] = value;
        return;
      }
      if (this.next[at] < 0) break;
      at = this.next[at];
    }
    this.next[at] = this.point(flow, value);
  }

  private point(flow: number, value: number): number {
    this.flow.push(flow);
    this.value.push(value);
    this.next.push(-1);
    return this.flow.length - 1;
  }

  *keys(): Generator<string> {
    for (const series of this.first.keys()) yield this.names.keys[series];
  }

  *series(): Generator<MonthSeriesPoints> {
    for (const [series, first] of this.first) {
      const points = new Map<string, number>();
      for (let at = first; at >= 0; at = this.next[at]) points.set(this.names.flows[this.flow[at]], this.value[at]);
      yield { key: this.names.keys[series], parts: this.names.parts[series], points };
    }
  }
}

/** The months' points of one composed version, before and after, by month (period_end). */
export class RenderedMonths implements RenderedRows {
  private readonly names = new SeriesNames();
  private readonly before = new Map<string, MonthPoints>();
  private readonly after = new Map<string, MonthPoints>();
  private rows = 0;
  private overflowed = false;
  /** The flow and value of the row seriesOf read last. */
  private flow = 0;
  private value = 0;

  constructor(
    readonly dataset: string,
    readonly version: number,
  ) {}

  row(stripe: string, now: Observation | undefined, before: Observation | undefined): void {
    if (this.overflowed) return;
    if (++this.rows > MAX_ROWS) {
      this.overflowed = true;
      this.before.clear();
      this.after.clear();
      return;
    }
    // Both months exist once the stripe is rendered, with or without points.
    const after = this.month(this.after, stripe);
    const previous = this.month(this.before, stripe);
    // An unchanged row (most of them) is the same point before and after: its series is named once.
    const series = now ? this.seriesOf(asWritten(now)) : -1;
    if (series >= 0) after.add(series, this.flow, this.value);
    if (!before) return;
    if (before !== now) {
      const was = this.seriesOf(before);
      if (was >= 0) previous.add(was, this.flow, this.value);
    } else if (series >= 0) previous.add(series, this.flow, this.value);
  }

  /** The row's series number, its flow's and value noted in `flow` and `value`; -1 when the page charts no such row. */
  private seriesOf(row: Observation): number {
    const parts = chartedParts(row);
    if (!parts) return -1;
    this.flow = this.names.flow(row.flow);
    this.value = row.value!;
    return this.names.series(parts);
  }

  stripeEnd(stripe: string, changed: boolean): void {
    if (changed || this.overflowed) return;
    this.before.delete(stripe);
    this.after.delete(stripe);
  }

  /** The points of the given months before and after, when every one was rendered in this version's files; else null. */
  months(dataset: string, version: number, keys: Iterable<string>): { before: Map<string, MonthSeries>; after: Map<string, MonthSeries> } | null {
    if (this.overflowed || dataset !== this.dataset || version !== this.version) return null;
    const before = new Map<string, MonthSeries>();
    const after = new Map<string, MonthSeries>();
    for (const key of keys) {
      if (!this.before.has(key) || !this.after.has(key)) return null;
      before.set(key, this.before.get(key)!);
      after.set(key, this.after.get(key)!);
    }
    return { before, after };
  }

  private month(months: Map<string, MonthPoints>, stripe: string): MonthPoints {
    let month = months.get(stripe);
    if (!month) months.set(stripe, (month = new MonthPoints(this.names)));
    return month;
  }
}
