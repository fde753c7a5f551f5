/**
 * A version that reads only what changed, on the local services (DynamoDB Local, fauxqs S3):
 * releases applied through the DynamoDB store mark the periods they change; version 2 reads the
 * table only from the first changed period on (a Query on the ordered keys: no item of an earlier
 * period comes back) and copies the rest from version 1, and its files are byte for byte those of
 * a from-scratch render of the same rows, with the same manifest (changes and removals included).
 * What follows the files (latest/ mirror, latest.json, catalog, feeds, pages, query copy) is the
 * same as in a bucket where all of it is built from nothing, and reads no file of rows whole.
 */
import { CopyObjectCommand, CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from '../../functions/adapters/dynamo-observation-store.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { SnapshotManifest, type ObservationDraft } from '../../functions/core/contract.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier } from '../../functions/core/publish/in-memory.js';
import { CATALOG_KEY, datasetFeedKey, latestPointerKey, latestPrefix, ROOT_FEED_KEY } from '../../functions/core/publish/documents.js';
import { layoutKey } from '../../functions/core/publish/layout.js';
import { queryParquetKey } from '../../functions/core/publish/query-layout.js';
import { datasetPageKey, SITE_INDEX_KEY } from '../../functions/core/site/publish-site.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import type { DatasetStateStore } from '../../functions/core/ports.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const DS = 'index-publish';
const MONTHS = 8;
const PER_MONTH = 40;
const silent = { info() {}, warn() {}, error() {} };
const monthOf = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

let stack: TestStack;
let s3: S3Client;
/** Every Query the observation store sent: its partition, the period it started from, the period_end of each item it got back. */
const queries: Array<{ pk: string; from: string | undefined; periods: string[] }> = [];
let observations: DynamoObservationStore;
let datasets: DynamoDatasetStateStore;

/** Row n of month m, as the monthly release of month m reports it. */
function draft(m: number, n: number, value = 1000 + 7 * n + m): ObservationDraft {
  const period = monthOf(m);
  return {
    dataset: DS, area: n % 2 ? 'China' : 'Xinjiang', partner: `Partner ${n}`, flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: period, period_end: period, value, unit: 'CNY', qualifier: 'exact', yoy_pct: null, release_id: `rel-${period}`,
    source_url: `https://example.test/${period}`, source_quote: `In ${period} exports to partner ${n} came to ${value} yuan.`, published: `${monthOf(m + 1)}-07`,
    quote_start: null, quote_end: null,
  };
}

const release = (m: number, rows: ObservationDraft[]) => observations.applyRelease(DS, `rel-${monthOf(m)}`, rows);
const monthRows = (m: number) => Array.from({ length: PER_MONTH }, (_, n) => draft(m, n));

/** The DynamoDB client as the store sees it, recording what each Query returned. */
function recordingClient(client: DynamoDBClient): DynamoDBClient {
  return new Proxy(client, {
    get(target, name, receiver) {
      if (name !== 'send') return Reflect.get(target, name, receiver);
      return async (command: unknown) => {
        const out = await target.send(command as never);
        if (command instanceof QueryCommand) {
          const pk = String(command.input.ExpressionAttributeValues?.[':p']?.S);
          const items = ((out as { Items?: Array<Record<string, never>> }).Items ?? []).map((i) => unmarshall(i));
          queries.push({ pk, from: command.input.ExpressionAttributeValues?.[':from']?.S, periods: items.map((i) => String(i.period_end ?? '')) });
        }
        return out;
      };
    },
  });
}

beforeAll(async () => {
  stack = await startTestStack();
  s3 = stack.services.clients.s3;
  datasets = new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table);
  observations = new DynamoObservationStore(recordingClient(stack.services.clients.dynamodb), LOCAL_NAMES.table, datasets);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

const body = async (bucket: string, key: string) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());
const manifestIn = async (bucket: string, version: number) => SnapshotManifest.parse(JSON.parse((await body(bucket, `datasets/${DS}/v${version}/manifest.json`)).toString('utf8')));

/**
 * A bucket holding the versions of `from` but not the layout of `version`, the series summaries
 * or the latest/ mirror: a version after it is rendered whole, and everything after its files
 * (mirror, catalog, feeds, pages) is built from nothing.
 */
async function withoutLayout(from: string, to: string, version: number): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: to }));
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: from, Prefix: `datasets/${DS}/` }));
  for (const { Key } of listed.Contents ?? []) {
    if (Key === layoutKey(DS, version) || Key!.startsWith(`datasets/${DS}/_site/`) || Key!.startsWith(latestPrefix(DS))) continue;
    await s3.send(new CopyObjectCommand({ Bucket: to, Key, CopySource: `${from}/${Key}` }));
  }
}

/** Every GetObject sent through `recordingS3`: the key and the range asked for (none: the whole object). */
const gets: Array<{ key: string; range: string | undefined }> = [];
/** The S3 client as the composed bucket's store sees it, recording its reads. */
const recordingS3 = () =>
  new Proxy(s3, {
    get(target, name, receiver) {
      if (name !== 'send') return Reflect.get(target, name, receiver);
      return (command: unknown) => {
        if (command instanceof GetObjectCommand) gets.push({ key: command.input.Key!, range: command.input.Range });
        return target.send(command as never);
      };
    },
  });

/**
 * What users see after a version's files, in the bucket composed from the previous version and in
 * one built from nothing: the same latest/ files (bytes and headers), pointer, catalog, feeds,
 * pages and query copy.
 */
