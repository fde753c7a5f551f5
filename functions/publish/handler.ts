/** Lambda handler of the publish stage (EventBridge Scheduler target): publish every changed dataset. */
import { randomUUID } from 'node:crypto';
import { PublishRequest } from '../core/contract.js';
import { DEFAULT_LEASE_MS, publishDatasets, type PublishOutcome } from '../core/publish/publish-dataset.js';
import { describeDataset } from '../core/publish/provenance.js';
import { getRuntime, loadSources } from '../runtime.js';
import { observationStore, qualityReviewStore } from '../runtime-rows.js';
import { topicNotifier } from '../runtime-notifier.js';
import { loadSiteAssets } from './site-assets.js';
import { workerPublishThreads } from '../adapters/worker-parquet.js';

/**
 * A version's files are hashed, and its Parquet row groups written, in one worker thread beside the rendering when the
 * function has a CPU for it (workerHasCpu); its script is found while the function starts. The thread is started by the
 * first version that needs it and kept for the life of the execution environment (adapters/publish-worker-thread.ts):
 * a warm invocation finds it running.
 */
const publishThreads = workerPublishThreads();

/** Publishes the datasets asked for (all changed ones by default); the invocation id owns the version leases. */
export async function handler(event: unknown = {}, context?: { awsRequestId?: string; getRemainingTimeInMillis?: () => number }): Promise<{ outcomes: PublishOutcome[] }> {
  // Version leases are safe only while no invocation outlives one: refuse a misconfigured timeout.
  const remaining = context?.getRemainingTimeInMillis?.();
  if (remaining !== undefined && remaining >= DEFAULT_LEASE_MS) {
    throw new Error(`publish: the function timeout (${Math.round(remaining / 1000)} s left) must be shorter than the version lease (${DEFAULT_LEASE_MS / 1000} s)`);
  }
  const rt = getRuntime();
  const logger = rt.logger('publish');
  const request = PublishRequest.parse(event && typeof event === 'object' && !('source' in event) ? event : {});
  // Licence and title come from the sources file; a broken file must not block publishing.
  const { sources, quality } = await loadSources(rt).catch(() => ({ sources: [] as Awaited<ReturnType<typeof loadSources>>['sources'], quality: undefined }));
  const outcomes = await publishDatasets(request.datasets, {
    observations: observationStore(rt),
    datasets: rt.datasets,
    blobs: rt.blobs,
    notifier: topicNotifier(rt.config),
    clock: rt.clock,
    logger,
    owner: context?.awsRequestId ?? randomUUID(),
    publicBaseUrl: rt.config.publicBaseUrl,
    site: { assets: await loadSiteAssets(), topicArn: rt.config.topicArn },
    reviews: qualityReviewStore(rt),
    ledger: rt.ledger,
    quality,
    describeDataset: (dataset) => describeDataset(sources, dataset),
    build: (await publishThreads) ?? {},
  });
  return { outcomes };
}
