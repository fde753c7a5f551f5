/** The SQS client (ingest and normalize: the normalize queue). */
import { SQSClient } from '@aws-sdk/client-sqs';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, localOptions } from './options.js';

/** Builds an SQS client for a runtime configuration. */
export function createSqsClient(config: RuntimeConfig): SQSClient {
  return new SQSClient({ ...localOptions(config.endpoints.sqs), maxAttempts: 4 });
}

/** The process's SQS client for a configuration. */
export const sqsClient = cachedPerEndpoint(createSqsClient);
