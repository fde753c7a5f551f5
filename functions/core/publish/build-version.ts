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
import { ParquetSink } from './parquet.js';
import { CSV_HEADER, csvRecord, DELTA_HEADER, jsonRecord, lineObservationId, parseVintageLine, vintagePrefix, vintageRecord, type VintageInterval } from './render.js';
import { ByteChannel, DigestOutput, lines, Peekable, TextSink } from './streams.js';
import { ComposedFile, copiedBytes, GzipMembers } from './composed-file.js';
import { COMPOSED_FILES, layoutKey, LayoutMemo, readLayout, renderingFingerprint, type StripeBoundary, type VersionLayout } from './layout.js';
import { changedPeriodSet, firstChangedPeriod, type HeldViewList } from './change-index.js';
import { lineOrderKey, publishOrderKey, stripeOf } from './row-order.js';
import { restoreRowGroups, rowGroupSlice, saveRowGroups, shiftRowGroups, type ParquetRowGroups } from './parquet-resume.js';
import { copyableStripes, JSON_SEPARATOR, previousRanges, readRanges, rowsBefore, stripeStart } from './stripe-copy.js';
import { Sha256Lanes } from './sha256-state.js';
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
}

/** Objects in a version are never replaced once the manifest lists them. */
export const IMMUTABLE: Pick<BlobMeta, 'cacheControl'> = { cacheControl: 'public, max-age=31536000, immutable' };

const BATCH_IDS = 512;
const CODE_LIST_MEDIA_TYPE = 'text/csv; charset=utf-8';

const OBSERVATION_FIELDS = OBSERVATION_COLUMNS.map((name) => ({ name, type: OBSERVATION_COLUMN_DOCS[name].type, description: OBSERVATION_COLUMN_DOCS[name].description }));

interface KeyedRow { key: string; row: Observation }
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

/** The rows of several ranges of a store, one scan after the other (ranges in publish order). */
async function* scanned(ranges: ScanRange[], scan: (range: ScanRange) => AsyncIterable<Observation>): AsyncGenerator<Observation> {
  for (const range of ranges) yield* scan(range);
}

/** Sorted in memory: only for a previous version written before files were in publish order (once per dataset). */
async function* sortedByKey<T extends { key: string }>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  yield* all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The non-empty lines of a previous version's file, parsed, in publish order (sorted when the file predates it). */
async function* previousLines<T extends { key: string }>(blobs: BlobStore, read: PreviousRead, parse: (line: string) => T): AsyncGenerator<T> {
  if (!read) return;
  const all = (async function* () {
    for await (const line of lines(await openPrevious(blobs, read))) if (line.length > 0) yield parse(line);
  })();
  // Vintages of one id keep their revision order through the sort (Array.prototype.sort is stable).
  yield* read.sort ? sortedByKey(all) : all;
}

function previousObservationLines(blobs: BlobStore, read: PreviousRead): AsyncGenerator<PreviousLine> {
  return previousLines(blobs, read, (line) => {
    const id = lineObservationId(line);
    return { id, key: lineOrderKey(line, id), line };
  });
}

