/**
 * The S3 client. For emulators, checksums only when an API requires them: some S3 emulators
 * (s3rver) store the aws-chunked framing of streamed uploads inside the object otherwise. The SDK
 * packages are loaded on first use, not with the module: an ingest run that archives nothing
 * never loads them (bench/bundles.bench.ts).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, loadSdkPackage, localOptions } from './options.js';

/** The S3 package, loaded on the first call. */
export const s3Sdk = () => loadSdkPackage<typeof import('@aws-sdk/client-s3')>('@aws-sdk/client-s3');

/** The SDK's multipart upload helper, loaded on the first call. */
export const s3UploadSdk = () => loadSdkPackage<typeof import('@aws-sdk/lib-storage')>('@aws-sdk/lib-storage');

/** Builds an S3 client for a runtime configuration. */
export function createS3Client(config: RuntimeConfig): S3Client {
  const endpoint = config.endpoints.s3;
  return new (s3Sdk().S3Client)({
    ...localOptions(endpoint),
    ...(endpoint ? { forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    maxAttempts: 4,
  });
}

/** The process's S3 client for a configuration. */
export const s3Client = cachedPerEndpoint(createS3Client);
