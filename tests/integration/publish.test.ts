/**
 * Publishing on the real local services (DynamoDB Local, fauxqs for S3, SNS and SQS) with the real adapters:
 * versions 1-3 written through DynamoObservationStore.applyRelease, every object in the bucket
 * checked against its manifest, the diff, delta and vintages read back, SNS filter policies
 * exercised through real queue subscriptions, and a crash injected after every single write.
 */
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type ObservationDraft } from '../../functions/core/contract.js';
import type { BlobStore, DatasetStateStore, Notifier } from '../../functions/core/ports.js';
import { failingBlobs, failingNotifier, failingState } from '../support/crash-injection.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { rowsAsOf } from '../../functions/core/publish/diff.js';
import { jsonRecord } from '../../functions/core/publish/render.js';
import { ManualClock } from '../../functions/core/publish/in-memory.js';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from '../../functions/adapters/dynamo-observation-store.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { SnsNotifier } from '../../functions/adapters/sns-notifier.js';
import { receiveBatch } from '../../bin/local/pipeline.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const silent = { info() {}, warn() {}, error() {} };

let stack: TestStack;
let datasets: DynamoDatasetStateStore;
let observations: DynamoObservationStore;
let blobs: S3BlobStore;
let notifier: SnsNotifier;
const clock = new ManualClock(new Date('2025-11-10T08:00:00Z'));

function deps(owner: string, wrap: { blobs?: BlobStore; datasets?: DatasetStateStore; notifier?: Notifier } = {}): PublishDeps {
  return { observations, datasets: wrap.datasets ?? datasets, blobs: wrap.blobs ?? blobs, notifier: wrap.notifier ?? notifier, clock, logger: silent, owner, leaseMs: 60_000, publicBaseUrl: 'https://data.example.test' };
}

async function object(key: string): Promise<Uint8Array> {
  const out = await stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key }));
  return out.Body!.transformToByteArray();
}
const text = async (key: string) => Buffer.from(await object(key)).toString('utf8');
async function keys(prefix: string): Promise<string[]> {
  const out = await stack.services.clients.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_NAMES.bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}
const manifest = async (dataset: string, version: number) => SnapshotManifest.parse(JSON.parse(await text(`datasets/${dataset}/v${version}/manifest.json`)));

async function expectFilesMatch(prefix: string, m: SnapshotManifest) {
  for (const file of m.files) {
    const body = await object(prefix + file.path);
    expect(body.byteLength, prefix + file.path).toBe(file.bytes);
    expect(sha256(body), prefix + file.path).toBe(file.sha256);
  }
}

function draft(dataset: string, release: string, over: Partial<ObservationDraft>): ObservationDraft {
  return {
    dataset, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value', period_start: '2025-10', period_end: '2025-10',
    value: 100, unit: 'CNY', qualifier: 'exact', yoy_pct: 1, release_id: release, source_url: `https://example.test/${release}`, source_quote: `quote of ${release}`,
    published: '2025-11-07', quote_start: null, quote_end: null, ...over,
  };
}

/** v1: A (3 rows) + H (Horgos). v2: A revises China export, B adds November. v3: A drops Xinjiang, H revises Horgos. */
async function writeVersion(dataset: string, version: 1 | 2 | 3, area = 'China') {
  const exportValue = version === 1 ? 2_717_530_000_000 : 2_800_000_000_000;
  const releaseA = [
    draft(dataset, 'rel-a', { area, value: exportValue, yoy_pct: version === 1 ? 3.3 : 4.1 }),
    draft(dataset, 'rel-a', { area, flow: 'import', value: 1_822_600_000_000, yoy_pct: -3.7 }),
    ...(version < 3 ? [draft(dataset, 'rel-a', { area: 'Xinjiang', value: 412_000_000_000, commodity: 'all goods' })] : []),
  ];
  await observations.applyRelease(dataset, 'rel-a', releaseA);
  await observations.applyRelease(dataset, 'rel-h', [draft(dataset, 'rel-h', { area: 'Horgos Port', commodity: 'commercial vehicles', measure: 'count', unit: 'vehicles', value: version === 3 ? 61_000 : 58_000, yoy_pct: null })]);
  if (version >= 2) await observations.applyRelease(dataset, 'rel-b', [draft(dataset, 'rel-b', { area, period_start: '2025-11', period_end: '2025-11', value: 2_900_000_000_000, published: '2025-12-07' })]);
}