function previousVintageLines(blobs: BlobStore, read: PreviousRead): AsyncGenerator<PreviousVintage> {
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

/** sha256 of the ndjson lines of one stripe's rows (the layout's stripe digest). */
function stripeDigest(lines: string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** Items of a peekable stream up to (not including) the first whose key is in another stripe. */
async function takeStripe<T extends { key: string }>(stream: Peekable<T>, stripe: string): Promise<T[]> {
  const taken: T[] = [];
  while (stream.head && stripeOf(stream.head.key) === stripe) taken.push((await stream.next())!);
  return taken;
}

/** A stream that yields `first` and then the rest of `stream`. */
async function* followedBy<T>(first: T[], stream: Peekable<T>): AsyncGenerator<T> {
  yield* first;
  while (stream.head !== undefined) yield (await stream.next())!;
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
  const previous = await Peekable.open(previousObservationLines(deps.blobs, previousVersion ? { key: `${versionPrefix(dataset, previousVersion)}${VERSION_FILES.ndjson.path}` } : null));
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
 * rows, so the caller renders from there.
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
    const rows = await takeStripe(current, stripe);
    const revs = await takeStripe(revisions, stripe);
    const expected = layout.stripes[index];
    if (expected.key !== stripe || expected.digest !== stripeDigest(rows.map(({ row }) => jsonRecord(row)))) {
      return { stripes: index, current: await Peekable.open(followedBy(rows, current)), revisions: await Peekable.open(followedBy(revs, revisions)) };
    }
    onStripe(expected, rows.map(({ row }) => row));
  }
  return { stripes: index, current, revisions };
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
  const { dataset, version } = plan;
  const prefix = versionPrefix(dataset, version);
  const previousPrefix = plan.previousVersion ? versionPrefix(dataset, plan.previousVersion) : null;
  const layouts = deps.layouts ?? new LayoutMemo(deps.blobs);
  const previousLayout = plan.previousVersion ? await layouts.read(dataset, plan.previousVersion) : null;
  // Row groups are cut by row count too: a layout written with another size cannot be continued.
  // So are the bytes of a version rendered by code that renders rows otherwise.
  const layout = previousLayout && previousLayout.parquet.row_group_size === (options.parquetRowGroupSize ?? null) && (previousLayout.rendering ?? renderingFingerprint()) === renderingFingerprint() ? previousLayout : null;
  const highWater = options.channelHighWater ?? 512 * 1024;
  const meta = (file: { media_type: string }) => ({ contentType: file.media_type, ...IMMUTABLE });

  const whole = [VERSION_FILES.changes, VERSION_FILES.delta];
  const channels = new Map<string, ByteChannel>(whole.map((file) => [file.path, new ByteChannel(highWater)]));
  const channel = (file: { path: string }) => channels.get(file.path)!;
  const uploads: Promise<void>[] = [];
  const composed = new Map<string, ComposedFile>();
  const failAll = (error: unknown) => {
    for (const c of channels.values()) c.fail(error);
    for (const f of composed.values()) f.channel.fail(error);
  };
  const track = (upload: Promise<void>, fail: (error: unknown) => void) =>
    uploads.push(upload.catch((error: unknown) => { fail(error); failAll(error); throw error; }));

  const tally = new ChangeTally();
  const summary = new VersionSummary();
  const stripes: VersionLayout['stripes'] = [];
  let firstChange = true;
  let savedRowGroups = '';
  let rowGroupCount = 0;

  try {
    // Stripes before the first changed period are copied unread: the scans start after them.
    const unread = layout ? unreadStripes(layout, plan) : { count: 0 };
    if (unread === 'unchanged') return 'unchanged';
    const copiedUnread = layout?.stripes.slice(0, unread.count) ?? [];
    for (const stripe of copiedUnread) summary.addStripe(stripe, layout!.sources!);
    stripes.push(...copiedUnread);
    // Later stripes no change touches are copied unread too: the scans read the runs between them.
    const changed = layout ? changedPeriodSet(plan.changedPeriods, plan.held, layout.held) : null;
    const copyable = layout ? copyableStripes(layout, changed) : [];
    const ranges = layout ? readRanges(layout, copyable, unread.count, changed, unread.from) : [{}];
    let current = await keyed(scanned(ranges, (r) => deps.observations.scan(dataset, r)), `current rows of ${dataset}`);
    let revisions = await keyed(scanned(ranges, (r) => deps.observations.scanRevisions(dataset, r)), `revisions of ${dataset}`);

    let reused = 0;
    if (layout) {
      const prefixEnd = await reusePrefix(layout, unread.count, copyable, current, revisions, (stripe, rows) => {
        if (!rows) {
          summary.addStripe(stripe, layout.sources!);
          stripes.push(stripe);
          return;
        }
        for (const row of rows) summary.add(row);
        stripes.push({ ...stripe, ...StripeTally.of(rows).fields() });
      });
      reused = prefixEnd.stripes;
      current = prefixEnd.current;
      revisions = prefixEnd.revisions;
      // Every stripe equal and nothing after them: no change, no version (nothing was written).
      if (reused === layout.stripes.length && !current.head && !revisions.head) return 'unchanged';
    } else if (!(await hasChanges(dataset, plan.previousVersion, deps))) {
      return 'unchanged';
    }
    if (!(await beforeFirstWrite())) return 'fenced';

    // Where the new bytes start in each composed file: the start of the first changed stripe.
    const startOf = (path: string) => (reused < layout!.stripes.length ? layout!.stripes[reused].starts[path] : layout!.ends[path]);
    // The composed files are hashed together, four at a time (sha256-state.ts, Sha256Lanes).
    const lanes = new Sha256Lanes();
    for (const file of COMPOSED_FILES) {
      const base = layout && previousPrefix ? { fromKey: previousPrefix + file.path, boundary: startOf(file.path) } : null;
      const out = new ComposedFile(highWater, base, lanes);
      composed.set(file.path, out);
      track(out.upload(deps.blobs, prefix + file.path, meta(file)), (e) => out.channel.fail(e));
    }
    for (const file of [VERSION_FILES.changes, VERSION_FILES.delta]) {
      track(deps.blobs.putStream(prefix + file.path, channel(file), meta(file)), (e) => channel(file).fail(e));
    }
    // The copied row groups' metadata goes into the new footer; new row groups follow them.
    const savedGroups = layout ? restoreRowGroups(layout.parquet.saved) : null;
    const groupsBefore = (index: number) => (index < layout!.stripes.length ? layout!.stripes[index].row_groups_before : layout!.parquet.row_groups);
    const resume = layout ? { offset: startOf(VERSION_FILES.parquet.path).at, ...rowGroupSlice(savedGroups!, 0, groupsBefore(reused)) } : undefined;
    const parquet = new ParquetSink(composed.get(VERSION_FILES.parquet.path)!, options.parquetRowGroupSize, undefined, resume);
    // A row group never spans two stripes: a stripe boundary forces one (see `boundaries`).
    const out = (file: { path: string }) => composed.get(file.path)!;
    const gzip = new GzipMembers(out(VERSION_FILES.csvGz), options.gzipLevel ?? 6);
    const csv = new TextSink([out(VERSION_FILES.csv), gzip]);
    const json = new TextSink([out(VERSION_FILES.json)]);
    // A stripe's digest is that of its NDJSON lines: hashed from the file's own bytes as they pass.
    const stripeLines = new DigestOutput();
    const ndjson = new TextSink([out(VERSION_FILES.ndjson), stripeLines]);
    const vintages = new TextSink([out(VERSION_FILES.vintages)]);
    const changes = new TextSink([channel(VERSION_FILES.changes)]);
    const delta = new TextSink([channel(VERSION_FILES.delta)]);
    const sinks = [csv, json, ndjson, changes, delta, vintages];

    // Stripe boundaries: everything rendered so far reaches the files (the gzip member is closed,
    // the Parquet row group written), then each file's offset and hash state is noted.
    const boundaries = async () => {
      for (const sink of [csv, json, ndjson, vintages]) await sink.drain(true);
      await gzip.endMember();
      await parquet.drain(true);
      return Object.fromEntries(COMPOSED_FILES.map((file) => [file.path, out(file).boundary()]));
    };
    const rowGroupsWritten = () => parquet.rowGroups().rowGroups.length;

    if (!layout) {
      csv.push(CSV_HEADER);
      json.push('[\n');
    }
    delta.push(DELTA_HEADER);
    changes.push(`{"dataset":${JSON.stringify(dataset)},"version":${version},"previous_version":${plan.previousVersion ?? 'null'},"created_at":${JSON.stringify(plan.createdAt)},"changes":[\n`);

    const previousRead = (file: { path: string }): PreviousRead => {
      if (!previousPrefix) return null;
      if (!layout) return { key: previousPrefix + file.path, sort: true };
      return { key: previousPrefix + file.path, ranges: previousRanges(layout, copyable, reused, file.path) };
    };
    const previousRows = await Peekable.open(previousObservationLines(deps.blobs, previousRead(VERSION_FILES.ndjson)));
    const previousVins = await Peekable.open(previousVintageLines(deps.blobs, previousRead(VERSION_FILES.vintages)));

    const recordChange = (kind: ChangeKind, now: Observation | undefined, before: Observation | undefined, nowCsv: string | undefined) => {
      tally.add(kind, now, before);
      if (!firstChange) changes.push(',\n');
      changes.push(changeEntry(kind, now, before));
      firstChange = false;
      // The current row's CSV record is already rendered; a removed row is rendered from its last line.
      delta.push(`${kind},`);
      delta.push(now && nowCsv !== undefined ? nowCsv : csvRecord((now ?? before)!));
    };

    // Stripes of the previous version after `reused` that no change touches, copied between the
    // rendered ones: each file's bytes of the stripe read back (to hash them from the new state),
    // copied inside the store where a run of them makes a part S3 accepts and sent otherwise, and
    // its Parquet row groups listed where they now start.
    const previousRowsBefore = layout ? rowsBefore(layout.stripes) : [];
    const copyFileOfStripe = async (file: { path: string }, index: number, inStore: boolean) => {
      const stripe = layout!.stripes[index];
      let start = stripeStart(layout!, index, file.path);
      if (!inStore && file.path === VERSION_FILES.json.path && stripe.rows! > 0) {
        if (previousRowsBefore[index] > 0) start += JSON_SEPARATOR.length;
        if (summary.rows > 0) await out(file).write(new TextEncoder().encode(JSON_SEPARATOR));
      }
      const bytes = await openPrevious(deps.blobs, { key: previousPrefix + file.path, ranges: [[start, stripeStart(layout!, index + 1, file.path)]] });
      if (inStore) for await (const chunk of bytes) out(file).hashCopied(chunk);
      else for await (const chunk of bytes) await out(file).write(chunk);
    };
    const copyStripe = async (index: number, at: Record<string, StripeBoundary>, inStore: Set<string>) => {
      const stripe = layout!.stripes[index];
      const parquetPath = VERSION_FILES.parquet.path;
      stripes.push({ ...stripe, starts: at, row_groups_before: rowGroupsWritten() });
      await Promise.all(COMPOSED_FILES.map((file) => copyFileOfStripe(file, index, inStore.has(file.path))));
      summary.addStripe(stripe, layout!.sources!);
      const groups: ParquetRowGroups = rowGroupSlice(savedGroups!, stripe.row_groups_before, groupsBefore(index + 1));
      parquet.appendCopied(shiftRowGroups(groups, at[parquetPath].at - stripe.starts[parquetPath].at), stripeStart(layout!, index + 1, parquetPath) - stripe.starts[parquetPath].at);
      return boundaries();
    };
    /** Copies stripes [from, to) of the previous version, one after the other; the boundaries after them. */
    const copyRun = async (from: number, to: number, at: Record<string, StripeBoundary>) => {
      // The JSON array's separator before the run's first row is the previous version's unless
      // the rows before it went or came: then the run's JSON bytes are sent, fixed up.
      const firstWithRows = layout!.stripes.slice(from, to).findIndex((s) => s.rows! > 0);
      const separatorMoves = firstWithRows >= 0 && previousRowsBefore[from + firstWithRows] > 0 !== summary.rows > 0;
      const inStore = new Set<string>();
      for (const file of COMPOSED_FILES) {
        const range = { fromKey: previousPrefix + file.path, start: stripeStart(layout!, from, file.path), end: stripeStart(layout!, to, file.path) };
        if (range.end - range.start < MIN_COPY_PART || (file.path === VERSION_FILES.json.path && separatorMoves)) continue;
        out(file).copyInStore(range);
        inStore.add(file.path);
      }
      for (let index = from; index < to; index++) at = await copyStripe(index, at, inStore);
      return at;
    };
    // The next stripe of the previous version not yet rendered or copied.
    let nextPrevious = reused;
    /** Copies the copyable stripes before `key` (every one left when undefined); the boundaries after them. */
    const copyStripesBefore = async (key: string | undefined, at: Record<string, StripeBoundary>) => {
      if (!layout) return at;
      while (nextPrevious < layout.stripes.length && (key === undefined || layout.stripes[nextPrevious].key < key)) {
        let end = nextPrevious;
        while (end < layout.stripes.length && copyable[end] && (key === undefined || layout.stripes[end].key < key)) end++;
        if (end > nextPrevious) at = await copyRun(nextPrevious, end, at);
        // A stripe not copied before `key` is read again: its previous lines are in the merge.
        nextPrevious = Math.max(end, nextPrevious + (end === nextPrevious ? 1 : 0));
      }
      if (key !== undefined && layout.stripes[nextPrevious]?.key === key) nextPrevious++;
      return at;
    };

    const rendered = layout ? deps.rendered : undefined;
    const previousDigests = new Map(layout?.stripes.map((s) => [s.key, s.digest]));
    // Reused for every id rather than allocated per row.
    const revisionRows: Observation[] = [];
    const intervals = new Map<number, VintageInterval>();
    let stripe: string | undefined;
    let stripeTally = new StripeTally();
    let starts: Record<string, StripeBoundary> = {};
    let rowGroupsBefore = 0;
    for (let batch = 0; ; batch++) {
      const key = smallest(current.head?.key, revisions.head?.key, previousRows.head?.key, previousVins.head?.key);
      if (key === undefined) break;
      if (stripe === undefined || stripeOf(key) !== stripe) {
        let at = await boundaries();
        const digest = stripeLines.take();
        if (stripe !== undefined) {
          stripes.push({ key: stripe, digest, starts, row_groups_before: rowGroupsBefore, ...stripeTally.fields() });
          rendered?.stripeEnd(stripe, previousDigests.get(stripe) !== digest);
        }
        stripe = stripeOf(key);
        at = await copyStripesBefore(stripe, at);
        stripeTally = new StripeTally();
        starts = at;
        rowGroupsBefore = rowGroupsWritten();
      }

      const row = current.head?.key === key ? (await current.next())!.row : undefined;
      const previousLine = previousRows.head?.key === key ? (await previousRows.next())!.line : undefined;
      revisionRows.length = 0;
      while (revisions.head?.key === key) revisionRows.push((await revisions.next())!.row);
      if (intervals.size > 0) intervals.clear();
      while (previousVins.head?.key === key) {
        const v = (await previousVins.next())!;
        intervals.set(v.revision, v.interval);
      }

      // Each row is rendered once per format; json, ndjson, vintages and the diff share its JSON line.
      let line: string | undefined;
      let csvLine: string | undefined;
      if (row) {
        line = jsonRecord(row);
        csvLine = csvRecord(row);
        csv.push(csvLine);
        // Separators go in pushes of their own: prefixing them would copy every line into a new string.
        if (summary.rows !== 0) json.push(',\n');
        json.push(line);
        ndjson.push(line);
        ndjson.push('\n');
        stripeTally.add(row);
        summary.add(row);
        parquet.push(row);
        // Awaited only when a row group is full: an await per row costs more than the test.
        if (parquet.full) await parquet.drain();
      }

      const kind = classifyChange(line, previousLine);
      const before = kind === 'unchanged' ? row : previousLine === undefined ? undefined : (JSON.parse(previousLine) as Observation);
      if (kind !== 'unchanged') recordChange(kind, row, before, csvLine);
      rendered?.row(stripe!, row, before);

      // A store without the current revision among its vintages still yields a complete history.
      if (row && !revisionRows.some((r) => r.revision === row.revision)) revisionRows.push(row);
      if (revisionRows.length > 1) revisionRows.sort(byRevision);
      const currentRevision = row?.revision ?? null;
      for (const r of revisionRows) {
        const span = vintageInterval(r.revision, intervals.get(r.revision), currentRevision, version);
        // The current revision's line is already rendered; reuse it rather than serialize it again.
        if (row && r.revision === row.revision) {
          vintages.push(vintagePrefix(span));
          vintages.push(line!.slice(1));
        } else vintages.push(vintageRecord(span, r));
        vintages.push('\n');
      }

      if (batch % BATCH_IDS === BATCH_IDS - 1) {
        for (const sink of sinks) await sink.drain();
      }
    }

    let ends = await boundaries();
    if (stripe !== undefined) {
      const digest = stripeLines.take();
      stripes.push({ key: stripe, digest, starts, row_groups_before: rowGroupsBefore, ...stripeTally.fields() });
      rendered?.stripeEnd(stripe, previousDigests.get(stripe) !== digest);
    }
    ends = await copyStripesBefore(undefined, ends);
    // Saved before the footer is written (writing it sets the page index offsets in the chunks).
    savedRowGroups = saveRowGroups(parquet.rowGroups());
    rowGroupCount = rowGroupsWritten();
    json.push(summary.rows === 0 ? ']\n' : '\n]\n');
    const { by_area, by_flow } = tally.breakdown();
    changes.push(`\n],"counts":${JSON.stringify(tally.counts)},"by_area":${JSON.stringify(by_area)},"by_flow":${JSON.stringify(by_flow)}}\n`);
    for (const sink of sinks) await sink.drain(true);
    await parquet.end();
    for (const c of channels.values()) c.end();
    for (const f of composed.values()) f.channel.end();
    await Promise.all(uploads);
    const parquetLayout = { row_group_size: options.parquetRowGroupSize ?? null, row_groups: rowGroupCount, saved: savedRowGroups };
    const written: VersionLayout = { dataset, version, order: 'period_end,period_start,observation_id', stripes, ends, parquet: parquetLayout, sources: summary.sourceTable(), held: plan.held, rendering: renderingFingerprint() };
    await deps.blobs.put(layoutKey(dataset, version), new TextEncoder().encode(JSON.stringify(written)), { contentType: 'application/json', ...IMMUTABLE });
    layouts.wrote(written);
  } catch (error) {
    failAll(error);
    await Promise.allSettled(uploads);
    throw error;
  }

  const streamed = [VERSION_FILES.csv, VERSION_FILES.csvGz, VERSION_FILES.json, VERSION_FILES.ndjson, VERSION_FILES.parquet, VERSION_FILES.changes, VERSION_FILES.delta, VERSION_FILES.vintages];
  const checksum = (file: { path: string }) => {
    const f = composed.get(file.path);
    return f ? { bytes: f.bytes, sha256: f.sha256() } : { bytes: channel(file).bytes, sha256: channel(file).sha256() };
  };
  const rowCount = summary.rows;
  const periodStart = summary.periodStart;
  const periodEnd = summary.periodEnd;
  const sources = summary.sources;
  const files: ManifestFile[] = streamed.map((file) => ({ path: file.path, media_type: file.media_type, ...checksum(file) }));
  for (const extra of plan.extraFiles ?? []) files.push({ path: extra.path, media_type: extra.media_type, ...(await writeExtraFile(deps.blobs, prefix + extra.path, extra)) });
  const dataAsOf = plan.createdAt.slice(0, 10);
  const citation = citationLine(dataset, version, dataAsOf);
  const sourceList = [...sources.values()].sort((a, b) => (a.release_id < b.release_id ? -1 : a.release_id > b.release_id ? 1 : 0));
  // The code lists travel with every version, so its foreign keys resolve inside the version.
  const codeLists = codeListFiles();
  for (const list of codeLists) {
    const body = new TextEncoder().encode(renderCodeListCsv(list));
    await deps.blobs.put(prefix + list.path, body, { contentType: CODE_LIST_MEDIA_TYPE, ...IMMUTABLE });
    files.push({ path: list.path, media_type: CODE_LIST_MEDIA_TYPE, bytes: body.byteLength, sha256: sha256Hex(body) });
  }
  const datapackage = new TextEncoder().encode(
    `${JSON.stringify(
      buildDataPackage({
        dataset, title: plan.title, version, created_at: plan.createdAt, data_as_of: dataAsOf, licences: plan.licences, publishers: plan.publishers, url: plan.url,
        citation, row_count: rowCount, period_start: periodStart, period_end: periodEnd, sources: sourceList, files, codeLists,
      }),
      null,
      2,
    )}\n`,
  );
  await deps.blobs.put(prefix + VERSION_FILES.datapackage.path, datapackage, { contentType: VERSION_FILES.datapackage.media_type, ...IMMUTABLE });
  files.push({ path: VERSION_FILES.datapackage.path, media_type: VERSION_FILES.datapackage.media_type, bytes: datapackage.byteLength, sha256: sha256Hex(datapackage) });

  return SnapshotManifest.parse({
    dataset,
    version,
    previous_version: plan.previousVersion,
    created_at: plan.createdAt,
    data_as_of: dataAsOf,
    row_count: rowCount,
    period_start: periodStart,
    period_end: periodEnd,
    changes: tally.counts,
    files,
    schema: { version: OBSERVATION_SCHEMA_VERSION, primary_key: 'observation_id', fields: OBSERVATION_FIELDS },
    sources: sourceList,
    citation,
    change_seq: plan.seq,
    licence: licenceLine(plan.licences),
    touched: tally.touched(),
    largest_changes: tally.largestChanges(),
  });
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
