/**
 * The customs-publisher stack: it only composes constructs. Flow of one release:
 * schedule → ingest (fetch, archive raw/, ledger) → SQS → normalize (observations) ;
 * schedule → publish (datasets/<id>/v<N>/, latest, SNS notification).
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../functions/config/env.js';
import type { StageConfig } from './config.js';
import { DataBucket } from './constructs/data-bucket.js';
import { Operations } from './constructs/operations.js';
import { PublisherFunction } from './constructs/publisher-function.js';
import { PUBLISH_ENVIRONMENT, PUBLISH_MEMORY_MB, PUBLISH_NODE_OPTIONS } from './node-options.js';
import { PublisherTable } from './constructs/publisher-table.js';
import { StageSchedule } from './constructs/stage-schedule.js';
import { PublicSite } from './constructs/public-site.js';
import { allowPublicSubscriptions } from './constructs/open-subscriptions.js';
import { QueryTables } from './constructs/query-tables.js';
import { SITE_ASSET_BUNDLE } from '../functions/publish/site-asset-files.js';
import { PUBLIC_KEY_PATTERNS } from '../functions/core/site/public-paths.js';

/** Keys publish reads and writes: exactly what the public may read (versions, pointers, feeds, catalog, site). */
const PUBLISHED_KEYS = [...PUBLIC_KEY_PATTERNS];
/** Function timeouts; the stack tests tie them to the lease and the queue's visibility timeout. */
export const INGEST_TIMEOUT = Duration.minutes(10);
export const NORMALIZE_TIMEOUT = Duration.minutes(2);
export const PUBLISH_TIMEOUT = Duration.minutes(15);
export const NORMALIZE_VISIBILITY_TIMEOUT = Duration.minutes(12);

export interface PublisherStackProps extends StackProps {
  config: StageConfig;
}

