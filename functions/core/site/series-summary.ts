/**
 * What a dataset page is drawn from, kept from one version to the next so that a version's page
 * costs what changed rather than the whole dataset: a page charts the MAX_SERIES series that rank
 * first (series.ts), and finding them once meant reading every row of observations.ndjson.
 *
 * A series' point for a month comes from that month's rows alone, which form one stripe of the
 * version's files (layout.ts), and equal stripe digests mean equal rows. So the summary of version
 * N is that of version N-1 with the stripes whose digest changed taken out (read back from version
 * N-1's observations.ndjson, ranged) and put in again (read from version N's). It keeps, for every
 * series, its parts and how many months it has a point in (what ranks it), and all the points of
 * the TRACKED series that rank first (what the page draws). A series that had no point before is
 * known in full from the stripes read. When a series the page must draw is not known in full (an
 * untracked one rose into the first MAX_SERIES), or the summary, a layout or a version's rules
 * are missing, the series are collected from every row again, as before: the page is the same
 * either way, byte for byte.
 *
 * It also keeps the history table's lines (version, date, rows, counts), so the page reads one
 * manifest, not one per earlier version. Bookkeeping next to the layouts, not part of a version.
 */
import * as z from '../zod.js';
import type { Observation, SnapshotManifest } from '../contract.js';
import type { BlobStore } from '../ports.js';
import { VERSION_FILES, versionPrefix } from '../publish/documents.js';
import { LayoutMemo, type VersionLayout } from '../publish/layout.js';
import { lines } from '../publish/streams.js';
import type { RenderedMonths } from './rendered-months.js';
import { chartedParts, chartSeries, collectedMonth, compareSeries, headlineRank, MAX_SERIES, SeriesCollector, seriesKey, seriesLabel, type ChartSeries, type CollectedPoints, type MonthSeries, type RankedSeries, type SeriesParts, type SeriesPoints } from './series.js';

/** Changes whenever what makes a row a point, or how points rank, changes: a summary of other rules is not reused. */
export const SERIES_RULES = 1;
/** Series whose points the summary keeps: the page's MAX_SERIES and as many again that could rise into them. */
export const TRACKED_SERIES = 4 * MAX_SERIES;

/** One line of the page's version history. */
export type HistoryLine = Pick<SnapshotManifest, 'version' | 'created_at' | 'row_count' | 'changes'>;

const Count = z.int().check(z.nonnegative());
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isPoint = (value: unknown) => Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'string' && typeof value[2] === 'number';

/**
 * The series and the tracked points, checked by loops rather than a schema per item: at a million
 * rows a summary holds 28,800 series and 160,000 points, and zod's array and tuple schemas took
 * several tenths of a second of CPU per read for them, more than parsing the JSON.
 */
const SeriesRows = z.custom<number[][]>((value) => Array.isArray(value) && value.every((s) => Array.isArray(s) && s.length === 6 && s.every(isCount)), { error: 'series: a list of six counts each expected' });
const TrackedPoints = z.custom<[number, [string, string, number][]][]>(
  (value) => Array.isArray(value) && value.every((t) => Array.isArray(t) && t.length === 2 && isCount(t[0]) && Array.isArray(t[1]) && t[1].every(isPoint)),
  { error: 'tracked: a list of [series, [period, flow, value] points] expected' },
);

export const SeriesSummarySchema = z.object({
  dataset: z.string(),
  version: z.int().check(z.positive()),
  rules: z.int(),
  /** Distinct texts of the series' parts; `series` refers to them by index. */
  texts: z.array(z.string()),
  /** Every series with a point: area, partner, commodity, breakdown and unit (indexes into texts), then its number of months. */
  series: SeriesRows,
  /** All points of the tracked series: index into `series`, then [period, flow, value] triples. */
  tracked: TrackedPoints,
  /** The page's history table, newest first. */
  history: z.array(z.object({ version: z.int().check(z.positive()), created_at: z.string(), row_count: Count, changes: z.object({ added: z.int(), revised: z.int(), removed: z.int() }) })),
});
type SeriesSummaryFile = z.infer<typeof SeriesSummarySchema>;

