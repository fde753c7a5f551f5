/**
 * Lets any AWS account subscribe to the updates topic with an SQS queue or a Lambda function, as
 * the Registry of Open Data's topics do, without credentials for ours. Only Subscribe (and
 * Receive, which SQS/Lambda deliveries need) is granted, only for those two protocols: nobody else
 * can publish, change attributes or subscribe e-mail or HTTP endpoints (which could be abused to
 * send mail or requests in our name).
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';

/** The protocols any account may subscribe with. */
export const OPEN_SUBSCRIPTION_PROTOCOLS = ['sqs', 'lambda'] as const;

/** Adds the topic policy statement that opens subscriptions to every account (SQS and Lambda only). */
export function allowPublicSubscriptions(topic: sns.ITopic): void {
  topic.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AnyAccountMaySubscribeSqsOrLambda',
      principals: [new iam.AnyPrincipal()],
      actions: ['sns:Subscribe', 'sns:Receive'],
      resources: [topic.topicArn],
      conditions: { StringEquals: { 'sns:Protocol': [...OPEN_SUBSCRIPTION_PROTOCOLS] } },
    }),
  );
}
