/**
 * Lambda handler of the normalize stage (SQS consumer). Each message is one release content;
 * messages are handled one by one and only those that hit an infrastructure error are reported
 * back as failed (partial batch response), so one bad release never blocks the others.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { NormalizeRequest } from '../core/contract.js';
import { normalizeRelease, type NormalizeOutcome } from '../core/normalize/normalize-release.js';
import { WorkerReleaseExtractor } from '../adapters/worker-extractor.js';
import { EXTRACT_DEADLINE_MS } from '../core/extract/limits.js';
import { getRuntime, loadSources } from '../runtime.js';
import { observationStore } from '../runtime-rows.js';
import { normalizeQueue } from '../runtime-queue.js';

/** The batch response, plus each message's outcome for local runs and logs. */
export interface NormalizeResult extends SQSBatchResponse {
  outcomes: NormalizeOutcome[];
}

/** Time kept back before the Lambda timeout: the last group of writes and the hand-over must fit. */
export const NORMALIZE_RESERVE_MS = 20_000;

/**
 * Extraction runs in a worker thread stopped at EXTRACT_DEADLINE_MS (worker-extractor.ts says why);
 * made once per process, so a warm Lambda reuses its worker across releases and invocations.
 */
const extractor = new WorkerReleaseExtractor({ deadlineMs: EXTRACT_DEADLINE_MS });

/** The part of the Lambda context normalize uses. */
export interface NormalizeContext {
  getRemainingTimeInMillis(): number;
}

/**
 * Normalizes a batch of releases. A release whose rows do not all fit in the time left is written
 * in part and handed on in a new message (not a failure: it resumes where it stopped), and so is
 * a message there is no time left to start; neither counts towards the queue's receive limit.
 */
export async function handler(event: SQSEvent, context?: NormalizeContext): Promise<NormalizeResult> {
  const rt = getRuntime();
  const logger = rt.logger('normalize');
  const hasTime = context ? () => context.getRemainingTimeInMillis() > NORMALIZE_RESERVE_MS : undefined;
  const handOn = async (request: NormalizeRequest) => {
    const queue = normalizeQueue(rt.config);
    if (!queue) throw new Error('normalize needs the normalize queue (CP_NORMALIZE_QUEUE_URL) to continue a release');
    await queue.enqueue(request);
  };
  extractor.warm();
  const { sources } = await loadSources(rt);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const result: NormalizeResult = { batchItemFailures: [], outcomes: [] };
  for (const record of event.Records) {
    let request: NormalizeRequest;
    try {
      request = NormalizeRequest.parse(JSON.parse(record.body));
    } catch (error) {
      // A malformed message can never succeed: log it and let it go rather than retry it forever.
      logger.error(`malformed normalize message ${record.messageId}: ${(error as Error).message}`);
      continue;
    }
    try {
      if (hasTime && !hasTime()) {
        await handOn(request);
        continue;
      }
      const outcome = await normalizeRelease(request, byId.get(request.source_id), { blobs: rt.blobs, ledger: rt.ledger, observations: observationStore(rt), logger, hasTime, extractor });
      if (outcome.status === 'continued') await handOn(request);
      result.outcomes.push(outcome);
    } catch (error) {
      logger.error(`source ${request.source_id}: release ${request.release_id}: ${(error as Error).message}`, { source_id: request.source_id, release_id: request.release_id });
      result.batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return result;
}
