/**
 * What a dataset page is drawn from, kept from one version to the next so that a version's page
 * costs what changed rather than the whole dataset: a page charts the MAX_SERIES series that rank
 * first (series.ts), and finding them once meant reading every row of observations.ndjson.
 *
 * A series' point for a month comes from that month's rows alone, which form one stripe of the
 * version's files (layout.ts), and equal stripe digests mean equal rows. So the summary of version
 * N is that of version N-1 with the stripes whose digest changed taken out (as the files step
 * rendered them, else read back from version N-1's observations.ndjson, ranged) and put in again.
 *
 * It comes in two parts. The index (`_site/v<N>.json`) keeps, for every series, its parts and how
 * many months it has a point in (what ranks it), which series are tracked (the TRACKED_SERIES
 * known in full that rank first: the page's and as many again that could rise into them), the
 * pieces, and the history table's lines (version, date, rows, counts), so the page reads one
 * manifest, not one per earlier version. The points of the tracked series are in pieces, one per
 * block of months (a year: `pieceBlock`), each named by the SHA-256 of its bytes
 * (`_site/pieces/<sha256>.json`, written once, never replaced) and listed in the index with its
 * bytes and checksum. A version writes again only the pieces of the blocks its changed stripes
 * fall in and names the others as the previous index did: nothing is copied. A monthly release
 * writes one or two pieces and the index, not every month of the 800 tracked series again. A
 * block's points are two pieces (rules 3): the drawn series' (the page's, each listed) and the rest
 * of the tracked ones', so a page reads the rest only of the blocks it writes again (or where a
 * series it draws now was not drawn when the block was written): a quarter of the bytes.
 *
 * A piece written in version K holds the points of its months of every series tracked in K. A
 * series is tracked in N only if it was in N-1 or is new in N (every month it has changed), so
 * every month of it that no change reached is in the piece the previous index names. When a
 * series the page must draw is not known in full (an untracked one rose into the first
 * MAX_SERIES), or the summary, a piece, a layout or a version's rules are missing or do not match
 * their checksum, the series are collected from every row again and every piece is written: the
 * page is the same either way, byte for byte. Bookkeeping next to the layouts, not part of a version.
 */
import * as z from '../zod.js';
import type { SnapshotManifest } from '../contract.js';
import { sha256Hex } from '../identity.js';
import type { BlobStore } from '../ports.js';
import { VERSION_FILES, versionPrefix } from '../publish/documents.js';
import { LayoutMemo, type VersionLayout } from '../publish/layout.js';
import { forEachLine } from '../publish/streams.js';
import type { RenderedMonths } from './rendered-months.js';
import { chartedFields, chartedParts, chartSeries, collectedMonth, compareSeries, headlineRank, MAX_SERIES, SeriesCollector, seriesKey, seriesLabel, type ChartSeries, type CollectedPoints, type MonthSeries, type OrderedPoints, type RankedSeries, type SeriesParts, type SeriesPoints } from './series.js';

/** Changes whenever what makes a row a point, how points rank, or the summary's form changes: a summary of other rules is not reused (3: a block's points in two pieces). */
export const SERIES_RULES = 3;
/** Series whose points the summary keeps: the page's MAX_SERIES and as many again that could rise into them. */
export const TRACKED_SERIES = 4 * MAX_SERIES;

/** The block of months a period's points are kept in: its year (a monthly release touches one or two). */
export const pieceBlock = (period: string) => period.slice(0, 4);

/**
 * A block's points are two pieces: the drawn one, named by the block, with the series the page
 * drew when it was written (each listed, with or without a point in the block), and the rest of
 * the tracked series' points, named by the block and this suffix. A page needs only the drawn
 * pieces of the blocks it does not write again, as long as each lists every series it draws.
 */
const REST_PIECE = ' rest';
/** The block a piece's points belong to. */
const blockOfPiece = (name: string) => (name.endsWith(REST_PIECE) ? name.slice(0, -REST_PIECE.length) : name);

/** One line of the page's version history. */
export type HistoryLine = Pick<SnapshotManifest, 'version' | 'created_at' | 'row_count' | 'changes'>;

const Count = z.int().check(z.nonnegative());
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
/**
 * A summary file's texts, numbered in order of first use so each is written once; `parts` gives a
 * series' five (area, partner, commodity, breakdown, unit) in that order, as `partsAt` reads them back.
 */
