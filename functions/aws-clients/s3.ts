/** The S3 client. For emulators, checksums only when an API requires them: some S3 emulators (s3rver) store the aws-chunked framing of streamed uploads inside the object otherwise. */
import { S3Client } from '@aws-sdk/client-s3';
import type { RuntimeConfig } from '../config/env.js';
import { cachedPerEndpoint, localOptions } from './options.js';

/** Builds an S3 client for a runtime configuration. */
export function createS3Client(config: RuntimeConfig): S3Client {
  const endpoint = config.endpoints.s3;
  return new S3Client({
    ...localOptions(endpoint),
    ...(endpoint ? { forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    maxAttempts: 4,
  });
}

/** The process's S3 client for a configuration. */
export const s3Client = cachedPerEndpoint(createS3Client);
