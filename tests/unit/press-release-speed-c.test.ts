/**
 * Gates of the place reader (geography.ts) only skip expressions that cannot match. A tail gate tests the last word
 * before a place (tailWord: ASCII letters in lower case, a trailing "the" skipped) against a set of words before the
 * expression on those words runs: every match of the expression must end with one of them. Checked on text built from
 * each expression's own vocabulary, where matches are frequent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOC_PREFIX_BEFORE, blocPrefixAt, declaredTailGates, tailWord } from '../../functions/core/extract/press-release/geography.js';

describe('tail gates of the place roles', () => {
  const gates = declaredTailGates().flatMap(({ tails, gated }) => gated.map((pattern) => ({ tails, pattern: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) })));
  const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '', ', ', '-', '(', "'s "];
  // Words an expression writes in pieces ("arriv(?:ed|ing)", "c(?:ame|oming)"), whole.
  const WHOLE_WORDS = ['arrived', 'arriving', 'came', 'coming', 'returned', 'returning', 'towards', 'westward'];

  it('declares the gates', () => {
    expect(gates.length).toBeGreaterThanOrEqual(6);
  });

  it('reads the last word, past a trailing "the"', () => {
    expect(tailWord('trains arrived from the ')).toBe('from');
    expect(tailWord('goods went north INTO ')).toBe('into');
    expect(tailWord('out of')).toBe('of');
    expect(tailWord('re-entered ')).toBe('entered');
    expect(tailWord('5 ')).toBe('');
  });

  it('every match of a gated expression ends with one of its tail words', () => {
    let matched = 0;
    for (const { tails, pattern } of gates) {
      const literal = pattern.source.replace(/\\[A-Za-z]/g, ' ').match(/[A-Za-z]+/g) ?? [];
      const words = [...literal, ...WHOLE_WORDS];
      const vocabulary = [...new Set([...words, ...tails, 'the', 'The', 'X', '12'])];
      // Runs of the expression's words in their own order ("arrived from the"): phrases it needs whole come up as often as words.
      const run = fc.tuple(fc.nat(words.length - 1), fc.integer({ min: 2, max: 4 })).map(([i, n]) => words.slice(i, i + n).join(' '));
      const token = fc.oneof(fc.constantFrom(...vocabulary).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1))), run);
      const text = fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));
      let hits = 0;
      fc.assert(
        fc.property(text, (before) => {
          if (!pattern.test(before)) return;
          hits++;
          expect(tails.has(tailWord(before)), `${pattern} matched "${before}", whose last word "${tailWord(before)}" is not one of its tails`).toBe(true);
        }),
        { numRuns: 3000, seed: 20261204 },
      );
      if (hits > 0) matched++;
    }
    // Worth something only when the texts do match: every expression must have matched some.
    expect(matched).toBe(gates.length);
  });
});

describe('the bloc prefix before a hyphen', () => {
  it('is found where BLOC_PREFIX_BEFORE finds it on the six characters before the hyphen', () => {
    const pieces = ['extra', 'intra', 'EXTRA', 'Intra', 'xtra', 'ntra', 'e', 'a', '-', '_', '1', ' ', '(', 'é', '\u0130ntra', 'K', '\u212a'];
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')), (s) => {
        for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
          const expected = BLOC_PREFIX_BEFORE.test(s.slice(Math.max(0, i - 6), i + 1));
          if (expected) found++;
          expect(blocPrefixAt(s, i), `"${s}" at ${i}`).toBe(expected);
        }
      }),
      { numRuns: 4000, seed: 20261204 },
    );
    expect(found).toBeGreaterThan(30);
  });
});
