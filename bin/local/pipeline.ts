/**
 * One pass of the pipeline on local services, the way AWS runs it: the ingest handler (as the
 * scheduler would call it), the normalize handler fed real SQS batches from the local queue (as
 * the Lambda event source mapping would), then the publish handler. Used by `npm start` and by
 * the integration tests, so both exercise exactly the Lambda code path.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import type { IngestResult } from '../../functions/ingest/handler.js';
import type { NormalizeResult } from '../../functions/normalize/handler.js';
import type { NormalizeOutcome } from '../../functions/core/normalize/normalize-release.js';
import type { PublishOutcome } from '../../functions/core/publish/publish-dataset.js';
import type { LocalServices } from './services.js';

export interface PipelineRun {
  ingest: IngestResult;
  normalize: NormalizeOutcome[];
  /** Messages the normalize handler reported as failed (left on the queue for a retry). */
  normalizeFailures: number;
  publish: PublishOutcome[];
}

/** Points this process's handlers at the local services (they read the environment once). */
export function useLocalEnvironment(services: LocalServices): void {
  Object.assign(process.env, services.env, { AWS_REGION: process.env.AWS_REGION ?? 'us-east-1' });
}

/** Receives up to 10 messages; the local stand-in for Lambda's SQS poller. */
export async function receiveBatch(services: LocalServices, queueUrl: string, waitSeconds = 0) {
  const out = await services.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: waitSeconds, VisibilityTimeout: 30, MessageAttributeNames: ['All'] }));
  return out.Messages ?? [];
}

/** Runs ingest → normalize (until the queue is drained) → publish once. */
export async function runPipelineOnce(services: LocalServices): Promise<PipelineRun> {
  useLocalEnvironment(services);
  const { handler: ingest } = await import('../../functions/ingest/handler.js');
  const { handler: publish } = await import('../../functions/publish/handler.js');

  const ingestResult = await ingest();
  const { outcomes, failures } = await drainNormalizeQueue(services);
  const { outcomes: published } = await publish({});
  return { ingest: ingestResult, normalize: outcomes, normalizeFailures: failures, publish: published };
}

/** Feeds the normalize handler SQS batches from the local queue until it is empty, as Lambda's poller would. */
export async function drainNormalizeQueue(services: LocalServices): Promise<{ outcomes: NormalizeOutcome[]; failures: number }> {
  useLocalEnvironment(services);
  const { handler: normalize } = await import('../../functions/normalize/handler.js');
  const outcomes: NormalizeOutcome[] = [];
  let failures = 0;
  for (;;) {
    const messages = await receiveBatch(services, services.normalizeQueueUrl);
    if (messages.length === 0) break;
    const event: SQSEvent = {
      Records: messages.map((m) => ({
        messageId: m.MessageId!, receiptHandle: m.ReceiptHandle!, body: m.Body ?? '', attributes: {} as never, messageAttributes: {},
        md5OfBody: m.MD5OfBody ?? '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:local', awsRegion: 'us-east-1',
      })),
    };
    const result: NormalizeResult = await normalize(event);
    outcomes.push(...result.outcomes);
    failures += result.batchItemFailures.length;
    const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
    const done = messages.filter((m) => !failed.has(m.MessageId!));
    if (done.length > 0) {
      await services.clients.sqs.send(new DeleteMessageBatchCommand({ QueueUrl: services.normalizeQueueUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    }
    // Failed messages stay invisible until their visibility timeout; the next run retries them.
    if (done.length === 0) break;
  }
  return { outcomes, failures };
}
