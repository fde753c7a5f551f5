/**
 * What a version shows of each row the quality gate holds back (QualityGate.heldViews, kept in the
 * layout). Rows of periods the gate carried from the previous version's record are not read from
 * the store again: their views come from the record and this run's stand-ins, and must equal the
 * views read from the store, including when a review decision or what was published before changes
 * what is shown of a row whose period no change reached.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { heldViews, type HeldView } from '../../functions/core/publish/change-index.js';
import { MemoryBlobStore, type MemoryDatasetStateStore } from '../../functions/core/publish/in-memory.js';
import { runQualityGate, type PublishedBefore } from '../../functions/core/quality/gate.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';
import { storeOf, TABLES } from '../support/trade-world.js';

const CREATED = '2024-01-01T00:00:00Z';

/** A store that notes the ids of the dataset's rows it is asked for by id. */
function noting(store: ObservationStore, asked: string[]): ObservationStore {
  return {
    applyRelease: (d, r, drafts) => store.applyRelease(d, r, drafts),
    scan: (d, range) => store.scan(d, range),
    scanRevisions: (d, range) => store.scanRevisions(d, range),
    get: (d, ids) => {
      if (d === TABLES) asked.push(...ids);
      return store.get(d, ids);
    },
  };
}

type World = Awaited<ReturnType<typeof storeOf>>;

/**
 * What the version before published, as publish reads it from that version's layout (`views`, its
 * held rows' views): a held row what its view shows, any other row as it is now.
 */
const publishedIn = (views: HeldView[] = []): PublishedBefore => ({
  async revisions(rows) {
    const shown = new Map(views.map((v) => [v.observation_id, v.shown]));
    return new Map(rows.map((r) => [r.observation_id, shown.has(r.observation_id) ? shown.get(r.observation_id)! : r.revision]));
  },
});

/** Runs the gate of `version` and keeps its record; `asked` notes the held rows its views read. */
async function gateOf(version: number, { observations, datasets }: { observations: ObservationStore; datasets: MemoryDatasetStateStore }, blobs: MemoryBlobStore, reviews?: MemoryQualityReviewStore, before?: HeldView[]) {
  const asked: string[] = [];
  const seq = (await datasets.get(TABLES)).change_seq;
  const gate = await runQualityGate({ dataset: TABLES, version, createdAt: CREATED, seq }, { observations: noting(observations, asked), datasets, blobs, reviews, published: publishedIn(before) });
  await gate.keepRecord();
  asked.length = 0;
  const views = [...(await gate.heldViews())];
  // Every held row read from the store, as publish did before.
  const read = [...(await heldViews(TABLES, [...gate.heldFrom.keys()], observations, gate.shown))];
  return { gate, views, read, asked: new Set(asked) };
}

/** A current row of the dataset, by id. */
async function currentRow(world: World, id: string): Promise<Observation> {
  return (await world.observations.get(TABLES, [id]))[0];
}

/** Revises a row of `period` (its value half again), which makes the next gate judge from 12 months before it (24 if a carried verdict might move). */
async function changeIn(world: World, period: string): Promise<void> {
  for await (const r of world.observations.scan(TABLES, { fromPeriodEnd: period })) {
    if (r.period_end !== period || r.value === null) continue;
    await world.observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', value: r.value * 1.5 });
    return;
  }
}

describe('what a version shows of its held-back rows', () => {
  it('reads from the store only the held rows the gate judged again; those it carried have the views the store gives', async () => {
    const world = await storeOf(4, '2023-10');
    const blobs = new MemoryBlobStore();
    await gateOf(1, world, blobs);
    await changeIn(world, '2023-06');
    const { views, read, asked } = await gateOf(2, world, blobs);
    expect(views).toEqual(read);
    // Judged from 12 months before the change: held rows of earlier periods were carried, not read.
    const carried = views.filter((v) => v.period_end < '2022-06');
    expect(carried.length).toBeGreaterThan(5);
    expect(carried.filter((v) => asked.has(v.observation_id))).toEqual([]);
    expect(asked.size).toBe(views.length - carried.length);
  });

  it('reads every held row again when a review decision changed: an accepted row of a period no change reached is shown', async () => {
    const world = await storeOf(4, '2023-10');
    const blobs = new MemoryBlobStore();
    const reviews = new MemoryQualityReviewStore();
    const v1 = await gateOf(1, world, blobs, reviews);
    const early = v1.views.find((v) => v.period_end < '2021-01' && v.shown === null)!;
    const row = await currentRow(world, early.observation_id);
    await reviews.decide({ dataset: TABLES, observation_id: row.observation_id, revision: row.revision, decision: 'accept', reason: 'the source confirms it', by: 'ops', at: '2024-01-02T00:00:00Z' });
    await changeIn(world, '2023-06');
    const { views, read, asked } = await gateOf(2, world, blobs, reviews);
    expect(views).toEqual(read);
    expect(views.some((v) => v.observation_id === early.observation_id)).toBe(false);
    expect(asked.size).toBe(views.length);
  });

  it('works out what is shown of a carried row in each run: a revision held two versions before does not stand in', async () => {
    const world = await storeOf(4, '2023-10');
    const blobs = new MemoryBlobStore();
    const reviews = new MemoryQualityReviewStore();
    const v1 = await gateOf(1, world, blobs, reviews);
    // A held row of an early period, revised with the same figure: held again in version 2, where its
    // first revision (held in version 1) does not stand in for it.
    const early = v1.views.find((v) => v.period_end >= '2020-01' && v.period_end < '2021-01' && v.shown === null)!;
    const row = await currentRow(world, early.observation_id);
    await world.observations.upsert({ ...row, revision: row.revision + 1, status: 'revised' });
    const v2 = await gateOf(2, world, blobs, reviews, v1.views);
    expect(v2.views).toEqual(v2.read);
    const before = v2.views.find((v) => v.observation_id === early.observation_id)!;
    expect(v2.gate.heldFrom.get(early.observation_id)).toBe(row.revision + 1);
    // A change long after it: version 3 carries its period; version 2 published nothing of the row
    // (its first revision, held itself, did not stand in), so nothing stands in now either.
    await changeIn(world, '2023-09');
    const v3 = await gateOf(3, world, blobs, reviews, v2.views);
    expect(v3.views).toEqual(v3.read);
    const now = v3.views.find((v) => v.observation_id === early.observation_id)!;
    expect(v3.asked.has(early.observation_id)).toBe(false);
    expect(before.shown).toBeNull();
    expect(now.shown).toBeNull();
  });
});
