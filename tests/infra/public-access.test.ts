/**
 * Public, read-only access on the template: CloudFront reads the bucket through origin access
 * control and only the published keys (never raw/, the query layout, state or configuration),
 * security headers and cache rules, absolute links from the distribution, subscriptions open to
 * any account for SQS and Lambda only, and the Athena/Glue table over the Parquet query layout.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { ENV } from '../../functions/config/env.js';
import { OBSERVATION_COLUMNS } from '../../functions/core/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../functions/core/site/public-paths.js';
import { queryParquetKey } from '../../functions/core/publish/query-layout.js';

let template: Template;
type Statement = { Sid?: string; Effect: string; Principal: unknown; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  template = Template.fromStack(buildApp(app).stack);
}, 120_000);

const resources = (type: string) => Object.values(template.findResources(type));
const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
/** The key pattern after `<bucket arn>/` of a Fn::Join'd object ARN. */
const keyPattern = (resource: unknown) => {
  const parts = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
  return String(parts.at(-1)).replace(/^\//, '');
};
const globMatches = (pattern: string, key: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(key);

/** Every bucket-policy statement that lets CloudFront or anyone read objects. */
function readStatements(): Statement[] {
  return resources('AWS::S3::BucketPolicy')
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[])
    .filter((s) => s.Effect === 'Allow' && list(s.Action).some((a) => a === 's3:GetObject' || a === 's3:*'))
    .filter((s) => JSON.stringify(s.Principal).includes('cloudfront') || JSON.stringify(s.Principal).includes('"*"'));
}

describe('CloudFront in front of the private bucket', () => {
  it('reads the bucket through origin access control, not a public bucket or an identity', () => {
    const [distribution] = resources('AWS::CloudFront::Distribution');
    const [origin] = distribution.Properties.DistributionConfig.Origins;
    expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/OriginAccessControl/), 'Id'] });
    expect(origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', { OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' } });
  });

  it('may read published keys only: never raw releases, the query layout, state or configuration', () => {
    const statements = readStatements();
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement.Action).toBe('s3:GetObject');
    expect(JSON.stringify(statement.Condition)).toContain('AWS:SourceArn');
    const patterns = list(statement.Resource).map(keyPattern);
    const readable = (key: string) => patterns.some((p) => globMatches(p, key));
    for (const key of ['index.html', 'catalog.json', 'feed.atom', 'site/assets/app.0123456789ab.js', 'datasets/x/v3/observations.csv', 'datasets/x/latest.json', 'datasets/x/index.html']) expect(readable(key), key).toBe(true);
    for (const key of ['raw/source/2025/11/r/abc.html', 'config/sources.json', queryParquetKey('x', 3), 'state/anything', 'index.html.bak', 'catalog.json/x']) expect(readable(key), key).toBe(false);
  });

  it('sends a strict CSP, HSTS and nosniff with every response, compressed', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true }),
          ContentTypeOptions: { Override: true },
        }),
      }),
    });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const config = resources('AWS::CloudFront::Distribution')[0].Properties.DistributionConfig;
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.Compress).toBe(true);
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behavior.ResponseHeadersPolicyId).toBeDefined();
    }
  });

  it('caches immutable version files and hashed assets for a year, and latest, catalog, feeds and pages for a minute', () => {
    const config = resources('AWS::CloudFront::Distribution')[0].Properties.DistributionConfig;
    const policies = template.findResources('AWS::CloudFront::CachePolicy');
    const ttl = (ref: { Ref: string }) => policies[ref.Ref].Properties.CachePolicyConfig.DefaultTTL;
    const byPath = Object.fromEntries(config.CacheBehaviors.map((b: { PathPattern: string; CachePolicyId: { Ref: string } }) => [b.PathPattern, ttl(b.CachePolicyId)]));
    expect(byPath).toEqual({ 'datasets/*/v*/*': 31536000, 'site/assets/*': 31536000 });
    expect(ttl(config.DefaultCacheBehavior.CachePolicyId)).toBe(60);
    expect(globMatches('datasets/*/v*/*', 'datasets/x/latest/observations.csv')).toBe(false);
    expect(config.DefaultRootObject).toBe('index.html');
  });

  it('gives publish the distribution URL so every link in feeds, manifests, catalog and notifications is absolute', () => {
    const [publish] = resources('AWS::Lambda::Function').filter((f) => f.Properties.Environment?.Variables?.[ENV.TOPIC_ARN]);
    const base = JSON.stringify(publish.Properties.Environment.Variables[ENV.PUBLIC_BASE_URL]);
    expect(base).toContain('https://');
    expect(base).toMatch(/Distribution[A-Za-z0-9]*","DomainName"/);
    template.hasOutput('PublicBaseUrl', {});
  });
});

describe('subscriptions from any account', () => {
  it('lets anyone subscribe an SQS queue or a Lambda function, and nothing else', () => {
    const statements = resources('AWS::SNS::TopicPolicy').flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
    const open = statements.filter((s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('"*"'));
    expect(open).toHaveLength(1);
    expect(list(open[0].Action).sort()).toEqual(['sns:Receive', 'sns:Subscribe']);
    expect(open[0].Condition).toEqual({ StringEquals: { 'sns:Protocol': ['sqs', 'lambda'] } });
  });
});

describe('SQL with Athena', () => {
  it('defines the observations table over the Parquet query layout with partition projection', () => {
    const [table] = resources('AWS::Glue::Table');
    const input = table.Properties.TableInput;
    expect(input.PartitionKeys.map((k: { Name: string }) => k.Name)).toEqual(['dataset_id', 'version']);
    expect(input.StorageDescriptor.Columns.map((c: { Name: string }) => c.Name)).toEqual([...OBSERVATION_COLUMNS]);
    expect(input.StorageDescriptor.Columns.find((c: { Name: string }) => c.Name === 'value').Type).toBe('double');
    expect(input.Parameters['projection.enabled']).toBe('true');
    expect(input.Parameters['projection.dataset_id.type']).toBe('injected');
    const template_ = JSON.stringify(input.Parameters['storage.location.template']);
    expect(template_).toContain('/tables/observations/dataset_id=${dataset_id}/version=${version}/');
    expect(queryParquetKey('d', 7)).toBe('tables/observations/dataset_id=d/version=7/observations.parquet');
  });

  it('runs queries in a workgroup that enforces its result location and a scan limit', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({ EnforceWorkGroupConfiguration: true, BytesScannedCutoffPerQuery: 10737418240, ResultConfiguration: Match.objectLike({ EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } }) }),
    });
    template.hasResourceProperties('AWS::Glue::Database', { DatabaseInput: { Name: 'customs_publisher' } });
  });
});
