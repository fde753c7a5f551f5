/**
 * The quality gate inside publish, on in-memory ports: a row failing a hard check stays out of the
 * version and is listed for review; accepting it publishes it in the next version; quality.json is
 * in every version and listed in datapackage.json and the manifest.
 */
import { describe, expect, it } from 'vitest';
import { SnapshotManifest, type Observation, type ObservationDraft } from '../../functions/core/contract.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { decideHeldRow } from '../../functions/core/quality/decide.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';

const DS = 'trade-tables';
const silent = { info() {}, warn() {}, error() {} };

function obs(over: Partial<ObservationDraft>, revision = 1): Observation {
  return observationFromDraft({
    dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value: 100e9, unit: 'USD', qualifier: 'exact', yoy_pct: null,
    release_id: 'rel-1', source_url: 'https://example.test/1', source_quote: 'q', published: '2025-11-20', quote_start: null, quote_end: null, ...over,
  }, revision);
}

function world() {
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const reviews = new MemoryQualityReviewStore();
  const clock = new ManualClock(new Date('2025-11-21T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run', reviews };
  const text = (key: string) => new TextDecoder().decode(blobs.objects.get(key)!.body);
  const ids = (version: number) => text(`datasets/${DS}/v${version}/observations.ndjson`).trim().split('\n').map((l) => JSON.parse(l).observation_id as string);
  return { blobs, datasets, observations, reviews, clock, deps, text, ids };
}

describe('publishing with the quality gate', () => {
  const total = obs({ value: 217_530_114_000 });
  const ytd = obs({ period_start: '2025-01', period_end: '2025-10', value: 3_125_770_402_000 });
  const imports = obs({ flow: 'import', value: -182_260_075_000 });

  it('holds back a failing row, lists it for review with its reason, and publishes quality.json in the Data Package and manifest', async () => {
    const w = world();
    for (const row of [total, ytd, imports]) await w.observations.upsert(row);
    const outcome = await publishDataset(DS, w.deps);
    expect(outcome).toMatchObject({ status: 'published', version: 1, rows: 2, quality: { rows_checked: 3, pass: 2, fail: 1, held_back: 1 } });
    expect(w.ids(1).sort()).toEqual([total.observation_id, ytd.observation_id].sort());

    const quality = JSON.parse(w.text(`datasets/${DS}/v1/quality.json`));
    expect(quality.held_back).toEqual([expect.objectContaining({ observation_id: imports.observation_id, status: 'held', reasons: [expect.stringMatching(/^sign: a import value cannot be negative/)] })]);
    const manifest = SnapshotManifest.parse(JSON.parse(w.text(`datasets/${DS}/v1/manifest.json`)));
    expect(manifest.files.map((f) => f.path)).toContain('quality.json');
    const datapackage = JSON.parse(w.text(`datasets/${DS}/v1/datapackage.json`));
    expect(datapackage.resources.find((r: { path: string }) => r.path === 'quality.json')).toMatchObject({ name: 'quality', bytes: manifest.files.find((f) => f.path === 'quality.json')!.bytes });

    expect(await w.reviews.listHeld()).toEqual([expect.objectContaining({ dataset: DS, observation_id: imports.observation_id, revision: 1, since_version: 1, checks: ['sign'] })]);
  });

  it('publishes an accepted row in the next version, with the decision in its quality.json', async () => {
    const w = world();
    for (const row of [total, ytd, imports]) await w.observations.upsert(row);
    await publishDataset(DS, w.deps);
    await expect(decideHeldRow({ id: 'nope', decision: 'accept', reason: 'x', by: 'ops' }, w.deps as never)).rejects.toThrow(/no held-back row has id nope/);
    await decideHeldRow({ id: imports.observation_id.slice(0, 8), decision: 'accept', reason: 'a net re-export month; the bulletin prints it so', by: 'ops' }, { reviews: w.reviews, datasets: w.datasets, clock: w.clock });

    const outcome = await publishDataset(DS, w.deps);
    expect(outcome).toMatchObject({ status: 'published', version: 2, rows: 3, changes: { added: 1, revised: 0, removed: 0 }, quality: { held_back: 0, accepted_by_review: 1 } });
    expect(w.ids(2)).toContain(imports.observation_id);
    const quality = JSON.parse(w.text(`datasets/${DS}/v2/quality.json`));
    expect(quality.review_decisions).toEqual([{ dataset: DS, observation_id: imports.observation_id, revision: 1, decision: 'accept', reason: 'a net re-export month; the bulletin prints it so', by: 'ops', at: '2025-11-21T08:00:00.000Z' }]);
    expect(await w.reviews.listHeld()).toEqual([]);
  });

  it('a rejected row stays out and is listed as rejected', async () => {
    const w = world();
    for (const row of [total, ytd, imports]) await w.observations.upsert(row);
    await publishDataset(DS, w.deps);
    await decideHeldRow({ id: imports.observation_id, decision: 'reject', reason: 'sign lost in extraction', by: 'ops' }, { reviews: w.reviews, datasets: w.datasets, clock: w.clock });
    expect(await w.reviews.listHeld(DS)).toEqual([expect.objectContaining({ status: 'rejected' })]);
    expect(await publishDataset(DS, w.deps)).toMatchObject({ status: 'unchanged', version: 1 });
  });

  it('a held revision of a published row leaves the earlier figure published', async () => {
    const w = world();
    for (const row of [total, ytd]) await w.observations.upsert(row);
    await publishDataset(DS, w.deps);
    await w.observations.upsert(obs({ value: 21_753_011_400_000, release_id: 'rel-2' }, 2));
    const outcome = await publishDataset(DS, w.deps);
    // Nothing published changed (the old figure stays), so no version; the revision waits for review.
    expect(outcome).toMatchObject({ status: 'unchanged', version: 1 });
    expect(await w.reviews.listHeld(DS)).toEqual([expect.objectContaining({ observation_id: total.observation_id, revision: 2, checks: ['month-within-cumulative'] })]);
    expect(w.ids(1).sort()).toEqual([total.observation_id, ytd.observation_id].sort());

    // A new row makes a version: it carries the earlier figure of the held row, revision 1.
    await w.observations.upsert(obs({ flow: 'import', value: 182_260_075_000 }));
    expect(await publishDataset(DS, w.deps)).toMatchObject({ status: 'published', version: 2, rows: 3, changes: { added: 1, revised: 0, removed: 0 } });
    const v2 = w.text(`datasets/${DS}/v2/observations.ndjson`).trim().split('\n').map((l) => JSON.parse(l));
    expect(v2.find((r) => r.observation_id === total.observation_id)).toMatchObject({ value: 217_530_114_000, revision: 1 });
  });
});