beforeAll(async () => {
  stack = await startTestStack();
  const { clients, config, topicArn } = stack.services;
  datasets = new DynamoDatasetStateStore(clients.dynamodb, config.tableName);
  observations = new DynamoObservationStore(clients.dynamodb, config.tableName, datasets);
  blobs = new S3BlobStore(clients.s3, config.bucketName);
  notifier = new SnsNotifier(clients.sns, topicArn);
});

afterAll(async () => {
  await stack?.stop();
});

describe('three versions on the local services', () => {
  const DS = 'integration-trade';
  let datasetQueue: string;
  let fromV3Queue: string; // version >= 3
  let otherQueue: string;
  const outcomes: Awaited<ReturnType<typeof publishDataset>>[] = [];

  beforeAll(async () => {
    // fauxqs matches String.Array attributes as whole strings, not element-wise as SNS does, so the
    // filters exercised here are on the scalar attributes; the list attributes are checked as delivered.
    datasetQueue = await stack.services.subscribeQueue('publish-this-dataset', { dataset: [DS] });
    fromV3Queue = await stack.services.subscribeQueue('publish-from-v3', { dataset: [DS], version: [{ numeric: ['>=', 3] }] });
    otherQueue = await stack.services.subscribeQueue('publish-other-dataset', { dataset: ['some-other-dataset'] });
    for (const version of [1, 2, 3] as const) {
      await writeVersion(DS, version);
      clock.advance(86_400_000);
      outcomes.push(await publishDataset(DS, deps(`run-${version}`)));
    }
  });

  it('publishes versions 1, 2 and 3 with every file matching its manifest, in v<N>/ and latest/', async () => {
    expect(outcomes.map((o) => o.status === 'published' && [o.version, o.changes])).toEqual([
      [1, { added: 4, revised: 0, removed: 0 }],
      [2, { added: 1, revised: 1, removed: 0 }],
      [3, { added: 0, revised: 1, removed: 1 }],
    ]);
    for (const v of [1, 2, 3]) await expectFilesMatch(`datasets/${DS}/v${v}/`, await manifest(DS, v));
    const m3 = await manifest(DS, 3);
    await expectFilesMatch(`datasets/${DS}/latest/`, m3);
    // latest/ is a server-side copy with its own headers: no-cache (it moves), the version it holds.
    const head = await stack.services.clients.s3.send(new HeadObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: `datasets/${DS}/latest/observations.csv` }));
    expect(head).toMatchObject({ ContentType: 'text/csv; charset=utf-8', CacheControl: 'no-cache', Metadata: { 'dataset-version': '3' } });
    const versioned = await stack.services.clients.s3.send(new HeadObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: `datasets/${DS}/v3/observations.csv` }));
    expect(versioned.CacheControl).toBe('public, max-age=31536000, immutable');
    expect(JSON.parse(await text(`datasets/${DS}/latest.json`))).toMatchObject({ version: 3, row_count: 4 });
    const catalog = JSON.parse(await text('catalog.json'));
    expect(catalog.datasets.find((d: { dataset: string }) => d.dataset === DS)).toMatchObject({ latest_version: 3, row_count: 4, period_start: '2025-10', period_end: '2025-11' });
    expect(await text(`datasets/${DS}/feed.atom`)).toContain(`urn:customs-publisher:${DS}:v3`);
    expect(await text('feed.atom')).toContain(`urn:customs-publisher:${DS}:v1`);
  });

  it('marks revised rows as revised with their revision number, straight from the store', async () => {
    const rows = (await text(`datasets/${DS}/v3/observations.ndjson`)).trim().split('\n').map((l) => JSON.parse(l));
    const chinaExport = rows.find((r) => r.area === 'China' && r.flow === 'export' && r.period_start === '2025-10');
    expect(chinaExport).toMatchObject({ value: 2_800_000_000_000, yoy_pct: 4.1, revision: 2, status: 'revised' });
    expect(rows.find((r) => r.flow === 'import')).toMatchObject({ revision: 1, status: 'preliminary' });
  });

  it('writes the diff to version 2 in changes.json and only the changed rows in delta.csv', async () => {
    const changes = JSON.parse(await text(`datasets/${DS}/v3/changes.json`));
    expect(changes.counts).toEqual({ added: 0, revised: 1, removed: 1 });
    const revised = changes.changes.find((c: { change: string }) => c.change === 'revised');
    expect(revised).toMatchObject({ area: 'Horgos Port', old: { value: 58_000 }, new: { value: 61_000, revision: 2 }, revised_by: 'rel-h' });
    expect(changes.changes.find((c: { change: string }) => c.change === 'removed')).toMatchObject({ area: 'Xinjiang', old: { value: 412_000_000_000 } });
    expect(changes.by_area).toEqual({ 'Horgos Port': { added: 0, revised: 1, removed: 0 }, Xinjiang: { added: 0, revised: 0, removed: 1 } });
    const delta = (await text(`datasets/${DS}/v3/delta.csv`)).split('\r\n').filter(Boolean);
    expect(delta[0]).toBe(`change,${OBSERVATION_COLUMNS.join(',')}`);
    expect(delta.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['removed', 'revised']);
    expect(delta.find((l) => l.startsWith('removed,'))).toContain(',Xinjiang,');
  });

  it("reconstructs versions 1 and 2 byte for byte from version 3's vintages", async () => {
    const vintages = (await text(`datasets/${DS}/v3/vintages.ndjson`)).trim().split('\n').map((l) => JSON.parse(l));
    for (const version of [1, 2]) {
      const rebuilt = rowsAsOf(vintages, version).map(({ introduced_in: _i, superseded_in: _s, ...r }) => `${jsonRecord(r)}\n`).join('');
      expect(rebuilt).toBe(await text(`datasets/${DS}/v${version}/observations.ndjson`));
    }
  });

  it('delivers each version to subscriptions whose filter policy matches, and only to them', async () => {
    const drain = async (queue: string) => {
      const messages = [...(await receiveBatch(stack.services, queue, 1)), ...(await receiveBatch(stack.services, queue, 0))];
      return messages.map((m) => JSON.parse(m.Body!)).map((e) => ({ attributes: e.MessageAttributes, body: JSON.parse(e.Message) }));
    };
    const all = await drain(datasetQueue);
    expect(all.map((m) => m.body.version).sort()).toEqual([1, 2, 3]);
    const v3 = all.find((m) => m.body.version === 3)!;
    expect(v3.attributes.dataset).toEqual({ Type: 'String', Value: DS });
    expect(v3.attributes.version).toEqual({ Type: 'Number', Value: '3' });
    expect(v3.attributes.areas.Type).toBe('String.Array');
    expect(JSON.parse(v3.attributes.areas.Value)).toEqual(['Horgos Port', 'Xinjiang']);
    expect(JSON.parse(v3.attributes.change_kinds.Value)).toEqual(['revised', 'removed']);
    expect(JSON.parse(all.find((m) => m.body.version === 2)!.attributes.areas.Value)).toEqual(['China']);
    expect(v3.body).toMatchObject({ message_id: `${DS}/v3`, changes: { added: 0, revised: 1, removed: 1 }, largest_changes: [expect.objectContaining({ area: 'Horgos Port', old_value: 58_000, new_value: 61_000 })] });
    expect(v3.body.files['observations.parquet'].url).toBe(`https://data.example.test/datasets/${DS}/v3/observations.parquet`);
    expect((await drain(fromV3Queue)).map((m) => m.body.version)).toEqual([3]);
    expect(await drain(otherQueue)).toEqual([]);
  });

  it('publishes nothing and notifies no one when a replayed release changes no row', async () => {
    const before = await keys(`datasets/${DS}/`);
    await writeVersion(DS, 3);
    // A change_seq bump without a row change (what a crashed normalize replay leaves behind).
    await datasets.markChanged(DS);
    expect(await publishDataset(DS, deps('run-4'))).toEqual({ dataset: DS, status: 'unchanged', version: 3 });
    expect(await keys(`datasets/${DS}/`)).toEqual(before);
    expect(await receiveBatch(stack.services, datasetQueue, 0)).toEqual([]);
  });
});

