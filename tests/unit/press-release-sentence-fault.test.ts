/**
 * A fault in one rule (a loop that overflows the stack, a bad index) costs the sentence it struck, with a warning, and not
 * the release: the other sentences' figures are kept. The fault is injected into the sentence reader; the texts are our own.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

vi.mock('../../functions/core/extract/press-release/assemble.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../functions/core/extract/press-release/assemble.js')>();
  return {
    ...actual,
    readSentence: (...args: Parameters<typeof actual.readSentence>) => {
      if (args[0].text.includes('Kunming')) throw new RangeError('Maximum call stack size exceeded');
      return actual.readSentence(...args);
    },
  };
});

const ctx = { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published: '2026-04-18' };

describe('a sentence whose reading fails', () => {
  it('is left out with a warning naming it, and the other figures are kept', () => {
    const text =
      "Yunnan's exports rose 6.1 percent to 61.2 billion yuan in the first quarter, the province's customs said. Kunming handled 30.4 billion yuan of the total. Imports fell 3.3 percent to 38.9 billion yuan.";
    const outcome = extractPressRelease(text, ctx, {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows.map((r) => r.value)).toEqual(expect.arrayContaining([61.2e9, 38.9e9]));
    expect(outcome.rows.some((r) => r.value === 30.4e9)).toBe(false);
    expect(outcome.warnings.join('\n')).toMatch(/could not be read.*Kunming handled.*Maximum call stack/);
  });
  it('leaves a release with no other sentence ok, with no rows and the warning', () => {
    const outcome = extractPressRelease('Kunming handled 30.4 billion yuan of trade in March.', ctx, {});
    expect(outcome.ok && outcome.rows.length === 0 && outcome.warnings.some((w) => w.includes('could not be read'))).toBe(true);
  });
});
