/**
 * The readers' shortcuts answer exactly what the expressions they replace would: a union of gates
 * matches a text exactly when one of its gates does (each keeping its own flags), and the character
 * tests agree with `\s` and `\d` on every UTF-16 code unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../functions/core/extract/press-release/gates.js';
import { mayStartWordNumber, WORD_NUMBER_START } from '../../functions/core/extract/press-release/numbers.js';
import { findPlaces, forgetPlaceNames } from '../../functions/core/extract/press-release/geography.js';
import { NON_FIGURE_RULES } from '../../functions/core/extract/press-release/nonfigures.js';
import { DIGIT_GATES, digitFacts } from '../../functions/core/extract/press-release/periods.js';
import { anyCharOf, asciiLowerCase, isAsciiLetter, isDigitAt, isLowerAscii, isSpace, isUpperAscii, isWordChars, spaceBefore } from '../../functions/core/extract/press-release/chars.js';

const GATES = [/Jan|Feb|Mar/, /month/i, /\bsince\b/i, /(?<![A-Za-z])two(?![A-Za-z])/i, /\d[-/:]\d/, /^Q\d$/m, /a.b/s, /H[12]|[12]H/];
const PIECES = ['Jan', 'jan', 'MONTH', 'month', 'since', 'Since', 'sinced', 'two', 'Two', 'network', '3-4', '3/4', 'Q1', '\nQ2\n', 'a\nb', 'axb', 'H1', '1h', ' ', ',', 'x'];

describe('anyOf', () => {
  it('matches exactly when one of its gates matches, each with its own flags', () => {
    const union = anyOf(GATES);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''))), (text) => {
        expect(union.test(text)).toBe(GATES.some((g) => g.test(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps case-sensitive gates case-sensitive', () => {
    expect(anyOf([/Jan/, /month/i]).test('jan')).toBe(false);
    expect(anyOf([/Jan/, /month/i]).test('MONTH')).toBe(true);
  });
});

describe('character tests', () => {
  it('isSpace agrees with \\s and isDigitAt with \\d on every code unit', () => {
    const disagreeing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch) || isDigitAt(ch, 0) !== /\d/.test(ch)) disagreeing.push(c);
    }
    expect(disagreeing).toEqual([]);
    expect(isDigitAt('7', 1)).toBe(false);
    expect(isDigitAt('7', -1)).toBe(false);
  });
});

describe('character shortcuts for anchored expressions', () => {
  it('the ASCII class tests agree with [A-Za-z], [a-z], [A-Z] and \\w on every code unit', () => {
    const disagreeing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const same = isAsciiLetter(c) === /[A-Za-z]/.test(ch) && isLowerAscii(c) === /[a-z]/.test(ch) && isUpperAscii(c) === /[A-Z]/.test(ch) && isWordChars(`ab${ch}`, 2) === /^\w$/.test(ch);
      if (!same) disagreeing.push(c);
    }
    expect(disagreeing).toEqual([]);
    expect(isWordChars('contributed', 9)).toBe(true);
    expect(isWordChars('contribut-ed', 9)).toBe(false);
  });

  it('anyCharOf and spaceBefore say what their expressions would', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: -2, max: 14 }), fc.integer({ min: 0, max: 5 }), (text, from, count) => {
        const window = text.slice(Math.max(0, from), Math.max(0, from + count));
        expect(anyCharOf(text, from, count, '%pP')).toBe(from + count > 0 && /[%pP]/.test(window));
        const at = Math.min(Math.max(from, 0), text.length);
        expect(spaceBefore(text, at)).toBe(/\s$/.test(text.slice(0, at)));
      }),
      { numRuns: 3000 },
    );
  });

  it('a word list keyed by asciiLowerCase answers as a case-insensitive whole-word expression', () => {
    const words = new Set(['rose', 'of', 'march']);
    const pattern = /^(?:rose|of|march)$/i;
    const pieces = ['r', 'R', 'o', 'O', 's', 'e', 'E', 'f', 'F', 'm', 'a', 'rch', 'RCH', '\u212a', '\u017f', '\u0130', 'é', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')), (w) => {
        const lower = asciiLowerCase(w);
        expect(lower !== null && words.has(lower)).toBe(pattern.test(w));
      }),
      { numRuns: 3000 },
    );
    expect(asciiLowerCase('MARCH')).toBe('march');
    expect(asciiLowerCase('Ma\u212ach')).toBeNull();
  });
});

describe('spelled-out number start', () => {
  it('answers as WORD_NUMBER_START does', () => {
    const pieces = ['one', 'ONE', 'seven', 'seventeen', 'half', 'a', 'A', ' ', '-', '1', 'x', 'million', 'Billion', 'thousands', 'done', 'é', ',', 'an', 'ten', 'often'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), (s) => {
        expect(mayStartWordNumber(s)).toBe(WORD_NUMBER_START.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('place roles read once for any country', () => {
  it('a sentence read first without a country gets the same places as one read with it', () => {
    const pieces = ["China's", ' China', ' Kazakhstan', "Kazakhstan's", ' Russia', ' Chinese', ' the EU', ' Kenya', ' Horgos Port', ' Xinjiang', ' trade with', ' between', ' and', ' imports into', ' exports from', ' in', ' of', ' followed by', ' largest trading partner', ' foreign trade', ' exports', ', ', ' 5%', ' rose'];
    const countries = ['', 'China', 'Kazakhstan', 'Kenya', 'Russia'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }).map((p) => p.join('')), fc.constantFrom(...countries), fc.constantFrom(...countries), (s, country, area) => {
        forgetPlaceNames();
        const fresh = findPlaces(s, area || country, country);
        forgetPlaceNames();
        findPlaces(s, '');
        expect(findPlaces(s, area || country, country)).toEqual(fresh);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('gates answered from where their words are', () => {
  it('give the answer of the expression they stand for', () => {
    const rules = NON_FIGURE_RULES.filter((rule) => rule.gateFromWords);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const words = [...(rule.gateWords ?? []), 'a', 'A', 'an', 'Per', 'TONS', 'percent', 'tonnes', 'costly'];
      const pieces = [...words, ' ', ' ', '  ', '\t', '-', '_', '5', ',', 's', 'x', 'é'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), (s) => {
          expect(rule.gateFromWords!(s)).toBe(rule.gate.test(s));
        }),
        { numRuns: 4000 },
      );
    }
  });
});

describe('period gates made of digits', () => {
  it('answer from one pass over the characters as their expressions would', () => {
    const pieces = ['1', '20', '2024', '7', '3', '15', '-', '–', '/', ':', 'to', 'through', 'and', ' to ', ' - ', ' and ', 'To', 'tho', 'year', 'YEAR', 'Q', 'H', 'q', '1Q', 'Q3', 'H1', '2H', "'", '’', '_', 'x', 'Ab', 'Sep', 'T', ' ', '  ', '\u00a0', '\u2003', '\n', ',', '.', '2025', '19', 'st', 'th', 'M', '2025-26', '2019/ 20'];
    expect(DIGIT_GATES.size).toBeGreaterThanOrEqual(12);
    const opened = new Map<RegExp, number>();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), (text) => {
        const facts = digitFacts(text);
        for (const [gate, answer] of DIGIT_GATES) {
          const expected = gate.test(text);
          if (expected) opened.set(gate, (opened.get(gate) ?? 0) + 1);
          expect(answer(facts, text), `${gate} on ${JSON.stringify(text)}`).toBe(expected);
        }
      }),
      { numRuns: 20000, seed: 20261202 },
    );
    // Worth something only when each gate does open on some of the texts (and stays shut on others).
    for (const gate of DIGIT_GATES.keys()) expect(opened.get(gate) ?? 0, String(gate)).toBeGreaterThan(50);
    for (const gate of DIGIT_GATES.keys()) expect(opened.get(gate) ?? 0, String(gate)).toBeLessThan(19900);
  });
});
