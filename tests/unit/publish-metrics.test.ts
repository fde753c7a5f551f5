/**
 * The metrics publish logs for its alarms (EMF, one line per dataset and run): rows held back for
 * review, the age of the version latest.json points at, and whether that age is past what the
 * release rhythm (cadence or announced calendar) of the dataset's sources allows.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { publishDatasets, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { overdueRhythms, PUBLISH_METRICS_NAMESPACE } from '../../functions/core/publish/dataset-health.js';
import type { DatasetAbout } from '../../functions/core/publish/provenance.js';
import { decideHeldRow } from '../../functions/core/quality/decide.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';

const DS = 'trade-tables';
type Rhythms = NonNullable<DatasetAbout['rhythms']>;
/** Monthly, expected between the 10th and the 20th, delayed after 7 more days. */
const MONTHLY: Rhythms = [{ id: 'monthly-bulletin', cadence: { every: 'month', day_from: 10, day_to: 20, grace_days: 7 } }];

function obs(over: Partial<ObservationDraft>): Observation {
  return observationFromDraft({
    dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value: 100e9, unit: 'USD', qualifier: 'exact', yoy_pct: null,
    release_id: 'rel-1', source_url: 'https://example.test/1', source_quote: 'q', published: '2025-11-20', quote_start: null, quote_end: null, ...over,
  }, 1);
}

function world(rhythms: Rhythms = []) {
  const lines: Array<{ message: string; fields?: Record<string, any> }> = [];
  const record = (message: string, fields?: Record<string, unknown>) => lines.push({ message, fields });
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const reviews = new MemoryQualityReviewStore();
  const clock = new ManualClock(new Date('2025-11-21T08:00:00Z'));
  const deps: PublishDeps = {
    observations, datasets, blobs: new MemoryBlobStore(), notifier: new MemoryNotifier(), clock, owner: 'run', reviews,
    logger: { info: record, warn: record, error: record },
    describeDataset: () => ({ licences: [], publishers: [], rhythms }),
  };
  /** The metric fields of the last metrics line logged for the dataset. */
  const lastMetrics = () => lines.filter((l) => l.message === `publish metrics for dataset ${DS}`).at(-1)?.fields;
  const moveTo = (iso: string) => clock.advance(Date.parse(iso) - clock.now().getTime());
  return { deps, clock, moveTo, observations, reviews, lines, lastMetrics };
}

const total = obs({ value: 217_530_114_000 });
// An import value cannot be negative: a hard check holds this row back.
const negativeImports = obs({ flow: 'import', value: -182_260_075_000 });

