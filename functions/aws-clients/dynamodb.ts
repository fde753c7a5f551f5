/** The DynamoDB client. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, localOptions } from './options.js';

/** Builds a DynamoDB client for a runtime configuration (more attempts: throttled batch writes are retried). */
export function createDynamoClient(config: RuntimeConfig): DynamoDBClient {
  return new DynamoDBClient({ ...localOptions(config.endpoints.dynamodb), maxAttempts: 6 });
}

/** The process's DynamoDB client for a configuration. */
export const dynamoClient = cachedPerEndpoint(createDynamoClient);
