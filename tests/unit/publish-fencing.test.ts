/**
 * A publisher that outlives its lease must not overwrite a finished version (issue 14, item 6).
 * Before, the lease was checked only before the manifest: a publisher paused after its claim, whose
 * version another run took over and completed, then streamed its own data files over vN/. Now the
 * lease is renewed (fenced) before the first byte of vN/ is written, the handler refuses a timeout
 * that is not below the lease, and the stack tests assert timeout < lease < visibility relations.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryBlobStore, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { DEFAULT_LEASE_MS, publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import type { BlobStore } from '../../functions/core/ports.js';

const DS = 'fenced-trade';
const silent = { info() {}, warn() {}, error() {} };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function row(id: string, value: number): Observation {
  const base: Observation = {
    observation_id: id, dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
    release_id: 'rel-a', source_url: 'https://example.test/a', source_quote: 'q', published: '2025-11-07', revision: 1,
    period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: true,
  };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, base[c]])) as Observation;
}

describe('lease fencing of vN/ files', () => {
  it('a publisher paused after its claim, whose version was taken over and finished, writes no byte into vN/', async () => {
    const blobs = new MemoryBlobStore();
    const datasets = new MemoryDatasetStateStore();
    const observations = new MemoryObservationStore(datasets);
    const clock = new ManualClock(new Date('2025-11-10T08:00:00Z'));
    const deps = (owner: string): PublishDeps => ({ observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: silent, owner, leaseMs: 60_000 });
    await observations.upsert(row('obs-a', 100));

    // The slow publisher claims v1 and finds no manifest yet; then it stalls past its lease. Another
    // run takes v1 over and publishes it completely; then the rows change again.
    let stalled = false;
    const stallingBlobs: BlobStore = Object.assign(Object.create(blobs) as BlobStore, {
      get: async (key: string) => {
        const body = await blobs.get(key);
        if (key === `datasets/${DS}/v1/manifest.json` && !stalled) {
          stalled = true;
          clock.advance(61_000);
          await observations.upsert(row('obs-a', 250));
          expect(await publishDataset(DS, { ...deps('taker'), blobs })).toMatchObject({ status: 'published', version: 1, resumed: true });
          await observations.upsert(row('obs-a', 300));
        }
        return body;
      },
    });
    const outcome = await publishDataset(DS, { ...deps('stalled'), blobs: stallingBlobs });
    expect(stalled).toBe(true);
    expect(outcome).toMatchObject({ status: 'lost-race' });

    // v1 is exactly what the taker wrote: every file matches its manifest, with the taker's figure.
    const manifest = SnapshotManifest.parse(JSON.parse(blobs.text(`datasets/${DS}/v1/manifest.json`)));
    for (const file of manifest.files) expect(sha256(blobs.objects.get(`datasets/${DS}/v1/${file.path}`)!.body), file.path).toBe(file.sha256);
    expect(blobs.text(`datasets/${DS}/v1/observations.csv`)).toContain(',250,');
    expect(blobs.text(`datasets/${DS}/v1/observations.csv`)).not.toContain(',300,');
  });

  it('the lease is longer than the publish timeout the stack sets (15 minutes)', () => {
    expect(DEFAULT_LEASE_MS).toBeGreaterThan(15 * 60 * 1000);
  });
});
