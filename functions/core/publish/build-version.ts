/**
 * Writes the files of one version in a single pass. Four sorted streams are merge-joined by
 * observation_id: the current rows and every revision (from the store), and the previous
 * version's observations.ndjson and vintages.ndjson (from the bucket). Each id is rendered into
 * every file at once and each file streams to its own upload, hashed on the way, so memory holds
 * one id's rows, one Parquet row group and a few upload buffers whatever the dataset size.
 */
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, OBSERVATION_SCHEMA_VERSION, SnapshotManifest, type ManifestFile, type Observation } from '../contract.js';
import { sha256Hex } from '../identity.js';
import { isCopiedRange, MIN_COPY_PART, type BlobMeta, type BlobStore, type CopiedRange, type ObservationStore, type ScanRange } from '../ports.js';
import { ChangeTally, changeEntry, classifyChange, vintageInterval, type ChangeKind } from './diff.js';
import { codeListFiles, renderCodeListCsv } from '../codes/code-list-files.js';
import { buildDataPackage, citationLine, VERSION_FILES, versionPrefix, type LicenceEntry, type PublisherEntry } from './documents.js';
import { licenceLine } from './provenance.js';
import { observationParquetSchema, ParquetSink, STATISTICS_LENGTH, type RowGroupEncoder } from './parquet.js';
import { CSV_HEADER, csvRecord, DELTA_HEADER, jsonRecord, lineObservationId, parseVintageLine, vintagePrefix, vintageRecord, type VintageInterval } from './render.js';
import { ByteChannel, DigestOutput, none, parsedLines, Peekable, TextSink } from './streams.js';
import { ComposedFile, copiedBytes, GzipMembers } from './composed-file.js';
import { COMPOSED_FILES, LAYOUT_FORMAT, layoutKey, LayoutMemo, readLayout, renderingFingerprint, type StripeBoundary, type VersionLayout } from './layout.js';
import { changedPeriodSet, firstChangedPeriod, type HeldViewList } from './change-index.js';
import { lineOrderKey, publishOrderKey, stripeOf } from './row-order.js';
import { restoreRowGroups } from './parquet-resume.js';
import { tailOf, tailOfRowGroups, type ParquetTail } from './parquet-footer.js';
import { copyableStripes, JSON_SEPARATOR, previousRanges, readRanges, rowsBefore, stripeBoundary, stripeStart } from './stripe-copy.js';
import { Sha256Lanes, type HashGroup } from './sha256-state.js';
import { createHash } from 'node:crypto';

/** What to build: the version, what it follows, and the facts fixed when it was claimed. */
export interface VersionPlan {
  dataset: string;
  version: number;
  /** The version diffed against (version - 1), or null for the first. */
  previousVersion: number | null;
  /** Fixed at claim, so a resumed build writes the same dates. */
  createdAt: string;
  seq: number;
  /** Licences and publishers of the sources feeding the dataset. */
  licences: LicenceEntry[];
  publishers: PublisherEntry[];
  /** Public URL of the version's folder (for the citation). */
  url: string;
  title?: string;
  /**
   * Documents written into the version next to the data files (quality.json), listed in
   * datapackage.json and the manifest: whole, or streamed as read; with `copies`, the stream may
   * hold ranges of other objects (of the previous version), copied inside the store.
   */
  extraFiles?: { path: string; media_type: string; copies?: boolean; body: Uint8Array | (() => AsyncIterable<Uint8Array | CopiedRange>) }[];
  /**
   * The periods whose rows changed since the previous version, from the change index
   * (change-index.ts); omitted or null when it cannot tell, and then every row is read.
   */
  changedPeriods?: string[] | null;
  /** What the version shows of each row the quality gate holds back (omitted: unknown, every row is read). */
  held?: HeldViewList;
}

/**
 * Told of every id of each stripe a composed build renders (a whole render tells nothing): the
 * row now and the previous version's (the same object when its line is unchanged), then whether
 * the stripe's digest differs from the previous version's. The dataset page keeps its points from
 * it (site/rendered-months.ts) instead of reading those stripes back from both versions.
 */
export interface RenderedRows {
  row(stripe: string, now: Observation | undefined, before: Observation | undefined): void;
  stripeEnd(stripe: string, changed: boolean): void;
}

/** Tuning knobs; the defaults keep peak memory well under 256 MB at a million rows. */
export interface BuildOptions {
  parquetRowGroupSize?: number;
  gzipLevel?: number;
  /** Bytes an output may queue before the producer waits for its upload. */
  channelHighWater?: number;
  /**
   * The group that hashes a version's composed files (default: in this thread, Sha256Lanes); the
   * publish function hashes them in a worker thread, beside the rendering (adapters/worker-sha256.ts),
   * unless the version is composed and hashes little (`hashesInThread`).
   */
  hashGroup?: () => HashGroup;
  /**
   * Where a version written whole writes its Parquet row groups (default: in this thread, as rows
   * are drained); the publish function writes them in a worker thread (adapters/worker-parquet.ts).
   */
  parquetEncoder?: (start: number) => RowGroupEncoder;
}

/**
 * Bytes an output queues before the producer waits for its upload, by default. The chunks of a
 * version's files are Buffers outside V8's heap, and V8 runs a young-generation collection every
 * few megabytes of new Buffers: a chunk still held two collections later is promoted, and promoted
 * Buffers are freed only by a full collection, which V8 starts for every 64 MB of them. So every
 * byte a file keeps in flight (here, in its text sink and in the hashers' group) counts twice: in
 * memory, and in how many chunks outlive the young generation. With 512 KB per channel, 256 KB
 * text chunks and 4 MB waiting to be hashed, nearly all did (a full collection for about every
 * 64 MB written, and 100-190 MB of dead chunks at the peak); with about 3 MB in flight in all,
 * few do. Uploads are no slower: S3BlobStore sends parts of 8 MiB, far above either figure.
 */
const CHANNEL_HIGH_WATER = 128 * 1024;

/** Objects in a version are never replaced once the manifest lists them. */
export const IMMUTABLE: Pick<BlobMeta, 'cacheControl'> = { cacheControl: 'public, max-age=31536000, immutable' };

const BATCH_IDS = 512;
const CODE_LIST_MEDIA_TYPE = 'text/csv; charset=utf-8';

const OBSERVATION_FIELDS = OBSERVATION_COLUMNS.map((name) => ({ name, type: OBSERVATION_COLUMN_DOCS[name].type, description: OBSERVATION_COLUMN_DOCS[name].description }));

/** A row with its publish order key, and its JSON line once rendered (a stripe compared by digest keeps its lines for the render). */
interface KeyedRow { key: string; row: Observation; line?: string }
interface PreviousLine { id: string; key: string; line: string }
interface PreviousVintage { id: string; key: string; revision: number; interval: VintageInterval }

