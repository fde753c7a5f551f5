/** Lambda handler of the ingest stage (EventBridge Scheduler target): poll every source once. */
import { ingestSources, type IngestSummary } from '../core/ingest/ingest-sources.js';
import { HttpSourceFetcher } from '../adapters/http-fetcher.js';
import { getRuntime, loadSources } from '../runtime.js';
import { normalizeQueue } from '../runtime-queue.js';

let fetcher: HttpSourceFetcher | undefined;

/** The run summary, with configuration errors listed beside the sources that did run. */
export interface IngestResult extends IngestSummary {
  config_errors: string[];
}

/** The part of the Lambda context ingest uses: how long the invocation may still run. */
export interface RunContext {
  getRemainingTimeInMillis(): number;
}

/**
 * Polls every configured source once and returns what the run did. With a Lambda context the run
 * shares its remaining time between the sources and stops before the timeout (local runs: no limit).
 */
export async function handler(_event?: unknown, context?: RunContext): Promise<IngestResult> {
  const rt = getRuntime();
  const logger = rt.logger('ingest');
  const queue = normalizeQueue(rt.config);
  if (!queue) throw new Error('ingest needs the normalize queue (CP_NORMALIZE_QUEUE_URL)');
  fetcher ??= new HttpSourceFetcher();
  const { sources, errors } = await loadSources(rt);
  for (const error of errors) logger.error(error);
  const summary = await ingestSources(sources, {
    fetcher,
    blobs: rt.blobs,
    ledger: rt.ledger,
    sourceStates: rt.sourceStates,
    queue,
    clock: rt.clock,
    logger,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    remainingMs: context ? () => context.getRemainingTimeInMillis() : undefined,
  });
  logger.info('ingest run finished', {
    requests: summary.requests,
    writes: summary.writes,
    new_releases: summary.new_releases,
    revised_releases: summary.revised_releases,
    delayed_sources: summary.delayed_sources,
    failed_sources: summary.sources.filter((s) => s.status === 'failed').map((s) => s.source_id),
  });
  return { ...summary, config_errors: errors };
}
