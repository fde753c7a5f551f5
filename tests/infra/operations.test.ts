/**
 * Operations guarantees in the template (issue 14, items 6, 10, 11): alarms for every quiet
 * failure to an operations topic, failure destinations for scheduled runs, a dashboard, the
 * timeout/lease/visibility relations, prefix-scoped S3 access, and what production keeps.
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { INGEST_TIMEOUT, NORMALIZE_TIMEOUT, NORMALIZE_VISIBILITY_TIMEOUT, PUBLISH_TIMEOUT } from '../../infra/publisher-stack.js';
import { DEFAULT_LEASE_MS } from '../../functions/core/publish/publish-dataset.js';
import { PUBLIC_KEY_PATTERNS } from '../../functions/core/site/public-paths.js';
import { PUBLISH_METRICS_NAMESPACE } from '../../functions/core/publish/dataset-health.js';

function synth(stages?: Record<string, unknown>, stage?: string): Template {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true, ...(stages ? { stages, stage } : {}) } });
  return Template.fromStack(buildApp(app).stack);
}

let template: Template;
beforeAll(() => {
  template = synth();
});

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };
const resources = (type: string): Array<[string, Resource]> => Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, r]) => r.Type === type);
const logicalIdOf = (prefix: string, type: string) => resources(type).find(([id]) => id.startsWith(prefix))![0];
const functionId = (name: string) => resources('AWS::Lambda::Function').find(([id]) => id.startsWith(`${name}Function`))![0];

describe('timeouts, leases and visibility', () => {
  it('publish times out before its version lease ends, so a live publisher is never taken over', () => {
    const [, publish] = resources('AWS::Lambda::Function').find(([id]) => id === functionId('Publish'))!;
    expect(publish.Properties.Timeout).toBe(PUBLISH_TIMEOUT.toSeconds());
    expect(publish.Properties.Timeout * 1000).toBeLessThan(DEFAULT_LEASE_MS);
  });

  it('the normalize queue hides a message for at least six normalize timeouts (Lambda recommendation)', () => {
    const [, queue] = resources('AWS::SQS::Queue').find(([, q]) => q.Properties.RedrivePolicy)!;
    const [, normalize] = resources('AWS::Lambda::Function').find(([id]) => id === functionId('Normalize'))!;
    expect(queue.Properties.VisibilityTimeout).toBe(NORMALIZE_VISIBILITY_TIMEOUT.toSeconds());
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * normalize.Properties.Timeout);
    expect(normalize.Properties.Timeout).toBe(NORMALIZE_TIMEOUT.toSeconds());
  });

  it('an ingest run ends well before the next hourly run starts', () => {
    expect(INGEST_TIMEOUT.toMinutes()).toBeLessThan(60);
  });
});

describe('alarms and failure destinations', () => {
  it('alarms on every dead-letter queue, and on errors, throttles and near-timeouts of every function, to the operations topic', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const topic = logicalIdOf('OperationsAlarms', 'AWS::SNS::Topic');
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    const byMetric = (name: string) => alarms.filter((a) => a.MetricName === name);
    expect(byMetric('ApproximateNumberOfMessagesVisible')).toHaveLength(3);
    expect(byMetric('Errors')).toHaveLength(3);
    expect(byMetric('Throttles')).toHaveLength(3);
    const durations = byMetric('Duration');
    expect(durations.map((a) => a.Threshold).sort((a, b) => a - b)).toEqual([NORMALIZE_TIMEOUT, INGEST_TIMEOUT, PUBLISH_TIMEOUT].map((t) => t.toMilliseconds() * 0.9));
    expect(byMetric('SourceDelayed')).toEqual([expect.objectContaining({ Namespace: 'CustomsPublisher/Ingest', Threshold: 1, Statistic: 'Maximum' })]);
    for (const alarm of alarms) expect(alarm.AlarmDescription).toBeTruthy();
  });

  it('sends a scheduled run that fails inside the function to a queue (watched by an alarm) instead of dropping it', () => {
    const configs = resources('AWS::Lambda::EventInvokeConfig').map(([, c]) => c.Properties);
    expect(configs.map((c) => c.FunctionName.Ref).sort()).toEqual([functionId('Ingest'), functionId('Publish')].sort());
    for (const c of configs) expect(c.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][1]).toBe('Arn');
  });

  it('has a dashboard', () => {
    expect(resources('AWS::CloudWatch::Dashboard')).toHaveLength(1);
  });

  it('alarms on rows held back for review and on a latest version older than its rhythm allows, from the metrics publish logs', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const topic = logicalIdOf('OperationsAlarms', 'AWS::SNS::Topic');
    for (const metricName of ['HeldBackRows', 'LatestOverdue']) {
      const matching = alarms.filter((a) => a.MetricName === metricName);
      // One alarm over every dataset (the metric without a dimension), firing on any value above 0.
      expect(matching).toEqual([expect.objectContaining({ Namespace: PUBLISH_METRICS_NAMESPACE, Statistic: 'Maximum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'ignore', AlarmActions: [{ Ref: topic }] })]);
      expect(matching[0].Dimensions).toBeUndefined();
      // At least one publish run (every 15 minutes by default) falls in each period.
      expect(matching[0].Period).toBeGreaterThanOrEqual(15 * 60);
    }
    const dashboard = JSON.stringify(resources('AWS::CloudWatch::Dashboard')[0][1].Properties.DashboardBody);
    for (const metricName of ['HeldBackRows', 'LatestAgeHours', 'LatestOverdue']) expect(dashboard).toContain(metricName);
  });
});

describe('S3 access by prefix', () => {
  /** The S3 object actions a function's role allows, per resource pattern. */
  function s3Grants(name: string): Record<string, string[]> {
    const role = resources('AWS::IAM::Role').find(([id]) => id.startsWith(`${name}Role`))![0];
    const policy = resources('AWS::IAM::Policy').find(([, p]) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))![1];
    const grants: Record<string, string[]> = {};
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      const actions: string[] = [statement.Action].flat().filter((a: string) => a.startsWith('s3:') && a !== 's3:ListBucket');
      for (const resource of [statement.Resource].flat()) {
        const join = resource['Fn::Join'];
        if (!join || actions.length === 0) continue;
        const key = join[1].slice(1).join('').replace(/^\//, '');
        grants[key] = [...(grants[key] ?? []), ...actions];
      }
    }
    return grants;
  }

  it('ingest writes raw/ only; normalize reads raw/ only; publish writes only what the public may read (never raw/)', () => {
    expect(s3Grants('Ingest')).toEqual({ 'raw/*': ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'] });
    expect(s3Grants('Normalize')).toEqual({ 'raw/*': ['s3:GetObject'] });
    const publish = s3Grants('Publish');
    expect(Object.keys(publish).sort()).toEqual([...PUBLIC_KEY_PATTERNS].sort());
    expect(JSON.stringify(publish)).not.toContain('raw/');
  });

  it('no role may delete an object', () => {
    expect(JSON.stringify(resources('AWS::IAM::Policy'))).not.toMatch(/s3:Delete/);
  });
});

