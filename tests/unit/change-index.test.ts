/**
 * The change index in memory (the store tests and the bench use): each upsert or removal marks
 * its row's period with the new change_seq, periodsChangedSince reads the entries above a
 * version's change_seq, and scans start at a period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, type Observation } from '../../functions/core/contract.js';
import { MemoryBlobStore, MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { changedPeriodSet, firstChangedPeriod, HeldViewList, heldViews, periodsChangedSince } from '../../functions/core/publish/change-index.js';
import { readLayout } from '../../functions/core/publish/layout.js';

const DS = 'index-memory';

function row(period: string, n: number, over: Partial<Observation> = {}): Observation {
  const merged: Observation = {
    observation_id: `${period}-${n}`, dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: `HS ${n}`, breakdown: '', measure: 'value',
    period_start: period, period_end: period, value: 10 + n, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary', release_id: `rel-${period}`,
    source_url: 'https://example.test/r', source_quote: `In ${period} group ${n} came to ${10 + n} yuan.`, published: '2025-10-07', revision: 1,
    period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: false, ...over,
  };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('the change index', () => {
  it('lists the periods whose rows were added, revised or removed after a change_seq, in publish order', async () => {
    const datasets = new MemoryDatasetStateStore();
    const store = new MemoryObservationStore(datasets);
    for (const period of ['2025-03', '2025-01', '2025-02']) for (const n of [1, 2]) await store.upsert(row(period, n));
    const v1 = (await datasets.get(DS)).change_seq;
    expect(periodsChangedSince(await datasets.get(DS), 0)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(periodsChangedSince(await datasets.get(DS), v1)).toEqual([]);

    await store.upsert(row('2025-02', 1, { value: 99, revision: 2, status: 'revised' }));
    await store.upsert(row('2025-04', 1));
    await store.remove(DS, row('2025-01', 2).observation_id);
    await store.remove(DS, 'no-such-row');
    expect(periodsChangedSince(await datasets.get(DS), v1)).toEqual(['2025-01', '2025-02', '2025-04']);
  });

  it('cannot tell what changed before the index reaches back, or since a version without a change_seq', () => {
    const state = { changed_periods: { '2025-05': 9 }, changed_periods_since: 6 };
    expect(periodsChangedSince(state, 5)).toBeNull();
    expect(periodsChangedSince(state, undefined)).toBeNull();
    expect(periodsChangedSince(state, 6)).toEqual(['2025-05']);
  });

  it('scans current rows and revisions from a period on', async () => {
    const store = new MemoryObservationStore(new MemoryDatasetStateStore());
    for (const period of ['2025-01', '2025-02', '2025-03']) await store.upsert(row(period, 1));
    await store.upsert(row('', 1, { period_start: '', period_end: '', period_type: 'other' }));
    await store.upsert(row('2025-02', 1, { value: 5, revision: 2, status: 'revised' }));
    expect((await all(store.scan(DS))).map((r) => r.period_end)).toEqual(['', '2025-01', '2025-02', '2025-03']);
    expect((await all(store.scan(DS, { fromPeriodEnd: '2025-02' }))).map((r) => r.period_end)).toEqual(['2025-02', '2025-03']);
    expect((await all(store.scanRevisions(DS, { fromPeriodEnd: '2025-02' }))).map((r) => [r.period_end, r.revision])).toEqual([['2025-02', 1], ['2025-02', 2], ['2025-03', 1]]);
    expect(await all(store.scan(DS, { fromPeriodEnd: '2026-01' }))).toEqual([]);
  });

  it('starts a version at the earliest changed period, or at a held row whose showing changed', () => {
    const held = (id: string, period: string, shown: number | null) => ({ observation_id: id, period_end: period, shown });
    expect(firstChangedPeriod(['2025-06', '2025-04'], [], [])).toEqual({ period: '2025-04' });
    expect(firstChangedPeriod([], [], [])).toEqual({ none: true });
    // Held in both versions and shown the same: not a change; accepted since: its period is read again.
    expect(firstChangedPeriod(['2025-06'], [held('a', '2025-01', 1)], [held('a', '2025-01', 1)])).toEqual({ period: '2025-06' });
    expect(firstChangedPeriod(['2025-06'], [], [held('a', '2025-01', null)])).toEqual({ period: '2025-01' });
    // Newly held, or held with another stand-in.
    expect(firstChangedPeriod([], [held('b', '2025-02', null)], [])).toEqual({ period: '2025-02' });
    expect(firstChangedPeriod([], [held('b', '2025-02', 2)], [held('b', '2025-02', 1)])).toEqual({ period: '2025-02' });
    // Unknown: the index cannot tell, or a list is missing (a layout written before held rows were kept).
    expect(firstChangedPeriod(null, [], [])).toEqual({ all: true });
    expect(firstChangedPeriod(['2025-06'], [], undefined)).toEqual({ all: true });
  });

  it('collects every changed period, walking lists sorted by id and matching unsorted ones by id', () => {
    const held = (id: string, period: string, shown: number | null) => ({ observation_id: id, period_end: period, shown });
    const before = [held('a', '2024-01', 1), held('c', '2024-03', null), held('d', '2024-04', 2), held('f', '2024-06', 1)];
    const now = [held('b', '2024-02', null), held('c', '2024-03', null), held('d', '2024-04', 3), held('e', '2024-05', 1)];
    // a: no longer held; b, e: newly held; c: the same; d: another stand-in; f: no longer held.
    const expected = ['2024-01', '2024-02', '2024-04', '2024-05', '2024-06', '2025-07'];
    expect([...changedPeriodSet(['2025-07'], now, before)!].sort()).toEqual(expected);
    expect([...changedPeriodSet(['2025-07'], [...now].reverse(), [...before].reverse())!].sort()).toEqual(expected);
    expect(changedPeriodSet(null, now, before)).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 1, max: 3 })), fc.boolean(), fc.boolean())), (entries) => {
        const ids = [...new Map(entries.map((e) => [e[0], e])).values()].sort((x, y) => x[0] - y[0]);
        const view = (e: (typeof ids)[number], shown: number | null) => held(`id${String(e[0]).padStart(2, '0')}`, `2024-${String(e[0]).padStart(2, '0')}`, shown);
        const a = ids.filter((e) => e[2]).map((e) => view(e, e[1]));
        const b = ids.filter((e) => e[3]).map((e) => view(e, e[2] && e[0] % 2 === 0 ? e[1] : (e[1] ?? 0) + 1));
        const sorted = [...changedPeriodSet([], a, b)!].sort();
        const unsorted = [...changedPeriodSet([], [...a].reverse(), [...b].reverse())!].sort();
        expect(sorted).toEqual(unsorted);
      }),
    );
  });

  it('notes what is shown of each held row, reading each from the store once', async () => {
    const datasets = new MemoryDatasetStateStore();
    const store = new MemoryObservationStore(datasets);
    const first = row('2025-01', 1);
    await store.upsert(first);
    await store.upsert(row('2025-01', 1, { value: 50, revision: 2, status: 'revised' }));
    for (const n of [2, 3]) await store.upsert(row('2025-02', n));
    // Held: 2025-01-1 from revision 2 (revision 1 stands in), 2025-02-2 from revision 1 (nothing shown),
    // 2025-02-3 from revision 2 (its revision 1 is current, so it is shown), and a row since removed.
    const heldFrom = new Map([['2025-01-1', 2], ['2025-02-2', 1], ['2025-02-3', 2], ['2025-03-9', 1]]);
    const shown = (r: Observation) => (r.revision >= (heldFrom.get(r.observation_id) ?? Infinity) ? (r.observation_id === first.observation_id ? first : undefined) : r);
    const reads: string[] = [];
    const counting = Object.assign(Object.create(store) as MemoryObservationStore, {
      get: async (d: string, ids: string[]) => {
        reads.push(...ids);
        return store.get(d, ids);
      },
    });
    const views = await heldViews(DS, ['2025-02-3', '2025-01-1', '2025-02-2', '2025-03-9', '2025-01-1'], counting, shown);
    expect([...views]).toEqual([
      { observation_id: '2025-01-1', period_end: '2025-01', shown: 1 },
      { observation_id: '2025-02-2', period_end: '2025-02', shown: null },
      { observation_id: '2025-02-3', period_end: '2025-02', shown: 1 },
    ]);
    expect(reads.sort()).toEqual(['2025-01-1', '2025-02-2', '2025-02-3', '2025-03-9']);
  });

  it('keeps held views in lists, written into the layout as the list of views and read back as they were', async () => {
    const views = [
      { observation_id: 'b"\u00e9', period_end: '2025-02', shown: null },
      { observation_id: 'a', period_end: '2025-01', shown: 3 },
      { observation_id: 'c', period_end: '', shown: 1 },
      { observation_id: 'a', period_end: '2025-01', shown: 2 },
    ];
    const list = HeldViewList.of(views);
    // Sorted by id; of two views of one id the later stands.
    const expected = [views[3], views[0], views[2]];
    expect([...list]).toEqual(expected);
    expect(JSON.stringify({ held: list })).toBe(JSON.stringify({ held: expected }));
    const blobs = new MemoryBlobStore();
    const layout = { dataset: DS, version: 1, order: 'period_end,period_start,observation_id', stripes: [], held: expected, parquet: { row_group_size: null, row_groups: 0, saved: '' }, ends: {} };
    await blobs.put(`datasets/${DS}/_layout/v1.json`, new TextEncoder().encode(JSON.stringify(layout)), { contentType: 'application/json' });
    const read = await readLayout(blobs, DS, 1);
    expect(read?.held).toBeInstanceOf(HeldViewList);
    expect(JSON.stringify(read)).toBe(JSON.stringify(layout));
  });
});
