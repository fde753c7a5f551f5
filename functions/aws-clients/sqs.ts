/**
 * The SQS client (ingest and normalize: the normalize queue). Its SDK package is loaded on first
 * use, not with the module: most ingest runs find nothing new, and normalize sends only to hand a
 * release on, so a cold start that sends nothing does not load SQS (bench/bundles.bench.ts).
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, loadSdkPackage, localOptions } from './options.js';

/** The SQS package, loaded on the first call. */
export const sqsSdk = () => loadSdkPackage<typeof import('@aws-sdk/client-sqs')>('@aws-sdk/client-sqs');

/** Builds an SQS client for a runtime configuration. */
export function createSqsClient(config: RuntimeConfig): SQSClient {
  return new (sqsSdk().SQSClient)({ ...localOptions(config.endpoints.sqs), maxAttempts: 4 });
}

/** The process's SQS client for a configuration. */
export const sqsClient = cachedPerEndpoint(createSqsClient);