class TextCodes {
  private readonly codes = new Map<string, number>();
  code(text: string): number {
    return this.codes.get(text) ?? (this.codes.set(text, this.codes.size), this.codes.size - 1);
  }
  parts(p: SeriesParts): number[] {
    return [this.code(p.area), this.code(p.partner), this.code(p.commodity), this.code(p.breakdown), this.code(p.unit)];
  }
  get texts(): string[] {
    return [...this.codes.keys()];
  }
}

/** The series parts whose five text numbers start at `at` in `codes`. */
const partsAt = (texts: string[], codes: ArrayLike<number>, at: number): SeriesParts => ({ area: texts[codes[at]], partner: texts[codes[at + 1]], commodity: texts[codes[at + 2]], breakdown: texts[codes[at + 3]], unit: texts[codes[at + 4]] });

/** Texts in code-unit order (the summary's files sort by it, so the same content makes the same bytes). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isFlatOf = (value: unknown, width: number, ok: (item: unknown, column: number) => boolean) =>
  Array.isArray(value) && value.length % width === 0 && value.every((item, i) => ok(item, i % width));

/**
 * The series, tracked indexes and points, checked by loops rather than a schema per item: at a
 * million rows a summary holds 28,800 series and a piece 29,000 points, and zod's array and tuple
 * schemas took several tenths of a second of CPU per read for them, more than parsing the JSON.
 */
const SeriesRows = z.custom<number[][]>((value) => Array.isArray(value) && value.every((s) => Array.isArray(s) && s.length === 6 && s.every(isCount)), { error: 'series: a list of six counts each expected' });
const TrackedIndexes = z.custom<number[]>((value) => Array.isArray(value) && value.every((t, i) => isCount(t) && (i === 0 || t > value[i - 1])), { error: 'tracked: increasing indexes into series expected' });
/** A piece's series: five text numbers each (area, partner, commodity, breakdown, unit), one after another. */
const PieceSeries = z.custom<number[]>((value) => isFlatOf(value, 5, isCount), { error: 'series: five text numbers per series expected' });
/** A piece's points: series number, period and flow (text numbers), value, one after another. */
const PiecePoints = z.custom<number[]>((value) => isFlatOf(value, 4, (item, column) => (column < 3 ? isCount(item) : typeof item === 'number')), { error: 'points: series, period, flow and value per point expected' });

/** Where a block's points are: the piece's key, its bytes and their SHA-256. */
const PieceRef = z.object({ block: z.string(), key: z.string(), bytes: Count, sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) });
type PieceRef = z.infer<typeof PieceRef>;

export const SeriesSummarySchema = z.object({
  dataset: z.string(),
  version: z.int().check(z.positive()),
  rules: z.int(),
  /** Distinct texts of the series' parts; `series` refers to them by index. */
  texts: z.array(z.string()),
  /** Every series with a point, in page order: area, partner, commodity, breakdown and unit (indexes into texts), then its number of months. */
  series: SeriesRows,
  /** The series whose points the pieces keep (indexes into `series`). */
  tracked: TrackedIndexes,
  /** One piece per block of months with a point of a tracked series, by block. */
  pieces: z.array(PieceRef),
  /** The page's history table, newest first. */
  history: z.array(z.object({ version: z.int().check(z.positive()), created_at: z.string(), row_count: Count, changes: z.object({ added: z.int(), revised: z.int(), removed: z.int() }) })),
});
type SeriesSummaryFile = z.infer<typeof SeriesSummarySchema>;

/** One block of months of the tracked series' points; numbers in `series` and `points` refer to `texts`, points' first number to a series. */
export const SeriesPieceSchema = z.object({ block: z.string(), texts: z.array(z.string()), series: PieceSeries, points: PiecePoints });
type SeriesPieceFile = z.infer<typeof SeriesPieceSchema>;

/** Key of a version's series summary (its index). */
export const seriesSummaryKey = (dataset: string, version: number) => `datasets/${dataset}/_site/v${version}.json`;
/** Key of a piece: named by its bytes, so a block no change reaches keeps its piece from version to version. */
export const seriesPieceKey = (dataset: string, sha256: string) => `datasets/${dataset}/_site/pieces/${sha256}.json`;

/** One series as the summary holds it: whether its points are known in full, and then (when collected from every row) the points. */
interface SeriesEntry extends RankedSeries {
  parts: SeriesParts;
  known: boolean;
  collected?: CollectedPoints;
}

/** A series' entry with no months yet. */
const entryOf = (parts: SeriesParts, known: boolean, key = seriesKey(parts)): SeriesEntry => ({ parts, label: seriesLabel(parts), headline: headlineRank(parts), key, count: 0, known });

