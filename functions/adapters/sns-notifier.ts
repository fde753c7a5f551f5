/** The Notifier port on SNS: filterable message attributes, JSON body. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notification, Notifier } from '../core/ports.js';

/** SNS allows at most 10 message attributes; String.Array attributes let filter policies match any element. */
export class SnsNotifier implements Notifier {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  async notify(notification: Notification): Promise<void> {
    const attributes = Object.fromEntries(
      Object.entries(notification.attributes)
        .slice(0, 10)
        .map(([name, value]) => [
          name,
          Array.isArray(value)
            ? { DataType: 'String.Array', StringValue: JSON.stringify(value) }
            : { DataType: /^-?\d+(\.\d+)?$/.test(value) ? 'Number' : 'String', StringValue: value },
        ]),
    );
    await this.sns.send(
      new PublishCommand({ TopicArn: this.topicArn, Subject: notification.subject.slice(0, 99), Message: notification.body, MessageAttributes: attributes }),
    );
  }
}
