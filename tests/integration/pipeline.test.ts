/**
 * The whole pipeline on real local services (DynamoDB Local, fauxqs for S3, SNS and SQS) with the real
 * handlers, checking the actual objects in the bucket and items in the table.
 */
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { orderedPk, orderedSk } from '../../functions/adapters/dynamo-publish-order.js';
import { ReleaseCalendar, SnapshotManifest } from '../../functions/core/contract.js';
import { nextExpectedReleaseOf } from '../../functions/core/ingest/calendar.js';
import { reprocessLocally } from '../../bin/commands/reprocess.js';
import { receiveBatch, runPipelineOnce } from '../../bin/local/pipeline.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { checkDataPackage } from '../support/frictionless.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';
import { runReadmeDuckDbExample } from '../support/readme-examples.js';

const sampleDir = fileURLToPath(new URL('../../bin/sample-source/', import.meta.url));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let stack: TestStack;
let sample: SampleServer;
let subscriber: string;

async function object(key: string): Promise<Uint8Array> {
  const out = await stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key }));
  return out.Body!.transformToByteArray();
}

async function keys(prefix: string): Promise<string[]> {
  const out = await stack.services.clients.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_NAMES.bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

/** Downloads every object under a prefix into a new temporary folder, as `aws s3 cp --recursive` would. */
async function download(prefix: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'published-'));
  for (const key of await keys(prefix)) writeFileSync(join(folder, key.slice(prefix.length)), await object(key));
  return folder;
}

async function items(pk: string): Promise<Record<string, any>[]> {
  const out = await stack.services.clients.dynamodb.send(new QueryCommand({ TableName: LOCAL_NAMES.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: pk } } }));
  return (out.Items ?? []).map((i) => unmarshall(i));
}

beforeAll(async () => {
  stack = await startTestStack();
  sample = await startSampleServer(sampleDir);
  const sources = JSON.parse(readFileSync(`${sampleDir}sources.json`, 'utf8').replaceAll('{{BASE_URL}}', sample.baseUrl)).sources;
  await stack.putSources(sources);
  subscriber = await stack.services.subscribeQueue('pipeline-test-subscriber');
});

afterAll(async () => {
  await sample?.close();
  await stack?.stop();
});

