/**
 * The observation store on DynamoDB Local: a changed figure is a new revision, never a duplicate
 * row; a replay changes nothing; a figure a revised release no longer reports is removed.
 */
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from '../../functions/adapters/dynamo-observation-store.js';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { observationId } from '../../functions/core/identity.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { startTestStack, type TestStack } from '../support/local-stack.js';

let stack: TestStack;
let store: DynamoObservationStore;
let datasets: DynamoDatasetStateStore;

const draft = (over: Partial<ObservationDraft>): ObservationDraft => ({
  dataset: 'store-test', area: 'Xinjiang', partner: 'World', flow: 'total', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: '2025-01', period_end: '2025-09', value: 393.14e9, unit: 'CNY', qualifier: 'exact', yoy_pct: 22.1,
  release_id: 'rel-a', source_url: 'https://example.org/a', source_quote: 'Trade rose 22.1 percent to 393.14 billion yuan.', published: '2025-10-25',
  quote_start: 0, quote_end: 47, ...over,
});

async function current(): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const row of store.scan('store-test')) rows.push(row);
  return rows;
}

async function vintageCount(): Promise<number> {
  const out = await stack.services.clients.dynamodb.send(new QueryCommand({ TableName: LOCAL_NAMES.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'VIN#store-test' } } }));
  return (out.Items ?? []).map((i) => unmarshall(i)).length;
}

beforeAll(async () => {
  stack = await startTestStack();
  datasets = new DynamoDatasetStateStore(stack.services.clients.dynamodb, LOCAL_NAMES.table);
  store = new DynamoObservationStore(stack.services.clients.dynamodb, LOCAL_NAMES.table, datasets);
});

afterAll(async () => {
  await stack?.stop();
});

describe('DynamoObservationStore.applyRelease', () => {
  it('adds new figures at revision 1 and marks the dataset changed', async () => {
    const summary = await store.applyRelease('store-test', 'rel-a', [draft({}), draft({ flow: 'export', value: 200e9, yoy_pct: 10 })]);
    expect(summary).toEqual({ added: 2, revised: 0, unchanged: 0, removed: 0 });
    const rows = await current();
    expect(rows.map((r) => [r.flow, r.revision, r.status])).toEqual(expect.arrayContaining([['total', 1, 'preliminary'], ['export', 1, 'preliminary']]));
    expect((await datasets.get('store-test')).change_seq).toBeGreaterThan(0);
  });

  it('changes nothing when the same release is applied again (replay)', async () => {
    const seq = (await datasets.get('store-test')).change_seq;
    const summary = await store.applyRelease('store-test', 'rel-a', [draft({}), draft({ flow: 'export', value: 200e9, yoy_pct: 10 })]);
    expect(summary).toEqual({ added: 0, revised: 0, unchanged: 2, removed: 0 });
    expect((await datasets.get('store-test')).change_seq).toBe(seq);
    expect(await vintageCount()).toBe(2);
  });

  it('treats a restatement by another release as the same figure', async () => {
    const summary = await store.applyRelease('store-test', 'rel-b', [draft({ release_id: 'rel-b', source_quote: 'Again: 393.14 billion yuan.' })]);
    expect(summary).toEqual({ added: 0, revised: 0, unchanged: 1, removed: 0 });
    expect((await current()).find((r) => r.flow === 'total')!.release_id).toBe('rel-a');
  });

  it('records a changed value as a new revision of the same observation, keeping the old one as a vintage', async () => {
    const summary = await store.applyRelease('store-test', 'rel-c', [draft({ release_id: 'rel-c', value: 393.5e9 })]);
    expect(summary).toEqual({ added: 0, revised: 1, unchanged: 0, removed: 0 });
    const rows = await current();
    expect(rows).toHaveLength(2);
    const total = rows.find((r) => r.flow === 'total')!;
    expect(total).toMatchObject({ value: 393.5e9, revision: 2, status: 'revised', release_id: 'rel-c' });
    const vintages: Observation[] = [];
    for await (const v of store.scanRevisions('store-test')) vintages.push(v);
    expect(vintages.filter((v) => v.observation_id === total.observation_id).map((v) => [v.revision, v.value])).toEqual([[1, 393.14e9], [2, 393.5e9]]);
  });

  it('removes a figure its own release no longer reports, but not one another release now owns', async () => {
    // rel-a is revised and now reports only the export figure: its total belongs to rel-c, so it stays.
    const summary = await store.applyRelease('store-test', 'rel-a', [draft({ flow: 'export', value: 200e9, yoy_pct: 10 })]);
    expect(summary).toEqual({ added: 0, revised: 0, unchanged: 1, removed: 0 });
    const again = await store.applyRelease('store-test', 'rel-a', []);
    expect(again.removed).toBe(1);
    expect((await current()).map((r) => r.flow)).toEqual(['total']);
  });

  it('returns rows with exactly the public columns in order', async () => {
    const [row] = await current();
    expect(Object.keys(row)).toEqual(['observation_id', 'dataset', 'area', 'partner', 'flow', 'commodity', 'breakdown', 'measure', 'period_start', 'period_end', 'value', 'unit', 'qualifier', 'yoy_pct', 'status', 'release_id', 'source_url', 'source_quote', 'published', 'revision', 'period_type', 'partner_code', 'area_code', 'is_total']);
    expect(row).toMatchObject({ period_type: 'year_to_date', partner_code: 'WLD', area_code: 'CN-XJ', is_total: true });
  });
});

