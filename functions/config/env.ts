/**
 * Environment variable names shared by infra/ (which sets them) and functions/ (which reads them),
 * and the zod schema that parses them at cold start.
 */
import * as z from '../core/zod.js';

export const ENV = {
  /** The single DynamoDB table (releases, observations, revisions, dataset state). */
  TABLE_NAME: 'CP_TABLE_NAME',
  /** The bucket holding raw releases, dataset versions, pointers, catalog and feeds. */
  BUCKET_NAME: 'CP_BUCKET_NAME',
  /** The SNS topic that receives one message per new dataset version. */
  TOPIC_ARN: 'CP_TOPIC_ARN',
  /** The SQS queue ingest hands releases to; empty locally, where normalize is called directly. */
  NORMALIZE_QUEUE_URL: 'CP_NORMALIZE_QUEUE_URL',
  /** Key of the sources file in the bucket (local runs, where operators edit it freely). */
  SOURCES_KEY: 'CP_SOURCES_KEY',
  /** Path of a sources file bundled with the function (AWS: reviewed in git, shipped with each deploy). Wins over SOURCES_KEY. */
  SOURCES_FILE: 'CP_SOURCES_FILE',
  /** Public base URL of the bucket's datasets (CloudFront or website), used in links; optional. */
  PUBLIC_BASE_URL: 'CP_PUBLIC_BASE_URL',
  /** Endpoint overrides for AWS-compatible local services (never set in AWS). */
  S3_ENDPOINT: 'CP_S3_ENDPOINT',
  DYNAMODB_ENDPOINT: 'CP_DYNAMODB_ENDPOINT',
  SNS_ENDPOINT: 'CP_SNS_ENDPOINT',
  SQS_ENDPOINT: 'CP_SQS_ENDPOINT',
} as const;

export const DEFAULT_SOURCES_KEY = 'config/sources.json';

/** A URL, or empty/unset (no value): the stack sets every variable, empty when a feature is off. */
const unsetWhenEmpty = z.pipe(z.literal(''), z.transform(() => undefined));
const optionalUrl = z.union([z.optional(z.url()), unsetWhenEmpty]);

/** Runtime configuration of every handler. */
export const RuntimeConfig = z.object({
  tableName: z.string().check(z.minLength(3)),
  bucketName: z.string().check(z.minLength(3)),
  topicArn: z.union([z.optional(z.string()), unsetWhenEmpty]),
  normalizeQueueUrl: optionalUrl,
  sourcesKey: z._default(z.string().check(z.minLength(1)), DEFAULT_SOURCES_KEY),
  sourcesFile: z.optional(z.string().check(z.minLength(1))),
  publicBaseUrl: optionalUrl,
  endpoints: z.object({ s3: optionalUrl, dynamodb: optionalUrl, sns: optionalUrl, sqs: optionalUrl }),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;

/** Parses the environment; a missing variable fails at cold start with its name, not later with undefined. */
export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = RuntimeConfig.safeParse({
    tableName: env[ENV.TABLE_NAME],
    bucketName: env[ENV.BUCKET_NAME],
    topicArn: env[ENV.TOPIC_ARN],
    normalizeQueueUrl: env[ENV.NORMALIZE_QUEUE_URL],
    sourcesKey: env[ENV.SOURCES_KEY] || undefined,
    sourcesFile: env[ENV.SOURCES_FILE] || undefined,
    publicBaseUrl: env[ENV.PUBLIC_BASE_URL],
    endpoints: {
      s3: env[ENV.S3_ENDPOINT],
      dynamodb: env[ENV.DYNAMODB_ENDPOINT],
      sns: env[ENV.SNS_ENDPOINT],
      sqs: env[ENV.SQS_ENDPOINT],
    },
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid runtime configuration: ${issues}`);
  }
  return parsed.data;
}
