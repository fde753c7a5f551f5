/**
 * A version that reads only what changed, on the local services (DynamoDB Local, fauxqs S3):
 * releases applied through the DynamoDB store mark the periods they change; version 2 reads the
 * table only from the first changed period on (a Query on the ordered keys: no item of an earlier
 * period comes back) and copies the rest from version 1, and its files are byte for byte those of
 * a from-scratch render of the same rows, with the same manifest (changes and removals included).
 */
import { CopyObjectCommand, CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from '../../functions/adapters/dynamo-observation-store.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { SnapshotManifest, type ObservationDraft } from '../../functions/core/contract.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier } from '../../functions/core/publish/in-memory.js';
import { layoutKey } from '../../functions/core/publish/layout.js';
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

/** A bucket holding everything of `from` but the layout of `version` (so a version after it is rendered whole). */
async function withoutLayout(from: string, to: string, version: number): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: to }));
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: from, Prefix: `datasets/${DS}/` }));
  for (const { Key } of listed.Contents ?? []) {
    if (Key === layoutKey(DS, version)) continue;
    await s3.send(new CopyObjectCommand({ Bucket: to, Key, CopySource: `${from}/${Key}` }));
  }
}

describe('a version that reads only the periods changed since the previous one', () => {
  const clock = new ManualClock(new Date('2025-06-10T08:00:00Z'));
  const deps = (bucket: string, states: DatasetStateStore = datasets): PublishDeps => ({ observations, datasets: states, blobs: new S3BlobStore(s3, bucket), notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run', leaseMs: 60_000 });

  /** Publishes the next version composed (bucket `composed`) and rendered whole (bucket `scratch`), and compares them. */
  async function composedAgainstScratch(version: number, firstChanged: string) {
    const scratch = `scratch-v${version}`;
    await withoutLayout('composed', scratch, version - 1);
    const scratchStates = new MemoryDatasetStateStore();
    scratchStates.states.set(DS, await datasets.get(DS));
    clock.advance(86_400_000);

    queries.length = 0;
    const outcome = await publishDataset(DS, deps('composed'));
    // The quality gate reads first (every row: its own business); from the files' first Query on,
    // rows and revisions are read from the first changed period only.
    const ordered = queries.filter((q) => q.pk === `ORD#${DS}` || q.pk === `ORDV#${DS}`);
    const files = ordered.slice(ordered.findIndex((q) => q.from !== undefined));
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
