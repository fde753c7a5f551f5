import { describe, expect, it } from 'vitest';

// The test forks start with V8's regexp tier-up off (tests/vitest.config.ts), so the extractors' setFlagsFromString never
// changes the flag under patterns already compiled (README, Tests: the fork that died of SIGSEGV in V8's regexp code).
describe('test forks', () => {
  it('start with --no-regexp-tier-up on their command line', () => {
    expect(process.execArgv).toContain('--no-regexp-tier-up');
  });
});