/**
 * Rows with their publish order key, read ahead one at a time; a store that breaks the order fails
 * loudly rather than publishing a wrong diff.
 */
function keyed(rows: AsyncIterable<Observation>, what: string): Promise<Peekable<KeyedRow>> {
  let last = '';
  return Peekable.open(rows, (row: Observation) => {
    const key = publishOrderKey(row);
    if (key < last) throw new Error(`${what} are not in publish order (${row.observation_id} after a later row)`);
    last = key;
    return { key, row };
  });
}

/** Which bytes of a previous version's file to read: byte ranges (a layout's stripes read again), the whole file, or the whole file sorted (a version written in another order). */
type PreviousRead = { key: string; ranges?: [number, number][]; sort?: boolean } | null;

async function openPrevious(blobs: BlobStore, read: NonNullable<PreviousRead>): Promise<AsyncIterable<Uint8Array>> {
  const missing = () => new Error(`previous version file ${read.key} is missing; cannot diff against it`);
  if (!read.ranges) return (await blobs.getStream(read.key)) ?? Promise.reject(missing());
  const ranges = read.ranges.filter(([start, end]) => end > start);
  // Opened one after another as they are read, so at most one is in flight.
  return (async function* () {
    for (const [start, end] of ranges) {
      const body = await blobs.getRange(read.key, start, end);
      if (!body) throw missing();
      yield* body;
    }
  })();
}

/**
 * The rows of several ranges of a store, one scan after the other (ranges in publish order). Each
 * item is passed on as the scan gave it: a generator delegating with `yield*` would add its own
 * promises to every row.
 */
