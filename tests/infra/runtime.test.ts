/**
 * Local runs and tests use the Lambda runtime's Node.js major: package.json pins the `node`
 * package, npm scripts put its `node_modules/.bin/node` first on PATH, and these tests fail when
 * the pin, the runtime in the stack, or the Node actually running them drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAMBDA_RUNTIME } from '../../infra/constructs/publisher-function.js';
import { BUNDLE_TARGET } from '../../infra/bundling.js';

const major = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);
const lambdaMajor = Number(/^nodejs(\d+)\.x$/.exec(LAMBDA_RUNTIME.name)?.[1]);
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };

describe('Node.js version', () => {
  it('the stack deploys a Node.js runtime with a version number, and bundles for that major', () => {
    expect(LAMBDA_RUNTIME.name).toMatch(/^nodejs\d+\.x$/);
    expect(BUNDLE_TARGET).toBe(`node${lambdaMajor}`);
  });

  it('package.json pins the node package exactly, at the Lambda runtime major', () => {
    expect(packageJson.devDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(major(packageJson.devDependencies.node)).toBe(lambdaMajor);
  });

  it('the tests run on the pinned node, not on whatever Node the machine has', () => {
    expect(process.version).toBe(`v${packageJson.devDependencies.node}`);
    expect(major(process.version)).toBe(lambdaMajor);
  });
});