/** Key of a version's series summary. */
export const seriesSummaryKey = (dataset: string, version: number) => `datasets/${dataset}/_site/v${version}.json`;

/** One series as the summary holds it: points only when known in full (as a map, or as collected from every row). */
interface SeriesEntry extends RankedSeries {
  parts: SeriesParts;
  points?: SeriesPoints;
  collected?: CollectedPoints;
}

/** A series' points when known in full, else undefined. */
const pointsOf = (entry: SeriesEntry): SeriesPoints | undefined => entry.points ?? entry.collected?.toMap();

/** A series' entry with no months yet. */
const entryOf = (parts: SeriesParts, key = seriesKey(parts)): SeriesEntry => ({ parts, label: seriesLabel(parts), headline: headlineRank(parts), key, count: 0 });

/** Every series of a version by key, ranked on demand. */
class SeriesTable {
  readonly entries = new Map<string, SeriesEntry>();

  static fromCollector(collector: SeriesCollector): SeriesTable {
    const table = new SeriesTable();
    for (const [key, { parts, points }] of collector.series) table.entries.set(key, { ...entryOf(parts, key), count: points.months, collected: points });
    return table;
  }

  static fromFile(file: SeriesSummaryFile): SeriesTable {
    const table = new SeriesTable();
    const byIndex = file.series.map(([area, partner, commodity, breakdown, unit, count]) => {
      const parts = { area: file.texts[area], partner: file.texts[partner], commodity: file.texts[commodity], breakdown: file.texts[breakdown], unit: file.texts[unit] };
      const entry: SeriesEntry = { ...entryOf(parts), count };
      table.entries.set(entry.key, entry);
      return entry;
    });
    for (const [index, triples] of file.tracked) {
      const points: SeriesPoints = new Map();
      for (const [period, flow, value] of triples) {
        let byFlow = points.get(period);
        if (!byFlow) points.set(period, (byFlow = new Map()));
        byFlow.set(flow, value);
      }
      byIndex[index].points = points;
    }
    return table;
  }

  /**
   * Takes a month's points out (as an older version had them) and puts its new ones in. A series
   * left with no month is dropped; a series new to the table is known in full (it has no other
   * month). Returns false when the old points name a series the table does not hold.
   */
  replaceMonth(period: string, before: MonthSeries, after: MonthSeries): boolean {
    for (const key of before.keys()) {
      const entry = this.entries.get(key);
      if (!entry) return false;
      entry.count--;
      entry.points?.delete(period);
      if (entry.count === 0) this.entries.delete(key);
    }
    for (const { key, parts, points } of after.series()) {
      let entry = this.entries.get(key);
      if (!entry) this.entries.set(key, (entry = { ...entryOf(parts, key), points: new Map() }));
      entry.count++;
      entry.points?.set(period, points);
    }
    return true;
  }

  /** The page's series, or null when one of them is not known in full. */
  chart(ranked: SeriesEntry[]): ChartSeries[] | null {
    const shown = ranked.slice(0, MAX_SERIES).map((s) => ({ s, points: pointsOf(s) }));
    return shown.every(({ points }) => points) ? shown.map(({ s, points }) => chartSeries(s.parts, s.label, points!)) : null;
  }

  ranked(): SeriesEntry[] {
    return [...this.entries.values()].sort(compareSeries);
  }