async function sameAfterFiles(composed: string, scratch: string, version: number): Promise<void> {
  const keys = (await s3.send(new ListObjectsV2Command({ Bucket: composed }))).Contents!.map((o) => o.Key!);
  const published = keys.filter((k) => k.startsWith(latestPrefix(DS)) || [latestPointerKey(DS), CATALOG_KEY, ROOT_FEED_KEY, datasetFeedKey(DS), datasetPageKey(DS), SITE_INDEX_KEY, queryParquetKey(DS, version)].includes(k));
  expect(published.filter((k) => k.startsWith(latestPrefix(DS))).sort()).toEqual([...(await manifestIn(composed, version)).files.map((f) => latestPrefix(DS) + f.path), `${latestPrefix(DS)}manifest.json`].sort());
  expect(published).toHaveLength(published.filter((k) => k.startsWith(latestPrefix(DS))).length + 7);
  for (const key of published) {
    expect(Buffer.compare(await body(composed, key), await body(scratch, key)), key).toBe(0);
    const [a, b] = await Promise.all([composed, scratch].map((bucket) => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))));
    expect([a.ContentType, a.CacheControl, a.Metadata], key).toEqual([b.ContentType, b.CacheControl, b.Metadata]);
  }
  expect(JSON.parse((await body(composed, `${latestPrefix(DS)}manifest.json`)).toString('utf8')).version).toBe(version);
}

describe('a version that reads only the periods changed since the previous one', () => {
  const clock = new ManualClock(new Date('2025-06-10T08:00:00Z'));
  const deps = (bucket: string, states: DatasetStateStore = datasets): PublishDeps => ({ observations, datasets: states, blobs: new S3BlobStore(bucket === 'composed' ? recordingS3() : s3, bucket), notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run', leaseMs: 60_000 });

  /** Publishes the next version composed (bucket `composed`) and rendered whole (bucket `scratch`), and compares them. */
  async function composedAgainstScratch(version: number, firstChanged: string) {
    const scratch = `scratch-v${version}`;
    await withoutLayout('composed', scratch, version - 1);
    const scratchStates = new MemoryDatasetStateStore();
    scratchStates.states.set(DS, await datasets.get(DS));
    clock.advance(86_400_000);

    queries.length = 0;
    gets.length = 0;
    const outcome = await publishDataset(DS, deps('composed'));
    // The quality gate reads first (from two or three years before the first changed period: its own
    // business); from the files' first Query on, rows and revisions are read from the first changed period only.
    const ordered = queries.filter((q) => q.pk === `ORD#${DS}` || q.pk === `ORDV#${DS}`);
    const files = ordered.slice(ordered.findLastIndex((q) => q.pk === `ORD#${DS}` && q.from !== undefined));
    expect(new Set(files.map((q) => `${q.pk} from ${q.from}`))).toEqual(new Set([`ORD#${DS} from ${firstChanged}`, `ORDV#${DS} from ${firstChanged}`]));
    const periodsRead = files.flatMap((q) => q.periods).sort();
    expect(periodsRead[0]).toBe(firstChanged);
    expect(await publishDataset(DS, deps(scratch, scratchStates))).toMatchObject({ status: 'published', version });

    const composed = await manifestIn('composed', version);
    expect(composed).toEqual(await manifestIn(scratch, version));
    for (const file of composed.files) {
      const key = `datasets/${DS}/v${version}/${file.path}`;
      expect(Buffer.compare(await body('composed', key), await body(scratch, key)), file.path).toBe(0);
    }
    // After the files: the same as built from nothing, and no file of rows read whole; the
    // page's series come from the changed stripes as the files step rendered them, so the new
    // version's NDJSON is not read back at all.
    await sameAfterFiles('composed', scratch, version);
    const rowFiles = gets.filter((g) => /\/v\d+\/(observations|vintages)\./.test(g.key));
    expect(rowFiles.filter((g) => g.range === undefined)).toEqual([]);
    expect(rowFiles.some((g) => g.key === `datasets/${DS}/v${version}/observations.ndjson`)).toBe(false);
    return { outcome, composed, rowsRead: periodsRead.length };
  }

  it('publishes version 1 from the ordered rows', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'composed' }));
    for (let m = 0; m < MONTHS; m++) await release(m, monthRows(m));
    expect(await publishDataset(DS, deps('composed'))).toMatchObject({ status: 'published', version: 1, rows: MONTHS * PER_MONTH });
  }, 240_000);

  it('version 2 (a new month, revisions of month 6, a removal in month 7) reads from month 6 on and equals a whole render', async () => {
    await release(MONTHS, monthRows(MONTHS));
    await release(6, monthRows(6).map((d, n) => (n % 4 === 0 ? draft(6, n, 5) : d)));
    await release(7, monthRows(7).filter((_, n) => n !== 3));
    const { outcome, composed, rowsRead } = await composedAgainstScratch(2, monthOf(6));
    expect(outcome).toMatchObject({ status: 'published', version: 2, changes: { added: PER_MONTH, revised: PER_MONTH / 4, removed: 1 } });
    expect(composed.row_count).toBe((MONTHS + 1) * PER_MONTH - 1);
    // Months 6, 7 and 8: current rows (one removed) and revisions (month 6's revised ones twice).
    expect(rowsRead).toBe(3 * PER_MONTH - 1 + 3 * PER_MONTH + PER_MONTH / 4);
  }, 240_000);

  it('version 3 (a revision of month 1 only) reads from month 1 on and equals a whole render', async () => {
    await release(1, monthRows(1).map((d, n) => (n === 5 ? draft(1, n, 77) : d)));
    const { outcome } = await composedAgainstScratch(3, monthOf(1));
    expect(outcome).toMatchObject({ status: 'published', version: 3, changes: { added: 0, revised: 1, removed: 0 } });
  }, 240_000);
});
