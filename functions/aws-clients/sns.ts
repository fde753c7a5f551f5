/** The SNS client (publish only). */
import { SNSClient } from '@aws-sdk/client-sns';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, localOptions } from './options.js';

/** Builds an SNS client for a runtime configuration. */
export function createSnsClient(config: RuntimeConfig): SNSClient {
  return new SNSClient({ ...localOptions(config.endpoints.sns), maxAttempts: 4 });
}

/** The process's SNS client for a configuration. */
export const snsClient = cachedPerEndpoint(createSnsClient);
