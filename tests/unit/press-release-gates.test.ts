/**
 * The readers' shortcuts answer exactly what the expressions they replace would: a union of gates
 * matches a text exactly when one of its gates does (each keeping its own flags), and the character
 * tests agree with `\s` and `\d` on every UTF-16 code unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../functions/core/extract/press-release/gates.js';
import { isDigitAt, isSpace } from '../../functions/core/extract/press-release/chars.js';

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
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(c)).toBe(/\s/.test(ch));
      expect(isDigitAt(ch, 0)).toBe(/\d/.test(ch));
    }
    expect(isDigitAt('7', 1)).toBe(false);
    expect(isDigitAt('7', -1)).toBe(false);
  });
});
