/**
 * A release reads the same whatever was read before it: the extractor keeps no state between releases, and the
 * regular-expression engine's tiers (functions/core/extract/regexp-engine.ts) must not make one. The reading runs
 * in a fresh Node.js process (tests/support/reading-order.ts), as the CLI and the normalize worker run, because a
 * test runner's module loading changes which patterns V8 moves between tiers and when.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPT = new URL('../support/reading-order.ts', import.meta.url).pathname;

describe('reading order', () => {
  it('gives a bulletin the same rows read alone and after eighteen commodity notes', () => {
    const reading = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });
    const alone = reading();
    expect(alone).toContain('"yoy_pct":-11.3');
    expect(reading('after-notes')).toBe(alone);
  }, 60_000);
});
