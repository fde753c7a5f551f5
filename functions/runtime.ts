/**
 * Composition root shared by the three handlers: builds the adapters for a runtime configuration
 * once per process (Lambda cold start, or once per local run) and reads the sources file.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRuntimeConfig, type RuntimeConfig } from './config/env.js';
import { awsClients } from './aws-clients.js';
import { DynamoDatasetStateStore } from './adapters/dynamo-dataset-state.js';
import { DynamoObservationStore } from './adapters/dynamo-observation-store.js';
import { DynamoQualityReviewStore } from './adapters/dynamo-quality-review.js';
import { DynamoReleaseLedger } from './adapters/dynamo-release-ledger.js';
import { DynamoSourceStateStore } from './adapters/dynamo-source-state.js';
import { HttpSourceFetcher } from './adapters/http-fetcher.js';
import { JsonLogger } from './adapters/json-logger.js';
import { S3BlobStore } from './adapters/s3-blob-store.js';
import { SnsNotifier } from './adapters/sns-notifier.js';
import { SqsNormalizeQueue } from './adapters/sqs-normalize-queue.js';
import { parseSourcesFile, type ParsedSources } from './core/sources.js';
import type { Clock, Notifier, NormalizeQueue } from './core/ports.js';

/** Every adapter a handler may need, built for one configuration. */
export function buildRuntime(config: RuntimeConfig = readRuntimeConfig()) {
  const clients = awsClients(config);
  const datasets = new DynamoDatasetStateStore(clients.dynamodb, config.tableName);
  const clock: Clock = { now: () => new Date() };
  const notifier: Notifier = config.topicArn
    ? new SnsNotifier(clients.sns, config.topicArn)
    : { notify: async () => { throw new Error(`no topic configured (${'CP_TOPIC_ARN'})`); } };
  const queue: NormalizeQueue | undefined = config.normalizeQueueUrl ? new SqsNormalizeQueue(clients.sqs, config.normalizeQueueUrl) : undefined;
  return {
    config,
    clients,
    clock,
    blobs: new S3BlobStore(clients.s3, config.bucketName),
    ledger: new DynamoReleaseLedger(clients.dynamodb, config.tableName),
    observations: new DynamoObservationStore(clients.dynamodb, config.tableName, datasets),
    datasets,
    sourceStates: new DynamoSourceStateStore(clients.dynamodb, config.tableName),
    reviews: new DynamoQualityReviewStore(clients.dynamodb, config.tableName),
    fetcher: new HttpSourceFetcher(),
    notifier,
    queue,
    logger: (component: string) => new JsonLogger(component),
  };
}
export type Runtime = ReturnType<typeof buildRuntime>;

let runtime: Runtime | undefined;

/** The process-wide runtime, built on first use from the environment. */
export function getRuntime(): Runtime {
  runtime ??= buildRuntime();
  return runtime;
}

let bundledSources: Promise<ParsedSources> | undefined;

async function readBundledSources(path: string): Promise<ParsedSources> {
  try {
    return parseSourcesFile(await readFile(path, 'utf8'), `sources file ${path}`);
  } catch (error) {
    return { sources: [], errors: [`sources file ${path}: ${(error as Error).message}`] };
  }
}

/**
 * Reads and validates the sources file: the one bundled with the function when CP_SOURCES_FILE
 * is set (AWS), otherwise the bucket object at CP_SOURCES_KEY (local runs).
 */
export async function loadSources(rt: Runtime): Promise<ParsedSources> {
  if (rt.config.sourcesFile) {
    // The bundled file cannot change while the process lives: read and validate it once per container.
    bundledSources ??= readBundledSources(resolve(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), rt.config.sourcesFile));
    return bundledSources;
  }
  const body = await rt.blobs.get(rt.config.sourcesKey);
  if (!body) return { sources: [], errors: [`sources file s3://${rt.config.bucketName}/${rt.config.sourcesKey} does not exist`] };
  return parseSourcesFile(new TextDecoder().decode(body), `sources file ${rt.config.sourcesKey}`);
}
