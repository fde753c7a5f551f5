/**
 * What tells an operator that something is wrong: one SNS topic for operations, an alarm for every
 * way a run can fail quietly, and a dashboard. Failures of scheduled runs otherwise vanish: the
 * scheduler's dead-letter queue only sees invocations it could not make, and a Lambda error in an
 * asynchronous invocation is retried and then dropped.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INGEST_METRICS_NAMESPACE } from '../../functions/core/ingest/metrics.js';
import { PUBLISH_METRICS_NAMESPACE } from '../../functions/core/publish/dataset-health.js';

/** A function to watch, with its timeout (a run near it is a timeout in all but name). */
export interface WatchedFunction {
  name: string;
  fn: lambda.IFunction;
  timeout: Duration;
}

export interface OperationsProps {
  /** Every function of the pipeline. */
  functions: WatchedFunction[];
  /** Every dead-letter queue: a message there is a release or a run that needs a person. */
  deadLetterQueues: Array<{ name: string; queue: sqs.IQueue }>;
}

/** Share of the timeout above which a run's maximum duration counts as a timeout. */
const TIMEOUT_SHARE = 0.9;

export class Operations extends Construct {
  /** Where every alarm goes; subscribe an e-mail or a pager to it. */
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Alarms', { displayName: 'customs-publisher operations', enforceSSL: true });
    const notify = new actions.SnsAction(this.topic);
    const alarm = (name: string, metric: cloudwatch.IMetric, threshold: number, description: string, missing = cloudwatch.TreatMissingData.NOT_BREACHING) => {
      const created = new cloudwatch.Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: missing,
        alarmDescription: description,
      });
      created.addAlarmAction(notify);
      this.alarms.push(created);
      return created;
    };

    for (const { name, queue } of props.deadLetterQueues) {
      alarm(`${name}Depth`, queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }), 1, `${name}: messages waiting in a dead-letter queue (see the README: releases retry / redrive)`);
    }
    for (const { name, fn, timeout } of props.functions) {
      const period = Duration.minutes(5);
      alarm(`${name}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), 1, `${name}: invocations failed`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period, statistic: 'Sum' }), 1, `${name}: invocations throttled`);
      alarm(`${name}NearTimeout`, fn.metricDuration({ period, statistic: 'Maximum' }), timeout.toMilliseconds() * TIMEOUT_SHARE, `${name}: a run took over ${TIMEOUT_SHARE * 100}% of its ${timeout.toMinutes()}-minute timeout`);
    }
    // Emitted by ingest without a dimension too, so one alarm covers every source.
    const delayed = new cloudwatch.Metric({ namespace: INGEST_METRICS_NAMESPACE, metricName: 'SourceDelayed', statistic: 'Maximum', period: Duration.hours(1) });
    alarm('SourceDelayed', delayed, 1, 'a source is overdue beyond its grace period (its next release did not arrive)');
    // Emitted by publish for every dataset on every run, without a dimension too. These describe a
    // state, not an event: between publish runs (or if a slower publish schedule leaves an hour
    // without a value) the alarm keeps its state instead of falling back to OK.
    const publishMetric = (metricName: string) => new cloudwatch.Metric({ namespace: PUBLISH_METRICS_NAMESPACE, metricName, statistic: 'Maximum', period: Duration.hours(1) });
    const heldBack = publishMetric('HeldBackRows');
    const latestOverdue = publishMetric('LatestOverdue');
    alarm('HeldBackRows', heldBack, 1, 'the quality stage holds rows back from publication until someone decides (`customs-publisher review`)', cloudwatch.TreatMissingData.IGNORE);
    alarm('LatestOverdue', latestOverdue, 1, "a dataset's latest.json is older than the release rhythm of its sources allows: publish is stuck, or the sources are late (see SourceDelayed)", cloudwatch.TreatMissingData.IGNORE);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new cloudwatch.GraphWidget({ title: 'Invocations and errors', left: props.functions.flatMap(({ fn }) => [fn.metricInvocations(), fn.metricErrors()]), width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Duration (max)', left: props.functions.map(({ fn }) => fn.metricDuration({ statistic: 'Maximum' })), width: 12 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Dead-letter queues', left: props.deadLetterQueues.map(({ queue }) => queue.metricApproximateNumberOfMessagesVisible()), width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Sources delayed', left: [delayed], width: 12 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Rows held back for review', left: [heldBack], width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Age of latest version (hours, oldest dataset)', left: [publishMetric('LatestAgeHours')], right: [latestOverdue], width: 12 }),
        ],
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
      ],
    });
  }
}
