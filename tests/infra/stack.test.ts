/** CDK template assertions, and cdk-nag's AwsSolutions pack running over the stack without crashing. */
import { spawnSync } from 'node:child_process';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { StageConfig } from '../../infra/config.js';
import { ENV } from '../../functions/config/env.js';
import { PUBLISH_ENVIRONMENT, PUBLISH_NODE_OPTIONS } from '../../infra/node-options.js';

let template: Template;

beforeAll(() => {
  // Skip esbuild bundling: these tests read the template only.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  const { stack } = buildApp(app);
  template = Template.fromStack(stack);
});

describe('publisher stack', () => {
  it('runs every function on arm64 with a current Node.js runtime and bounded log retention', () => {
    const functions = template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } });
    expect(Object.keys(functions)).toHaveLength(3);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
    }
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });

  it('gives each function its resources through the shared environment variable names', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }));
    const envs = functions.map((f) => Object.keys(f.Properties.Environment.Variables));
    for (const env of envs) expect(env).toEqual(expect.arrayContaining([ENV.TABLE_NAME, ENV.BUCKET_NAME]));
    expect(envs.filter((e) => e.includes(ENV.TOPIC_ARN))).toHaveLength(1);
    // Ingest hands releases to normalize; normalize hands on a release too large for one invocation.
    expect(envs.filter((e) => e.includes(ENV.NORMALIZE_QUEUE_URL))).toHaveLength(2);
    // Every stage reads the reviewed sources file shipped in its bundle, never a bucket key in AWS.
    for (const env of envs) expect(env).toContain(ENV.SOURCES_FILE);
  });

  it('runs publish with the young-generation cap the publish bench measures, and source maps everywhere', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }));
    const options = functions.map((f) => f.Properties.Environment.Variables.NODE_OPTIONS as string);
    for (const o of options) expect(o.split(' ')).toContain('--enable-source-maps');
    // Only the function with the topic (publish) carries the publish flags.
    const publish = functions.find((f) => ENV.TOPIC_ARN in f.Properties.Environment.Variables)!;
    expect(publish.Properties.Environment.Variables.NODE_OPTIONS.split(' ')).toEqual(expect.arrayContaining(PUBLISH_NODE_OPTIONS));
    expect(options.filter((o) => PUBLISH_NODE_OPTIONS.every((flag) => o.includes(flag)))).toHaveLength(1);
    // And with the malloc arenas the bench's children run with.
    expect(publish.Properties.Environment.Variables).toMatchObject(PUBLISH_ENVIRONMENT);
    expect(PUBLISH_ENVIRONMENT).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('gives publish only Node.js flags that NODE_OPTIONS accepts (Node.js refuses to start on others)', () => {
    const started = spawnSync(process.execPath, ['-e', 'process.stdout.write("started")'], { env: { ...process.env, NODE_OPTIONS: ['--enable-source-maps', ...PUBLISH_NODE_OPTIONS].join(' ') }, encoding: 'utf8' });
    expect(started.stderr).toBe('');
    expect(started.stdout).toBe('started');
  });

  it('blocks public access to every bucket and requires TLS', () => {
    template.allResourcesProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect(JSON.stringify(policy)).toContain('aws:SecureTransport');
  });

  it('creates the table with the key shape the adapters use and point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' })],
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('schedules ingest and publish with few retries and a dead-letter queue', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(2);
    for (const s of schedules) {
      expect(s.Properties.Target.RetryPolicy.MaximumRetryAttempts).toBe(2);
      expect(s.Properties.Target.DeadLetterConfig.Arn).toBeDefined();
      expect(s.Properties.FlexibleTimeWindow.Mode).toBe('FLEXIBLE');
    }
  });

  it('feeds normalize from SQS with partial batch failures and a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'] });
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }) });
  });

  it('never lets ingest or publish overlap themselves', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }));
    expect(functions.filter((f) => f.Properties.ReservedConcurrentExecutions === 1)).toHaveLength(2);
  });
});

describe('stage config', () => {
  it('rejects an invalid schedule with the field name', () => {
    const parsed = StageConfig.safeParse({ stage: 'dev', ingestSchedule: 'every hour' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['ingestSchedule']);
  });
});
