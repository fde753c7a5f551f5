/** The Notifier port on SNS: filterable message attributes, JSON body, deterministic message id. */
import type { MessageAttributeValue, SNSClient } from '@aws-sdk/client-sns';
import { snsSdk } from '../aws-clients/sns.js';
import type { Notification, Notifier } from '../core/ports.js';

/** SNS allows at most 10 message attributes per message. */
const MAX_ATTRIBUTES = 10;

/** The SNS form of the attributes: String.Array lets a filter policy match any element; empty lists are left out (SNS rejects them). */
export function snsAttributes(attributes: Notification['attributes']): Record<string, MessageAttributeValue> {
  const entries = Object.entries(attributes).filter(([, value]) => !Array.isArray(value) || value.length > 0);
  if (entries.length > MAX_ATTRIBUTES) throw new Error(`a notification has ${entries.length} attributes; SNS allows ${MAX_ATTRIBUTES}`);
  return Object.fromEntries(
    entries.map(([name, value]) => [
      name,
      Array.isArray(value)
        ? { DataType: 'String.Array', StringValue: JSON.stringify(value) }
        : { DataType: /^-?\d+(\.\d+)?$/.test(value) ? 'Number' : 'String', StringValue: value },
    ]),
  );
}

export class SnsNotifier implements Notifier {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  async notify(notification: Notification): Promise<void> {
    // Standard topics deliver at least once and subscribers dedupe on the message_id attribute;
    // a FIFO topic drops a resend with the same deduplication id within its 5-minute window itself.
    const fifo = this.topicArn.endsWith('.fifo');
    const { PublishCommand } = snsSdk();
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: notification.subject.slice(0, 99),
        Message: notification.body,
        MessageAttributes: snsAttributes(notification.attributes),
        ...(fifo ? { MessageDeduplicationId: notification.id.replace(/[^\w!-/:-@[-`{-~]/g, '-').slice(0, 128), MessageGroupId: notification.id.split('/')[0] } : {}),
      }),
    );
  }
}
