/**
 * The change index on DynamoDB Local: applying a release records, with the change_seq bump, the
 * period_end of every row it adds, revises or removes; a scan from a period returns only the
 * current rows from that period on, in publish order; a state item written before the index
 * reports that its earlier changes are not indexed.
 */
import { DeleteItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from '../../functions/adapters/dynamo-observation-store.js';
import { isOrdered, orderDataset } from '../../functions/adapters/dynamo-publish-order.js';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { periodsChangedSince } from '../../functions/core/publish/change-index.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { orderKeys } from '../../bin/commands/order-keys.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

const DS = 'index-test';
let stack: TestStack;
let store: DynamoObservationStore;
let datasets: DynamoDatasetStateStore;

const draft = (period: string, over: Partial<ObservationDraft> = {}): ObservationDraft => ({
  dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: period, period_end: period, value: 100, unit: 'CNY', qualifier: 'exact', yoy_pct: null,
  release_id: `rel-${period}`, source_url: `https://example.org/${period}`, source_quote: `Exports in ${period} came to 100 yuan.`, published: '2025-10-20',
  quote_start: null, quote_end: null, ...over,
});

async function scanned(range?: { fromPeriodEnd?: string; throughPeriodEnd?: string }): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const row of store.scan(DS, range)) rows.push(row);
  return rows;
}

beforeAll(async () => {
  stack = await startTestStack();
  datasets = new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table);
  store = new DynamoObservationStore(stack.services.clients.dynamodb, LOCAL_NAMES.table, datasets);
});

afterAll(async () => {
  await stack?.stop();
});

