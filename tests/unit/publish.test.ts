/**
 * The publish use case on in-memory ports: three versions with additions, revisions and a
 * removal; every file checked against its manifest; the diff, delta and vintages read back;
 * the Parquet file read by DuckDB; no-change runs, racing publishers and crashes at every write.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { rowsAsOf } from '../../functions/core/publish/diff.js';
import { jsonRecord } from '../../functions/core/publish/render.js';
import type { BlobStore, DatasetStateStore, Notifier } from '../../functions/core/ports.js';
import { failingBlobs, failingNotifier, failingState } from '../support/crash-injection.js';

const DS = 'test-trade';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const silent = { info() {}, warn() {}, error() {} };

/** A row with sensible defaults; `id` doubles as the sort key. */
function row(id: string, over: Partial<Observation> = {}): Observation {
  const base: Observation = {
    observation_id: id, dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value: 100, unit: 'CNY', qualifier: 'exact', yoy_pct: 1.5, status: 'preliminary',
    release_id: 'rel-a', source_url: 'https://example.test/a', source_quote: 'Exports were 100, "up" 1.5%,\nsaid officials', published: '2025-11-07', revision: 1,
    period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: true,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

function world(overrides: { blobs?: (b: BlobStore) => BlobStore; datasets?: (d: DatasetStateStore) => DatasetStateStore; notifier?: (n: Notifier) => Notifier } = {}) {
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const notifier = new MemoryNotifier();
  const clock = new ManualClock(new Date('2025-11-10T08:00:00Z'));
  const deps = (owner = 'run-1', wrap = overrides): PublishDeps => ({
    observations,
    datasets: wrap.datasets ? wrap.datasets(datasets) : datasets,
    blobs: wrap.blobs ? wrap.blobs(blobs) : blobs,
    notifier: wrap.notifier ? wrap.notifier(notifier) : notifier,
    clock,
    logger: silent,
    owner,
    leaseMs: 60_000,
    publicBaseUrl: 'https://data.example.test',
    build: { parquetRowGroupSize: 3 },
  });
  return { blobs, datasets, observations, notifier, clock, deps };
}

/** Version 1: a, b, c, d. Version 2: b revised, e added. Version 3: c removed, b revised again, f added. */
async function threeVersions(w: ReturnType<typeof world>) {
  for (const id of ['a', 'b', 'c', 'd']) await w.observations.upsert(row(`obs-${id}`, { area: id === 'd' ? 'Xinjiang' : 'China', flow: id === 'c' ? 'import' : 'export' }));
  const v1 = await publishDataset(DS, w.deps());
  w.clock.advance(86_400_000);
  await w.observations.upsert(row('obs-b', { value: 120, yoy_pct: 3, revision: 2, status: 'revised', release_id: 'rel-b', published: '2025-11-09' }));
  await w.observations.upsert(row('obs-e', { commodity: 'steel', value: 40, release_id: 'rel-b', published: '2025-11-09' }));
  const v2 = await publishDataset(DS, w.deps());
  w.clock.advance(86_400_000);
  await w.observations.remove(DS, 'obs-c');
  await w.observations.upsert(row('obs-b', { value: 90, yoy_pct: -2, revision: 3, status: 'revised', release_id: 'rel-c', published: '2025-11-11' }));
  await w.observations.upsert(row('obs-f', { area: 'Horgos Port', release_id: 'rel-c', published: '2025-11-11' }));
  const v3 = await publishDataset(DS, w.deps());
  return [v1, v2, v3];
}

function manifestOf(blobs: MemoryBlobStore, version: number): SnapshotManifest {
  return SnapshotManifest.parse(JSON.parse(blobs.text(`datasets/${DS}/v${version}/manifest.json`)));
}

/** Asserts that every file the manifest lists exists with exactly its bytes and sha256. */
function expectManifestMatches(blobs: MemoryBlobStore, prefix: string, manifest: SnapshotManifest) {
  for (const file of manifest.files) {
    const body = blobs.objects.get(prefix + file.path)?.body;
    expect(body, prefix + file.path).toBeDefined();
    expect(body!.byteLength, file.path).toBe(file.bytes);
    expect(sha256(body!), file.path).toBe(file.sha256);
  }
}

const ndjson = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('publishing three versions', () => {
  it('publishes versions 1, 2 and 3 whose files all match their manifest checksums', async () => {
    const w = world();
    const outcomes = await threeVersions(w);
    expect(outcomes.map((o) => (o.status === 'published' ? o.version : o.status))).toEqual([1, 2, 3]);
    for (const v of [1, 2, 3]) {
      const manifest = manifestOf(w.blobs, v);
      expect(manifest.files.map((f) => f.path)).toEqual([
        'observations.csv', 'observations.csv.gz', 'observations.json', 'observations.ndjson', 'observations.parquet', 'changes.json', 'delta.csv', 'vintages.ndjson', 'quality.json',
        'partners.csv', 'areas.csv', 'customs-regimes.csv', 'enterprise-types.csv', 'datapackage.json',
      ]);
      expectManifestMatches(w.blobs, `datasets/${DS}/v${v}/`, manifest);
    }
    const m3 = manifestOf(w.blobs, 3);
    expect(m3).toMatchObject({ version: 3, previous_version: 2, row_count: 5, changes: { added: 1, revised: 1, removed: 1 }, change_seq: 9, citation: `${DS}, version 3, data as of 2025-11-12` });
    // latest/ mirrors v3 byte for byte, and latest.json points at it.
    expectManifestMatches(w.blobs, `datasets/${DS}/latest/`, m3);
    expect(JSON.parse(w.blobs.text(`datasets/${DS}/latest.json`))).toMatchObject({ version: 3, manifest: `https://data.example.test/datasets/${DS}/v3/manifest.json` });
  });

  it('writes the same rows as CSV (RFC 4180), gzip, JSON and NDJSON, in publish order (period, then observation_id within a period)', async () => {
    const w = world();
    await threeVersions(w);
    const prefix = `datasets/${DS}/v3/`;
    const csv = w.blobs.text(`${prefix}observations.csv`);
    expect(csv.startsWith(`${OBSERVATION_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain('"Exports were 100, ""up"" 1.5%,\nsaid officials"');
    expect(gunzipSync(w.blobs.objects.get(`${prefix}observations.csv.gz`)!.body).toString()).toBe(csv);
    const json = JSON.parse(w.blobs.text(`${prefix}observations.json`)) as Observation[];
    expect(json.map((r) => r.observation_id)).toEqual(['obs-a', 'obs-b', 'obs-d', 'obs-e', 'obs-f']);
    expect(ndjson(w.blobs.text(`${prefix}observations.ndjson`))).toEqual(json);
    expect(json.find((r) => r.observation_id === 'obs-b')).toMatchObject({ value: 90, revision: 3, status: 'revised' });
  });

  it('records the diff to the previous version in changes.json with old and new figures', async () => {
    const w = world();
    await threeVersions(w);
    const changes = JSON.parse(w.blobs.text(`datasets/${DS}/v3/changes.json`));
    expect(changes).toMatchObject({ dataset: DS, version: 3, previous_version: 2, counts: { added: 1, revised: 1, removed: 1 } });
    const byId = Object.fromEntries(changes.changes.map((c: { observation_id: string }) => [c.observation_id, c]));
    expect(Object.keys(byId)).toEqual(['obs-b', 'obs-c', 'obs-f']);
    expect(byId['obs-b']).toMatchObject({ change: 'revised', revised_by: 'rel-c', old: { value: 120, yoy_pct: 3, revision: 2 }, new: { value: 90, yoy_pct: -2, revision: 3 } });
    expect(byId['obs-c']).toMatchObject({ change: 'removed', old: { value: 100 } });
    expect(byId['obs-c'].new).toBeUndefined();
    expect(byId['obs-f']).toMatchObject({ change: 'added', area: 'Horgos Port', new: { value: 100 } });
    expect(changes.by_area).toEqual({ China: { added: 0, revised: 1, removed: 1 }, 'Horgos Port': { added: 1, revised: 0, removed: 0 } });
    expect(changes.by_flow).toEqual({ export: { added: 1, revised: 1, removed: 0 }, import: { added: 0, revised: 0, removed: 1 } });
    const m3 = manifestOf(w.blobs, 3);
    expect(m3.largest_changes).toEqual([expect.objectContaining({ observation_id: 'obs-b', old_value: 120, new_value: 90, change_pct: -25, release_id: 'rel-c' })]);
    expect(m3.touched).toEqual({ areas: ['China', 'Horgos Port'], flows: ['export', 'import'], commodities: ['all goods'] });
  });

  it('lists only changed rows in delta.csv, removed rows as last published with change=removed', async () => {
    const w = world();
    await threeVersions(w);
    const delta = w.blobs.text(`datasets/${DS}/v3/delta.csv`);
    const records = delta.split('\r\n').filter(Boolean);
    expect(records[0]).toBe(`change,${OBSERVATION_COLUMNS.join(',')}`);
    const kinds = delta.match(/^(added|revised|removed),obs-\w+/gm);
    expect(kinds).toEqual(['revised,obs-b', 'removed,obs-c', 'added,obs-f']);
    // Applying delta v2 then v3 to v1 gives v3: upsert added/revised, delete removed.
    const state = new Map(ndjson(w.blobs.text(`datasets/${DS}/v1/observations.ndjson`)).map((r) => [r.observation_id, r.value]));
    for (const v of [2, 3]) {
      for (const entry of JSON.parse(w.blobs.text(`datasets/${DS}/v${v}/changes.json`)).changes) {
        if (entry.change === 'removed') state.delete(entry.observation_id);
        else state.set(entry.observation_id, entry.new.value);
      }
    }
    const v3 = ndjson(w.blobs.text(`datasets/${DS}/v3/observations.ndjson`));
    expect(Object.fromEntries(state)).toEqual(Object.fromEntries(v3.map((r) => [r.observation_id, r.value])));
  });

  it("reconstructs versions 1 and 2 exactly from version 3's vintages", async () => {
    const w = world();
    await threeVersions(w);
    const vintages = ndjson(w.blobs.text(`datasets/${DS}/v3/vintages.ndjson`));
    expect(vintages.filter((v) => v.observation_id === 'obs-b').map((v) => [v.revision, v.introduced_in, v.superseded_in])).toEqual([[1, 1, 2], [2, 2, 3], [3, 3, null]]);
    expect(vintages.find((v) => v.observation_id === 'obs-c')).toMatchObject({ introduced_in: 1, superseded_in: 3 });
    for (const version of [1, 2, 3]) {
      const rebuilt = rowsAsOf(vintages, version).map(({ introduced_in: _i, superseded_in: _s, ...r }) => `${jsonRecord(r as Observation)}\n`).join('');
      expect(rebuilt, `version ${version}`).toBe(w.blobs.text(`datasets/${DS}/v${version}/observations.ndjson`));
    }
  });

  it('describes every file in a Frictionless datapackage.json with bytes, sha256 hash and schema', async () => {
    const w = world();
    await threeVersions(w);
    const manifest = manifestOf(w.blobs, 2);
    const pkg = JSON.parse(w.blobs.text(`datasets/${DS}/v2/datapackage.json`));
    // No source describes this dataset: no licence is assumed, the terms are stated as unknown.
    expect(pkg).toMatchObject({ profile: 'data-package', name: DS, version: '1.1.2', data_version: 2, schema_version: '1.1.0', created: '2025-11-11T08:00:00.000Z', citation: { text: `${DS}, version 2, data as of 2025-11-11`, version: '1.1.2' } });
    expect(pkg.licenses).toEqual([{ title: expect.stringContaining('Terms of the publisher'), path: expect.any(String) }]);
    expect(pkg.sources.map((s: { title: string }) => s.title)).toEqual(['rel-a', 'rel-b']);
    for (const resource of pkg.resources) {
      const file = manifest.files.find((f) => f.path === resource.path)!;
      expect(resource).toMatchObject({ bytes: file.bytes, hash: `sha256:${file.sha256}` });
    }
    const observations = pkg.resources.find((r: { path: string }) => r.path === 'observations.csv');
    expect(observations.schema.primaryKey).toBe('observation_id');
    expect(observations.schema.fields.map((f: { name: string }) => f.name)).toEqual(OBSERVATION_COLUMNS);
    expect(observations.schema.fields.find((f: { name: string }) => f.name === 'value')).toMatchObject({ type: 'number', description: expect.stringContaining('base units') });
  });

  it('writes a Parquet file DuckDB reads back with typed columns and the same rows', async () => {
    const w = world();
    await threeVersions(w);
    const dir = mkdtempSync(join(tmpdir(), 'publish-parquet-'));
    try {
      const file = join(dir, 'observations.parquet');
      writeFileSync(file, w.blobs.objects.get(`datasets/${DS}/v3/observations.parquet`)!.body);
      const db = await DuckDBInstance.create(':memory:');
      const connection = await db.connect();
      const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
      const columnTypes = Object.fromEntries(types.getRowObjectsJson().map((r) => [r.column_name, r.column_type]));
      expect(Object.keys(columnTypes)).toEqual(OBSERVATION_COLUMNS);
      expect(columnTypes).toMatchObject({ value: 'DOUBLE', yoy_pct: 'DOUBLE', revision: 'INTEGER', published: 'DATE', observation_id: 'VARCHAR' });
      const rows = (await connection.runAndReadAll(`SELECT observation_id, value, yoy_pct, revision, CAST(published AS VARCHAR) AS published, source_quote FROM read_parquet('${file}') ORDER BY observation_id`)).getRowObjectsJson();
      const expected = ndjson(w.blobs.text(`datasets/${DS}/v3/observations.ndjson`));
      expect(rows).toEqual(expected.map((r) => ({ observation_id: r.observation_id, value: r.value, yoy_pct: r.yoy_pct, revision: r.revision, published: r.published, source_quote: r.source_quote })));
      connection.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends one notification per version with filterable attributes, counts, largest changes and links', async () => {
    const w = world();
    await threeVersions(w);
    expect(w.notifier.sent.map((n) => n.id)).toEqual([`${DS}/v1`, `${DS}/v2`, `${DS}/v3`]);
    const n3 = w.notifier.sent[2];
    expect(n3.attributes).toEqual({ dataset: DS, version: '3', message_id: `${DS}/v3`, change_kinds: ['added', 'revised', 'removed'], areas: ['China', 'Horgos Port'], flows: ['export', 'import'], commodities: ['all goods'] });
    const body = JSON.parse(n3.body);
    expect(body).toMatchObject({ version: 3, changes: { added: 1, revised: 1, removed: 1 }, manifest: `https://data.example.test/datasets/${DS}/v3/manifest.json` });
    expect(Object.keys(body.files)).toContain('delta.csv');
    expect(body.largest_changes[0]).toMatchObject({ observation_id: 'obs-b', change_pct: -25 });
  });

  it('keeps catalog.json and the Atom feeds up to date', async () => {
    const w = world();
    await threeVersions(w);
    const catalog = JSON.parse(w.blobs.text('catalog.json'));
    expect(catalog.datasets).toEqual([expect.objectContaining({ dataset: DS, latest_version: 3, row_count: 5, period_start: '2025-10', period_end: '2025-10', last_updated: '2025-11-12T08:00:00.000Z' })]);
    const feed = w.blobs.text(`datasets/${DS}/feed.atom`);
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed.indexOf(':v3</id>')).toBeLessThan(feed.indexOf(':v2</id>'));
    expect(w.blobs.text('feed.atom')).toContain(`urn:customs-publisher:${DS}:v3`);
  });
});

describe('no change, no version', () => {
  it('publishes nothing and notifies no one when rows changed back to what the latest version has', async () => {
    const w = world();
    await w.observations.upsert(row('obs-a'));
    await publishDataset(DS, w.deps());
    const before = [...w.blobs.objects.keys()].sort();
    await w.observations.upsert(row('obs-a')); // same figure written again: change_seq moves, rows do not
    const outcome = await publishDataset(DS, w.deps());
    expect(outcome).toEqual({ dataset: DS, status: 'unchanged', version: 1 });
    expect([...w.blobs.objects.keys()].sort()).toEqual(before);
    expect(w.notifier.sent).toHaveLength(1);
    expect(await w.datasets.get(DS)).toMatchObject({ latest_version: 1, pending: null, published_seq: 2 });
    expect(await publishDataset(DS, w.deps())).toMatchObject({ status: 'unchanged' });
  });
});

describe('racing publishers', () => {
  it('produce exactly one version when two publish the same dataset at once', async () => {
    const w = world();
    await w.observations.upsert(row('obs-a'));
    const outcomes = await Promise.all([publishDataset(DS, w.deps('run-1')), publishDataset(DS, w.deps('run-2'))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['lost-race', 'published']);
    expect(await w.blobs.list(`datasets/${DS}/v2/`)).toEqual([]);
    expect(w.notifier.sent).toHaveLength(1);
  });

  it('leave a pending version with a live lease alone and take it over once the lease ended', async () => {
    const w = world({ blobs: (b) => failingBlobs(b, 1) });
    await w.observations.upsert(row('obs-a'));
    await expect(publishDataset(DS, w.deps('crashed'))).rejects.toThrow(/injected/);
    expect(await publishDataset(DS, w.deps('run-2', {}))).toMatchObject({ status: 'in-progress', pending: 1 });
    w.clock.advance(61_000);
    expect(await publishDataset(DS, w.deps('run-2', {}))).toMatchObject({ status: 'published', version: 1, resumed: true });
  });
});


describe('crash consistency', () => {
  // Version 2 writes 8 streamed files, 4 code lists, datapackage, manifest, 14 latest/ copies,
  // latest.json, catalog and two feeds: about 32 blob writes; 40 covers them all (later k never fire).
  const blobWrites = Array.from({ length: 40 }, (_, i) => i + 1);

  async function crashThenRecover(wrap: Parameters<typeof world>[0]) {
    const w = world();
    await w.observations.upsert(row('obs-a'));
    await w.observations.upsert(row('obs-b'));
    await publishDataset(DS, w.deps());
    await w.observations.upsert(row('obs-b', { value: 7, revision: 2, status: 'revised', release_id: 'rel-b' }));
    await w.observations.upsert(row('obs-c'));
    let crashed = false;
    try {
      await publishDataset(DS, w.deps('crashing', wrap));
    } catch {
      crashed = true;
    }
    // Between crash and recovery a reader sees version 1 or the complete version 2, never a mix.
    const pointer = JSON.parse(w.blobs.text(`datasets/${DS}/latest.json`));
    const visible = manifestOf(w.blobs, pointer.version);
    expectManifestMatches(w.blobs, `datasets/${DS}/v${pointer.version}/`, visible);
    if (w.blobs.objects.has(`datasets/${DS}/v2/manifest.json`)) expectManifestMatches(w.blobs, `datasets/${DS}/v2/`, manifestOf(w.blobs, 2));

    w.clock.advance(61_000); // the crashed publisher's lease ends
    await publishDataset(DS, w.deps('recovery', {}));
    const state = await w.datasets.get(DS);
    expect(state).toMatchObject({ latest_version: 2, notified_version: 2, pending: null });
    expect(await w.blobs.list(`datasets/${DS}/v3/`)).toEqual([]);
    const m2 = manifestOf(w.blobs, 2);
    expect(m2.changes).toEqual({ added: 1, revised: 1, removed: 0 });
    expectManifestMatches(w.blobs, `datasets/${DS}/v2/`, m2);
    expectManifestMatches(w.blobs, `datasets/${DS}/latest/`, m2);
    expect(JSON.parse(w.blobs.text(`datasets/${DS}/latest.json`)).version).toBe(2);
    expect(JSON.parse(w.blobs.text('catalog.json')).datasets[0].latest_version).toBe(2);
    expect(w.blobs.text(`datasets/${DS}/feed.atom`)).toContain(':v2</id>');
    // At least once, and every copy is the same deterministic message.
    const v2 = w.notifier.sent.filter((n) => n.id === `${DS}/v2`);
    expect(v2.length).toBeGreaterThanOrEqual(1);
    expect(new Set(v2.map((n) => n.body)).size).toBe(1);
    // A further run has nothing to do.
    expect(await publishDataset(DS, w.deps('after', {}))).toMatchObject({ status: 'unchanged', version: 2 });
    return crashed;
  }

  it.each(blobWrites)('recovers to a complete version 2 after a crash following blob write %i', async (k) => {
    const counter = { n: 0 };
    await crashThenRecover({ blobs: (b) => failingBlobs(b, k, counter) });
  });

  it.each([1, 2, 3, 4])('recovers after a crash following state write %i', async (k) => {
    expect(await crashThenRecover({ datasets: (d) => failingState(d, k) })).toBe(true);
  });

  it('recovers after a crash right after the notification was sent (and resends the same message)', async () => {
    expect(await crashThenRecover({ notifier: failingNotifier })).toBe(true);
  });
});
