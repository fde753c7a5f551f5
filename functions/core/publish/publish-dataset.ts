/**
 * The publish use case. A version goes through fixed steps, each safe to crash in:
 *
 *   1. claim    a conditional write records version N as pending (the change_seq it covers, its
 *               creation time, a lease). Two racing publishers: one claim wins, the other stops.
 *   2. files    data files, then datapackage.json, stream under datasets/<d>/vN/. Nothing points
 *               there yet; a resumer rewrites them from scratch.
 *   3. manifest written once (conditional put), last: only a complete manifest makes vN a version.
 *   4. commit   latest_version = N, pending cleared, in the state item.
 *   5. latest/  mirror, then latest.json, then catalog.json, then the Atom feeds.
 *   6. notify   one SNS message with a deterministic id, then notified_version = N.
 *
 * A run first finishes steps 5-6 of a committed version, then resumes a pending version whose
 * lease ended (steps 2-6, skipping 2-3 if the manifest exists), then starts a new one. So a crash
 * never skips or reuses a number, and users see the old version or the complete new one.
 * No change, no version: a claim whose rows equal the previous version's is dropped unwritten.
 */
import type { SnapshotManifest } from '../contract.js';
import type { BlobStore, Clock, DatasetState, DatasetStateStore, Logger, Notifier, ObservationStore, PendingVersion, QualityReviewStore, ReleaseLedger } from '../ports.js';
import type { QualityConfig } from '../quality/config.js';
import type { QualitySummary } from '../quality/report.js';
import type { BuildOptions } from './build-version.js';
import { readManifest, versionPrefix } from './documents.js';
import type { DatasetAbout } from './provenance.js';
import type { SiteOptions } from '../site/publish-site.js';
import type { KnownToRun } from '../site/series-summary.js';
import { datasetHealth, publishMetricFields } from './dataset-health.js';

/**
 * The steps only a run with something to publish takes (building a version, finishing one), loaded on
 * first use: most runs publish nothing, and their cold start does not load the quality gate, the
 * renderers or the Parquet writer (version-steps.ts).
 */
const versionSteps = () => import('./version-steps.js');


export { readManifest, versionPrefix } from './documents.js';

/** Everything publish needs from the outside. */
export interface PublishDeps {
  observations: ObservationStore;
  datasets: DatasetStateStore;
  blobs: BlobStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  /** Who is publishing (the invocation id): the lease owner. */
  owner: string;
  /** How long a claim is held; must exceed the function timeout so a live publisher is never taken over. */
  leaseMs?: number;
  /** Public base URL for links in notifications, feeds and the catalog (keys when omitted). */
  publicBaseUrl?: string;
  /** Licence and title per dataset (from the sources file). */
  describeDataset?: (dataset: string) => Partial<DatasetAbout>;
  build?: BuildOptions;
  /** Held-back rows and review decisions (quality stage); without it no decision applies. */
  reviews?: QualityReviewStore;
  /** Quality thresholds and hard checks (defaults when omitted). */
  quality?: QualityConfig;
  /** The release ledger, where held-back rows are noted on their release. */
  ledger?: Pick<ReleaseLedger, 'noteHeldBack'>;
  /** Assets and topic for the catalog site rendered after each version. */
  site?: SiteOptions;
}

/** What publish did for one dataset. */
export type PublishOutcome =
  | { dataset: string; status: 'published'; version: number; rows: number; prefix: string; changes: SnapshotManifest['changes']; resumed: boolean; quality?: QualitySummary }
  | { dataset: string; status: 'unchanged'; version: number }
  | { dataset: string; status: 'lost-race'; version: number }
  | { dataset: string; status: 'in-progress'; version: number; pending: number };

/**
 * How long a claim is held. The publish function's timeout must stay below it (the stack tests
 * assert it, and the handler refuses to run otherwise): a live publisher is never taken over.
 */
export const DEFAULT_LEASE_MS = 20 * 60 * 1000;

/** What a run learnt on the way that the dataset's metrics line can use: the rows its quality gate recorded as waiting for review. */
export interface RunFindings {
  heldWaiting?: number;
}

