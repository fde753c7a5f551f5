/**
 * Synthetic datasets for the tests of composed versions (publish-compose*.test.ts): rows of a
 * month with hash ids, as in the real store, and a publish world on in-memory ports.
 */
import { createHash } from 'node:crypto';
import { OBSERVATION_COLUMNS, SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import type { PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { MemoryBlobStore } from './memory-ports.js';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const silent = { info() {}, warn() {}, error() {} };
/** Month m counted from January 2024, as YYYY-MM. */
export const monthOf = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** How varied the rows are: partners and commodity groups cycle; `quoteEnd` closes each quote. */
export interface RowShape {
  partners: number;
  commodities: number;
  quoteEnd: string;
}

/** Row n of month m of dataset `ds`: ids are hashes, so they do not follow the period. */
export function composeRow(ds: string, shape: RowShape, m: number, n: number, over: Partial<Observation> = {}): Observation {
  const period = monthOf(m);
  const id = createHash('sha1').update(`${m}/${n}`).digest('hex').slice(0, 20);
  const group = n % shape.commodities;
  const partner = n % shape.partners;
  const base: Observation = {
    observation_id: id, dataset: ds, area: n % 3 ? 'China' : 'Xinjiang', partner: `Partner ${partner}`, flow: n % 2 ? 'export' : 'import', commodity: `HS ${group}`, breakdown: '', measure: 'value',
    period_start: period, period_end: period, value: 1000 + n * 7 + m, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
    release_id: `rel-${period}`, source_url: `https://example.test/${period}`, source_quote: `In ${period} trade in group ${group} with partner ${partner} came to ${1000 + n * 7 + m} yuan, ${shape.quoteEnd}`,
    published: `${monthOf(m + 1)}-07`, revision: 1, period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, merged[c]])) as Observation;
}

/** A publish world on in-memory ports, its clock in January 2025. */
export function composeWorld(blobs = new MemoryBlobStore(), datasets = new MemoryDatasetStateStore(), observations = new MemoryObservationStore(datasets)) {
  const clock = new ManualClock(new Date('2025-01-10T08:00:00Z'));
  const deps: PublishDeps = { observations, datasets, blobs, notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run', leaseMs: 60_000 };
  return { blobs, datasets, observations, clock, deps };
}

/** Where version N of `ds` sits in the bucket, and its manifest as published. */
export function versionPaths(ds: string) {
  const prefixOf = (version: number) => `datasets/${ds}/v${version}/`;
  const manifestOf = (blobs: MemoryBlobStore, version: number) => SnapshotManifest.parse(JSON.parse(new TextDecoder().decode(blobs.objects.get(`${prefixOf(version)}manifest.json`)!.body)));
  return { prefixOf, manifestOf };
}
