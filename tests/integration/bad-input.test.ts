/**
 * Bad input loses nothing: an unreachable source, a release the extractor rejects and an invalid
 * config entry each give one clear reason naming the source or release, while everything else runs.
 * Also the emulator checksum trap (s3rver stored the aws-chunked framing): a streamed upload must be stored byte for byte.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipelineOnce } from '../../bin/local/pipeline.js';
import { freePort, LOCAL_NAMES } from '../../bin/local/services.js';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { DynamoReleaseLedger } from '../../functions/adapters/dynamo-release-ledger.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

let stack: TestStack;
let sample: SampleServer;
let folder: string;

beforeAll(async () => {
  stack = await startTestStack();
  folder = mkdtempSync(join(tmpdir(), 'cp-bad-input-'));
  mkdirSync(join(folder, 'r'));
  writeFileSync(join(folder, 'r', 'good.txt'), 'BEIJING, March 7, 2025 -- China\'s exports rose 2.3 percent year-on-year to 3.88 trillion yuan in the first two months of this year, customs data showed.\n');
  writeFileSync(join(folder, 'r', 'empty.txt'), '');
  writeFileSync(
    join(folder, 'feed.xml'),
    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Good</title><link>r/good.txt</link><pubDate>Fri, 07 Mar 2025 02:00:00 GMT</pubDate></item>
      <item><title>Empty</title><link>r/empty.txt</link><pubDate>Fri, 07 Mar 2025 03:00:00 GMT</pubDate></item>
    </channel></rss>`,
  );
  sample = await startSampleServer(folder);
  const closedPort = await freePort();
  await stack.putSources([
    { id: 'unreachable', kind: 'press-release', dataset: 'unreachable-figures', discovery: { type: 'feed', url: `http://127.0.0.1:${closedPort}/feed.xml` }, local: true, politeness: { timeout_ms: 2000 } },
    { id: 'broken-config', kind: 'press-release', dataset: 'x', discovery: { type: 'feed' } },
    { id: 'good-and-bad', kind: 'press-release', dataset: 'mixed-figures', discovery: { type: 'feed', url: `${sample.baseUrl}/feed.xml` }, local: true, politeness: { min_interval_ms: 0 } },
  ]);
});

afterAll(async () => {
  await sample?.close();
  await stack?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('a run with bad input', () => {
  let run: Awaited<ReturnType<typeof runPipelineOnce>>;
  beforeAll(async () => {
    run = await runPipelineOnce(stack.services);
  });

  it('reports the invalid config entry by source and field, and runs the valid sources', () => {
    expect(run.ingest.config_errors).toHaveLength(1);
    expect(run.ingest.config_errors[0]).toMatch(/source broken-config: .*(dataset|discovery)/);
    expect(run.ingest.sources.map((s) => s.source_id)).toEqual(['unreachable', 'good-and-bad']);
  });

  it('records the unreachable source as failed with a reason naming it', () => {
    const unreachable = run.ingest.sources.find((s) => s.source_id === 'unreachable')!;
    expect(unreachable.status).toBe('failed');
    expect(unreachable.failures[0]).toMatch(/^source unreachable: .*(ECONNREFUSED|request failed)/);
  });

  it('marks the rejected release failed with its reason and keeps its raw bytes', async () => {
    const failed = run.normalize.find((o) => o.status === 'failed');
    expect(failed).toBeDefined();
    expect(failed!.status === 'failed' && failed!.reason).toMatch(/^source good-and-bad: release good-and-bad-[0-9a-f]{16} \(.*empty\.txt\): /);
    const ledger = new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    const release = (await ledger.get(failed!.release_id))!;
    expect(release.state).toBe('failed');
    expect(release.attempts).toBe(1);
    const blobs = new S3BlobStore(stack.services.clients.s3, LOCAL_NAMES.bucket);
    expect(await blobs.exists(release.raw_key)).toBe(true);
  });

  it('still normalizes and publishes the good release', () => {
    const good = run.normalize.find((o) => o.status === 'normalized');
    expect(good && good.status === 'normalized' && good.rows).toBeGreaterThan(0);
    expect(run.publish.find((p) => p.dataset === 'mixed-figures')?.status).toBe('published');
  });

  it('retries the failed release on the next run without fetching it again', async () => {
    const next = await runPipelineOnce(stack.services);
    const source = next.ingest.sources.find((s) => s.source_id === 'good-and-bad')!;
    expect(source.retried_releases).toBe(1);
    expect(next.normalize.filter((o) => o.status === 'failed')).toHaveLength(1);
    const ledger = new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    const failed = await ledger.list({ state: 'failed', sourceId: 'good-and-bad' });
    expect(failed[0].attempts).toBe(2);
  });
});

describe('S3 client against the local S3', () => {
  it('stores a small streamed upload byte for byte (no aws-chunked framing)', async () => {
    const body = Buffer.alloc(1000, 7);
    const blobs = new S3BlobStore(stack.services.clients.s3, LOCAL_NAMES.bucket);
    await blobs.putStream('roundtrip/streamed.bin', Readable.from([body.subarray(0, 400), body.subarray(400)]), { contentType: 'application/octet-stream' });
    const stored = await blobs.get('roundtrip/streamed.bin');
    expect(stored!.byteLength).toBe(1000);
    expect(Buffer.from(stored!).equals(body)).toBe(true);
  });

  it('stores a plain PutObject with a stream body byte for byte', async () => {
    const body = Buffer.alloc(1000, 9);
    await stack.services.clients.s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: 'roundtrip/put.bin', Body: Readable.from([body]), ContentLength: 1000 }));
    const out = await stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: 'roundtrip/put.bin' }));
    const stored = Buffer.from(await out.Body!.transformToByteArray());
    expect(stored.length).toBe(1000);
    expect(stored.equals(body)).toBe(true);
  });

  it('never overwrites an immutable object', async () => {
    const blobs = new S3BlobStore(stack.services.clients.s3, LOCAL_NAMES.bucket);
    expect(await blobs.putImmutable('roundtrip/once.txt', new TextEncoder().encode('first'), { contentType: 'text/plain' })).toBe(true);
    expect(await blobs.putImmutable('roundtrip/once.txt', new TextEncoder().encode('second'), { contentType: 'text/plain' })).toBe(false);
    expect(new TextDecoder().decode((await blobs.get('roundtrip/once.txt'))!)).toBe('first');
  });
});
