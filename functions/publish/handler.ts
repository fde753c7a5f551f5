/** Lambda handler of the publish stage (EventBridge Scheduler target): publish every changed dataset. */
import { randomUUID } from 'node:crypto';
import { PublishRequest } from '../core/contract.js';
import { publishDatasets, type PublishOutcome } from '../core/publish/publish-dataset.js';
import { describeDataset } from '../core/publish/provenance.js';
import { getRuntime, loadSources } from '../runtime.js';
import { loadSiteAssets } from './site-assets.js';

/** Publishes the datasets asked for (all changed ones by default); the invocation id owns the version leases. */
export async function handler(event: unknown = {}, context?: { awsRequestId?: string }): Promise<{ outcomes: PublishOutcome[] }> {
  const rt = getRuntime();
  const logger = rt.logger('publish');
  const request = PublishRequest.parse(event && typeof event === 'object' && !('source' in event) ? event : {});
  // Licence and title come from the sources file; a broken file must not block publishing.
  const { sources, quality } = await loadSources(rt).catch(() => ({ sources: [] as Awaited<ReturnType<typeof loadSources>>['sources'], quality: undefined }));
  const outcomes = await publishDatasets(request.datasets, {
    observations: rt.observations,
    datasets: rt.datasets,
    blobs: rt.blobs,
    notifier: rt.notifier,
    clock: rt.clock,
    logger,
    owner: context?.awsRequestId ?? randomUUID(),
    publicBaseUrl: rt.config.publicBaseUrl,
    site: { assets: await loadSiteAssets(), topicArn: rt.config.topicArn },
    reviews: rt.reviews,
    ledger: rt.ledger,
    quality,
    describeDataset: (dataset) => describeDataset(sources, dataset),
  });
  return { outcomes };
}
