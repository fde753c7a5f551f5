/** The NormalizeQueue port on SQS: one message per stored release content. */
import type { SQSClient } from '@aws-sdk/client-sqs';
import { sqsSdk } from '../aws-clients/sqs.js';
import type { NormalizeQueue } from '../core/ports.js';

export class SqsNormalizeQueue implements NormalizeQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(request: { source_id: string; release_id: string; sha256: string }): Promise<void> {
    const { SendMessageCommand } = sqsSdk();
    await this.sqs.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(request) }));
  }
}
