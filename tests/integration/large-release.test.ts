/**
 * A large release on DynamoDB Local (issue 14, item 3). Before, all the ids a release owns went
 * into one item (over DynamoDB's 400 KB limit at about 19,000 rows) after 40,000 one-at-a-time
 * writes: the release could never finish. Now the ownership list is chunked (1,000 ids per item),
 * the rows are written in batches and transactions, and a run stopped by its time budget resumes.
 * 1,200 rows cross a chunk boundary; `npm run bench` runs the same with 20,000 rows (DynamoDB
 * Local needs minutes for that, too slow for every test run).
 */
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore, OWNERSHIP_CHUNK, WRITE_GROUP } from '../../functions/adapters/dynamo-observation-store.js';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const ROWS = 1_200;
let stack: TestStack;
let store: DynamoObservationStore;

/** Row `i`: one partner and month per row, so every row is its own observation. */
const row = (i: number, releaseId: string, value = i + 1): ObservationDraft => ({
  dataset: 'large-test', area: 'China', partner: `Partner ${Math.floor(i / 12)}`, flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: `20${10 + (i % 12)}-01`, period_end: `20${10 + (i % 12)}-12`, value, unit: 'USD', qualifier: 'exact', yoy_pct: null,
  release_id: releaseId, source_url: 'https://example.org/big-table', source_quote: `Partner ${Math.floor(i / 12)} | ${2010 + (i % 12)}`, published: '2025-11-20',
  quote_start: null, quote_end: null,
});

async function itemsOf(pk: string): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let start: Record<string, never> | undefined;
  do {
    const out = await stack.services.clients.dynamodb.send(new QueryCommand({ TableName: LOCAL_NAMES.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: pk } }, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []).map((i) => unmarshall(i)));
    start = out.LastEvaluatedKey as typeof start;
  } while (start);
  return items;
}

beforeAll(async () => {
  stack = await startTestStack();
  store = new DynamoObservationStore(stack.services.clients.dynamodb, LOCAL_NAMES.table, new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table));
});

afterAll(async () => {
  await stack?.stop();
});

describe('a release with 1,200 rows', () => {
  const drafts = Array.from({ length: ROWS }, (_, i) => row(i, 'big-release'));

  it('stops at its time budget with part of the rows written, and a second application finishes it', async () => {
    let groups = 0;
    const partial = await store.applyRelease('large-test', 'big-release', drafts, { hasTime: () => ++groups < 5 });
    expect(partial).toMatchObject({ incomplete: true, added: 5 * WRITE_GROUP });
    // Nothing of the ownership list is written until every row is in.
    expect(await itemsOf('RELOBS#big-release')).toEqual([]);

    const rest = await store.applyRelease('large-test', 'big-release', drafts);
    expect(rest).toEqual({ added: ROWS - 5 * WRITE_GROUP, revised: 0, unchanged: 5 * WRITE_GROUP, removed: 0 });
    // 1,200 rows are ~4,800 items (by id and in publish order, current and vintage): DynamoDB Local
    // takes well over the default minute on a busy 2-core machine.
  }, 300_000);

  it('stores every row once and its ownership in items of at most 1,000 ids (20 KB), far below 400 KB', async () => {
    expect(await itemsOf('OBS#large-test')).toHaveLength(ROWS);
    const owned = await itemsOf('RELOBS#big-release');
    expect(owned).toHaveLength(Math.ceil(ROWS / OWNERSHIP_CHUNK));
    for (const item of owned) {
      expect((item.ids as string[]).length).toBeLessThanOrEqual(OWNERSHIP_CHUNK);
      expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(100 * 1024);
    }
    expect(new Set(owned.flatMap((i) => i.ids as string[])).size).toBe(ROWS);
  });

  it('a revised release that drops rows removes exactly those and shrinks its ownership list', async () => {
    const kept = drafts.slice(0, 300).map((d, i) => (i === 0 ? { ...d, value: 999 } : d));
    const summary = await store.applyRelease('large-test', 'big-release', kept);
    expect(summary).toEqual({ added: 0, revised: 1, unchanged: 299, removed: ROWS - 300 });
    const owned = await itemsOf('RELOBS#big-release');
    expect(owned.map((i) => i.sk)).toEqual(['IDS#0000']);
    expect((await itemsOf('OBS#large-test')).filter((i) => i.removed !== true)).toHaveLength(300);
  }, 300_000);
});
