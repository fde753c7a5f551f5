/**
 * Composed versions on a real local S3 server with the S3 adapter: version 2 is written from
 * version 1's layout (ranged GETs of version 1's tails, a resumed SHA-256, multipart uploads) and
 * must be byte for byte what a from-scratch render of the same rows writes into another bucket.
 * A copied part (UploadPartCopy) needs a prefix of 5 MiB or more; that case runs where the local
 * S3 server implements UploadPartCopy (s3rver answers NotImplemented, fauxqs 2.4 on Node 24 does not).
 */
import { CopyObjectCommand, CreateBucketCommand, CreateMultipartUploadCommand, AbortMultipartUploadCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, UploadPartCopyCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { RuntimeConfig } from '../../functions/config/env.js';
import { createAwsClients } from '../../functions/aws-clients.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { layoutKey, readLayout } from '../../functions/core/publish/layout.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { MIN_COPY_PART } from '../../functions/core/ports.js';
import { startLocalFauxqs } from '../../bin/local/services.js';

const DS = 'compose-s3';
const silent = { info() {}, warn() {}, error() {} };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const monthOf = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

function row(m: number, n: number, quote: string, over: Partial<Observation> = {}): Observation {
  const period = monthOf(m);
  const merged: Observation = {
    observation_id: createHash('sha1').update(`${m}/${n}`).digest('hex').slice(0, 20), dataset: DS, area: 'China', partner: `Partner ${n % 30}`, flow: n % 2 ? 'export' : 'import',
    commodity: `HS ${n % 90}`, breakdown: '', measure: 'value', period_start: period, period_end: period, value: 500 + n + m, unit: 'CNY', qualifier: 'exact', yoy_pct: null,
    status: 'preliminary', release_id: `rel-${period}`, source_url: `https://example.test/${period}`, source_quote: `${period}: group ${n % 90}, ${500 + n + m} yuan.${quote}`,
    published: `${monthOf(m + 1)}-07`, revision: 1, period_type: 'month', partner_code: '', area_code: '', is_total: false, ...over,
  };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

let s3: S3Client;
let stopS3: () => Promise<void>;
let dir: string;
let partCopy = false;

/** Whether the server copies a byte range of an object into a multipart part (S3 allows ranges only of sources over 5 MB). */
async function supportsPartCopy(client: S3Client, bucket: string): Promise<boolean> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'probe/source', Body: Buffer.alloc(MIN_COPY_PART + 16, 1) }));
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'probe/target' }));
  try {
    await client.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'probe/target', UploadId, PartNumber: 1, CopySource: `${bucket}/probe/source`, CopySourceRange: 'bytes=0-7' }));
    return true;
  } catch {
    return false;
  } finally {
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: 'probe/target', UploadId })).catch(() => undefined);
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compose-s3-'));
  const server = await startLocalFauxqs(dir, false);
  stopS3 = server.stop;
  s3 = createAwsClients(RuntimeConfig.parse({ tableName: 'unused', bucketName: 'unused', endpoints: { s3: server.endpoint } })).s3;
  await s3.send(new CreateBucketCommand({ Bucket: 'probe-bucket' }));
  partCopy = await supportsPartCopy(s3, 'probe-bucket');
}, 60_000);

afterAll(async () => {
  await stopS3?.();
  rmSync(dir, { recursive: true, force: true });
});

