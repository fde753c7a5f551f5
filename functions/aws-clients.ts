/**
 * The only place AWS clients are built. Endpoint overrides point them at local AWS-compatible
 * services; for those, checksums are computed only when an API requires them: some S3 emulators
 * (s3rver) store the aws-chunked framing of streamed uploads inside the object otherwise.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { RuntimeConfig } from './config/env.js';

export interface AwsClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  sqs: SQSClient;
}

/** Credentials for local emulators (DynamoDB Local and fauxqs accept any). */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

function localOptions(endpoint: string | undefined) {
  if (!endpoint) return {};
  return { endpoint, region: process.env.AWS_REGION ?? 'us-east-1', credentials: LOCAL_CREDENTIALS };
}

/** Builds the four clients for a runtime configuration (AWS defaults when no endpoint is overridden). */
export function createAwsClients(config: RuntimeConfig): AwsClients {
  const { endpoints } = config;
  return {
    s3: new S3Client({
      ...localOptions(endpoints.s3),
      ...(endpoints.s3
        ? { forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
      maxAttempts: 4,
    }),
    dynamodb: new DynamoDBClient({ ...localOptions(endpoints.dynamodb), maxAttempts: 6 }),
    sns: new SNSClient({ ...localOptions(endpoints.sns), maxAttempts: 4 }),
    sqs: new SQSClient({ ...localOptions(endpoints.sqs), maxAttempts: 4 }),
  };
}

let cached: { key: string; clients: AwsClients } | undefined;

/** The clients for this process, built once per configuration (Lambda reuses them across invocations). */
export function awsClients(config: RuntimeConfig): AwsClients {
  const key = JSON.stringify(config.endpoints);
  if (!cached || cached.key !== key) cached = { key, clients: createAwsClients(config) };
  return cached.clients;
}