describe('first run over the sample source', () => {
  let run: Awaited<ReturnType<typeof runPipelineOnce>>;
  beforeAll(async () => {
    run = await runPipelineOnce(stack.services);
  });

  it('archives every release byte for byte under raw/ with its checksum in the key', async () => {
    const raw = await keys('raw/');
    expect(raw).toHaveLength(6);
    for (const file of ['releases/xinjiang-q3-trade.html', 'releases/national-october.txt', 'releases/alashankou-trains.txt', 'tables/customs-regime-2025-10.html', 'Statics/3b9e7c41-5a2d-4f08-9c61-d07e2a48b1f5.html', 'Statics/8f20d6aa-17c3-4e9b-b5d4-6c1a93e0f27d.html']) {
      const served = readFileSync(`${sampleDir}${file}`);
      const key = raw.find((k) => k.endsWith(`/${sha256(served)}.${file.split('.').pop()}`));
      expect(key, file).toBeDefined();
      expect(Buffer.from(await object(key!)).equals(served)).toBe(true);
    }
  });

  it('records each release in the ledger as normalized', async () => {
    expect(run.ingest.new_releases).toBe(6);
    expect(run.normalize.map((o) => o.status)).toEqual(Array(6).fill('normalized'));
    const rel = run.normalize[0];
    const [item] = await items(`REL#${rel.release_id}`);
    expect(item.state).toBe('normalized');
    expect(item.raw_key).toMatch(/^raw\/sample-[a-z-]+\/\d{4}\/\d{2}\//);
  });

  it('stores observations in DynamoDB, one item per observation_id, revision 1', async () => {
    const rows = await items('OBS#china-trade-by-customs-regime');
    // 6 regimes x 4 value cells for October (table page) and for November (preliminary page, then the bulletin).
    expect(rows).toHaveLength(48);
    const ordinary = rows.find((r) => r.breakdown === 'customs regime: Ordinary Trade' && r.flow === 'export' && r.period_start === '2025-10');
    expect(ordinary).toMatchObject({ value: 140118203000, unit: 'USD', yoy_pct: 6.2, revision: 1, status: 'preliminary' });
    expect(new Set(rows.map((r) => r.observation_id)).size).toBe(rows.length);
    expect((await items('OBS#customs-news-figures')).length).toBeGreaterThan(5);
  });

  it('records the monthly bulletin revising the preliminary release: revision 2 of the changed figures, the rest unchanged', async () => {
    const [preliminary, bulletin] = run.normalize.filter((o) => o.source_id === 'sample-gacc-statistics');
    expect(preliminary).toMatchObject({ status: 'normalized', rows: 24, added: 24 });
    // Border Trade exports for November and 1 to 11, and the TOTAL exports that include them.
    expect(bulletin).toMatchObject({ status: 'normalized', rows: 24, added: 0, revised: 4, unchanged: 20 });
    const rows = await items('OBS#china-trade-by-customs-regime');
    const border = rows.find((r) => r.breakdown === 'customs regime: Border Trade' && r.flow === 'export' && r.period_start === '2025-11' && r.period_end === '2025-11');
    expect(border).toMatchObject({ value: 4312650000, revision: 2, status: 'revised', release_id: bulletin.release_id });
    const versions = await items('VIN#china-trade-by-customs-regime');
    expect(versions.filter((v) => v.observation_id === border!.observation_id).map((v) => [v.revision, v.value]).sort()).toEqual([[1, 4305912000], [2, 4312650000]]);
  });

  it('publishes version 1 of each dataset with files whose bytes match the manifest', async () => {
    expect(run.publish.filter((p) => p.status === 'published').map((p) => p.dataset).sort()).toEqual(['china-trade-by-customs-regime', 'customs-news-figures']);
    const manifest = SnapshotManifest.parse(JSON.parse(Buffer.from(await object('datasets/china-trade-by-customs-regime/v1/manifest.json')).toString()));
    expect(manifest.version).toBe(1);
    expect(manifest.row_count).toBe(48);
    for (const file of manifest.files) {
      const body = await object(`datasets/china-trade-by-customs-regime/v1/${file.path}`);
      expect(body.byteLength).toBe(file.bytes);
      expect(sha256(body)).toBe(file.sha256);
    }
    const csv = Buffer.from(await object('datasets/china-trade-by-customs-regime/v1/observations.csv')).toString();
    expect(csv.split('\r\n')[0]).toBe('observation_id,dataset,area,partner,flow,commodity,breakdown,measure,period_start,period_end,value,unit,qualifier,yoy_pct,status,release_id,source_url,source_quote,published,revision,period_type,partner_code,area_code,is_total');
    expect(manifest.schema.version).toBe('1.1.0');
    const latest = JSON.parse(Buffer.from(await object('datasets/china-trade-by-customs-regime/latest.json')).toString());
    expect(latest.version).toBe(1);
  });

  it('publishes each version as a Data Package that the Frictionless reference library validates and reads with casting, constraints and foreign keys', async () => {
    for (const dataset of ['china-trade-by-customs-regime', 'customs-news-figures']) {
      const folder = await download(`datasets/${dataset}/v1/`);
      try {
        const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));
        const check = await checkDataPackage(descriptor, folder);
        expect(check.errors, dataset).toEqual([]);
        expect(check.valid).toBe(true);
        expect(check.tabular.sort()).toEqual(['areas', 'customs-regimes', 'delta', 'enterprise-types', 'observations', 'partners']);
        const rows = check.rows.observations;
        expect(rows.length).toBeGreaterThan(5);
        // Cast by the schema: numbers, booleans and dates are typed values, not text.
        expect(typeof rows[0].revision).toBe('number');
        expect(typeof rows[0].is_total).toBe('boolean');
        expect(rows[0].published).toBeInstanceOf(Date);
        expect(descriptor.licenses[0]).toMatchObject({ title: expect.stringContaining('Terms of the publisher'), path: expect.stringMatching(/^https:\/\/example\.org\//) });
        expect(descriptor.citation).toMatchObject({ version: '1.1.1', publisher: [{ name: expect.stringContaining('bundled demo') }] });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  });

  it("runs the README's DuckDB example on the published Parquet: each month's total equals the sum of its customs regimes", async () => {
    const folder = await download('datasets/china-trade-by-customs-regime/v1/');
    try {
      const result = await runReadmeDuckDbExample(folder);
      expect(result.length).toBe(4); // export and import, October and November 2025 (the sample has both)
      for (const row of result) {
        expect(row.total, JSON.stringify(row)).toBeGreaterThan(0);
        expect(row.sum_of_regimes, JSON.stringify(row)).toBeCloseTo(row.total as number, -3);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the catalog shows the next release the calendar of a dataset\'s sources announces (none for a dataset without one)', async () => {
    const catalog = JSON.parse(Buffer.from(await object('catalog.json')).toString());
    const entry = (dataset: string) => catalog.datasets.find((d: { dataset: string }) => d.dataset === dataset);
    const calendar = ReleaseCalendar.parse(JSON.parse(readFileSync(`${sampleDir}sources.json`, 'utf8')).sources.find((s: { id: string }) => s.id === 'sample-gacc-statistics').calendar);
    expect(entry('china-trade-by-customs-regime').next_release).toEqual(nextExpectedReleaseOf([calendar], new Date(catalog.generated_at)) ?? null);
    expect(entry('customs-news-figures').next_release).toBeNull();
  });

  it('sends one notification per version with dataset and version attributes', async () => {
    const messages = [...(await receiveBatch(stack.services, subscriber, 1)), ...(await receiveBatch(stack.services, subscriber, 0))];
    const envelopes = messages.map((m) => JSON.parse(m.Body!));
    expect(envelopes).toHaveLength(2);
    const datasets = envelopes.map((e) => e.MessageAttributes.dataset.Value).sort();
    expect(datasets).toEqual(['china-trade-by-customs-regime', 'customs-news-figures']);
    for (const e of envelopes) expect(e.MessageAttributes.version.Value).toBe('1');
  });
});

describe('second run with nothing new', () => {
  it('fetches only the feed, the table page and the listing conditionally, archives nothing, publishes nothing', async () => {
    const before = await keys('');
    const served = { ...sample.counts };
    const run = await runPipelineOnce(stack.services);
    expect(run.ingest.new_releases + run.ingest.revised_releases).toBe(0);
    expect(run.normalize).toEqual([]);
    expect(run.publish.every((p) => p.status === 'unchanged')).toBe(true);
    expect(sample.counts.ok).toBe(served.ok);
    expect(sample.counts.notModified - served.notModified).toBe(3);
    expect(await keys('')).toEqual(before);
    expect(await receiveBatch(stack.services, subscriber, 0)).toEqual([]);
  });
});

describe('replays', () => {
  it('a replayed normalize message changes no observation and publishes no version', async () => {
    const before = await items('OBS#china-trade-by-customs-regime');
    const [release] = (await stack.services.clients.dynamodb.send(new QueryCommand({ TableName: LOCAL_NAMES.table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': { S: 'STATE#normalized' } } }))).Items!.map((i) => unmarshall(i));
    await stack.services.clients.sqs.send(new SendMessageCommand({ QueueUrl: stack.services.normalizeQueueUrl, MessageBody: JSON.stringify({ source_id: release.source_id, release_id: release.release_id, sha256: release.sha256 }) }));
    const run = await runPipelineOnce(stack.services);
    expect(run.normalize.map((o) => o.status)).toEqual(['skipped']);
    expect(run.publish.every((p) => p.status === 'unchanged')).toBe(true);
    expect(await items('OBS#china-trade-by-customs-regime')).toEqual(before);
    expect(await receiveBatch(stack.services, subscriber, 0)).toEqual([]);
  });
});

describe('reprocessing the raw archive', () => {
  it('normalizes every archived release again in bounded batches: a wrong figure becomes a revision, a figure no release reports is removed with its reason', async () => {
    const dataset = 'china-trade-by-customs-regime';
    const rows = await items(`OBS#${dataset}`);
    const ordinary = rows.find((r) => r.breakdown === 'customs regime: Ordinary Trade' && r.flow === 'export' && r.period_start === '2025-10')!;
    // What an older extractor might have left: one figure read wrong, and one row it should never have produced.
    const put = (item: Record<string, unknown>) => stack.services.clients.dynamodb.send(new PutItemCommand({ TableName: LOCAL_NAMES.table, Item: marshall(item) }));
    // (In an area of its own: a bogus part of the regime table would break its sum and be held back by the quality stage.)
    const bogus = { ...ordinary, observation_id: '0000000000000000bad0', sk: '0000000000000000bad0', area: 'Misread Area', breakdown: 'customs regime: Misread Label' };
    await put(bogus);
    // The table keeps each current row twice: by id and in publish order (dynamo-publish-order.ts).
    await put({ ...bogus, pk: orderedPk(dataset), sk: orderedSk({ observation_id: bogus.observation_id, period_start: ordinary.period_start, period_end: ordinary.period_end }) });
    const [owned] = await items(`RELOBS#${ordinary.release_id}`);
    await put({ ...owned, ids: [...owned.ids, bogus.observation_id] });
    await new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table).markChanged(dataset, [ordinary.period_end]);
    const { handler: publish } = await import('../../functions/publish/handler.js');
    expect((await publish({})).outcomes.find((o) => o.dataset === dataset)).toMatchObject({ status: 'published', version: 2, changes: { added: 1 } });
    await put({ ...ordinary, value: 1 });
    await put({ ...ordinary, value: 1, pk: orderedPk(dataset), sk: orderedSk({ observation_id: ordinary.observation_id, period_start: ordinary.period_start, period_end: ordinary.period_end }) });

    const lines: string[] = [];
    const run = await reprocessLocally(stack.services, { limit: 3 }, (line) => lines.push(line));
    expect(run).toMatchObject({ batches: 2, queued: 6 });
    expect(lines[0]).toMatch(/^batch 1: 3 release\(s\) up to .* — to resume: --after /);
    expect(run.outcomes.map((o) => o.status)).toEqual(Array(6).fill('normalized'));

    const after = await items(`OBS#${dataset}`);
    expect(after.find((r) => r.observation_id === ordinary.observation_id)).toMatchObject({ value: ordinary.value, revision: 2, status: 'revised' });
    expect(after.find((r) => r.observation_id === bogus.observation_id)).toMatchObject({ removed: true });
    // Version 3: the figure read wrong is a revision (its published value was right, so only its
    // revision moves), the bogus row is removed with the reason.
    const published = run.published.find((p) => p.dataset === dataset);
    expect(published).toMatchObject({ status: 'published', version: 3, changes: { added: 0, revised: 1, removed: 1 } });
    const changes = JSON.parse(Buffer.from(await object(`datasets/${dataset}/v3/changes.json`)).toString());
    expect(changes.changes).toContainEqual(expect.objectContaining({ change: 'removed', observation_id: bogus.observation_id, reason: expect.stringContaining('no longer reports') }));
  });
});
