/**
 * A whole judgement split in two shares (gate-split.ts: the later periods judged elsewhere, the reports joined in
 * order) against the same judgement in one thread: quality.json, the gate's record and the held rows are the same,
 * byte for byte, on five years of tables with injected errors, revisions and review decisions; in the same thread
 * (two shares interleaved) and with the later share in a worker thread.
 */
import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../functions/core/publish/in-memory.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { judgeLaterShare, splitPoint, type GateSplit } from '../../functions/core/quality/gate-split.js';
import { workerGateSplit } from '../../functions/adapters/worker-gate.js';
import { qualityTextOf, TABLES } from '../support/trade-world.js';
import { openTablesAlone } from '../support/trade-tables-alone.js';

const CREATED = '2024-02-01T00:00:00Z';
/** The five years split at all (a real dataset splits from six years on). */
const SHORT = 24;

async function judgedWith(seed: number, split?: GateSplit) {
  const observations = await openTablesAlone(seed);
  const datasets = observations.states;
  const reviews = new MemoryQualityReviewStore();
  // Decisions on both sides of the split: a plain row rejected early, a late one rejected, one accepted.
  const rows = [];
  for await (const row of observations.scan(TABLES)) rows.push(row);
  for (const [period, decision] of [['2019-08', 'reject'], ['2023-05', 'reject'], ['2022-11', 'accept']] as const) {
    const row = rows.find((r) => r.period_end === period && r.value !== null)!;
    await reviews.decide({ dataset: TABLES, observation_id: row.observation_id, revision: row.revision, decision, reason: 'checked by hand', by: 'ops', at: CREATED });
  }
  const blobs = new MemoryBlobStore();
  const seq = (await datasets.get(TABLES)).change_seq;
  const gate = await runQualityGate({ dataset: TABLES, version: 1, createdAt: CREATED, seq }, { observations, datasets, blobs, reviews, ...(split ? { split } : {}) });
  await gate.keepRecord();
  const record = [...blobs.objects].map(([key, object]) => [key, Buffer.from(object.body).toString('base64')]);
  const periodOf = new Map(rows.map((r) => [r.observation_id, r.period_end]));
  return { text: await qualityTextOf(gate), record, held: [...gate.heldRows()], scope: gate.scope, states: await datasets.list(), periodOf };
}

describe('a whole quality judgement on two threads', () => {
  for (const seed of [1, 2]) {
    it(`gives the bytes one thread gives (seed ${seed})`, async () => {
      const one = await judgedWith(seed);
      const inThread: GateSplit = { start: (job, store) => judgeLaterShare(job, store), minMonths: SHORT };
      const two = await judgedWith(seed, inThread);
      expect(two.scope.split).toBe(splitPoint(one.states, TABLES, SHORT));
      expect(two.scope.split_fallback).toBeUndefined();
      expect(two.text).toBe(one.text);
      expect(two.record).toEqual(one.record);
      expect(two.held).toEqual(one.held);
      // Not vacuous: rows are held on both sides of the split, others pass, and decisions apply on both sides.
      const document = JSON.parse(one.text);
      const heldAt = one.held.map((h) => one.periodOf.get(h.observation_id)!);
      expect(heldAt.filter((p) => p < two.scope.split!).length).toBeGreaterThan(5);
      expect(heldAt.filter((p) => p >= two.scope.split!).length).toBeGreaterThan(5);
      expect(document.summary.pass).toBeGreaterThan(1000);
      expect(document.review_decisions).toHaveLength(3);
    });
  }

  it('judges the later share in a worker thread, the store opened there by its recipe', async () => {
    const one = await judgedWith(3);
    const two = await judgedWith(3, { ...workerGateSplit(true)!, minMonths: SHORT });
    expect(two.scope.split).toBeDefined();
    expect(two.text).toBe(one.text);
    expect(two.record).toEqual(one.record);
    expect(two.held).toEqual(one.held);
  }, 60_000);

  it('judges in one thread a dataset shorter than the split asks, or a store no other thread can open', async () => {
    const inThread: GateSplit = { start: (job, store) => judgeLaterShare(job, store) };
    expect((await judgedWith(1, inThread)).scope.split).toBeUndefined();
    expect(workerGateSplit(true)!.start({} as never, { scan: () => [] } as never)).toBeNull();
    expect(workerGateSplit(false)).toBeNull();
  });
});