/** Every series of a version by key, ranked on demand. */
class SeriesTable {
  readonly entries = new Map<string, SeriesEntry>();

  static fromCollector(collector: SeriesCollector): SeriesTable {
    const table = new SeriesTable();
    for (const [key, { parts, points }] of collector.series) table.entries.set(key, { ...entryOf(parts, true, key), count: points.months, collected: points });
    return table;
  }

  static fromFile(file: SeriesSummaryFile): SeriesTable {
    const table = new SeriesTable();
    const tracked = new Set(file.tracked);
    file.series.forEach((codes, i) => {
      const entry: SeriesEntry = { ...entryOf(partsAt(file.texts, codes, 0), tracked.has(i)), count: codes[5] };
      table.entries.set(entry.key, entry);
    });
    return table;
  }

  /**
   * Takes a month's points out (as an older version had them) and puts its new ones in. A series
   * left with no month is dropped; a series new to the table is known in full (it has no other
   * month). Returns false when the old points name a series the table does not hold.
   */
  replaceMonth(before: MonthSeries, after: MonthSeries): boolean {
    for (const key of before.keys()) {
      const entry = this.entries.get(key);
      if (!entry) return false;
      if (--entry.count === 0) this.entries.delete(key);
    }
    for (const { key, parts } of after.series()) {
      let entry = this.entries.get(key);
      if (!entry) this.entries.set(key, (entry = entryOf(parts, true, key)));
      entry.count++;
    }
    return true;
  }

  ranked(): SeriesEntry[] {
    return [...this.entries.values()].sort(compareSeries);
  }
}

/** The series a version tracks: the first TRACKED_SERIES known in full, in page order. */
const trackedOf = (ranked: SeriesEntry[]) => ranked.filter((s) => s.known).slice(0, TRACKED_SERIES);

/** Points by series key, then period, then flow: a page's series, or a block's tracked ones. */
class PointsBySeries {
  readonly series = new Map<string, { parts: SeriesParts; points: SeriesPoints }>();

  set(key: string, parts: SeriesParts, period: string, flow: string, value: number): void {
    const points = this.pointsOf(key, parts);
    let byFlow = points.get(period);
    if (!byFlow) points.set(period, (byFlow = new Map()));
    byFlow.set(flow, value);
  }

  private pointsOf(key: string, parts: SeriesParts): SeriesPoints {
    let entry = this.series.get(key);
    if (!entry) this.series.set(key, (entry = { parts, points: new Map() }));
    return entry.points;
  }

  /** A month's points of the series `wanted` takes. */
  setMonth(period: string, month: MonthSeries, wanted: (key: string) => boolean): void {
    for (const { key, parts, points } of month.series()) if (wanted(key)) for (const [flow, value] of points) this.set(key, parts, period, flow, value);
  }
}

/** One series of a block's piece: its parts and its points in the block, by period and then flow in code-unit order. */
interface PieceSeriesPoints {
  parts: SeriesParts;
  points: OrderedPoints;
}

/** Points kept as period → flow → value, in a piece's order (the maps are read, not copied). */
function orderedOf(byPeriod: SeriesPoints): OrderedPoints {
  let size = 0;
  for (const byFlow of byPeriod.values()) size += byFlow.size;
  return {
    size,
    forEach(emit) {
      for (const period of [...byPeriod.keys()].sort()) {
        const byFlow = byPeriod.get(period)!;
        for (const flow of [...byFlow.keys()].sort()) emit(period, flow, byFlow.get(flow)!);
      }
    },
  };
}

/** A block's series as a piece takes them, by key. */
const pieceSeriesOf = (points: PointsBySeries) => new Map([...points.series].map(([key, { parts, points: byPeriod }]) => [key, { parts, points: orderedOf(byPeriod) }]));

const NO_POINTS: OrderedPoints = { size: 0, forEach() {} };

/**
 * A block's piece: its series by key and their points by period and flow (sorted), so the same
 * points always make the same bytes, and so the same key.
 */
function pieceFile(block: string, points: Map<string, PieceSeriesPoints>): SeriesPieceFile {
  const texts = new TextCodes();
  const series: number[] = [];
  const flat: number[] = [];
  const byKey = [...points].sort(([a], [b]) => byCodeUnit(a, b));
  byKey.forEach(([, { parts, points: ordered }], i) => {
    series.push(...texts.parts(parts));
    ordered.forEach((period, flow, value) => flat.push(i, texts.code(period), texts.code(flow), value));
  });
  return { block, texts: texts.texts, series, points: flat };
}

