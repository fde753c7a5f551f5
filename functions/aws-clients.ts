/**
 * The only place AWS clients are built: one module per service under aws-clients/ (a handler
 * imports only the services it calls, so its bundle loads no other SDK package), all four
 * together here for the local tools and tests.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { RuntimeConfig } from './config/env.js';
import { createDynamoClient, dynamoClient } from './aws-clients/dynamodb.js';
import { createS3Client, s3Client } from './aws-clients/s3.js';
import { createSnsClient, snsClient } from './aws-clients/sns.js';
import { createSqsClient, sqsClient } from './aws-clients/sqs.js';

export interface AwsClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  sqs: SQSClient;
}

/** Builds the four clients for a runtime configuration (AWS defaults when no endpoint is overridden). */
export function createAwsClients(config: RuntimeConfig): AwsClients {
  return { s3: createS3Client(config), dynamodb: createDynamoClient(config), sns: createSnsClient(config), sqs: createSqsClient(config) };
}

/** The clients for this process, built once per configuration (Lambda reuses them across invocations). */
export function awsClients(config: RuntimeConfig): AwsClients {
  return { s3: s3Client(config), dynamodb: dynamoClient(config), sns: snsClient(config), sqs: sqsClient(config) };
}
