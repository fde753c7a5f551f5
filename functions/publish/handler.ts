/** Lambda handler of the publish stage (EventBridge Scheduler target): publish every changed dataset. */
import { PublishRequest } from '../core/contract.js';
import { publishDatasets, type PublishOutcome } from '../core/publish/publish-dataset.js';
import { getRuntime } from '../runtime.js';

export async function handler(event: unknown = {}): Promise<{ outcomes: PublishOutcome[] }> {
  const rt = getRuntime();
  const logger = rt.logger('publish');
  const request = PublishRequest.parse(event && typeof event === 'object' && !('source' in event) ? event : {});
  const outcomes = await publishDatasets(request.datasets, {
    observations: rt.observations,
    datasets: rt.datasets,
    blobs: rt.blobs,
    notifier: rt.notifier,
    clock: rt.clock,
    logger,
    publicBaseUrl: rt.config.publicBaseUrl,
  });
  return { outcomes };
}
