/**
 * The steps of publish that only a run with something to publish takes (publish-dataset.ts names
 * them all): building a claimed version (the quality gate, the files, the manifest) and finishing a
 * committed one (latest/, the catalog, the feeds, the site, the notification). Most runs find no
 * dataset changed, so publish-dataset.ts loads this module on first use: the Lambda bundle keeps it
 * (with the quality gate, the renderers and the Parquet writer it alone reaches) out of the code a
 * cold start loads (infra/bundling.ts `splitHandlerOptions`, README "Lambda bundles and cold start").
 */
import type { SnapshotManifest } from '../contract.js';
import { nextExpectedReleaseOf } from '../ingest/calendar.js';
import type { BlobStore, PendingVersion } from '../ports.js';
import { runQualityGate, type QualityGate } from '../quality/gate.js';
import type { QualitySummary } from '../quality/report.js';
import { IMMUTABLE, writeVersionFiles, type VersionPlan } from './build-version.js';
import { changedSincePrevious } from './change-index.js';
import {
  buildAtomFeed,
  buildCatalog,
  CATALOG_KEY,
  datasetFeedKey,
  latestPointer,
  latestPointerKey,
  latestPrefix,
  publicLink,
  readManifest,
  ROOT_FEED_KEY,
  versionPrefix,
  VERSION_FILES,
} from './documents.js';
import { UNKNOWN_TERMS } from './provenance.js';
import { publishSite } from '../site/publish-site.js';
import { queryParquetKey } from './query-layout.js';
import { LayoutMemo } from './layout.js';
import { publishedBefore } from './published-before.js';
import { RenderedMonths } from '../site/rendered-months.js';
import type { KnownToRun } from '../site/series-summary.js';
import { inParallel } from '../in-parallel.js';
import { leaseEnd, type PublishDeps, type PublishOutcome, type RunFindings } from './publish-dataset.js';

const FEED_ENTRIES = 20;
const ROOT_FEED_ENTRIES_PER_DATASET = 5;
const MAX_ATTRIBUTE_VALUES = 100;
const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Steps 2 and 3 for a claimed version: the quality gate, the files, then the manifest. The
 * outcome instead when no row changed or another publisher took the lease meanwhile.
 */
export async function buildVersion(dataset: string, claim: PendingVersion, deps: PublishDeps, found: RunFindings): Promise<{ manifest: SnapshotManifest; quality: QualitySummary; known: KnownToRun } | PublishOutcome> {
  const { version } = claim;
  const layouts = new LayoutMemo(deps.blobs);
  let known: KnownToRun = { layouts, rendered: new RenderedMonths(dataset, version) };
  // Every figure is checked against the others first; rows failing a hard check are left out,
  // and only what the previous version published of them stands in.
  const published = publishedBefore(dataset, version > 1 ? version - 1 : null, { ...deps, layouts });
  const gate = await runQualityGate({ dataset, version, createdAt: claim.created_at, seq: claim.seq }, { ...deps, published });
  found.heldWaiting = gate.waiting;
  deps.logger.info(`quality gate of ${dataset} v${version}`, { dataset, version, ...gate.scope });
  const built = await writeVersionFiles(
    await versionPlan(dataset, claim, deps, gate),
    { ...deps, observations: gate.observations, ...known },
    deps.build,
    // Fencing before the first byte of vN/: a publisher paused since its claim (or take-over) whose
    // lease another run has taken since must not overwrite the files that run wrote.
    () => deps.datasets.renewLease(dataset, version, deps.owner, leaseEnd(deps)),
  );
  if (built === 'unchanged') {
    await deps.datasets.abandonVersion(dataset, version, claim.seq);
    deps.logger.info(`no row of ${dataset} changed since version ${version - 1}; nothing published`, { dataset, seq: claim.seq });
    return { dataset, status: 'unchanged', version: version - 1 };
  }
  if (built === 'fenced') return { dataset, status: 'lost-race', version: version - 1 };
  await gate.keepRecord();
  // Fencing: a publisher that lost its lease must not complete a version someone else is writing.
  if (!(await deps.datasets.renewLease(dataset, version, deps.owner, leaseEnd(deps)))) return { dataset, status: 'lost-race', version: version - 1 };
  const written = await deps.blobs.putImmutable(`${versionPrefix(dataset, version)}manifest.json`, jsonBytes(built), { contentType: 'application/json', ...IMMUTABLE });
  const manifest = written ? built : await readManifest(deps.blobs, dataset, version);
  // Another run wrote this version first: the page reads what that run wrote, not what this one did.
  if (!written) known = {};
  if (!manifest) throw new Error(`${dataset} v${version}: manifest write reported an existing object that cannot be read`);
  return { manifest, quality: gate.summary, known };
}

