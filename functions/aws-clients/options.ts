/**
 * Settings every AWS client shares. Endpoint overrides point a client at a local AWS-compatible
 * service; the clients themselves are built one service per module (s3.ts, dynamodb.ts, sns.ts,
 * sqs.ts), so a Lambda bundle loads only the SDK packages of the services its stage calls.
 */
import { createRequire } from 'node:module';
import type { RuntimeConfig } from '../config/env.js';

/** Credentials for local emulators (DynamoDB Local and fauxqs accept any). */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Endpoint, region and credentials for a local emulator; nothing (the AWS defaults) without an override. */
export function localOptions(endpoint: string | undefined) {
  if (!endpoint) return {};
  return { endpoint, region: process.env.AWS_REGION ?? 'us-east-1', credentials: LOCAL_CREDENTIALS };
}

/** One client per service and configuration for the whole process (Lambda reuses them across invocations). */
export function cachedPerEndpoint<T>(build: (config: RuntimeConfig) => T): (config: RuntimeConfig) => T {
  let cached: { key: string; client: T } | undefined;
  return (config) => {
    const key = JSON.stringify(config.endpoints);
    if (!cached || cached.key !== key) cached = { key, client: build(config) };
    return cached.client;
  };
}

const requireFromHere = createRequire(import.meta.url);

/**
 * Loads an AWS SDK package when first called (Node caches it after): for the services a stage
 * calls only on some invocations. A `require`, not `await import()`: client construction stays
 * synchronous, and the Lambda bundler hoists every ES import of a package it leaves to the runtime
 * to the top of the bundle, which would load it at the cold start anyway.
 */
export function loadSdkPackage<T>(name: string): T {
  return requireFromHere(name) as T;
}
