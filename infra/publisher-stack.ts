/**
 * The customs-publisher stack: it only composes constructs. Flow of one release:
 * schedule → ingest (fetch, archive raw/, ledger) → SQS → normalize (observations) ;
 * schedule → publish (datasets/<id>/v<N>/, latest, SNS notification).
 */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../functions/config/env.js';
import type { StageConfig } from './config.js';
import { DataBucket } from './constructs/data-bucket.js';
import { PublisherFunction } from './constructs/publisher-function.js';
import { PublisherTable } from './constructs/publisher-table.js';
import { StageSchedule } from './constructs/stage-schedule.js';
import { PublicSite } from './constructs/public-site.js';
import { allowPublicSubscriptions } from './constructs/open-subscriptions.js';
import { QueryTables } from './constructs/query-tables.js';
import { SITE_ASSET_BUNDLE } from '../functions/publish/site-asset-files.js';

export interface PublisherStackProps extends StackProps {
  config: StageConfig;
}

export class PublisherStack extends Stack {
  constructor(scope: Construct, id: string, props: PublisherStackProps) {
    super(scope, id, props);
    const { config } = props;
    const { bucket, accessLogs } = new DataBucket(this, 'Data', { retain: config.retainData });
    const { table } = new PublisherTable(this, 'State', { retain: config.retainData });
    const topic = new sns.Topic(this, 'Updates', { displayName: 'customs-publisher dataset updates', enforceSSL: true });
    // Public, read-only: the catalog site and datasets through CloudFront, subscriptions from any account, SQL with Athena.
    const site = new PublicSite(this, 'Public', { bucket, domain: config.publicDomain });
    allowPublicSubscriptions(topic);
    const query = new QueryTables(this, 'Query', { bucket, retain: config.retainData, logs: accessLogs });

    const normalizeDlq = new sqs.Queue(this, 'NormalizeDeadLetters', { enforceSSL: true, encryption: sqs.QueueEncryption.SQS_MANAGED, retentionPeriod: Duration.days(14) });
    const normalizeQueue = new sqs.Queue(this, 'NormalizeQueue', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      // Six times the function timeout, as Lambda recommends for SQS event sources.
      visibilityTimeout: Duration.minutes(12),
      deadLetterQueue: { queue: normalizeDlq, maxReceiveCount: 5 },
    });

    const ingest = new PublisherFunction(this, 'Ingest', {
      entry: 'functions/ingest/handler.ts',
      description: 'Polls configured sources and archives new releases',
      timeout: Duration.minutes(10),
      logRetentionDays: config.logRetentionDays,
      // One ingest at a time: a slow run never overlaps the next scheduled one.
      reservedConcurrency: 1,
      sourcesFile: config.sourcesFile,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, 'RW')
      .bindNormalizeQueue(normalizeQueue);

    const normalize = new PublisherFunction(this, 'Normalize', {
      entry: 'functions/normalize/handler.ts',
      description: 'Turns one archived release into observations',
      timeout: Duration.minutes(2),
      memorySize: 1024,
      logRetentionDays: config.logRetentionDays,
      sourcesFile: config.sourcesFile,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, 'RO');
    normalize.fn.addEventSource(new SqsEventSource(normalizeQueue, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: 5 }));

    const publish = new PublisherFunction(this, 'Publish', {
      entry: 'functions/publish/handler.ts',
      description: 'Publishes a new dataset version when observations changed',
      timeout: Duration.minutes(15),
      memorySize: 1024,
      logRetentionDays: config.logRetentionDays,
      reservedConcurrency: 1,
      // Titles and licences of the datasets come from the sources file.
      sourcesFile: config.sourcesFile,
      environment: { [ENV.PUBLIC_BASE_URL]: config.publicBaseUrl ?? site.baseUrl },
      bundledFiles: SITE_ASSET_BUNDLE,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, 'RW')
      .bindTopic(topic);

    new StageSchedule(this, 'IngestSchedule', { target: ingest.fn, expression: config.ingestSchedule, timeZone: config.scheduleTimezone, description: 'Runs ingest' });
    new StageSchedule(this, 'PublishSchedule', { target: publish.fn, expression: config.publishSchedule, timeZone: config.scheduleTimezone, description: 'Runs publish' });

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'TopicArn', { value: topic.topicArn, description: 'Subscribe here for dataset updates (filter on dataset, version)' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'PublicBaseUrl', { value: site.baseUrl, description: 'The catalog site and every published file (CloudFront)' });
    new CfnOutput(this, 'AthenaWorkGroup', { value: query.workGroup.ref, description: `Query ${query.databaseName}.observations here` });
  }
}