/** What the files step writes for a claimed version: the dataset's terms, the gate's record, and what changed since the previous one. */
async function versionPlan(dataset: string, claim: PendingVersion, deps: PublishDeps, gate: QualityGate): Promise<VersionPlan> {
  const { version } = claim;
  const previousVersion = version > 1 ? version - 1 : null;
  const about = deps.describeDataset?.(dataset) ?? {};
  return {
    dataset, version, previousVersion, createdAt: claim.created_at, seq: claim.seq, title: about.title,
    // No licence is ever assumed: a dataset whose sources name none says so.
    licences: about.licences?.length ? about.licences : [UNKNOWN_TERMS],
    publishers: about.publishers ?? [],
    url: publicLink(deps.publicBaseUrl, versionPrefix(dataset, version)),
    extraFiles: [gate.file],
    // What to read: only the periods changed since the previous version (change-index.ts).
    changedPeriods: await changedSincePrevious(dataset, previousVersion, deps),
    held: await gate.heldViews(),
  };
}

/**
 * Steps after the commit, all idempotent: mirror vN into latest/ (manifest last) and copy its
 * Parquet into the query layout, move latest.json, rewrite the catalog and the feeds, notify, and
 * record the notification. None of them reads rows: the copies stay inside the store and the
 * documents are built from manifests (each read once), the site from what changed.
 */
export async function finishVersion(dataset: string, version: number, deps: PublishDeps, known?: SnapshotManifest, run: KnownToRun = {}): Promise<void> {
  const manifest = known ?? (await readManifest(deps.blobs, dataset, version));
  if (!manifest) throw new Error(`${dataset} v${version} is committed but its manifest is missing`);
  const base = deps.publicBaseUrl;
  const manifests = new ManifestReader(deps.blobs, manifest);

  await Promise.all([
    mirrorLatest(manifest, deps.blobs),
    deps.blobs.copy(versionPrefix(dataset, version) + VERSION_FILES.parquet.path, queryParquetKey(dataset, version), { contentType: VERSION_FILES.parquet.media_type, ...IMMUTABLE }),
  ]);
  await deps.blobs.put(latestPointerKey(dataset), jsonBytes(latestPointer(manifest, base)), { contentType: 'application/json', cacheControl: 'no-cache' });

  const states = await deps.datasets.list();
  const latestManifests = (
    await Promise.all(states.filter((s) => s.latest_version > 0).map((s) => (s.dataset === dataset ? manifest : manifests.read(s.dataset, s.latest_version))))
  ).filter((m): m is SnapshotManifest => m !== null);
  if (!latestManifests.some((m) => m.dataset === dataset)) latestManifests.push(manifest);
  const generatedAt = latestManifests.map((m) => m.created_at).sort().at(-1) ?? manifest.created_at;
  await deps.blobs.put(CATALOG_KEY, jsonBytes(buildCatalog(latestManifests, base, generatedAt, (d) => nextExpectedReleaseOf(deps.describeDataset?.(d).calendars ?? [], new Date(generatedAt)))), { contentType: 'application/json', cacheControl: 'no-cache' });

  await deps.blobs.put(
    datasetFeedKey(dataset),
    encoder.encode(buildAtomFeed({ id: `urn:customs-publisher:${dataset}`, title: `${deps.describeDataset?.(dataset).title ?? dataset} versions`, self: datasetFeedKey(dataset), manifests: await manifests.history(manifest, FEED_ENTRIES), base, fallbackUpdated: manifest.created_at })),
    { contentType: 'application/atom+xml', cacheControl: 'no-cache' },
  );
  const all = (await Promise.all(latestManifests.map((m) => manifests.history(m, ROOT_FEED_ENTRIES_PER_DATASET)))).flat();
  await deps.blobs.put(
    ROOT_FEED_KEY,
    encoder.encode(buildAtomFeed({ id: 'urn:customs-publisher:all', title: 'customs-publisher dataset versions', self: ROOT_FEED_KEY, manifests: all, base, fallbackUpdated: manifest.created_at })),
    { contentType: 'application/atom+xml', cacheControl: 'no-cache' },
  );

  await publishSite(manifest, latestManifests, { ...deps, known: run });

  await deps.notifier.notify(versionNotification(manifest, base));
  await deps.datasets.markNotified(dataset, version);
}

