import { defineConfig } from 'vitest/config';

// Unit, integration and infra tests in one run. Integration tests start real local services
// (DynamoDB Local, fauxqs for S3, SNS and SQS) in their own setup, so they run in forks, one file at a time.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default'],
    // A fork that dies without reporting says how (README, Tests: the publish-pipeline flake); quiet otherwise.
    globalSetup: ['tests/support/fork-exit-parent.ts'],
    setupFiles: ['tests/support/fork-exit-child.ts'],
  },
});
