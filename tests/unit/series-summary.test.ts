/**
 * A dataset page drawn from the previous version's series summary and the stripes that changed
 * (site/series-summary.ts) must be the page collecting every row draws, byte for byte: over
 * versions that add a month, revise and remove rows, add a series, revise an old month, and one
 * where a series the summary did not track rises into the chart (it then collects every row).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { readManifest } from '../../functions/core/publish/documents.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { datasetPageKey, publishSite } from '../../functions/core/site/publish-site.js';
import { pageData, seriesSummaryKey, TRACKED_SERIES } from '../../functions/core/site/series-summary.js';
import { MAX_SERIES } from '../../functions/core/site/series.js';

const DS = 'chart-summary';
const AREAS = 30;
const PARTNERS = 30;
const monthOf = (m: number) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const partnerOf = (p: number) => (p === 0 ? 'World' : `Partner ${String(p).padStart(2, '0')}`);

/** The figure of series (area a, partner p) in month m for one flow. */
function row(a: number, p: number, m: number, flow: 'export' | 'import', over: Partial<Observation> = {}): Observation {
  const period = monthOf(m);
  const value = 1000 + a * 37 + p * 11 + m;
  const base: Observation = {
    observation_id: createHash('sha1').update(`${a}/${p}/${m}/${flow}`).digest('hex').slice(0, 20), dataset: DS, area: `Area ${String(a).padStart(2, '0')}`, partner: partnerOf(p), flow,
    commodity: 'all goods', breakdown: '', measure: 'value', period_start: period, period_end: period, value, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
    release_id: `rel-${period}`, source_url: `https://example.test/${period}`, source_quote: `${period}: ${value} yuan.`, published: `${monthOf(m + 1)}-07`, revision: 1,
    period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A copy of a bucket (bodies are never changed in place, so they are shared). */
function cloneBucket(blobs: MemoryBlobStore): MemoryBlobStore {
  const copy = new MemoryBlobStore();
  for (const [key, blob] of blobs.objects) copy.objects.set(key, { ...blob });
  return copy;
}

describe('a dataset page from the previous version’s series summary', () => {
  const blobs = new MemoryBlobStore();
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  const clock = new ManualClock(new Date('2025-01-10T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'run', leaseMs: 60_000 };

  /**
   * Publishes the next version and checks its page against one drawn with no summary to start
   * from (every row collected); returns how this version's series were found.
   */
  async function publishAndCompare(version: number) {
    clock.advance(86_400_000);
    expect(await publishDataset(DS, deps)).toMatchObject({ status: 'published', version });
    const manifest = (await readManifest(blobs, DS, version))!;
    const manifests = (v: number) => readManifest(blobs, DS, v);

    // From every row: the previous summary is gone, so nothing can be reused.
    const scratch = cloneBucket(blobs);
    scratch.objects.delete(seriesSummaryKey(DS, version - 1));
    scratch.objects.delete(datasetPageKey(DS));
    await publishSite(manifest, [manifest], { blobs: scratch });
    expect(decode(blobs.objects.get(datasetPageKey(DS))?.body)).toBe(decode(scratch.objects.get(datasetPageKey(DS))?.body));
    const collected = await pageData(cloneBucket(scratch), manifest, manifests);
    expect(collected.from).toBe('collected');

    // What the version's publish did: the same series and history.
    const reused = await pageData(cloneBucket(blobs), manifest, manifests);
    expect(reused.series).toEqual(collected.series);
    expect(reused.history.map((h) => h.version)).toEqual(Array.from({ length: version }, (_, i) => version - i));
    return { from: reused.from, series: reused.series, manifest: SnapshotManifest.parse(manifest) };
  }

  it('version 1: 900 series over six months, plus rows that are not monthly values', async () => {
    for (let m = 0; m < 6; m++) {
      for (let a = 0; a < AREAS; a++) for (let p = 0; p < PARTNERS; p++) await observations.upsert(row(a, p, m, (a + p) % 2 ? 'export' : 'import'));
      await observations.upsert(row(0, 0, m, 'export', { measure: 'share', value: 12.5, observation_id: `share-${m}` }));
    }
    await observations.upsert(row(1, 1, 5, 'export', { period_start: monthOf(0), observation_id: 'year-to-date' }));
    expect(await publishDataset(DS, deps)).toMatchObject({ status: 'published', version: 1 });
    const summary = JSON.parse(decode(blobs.objects.get(seriesSummaryKey(DS, 1))!.body));
    // Every series the published rows have (the quality gate may hold some back), more than the summary tracks.
    const published = decode(blobs.objects.get(`datasets/${DS}/v1/observations.ndjson`)!.body).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Observation);
    const distinct = new Set(published.filter((r) => r.measure === 'value' && r.period_start === r.period_end).map((r) => `${r.area}/${r.partner}`));
    expect(summary.series).toHaveLength(distinct.size);
    expect(distinct.size).toBeGreaterThan(TRACKED_SERIES);
    expect(summary.tracked).toHaveLength(TRACKED_SERIES);
  });

  it('version 2: a series the summary did not track rises into the chart, so every row is collected', async () => {
    // Every series has six months; a new month for a few of the first ones and for the very last
    // one (ranked after every tracked one) puts that one among the series charted first.
    for (let a = 0; a < 3; a++) for (let p = 1; p < 4; p++) await observations.upsert(row(a, p, 6, 'export'));
    await observations.upsert(row(AREAS - 1, PARTNERS - 1, 6, 'import'));
    const { from, series } = await publishAndCompare(2);
    expect(from).toBe('collected');
    expect(series.slice(0, AREAS + 10).map((s) => s.label)).toContain(`Area ${AREAS - 1} · with Partner ${PARTNERS - 1} · all goods · CNY`);
    expect(series).toHaveLength(MAX_SERIES);
  });

  it('version 3: a new month, revisions and a removal in the last month, a new series: updated from the stripes that changed', async () => {
    for (let a = 0; a < 4; a++) for (let p = 0; p < 5; p++) await observations.upsert(row(a, p, 7, 'import'));
    await observations.upsert(row(0, 2, 6, 'export', { value: 5, revision: 2, status: 'revised' }));
    // A second row of one point (the later one in publish order wins) and a second flow of it.
    await observations.upsert(row(0, 1, 6, 'export', { value: 4, observation_id: 'zz-same-point' }));
    await observations.upsert(row(0, 1, 6, 'import'));
    await observations.remove(DS, row(2, 3, 6, 'export').observation_id);
    await observations.upsert(row(99, 0, 7, 'export', { area: 'Area new' }));
    const { from, series } = await publishAndCompare(3);
    expect(from).toBe('updated');
    expect(series.find((s) => s.area === 'Area new')).toMatchObject({ periods: [monthOf(7)] });
  });

  it('version 4: a revision of an old month, a point removed from it and a series gone: updated, the same page', async () => {
    for (let p = 0; p < PARTNERS; p++) await observations.upsert(row(5, p, 1, (5 + p) % 2 ? 'export' : 'import', { value: 1, revision: 2, status: 'revised' }));
    await observations.remove(DS, row(0, 1, 1, 'export').observation_id);
    await observations.remove(DS, row(99, 0, 7, 'export').observation_id);
    const { from, series } = await publishAndCompare(4);
    expect(from).toBe('updated');
    expect(series.some((s) => s.area === 'Area new')).toBe(false);
  });
});