/** Copies at once into latest/: on S3 each is a server-side copy, so the wait is about the largest file's. */
const MIRROR_CONCURRENCY = 4;

/**
 * Mirrors a version's files into latest/ with copies inside the store, several at a time, and its
 * manifest last: a crash leaves some files of the new version beside the old one's and the old
 * manifest; the next run copies them all again.
 */
async function mirrorLatest(manifest: SnapshotManifest, blobs: BlobStore): Promise<void> {
  const { dataset, version } = manifest;
  const source = versionPrefix(dataset, version);
  const latest = latestPrefix(dataset);
  const meta = (media: string) => ({ contentType: media, cacheControl: 'no-cache', metadata: { 'dataset-version': String(version) } });
  const copy = async (file: { path: string; media_type: string }) => {
    try {
      await blobs.copy(source + file.path, latest + file.path, meta(file.media_type));
    } catch (error) {
      throw new Error(`${dataset} v${version}: mirroring ${file.path}, listed in the manifest, into latest/ failed: ${(error as Error).message}`, { cause: error });
    }
  };
  await inParallel(manifest.files, MIRROR_CONCURRENCY, copy);
  await copy({ path: 'manifest.json', media_type: 'application/json' });
}

/** Manifests read at most once per run, several at a time: the catalog and both feeds need the same ones. */
class ManifestReader {
  private readonly read$ = new Map<string, Promise<SnapshotManifest | null>>();
  constructor(private readonly blobs: BlobStore, known: SnapshotManifest) {
    this.read$.set(`${known.dataset}/${known.version}`, Promise.resolve(known));
  }

  read(dataset: string, version: number): Promise<SnapshotManifest | null> {
    const key = `${dataset}/${version}`;
    let manifest = this.read$.get(key);
    if (!manifest) this.read$.set(key, (manifest = readManifest(this.blobs, dataset, version)));
    return manifest;
  }

  /** `m` and the versions before it, newest first, up to `count` (a version without a manifest is skipped). */
  async history(m: SnapshotManifest, count: number): Promise<SnapshotManifest[]> {
    const versions: SnapshotManifest[] = [m];
    for (let v = m.version - 1; v >= 1 && versions.length < count; ) {
      const batch = Array.from({ length: Math.min(v, count - versions.length) }, (_, i) => v - i);
      for (const older of await Promise.all(batch.map((b) => this.read(m.dataset, b)))) if (older) versions.push(older);
      v -= batch.length;
    }
    return versions;
  }
}

/**
 * The SNS message of a version. Attributes carry what subscribers filter on (String.Array for
 * lists, capped so the message stays far below SNS's limits); the body has the counts, the largest
 * revisions and a link to every file.
 */
export function versionNotification(manifest: SnapshotManifest, base: string | undefined) {
  const prefix = versionPrefix(manifest.dataset, manifest.version);
  const touched = manifest.touched ?? { areas: [], flows: [], commodities: [] };
  const id = `${manifest.dataset}/v${manifest.version}`;
  return {
    id,
    subject: `${manifest.dataset} version ${manifest.version}: +${manifest.changes.added} ~${manifest.changes.revised} -${manifest.changes.removed}`,
    body: JSON.stringify({
      message_id: id,
      dataset: manifest.dataset,
      version: manifest.version,
      previous_version: manifest.previous_version,
      created_at: manifest.created_at,
      data_as_of: manifest.data_as_of,
      row_count: manifest.row_count,
      period_start: manifest.period_start,
      period_end: manifest.period_end,
      changes: manifest.changes,
      touched,
      largest_changes: manifest.largest_changes ?? [],
      citation: manifest.citation,
      manifest: publicLink(base, `${prefix}manifest.json`),
      files: Object.fromEntries(manifest.files.map((f) => [f.path, { url: publicLink(base, prefix + f.path), bytes: f.bytes, sha256: f.sha256 }])),
      latest: publicLink(base, latestPointerKey(manifest.dataset)),
    }),
    attributes: {
      dataset: manifest.dataset,
      version: String(manifest.version),
      message_id: id,
      change_kinds: (['added', 'revised', 'removed'] as const).filter((k) => manifest.changes[k] > 0),
      areas: touched.areas.slice(0, MAX_ATTRIBUTE_VALUES),
      flows: touched.flows.slice(0, MAX_ATTRIBUTE_VALUES),
      commodities: touched.commodities.slice(0, MAX_ATTRIBUTE_VALUES),
    },
  };
}
