/**
 * The one function construct every Lambda of the app uses: bundled by the local esbuild (no
 * Docker), arm64, current Node.js runtime, JSON logs with bounded retention, source maps, and a
 * role of its own with no managed policies. `bind*` helpers set the environment variable and the
 * matching least-privilege statement together, naming exact actions and resources.
 */
import { Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { ENV } from '../../functions/config/env.js';
import { TABLE_SHAPE } from '../../functions/adapters/dynamo-table.js';
import { BUNDLE_BANNER, BUNDLE_EXTERNALS, BUNDLE_SOURCES_CONTENT, BUNDLE_TARGET, FUNCTION_NODE_OPTIONS, handlerBundleCommand, workerBundleCommand } from '../bundling.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The Lambda runtime of every function. Local runs and tests use the same major: package.json pins
 * the `node` package (npm scripts run `node_modules/.bin/node`), and a test keeps the two in step.
 */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** Name of the sources file inside each bundle. */
const BUNDLED_SOURCES = 'sources.json';

/**
 * The exec wrapper of the functions that run the extractors: a shell script that Lambda's Node.js runtime runs with its
 * command line (AWS_LAMBDA_EXEC_WRAPPER), which starts node with `--no-regexp-tier-up` right after the binary. The
 * extractors need V8's regexp tier-up off from the process's start (functions/core/extract/regexp-engine.ts) and Node
 * refuses the flag in NODE_OPTIONS. It ships in the function's own asset, executable (CDK zips a directory asset with
 * each file's mode), and Lambda unpacks the asset in /var/task.
 */
export const REGEXP_FLAG_WRAPPER = {
  /** The script in the repository. */
  source: 'infra/lambda/regexp-flag-wrapper',
  /** Its name inside the bundle. */
  file: 'regexp-flag-wrapper',
  /** Its path in the function's environment: AWS_LAMBDA_EXEC_WRAPPER's value. */
  path: '/var/task/regexp-flag-wrapper',
} as const;

export interface PublisherFunctionProps {
  /** Handler entry, relative to the repo root (e.g. functions/ingest/handler.ts). */
  entry: string;
  /** What the function does, shown in the console. */
  description: string;
  timeout: Duration;
  memorySize?: number;
  logRetentionDays: number;
  /** At most this many concurrent executions (1 makes a stage never overlap itself). */
  reservedConcurrency?: number;
  environment?: Record<string, string>;
  /** Node.js/V8 flags added to NODE_OPTIONS after FUNCTION_NODE_OPTIONS (--enable-source-maps). */
  nodeOptions?: string[];
  /** Sources file (relative to the repo root) shipped inside the bundle, for stages that read sources. */
  sourcesFile?: string;
  /** Other files shipped beside the bundle: path inside the bundle → path relative to the repo root. */
  bundledFiles?: Record<string, string>;
  /** Worker-thread entries bundled beside the handler: file name inside the bundle → entry relative to the repo root. */
  workerEntries?: Record<string, string>;
  /**
   * The handler or a worker runs the extractors: the function starts node through REGEXP_FLAG_WRAPPER, with
   * `--no-regexp-tier-up` on its command line (a test checks this against what each function's bundles import).
   */
  runsExtractors?: boolean;
  /** Keep the log group when the stack is deleted (production: the logs are the record of what ran). */
  retainLogs?: boolean;
}

/** Key patterns (relative to the bucket) a function may read or write; `*` for any key. */
export interface BucketAccess {
  read: string[];
  write?: string[];
}

export class PublisherFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;
  /** The entries bundled (the handler's, then the workers'), relative to the repo root. */
  readonly entries: string[];

  constructor(scope: Construct, id: string, props: PublisherFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetentionDays as logs.RetentionDays, removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY });
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write only to its own log group.
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: props.description });
    this.role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    const sourcesFile = props.sourcesFile;
    this.entries = [props.entry, ...Object.values(props.workerEntries ?? {})];
    const wrapper: Record<string, string> = props.runsExtractors ? { AWS_LAMBDA_EXEC_WRAPPER: REGEXP_FLAG_WRAPPER.path } : {};
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}${props.entry}`,
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: { NODE_OPTIONS: [...FUNCTION_NODE_OPTIONS, ...(props.nodeOptions ?? [])].join(' '), ...(sourcesFile ? { [ENV.SOURCES_FILE]: BUNDLED_SOURCES } : {}), ...wrapper, ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        // Mappings only (why: infra/bundling.ts).
        sourcesContent: BUNDLE_SOURCES_CONTENT,
        banner: BUNDLE_BANNER,
        // The runtime's AWS SDK (why: infra/bundling.ts); stated here so no feature flag changes it.
        externalModules: BUNDLE_EXTERNALS,
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            // The handler again, over CDK's index.mjs, with the options the bench measures (CDK's esbuild run takes no plugins),
            // split: a module the handler loads on first use is a chunk beside index.mjs (infra/bundling.ts splitHandlerOptions).
            handlerBundleCommand(inputDir, `${inputDir}/${props.entry}`, `${outputDir}/index.mjs`),
            // The reviewed sources file travels with the code: a deploy is the only way it changes.
            ...(sourcesFile ? [`cp "${inputDir}/${sourcesFile}" "${outputDir}/${BUNDLED_SOURCES}"`] : []),
            ...Object.entries(props.bundledFiles ?? {}).map(([to, from]) => `mkdir -p "$(dirname "${outputDir}/${to}")" && cp "${inputDir}/${from}" "${outputDir}/${to}"`),
            // A worker thread loads its own module, so it is a second bundle beside the handler's, with the same settings
            // (and the extractors' test-only examples left out: infra/worker-bundle.ts).
            ...Object.entries(props.workerEntries ?? {}).map(([to, from]) => workerBundleCommand(inputDir, `${inputDir}/${from}`, `${outputDir}/${to}`)),
            // The exec wrapper, executable whatever mode the checkout gave the script.
            ...(props.runsExtractors ? [`cp "${inputDir}/${REGEXP_FLAG_WRAPPER.source}" "${outputDir}/${REGEXP_FLAG_WRAPPER.file}" && chmod 755 "${outputDir}/${REGEXP_FLAG_WRAPPER.file}"`] : []),
          ],
        },
      },
    });
  }

  /** Gives the function the table's name and item access to the table and its state index only. */
  bindTable(table: dynamodb.ITableV2, accessMode: 'RO' | 'RW'): this {
    this.fn.addEnvironment(ENV.TABLE_NAME, table.tableName);
    const read = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: accessMode === 'RO' ? read : [...read, ...write],
        resources: [table.tableArn, `${table.tableArn}/index/${TABLE_SHAPE.stateIndex.name}`],
      }),
    );
    return this;
  }

  /**
   * Gives the function the bucket's name and object access scoped by key prefix (ingest writes
   * raw/ only, publish writes datasets/ and the catalog only); nothing may delete.
   */
  bindBucket(bucket: s3.IBucket, access: BucketAccess): this {
    this.fn.addEnvironment(ENV.BUCKET_NAME, bucket.bucketName);
    this.role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    this.role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: access.read.map((p) => bucket.arnForObjects(p)) }));
    if (access.write?.length) {
      this.role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: access.write.map((p) => bucket.arnForObjects(p)) }));
    }
    const bucketId = Stack.of(this).getLogicalId(bucket.node.defaultChild as CfnElement);
    for (const pattern of new Set([...access.read, ...(access.write ?? [])]).values()) {
      if (!pattern.includes('*')) continue;
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${pattern}]`,
        reason: 'Object keys under this prefix are data-driven (raw/<source>/<yyyy>/<mm>/<release>/<sha256>, datasets/<id>/v<N>/...); the actions are exact and exclude delete.',
      });
    }
    return this;
  }

  /** Gives the function the topic's ARN and the right to publish to it. */
  bindTopic(topic: sns.ITopic): this {
    this.fn.addEnvironment(ENV.TOPIC_ARN, topic.topicArn);
    topic.grantPublish(this.role);
    return this;
  }

  /** Gives the function the normalize queue's URL and the right to send to it. */
  bindNormalizeQueue(queue: sqs.IQueue): this {
    this.fn.addEnvironment(ENV.NORMALIZE_QUEUE_URL, queue.queueUrl);
    queue.grantSendMessages(this.role);
    return this;
  }
}
