/**
 * The real ingest handler against the local services (DynamoDB Local, fauxqs for S3, SNS and SQS) and the
 * sample source served over HTTP, checking the actual objects, items and queue messages — above
 * all that an idle run makes one conditional request per source and writes nothing anywhere.
 * Writes are counted from the outside: the bucket listing (with ETags), a full table scan and the
 * queue depth before and after each run.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, PurgeQueueCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer, type SampleServer } from '../../bin/local/sample-server.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { listReleases } from '../../bin/releases.js';
import { DynamoReleaseLedger } from '../../functions/adapters/dynamo-release-ledger.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { NormalizeRequest } from '../../functions/core/contract.js';
import { releaseId } from '../../functions/core/identity.js';
import type { IngestResult } from '../../functions/ingest/handler.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const sampleDir = fileURLToPath(new URL('../../bin/sample-source/', import.meta.url));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

let stack: TestStack;
let sample: SampleServer;
let folder: string;
let ingest: () => Promise<IngestResult>;

/** Everything stored: object keys with ETags, every table item, the queue depth. */
async function storedState() {
  const objects = await stack.services.clients.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_NAMES.bucket }));
  const items: Record<string, unknown>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await stack.services.clients.dynamodb.send(new ScanCommand({ TableName: LOCAL_NAMES.table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
    start = page.LastEvaluatedKey;
  } while (start);
  const queue = await stack.services.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: stack.services.normalizeQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return {
    objects: (objects.Contents ?? []).map((o) => `${o.Key} ${o.ETag}`).sort(),
    items: items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort(),
    queued: Number(queue.Attributes?.ApproximateNumberOfMessages ?? 0),
  };
}

/** What a run changed in the stores: objects, items (added or modified) and messages. */
function diff(before: Awaited<ReturnType<typeof storedState>>, after: Awaited<ReturnType<typeof storedState>>) {
  const added = <T>(a: T[], b: T[]) => b.filter((x) => !a.includes(x)).length;
  return { objects: added(before.objects, after.objects), items: added(before.items, after.items), messages: after.queued - before.queued };
}

beforeAll(async () => {
  stack = await startTestStack();
  folder = mkdtempSync(join(tmpdir(), 'cp-ingest-'));
  cpSync(sampleDir, folder, { recursive: true });
  sample = await startSampleServer(folder);
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8').replaceAll('{{BASE_URL}}', sample.baseUrl)).sources;
  await stack.putSources(sources.map((s: { politeness: object }) => ({ ...s, politeness: { ...s.politeness, min_interval_ms: 0, timeout_ms: 2000, retries: 0 } })));
  ({ handler: ingest } = await import('../../functions/ingest/handler.js'));
});

afterAll(async () => {
  await sample?.close();
  await stack?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('ingest on the local services', () => {
  let first: IngestResult;
  let firstDiff: ReturnType<typeof diff>;
  beforeAll(async () => {
    const before = await storedState();
    first = await ingest();
    firstDiff = diff(before, await storedState());
  });

  it('first run: discovers the sample feed, table page and statistics listing, archives each release byte for byte', async () => {
    expect(first.config_errors).toEqual([]);
    expect(first.sources.map((s) => [s.source_id, s.status, s.new_releases, s.requests])).toEqual([
      ['sample-customs-news', 'ok', 3, 4],
      ['sample-gacc-tables', 'ok', 1, 1],
      ['sample-gacc-statistics', 'ok', 2, 3],
    ]);
    const blobs = new S3BlobStore(stack.services.clients.s3, LOCAL_NAMES.bucket);
    const raw = await blobs.list('raw/');
    expect(raw).toHaveLength(6);
    for (const file of ['releases/xinjiang-q3-trade.html', 'releases/national-october.txt', 'releases/alashankou-trains.txt', 'tables/customs-regime-2025-10.html', 'Statics/3b9e7c41-5a2d-4f08-9c61-d07e2a48b1f5.html', 'Statics/8f20d6aa-17c3-4e9b-b5d4-6c1a93e0f27d.html']) {
      const served = readFileSync(join(folder, file));
      const key = raw.find((k) => k.endsWith(`/${sha256(served)}.${file.split('.').pop()}`));
      expect(key, file).toMatch(/^raw\/sample-[a-z-]+\/\d{4}\/\d{2}\/sample-[a-z-]+-[0-9a-f]{16}\/[0-9a-f]{64}\.(html|txt)$/);
      expect(Buffer.from((await blobs.get(key!))!).equals(served)).toBe(true);
    }
  });

  it('first run: records each release in the ledger as fetched, queues one normalize message each, saves source state', async () => {
    const ledger = new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    const fetched = await ledger.list({ state: 'fetched' });
    expect(fetched).toHaveLength(6);
    for (const r of fetched) expect(r).toMatchObject({ content_revision: 1, attempts: 0, raw_key: expect.stringContaining(r.sha256) });
    const october = fetched.find((r) => r.url.endsWith('national-october.txt'))!;
    expect(october).toMatchObject({ published: '2025-11-07', title: "China's foreign trade in October", content_type: 'text/plain; charset=utf-8' });
    expect(firstDiff).toEqual({ objects: 6, items: 9, messages: 6 }); // 6 releases + 3 source states
    // 6 × (object + ledger item + message) + 6 source-state saves (progress is saved once per new release)
    expect(first.writes).toBe(24);
  });

  it('an idle second run makes exactly one conditional request per source and writes nothing but the calendar source\'s poll time', async () => {
    const before = await storedState();
    const served = { ...sample.counts };
    const idle = await ingest();
    expect(idle.sources.map((s) => [s.source_id, s.status, s.requests, s.writes])).toEqual([
      ['sample-customs-news', 'not-modified', 1, 0],
      ['sample-gacc-tables', 'not-modified', 1, 0],
      ['sample-gacc-statistics', 'not-modified', 1, 1],
    ]);
    expect(sample.counts.notModified - served.notModified).toBe(3);
    expect(sample.counts.ok - served.ok).toBe(0);
    const after = await storedState();
    expect({ ...after, items: after.items.filter((i) => !i.includes('"pk":"SRC#sample-gacc-statistics"')) }).toEqual({ ...before, items: before.items.filter((i) => !i.includes('"pk":"SRC#sample-gacc-statistics"')) });
    const stamp = (items: string[]) => JSON.parse(items.find((i) => i.includes('"pk":"SRC#sample-gacc-statistics"'))!);
    const { last_polled_at: polledBefore, ...restBefore } = stamp(before.items);
    const { last_polled_at: polledAfter, ...restAfter } = stamp(after.items);
    expect(restAfter).toEqual(restBefore);
    expect(Date.parse(polledAfter)).toBeGreaterThan(Date.parse(polledBefore));
  });

  it('a run with one new release: 3 requests, 4 writes (object, ledger item, message, feed state)', async () => {
    writeFileSync(join(folder, 'releases', 'december-flash.txt'), "BEIJING, Dec. 8, 2025 -- China's exports rose 5.9 percent year-on-year in November, customs data showed.\n");
    const feed = readFileSync(join(folder, 'feed.xml'), 'utf8').replace(
      '</channel>',
      '  <item>\n      <title>Exports in November</title>\n      <link>releases/december-flash.txt</link>\n      <pubDate>Mon, 08 Dec 2025 03:00:00 GMT</pubDate>\n    </item>\n  </channel>',
    );
    writeFileSync(join(folder, 'feed.xml'), feed);
    const before = await storedState();
    const run = await ingest();
    const changed = diff(before, await storedState());
    expect(run.sources.map((s) => [s.source_id, s.new_releases, s.requests, s.writes])).toEqual([
      ['sample-customs-news', 1, 2, 4],
      ['sample-gacc-tables', 0, 1, 0],
      ['sample-gacc-statistics', 0, 1, 1],
    ]);
    expect(run.requests).toBe(4);
    expect(run.writes).toBe(5);
    expect(changed).toEqual({ objects: 1, items: 3, messages: 1 }); // the new ledger item, the feed's state item rewritten, the listing's poll time
  });

  it('a table page revised in place becomes content revision 2 of the same release; both raw contents stay', async () => {
    const page = join(folder, 'tables', 'customs-regime-2025-10.html');
    const original = readFileSync(page);
    const revised = Buffer.from(original.toString('utf8').replace('</table>', '<!-- revised --></table>'));
    writeFileSync(page, revised);
    const run = await ingest();
    expect(run.sources[1]).toMatchObject({ revised_releases: 1, requests: 1 });
    const id = releaseId('sample-gacc-tables', `${sample.baseUrl}/tables/customs-regime-2025-10.html`);
    const ledger = new DynamoReleaseLedger(stack.services.clients.dynamodb, LOCAL_NAMES.table);
    expect(await ledger.get(id)).toMatchObject({ sha256: sha256(revised), content_revision: 2, state: 'fetched' });
    const raw = await new S3BlobStore(stack.services.clients.s3, LOCAL_NAMES.bucket).list(`raw/sample-gacc-tables/`);
    expect(raw.filter((k) => k.includes(`/${id}/`)).map((k) => k.split('/').pop()).sort()).toEqual([`${sha256(original)}.html`, `${sha256(revised)}.html`].sort());
  });

  it('a release that cannot be fetched is listed by `releases --status failed` with its reason, then quarantined', async () => {
    await stack.services.clients.sqs.send(new PurgeQueueCommand({ QueueUrl: stack.services.normalizeQueueUrl })).catch(() => undefined);
    const feed = readFileSync(join(folder, 'feed.xml'), 'utf8').replace('</channel>', '  <item><title>Missing</title><link>releases/missing.txt</link></item>\n  </channel>');
    writeFileSync(join(folder, 'feed.xml'), feed);
    await ingest();
    const failed = await listReleases({ state: 'failed', sourceId: 'sample-customs-news', local: false });
    expect(failed).toEqual([expect.objectContaining({ url: `${sample.baseUrl}/releases/missing.txt`, sha256: '', attempts: 1, title: 'Missing' })]);
    expect(failed[0].reason).toMatch(/^source sample-customs-news: release sample-customs-news-[0-9a-f]{16} \(.*missing\.txt\): HTTP 404/);

    // Default max_attempts is 3: two more runs (the feed is unchanged; the ledger drives the retry).
    await ingest();
    const third = await ingest();
    expect(third.sources[0].requests).toBe(2);
    expect(await listReleases({ state: 'quarantined', local: false })).toEqual([expect.objectContaining({ url: `${sample.baseUrl}/releases/missing.txt`, attempts: 3 })]);
    const before = await storedState();
    const quiet = await ingest();
    expect(quiet.sources.map((s) => [s.requests, s.writes])).toEqual([[1, 0], [1, 0], [1, 1]]);
    expect(diff(before, await storedState())).toEqual({ objects: 0, items: 1, messages: 0 }); // the listing's poll time
  });

  it('every queued message is a valid NormalizeRequest', async () => {
    const { receiveBatch } = await import('../../bin/local/pipeline.js');
    const messages = await receiveBatch(stack.services, stack.services.normalizeQueueUrl);
    for (const m of messages) expect(NormalizeRequest.safeParse(JSON.parse(m.Body!)).success).toBe(true);
  });
});