describe('what production keeps', () => {
  it('denies deleting raw releases and dataset versions to everyone, keeps logs and dead letters', () => {
    const policy = JSON.stringify(resources('AWS::S3::BucketPolicy'));
    expect(policy).toContain('ProtectArchiveAndVersions');
    expect(policy).toMatch(/"Effect":"Deny".*?s3:DeleteObject.*?raw\/\*/);
    expect(policy).toContain('/datasets/*/v*/*');
    for (const [, group] of resources('AWS::Logs::LogGroup')) expect(group.DeletionPolicy).toBe('Retain');
    const deadLetters = resources('AWS::SQS::Queue').filter(([id]) => /DeadLetters/.test(id));
    expect(deadLetters).toHaveLength(3);
    for (const [, q] of deadLetters) expect(q.DeletionPolicy).toBe('Retain');
  });

  it('locks every object version of a new data bucket when the stage asks for Object Lock, and not otherwise', () => {
    const dataBucket = (t: Template) => Object.entries(t.findResources('AWS::S3::Bucket')).find(([id]) => id.startsWith('DataBucket'))![1].Properties;
    expect(dataBucket(template)).not.toHaveProperty('ObjectLockEnabled');
    const locked = synth({ archive: { retainData: true, objectLock: { mode: 'COMPLIANCE', retentionDays: 3650 } } }, 'archive');
    expect(dataBucket(locked)).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } } },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    const governance = synth({ archive: { retainData: true, objectLock: { retentionDays: 30 } } }, 'archive');
    expect(dataBucket(governance).ObjectLockConfiguration.Rule.DefaultRetention).toEqual({ Mode: 'GOVERNANCE', Days: 30 });
  });

  it('refuses Object Lock on a stage that deletes its data with the stack', () => {
    expect(() => synth({ scratch: { retainData: false, objectLock: { retentionDays: 30 } } }, 'scratch')).toThrow(/invalid stage config "scratch": objectLock: objectLock needs retainData: true/);
  });

  it('a throwaway stage (retainData false) keeps nothing and has no deny statement', () => {
    const dev = synth({ scratch: { retainData: false } }, 'scratch');
    expect(JSON.stringify(dev.findResources('AWS::S3::BucketPolicy'))).not.toContain('ProtectArchiveAndVersions');
    for (const group of Object.values(dev.findResources('AWS::Logs::LogGroup'))) expect(group.DeletionPolicy).toBe('Delete');
  });
});
