/**
 * What a published version shows in place of a held revision, through publish on in-memory ports:
 * only the revision the version before it published (read from that version), never a revision
 * no version published — one that came and was superseded between two versions, or the earlier
 * revision of a row no version had yet.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';
import { LayoutMemo, layoutKey } from '../../functions/core/publish/layout.js';
import { publishedBefore } from '../../functions/core/publish/published-before.js';

const DS = 'trade-tables';
const silent = { info() {}, warn() {}, error() {} };

/** An import figure of a month at a revision (a negative one fails the hard `sign` check). */
function imports(period: string, value: number, revision = 1): Observation {
  const draft: ObservationDraft = {
    dataset: DS, area: 'Peru', partner: 'World', flow: 'import', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: period, period_end: period, value, unit: 'USD', qualifier: 'exact', yoy_pct: null,
    release_id: `rel-${period}-${revision}`, source_url: `https://example.test/${period}/${revision}`, source_quote: 'q', published: '2025-11-20', quote_start: null, quote_end: null,
  };
  return observationFromDraft(draft, revision);
}

function world(withReviews = true) {
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock: new ManualClock(new Date('2025-11-21T08:00:00Z')), logger: silent, owner: 'run', ...(withReviews ? { reviews: new MemoryQualityReviewStore() } : {}) };
  /** The rows of a version as its observations.ndjson has them. */
  const rows = (version: number) => {
    const body = blobs.objects.get(`datasets/${DS}/v${version}/observations.ndjson`)!.body;
    return new TextDecoder().decode(body).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Observation);
  };
  const publish = () => publishDataset(DS, deps);
  /** What version `version` published of a row, as the gate of the next version asks it. */
  const publishedIn = async (version: number, row: Observation) => (await publishedBefore(DS, version, { blobs, datasets, layouts: new LayoutMemo(blobs) }).revisions([row])).get(row.observation_id);
  return { blobs, observations, publish, rows, publishedIn };
}

describe('the revision standing in for a held one is the one the version before published', () => {
  it('two revisions between two versions, the last held: the published one stays, never the one between', async () => {
    const w = world();
    await w.observations.upsert(imports('2025-06', 5e9));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 1 });
    await w.observations.upsert(imports('2025-06', 6e9, 2));
    await w.observations.upsert(imports('2025-06', -7e9, 3));
    await w.observations.upsert(imports('2025-07', 4e9));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 2 });
    const row = w.rows(2).find((r) => r.period_end === '2025-06');
    expect(row).toMatchObject({ revision: 1, value: 5e9 });
  });

  it('a row new since the version before, revised and held: its first revision was never published and does not stand in', async () => {
    const w = world();
    await w.observations.upsert(imports('2025-06', 5e9));
    await w.publish();
    await w.observations.upsert(imports('2025-07', 4e9));
    await w.observations.upsert(imports('2025-07', -4e9, 2));
    await w.observations.upsert(imports('2025-08', 3e9));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 2 });
    expect(w.rows(2).map((r) => r.period_end)).toEqual(['2025-06', '2025-08']);
  });

  it('the first version shows no earlier revision of a held one: none was published', async () => {
    const w = world(false);
    await w.observations.upsert(imports('2025-06', 5e9));
    await w.observations.upsert(imports('2025-07', 4e9));
    await w.observations.upsert(imports('2025-07', -4e9, 2));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 1 });
    expect(w.rows(1).map((r) => r.period_end)).toEqual(['2025-06']);
  });

  it('without a review list, a revision held in the version before never stands in later', async () => {
    const w = world(false);
    await w.observations.upsert(imports('2025-06', -5e9));
    await w.observations.upsert(imports('2025-05', 1e9));
    await w.publish();
    await w.observations.upsert(imports('2025-06', -6e9, 2));
    await w.observations.upsert(imports('2025-08', 3e9));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 2 });
    expect(w.rows(2).map((r) => r.period_end)).toEqual(['2025-05', '2025-08']);
  });

  it('a published revision keeps standing in across versions while later ones are held', async () => {
    const w = world(false);
    await w.observations.upsert(imports('2025-06', 5e9));
    await w.publish();
    await w.observations.upsert(imports('2025-06', -6e9, 2));
    await w.observations.upsert(imports('2025-07', 3e9));
    await w.publish();
    expect(w.rows(2).find((r) => r.period_end === '2025-06')).toMatchObject({ revision: 1 });
    await w.observations.upsert(imports('2025-06', -6.5e9, 3));
    await w.observations.upsert(imports('2025-08', 2e9));
    expect(await w.publish()).toMatchObject({ status: 'published', version: 3 });
    expect(w.rows(3).find((r) => r.period_end === '2025-06')).toMatchObject({ revision: 1, value: 5e9 });
  });

  it('reads what was published from the layout, the change index, or else the version\'s lines', async () => {
    const w = world(false);
    const kept = imports('2025-06', 6e9, 2);
    await w.observations.upsert(imports('2025-06', 5e9));
    await w.observations.upsert(kept);
    await w.publish();
    const ndjson = `datasets/${DS}/v1/observations.ndjson`;
    const lines = w.blobs.objects.get(ndjson)!;
    // No change reached its period and version 1 held nothing back: published as it is now, nothing read.
    w.blobs.objects.delete(ndjson);
    expect(await w.publishedIn(1, kept)).toBe(2);
    // A change in its period: the version's lines of that period say.
    await w.observations.upsert(imports('2025-06', 7e9, 3));
    await expect(w.publishedIn(1, imports('2025-06', 7e9, 3))).rejects.toThrow(/observations.ndjson is missing/);
    w.blobs.objects.set(ndjson, lines);
    expect(await w.publishedIn(1, imports('2025-06', 7e9, 3))).toBe(2);
    // Without a layout (a version written before layouts), the whole file is read.
    w.blobs.objects.delete(layoutKey(DS, 1));
    expect(await w.publishedIn(1, kept)).toBe(2);
    expect(await w.publishedIn(1, imports('2025-09', 1e9, 2))).toBeNull();
  });
});