/**
 * Writes a block's piece (once: its key is its checksum) and returns where it is. The body is made
 * before anything waits, so the points are not held while the piece uploads (a first version makes
 * every block's pieces in turn, each block's points dropped once its bodies are made).
 */
function writePiece(blobs: BlobStore, dataset: string, block: string, points: Map<string, PieceSeriesPoints>): Promise<PieceRef> {
  return putPiece(blobs, dataset, block, new TextEncoder().encode(JSON.stringify(pieceFile(block, points))));
}

async function putPiece(blobs: BlobStore, dataset: string, block: string, body: Uint8Array): Promise<PieceRef> {
  const sha256 = sha256Hex(body);
  const key = seriesPieceKey(dataset, sha256);
  await blobs.putImmutable(key, body, { contentType: 'application/json', cacheControl: 'no-cache' });
  return { block, key, bytes: body.length, sha256 };
}

/** Writes a block's pieces: the drawn one (every series of `shown` listed) and, when other tracked series have points there, the rest. */
function writeBlock(blobs: BlobStore, dataset: string, block: string, points: Map<string, PieceSeriesPoints>, shown: SeriesEntry[]): Promise<PieceRef[]> {
  const drawn = new Map<string, PieceSeriesPoints>();
  const rest = new Map<string, PieceSeriesPoints>();
  for (const s of shown) drawn.set(s.key, { parts: s.parts, points: NO_POINTS });
  for (const [key, entry] of points) (drawn.has(key) ? drawn : rest).set(key, entry);
  const parts: Array<[string, Map<string, PieceSeriesPoints>]> = rest.size > 0 ? [[block, drawn], [block + REST_PIECE, rest]] : [[block, drawn]];
  return Promise.all(parts.map(([name, part]) => writePiece(blobs, dataset, name, part)));
}

/** A count below `end`. */
const isCountBelow = (value: unknown, end: number) => isCount(value) && (value as number) < end;

/**
 * A piece's body as the page writes it, or null: what SeriesPieceSchema accepts, with every
 * number that names a text or a series naming one the piece has. Checked in plain loops: each
 * version's page reads the drawn piece of every year (at 1,000,000 bench rows 2.5 MB, some 600,000
 * numbers), and the schema's callback per number, then a second pass for the ranges, took about
 * as long as parsing the JSON (eight times these loops).
 */
export function pieceOf(value: unknown): SeriesPieceFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { block, texts, series, points } = value as Record<string, unknown>;
  if (typeof block !== 'string' || !Array.isArray(texts) || !Array.isArray(series) || !Array.isArray(points)) return null;
  if (series.length % 5 !== 0 || points.length % 4 !== 0) return null;
  for (let i = 0; i < texts.length; i++) if (typeof texts[i] !== 'string') return null;
  const [textCount, seriesCount] = [texts.length, series.length / 5];
  for (let i = 0; i < series.length; i++) if (!isCountBelow(series[i], textCount)) return null;
  for (let i = 0; i < points.length; i += 4) {
    if (!isCountBelow(points[i], seriesCount) || !isCountBelow(points[i + 1], textCount) || !isCountBelow(points[i + 2], textCount) || typeof points[i + 3] !== 'number') return null;
  }
  return { block, texts: texts as string[], series: series as number[], points: points as number[] };
}

/** A piece as its index names it, or null when it is missing, has other bytes than those named, or is not a piece. */
async function readPiece(blobs: BlobStore, ref: PieceRef): Promise<SeriesPieceFile | null> {
  const body = await blobs.get(ref.key);
  if (!body || body.length !== ref.bytes || sha256Hex(body) !== ref.sha256) return null;
  const piece = pieceOf(JSON.parse(new TextDecoder().decode(body)));
  return piece && piece.block === ref.block ? piece : null;
}

/** The index of version N: every series' parts and months in page order, the tracked ones, the pieces, the history. */
function indexFile(dataset: string, version: number, ranked: SeriesEntry[], tracked: SeriesEntry[], pieces: PieceRef[], history: HistoryLine[]): SeriesSummaryFile {
  const texts = new TextCodes();
  const series = ranked.map((s) => [...texts.parts(s.parts), s.count]);
  const isTracked = new Set(tracked);
  const trackedAt = ranked.flatMap((s, i) => (isTracked.has(s) ? [i] : []));
  return {
    dataset, version, rules: SERIES_RULES, texts: texts.texts, series, tracked: trackedAt, pieces: [...pieces].sort((a, b) => byCodeUnit(a.block, b.block)),
    history: history.map(({ version: v, created_at, row_count, changes }) => ({ version: v, created_at, row_count, changes: { added: changes.added, revised: changes.revised, removed: changes.removed } })),
  };
}

