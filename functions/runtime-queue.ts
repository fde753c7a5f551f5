/** The normalize queue, for the stages that send to it (ingest, and normalize handing a release on). */
import type { RuntimeConfig } from './config/env.js';
import { sqsClient } from './aws-clients/sqs.js';
import { SqsNormalizeQueue } from './adapters/sqs-normalize-queue.js';
import type { NormalizeQueue } from './core/ports.js';

let queue: { url: string; queue: NormalizeQueue } | undefined;

/** The process's normalize queue, or undefined when CP_NORMALIZE_QUEUE_URL is not set. */
export function normalizeQueue(config: RuntimeConfig): NormalizeQueue | undefined {
  if (!config.normalizeQueueUrl) return undefined;
  if (queue?.url !== config.normalizeQueueUrl) queue = { url: config.normalizeQueueUrl, queue: new SqsNormalizeQueue(sqsClient(config), config.normalizeQueueUrl) };
  return queue.queue;
}
