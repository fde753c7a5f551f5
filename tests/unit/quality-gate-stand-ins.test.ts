/**
 * Which earlier revision the quality gate shows in place of a held one: only the revision the
 * previous version published (PublishedBefore; here, what the previous gate run showed), never
 * one that was itself held back (or never shown), however many versions ago it was held; an
 * accepted revision is released as before.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { runQualityGate, type PublishedBefore } from '../../functions/core/quality/gate.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';

const DS = 'trade-tables';

/** An import figure of one month (a negative one fails the hard `sign` check). */
function imports(value: number, revision: number): Observation {
  const draft: ObservationDraft = {
    dataset: DS, area: 'Chile', partner: 'World', flow: 'import', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-06', period_end: '2025-06', value, unit: 'USD', qualifier: 'exact', yoy_pct: null,
    release_id: `rel-${revision}`, source_url: `https://example.test/${revision}`, source_quote: 'q', published: '2025-07-20', quote_start: null, quote_end: null,
  };
  return observationFromDraft(draft, revision);
}

function world() {
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const reviews = new MemoryQualityReviewStore();
  // What the last version published of the row, as publish would read it from that version's files.
  let shownLast: { id: string; revision: number | null } | null = null;
  const published: PublishedBefore = {
    async revisions(rows) {
      return new Map(rows.map((r) => [r.observation_id, shownLast?.id === r.observation_id ? shownLast.revision : null]));
    },
  };
  /** Runs version `version`'s gate; what it shows of the row's current revision (its revision, or null), taken as published. */
  const shownIn = async (version: number, current: Observation) => {
    const gate = await runQualityGate({ dataset: DS, version, createdAt: `2025-08-0${version}T00:00:00Z` }, { observations, datasets, reviews, published });
    shownLast = { id: current.observation_id, revision: gate.shown(current)?.revision ?? null };
    return shownLast.revision;
  };
  return { observations, reviews, shownIn };
}

describe('what stands in for a held revision', () => {
  it('never a revision held two versions before: a held row whose revisions were all held shows nothing in any later version', async () => {
    const w = world();
    await w.observations.upsert(imports(-5e9, 1));
    expect(await w.shownIn(1, imports(-5e9, 1))).toBeNull();
    const second = imports(-6e9, 2);
    await w.observations.upsert(second);
    expect(await w.shownIn(2, second)).toBeNull();
    // Version 3 knows only version 2's list, which holds revision 2: revision 1 was held all the same.
    expect(await w.shownIn(3, second)).toBeNull();
    expect(await w.shownIn(4, second)).toBeNull();
  });

  it('never a revision no version showed: two revisions after a held one, the one between was never published', async () => {
    const w = world();
    await w.observations.upsert(imports(-5e9, 1));
    expect(await w.shownIn(1, imports(-5e9, 1))).toBeNull();
    await w.observations.upsert(imports(-6e9, 2));
    const third = imports(-7e9, 3);
    await w.observations.upsert(third);
    expect(await w.shownIn(2, third)).toBeNull();
  });

  it('a published revision keeps standing in, version after version, until the held one is accepted', async () => {
    const w = world();
    await w.observations.upsert(imports(5e9, 1));
    expect(await w.shownIn(1, imports(5e9, 1))).toBe(1);
    const second = imports(-6e9, 2);
    await w.observations.upsert(second);
    expect(await w.shownIn(2, second)).toBe(1);
    expect(await w.shownIn(3, second)).toBe(1);
    await w.reviews.decide({ dataset: DS, observation_id: second.observation_id, revision: 2, decision: 'accept', reason: 'the source prints it so', by: 'ops', at: '2025-08-10T00:00:00Z' });
    expect(await w.shownIn(4, second)).toBe(2);
  });

  it('the review list does not decide it: a row the list says was shown stays out when the version before did not publish it', async () => {
    const w = world();
    await w.observations.upsert(imports(-5e9, 1));
    await w.shownIn(1, imports(-5e9, 1));
    const second = imports(-6e9, 2);
    await w.observations.upsert(second);
    expect(await w.shownIn(2, second)).toBeNull();
    const listed = await w.reviews.listHeld(DS);
    expect(listed).toEqual([expect.objectContaining({ revision: 2, shown_revision: null })]);
    await w.reviews.recordHeld(DS, listed.map((row) => ({ ...row, shown_revision: 1 })));
    expect(await w.shownIn(3, second)).toBeNull();
  });

  it('without knowing what was published before (no PublishedBefore), no earlier revision stands in', async () => {
    const w = world();
    await w.observations.upsert(imports(5e9, 1));
    const second = imports(-6e9, 2);
    await w.observations.upsert(second);
    const gate = await runQualityGate({ dataset: DS, version: 2, createdAt: '2025-08-02T00:00:00Z' }, { observations: w.observations, datasets: new MemoryDatasetStateStore(), reviews: w.reviews });
    expect(gate.heldFrom.get(second.observation_id)).toBe(2);
    expect(gate.shown(second)).toBeUndefined();
  });

  it('an accepted revision is released even when nothing stood in for it', async () => {
    const w = world();
    await w.observations.upsert(imports(-5e9, 1));
    await w.shownIn(1, imports(-5e9, 1));
    const second = imports(-6e9, 2);
    await w.observations.upsert(second);
    await w.shownIn(2, second);
    expect(await w.shownIn(3, second)).toBeNull();
    await w.reviews.decide({ dataset: DS, observation_id: second.observation_id, revision: 2, decision: 'accept', reason: 'a net re-export month', by: 'ops', at: '2025-08-10T00:00:00Z' });
    expect(await w.shownIn(4, second)).toBe(2);
  });
});
