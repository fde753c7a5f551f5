/**
 * Speed round d: the keyword scan keeps one table of the first occurrences of the text asked about last (restored
 * from a kept scan when an earlier text is asked about again), FLOW_RE is tried only where its start words stand
 * (`nextMentionStart`), and currencyAfter finds the currency that matched by testing the names one by one after a
 * scan without groups. Each answers as the plain reading it stands for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywords, mentions, nextMentionStart, someMention } from '../../functions/core/extract/press-release/keywords.js';
import { currencyAfter } from '../../functions/core/extract/press-release/units.js';

/** Starts of the occurrences of `words` in `s` (ASCII letters compared without case), in text order. */
function naiveStarts(s: string, words: readonly string[]): number[] {
  const lower = s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const starts: number[] = [];
  for (let i = 0; i < lower.length; i++) if (words.some((w) => lower.startsWith(w, i))) starts.push(i);
  return starts;
}

describe('keyword scans asked about in turn', () => {
  const sets = [keywords(['ab', 'bc', 'abcd']), keywords(['c', 'da', 'b c']), keywords(['zz'])];
  const text = fc.array(fc.constantFrom(...'abcdABCD z'), { maxLength: 12 }).map((c) => c.join(''));

  it('answer for each text as a substring search does, however the questions alternate between texts', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.integer({ min: -1, max: 13 }), fc.integer({ min: 0, max: 14 })), { maxLength: 30 }), (texts, asks) => {
        for (const [t, k, from, to] of asks) {
          const s = texts[t % texts.length];
          const lower = s.replace(/[A-Z]/g, (c) => c.toLowerCase());
          const expected = sets[k].words.some((w) => {
            for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) if (i >= from && i + w.length <= to) return true;
            return false;
          });
          expect(mentions(s, sets[k], from, to)).toBe(expected);
        }
      }),
      { numRuns: 1500, seed: 20261204 },
    );
  });

  it('give the next start of a word at or after a place, and every occurrence in text order', () => {
    fc.assert(
      fc.property(text, text, fc.nat(2), fc.integer({ min: 0, max: 13 }), (s, other, k, from) => {
        const starts = naiveStarts(s, sets[k].words);
        mentions(other, sets[k]);
        expect(nextMentionStart(s, sets[k], from)).toBe(starts.find((i) => i >= from) ?? -1);
        const seen: number[] = [];
        someMention(s, sets[k], (start) => {
          seen.push(start);
          return false;
        });
        expect([...new Set(seen)].sort((x, y) => x - y)).toEqual(starts);
      }),
      { numRuns: 1500, seed: 20261205 },
    );
  });
});

describe('currency names after a number', () => {
  it('are the first name of the list that matches, at its own length', () => {
    expect(currencyAfter('5 Hong Kong dollars', 1)).toEqual({ unit: 'HKD', length: 18, bare: '' });
    expect(currencyAfter('5 dollars', 1)).toEqual({ unit: 'USD', length: 8, bare: '$' });
    expect(currencyAfter('5 billion CFA francs', 9)).toEqual({ unit: 'XOF', length: 11, bare: 'CFA franc' });
    expect(currencyAfter('5 Swiss francs', 1)).toEqual({ unit: 'CHF', length: 13, bare: '' });
    expect(currencyAfter('5 francs', 1)).toEqual({ unit: 'CHF', length: 7, bare: '' });
    expect(currencyAfter('5 Belarusian rubles', 1)).toEqual({ unit: 'BYN', length: 18, bare: '' });
    expect(currencyAfter('5 rubles', 1)).toEqual({ unit: 'RUB', length: 7, bare: '' });
    expect(currencyAfter('5 of yuan', 1)).toEqual({ unit: 'CNY', length: 8, bare: '' });
    expect(currencyAfter('5 tonnes', 1)).toBeNull();
  });
});