/** Publishes one dataset if it changed, after finishing whatever an earlier run left half done. */
export async function publishDataset(dataset: string, deps: PublishDeps, found: RunFindings = {}): Promise<PublishOutcome> {
  let state = await deps.datasets.get(dataset);
  if (state.latest_version > state.notified_version) {
    await (await versionSteps()).finishVersion(dataset, state.latest_version, deps);
    state = await deps.datasets.get(dataset);
  }
  const claimed = await claimVersion(dataset, state, deps);
  if ('status' in claimed) return claimed;
  const { claim, resumed } = claimed;
  const { version } = claim;
  let manifest = await readManifest(deps.blobs, dataset, version);
  let quality: QualitySummary | undefined;
  // What the page can take from the files step: the layouts (parsed once) and the months rendered.
  let known: KnownToRun = {};
  if (!manifest) {
    const built = await (await versionSteps()).buildVersion(dataset, claim, deps, found);
    if ('status' in built) return built;
    ({ manifest, quality, known } = built);
  }
  if (!(await deps.datasets.commitVersion(dataset, version, claim.seq))) return { dataset, status: 'lost-race', version: version - 1 };
  await (await versionSteps()).finishVersion(dataset, version, deps, manifest, known);
  deps.logger.info(`published ${dataset} v${version}`, { dataset, version, rows: manifest.row_count, resumed, ...manifest.changes, ...(quality ? { held_back: quality.held_back } : {}) });
  return { dataset, status: 'published', version, rows: manifest.row_count, prefix: versionPrefix(dataset, version), changes: manifest.changes, resumed, quality };
}

/** When a lease taken or renewed at `from` ends. */
export function leaseEnd(deps: PublishDeps, from = deps.clock.now()): string {
  return new Date(from.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
}

/** Takes over a pending version whose lease ended, or claims the next one when rows changed; the outcome when neither. */
async function claimVersion(dataset: string, state: DatasetState, deps: PublishDeps): Promise<{ claim: PendingVersion; resumed: boolean } | PublishOutcome> {
  const now = deps.clock.now();
  const leaseUntil = leaseEnd(deps, now);
  if (state.pending) {
    const taken = await deps.datasets.takeOverVersion(dataset, state.pending.version, deps.owner, leaseUntil, now.toISOString());
    return taken ? { claim: taken, resumed: true } : { dataset, status: 'in-progress', version: state.latest_version, pending: state.pending.version };
  }
  if (state.change_seq <= state.published_seq) return { dataset, status: 'unchanged', version: state.latest_version };
  const claim: PendingVersion = { version: state.latest_version + 1, seq: state.change_seq, created_at: now.toISOString(), owner: deps.owner, lease_until: leaseUntil };
  return (await deps.datasets.claimVersion(dataset, claim)) ? { claim, resumed: false } : { dataset, status: 'lost-race', version: state.latest_version };
}

/** Logs the dataset's metrics line after every run, published or not: the alarms need a value each time. */
async function reportHealth(dataset: string, deps: PublishDeps, found: RunFindings): Promise<void> {
  try {
    const now = deps.clock.now();
    deps.logger.info(`publish metrics for dataset ${dataset}`, publishMetricFields(await datasetHealth(dataset, deps, now, found.heldWaiting), now));
  } catch (error) {
    // A metric that cannot be read must not fail the run; the alarm then sees no value.
    deps.logger.warn(`publish metrics for dataset ${dataset} not reported: ${(error as Error).message}`, { dataset });
  }
}

/** Publishes every dataset that changed (or the ones asked for); one failing dataset does not stop the others. */
export async function publishDatasets(datasets: string[] | undefined, deps: PublishDeps): Promise<PublishOutcome[]> {
  const names = datasets ?? (await deps.datasets.list()).map((s) => s.dataset);
  const outcomes: PublishOutcome[] = [];
  let failure: unknown;
  for (const dataset of [...names].sort()) {
    // Once the gate has recorded the held rows, their count stands even if a later step fails.
    const found: RunFindings = {};
    try {
      outcomes.push(await publishDataset(dataset, deps, found));
    } catch (error) {
      deps.logger.error(`publishing ${dataset} failed: ${(error as Error).message}`, { dataset });
      failure ??= error;
    }
    await reportHealth(dataset, deps, found);
  }
  // Rethrown after the others ran, so the scheduler records the failure and retries.
  if (failure) throw failure;
  return outcomes;
}