export class PublisherStack extends Stack {
  constructor(scope: Construct, id: string, props: PublisherStackProps) {
    super(scope, id, props);
    const { config } = props;
    const { bucket, accessLogs } = new DataBucket(this, 'Data', { retain: config.retainData, objectLock: config.objectLock });
    const { table } = new PublisherTable(this, 'State', { retain: config.retainData });
    const topic = new sns.Topic(this, 'Updates', { displayName: 'customs-publisher dataset updates', enforceSSL: true });
    // Public, read-only: the catalog site and datasets through CloudFront, subscriptions from any account, SQL with Athena.
    const site = new PublicSite(this, 'Public', { bucket, domain: config.publicDomain });
    allowPublicSubscriptions(topic);
    const query = new QueryTables(this, 'Query', { bucket, retain: config.retainData, logs: accessLogs });

    const normalizeDlq = new sqs.Queue(this, 'NormalizeDeadLetters', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const normalizeQueue = new sqs.Queue(this, 'NormalizeQueue', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      // Six times the function timeout, as Lambda recommends for SQS event sources.
      visibilityTimeout: NORMALIZE_VISIBILITY_TIMEOUT,
      deadLetterQueue: { queue: normalizeDlq, maxReceiveCount: 5 },
    });

    const ingest = new PublisherFunction(this, 'Ingest', {
      entry: 'functions/ingest/handler.ts',
      description: 'Polls configured sources and archives new releases',
      timeout: INGEST_TIMEOUT,
      logRetentionDays: config.logRetentionDays,
      // One ingest at a time: a slow run never overlaps the next scheduled one.
      reservedConcurrency: 1,
      sourcesFile: config.sourcesFile,
      retainLogs: config.retainData,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, { read: ['raw/*'], write: ['raw/*'] })
      .bindNormalizeQueue(normalizeQueue);

    const normalize = new PublisherFunction(this, 'Normalize', {
      entry: 'functions/normalize/handler.ts',
      description: 'Turns one archived release into observations',
      timeout: NORMALIZE_TIMEOUT,
      memorySize: 1024,
      logRetentionDays: config.logRetentionDays,
      sourcesFile: config.sourcesFile,
      // Extraction runs in a worker thread with a deadline (functions/adapters/worker-extractor.ts).
      workerEntries: { 'extract-worker.mjs': 'functions/adapters/extract-worker.ts' },
      // Node starts with --no-regexp-tier-up, which the extractors need from the start (infra/lambda/regexp-flag-wrapper).
      runsExtractors: true,
      retainLogs: config.retainData,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, { read: ['raw/*'] })
      // A release too large for one invocation is handed on in a new message and resumed.
      .bindNormalizeQueue(normalizeQueue);
    normalize.fn.addEventSource(new SqsEventSource(normalizeQueue, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: 5 }));

    const publish = new PublisherFunction(this, 'Publish', {
      entry: 'functions/publish/handler.ts',
      description: 'Publishes a new dataset version when observations changed',
      timeout: PUBLISH_TIMEOUT,
      memorySize: PUBLISH_MEMORY_MB,
      logRetentionDays: config.logRetentionDays,
      reservedConcurrency: 1,
      // Titles and licences of the datasets come from the sources file.
      sourcesFile: config.sourcesFile,
      // Two malloc arenas keep what the threads of a version freed from staying resident (infra/node-options.ts).
      environment: { [ENV.PUBLIC_BASE_URL]: config.publicBaseUrl ?? site.baseUrl, ...PUBLISH_ENVIRONMENT },
      // A bounded young generation keeps a million-row version's peak memory flat (infra/node-options.ts).
      nodeOptions: PUBLISH_NODE_OPTIONS,
      bundledFiles: SITE_ASSET_BUNDLE,
      // A version's files are hashed, and its Parquet row groups written, in one worker thread beside the rendering when
      // the memory buys two vCPUs (functions/adapters/publish-worker.ts, worker-sha256.ts, worker-parquet.ts).
      workerEntries: { 'publish-worker.mjs': 'functions/adapters/publish-worker.ts' },
      retainLogs: config.retainData,
    })
      .bindTable(table, 'RW')
      .bindBucket(bucket, { read: PUBLISHED_KEYS, write: PUBLISHED_KEYS })
      .bindTopic(topic);

    const ingestSchedule = new StageSchedule(this, 'IngestSchedule', { target: ingest.fn, expression: config.ingestSchedule, timeZone: config.scheduleTimezone, description: 'Runs ingest', retain: config.retainData });
    const publishSchedule = new StageSchedule(this, 'PublishSchedule', { target: publish.fn, expression: config.publishSchedule, timeZone: config.scheduleTimezone, description: 'Runs publish', retain: config.retainData });

    const operations = new Operations(this, 'Operations', {
      functions: [
        { name: 'Ingest', fn: ingest.fn, timeout: INGEST_TIMEOUT },
        { name: 'Normalize', fn: normalize.fn, timeout: NORMALIZE_TIMEOUT },
        { name: 'Publish', fn: publish.fn, timeout: PUBLISH_TIMEOUT },
      ],
      deadLetterQueues: [
        { name: 'NormalizeDeadLetters', queue: normalizeDlq },
        { name: 'IngestRunFailures', queue: ingestSchedule.deadLetterQueue },
        { name: 'PublishRunFailures', queue: publishSchedule.deadLetterQueue },
      ],
    });
    new CfnOutput(this, 'OperationsTopicArn', { value: operations.topic.topicArn, description: 'Subscribe operators here: every alarm (dead letters, errors, throttles, timeouts, delayed sources, rows held back, stale latest versions)' });

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'TopicArn', { value: topic.topicArn, description: 'Subscribe here for dataset updates (filter on dataset, version)' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'PublicBaseUrl', { value: site.baseUrl, description: 'The catalog site and every published file (CloudFront)' });
    new CfnOutput(this, 'AthenaWorkGroup', { value: query.workGroup.ref, description: `Query ${query.databaseName}.observations here` });
  }
}
