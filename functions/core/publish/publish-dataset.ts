/**
 * The publish use case: when a dataset's rows changed since its last version, write version N+1
 * under an immutable prefix, then the manifest, then move `latest`, then notify subscribers.
 * No change, no version, no notification.
 */
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, SnapshotManifest, type ManifestFile, type Observation } from '../contract.js';
import { sha256Hex } from '../identity.js';
import type { BlobStore, Clock, DatasetStateStore, Logger, Notifier, ObservationStore } from '../ports.js';
import { CSV_HEADER, csvRecord, jsonRecord } from './render.js';

/** Everything publish needs from the outside. */
export interface PublishDeps {
  observations: ObservationStore;
  datasets: DatasetStateStore;
  blobs: BlobStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  /** Public base URL for links in notifications (the bucket's own URL form when omitted). */
  publicBaseUrl?: string;
}

/** What publish did for one dataset. */
export type PublishOutcome =
  | { dataset: string; status: 'published'; version: number; rows: number; prefix: string; changes: SnapshotManifest['changes'] }
  | { dataset: string; status: 'unchanged'; version: number }
  | { dataset: string; status: 'lost-race'; version: number };

/** S3 prefix of one dataset version. */
export const versionPrefix = (dataset: string, version: number) => `datasets/${dataset}/v${version}/`;

const encoder = new TextEncoder();

function fingerprint(row: Observation): string {
  return `${row.revision}|${row.value}|${row.yoy_pct}|${row.qualifier}`;
}

async function previousRows(blobs: BlobStore, dataset: string, version: number): Promise<Map<string, string>> {
  const previous = new Map<string, string>();
  if (version === 0) return previous;
  const body = await blobs.get(`${versionPrefix(dataset, version)}observations.json`);
  if (!body) return previous;
  for (const row of JSON.parse(new TextDecoder().decode(body)) as Observation[]) previous.set(row.observation_id, fingerprint(row));
  return previous;
}

/** Publishes one dataset if it changed. */
export async function publishDataset(dataset: string, deps: PublishDeps): Promise<PublishOutcome> {
  const state = await deps.datasets.get(dataset);
  if (state.change_seq <= state.published_seq) return { dataset, status: 'unchanged', version: state.latest_version };
  const seq = state.change_seq;
  const from = state.latest_version;
  const version = from + 1;

  const rows: Observation[] = [];
  for await (const row of deps.observations.scan(dataset)) rows.push(row);
  const previous = await previousRows(deps.blobs, dataset, from);
  const changes = { added: 0, revised: 0, removed: 0 };
  for (const row of rows) {
    const before = previous.get(row.observation_id);
    if (before === undefined) changes.added++;
    else if (before !== fingerprint(row)) changes.revised++;
    previous.delete(row.observation_id);
  }
  changes.removed = previous.size;
  if (changes.added + changes.revised + changes.removed === 0) {
    await deps.datasets.markChecked(dataset, seq);
    return { dataset, status: 'unchanged', version: from };
  }

  const now = deps.clock.now();
  const prefix = versionPrefix(dataset, version);
  const csv = encoder.encode(CSV_HEADER + rows.map(csvRecord).join(''));
  const json = encoder.encode(`[${rows.map(jsonRecord).join(',\n')}]\n`);
  const files: ManifestFile[] = [];
  for (const [name, body, mediaType] of [['observations.csv', csv, 'text/csv; charset=utf-8'], ['observations.json', json, 'application/json']] as const) {
    await deps.blobs.put(prefix + name, body, { contentType: mediaType, cacheControl: 'public, max-age=31536000, immutable' });
    files.push({ path: name, media_type: mediaType, bytes: body.byteLength, sha256: sha256Hex(body) });
  }
  const periods = rows.flatMap((r) => [r.period_start, r.period_end]).filter(Boolean).sort();
  const sources = new Map<string, { release_id: string; url: string; published: string }>();
  for (const row of rows) sources.set(row.release_id, { release_id: row.release_id, url: row.source_url, published: row.published });
  const dataAsOf = now.toISOString().slice(0, 10);
  const manifest = SnapshotManifest.parse({
    dataset,
    version,
    previous_version: from > 0 ? from : null,
    created_at: now.toISOString(),
    data_as_of: dataAsOf,
    row_count: rows.length,
    period_start: periods[0] ?? '',
    period_end: periods[periods.length - 1] ?? '',
    changes,
    files,
    schema: { primary_key: 'observation_id', fields: OBSERVATION_COLUMNS.map((name) => ({ name, ...OBSERVATION_COLUMN_DOCS[name] })) },
    sources: [...sources.values()].sort((a, b) => a.release_id.localeCompare(b.release_id)),
    citation: `${dataset}, version ${version}, data as of ${dataAsOf}`,
  });
  await deps.blobs.put(`${prefix}manifest.json`, encoder.encode(JSON.stringify(manifest, null, 2)), { contentType: 'application/json', cacheControl: 'public, max-age=31536000, immutable' });

  if (!(await deps.datasets.commitVersion(dataset, from, seq))) return { dataset, status: 'lost-race', version: from };
  await deps.blobs.put(`datasets/${dataset}/latest.json`, encoder.encode(JSON.stringify({ dataset, version, manifest: `${prefix}manifest.json`, created_at: manifest.created_at }, null, 2)), { contentType: 'application/json' });

  const base = deps.publicBaseUrl ? deps.publicBaseUrl.replace(/\/$/, '') + '/' : '';
  await deps.notifier.notify({
    subject: `${dataset} version ${version}`,
    body: JSON.stringify({ dataset, version, row_count: rows.length, changes, manifest: `${base}${prefix}manifest.json`, files: files.map((f) => `${base}${prefix}${f.path}`), citation: manifest.citation }),
    attributes: { dataset, version: String(version) },
  });
  deps.logger.info(`published ${dataset} v${version}`, { dataset, version, rows: rows.length, ...changes });
  return { dataset, status: 'published', version, rows: rows.length, prefix, changes };
}

/** Publishes every dataset that changed (or the ones asked for). */
export async function publishDatasets(datasets: string[] | undefined, deps: PublishDeps): Promise<PublishOutcome[]> {
  const names = datasets ?? (await deps.datasets.list()).map((s) => s.dataset);
  const outcomes: PublishOutcome[] = [];
  for (const dataset of names.sort()) outcomes.push(await publishDataset(dataset, deps));
  return outcomes;
}
