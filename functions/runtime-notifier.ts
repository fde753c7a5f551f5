/** The SNS notifier, for the publish stage. */
import type { RuntimeConfig } from './config/env.js';
import { snsClient } from './aws-clients/sns.js';
import { SnsNotifier } from './adapters/sns-notifier.js';
import type { Notifier } from './core/ports.js';

/** The notifier of the configured topic; without CP_TOPIC_ARN, one that fails with the reason. */
export function topicNotifier(config: RuntimeConfig): Notifier {
  const topicArn = config.topicArn;
  if (!topicArn) return { notify: async () => { throw new Error(`no topic configured (${'CP_TOPIC_ARN'})`); } };
  // Built on the first notification, so a run that publishes nothing never loads SNS (aws-clients/sns.ts).
  let sns: SnsNotifier | undefined;
  return { notify: (notification) => (sns ??= new SnsNotifier(snsClient(config), topicArn)).notify(notification) };
}
