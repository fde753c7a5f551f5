/**
 * The SNS client (publish only). Its SDK package is loaded on first use, not with the module: a
 * publish run that finds nothing changed sends no notification, so its cold start does not load
 * SNS (bench/bundles.bench.ts).
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, loadSdkPackage, localOptions } from './options.js';

/** The SNS package, loaded on the first call. */
export const snsSdk = () => loadSdkPackage<typeof import('@aws-sdk/client-sns')>('@aws-sdk/client-sns');

/** Builds an SNS client for a runtime configuration. */
export function createSnsClient(config: RuntimeConfig): SNSClient {
  return new (snsSdk().SNSClient)({ ...localOptions(config.endpoints.sns), maxAttempts: 4 });
}

/** The process's SNS client for a configuration. */
export const snsClient = cachedPerEndpoint(createSnsClient);