function scanned(ranges: ScanRange[], scan: (range: ScanRange) => AsyncIterable<Observation>): AsyncIterable<Observation> {
  if (ranges.length === 1) return scan(ranges[0]);
  let at = 0;
  let inner: AsyncIterator<Observation> | null = null;
  const iterator: AsyncIterableIterator<Observation> = {
    async next(): Promise<IteratorResult<Observation>> {
      for (;;) {
        if (!inner) {
          if (at >= ranges.length) return { done: true, value: undefined };
          inner = scan(ranges[at++])[Symbol.asyncIterator]();
        }
        const step = await inner.next();
        if (!step.done) return step;
        inner = null;
      }
    },
    async return(): Promise<IteratorResult<Observation>> {
      at = ranges.length;
      const open = inner;
      inner = null;
      await open?.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** Sorted in memory: only for a previous version written before files were in publish order (once per dataset). */
async function* sortedByKey<T extends { key: string }>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  yield* all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The non-empty lines of a previous version's file, parsed, in publish order (sorted when the file predates it). */
async function previousLines<T extends { key: string }>(blobs: BlobStore, read: PreviousRead, parse: (line: string) => T): Promise<AsyncIterable<T>> {
  if (!read) return none<T>();
  const all = parsedLines(await openPrevious(blobs, read), parse);
  // Vintages of one id keep their revision order through the sort (Array.prototype.sort is stable).
  return read.sort ? sortedByKey(all) : all;
}

function previousObservationLines(blobs: BlobStore, read: PreviousRead): Promise<AsyncIterable<PreviousLine>> {
  return previousLines(blobs, read, (line) => {
    const id = lineObservationId(line);
    return { id, key: lineOrderKey(line, id), line };
  });
}

function previousVintageLines(blobs: BlobStore, read: PreviousRead): Promise<AsyncIterable<PreviousVintage>> {
  return previousLines(blobs, read, (line) => {
    const v = parseVintageLine(line);
    return { id: v.observation_id, key: lineOrderKey(line, v.observation_id), revision: v.revision, interval: { introduced_in: v.introduced_in, superseded_in: v.superseded_in } };
  });
}

/** The smallest of the keys (the next key of the merge), or undefined when every stream is done. */
function smallest(a: string | undefined, b: string | undefined, c: string | undefined, d: string | undefined): string | undefined {
  let min = a;
  if (b !== undefined && (min === undefined || b < min)) min = b;
  if (c !== undefined && (min === undefined || c < min)) min = c;
  if (d !== undefined && (min === undefined || d < min)) min = d;
  return min;
}

const byRevision = (a: Observation, b: Observation) => a.revision - b.revision;
/** Whether rows are in ascending revision order (as byRevision sorts them). */
function inRevisionOrder(rows: Observation[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i - 1].revision > rows[i].revision) return false;
  return true;
}

/** sha256 of the ndjson lines of one stripe's rows (the layout's stripe digest): hashed as one text, not a call per line. */
function stripeDigest(lines: string[]): string {
  const hash = createHash('sha256');
  if (lines.length > 0) hash.update(`${lines.join('\n')}\n`);
  return hash.digest('hex');
}

/** The JSON lines of a stripe's rows, each rendered once: kept on the rows, so a stripe that differs is not rendered again. */
const stripeLines = (rows: KeyedRow[]) => rows.map((r) => (r.line ??= jsonRecord(r.row)));

/** Items of a peekable stream up to (not including) the first whose key is in another stripe. */
async function takeStripe<T extends { key: string }>(stream: Peekable<T>, stripe: string): Promise<T[]> {
  const taken: T[] = [];
  while (stream.head && stripeOf(stream.head.key) === stripe) taken.push((await stream.next())!);
  return taken;
}

/**
 * Whether the current rows differ from the previous version's at all (a version written whole
 * checks first; a composed one finds out while it compares stripes). With the previous layout,
 * each stripe's rows are compared by digest (nothing is downloaded); without, line by line against
 * the previous observations.ndjson. Stops at the first difference; a no-change run writes nothing.
 */
export async function hasChanges(dataset: string, previousVersion: number | null, deps: { observations: ObservationStore; blobs: BlobStore }): Promise<boolean> {
  const layout = previousVersion ? await readLayout(deps.blobs, dataset, previousVersion) : null;
  if (layout) {
    const withRows = layout.stripes.filter((s) => s.digest !== EMPTY_DIGEST);
    const current = await keyed(deps.observations.scan(dataset), `current rows of ${dataset}`);
    try {
      let index = 0;
      for (; current.head; index++) {
        const stripe = stripeOf(current.head.key);
        const rows = await takeStripe(current, stripe);
        const expected = withRows[index];
        if (!expected || expected.key !== stripe || expected.digest !== stripeDigest(rows.map(({ row }) => jsonRecord(row)))) return true;
      }
      return index !== withRows.length;
    } finally {
      await current.close();
    }
  }
  const current = await Peekable.open(deps.observations.scan(dataset));
  const previous = await Peekable.open(await previousObservationLines(deps.blobs, previousVersion ? { key: `${versionPrefix(dataset, previousVersion)}${VERSION_FILES.ndjson.path}` } : null));
  try {
    for (;;) {
      const row = current.head;
      const before = previous.head;
      if (!row && !before) return false;
      if (!row || !before || row.observation_id !== before.id || jsonRecord(row) !== before.line) return true;
      await current.next();
      await previous.next();
    }
  } finally {
    await current.close();
    await previous.close();
  }
}

/** Digest of a stripe without current rows (all removed: only vintages are left). */
const EMPTY_DIGEST = stripeDigest([]);

/** Row count, periods and sources of a version, accumulated row by row. */
class VersionSummary {
  rows = 0;
  periodStart = '';
  periodEnd = '';
  readonly sources = new Map<string, { release_id: string; url: string; published: string }>();

  add(row: Observation): void {
    this.rows++;
    if (row.period_start && (this.periodStart === '' || row.period_start < this.periodStart)) this.periodStart = row.period_start;
    if (row.period_end && row.period_end > this.periodEnd) this.periodEnd = row.period_end;
    if (!this.sources.has(row.release_id)) this.sources.set(row.release_id, { release_id: row.release_id, url: row.source_url, published: row.published });
  }

  /** Counts a stripe copied from the previous version without reading its rows, from that version's layout. */
  addStripe(stripe: VersionLayout['stripes'][number], sources: NonNullable<VersionLayout['sources']>): void {
    this.rows += stripe.rows!;
    if (stripe.first_start && (this.periodStart === '' || stripe.first_start < this.periodStart)) this.periodStart = stripe.first_start;
    if (stripe.rows! > 0 && stripe.key > this.periodEnd) this.periodEnd = stripe.key;
    for (const id of stripe.releases!) if (!this.sources.has(id)) this.sources.set(id, { release_id: id, ...sources[id] });
  }

  /** The layout's table of releases: what the next version needs to count copied stripes. */
  sourceTable(): NonNullable<VersionLayout['sources']> {
    return Object.fromEntries([...this.sources.values()].map((s) => [s.release_id, { url: s.url, published: s.published }]));
  }
}

/** What the layout keeps of one stripe's rows for the manifest: their number, earliest period_start, releases. */
class StripeTally {
  rows = 0;
  firstStart = '';
  readonly releases = new Set<string>();

  add(row: Observation): void {
    this.rows++;
    if (row.period_start && (this.firstStart === '' || row.period_start < this.firstStart)) this.firstStart = row.period_start;
    this.releases.add(row.release_id);
  }

  static of(rows: Observation[]): StripeTally {
    const tally = new StripeTally();
    for (const row of rows) tally.add(row);
    return tally;
  }

  fields(): Pick<VersionLayout['stripes'][number], 'rows' | 'first_start' | 'releases'> {
    return { rows: this.rows, first_start: this.firstStart, releases: [...this.releases] };
  }
}

/**
 * How many leading stripes of the previous version are copied without reading their rows: those
 * before the first changed period (change-index.ts). 'unchanged' when nothing changed; 0 when the
 * change is unknown or the previous layout cannot count the stripes it would copy.
 */
function unreadStripes(layout: VersionLayout, plan: VersionPlan): { count: number; from?: string } | 'unchanged' {
  if (layout.rendering === undefined || layout.sources === undefined) return { count: 0 };
  const first = firstChangedPeriod(plan.changedPeriods, plan.held, layout.held);
  if ('none' in first) return 'unchanged';
  if ('all' in first) return { count: 0 };
  const at = layout.stripes.findIndex((s) => s.key >= first.period);
  const count = at < 0 ? layout.stripes.length : at;
  return layout.stripes.slice(0, count).every((s) => s.rows !== undefined && s.releases !== undefined) ? { count, from: first.period } : { count: 0 };
}

/**
 * The stripes from `start` on whose rows equal the previous version's (by digest), or that no
 * change touches (copyable, not read: `rows` null): their rows only count in the summary, their
 * bytes are the previous version's. Stops at the first stripe that differs and gives back its
 * current rows (its revisions are still unread), so the caller renders from there.
 */
async function reusePrefix(
  layout: VersionLayout,
  start: number,
  copyable: boolean[],
  current: Peekable<KeyedRow>,
  revisions: Peekable<KeyedRow>,
  onStripe: (stripe: VersionLayout['stripes'][number], rows: Observation[] | null) => void,
): Promise<{ stripes: number; current: Peekable<KeyedRow>; revisions: Peekable<KeyedRow> }> {
  let index = start;
  for (; index < layout.stripes.length; index++) {
    const heads = [current.head?.key, revisions.head?.key].filter((k): k is string => k !== undefined).map(stripeOf);
    const next = heads.length === 0 ? undefined : heads.reduce((a, b) => (b < a ? b : a));
    // A stripe no change touches is not in the scans: it is the previous version's, unread, unless
    // a stripe new to this version comes before it (rendered from there on).
    if (copyable[index]) {
      if (next !== undefined && next < layout.stripes[index].key) break;
      onStripe(layout.stripes[index], null);
      continue;
    }
    if (next === undefined) break;
    const stripe = next;
    // Only the current rows are compared (the digest is of their lines): the stripe's revisions
    // are passed over once it is equal, and left in the scan when it differs, rather than held
    // with the rows and given back (a monthly release of 1,000,000 rows held 8,300 of them: its
    // files step peaked about 12 MB higher, README "Forty-second session").
    const rows = await takeStripe(current, stripe);
    const expected = layout.stripes[index];
    if (expected.key !== stripe || expected.digest !== stripeDigest(stripeLines(rows))) {
      current.giveBack(rows);
      return { stripes: index, current, revisions };
    }
    while (revisions.head && stripeOf(revisions.head.key) === stripe) await revisions.next();
    onStripe(expected, rows.map(({ row }) => row));
  }
  return { stripes: index, current, revisions };
}

/** The files of a version written whole, not composed from the previous version's bytes. */
const WHOLE_FILES = [VERSION_FILES.changes, VERSION_FILES.delta];
/** The files listed in the manifest first, in this order: the ones streamed by the merge. */
const STREAMED_FILES = [VERSION_FILES.csv, VERSION_FILES.csvGz, VERSION_FILES.json, VERSION_FILES.ndjson, VERSION_FILES.parquet, VERSION_FILES.changes, VERSION_FILES.delta, VERSION_FILES.vintages];

type Boundaries = Record<string, StripeBoundary>;

/** What a build has counted so far: changes, rows and sources, and the layout's stripes. */
interface BuildTally {
  tally: ChangeTally;
  summary: VersionSummary;
  stripes: VersionLayout['stripes'];
}

/** Where the merge starts: the stripes settled before it (copied unread or equal by digest), which later ones are copyable, and the scans from there on. */
interface ReadStart {
  copyable: boolean[];
  reused: number;
  current: Peekable<KeyedRow>;
  revisions: Peekable<KeyedRow>;
}

const mediaMeta = (file: { media_type: string }): BlobMeta => ({ contentType: file.media_type, ...IMMUTABLE });

/** How many Parquet row groups the previous version wrote before stripe `index` (all of them past the last). */
function groupsBefore(layout: VersionLayout, index: number): number {
  return index < layout.stripes.length ? layout.stripes[index].row_groups_before : layout.parquet.row_groups;
}

/**
 * The previous version's layout when this build can continue it: row groups are cut by row count
 * too, so a layout written with another size cannot be continued; nor the bytes of a version
 * rendered by code that renders rows otherwise.
 */
async function continuableLayout(plan: VersionPlan, layouts: LayoutMemo, options: BuildOptions): Promise<VersionLayout | null> {
  const previous = plan.previousVersion ? await layouts.read(plan.dataset, plan.previousVersion) : null;
  if (!previous || previous.parquet.row_group_size !== (options.parquetRowGroupSize ?? null)) return null;
  if ((previous.parquet.end === undefined || previous.parquet.footer === undefined) && previous.parquet.saved === undefined) return null;
  return (previous.rendering ?? renderingFingerprint()) === renderingFingerprint() ? previous : null;
}

/**
 * The previous observations.parquet from its first page index on (where its last stripe ends):
 * read back, as a layout of format 2 gives the file's end, or made again from the row groups an
 * older layout kept as JSON (the same bytes: that file was ended from them).
 */
async function previousParquetTail(blobs: BlobStore, key: string, layout: VersionLayout): Promise<ParquetTail> {
  const at = layout.ends[VERSION_FILES.parquet.path].at;
  const { end, footer, saved } = layout.parquet;
  if (end === undefined || footer === undefined) return tailOfRowGroups(restoreRowGroups(saved!), at, { schema: observationParquetSchema(), statisticsTruncateLength: STATISTICS_LENGTH });
  const body = await blobs.getRange(key, at, end);
  if (!body) throw new Error(`previous version file ${key} is missing; cannot compose from it`);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return tailOf(Buffer.concat(chunks), at, footer);
}

/**
 * Settles the stripes the merge need not render and opens the scans after them: 'unchanged' when
 * no row differs from the previous version (nothing is written then).
 */
async function startReading(plan: VersionPlan, deps: { observations: ObservationStore; blobs: BlobStore }, layout: VersionLayout | null, built: BuildTally): Promise<ReadStart | 'unchanged'> {
  const { dataset } = plan;
  // Stripes before the first changed period are copied unread: the scans start after them.
  const unread = layout ? unreadStripes(layout, plan) : { count: 0 };
  if (unread === 'unchanged') return 'unchanged';
  const copiedUnread = layout?.stripes.slice(0, unread.count) ?? [];
  for (const stripe of copiedUnread) built.summary.addStripe(stripe, layout!.sources!);
  built.stripes.push(...copiedUnread);
  // Later stripes no change touches are copied unread too: the scans read the runs between them.
  const changed = layout ? changedPeriodSet(plan.changedPeriods, plan.held, layout.held) : null;
  const copyable = layout ? copyableStripes(layout, changed) : [];
  const ranges = layout ? readRanges(layout, copyable, unread.count, changed, unread.from) : [{}];
  const current = await keyed(scanned(ranges, (r) => deps.observations.scan(dataset, r)), `current rows of ${dataset}`);
  const revisions = await keyed(scanned(ranges, (r) => deps.observations.scanRevisions(dataset, r)), `revisions of ${dataset}`);
  if (!layout) return (await hasChanges(dataset, plan.previousVersion, deps)) ? { copyable, reused: 0, current, revisions } : 'unchanged';
  const prefixEnd = await reusePrefix(layout, unread.count, copyable, current, revisions, (stripe, rows) => {
    if (!rows) {
      built.summary.addStripe(stripe, layout.sources!);
      built.stripes.push(stripe);
      return;
    }
    for (const row of rows) built.summary.add(row);
    built.stripes.push({ ...stripe, ...StripeTally.of(rows).fields() });
  });
  // Every stripe equal and nothing after them: no change, no version (nothing was written).
  if (prefixEnd.stripes === layout.stripes.length && !prefixEnd.current.head && !prefixEnd.revisions.head) return 'unchanged';
  return { copyable, reused: prefixEnd.stripes, current: prefixEnd.current, revisions: prefixEnd.revisions };
}

/** The streamed files of a version and their uploads: a failing upload fails every file's channel. */
class VersionUploads {
  /** changes.json and delta.csv, written whole. */
  private readonly channels: Map<string, ByteChannel>;
  private readonly composed = new Map<string, ComposedFile>();
  private readonly uploads: Promise<void>[] = [];
  private lanes: HashGroup | undefined;

  constructor(private readonly highWater: number, private readonly hashGroup: () => HashGroup = () => new Sha256Lanes()) {
    this.channels = new Map(WHOLE_FILES.map((file) => [file.path, new ByteChannel(highWater)]));
  }

  /** Starts every upload: a composed file continues the previous version's bytes when there is its layout. */
  start(blobs: BlobStore, plan: VersionPlan, layout: VersionLayout | null, reused: number): void {
    const prefix = versionPrefix(plan.dataset, plan.version);
    const previousPrefix = plan.previousVersion ? versionPrefix(plan.dataset, plan.previousVersion) : null;
    // The composed files are hashed together, four at a time (sha256-state.ts, Sha256Lanes).
    const lanes = layout && hashesInThread(plan, layout, reused) ? new Sha256Lanes() : this.hashGroup();
    this.lanes = lanes;
    for (const file of COMPOSED_FILES) {
      const base = layout && previousPrefix ? { fromKey: previousPrefix + file.path, boundary: stripeBoundary(layout, reused, file.path) } : null;
      const out = new ComposedFile(this.highWater, base, lanes);
      this.composed.set(file.path, out);
      this.track(out.upload(blobs, prefix + file.path, mediaMeta(file)), (e) => out.channel.fail(e));
    }
    for (const file of WHOLE_FILES) {
      this.track(blobs.putStream(prefix + file.path, this.channel(file), mediaMeta(file)), (e) => this.channel(file).fail(e));
    }
  }

  channel(file: { path: string }): ByteChannel {
    return this.channels.get(file.path)!;
  }

  out(file: { path: string }): ComposedFile {
    return this.composed.get(file.path)!;
  }

  /** Ends every file and waits for its upload and its checksum (every stripe boundary's hash state then complete). */
  async end(): Promise<void> {
    for (const c of this.channels.values()) c.end();
    for (const f of this.composed.values()) f.channel.end();
    await Promise.all(this.uploads);
    await this.lanes?.settled();
    this.lanes?.close();
  }

  /** Fails every file and waits for the uploads to stop. */
  async abort(error: unknown): Promise<void> {
    this.failAll(error);
    this.lanes?.close();
    await Promise.allSettled(this.uploads);
  }

  checksum(file: { path: string }): { bytes: number; sha256: string } {
    const f = this.composed.get(file.path);
    return f ? { bytes: f.bytes, sha256: f.sha256() } : { bytes: this.channel(file).bytes, sha256: this.channel(file).sha256() };
  }

  private failAll(error: unknown): void {
    for (const c of this.channels.values()) c.fail(error);
    for (const f of this.composed.values()) f.channel.fail(error);
  }

  private track(upload: Promise<void>, fail: (error: unknown) => void): void {
    this.uploads.push(upload.catch((error: unknown) => { fail(error); this.failAll(error); throw error; }));
  }
}

/**
 * Bytes a composed version hashes below which it hashes them in this thread, not in the worker
 * thread the publish function offers (BuildOptions.hashGroup). Starting that thread costs 0.2-0.45 s
 * of CPU and 0.6-0.9 s of wall on the (loaded) bench machine: a new isolate, its modules, their
 * compiling. This thread hashes 128 MB in about 0.2 s (four messages at a time, Sha256Lanes); a
 * monthly release of a million rows hashes about 60 MB (README, "Thirty-first session").
 */
const IN_THREAD_HASH_BYTES = 128 * 2 ** 20;

/**
 * Whether a composed version hashes its files in this thread: when what it renders or reads back
 * (the previous version's composed files from the first stripe not copied, plus a stripe's mean
 * bytes for each changed period after the last stripe) is under IN_THREAD_HASH_BYTES. Not when the
 * change index cannot tell which periods changed (the new ones could be any number).
 */
export function hashesInThread(plan: Pick<VersionPlan, 'changedPeriods'>, layout: VersionLayout, reused: number): boolean {
  if (!plan.changedPeriods) return false;
  const stripes = layout.stripes.length;
  const last = layout.stripes.at(-1)?.key;
  const added = plan.changedPeriods.filter((period) => last === undefined || period > last).length;
  let bytes = 0;
  for (const file of COMPOSED_FILES) {
    const end = layout.ends[file.path]?.at;
    if (end === undefined) return false;
    bytes += end - stripeStart(layout, reused, file.path) + (stripes > 0 ? (added * end) / stripes : 0);
  }
  return bytes < IN_THREAD_HASH_BYTES;
}

/**
 * Streams the version's data files and datapackage.json; returns the manifest to write last.
 * With the previous version's layout, every composed file (CSV, CSV.gz, JSON, NDJSON, Parquet,
 * vintages) is that version's bytes up to the first changed stripe, copied inside the store, plus
 * the stripes from there on, rendered here; changes.json and delta.csv are written whole. With
 * the change index (plan.changedPeriods, plan.held), the store is read only from the first
 * changed period on: the stripes before it are copied unread and counted from the layout.
 */
export async function writeVersionFiles(
  plan: VersionPlan,
  deps: { observations: ObservationStore; blobs: BlobStore; layouts?: LayoutMemo; rendered?: RenderedRows },
  options: BuildOptions = {},
  /** Called once, before the first byte is written; false stops the build ('fenced'). */
  beforeFirstWrite: () => Promise<boolean> = async () => true,
): Promise<SnapshotManifest | 'unchanged' | 'fenced'> {
  const layouts = deps.layouts ?? new LayoutMemo(deps.blobs);
  const layout = await continuableLayout(plan, layouts, options);
  const files = new VersionUploads(options.channelHighWater ?? CHANNEL_HIGH_WATER, options.hashGroup);
  const built: BuildTally = { tally: new ChangeTally(), summary: new VersionSummary(), stripes: [] };
  let extras: Promise<ManifestFile[]> | undefined;
  try {
    const start = await startReading(plan, deps, layout, built);
    if (start === 'unchanged') return 'unchanged';
    if (!(await beforeFirstWrite())) return 'fenced';
    files.start(deps.blobs, plan, layout, start.reused);
    extras = writeExtraFiles(deps.blobs, plan);
    // Awaited once the data files are written; until then a failure must not go unhandled.
    extras.catch(() => {});
    const tail = layout ? await previousParquetTail(deps.blobs, versionPrefix(plan.dataset, plan.previousVersion!) + VERSION_FILES.parquet.path, layout) : null;
    const written = await new VersionRender(plan, deps, options, layout, tail, start, files, built).run();
    await deps.blobs.put(layoutKey(plan.dataset, plan.version), new TextEncoder().encode(JSON.stringify(written)), { contentType: 'application/json', ...IMMUTABLE });
    layouts.wrote(written);
  } catch (error) {
    await files.abort(error);
    // No write of this run goes on after it fails.
    await extras?.catch(() => {});
    throw error;
  }
  return versionManifest(plan, deps.blobs, files, built, await extras);
}

/**
 * Writes the version's documents besides its rows (quality.json), started with the data files:
 * they need nothing the rows' files make, so their reads, hashing and uploads (a composed
 * quality.json reads back every byte it copies, for its checksum) fill the waits of the files'
 * render instead of following it. Their manifest entries, in plan order.
 */
function writeExtraFiles(blobs: BlobStore, plan: VersionPlan): Promise<ManifestFile[]> {
  const prefix = versionPrefix(plan.dataset, plan.version);
  return Promise.all((plan.extraFiles ?? []).map(async (extra) => ({ path: extra.path, media_type: extra.media_type, ...(await writeExtraFile(blobs, prefix + extra.path, extra)) })));
}

/**
 * The merge that renders a version: four streams in publish order (current rows, revisions, the
 * previous version's observation and vintage lines), each id rendered into every file at once, a
 * stripe at a time; the stripes of the previous version no change touches are copied between them.
 */
class VersionRender {
  private readonly parquet: ParquetSink;
  private readonly gzip: GzipMembers;
  private readonly csv: TextSink;
  private readonly json: TextSink;
  /** A stripe's digest is that of its NDJSON lines: hashed from the file's own bytes as they pass. */
  private readonly stripeLines = new DigestOutput();
  private readonly ndjson: TextSink;
  private readonly vintages: TextSink;
  private readonly changes: TextSink;
  private readonly delta: TextSink;
  private readonly sinks: TextSink[];
  private readonly previousRowsBefore: number[];
  private readonly previousDigests: Map<string, string>;
  private readonly previousPrefix: string | null;
  private readonly rendered: RenderedRows | undefined;
  private previousRows!: Peekable<PreviousLine>;
  private previousVins!: Peekable<PreviousVintage>;
  /** The next stripe of the previous version not yet rendered or copied. */
  private nextPrevious: number;
  private firstChange = true;
  // The stripe being rendered.
  private stripe: string | undefined;
  private stripeTally = new StripeTally();
  private starts: Boundaries = {};
  private rowGroupsBefore = 0;
  // Reused for every id rather than allocated per row.
  private readonly revisionRows: Observation[] = [];
  private readonly intervals = new Map<number, VintageInterval>();
  /** Boundaries taken once the bytes before them have reached their file (`filledLater`). */
  private readonly later: Promise<void>[] = [];

  constructor(
    private readonly plan: VersionPlan,
    private readonly deps: { blobs: BlobStore; rendered?: RenderedRows },
    private readonly options: BuildOptions,
    private readonly layout: VersionLayout | null,
    /** The previous Parquet file's page indexes and footer: the copied row groups' entries go into the new footer. */
    private readonly tail: ParquetTail | null,
    private readonly start: ReadStart,
    private readonly files: VersionUploads,
    private readonly built: BuildTally,
  ) {
    const resume = layout && tail ? { offset: stripeBoundary(layout, start.reused, VERSION_FILES.parquet.path).at, tail, groups: groupsBefore(layout, start.reused) } : undefined;
    // A row group never spans two stripes: a stripe boundary forces one (see `boundaries`).
    this.parquet = new ParquetSink(files.out(VERSION_FILES.parquet), options.parquetRowGroupSize, undefined, resume, layout ? undefined : options.parquetEncoder);
    this.gzip = new GzipMembers(files.out(VERSION_FILES.csvGz), options.gzipLevel ?? 6);
    this.csv = new TextSink([files.out(VERSION_FILES.csv), this.gzip]);
    this.json = new TextSink([files.out(VERSION_FILES.json)]);
    this.ndjson = new TextSink([files.out(VERSION_FILES.ndjson), this.stripeLines]);
    this.vintages = new TextSink([files.out(VERSION_FILES.vintages)]);
    this.changes = new TextSink([files.channel(VERSION_FILES.changes)]);
    this.delta = new TextSink([files.channel(VERSION_FILES.delta)]);
    this.sinks = [this.csv, this.json, this.ndjson, this.changes, this.delta, this.vintages];
    this.previousPrefix = plan.previousVersion ? versionPrefix(plan.dataset, plan.previousVersion) : null;
    this.previousRowsBefore = layout ? rowsBefore(layout.stripes) : [];
    this.previousDigests = new Map(layout?.stripes.map((s) => [s.key, s.digest]));
    this.rendered = layout ? deps.rendered : undefined;
    this.nextPrevious = start.reused;
  }

  /** Renders every id, ends the files and waits for their uploads: the layout of the version written. */
  async run(): Promise<VersionLayout> {
    try {
      return await this.render();
    } finally {
      this.parquet.close();
    }
  }

  private async render(): Promise<VersionLayout> {
    this.writeHeads();
    this.previousRows = await Peekable.open(await previousObservationLines(this.deps.blobs, this.previousRead(VERSION_FILES.ndjson)));
    this.previousVins = await Peekable.open(await previousVintageLines(this.deps.blobs, this.previousRead(VERSION_FILES.vintages)));
    const { current, revisions } = this.start;
    for (let batch = 0; ; batch++) {
      const key = smallest(current.head?.key, revisions.head?.key, this.previousRows.head?.key, this.previousVins.head?.key);
      if (key === undefined) break;
      if (this.stripe === undefined || stripeOf(key) !== this.stripe) await this.enterStripe(key);
      await this.renderId(key);
      if (batch % BATCH_IDS === BATCH_IDS - 1) {
        for (const sink of this.sinks) await sink.drain();
      }
    }
    return this.finish();
  }

  private writeHeads(): void {
    const { dataset, version, previousVersion, createdAt } = this.plan;
    if (!this.layout) {
      this.csv.push(CSV_HEADER);
      this.json.push('[\n');
    }
    this.delta.push(DELTA_HEADER);
    this.changes.push(`{"dataset":${JSON.stringify(dataset)},"version":${version},"previous_version":${previousVersion ?? 'null'},"created_at":${JSON.stringify(createdAt)},"changes":[\n`);
  }

  /** Which bytes of the previous version's file the merge compares with: the stripes read again, or all of it. */
  private previousRead(file: { path: string }): PreviousRead {
    if (!this.previousPrefix) return null;
    if (!this.layout) return { key: this.previousPrefix + file.path, sort: true };
    return { key: this.previousPrefix + file.path, ranges: previousRanges(this.layout, this.start.copyable, this.start.reused, file.path) };
  }

  /** Closes the stripe being rendered and opens the one `key` is in, copying the untouched stripes before it. */
  private async enterStripe(key: string): Promise<void> {
    const at = await this.boundaries();
    this.closeStripe();
    this.stripe = stripeOf(key);
    this.starts = await this.copyStripesBefore(this.stripe, at);
    this.stripeTally = new StripeTally();
    this.rowGroupsBefore = this.rowGroupsWritten();
  }

  /** The layout's entry of the stripe just rendered (the digest of its lines is taken either way). */
  private closeStripe(): void {
    const digest = this.stripeLines.take();
    if (this.stripe === undefined) return;
    this.built.stripes.push({ key: this.stripe, digest, starts: this.starts, row_groups_before: this.rowGroupsBefore, ...this.stripeTally.fields() });
    this.rendered?.stripeEnd(this.stripe, this.previousDigests.get(this.stripe) !== digest);
  }

  /** Renders one id into every file: its current row, its change against the previous version, its vintages. */
  private async renderId(key: string): Promise<void> {
    const { current } = this.start;
    const taken = current.head?.key === key ? (await current.next())! : undefined;
    const row = taken?.row;
    const previousLine = this.previousRows.head?.key === key ? (await this.previousRows.next())!.line : undefined;
    await this.takeVintages(key);
    // Each row is rendered once per format; json, ndjson, vintages and the diff share its JSON line.
    let line: string | undefined;
    let csvLine: string | undefined;
    if (row) {
      line = taken!.line ?? jsonRecord(row);
      csvLine = csvRecord(row);
      this.pushRow(row, line, csvLine);
      // Awaited only when a row group is full: an await per row costs more than the test.
      if (this.parquet.full) await this.parquet.drain();
    }
    const kind = classifyChange(line, previousLine);
    const before = kind === 'unchanged' ? row : previousLine === undefined ? undefined : (JSON.parse(previousLine) as Observation);
    if (kind !== 'unchanged') this.recordChange(kind, row, before, csvLine);
    this.rendered?.row(this.stripe!, row, before);
    this.pushVintages(row, line);
  }

  /** The id's revisions (from the store) and its previous vintages' intervals. */
  private async takeVintages(key: string): Promise<void> {
    const { revisions } = this.start;
    this.revisionRows.length = 0;
    while (revisions.head?.key === key) this.revisionRows.push((await revisions.next())!.row);
    if (this.intervals.size > 0) this.intervals.clear();
    while (this.previousVins.head?.key === key) {
      const v = (await this.previousVins.next())!;
      this.intervals.set(v.revision, v.interval);
    }
  }

  private pushRow(row: Observation, line: string, csvLine: string): void {
    this.csv.push(csvLine);
    // Separators go in pushes of their own: prefixing them would copy every line into a new string.
    if (this.built.summary.rows !== 0) this.json.push(',\n');
    this.json.push(line);
    this.ndjson.push(line);
    this.ndjson.push('\n');
    this.stripeTally.add(row);
    this.built.summary.add(row);
    this.parquet.push(row);
  }

  private recordChange(kind: ChangeKind, now: Observation | undefined, before: Observation | undefined, nowCsv: string | undefined): void {
    this.built.tally.add(kind, now, before);
    if (!this.firstChange) this.changes.push(',\n');
    this.changes.push(changeEntry(kind, now, before));
    this.firstChange = false;
    // The current row's CSV record is already rendered; a removed row is rendered from its last line.
    this.delta.push(`${kind},`);
    this.delta.push(now && nowCsv !== undefined ? nowCsv : csvRecord((now ?? before)!));
  }

  private pushVintages(row: Observation | undefined, line: string | undefined): void {
    const { revisionRows } = this;
    // A store without the current revision among its vintages still yields a complete history.
    if (row && !revisionRows.some((r) => r.revision === row.revision)) revisionRows.push(row);
    // Sorted only when out of order (the store yields revisions in order): a sort copies the array first.
    if (revisionRows.length > 1 && !inRevisionOrder(revisionRows)) revisionRows.sort(byRevision);
    const currentRevision = row?.revision ?? null;
    for (const r of revisionRows) {
      const span = vintageInterval(r.revision, this.intervals.get(r.revision), currentRevision, this.plan.version);
      // The current revision's line is already rendered; reuse it rather than serialize it again.
      if (row && r.revision === row.revision) {
        this.vintages.push(vintagePrefix(span));
        this.vintages.push(line!.slice(1));
      } else this.vintages.push(vintageRecord(span, r));
      this.vintages.push('\n');
    }
  }

  /**
   * A stripe boundary: everything rendered so far reaches the files (the gzip member is closed,
   * the Parquet row group written), then each file's offset and hash state is noted.
   */
  private async boundaries(): Promise<Boundaries> {
    for (const sink of [this.csv, this.json, this.ndjson, this.vintages]) await sink.drain(true);
    const member = await this.gzip.endMember();
    await this.parquet.drain(true);
    // The gzip member (and a row group written in a worker) go on while the next stripe renders,
    // their boundaries filled in later; a composed file waits for them, as its copies go after.
    const out = this.files.out(VERSION_FILES.parquet);
    const later: Record<string, Promise<StripeBoundary> | undefined> = { [VERSION_FILES.csvGz.path]: member.boundary, [VERSION_FILES.parquet.path]: this.parquet.afterSent(() => out.boundary()) };
    const at: Boundaries = {};
    for (const file of COMPOSED_FILES) {
      const boundary = later[file.path];
      at[file.path] = !boundary ? this.files.out(file).boundary() : this.layout ? await boundary : this.filledLater(boundary);
    }
    return at;
  }

  /** A boundary object filled in once `boundary` settles (`finish` waits for them all before the layout is written). */
  private filledLater(boundary: Promise<StripeBoundary>): StripeBoundary {
    const mark = {} as StripeBoundary;
    const filled = boundary.then((b) => void Object.assign(mark, b));
    // A failure reaches the file's channel too, and `finish` through `later`.
    filled.catch(() => {});
    this.later.push(filled);
    return mark;
  }

  private rowGroupsWritten(): number {
    return this.parquet.rowGroupCount;
  }

  /** Closes the last stripe, copies the untouched ones after it, ends every file: the version's layout. */
  private async finish(): Promise<VersionLayout> {
    const { dataset, version, held } = this.plan;
    const { summary, tally, stripes } = this.built;
    let ends = await this.boundaries();
    await Promise.all(this.later);
    this.closeStripe();
    ends = await this.copyStripesBefore(undefined, ends);
    const rowGroups = this.rowGroupsWritten();
    this.json.push(summary.rows === 0 ? ']\n' : '\n]\n');
    const { by_area, by_flow } = tally.breakdown();
    this.changes.push(`\n],"counts":${JSON.stringify(tally.counts)},"by_area":${JSON.stringify(by_area)},"by_flow":${JSON.stringify(by_flow)}}\n`);
    for (const sink of this.sinks) await sink.drain(true);
    await this.parquet.end();
    await this.files.end();
    const parquet = { row_group_size: this.options.parquetRowGroupSize ?? null, row_groups: rowGroups, end: this.parquet.offset, footer: this.parquet.footer };
    return { format: LAYOUT_FORMAT, dataset, version, order: 'period_end,period_start,observation_id', stripes, ends, parquet, sources: summary.sourceTable(), held, rendering: renderingFingerprint() };
  }

  // Stripes of the previous version after `reused` that no change touches, copied between the
  // rendered ones: each file's bytes of the stripe read back (to hash them from the new state),
  // copied inside the store where a run of them makes a part S3 accepts and sent otherwise, and
  // its Parquet row groups listed where they now start.

  /** Copies the copyable stripes before `key` (every one left when undefined); the boundaries after them. */
  private async copyStripesBefore(key: string | undefined, at: Boundaries): Promise<Boundaries> {
    const { layout } = this;
    if (!layout) return at;
    const { copyable } = this.start;
    const before = (index: number) => key === undefined || layout.stripes[index].key < key;
    while (this.nextPrevious < layout.stripes.length && before(this.nextPrevious)) {
      let end = this.nextPrevious;
      while (end < layout.stripes.length && copyable[end] && before(end)) end++;
      if (end > this.nextPrevious) at = await this.copyRun(layout, this.nextPrevious, end, at);
      // A stripe not copied before `key` is read again: its previous lines are in the merge.
      this.nextPrevious = Math.max(end, this.nextPrevious + (end === this.nextPrevious ? 1 : 0));
    }
    if (key !== undefined && layout.stripes[this.nextPrevious]?.key === key) this.nextPrevious++;
    return at;
  }

  /** Copies stripes [from, to) of the previous version, one after the other; the boundaries after them. */
  private async copyRun(layout: VersionLayout, from: number, to: number, at: Boundaries): Promise<Boundaries> {
    // The JSON array's separator before the run's first row is the previous version's unless
    // the rows before it went or came: then the run's JSON bytes are sent, fixed up.
    const firstWithRows = layout.stripes.slice(from, to).findIndex((s) => s.rows! > 0);
    const separatorMoves = firstWithRows >= 0 && this.previousRowsBefore[from + firstWithRows] > 0 !== this.built.summary.rows > 0;
    const inStore = new Set<string>();
    for (const file of COMPOSED_FILES) {
      const range = { fromKey: this.previousPrefix + file.path, start: stripeStart(layout, from, file.path), end: stripeStart(layout, to, file.path) };
      if (range.end - range.start < MIN_COPY_PART || (file.path === VERSION_FILES.json.path && separatorMoves)) continue;
      this.files.out(file).copyInStore(range);
      inStore.add(file.path);
    }
    for (let index = from; index < to; index++) at = await this.copyStripe(layout, index, at, inStore);
    return at;
  }

  private async copyStripe(layout: VersionLayout, index: number, at: Boundaries, inStore: Set<string>): Promise<Boundaries> {
    const stripe = layout.stripes[index];
    const parquetPath = VERSION_FILES.parquet.path;
    this.built.stripes.push({ ...stripe, starts: at, row_groups_before: this.rowGroupsWritten() });
    await Promise.all(COMPOSED_FILES.map((file) => this.copyFileOfStripe(layout, file, index, inStore.has(file.path))));
    this.built.summary.addStripe(stripe, layout.sources!);
    const groups = { tail: this.tail!, from: stripe.row_groups_before, to: groupsBefore(layout, index + 1), shift: at[parquetPath].at - stripe.starts[parquetPath].at };
    this.parquet.appendCopied(groups, stripeStart(layout, index + 1, parquetPath) - stripe.starts[parquetPath].at);
    return this.boundaries();
  }

  private async copyFileOfStripe(layout: VersionLayout, file: { path: string }, index: number, inStore: boolean): Promise<void> {
    const out = this.files.out(file);
    let start = stripeStart(layout, index, file.path);
    if (!inStore && file.path === VERSION_FILES.json.path && layout.stripes[index].rows! > 0) {
      if (this.previousRowsBefore[index] > 0) start += JSON_SEPARATOR.length;
      if (this.built.summary.rows > 0) await out.write(new TextEncoder().encode(JSON_SEPARATOR));
    }
    const bytes = await openPrevious(this.deps.blobs, { key: this.previousPrefix + file.path, ranges: [[start, stripeStart(layout, index + 1, file.path)]] });
    if (inStore) for await (const chunk of bytes) await out.hashCopied(chunk);
    else for await (const chunk of bytes) await out.write(chunk);
  }
}

/** Writes the code lists and datapackage.json next to the data files (`extras`: the entries of the documents written with them): the version's manifest. */
async function versionManifest(plan: VersionPlan, blobs: BlobStore, files: VersionUploads, built: BuildTally, extras: ManifestFile[] = []): Promise<SnapshotManifest> {
  const { dataset, version } = plan;
  const { summary, tally } = built;
  const prefix = versionPrefix(dataset, version);
  const listed: ManifestFile[] = STREAMED_FILES.map((file) => ({ path: file.path, media_type: file.media_type, ...files.checksum(file) }));
  listed.push(...extras);
  const dataAsOf = plan.createdAt.slice(0, 10);
  const citation = citationLine(dataset, version, dataAsOf);
  const sources = [...summary.sources.values()].sort((a, b) => (a.release_id < b.release_id ? -1 : a.release_id > b.release_id ? 1 : 0));
  // The code lists travel with every version, so its foreign keys resolve inside the version.
  const codeLists = codeListFiles();
  for (const list of codeLists) listed.push(await writeWholeFile(blobs, prefix, { path: list.path, media_type: CODE_LIST_MEDIA_TYPE }, new TextEncoder().encode(renderCodeListCsv(list))));
  const datapackage = buildDataPackage({
    dataset, title: plan.title, version, created_at: plan.createdAt, data_as_of: dataAsOf, licences: plan.licences, publishers: plan.publishers, url: plan.url,
    citation, row_count: summary.rows, period_start: summary.periodStart, period_end: summary.periodEnd, sources, files: listed, codeLists,
  });
  listed.push(await writeWholeFile(blobs, prefix, VERSION_FILES.datapackage, new TextEncoder().encode(`${JSON.stringify(datapackage, null, 2)}\n`)));
  return SnapshotManifest.parse({
    dataset,
    version,
    previous_version: plan.previousVersion,
    created_at: plan.createdAt,
    data_as_of: dataAsOf,
    row_count: summary.rows,
    period_start: summary.periodStart,
    period_end: summary.periodEnd,
    changes: tally.counts,
    files: listed,
    schema: { version: OBSERVATION_SCHEMA_VERSION, primary_key: 'observation_id', fields: OBSERVATION_FIELDS },
    sources,
    citation,
    change_seq: plan.seq,
    licence: licenceLine(plan.licences),
    touched: tally.touched(),
    largest_changes: tally.largestChanges(),
  });
}

/** Puts a file of the version written at once: its manifest entry. */
async function writeWholeFile(blobs: BlobStore, prefix: string, file: { path: string; media_type: string }, body: Uint8Array): Promise<ManifestFile> {
  await blobs.put(prefix + file.path, body, mediaMeta(file));
  return { path: file.path, media_type: file.media_type, bytes: body.byteLength, sha256: sha256Hex(body) };
}

/**
 * Writes a document of the version (a streamed one as it is read, hashed on the way; ranges it
 * copies are read back for the checksum and copied inside the store): its size and checksum.
 */
async function writeExtraFile(blobs: BlobStore, key: string, extra: NonNullable<VersionPlan['extraFiles']>[number]): Promise<{ bytes: number; sha256: string }> {
  const meta = { contentType: extra.media_type, ...IMMUTABLE };
  const { body } = extra;
  if (body instanceof Uint8Array) {
    await blobs.put(key, body, meta);
    return { bytes: body.byteLength, sha256: sha256Hex(body) };
  }
  const hash = createHash('sha256');
  let bytes = 0;
  async function* hashed(): AsyncGenerator<Uint8Array | CopiedRange> {
    for await (const item of (body as () => AsyncIterable<Uint8Array | CopiedRange>)()) {
      if (isCopiedRange(item)) {
        if (!extra.copies) throw new Error(`${key}: a copied range in a document not written by copies`);
        for await (const chunk of copiedBytes(blobs, item)) hash.update(chunk);
        bytes += item.end - item.start;
      } else {
        hash.update(item);
        bytes += item.byteLength;
      }
      yield item;
    }
  }
  if (extra.copies) await blobs.compose(key, [], hashed(), meta);
  else await blobs.putStream(key, hashed() as AsyncIterable<Uint8Array>, meta);
  return { bytes, sha256: hash.digest('hex') };
}
