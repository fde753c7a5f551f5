/**
 * The Lambda functions whose bundles run the extractors start node through the exec wrapper that puts
 * `--no-regexp-tier-up` on its command line (infra/lambda/regexp-flag-wrapper; Node refuses the flag in NODE_OPTIONS):
 * the stack's functions carry AWS_LAMBDA_EXEC_WRAPPER exactly when their bundles import the extractors, and the asset
 * CDK bundles carries the wrapper, executable, where the variable points.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Duration, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { handlerBuildOptions } from '../../infra/bundling.js';
import { PublisherFunction, REGEXP_FLAG_WRAPPER } from '../../infra/constructs/publisher-function.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'cp-wrapper-asset-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Whether the bundles of these entries (a handler and its workers) hold the extractors' regexp-engine module. */
async function runsExtractors(entries: string[]): Promise<boolean> {
  const result = await build({ ...handlerBuildOptions(), entryPoints: entries.map((e) => join(root, e)), outdir: '/bundles', write: false });
  return Object.keys(result.metafile.inputs).some((f) => f.endsWith('functions/core/extract/regexp-engine.ts'));
}

/** The environment variables of a function as synthesized. */
function environmentOf(template: Template, stack: Stack, fn: PublisherFunction): Record<string, unknown> {
  const resource = template.toJSON().Resources[stack.getLogicalId(fn.fn.node.defaultChild as CfnElement)];
  return resource.Properties.Environment.Variables;
}

describe('regexp flag exec wrapper on Lambda', () => {
  it('is named by AWS_LAMBDA_EXEC_WRAPPER in every function whose bundles import the extractors, and in no other', async () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
    const { stack } = buildApp(app);
    const template = Template.fromStack(stack);
    const functions = stack.node.findAll().filter((c): c is PublisherFunction => c instanceof PublisherFunction);
    expect(functions).toHaveLength(3);
    const extracting: string[] = [];
    for (const fn of functions) {
      const extracts = await runsExtractors(fn.entries);
      if (extracts) extracting.push(fn.node.id);
      expect(environmentOf(template, stack, fn).AWS_LAMBDA_EXEC_WRAPPER, fn.node.id).toBe(extracts ? REGEXP_FLAG_WRAPPER.path : undefined);
    }
    expect(extracting).toEqual(['Normalize']);
  }, 120_000);

  it('ships in the function asset, executable and unchanged, where the variable points', () => {
    // CDK's own bundling (the stack's afterBundling commands), for two small functions: one that runs the extractors.
    const app = new App({ outdir });
    const stack = new Stack(app, 'WrapperAsset');
    const common = { entry: 'functions/core/extract/regexp-engine.ts', description: 'test', timeout: Duration.seconds(10), logRetentionDays: 1 };
    const extracting = new PublisherFunction(stack, 'Extracting', { ...common, runsExtractors: true });
    const plain = new PublisherFunction(stack, 'Plain', common);
    app.synth();
    const template = Template.fromStack(stack);
    const assetOf = (fn: PublisherFunction) => {
      const resource = template.toJSON().Resources[stack.getLogicalId(fn.fn.node.defaultChild as CfnElement)];
      return join(outdir, `asset.${basename(resource.Properties.Code.S3Key, '.zip')}`);
    };

    const asset = assetOf(extracting);
    expect(readdirSync(asset)).toContain(REGEXP_FLAG_WRAPPER.file);
    const shipped = join(asset, REGEXP_FLAG_WRAPPER.file);
    // CDK zips a directory asset with each file's mode, so this is the mode Lambda finds in /var/task.
    expect(statSync(shipped).mode & 0o777).toBe(0o755);
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(join(root, REGEXP_FLAG_WRAPPER.source), 'utf8'));
    expect(REGEXP_FLAG_WRAPPER.path).toBe(`/var/task/${REGEXP_FLAG_WRAPPER.file}`);
    expect(environmentOf(template, stack, extracting).AWS_LAMBDA_EXEC_WRAPPER).toBe(REGEXP_FLAG_WRAPPER.path);

    expect(readdirSync(assetOf(plain))).not.toContain(REGEXP_FLAG_WRAPPER.file);
    expect(environmentOf(template, stack, plain).AWS_LAMBDA_EXEC_WRAPPER).toBeUndefined();
  }, 120_000);
});
