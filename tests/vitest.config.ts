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
    // The extractors turn V8's regexp tier-up off (functions/core/extract/regexp-engine.ts). Turned off at run time, after
    // the fork's own patterns ran in V8's interpreter, a pattern whose slot still holds the interpreter's trampoline can be
    // entered as native code from V8's runtime (its slow path) and jumps through a null root register: the rare SIGSEGV of
    // a fork (README, Tests; the core kept on 2026-12-07 stopped in NativeRegExpMacroAssembler::Execute at
    // `jmp *0x2e78(%r13)`, r13 = 0). Set when the fork starts, the flag never changes under a compiled pattern.
    execArgv: ['--no-regexp-tier-up'],
    fileParallelism: false,
    reporters: ['default'],
    // A fork that dies without reporting says how (README, Tests: the publish-pipeline flake); quiet otherwise.
    globalSetup: ['tests/support/fork-exit-parent.ts'],
    setupFiles: ['tests/support/fork-exit-child.ts'],
  },
});