  /** The summary file: every series' parts and months, the points of the first TRACKED_SERIES known ones. */
  toFile(dataset: string, version: number, ranked: SeriesEntry[], history: HistoryLine[]): SeriesSummaryFile {
    const texts = new Map<string, number>();
    const text = (t: string) => texts.get(t) ?? (texts.set(t, texts.size), texts.size - 1);
    const series = ranked.map((s) => [text(s.parts.area), text(s.parts.partner), text(s.parts.commodity), text(s.parts.breakdown), text(s.parts.unit), s.count]);
    const tracked: SeriesSummaryFile['tracked'] = [];
    for (let i = 0; i < ranked.length && tracked.length < TRACKED_SERIES; i++) {
      const points = pointsOf(ranked[i]);
      if (points) tracked.push([i, [...points].flatMap(([period, byFlow]) => [...byFlow].map(([flow, value]) => [period, flow, value] as [string, string, number]))]);
    }
    return { dataset, version, rules: SERIES_RULES, texts: [...texts.keys()], series, tracked, history: history.map(({ version: v, created_at, row_count, changes }) => ({ version: v, created_at, row_count, changes: { added: changes.added, revised: changes.revised, removed: changes.removed } })) };
  }
}

/** A version's series summary, or null when it has none usable (none written, or other rules). */
async function readSummary(blobs: BlobStore, dataset: string, version: number): Promise<SeriesSummaryFile | null> {
  const body = await blobs.get(seriesSummaryKey(dataset, version));
  if (!body) return null;
  const parsed = SeriesSummarySchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
  return parsed.success && parsed.data.rules === SERIES_RULES && parsed.data.version === version ? parsed.data : null;
}

/** Byte ranges of observations.ndjson holding the given stripes (adjacent stripes in one range). */
function stripeRanges(layout: VersionLayout, keys: Set<string>): Array<[number, number]> {
  const path = VERSION_FILES.ndjson.path;
  const ranges: Array<[number, number]> = [];
  layout.stripes.forEach((stripe, i) => {
    if (!keys.has(stripe.key)) return;
    const start = stripe.starts[path].at;
    const end = i + 1 < layout.stripes.length ? layout.stripes[i + 1].starts[path].at : layout.ends[path].at;
    const last = ranges.at(-1);
    if (last && last[1] === start) last[1] = end;
    else if (end > start) ranges.push([start, end]);
  });
  return ranges;
}

/** The points of the given stripes of a version, by month. */
async function monthsOf(blobs: BlobStore, dataset: string, version: number, layout: VersionLayout, keys: Set<string>): Promise<Map<string, MonthSeries>> {
  const months = new Map<string, SeriesCollector>([...keys].map((k) => [k, new SeriesCollector()]));
  const key = versionPrefix(dataset, version) + VERSION_FILES.ndjson.path;
  for (const [start, end] of stripeRanges(layout, keys)) {
    const body = await blobs.getRange(key, start, end);
    if (!body) throw new Error(`${key} is missing; the site cannot be rendered`);
    for await (const line of lines(body)) {
      const row = JSON.parse(line) as Observation;
      if (chartedParts(row)) months.get(row.period_end)?.add(row);
    }
  }
  return new Map([...months].map(([month, collector]) => [month, collectedMonth(collector, month)]));
}

/** The stripes whose rows differ between two layouts (by digest), with the ndjson bytes they span in both. */
function changedStripes(before: VersionLayout, after: VersionLayout): { keys: Set<string>; bytes: number } {
  const was = new Map(before.stripes.map((s) => [s.key, s.digest]));
  const is = new Map(after.stripes.map((s) => [s.key, s.digest]));
  const keys = new Set([...was.keys(), ...is.keys()].filter((k) => was.get(k) !== is.get(k)));
  const bytes = [before, after].flatMap((l) => stripeRanges(l, keys)).reduce((sum, [start, end]) => sum + end - start, 0);
  return { keys, bytes };
}

/**
 * The table of version N from version N-1's summary and the stripes that changed, or null when
 * it cannot be (no summary or layout, a layout without ndjson offsets, or more bytes to read than
 * a whole pass: then collecting every row is cheaper).
 */
