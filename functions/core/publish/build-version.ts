/**
 * Writes the files of one version in a single pass. Four sorted streams are merge-joined by
 * observation_id: the current rows and every revision (from the store), and the previous
 * version's observations.ndjson and vintages.ndjson (from the bucket). Each id is rendered into
 * every file at once and each file streams to its own upload, hashed on the way, so memory holds
 * one id's rows, one Parquet row group and a few upload buffers whatever the dataset size.
 */
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, OBSERVATION_SCHEMA_VERSION, SnapshotManifest, type ManifestFile, type Observation } from '../contract.js';
import { sha256Hex } from '../identity.js';
import type { BlobMeta, BlobStore, ObservationStore } from '../ports.js';
import { ChangeTally, changeEntry, classifyChange, vintageInterval, type ChangeKind } from './diff.js';
import { codeListFiles, renderCodeListCsv } from '../codes/code-list-files.js';
import { buildDataPackage, citationLine, VERSION_FILES, versionPrefix, type LicenceEntry, type PublisherEntry } from './documents.js';
import { licenceLine } from './provenance.js';
import { ParquetSink } from './parquet.js';
import { CSV_HEADER, csvRecord, DELTA_HEADER, jsonRecord, lineObservationId, parseVintageLine, vintagePrefix, vintageRecord, type VintageInterval } from './render.js';
import { ByteChannel, GzipOutput, lines, none, Peekable, TextSink } from './streams.js';

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
  /** Small documents written into the version next to the data files (quality.json), listed in datapackage.json and the manifest. */
  extraFiles?: { path: string; media_type: string; body: Uint8Array }[];
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

interface PreviousLine { id: string; line: string }
interface PreviousVintage { id: string; revision: number; interval: VintageInterval }

async function* previousObservations(blobs: BlobStore, key: string | null): AsyncGenerator<PreviousLine> {
  if (!key) return;
  const body = await blobs.getStream(key);
  if (!body) throw new Error(`previous version file ${key} is missing; cannot diff against it`);
  for await (const line of lines(body)) if (line.length > 0) yield { id: lineObservationId(line), line };
}

async function* previousVintages(blobs: BlobStore, key: string | null): AsyncGenerator<PreviousVintage> {
  if (!key) return;
  const body = await blobs.getStream(key);
  if (!body) throw new Error(`previous version file ${key} is missing; cannot carry vintages forward`);
  for await (const line of lines(body)) {
    if (line.length === 0) continue;
    const v = parseVintageLine(line);
    yield { id: v.observation_id, revision: v.revision, interval: { introduced_in: v.introduced_in, superseded_in: v.superseded_in } };
  }
}

/** The smallest of the ids (the next id of the merge), or undefined when every stream is done. */
function smallest(a: string | undefined, b: string | undefined, c: string | undefined, d: string | undefined): string | undefined {
  let min = a;
  if (b !== undefined && (min === undefined || b < min)) min = b;
  if (c !== undefined && (min === undefined || c < min)) min = c;
  if (d !== undefined && (min === undefined || d < min)) min = d;
  return min;
}

const byRevision = (a: Observation, b: Observation) => a.revision - b.revision;

/**
 * Whether the current rows differ from the previous version's at all. Stops at the first
 * difference, so the common case (something changed) costs little and a no-change run writes nothing.
 */