const body = async (bucket: string, key: string) => (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray();

/** Publishes v1 into one bucket, copies it without v1's layout into another, publishes v2 in both, and compares every file of v2. */
/** A monthly release: a new month, revisions of the last two months, one removal. */
async function monthlyRelease(observations: MemoryObservationStore, months: number, perMonth: number, quote: string) {
  for (let n = 0; n < perMonth; n++) await observations.upsert(row(months, n, quote));
  for (let n = 0; n < perMonth; n += 4) await observations.upsert(row(months - 1, n, quote, { value: 7, revision: 2, status: 'revised' }));
  for (let n = 1; n < perMonth; n += 6) await observations.upsert(row(months - 2, n, quote, { value: 8, revision: 2, status: 'revised' }));
  await observations.remove(DS, row(months - 1, 1, quote).observation_id);
}

async function composedAgainstScratch(name: string, months: number, perMonth: number, quote: string, change = monthlyRelease, sent: unknown[] = []) {
  const composedBucket = `${name}-composed`;
  const scratchBucket = `${name}-scratch`;
  for (const bucket of [composedBucket, scratchBucket]) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const composedStates = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(composedStates);
  const clock = new ManualClock(new Date('2025-06-10T08:00:00Z'));
  // The composed bucket's requests are kept (which parts were copied inside the server).
  const recording = Object.assign(Object.create(s3) as S3Client, { send: (command: unknown) => (sent.push(command), s3.send(command as never)) });
  const deps = (bucket: string, datasets: MemoryDatasetStateStore): PublishDeps => ({ observations, datasets, blobs: new S3BlobStore(bucket === composedBucket ? recording : s3, bucket), notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run', leaseMs: 60_000 });

  for (let m = 0; m < months; m++) for (let n = 0; n < perMonth; n++) await observations.upsert(row(m, n, quote));
  expect(await publishDataset(DS, deps(composedBucket, composedStates))).toMatchObject({ status: 'published', version: 1 });
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: composedBucket }));
  for (const { Key } of listed.Contents ?? []) {
    if (Key === layoutKey(DS, 1)) continue;
    await s3.send(new CopyObjectCommand({ Bucket: scratchBucket, Key, CopySource: `${composedBucket}/${Key}` }));
  }

  await change(observations, months, perMonth, quote);
  const scratchStates = new MemoryDatasetStateStore();
  scratchStates.states.set(DS, structuredClone(composedStates.states.get(DS)!));
  clock.advance(86_400_000);

  expect(await publishDataset(DS, deps(composedBucket, composedStates))).toMatchObject({ status: 'published', version: 2 });
  expect(await publishDataset(DS, deps(scratchBucket, scratchStates))).toMatchObject({ status: 'published', version: 2 });
  const composed = SnapshotManifest.parse(JSON.parse(Buffer.from(await body(composedBucket, `datasets/${DS}/v2/manifest.json`)).toString('utf8')));
  const scratch = SnapshotManifest.parse(JSON.parse(Buffer.from(await body(scratchBucket, `datasets/${DS}/v2/manifest.json`)).toString('utf8')));
  expect(composed).toEqual(scratch);
  for (const file of composed.files) {
    const key = `datasets/${DS}/v2/${file.path}`;
    const bytes = await body(composedBucket, key);
    expect(Buffer.compare(bytes, await body(scratchBucket, key)), file.path).toBe(0);
    expect(sha256(bytes), file.path).toBe(file.sha256);
  }
  return { layout: (await readLayout(new S3BlobStore(s3, composedBucket), DS, 1))!, manifest: composed };
}

describe('versions composed on a local S3 server', () => {
  it('writes version 2 from version 1 byte for byte as a from-scratch render, with the manifest checksums of the bytes', async () => {
    const { layout, manifest } = await composedAgainstScratch('small', 6, 150, '');
    expect(layout.stripes.map((s) => s.key)).toEqual(Array.from({ length: 6 }, (_, m) => monthOf(m)));
    expect(manifest.row_count).toBe(7 * 150 - 1);
    expect(manifest.changes).toEqual({ added: 150, revised: 38 + 25, removed: 1 });
  }, 240_000);

  it('copies a prefix of 5 MiB or more inside the server (UploadPartCopy) where the server implements it', async (context) => {
    if (!partCopy) context.skip('this local S3 server does not implement UploadPartCopy (s3rver); fauxqs 2.4 on Node >= 22.5 does');
    const { layout } = await composedAgainstScratch('large', 8, 1100, ' Read from the monthly table of trade by partner and commodity group.'.repeat(10));
    expect(layout.stripes[6].starts['observations.csv'].at).toBeGreaterThan(MIN_COPY_PART);
  }, 600_000);

  it('copies the unchanged stripes between two changed ones inside the server too, after the changed bytes', async (context) => {
    if (!partCopy) context.skip('this local S3 server does not implement UploadPartCopy (s3rver); fauxqs 2.4 on Node >= 22.5 does');
    const quote = ' Read from the monthly table of trade by partner and commodity group.'.repeat(10);
    // Month 1 revised and a new month 12: months 2-11 (10 MB of CSV) are copied after month 1's new bytes.
    const scattered = async (observations: MemoryObservationStore, months: number, perMonth: number) => {
      for (let n = 0; n < perMonth; n += 3) await observations.upsert(row(1, n, quote, { value: 9, revision: 2, status: 'revised' }));
      for (let n = 0; n < perMonth; n++) await observations.upsert(row(months, n, quote));
    };
    const sent: unknown[] = [];
    const { layout } = await composedAgainstScratch('gaps', 12, 1100, quote, scattered, sent);
    const csv = `datasets/${DS}/v2/observations.csv`;
    // By name: the adapter loads its own copy of the SDK's command classes.
    const partCopies = sent.filter((c): c is UploadPartCopyCommand => (c as object).constructor.name === 'UploadPartCopyCommand');
    const copied = partCopies.filter((c) => c.input.Key === csv).map((c) => c.input.CopySourceRange);
    // Months 0 and 1 (read and rendered) are below S3's minimum part size: topped up with the
    // first bytes of month 2 on; the rest of months 2-11 is one part copy, up to version 1's end.
    expect(copied).toHaveLength(1);
    const [from, to] = copied[0]!.slice('bytes='.length).split('-').map(Number);
    expect(from).toBeGreaterThan(layout.stripes[2].starts['observations.csv'].at);
    expect(to).toBe(layout.ends['observations.csv'].at - 1);
    expect(to + 1 - from).toBeGreaterThanOrEqual(MIN_COPY_PART);
  }, 600_000);
});