describe('DynamoObservationStore.get', () => {
  it('returns the current rows of the ids asked for, skipping removed and unknown ones', async () => {
    const [total] = await current();
    const removedExport = observationId(draft({ flow: 'export' }));
    const rows = await store.get('store-test', [total.observation_id, removedExport, 'no-such-id', total.observation_id]);
    expect(rows).toEqual([total]);
    expect(await store.get('no-such-dataset', [total.observation_id])).toEqual([]);
  });
});

describe('preliminary figures and the monthly bulletin', () => {
  // A press release gives the preliminary figure in its words; the bulletin table later gives the
  // final one in GACC's table labels. Harmonized, both name one series.
  const preliminary = draft({
    dataset: 'bulletin-test', area: 'China', partner: 'World', flow: 'export', breakdown: 'trade mode: general trade', period_start: '2025-10', period_end: '2025-10',
    value: 190.2e9, unit: 'USD', yoy_pct: 7.5, release_id: 'press-1', source_quote: 'Exports under general trade reached 190.2 billion dollars.',
  });
  const bulletin = (value: number, release: string) => draft({
    ...preliminary, breakdown: 'customs regime: Ordinary Trade', value, release_id: release, source_url: 'https://example.org/table', source_quote: 'Ordinary Trade | Exports 10', quote_start: null, quote_end: null,
  });

  it('a bulletin figure that agrees with the preliminary one changes nothing', async () => {
    expect(await store.applyRelease('bulletin-test', 'press-1', [preliminary])).toEqual({ added: 1, revised: 0, unchanged: 0, removed: 0 });
    expect(await store.applyRelease('bulletin-test', 'table-1', [bulletin(190.2e9, 'table-1')])).toEqual({ added: 0, revised: 0, unchanged: 1, removed: 0 });
    const rows: Observation[] = [];
    for await (const row of store.scan('bulletin-test')) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ breakdown: 'customs regime: Ordinary Trade', revision: 1, status: 'preliminary', release_id: 'press-1' });
  });

  it('a bulletin figure that differs is a revision of the same observation', async () => {
    expect(await store.applyRelease('bulletin-test', 'table-2', [bulletin(190.6e9, 'table-2')])).toEqual({ added: 0, revised: 1, unchanged: 0, removed: 0 });
    const rows: Observation[] = [];
    for await (const row of store.scan('bulletin-test')) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 190.6e9, revision: 2, status: 'revised', release_id: 'table-2', period_type: 'month', is_total: false });
  });

  it('an earlier release normalized late (or reprocessed) does not overwrite the later figure', async () => {
    const late = { ...preliminary, release_id: 'press-0', published: '2025-10-20', value: 189e9 };
    expect(await store.applyRelease('bulletin-test', 'press-0', [late])).toEqual({ added: 0, revised: 0, unchanged: 1, removed: 0 });
    const rows: Observation[] = [];
    for await (const row of store.scan('bulletin-test')) rows.push(row);
    expect(rows[0]).toMatchObject({ value: 190.6e9, revision: 2, release_id: 'table-2' });
  });
});