describe('publish metrics', () => {
  it('reports rows held back for review on every run, published or not, until a person decides', async () => {
    const w = world();
    for (const row of [total, negativeImports]) await w.observations.upsert(row);
    await publishDatasets(undefined, w.deps);
    const first = w.lastMetrics()!;
    expect(first).toMatchObject({ Dataset: DS, HeldBackRows: 1, latest_version: 1, LatestAgeHours: 0, LatestOverdue: 0 });
    expect(first._aws.CloudWatchMetrics).toEqual([{ Namespace: PUBLISH_METRICS_NAMESPACE, Dimensions: [['Dataset'], []], Metrics: [{ Name: 'HeldBackRows', Unit: 'Count' }, { Name: 'LatestAgeHours', Unit: 'None' }, { Name: 'LatestOverdue', Unit: 'Count' }] }]);

    // Nothing new to publish: the row is still waiting, and the alarm must still see it.
    w.clock.advance(15 * 60_000);
    expect(await publishDatasets(undefined, w.deps)).toEqual([{ dataset: DS, status: 'unchanged', version: 1 }]);
    expect(w.lastMetrics()).toMatchObject({ HeldBackRows: 1, LatestAgeHours: 0.3 });

    await decideHeldRow({ id: negativeImports.observation_id, decision: 'reject', reason: 'sign lost in extraction', by: 'ops' }, { reviews: w.reviews, datasets: w.deps.datasets, clock: w.clock });
    await publishDatasets(undefined, w.deps);
    expect(w.lastMetrics()).toMatchObject({ HeldBackRows: 0 });
  });

  it('counts the held rows from what the run’s quality gate recorded, without listing them again; a run that publishes nothing lists them', async () => {
    const w = world();
    let listed = 0;
    const listHeld = w.reviews.listHeld.bind(w.reviews);
    w.reviews.listHeld = (dataset?: string) => {
      listed++;
      return listHeld(dataset);
    };
    for (const row of [total, negativeImports]) await w.observations.upsert(row);
    await publishDatasets(undefined, w.deps);
    // Once, by the gate (the list before, for the review's since_version); the metric takes the gate's count.
    expect(listed).toBe(1);
    expect(w.lastMetrics()).toMatchObject({ HeldBackRows: 1, latest_version: 1 });

    w.clock.advance(15 * 60_000);
    await publishDatasets(undefined, w.deps);
    expect(listed).toBe(2);
    expect(w.lastMetrics()).toMatchObject({ HeldBackRows: 1 });
  });

  it('reports the age of the version latest.json points at, and overdue once the cadence and its grace have passed', async () => {
    const w = world(MONTHLY);
    await w.observations.upsert(total);
    await publishDatasets(undefined, w.deps);
    // Version 1 on 2025-11-21: the next release is due 2025-12-10..20, delayed after the 27th.
    w.moveTo('2025-12-27T12:00:00Z');
    await publishDatasets(undefined, w.deps);
    expect(w.lastMetrics()).toMatchObject({ LatestAgeHours: 36 * 24 + 4, LatestOverdue: 0 });
    w.moveTo('2025-12-29T08:00:00Z');
    await publishDatasets(undefined, w.deps);
    expect(w.lastMetrics()).toMatchObject({ LatestOverdue: 1, overdue_by: [expect.stringMatching(/^monthly-bulletin: delayed: next release expected 2025-12-10 to 2025-12-20/)] });

    // A new release published: the latest version is fresh again.
    await w.observations.upsert(obs({ period_start: '2025-11', period_end: '2025-11', published: '2025-12-29', release_id: 'rel-2' }));
    await publishDatasets(undefined, w.deps);
    expect(w.lastMetrics()).toMatchObject({ latest_version: 2, LatestAgeHours: 0, LatestOverdue: 0 });
  });

  it('reports no age before the first version, and never overdue for a dataset whose sources have no rhythm', async () => {
    const w = world();
    await publishDatasets([DS], w.deps);
    expect(w.lastMetrics()).toEqual(expect.objectContaining({ HeldBackRows: 0 }));
    expect(w.lastMetrics()).not.toHaveProperty('LatestAgeHours');
    expect(w.lastMetrics()!._aws.CloudWatchMetrics[0].Metrics).toEqual([{ Name: 'HeldBackRows', Unit: 'Count' }]);

    await w.observations.upsert(total);
    await publishDatasets(undefined, w.deps);
    w.moveTo('2027-01-01T00:00:00Z');
    await publishDatasets(undefined, w.deps);
    expect(w.lastMetrics()).toMatchObject({ LatestOverdue: 0 });
    expect(w.lastMetrics()!.LatestAgeHours).toBeGreaterThan(9000);
  });
});

describe('overdueRhythms', () => {
  const calendar: Rhythms = [{ id: 'customs-calendar', calendar: { timezone: 'Asia/Shanghai', grace_hours: 48, releases: [{ kind: 'preliminary', time: '10:00', dates: ['2025-12-09', '2026-01-14'] }], poll: { due_every_minutes: 5, due_for_hours: 4, late_every_minutes: 60, otherwise_every_hours: 24 } } }];

  it('follows an announced calendar: overdue once an announced day passed its grace without a newer version', () => {
    expect(overdueRhythms(calendar, '2025-11-20', new Date('2025-12-11T01:00:00Z'))).toEqual([]);
    expect(overdueRhythms(calendar, '2025-11-20', new Date('2025-12-11T03:00:00Z'))).toEqual([expect.stringMatching(/^customs-calendar: late by 49 hours \(preliminary was due 2025-12-09 10:00 Asia\/Shanghai\)/)]);
    expect(overdueRhythms(calendar, '2025-12-09', new Date('2025-12-20T00:00:00Z'))).toEqual([]);
  });

  it('takes the fastest rhythm: a version that one source keeps fresh is not overdue by another', () => {
    const both = [...MONTHLY, ...calendar];
    expect(overdueRhythms(both, '2025-12-09', new Date('2025-12-20T00:00:00Z'))).toEqual([]);
    expect(overdueRhythms(both, '2025-10-01', new Date('2025-12-20T00:00:00Z'))).toHaveLength(2);
  });
});