describe('racing publishers on DynamoDB', () => {
  it('produce exactly one version', async () => {
    const DS = 'race-trade';
    await writeVersion(DS, 1);
    const results = await Promise.all([publishDataset(DS, deps('a')), publishDataset(DS, deps('b')), publishDataset(DS, deps('c'))]);
    expect(results.filter((r) => r.status === 'published')).toHaveLength(1);
    expect(await datasets.get(DS)).toMatchObject({ latest_version: 1, notified_version: 1, pending: null });
    expect(await keys(`datasets/${DS}/v2/`)).toEqual([]);
  });
});

/** Decorates the three ports so that the k-th write of any of them throws right after it happened. */
function crashAfter(k: number) {
  const counter = { n: 0 };
  return {
    blobs: failingBlobs(blobs, k, counter, 'any'),
    datasets: failingState(datasets, k, counter, 'any'),
    notifier: failingNotifier(notifier, k, counter, 'any'),
    writes: () => counter.n,
  };
}

describe('a crash after each write of a publish', () => {
  it('always ends, after a re-run, in a complete version 2 with no skipped or reused number', async () => {
    let k = 1;
    for (;; k++) {
      const DS = `crash-${k}`;
      // Each crash dataset its own area: the quality stage compares datasets, and one dataset's
      // version 1 figure against another's version 2 would be two sources disagreeing.
      await writeVersion(DS, 1, `Area ${k}`);
      await publishDataset(DS, deps('setup'));
      await writeVersion(DS, 2, `Area ${k}`);
      const faulty = crashAfter(k);
      const crashed = await publishDataset(DS, deps(`crashing-${k}`, faulty)).then(() => false, () => true);

      // Whatever the crash left, latest.json names a complete version.
      const pointer = JSON.parse(await text(`datasets/${DS}/latest.json`));
      await expectFilesMatch(`datasets/${DS}/v${pointer.version}/`, await manifest(DS, pointer.version));

      clock.advance(61_000);
      await publishDataset(DS, deps(`recovery-${k}`));
      expect(await datasets.get(DS), `crash after write ${k}`).toMatchObject({ latest_version: 2, notified_version: 2, pending: null });
      const m2 = await manifest(DS, 2);
      expect(m2.changes, `crash after write ${k}`).toEqual({ added: 1, revised: 1, removed: 0 });
      await expectFilesMatch(`datasets/${DS}/v2/`, m2);
      await expectFilesMatch(`datasets/${DS}/latest/`, m2);
      expect(JSON.parse(await text(`datasets/${DS}/latest.json`)).version).toBe(2);
      expect(await keys(`datasets/${DS}/v3/`)).toEqual([]);
      if (!crashed) break; // k passed the last write of the publish: every write has been covered
    }
    // claim + renew (fence) + 8 streamed files + 4 code lists + datapackage + renew + manifest + commit + 14 latest/ copies + pointer + catalog + 2 feeds + notify + notified
    expect(k).toBeGreaterThanOrEqual(34);
    // One publish pair per write of a version (about 36 writes with the code lists): more than the
    // default minute on a loaded two-core machine (and each publish runs the quality stage over every dataset).
  }, 360_000);
});
