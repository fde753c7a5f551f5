/** The normalize queue, for the stages that send to it (ingest, and normalize handing a release on). */
import type { RuntimeConfig } from './config/env.js';
import { sqsClient } from './aws-clients/sqs.js';
import { SqsNormalizeQueue } from './adapters/sqs-normalize-queue.js';
import type { NormalizeQueue } from './core/ports.js';

let queue: { url: string; queue: NormalizeQueue } | undefined;

/** The process's normalize queue, or undefined when CP_NORMALIZE_QUEUE_URL is not set. */
export function normalizeQueue(config: RuntimeConfig): NormalizeQueue | undefined {
  const url = config.normalizeQueueUrl;
  if (!url) return undefined;
  if (queue?.url !== url) {
    // Built on the first message, so a run that sends none never loads SQS (aws-clients/sqs.ts).
    let sqs: SqsNormalizeQueue | undefined;
    queue = { url, queue: { enqueue: (request) => (sqs ??= new SqsNormalizeQueue(sqsClient(config), url)).enqueue(request) } };
  }
  return queue.queue;
}
