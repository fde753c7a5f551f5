/** An EventBridge Scheduler schedule that invokes one stage, with few retries and a dead-letter queue. */
import { Duration, RemovalPolicy, Stack, TimeZone, Validations, type CfnElement } from 'aws-cdk-lib';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface StageScheduleProps {
  /** The function to invoke. */
  target: lambda.IFunction;
  /** rate(...) or cron(...) expression. */
  expression: string;
  timeZone: string;
  description: string;
  /** Keep the dead-letter queue (and the failures in it) when the stack is deleted. */
  retain?: boolean;
}

export class StageSchedule extends Construct {
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: StageScheduleProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // The scheduler invokes asynchronously: a run that fails inside the function is retried once and
    // then lands here with its error, instead of vanishing (the alarm on this queue pages someone).
    props.target.configureAsyncInvoke({ onFailure: new SqsDestination(this.deadLetterQueue), retryAttempts: 1, maxEventAge: Duration.hours(1) });
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue of the schedule target.' });
    // The scheduler's role may invoke any version of the target function (CDK grants <arn>:*).
    const functionId = Stack.of(this).getLogicalId(props.target.node.defaultChild as CfnElement);
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason: 'EventBridge Scheduler invokes the function; the wildcard covers its versions and aliases only.',
    });
    new scheduler.Schedule(this, 'Schedule', {
      description: props.description,
      schedule: props.expression.startsWith('rate(')
        ? scheduler.ScheduleExpression.expression(props.expression)
        : scheduler.ScheduleExpression.expression(props.expression, TimeZone.of(props.timeZone)),
      // A flexible window spreads load; the next run picks up anything a skipped run missed.
      timeWindow: scheduler.TimeWindow.flexible(Duration.minutes(5)),
      target: new targets.LambdaInvoke(props.target, {
        // The default is 185 retries; every stage is idempotent and runs again on its next schedule.
        retryAttempts: 2,
        maxEventAge: Duration.minutes(30),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
  }
}