async function updatedTable(blobs: BlobStore, manifest: SnapshotManifest, previous: SeriesSummaryFile, known: KnownToRun): Promise<SeriesTable | null> {
  const { dataset, version } = manifest;
  const layouts = known.layouts ?? new LayoutMemo(blobs);
  const [before, after] = await Promise.all([layouts.read(dataset, version - 1), layouts.read(dataset, version)]);
  const path = VERSION_FILES.ndjson.path;
  if (!before || !after || ![before, after].every((l) => l.ends[path] && l.stripes.every((s) => s.starts[path]))) return null;
  const changed = changedStripes(before, after);
  if (changed.bytes > after.ends[path].at) return null;
  // The months the version's files rendered are known from them; else read back from both versions.
  const rendered = known.rendered?.months(dataset, version, changed.keys);
  const [old, now] = rendered
    ? [rendered.before, rendered.after]
    : await Promise.all([monthsOf(blobs, dataset, version - 1, before, changed.keys), monthsOf(blobs, dataset, version, after, changed.keys)]);
  const table = SeriesTable.fromFile(previous);
  for (const period of changed.keys) if (!table.replaceMonth(period, old.get(period)!, now.get(period)!)) return null;
  return table;
}

/** Every series of a version, from every row of its observations.ndjson. */
async function collectedTable(blobs: BlobStore, manifest: SnapshotManifest): Promise<SeriesTable> {
  const key = versionPrefix(manifest.dataset, manifest.version) + VERSION_FILES.ndjson.path;
  const body = await blobs.getStream(key);
  if (!body) throw new Error(`${key} is missing; the site cannot be rendered`);
  const collector = new SeriesCollector();
  for await (const line of lines(body)) collector.add(JSON.parse(line) as Observation);
  return SeriesTable.fromCollector(collector);
}

/** The history table: this version, then the previous summary's lines (or each earlier manifest read, without one). */
async function historyOf(blobs: BlobStore, manifest: SnapshotManifest, previous: SeriesSummaryFile | null, readManifest: (version: number) => Promise<HistoryLine | null>): Promise<HistoryLine[]> {
  const history: HistoryLine[] = [manifest];
  if (previous) return [...history, ...previous.history].slice(0, MAX_HISTORY);
  for (let v = manifest.version - 1; v >= 1 && history.length < MAX_HISTORY; v--) {
    const older = await readManifest(v);
    if (older) history.push(older);
  }
  return history;
}

/** Most versions the history table lists. */
export const MAX_HISTORY = 100;

/** What the publish run that wrote the version already holds: its layouts, and the points of the months its files rendered. */
export interface KnownToRun {
  layouts?: LayoutMemo;
  rendered?: RenderedMonths;
}

/** What a dataset page shows of the version's rows and history, and how it was found. */
export interface PageData {
  series: ChartSeries[];
  history: HistoryLine[];
  /** 'updated' when read from the stripes that changed, 'collected' when from every row. */
  from: 'updated' | 'collected';
}

/**
 * The series and history a version's page shows, updated from the previous version's summary
 * where it can be and collected from every row where not (same result); writes this version's
 * summary for the next one.
 */
export async function pageData(blobs: BlobStore, manifest: SnapshotManifest, readManifest: (version: number) => Promise<HistoryLine | null>, known: KnownToRun = {}): Promise<PageData> {
  const { dataset, version } = manifest;
  const previous = version > 1 ? await readSummary(blobs, dataset, version - 1) : null;
  const history = await historyOf(blobs, manifest, previous, readManifest);
  let from: PageData['from'] = 'updated';
  let table = previous ? await updatedTable(blobs, manifest, previous, known) : null;
  let ranked = table?.ranked();
  let series = table && ranked ? table.chart(ranked) : null;
  if (!series) {
    from = 'collected';
    table = await collectedTable(blobs, manifest);
    ranked = table.ranked();
    series = table.chart(ranked)!;
  }
  const file = table!.toFile(dataset, version, ranked!, history);
  await blobs.put(seriesSummaryKey(dataset, version), new TextEncoder().encode(JSON.stringify(file)), { contentType: 'application/json', cacheControl: 'no-cache' });
  return { series, history, from };
}