export async function hasChanges(dataset: string, previousVersion: number | null, deps: { observations: ObservationStore; blobs: BlobStore }): Promise<boolean> {
  const current = await Peekable.open(deps.observations.scan(dataset));
  const previous = await Peekable.open(previousObservations(deps.blobs, previousVersion ? `${versionPrefix(dataset, previousVersion)}${VERSION_FILES.ndjson.path}` : null));
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

/** Streams the version's data files and datapackage.json; returns the manifest to write last. */
export async function writeVersionFiles(plan: VersionPlan, deps: { observations: ObservationStore; blobs: BlobStore }, options: BuildOptions = {}): Promise<SnapshotManifest> {
  const { dataset, version } = plan;
  const prefix = versionPrefix(dataset, version);
  const previousPrefix = plan.previousVersion ? versionPrefix(dataset, plan.previousVersion) : null;
  const highWater = options.channelHighWater ?? 512 * 1024;

  const streamed = [VERSION_FILES.csv, VERSION_FILES.csvGz, VERSION_FILES.json, VERSION_FILES.ndjson, VERSION_FILES.parquet, VERSION_FILES.changes, VERSION_FILES.delta, VERSION_FILES.vintages];
  const channels = new Map<string, ByteChannel>(streamed.map((file) => [file.path, new ByteChannel(highWater)]));
  const channel = (file: { path: string }) => channels.get(file.path)!;
  const uploads = streamed.map((file) =>
    deps.blobs.putStream(prefix + file.path, channel(file), { contentType: file.media_type, ...IMMUTABLE }).catch((error: unknown) => {
      channel(file).fail(error);
      throw error;
    }),
  );
  const failAll = (error: unknown) => { for (const c of channels.values()) c.fail(error); };

  const gzip = new GzipOutput(channel(VERSION_FILES.csvGz), options.gzipLevel ?? 6);
  const csv = new TextSink([channel(VERSION_FILES.csv), gzip]);
  const json = new TextSink([channel(VERSION_FILES.json)]);
  const ndjson = new TextSink([channel(VERSION_FILES.ndjson)]);
  const changes = new TextSink([channel(VERSION_FILES.changes)]);
  const delta = new TextSink([channel(VERSION_FILES.delta)]);
  const vintages = new TextSink([channel(VERSION_FILES.vintages)]);
  const parquet = new ParquetSink(channel(VERSION_FILES.parquet), options.parquetRowGroupSize);
  const sinks = [csv, json, ndjson, changes, delta, vintages];

  const tally = new ChangeTally();
  const sources = new Map<string, { release_id: string; url: string; published: string }>();
  let rowCount = 0;
  let periodStart = '';
  let periodEnd = '';
  let firstChange = true;

  try {
    const current = await Peekable.open(deps.observations.scan(dataset));
    const revisions = await Peekable.open(deps.observations.scanRevisions(dataset));
    const previousRows = await Peekable.open(previousObservations(deps.blobs, previousPrefix && previousPrefix + VERSION_FILES.ndjson.path));
    const previousVins = await Peekable.open(previousVintages(deps.blobs, previousPrefix && previousPrefix + VERSION_FILES.vintages.path));

    csv.push(CSV_HEADER);
    json.push('[\n');
    delta.push(DELTA_HEADER);
    changes.push(`{"dataset":${JSON.stringify(dataset)},"version":${version},"previous_version":${plan.previousVersion ?? 'null'},"created_at":${JSON.stringify(plan.createdAt)},"changes":[\n`);

    const recordChange = (kind: ChangeKind, now: Observation | undefined, before: Observation | undefined, nowCsv: string | undefined) => {
      tally.add(kind, now, before);
      if (!firstChange) changes.push(',\n');
      changes.push(changeEntry(kind, now, before));
      firstChange = false;
      // The current row's CSV record is already rendered; a removed row is rendered from its last line.
      delta.push(`${kind},`);
      delta.push(now && nowCsv !== undefined ? nowCsv : csvRecord((now ?? before)!));
    };

    // Reused for every id rather than allocated per row.
    const revisionRows: Observation[] = [];
    const intervals = new Map<number, VintageInterval>();
    for (let batch = 0; ; batch++) {
      const id = smallest(current.head?.observation_id, revisions.head?.observation_id, previousRows.head?.id, previousVins.head?.id);
      if (id === undefined) break;

      const row = current.head?.observation_id === id ? await current.next() : undefined;
      const previousLine = previousRows.head?.id === id ? (await previousRows.next())!.line : undefined;
      revisionRows.length = 0;
      while (revisions.head?.observation_id === id) revisionRows.push((await revisions.next())!);
      intervals.clear();
      while (previousVins.head?.id === id) {
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
        if (rowCount > 0) json.push(',\n');
        json.push(line);
        ndjson.push(line);
        ndjson.push('\n');
        parquet.push(row);
        rowCount++;
        if (row.period_start && (periodStart === '' || row.period_start < periodStart)) periodStart = row.period_start;
        if (row.period_end && row.period_end > periodEnd) periodEnd = row.period_end;
        if (!sources.has(row.release_id)) sources.set(row.release_id, { release_id: row.release_id, url: row.source_url, published: row.published });
      }

      const kind = classifyChange(line, previousLine);
      if (kind !== 'unchanged') recordChange(kind, row, previousLine === undefined ? undefined : (JSON.parse(previousLine) as Observation), csvLine);

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
        await parquet.drain();
      }
    }

    json.push(rowCount === 0 ? ']\n' : '\n]\n');
    const { by_area, by_flow } = tally.breakdown();
    changes.push(`\n],"counts":${JSON.stringify(tally.counts)},"by_area":${JSON.stringify(by_area)},"by_flow":${JSON.stringify(by_flow)}}\n`);
    for (const sink of sinks) await sink.drain(true);
    await parquet.end();
    await gzip.end();
    for (const c of channels.values()) c.end();
    await Promise.all(uploads);
  } catch (error) {
    failAll(error);
    await Promise.allSettled(uploads);
    throw error;
  }

  const files: ManifestFile[] = streamed.map((file) => ({ path: file.path, media_type: file.media_type, bytes: channel(file).bytes, sha256: channel(file).sha256() }));
  for (const extra of plan.extraFiles ?? []) {
    await deps.blobs.put(prefix + extra.path, extra.body, { contentType: extra.media_type, ...IMMUTABLE });
    files.push({ path: extra.path, media_type: extra.media_type, bytes: extra.body.byteLength, sha256: sha256Hex(extra.body) });
  }
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