describe('the change index on DynamoDB', () => {
  it('marks the periods of added rows with the change_seq of the release that added them', async () => {
    await store.applyRelease(DS, 'rel-a', ['2025-01', '2025-02', '2025-03'].map((p) => draft(p, { release_id: 'rel-a' })));
    const state = await datasets.get(DS);
    expect(state.changed_periods_since).toBe(0);
    expect(Object.keys(state.changed_periods).sort()).toEqual(['2025-01', '2025-02', '2025-03']);
    for (const seq of Object.values(state.changed_periods)) expect(seq).toBe(state.change_seq);
    expect(periodsChangedSince(state, 0)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(periodsChangedSince(state, state.change_seq)).toEqual([]);
  });

  it('marks only the periods a later release revises or removes', async () => {
    const before = (await datasets.get(DS)).change_seq;
    // rel-a again: March revised, February no longer reported (removed), January unchanged.
    const summary = await store.applyRelease(DS, 'rel-a', [draft('2025-01', { release_id: 'rel-a' }), draft('2025-03', { release_id: 'rel-a', value: 120 })]);
    expect(summary).toMatchObject({ revised: 1, removed: 1, unchanged: 1 });
    const state = await datasets.get(DS);
    expect(periodsChangedSince(state, before)).toEqual(['2025-02', '2025-03']);
  });

  it('keeps rows without a period under their own entry', async () => {
    const before = (await datasets.get(DS)).change_seq;
    await store.applyRelease(DS, 'rel-none', [draft('', { release_id: 'rel-none', period_start: '', period_end: '', commodity: 'crude oil' })]);
    expect(periodsChangedSince(await datasets.get(DS), before)).toEqual(['']);
  });

  it('scans from a period on, in publish order', async () => {
    await store.applyRelease(DS, 'rel-b', ['2024-12', '2025-04'].map((p) => draft(p, { release_id: 'rel-b', flow: 'import' })));
    const all = await scanned();
    expect(all.map((r) => r.period_end)).toEqual(['', '2024-12', '2025-01', '2025-03', '2025-04']);
    expect((await scanned({ fromPeriodEnd: '2025-03' })).map((r) => r.period_end)).toEqual(['2025-03', '2025-04']);
    expect((await scanned({ fromPeriodEnd: '2025-02' })).map((r) => r.period_end)).toEqual(['2025-03', '2025-04']);
    // Between two periods, both included (a run of changed stripes), and up to one.
    expect((await scanned({ fromPeriodEnd: '2025-01', throughPeriodEnd: '2025-03' })).map((r) => r.period_end)).toEqual(['2025-01', '2025-03']);
    expect((await scanned({ fromPeriodEnd: '2025-03', throughPeriodEnd: '2025-03' })).map((r) => r.period_end)).toEqual(['2025-03']);
    expect((await scanned({ throughPeriodEnd: '2024-12' })).map((r) => r.period_end)).toEqual(['', '2024-12']);
    expect((await scanned({ throughPeriodEnd: '' })).map((r) => r.period_end)).toEqual(['']);
    const between: Observation[] = [];
    for await (const r of store.scanRevisions(DS, { fromPeriodEnd: '2025-02', throughPeriodEnd: '2025-03' })) between.push(r);
    expect(between.map((r) => [r.period_end, r.revision])).toEqual([['2025-02', 1], ['2025-03', 1], ['2025-03', 2]]);
    const revisions: Observation[] = [];
    for await (const r of store.scanRevisions(DS, { fromPeriodEnd: '2025-02' })) revisions.push(r);
    expect(revisions.map((r) => [r.period_end, r.revision])).toEqual([['2025-02', 1], ['2025-03', 1], ['2025-03', 2], ['2025-04', 1]]);
  });

  it('reports a state item from before the index as not indexed up to its change_seq, and indexes from there on', async () => {
    await stack.services.clients.dynamodb.send(new PutItemCommand({
      TableName: LOCAL_NAMES.table,
      Item: { pk: { S: 'DS#old-index' }, sk: { S: 'STATE' }, dataset: { S: 'old-index' }, change_seq: { N: '7' }, published_seq: { N: '5' }, latest_version: { N: '2' } },
    }));
    const old = await datasets.get('old-index');
    expect(old).toMatchObject({ change_seq: 7, changed_periods: {}, changed_periods_since: 7 });
    expect(periodsChangedSince(old, 5)).toBeNull();
    await datasets.markChanged('old-index', ['2025-05', '2025-06']);
    const now = await datasets.get('old-index');
    expect(now).toMatchObject({ change_seq: 8, changed_periods: { '2025-05': 8, '2025-06': 8 }, changed_periods_since: 7 });
    expect(periodsChangedSince(now, 7)).toEqual(['2025-05', '2025-06']);
    expect(periodsChangedSince(now, 6)).toBeNull();
  });

  it('sets every period of a change that touches more of them than one update holds', async () => {
    const periods = Array.from({ length: 130 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    await datasets.markChanged('many-periods', periods);
    const state = await datasets.get('many-periods');
    expect(periodsChangedSince(state, 0)).toEqual(periods);
    expect(new Set(Object.values(state.changed_periods))).toEqual(new Set([state.change_seq]));
  });
});

describe('rows in publish order on DynamoDB', () => {
  it('reads a new dataset with a Query from the first changed period on, never the earlier items', async () => {
    const ds = 'ordered-new';
    await store.applyRelease(ds, 'rel-o', ['2025-03', '2025-01', '2025-02', ''].map((p) => draft(p, { dataset: ds, release_id: 'rel-o' })));
    expect(await isOrdered(stack.services.clients.dynamodb, LOCAL_NAMES.table, ds)).toBe(true);
    const items = await stack.services.clients.dynamodb.send(new QueryCommand({ TableName: LOCAL_NAMES.table, KeyConditionExpression: 'pk = :p AND sk >= :f', ExpressionAttributeValues: { ':p': { S: `ORD#${ds}` }, ':f': { S: '2025-02' } } }));
    expect(items.Count).toBe(2);
    const rows: Observation[] = [];
    for await (const row of store.scan(ds, { fromPeriodEnd: '2025-02' })) rows.push(row);
    expect(rows.map((r) => r.period_end)).toEqual(['2025-02', '2025-03']);
    // A removal marks the ordered item removed with the row.
    await store.applyRelease(ds, 'rel-o', ['2025-01', '2025-02', ''].map((p) => draft(p, { dataset: ds, release_id: 'rel-o' })));
    const after: Observation[] = [];
    for await (const row of store.scan(ds)) after.push(row);
    expect(after.map((r) => r.period_end)).toEqual(['', '2025-01', '2025-02']);
  });

  it('reads a dataset written before the ordered keys whole until order-keys copies its rows, then the same rows by Query', async () => {
    const ds = 'ordered-old';
    await store.applyRelease(ds, 'rel-p', ['2025-03', '2025-01', '2025-02'].map((p) => draft(p, { dataset: ds, release_id: 'rel-p' })));
    await store.applyRelease(ds, 'rel-p', ['2025-01', '2025-02'].map((p) => draft(p, { dataset: ds, release_id: 'rel-p', value: 7 })));
    // What the table held before: no ordered items and no mark.
    const client = stack.services.clients.dynamodb;
    for (const pk of [`ORD#${ds}`, `ORDV#${ds}`]) {
      const out = await client.send(new QueryCommand({ TableName: LOCAL_NAMES.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: pk } } }));
      for (const item of out.Items ?? []) await client.send(new DeleteItemCommand({ TableName: LOCAL_NAMES.table, Key: { pk: item.pk, sk: item.sk } }));
    }
    await client.send(new DeleteItemCommand({ TableName: LOCAL_NAMES.table, Key: { pk: { S: `ORDKEYS#${ds}` }, sk: { S: 'STATE' } } }));
    // Read by a store that has not seen the dataset yet (a new Lambda container): a store remembers a dataset it found ordered.
    const read = async (kind: 'scan' | 'scanRevisions', range?: { fromPeriodEnd?: string }) => {
      const rows: Observation[] = [];
      for await (const row of new DynamoObservationStore(client, LOCAL_NAMES.table, datasets)[kind](ds, range)) rows.push(row);
      return rows;
    };
    const before = { rows: await read('scan'), revisions: await read('scanRevisions'), tail: await read('scan', { fromPeriodEnd: '2025-02' }) };
    expect(before.rows.map((r) => [r.period_end, r.value])).toEqual([['2025-01', 7], ['2025-02', 7]]);
    expect(before.revisions).toHaveLength(5);

    const said: string[] = [];
    expect(await orderKeys(client, LOCAL_NAMES.table, ds, (line) => said.push(line))).toBe(1);
    expect(said).toEqual([`${ds}: 2 current row(s) and 5 revision(s) copied to their publish-order keys`]);
    expect(await isOrdered(client, LOCAL_NAMES.table, ds)).toBe(true);
    expect(await read('scan')).toEqual(before.rows);
    expect(await read('scanRevisions')).toEqual(before.revisions);
    expect(await read('scan', { fromPeriodEnd: '2025-02' })).toEqual(before.tail);
    // Idempotent: the command skips it, and copying again copies no current row.
    expect(await orderKeys(client, LOCAL_NAMES.table, ds, () => {})).toBe(0);
    expect((await orderDataset(client, LOCAL_NAMES.table, ds)).rows).toBe(0);
  });
});
