/**
 * Moves the messages of a dead-letter queue back to the queue they came from, so that releases
 * whose normalization failed for a passing reason (a throttled table, a bad deploy) run again
 * once an operator fixed the cause. Each message is sent before it is deleted: a crash in between
 * leaves a duplicate, which normalize absorbs (a replayed release changes nothing).
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Moves up to `limit` messages from `fromUrl` to `toUrl`; returns how many moved. */
export async function redriveDeadLetters(sqs: SQSClient, fromUrl: string, toUrl: string, limit = 10_000): Promise<number> {
  let moved = 0;
  while (moved < limit) {
    const { Messages: messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: fromUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60, WaitTimeSeconds: 0 }));
    if (messages.length === 0) break;
    const sent = await sqs.send(new SendMessageBatchCommand({ QueueUrl: toUrl, Entries: messages.map((m, i) => ({ Id: String(i), MessageBody: m.Body ?? '' })) }));
    const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
    const done = messages.filter((_, i) => ok.has(String(i)));
    if (done.length > 0) await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: fromUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    moved += done.length;
    if (done.length < messages.length) throw new Error(`redrive: ${messages.length - done.length} message(s) could not be sent to ${toUrl}: ${(sent.Failed ?? []).map((f) => f.Message).join('; ')}`);
  }
  return moved;
}
