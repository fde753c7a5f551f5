import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The test forks start with V8's regexp tier-up off (tests/vitest.config.ts), so the extractors' setFlagsFromString never
// changes the flag under patterns already compiled (README, Tests: the fork that died of SIGSEGV in V8's regexp code).
describe('test forks', () => {
  it('start with --no-regexp-tier-up on their command line', () => {
    expect(process.execArgv).toContain('--no-regexp-tier-up');
  });
});

// regexp-engine.ts sets the flag at run time only in a process whose command line lacks it.
describe('regexp-engine', () => {
  const engine = fileURLToPath(new URL('../../functions/core/extract/regexp-engine.ts', import.meta.url));
  // Records each call of v8.setFlagsFromString made while the module loads, then prints them.
  const script = `
    import { createRequire, syncBuiltinESMExports } from 'node:module';
    const v8 = createRequire(import.meta.url)('node:v8');
    const calls = [];
    const set = v8.setFlagsFromString;
    v8.setFlagsFromString = (flags) => { calls.push(flags); set(flags); };
    syncBuiltinESMExports();
    await import(${JSON.stringify(engine)});
    process.stdout.write(JSON.stringify(calls));`;
  const calls = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];

  it('leaves the flag alone in a process started with it', () => {
    expect(calls(['--no-regexp-tier-up'])).toEqual([]);
  });

  it('sets it in a process started without it', () => {
    expect(calls([])).toEqual(['--no-regexp-tier-up']);
  });
});
