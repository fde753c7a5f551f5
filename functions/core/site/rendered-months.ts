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
import { SeriesCollector } from './series.js';

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

/** The months' points of one composed version, before and after, by month (period_end). */
export class RenderedMonths implements RenderedRows {
  private readonly before = new Map<string, SeriesCollector>();
  private readonly after = new Map<string, SeriesCollector>();
  private rows = 0;
  private overflowed = false;

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
    const after = this.collector(this.after, stripe);
    const previous = this.collector(this.before, stripe);
    const written = now ? asWritten(now) : undefined;
    if (written) after.add(written);
    if (before) previous.add(before === now ? written! : before);
  }

  stripeEnd(stripe: string, changed: boolean): void {
    if (changed || this.overflowed) return;
    this.before.delete(stripe);
    this.after.delete(stripe);
  }

  /** The points of the given months before and after, when every one was rendered in this version's files; else null. */
  months(dataset: string, version: number, keys: Iterable<string>): { before: Map<string, SeriesCollector>; after: Map<string, SeriesCollector> } | null {
    if (this.overflowed || dataset !== this.dataset || version !== this.version) return null;
    const before = new Map<string, SeriesCollector>();
    const after = new Map<string, SeriesCollector>();
    for (const key of keys) {
      if (!this.before.has(key) || !this.after.has(key)) return null;
      before.set(key, this.before.get(key)!);
      after.set(key, this.after.get(key)!);
    }
    return { before, after };
  }

  private collector(months: Map<string, SeriesCollector>, stripe: string): SeriesCollector {
    let collector = months.get(stripe);
    if (!collector) months.set(stripe, (collector = new SeriesCollector()));
    return collector;
  }
}