/** A version's series summary index, or null when it has none usable (none written, or other rules). */
async function readSummary(blobs: BlobStore, dataset: string, version: number): Promise<SeriesSummaryFile | null> {
  const body = await blobs.get(seriesSummaryKey(dataset, version));
  if (!body) return null;
  const parsed = SeriesSummarySchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
  if (!parsed.success || parsed.data.rules !== SERIES_RULES || parsed.data.version !== version) return null;
  const { texts, series, tracked } = parsed.data;
  return series.every((s) => s.slice(0, 5).every((t) => t < texts.length)) && tracked.every((t) => t < series.length) ? parsed.data : null;
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
    await forEachLine(body, (line) => {
      const row = chartedFields(line);
      if (chartedParts(row)) months.get(row.period_end)?.add(row);
    });
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

/** What a version's page shows of its series, and what its summary keeps for the next one. */
interface SeriesState {
  /** Every series, in page order. */
  ranked: SeriesEntry[];
  /** The page's series, their points known in full. */
  series: ChartSeries[];
  /** The tracked series (their points are in `pieces`). */
  tracked: SeriesEntry[];
  pieces: PieceRef[];
}

/** Whether a piece's series keys include every key of `wanted`. */
function listsAll(keys: string[], wanted: Set<string>): boolean {
  const listed = new Set(keys);
  for (const key of wanted) if (!listed.has(key)) return false;
  return true;
}

/** The page's series charted from their points. */
const charted = (shown: SeriesEntry[], points: PointsBySeries) => shown.map((s) => chartSeries(s.parts, s.label, points.series.get(s.key)?.points ?? new Map()));

/** What a version's page keeps of the previous pieces: the months no change reached, of the series it draws and of the blocks it writes again. */
interface KeptPoints { changed: Set<string>; dirty: Map<string, PointsBySeries>; isShown: Set<string>; isTracked: Set<string> }

/**
 * Reads the previous version's pieces for the points of the months no change reached: the drawn
 * series' into `points`, the tracked series' of each block written again into its entry of
 * `dirty`. A block's rest piece is read only when that block is written again or its drawn piece
 * does not list every series drawn now. False when a piece is missing or not as named.
 */
async function keptPoints(blobs: BlobStore, pieces: PieceRef[], kept: KeptPoints, points: PointsBySeries): Promise<boolean> {
  const { changed, dirty, isShown, isTracked } = kept;
  // Blocks whose drawn piece lists every series the page draws: their rest is read only to be written again.
  const drawnInFull = new Set<string>();
  for (const ref of pieces) {
    const name = blockOfPiece(ref.block);
    const block = dirty.get(name);
    if (ref.block !== name && !block && drawnInFull.has(name)) continue;
    const piece = await readPiece(blobs, ref);
    if (!piece) return false;
    const { texts, series } = piece;
    const parts: SeriesParts[] = [];
    for (let i = 0; i < series.length; i += 5) parts.push(partsAt(texts, series, i));
    const keys = parts.map(seriesKey);
    if (ref.block === name && listsAll(keys, isShown)) drawnInFull.add(name);
    const [shownHere, trackedHere] = [keys.map((k) => isShown.has(k)), keys.map((k) => block !== undefined && isTracked.has(k))];
    const flat = piece.points;
    for (let i = 0; i < flat.length; i += 4) {
      const s = flat[i];
      if (!shownHere[s] && !trackedHere[s]) continue;
      const period = texts[flat[i + 1]];
      if (changed.has(period)) continue;
      if (shownHere[s]) points.set(keys[s], parts[s], period, texts[flat[i + 2]], flat[i + 3]);
      if (trackedHere[s]) block!.set(keys[s], parts[s], period, texts[flat[i + 2]], flat[i + 3]);
    }
  }
  return true;
}

/**
 * Version N's series from version N-1's summary and the stripes that changed, or null when they
 * cannot be (no layout, a layout without ndjson offsets, more bytes to read than a whole pass, a
 * series to draw not known in full, a piece missing or not as named). The drawn pieces are read for
 * the points of the page's series (keptPoints); only the pieces of the blocks a changed month falls
 * in are written again (with the tracked series' points of their other months, from the pieces read).
 */
async function updatedSeries(blobs: BlobStore, manifest: SnapshotManifest, previous: SeriesSummaryFile, known: KnownToRun): Promise<SeriesState | null> {
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
  for (const period of changed.keys) if (!table.replaceMonth(old.get(period)!, now.get(period)!)) return null;
  const ranked = table.ranked();
  const shown = ranked.slice(0, MAX_SERIES);
  if (!shown.every((s) => s.known)) return null;
  const tracked = trackedOf(ranked);
  const [isShown, isTracked] = [new Set(shown.map((s) => s.key)), new Set(tracked.map((s) => s.key))];
  const dirty = new Map([...changed.keys].map((period) => [pieceBlock(period), new PointsBySeries()]));
  const points = new PointsBySeries();
  if (!(await keptPoints(blobs, previous.pieces, { changed: changed.keys, dirty, isShown, isTracked }, points))) return null;
  for (const period of changed.keys) {
    const month = now.get(period)!;
    points.setMonth(period, month, (key) => isShown.has(key));
    dirty.get(pieceBlock(period))!.setMonth(period, month, (key) => isTracked.has(key));
  }
  const kept = previous.pieces.filter((ref) => !dirty.has(blockOfPiece(ref.block)));
  const written = await Promise.all([...dirty].filter(([, block]) => block.series.size > 0).map(([name, block]) => writeBlock(blobs, dataset, name, pieceSeriesOf(block), shown)));
  return { ranked, series: charted(shown, points), tracked, pieces: [...kept, ...written.flat()] };
}

/** Blocks of pieces whose bodies may wait for their uploads while the next block's are made (a first version writes one per year). */
const UPLOADS_AHEAD = 4;

/** Every series of a version, from every row of its observations.ndjson; writes every piece. */
async function collectedSeries(blobs: BlobStore, manifest: SnapshotManifest): Promise<SeriesState> {
  const key = versionPrefix(manifest.dataset, manifest.version) + VERSION_FILES.ndjson.path;
  const body = await blobs.getStream(key);
  if (!body) throw new Error(`${key} is missing; the site cannot be rendered`);
  const collector = new SeriesCollector();
  await forEachLine(body, (line) => collector.add(chartedFields(line)));
  const ranked = SeriesTable.fromCollector(collector).ranked();
  const shown = ranked.slice(0, MAX_SERIES);
  const tracked = trackedOf(ranked);
  // The page's series, each charted from its points as a map in turn (the maps of all 200 at once were about 8 MB of heap).
  const series = shown.map((s) => chartSeries(s.parts, s.label, s.collected!.toMap()));
  // The pieces one block of months at a time, each series' points read from the columns in the
  // piece's order (every tracked series' points as maps at once were 30-40 MB of heap at a million
  // rows, version 1's peak); a block's pieces' bodies are made before the next block's points are
  // read, and at most UPLOADS_AHEAD blocks' bodies wait for their uploads.
  const pieces: Array<Promise<PieceRef[]>> = [];
  for (const [name, bySeries] of collector.byBlock(tracked.map((s) => s.collected!), pieceBlock)) {
    if (pieces.length >= UPLOADS_AHEAD) await pieces[pieces.length - UPLOADS_AHEAD];
    const block = new Map<string, PieceSeriesPoints>();
    tracked.forEach((s, k) => bySeries[k] && block.set(s.key, { parts: s.parts, points: bySeries[k] }));
    const written = writeBlock(blobs, manifest.dataset, name, block, shown);
    // Handled here too: one that fails while an earlier one is awaited is not left unhandled (Promise.all below reports it).
    written.catch(() => {});
    pieces.push(written);
  }
  return { ranked, series, tracked, pieces: (await Promise.all(pieces)).flat() };
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
  const updated = previous ? await updatedSeries(blobs, manifest, previous, known) : null;
  const state = updated ?? (await collectedSeries(blobs, manifest));
  // The pieces are written before the index that names them: a run stopped between the two leaves the previous index whole and its pieces untouched.
  const file = indexFile(dataset, version, state.ranked, state.tracked, state.pieces, history);
  await blobs.put(seriesSummaryKey(dataset, version), new TextEncoder().encode(JSON.stringify(file)), { contentType: 'application/json', cacheControl: 'no-cache' });
  return { series: state.series, history, from: updated ? 'updated' : 'collected' };
}
