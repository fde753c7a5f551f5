/**
 * Composition root shared by the three handlers: the stores every stage uses (S3 and DynamoDB),
 * built once per process (Lambda cold start, or once per local run), and the sources file. What
 * only one or two stages use (the HTTP fetcher, the normalize queue, the SNS notifier) is built
 * by those handlers (runtime-queue.ts, runtime-notifier.ts), so no bundle loads an SDK client or
 * adapter its stage never calls; S3, SQS and SNS are loaded on an invocation's first call to them
 * (aws-clients/options.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRuntimeConfig, type RuntimeConfig } from './config/env.js';
import { dynamoClient } from './aws-clients/dynamodb.js';
import { s3Client } from './aws-clients/s3.js';
import { DynamoDatasetStateStore } from './adapters/dynamo-dataset-state.js';
import { DynamoReleaseLedger } from './adapters/dynamo-release-ledger.js';
import { DynamoSourceStateStore } from './adapters/dynamo-source-state.js';
import { JsonLogger } from './adapters/json-logger.js';
import { S3BlobStore } from './adapters/s3-blob-store.js';
import { parseSourcesFile, type ParsedSources } from './core/sources.js';
import type { Clock } from './core/ports.js';

/** The stores every stage uses, built for one configuration (the row stores of normalize and publish: runtime-rows.ts). */
export function buildRuntime(config: RuntimeConfig = readRuntimeConfig()) {
  const dynamodb = dynamoClient(config);
  const datasets = new DynamoDatasetStateStore(dynamodb, config.tableName);
  const clock: Clock = { now: () => new Date() };
  return {
    config,
    clock,
    // The S3 client (and SDK) is built on the store's first request: an ingest run that archives nothing never loads it.
    blobs: new S3BlobStore(() => s3Client(config), config.bucketName),
    ledger: new DynamoReleaseLedger(dynamodb, config.tableName),
    datasets,
    sourceStates: new DynamoSourceStateStore(dynamodb, config.tableName),
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
export async function loadSources(rt: Pick<Runtime, 'config' | 'blobs'>): Promise<ParsedSources> {
  if (rt.config.sourcesFile) {
    // The bundled file cannot change while the process lives: read and validate it once per container.
    bundledSources ??= readBundledSources(resolve(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), rt.config.sourcesFile));
    return bundledSources;
  }
  const body = await rt.blobs.get(rt.config.sourcesKey);
  if (!body) return { sources: [], errors: [`sources file s3://${rt.config.bucketName}/${rt.config.sourcesKey} does not exist`] };
  return parseSourcesFile(new TextDecoder().decode(body), `sources file ${rt.config.sourcesKey}`);
}
