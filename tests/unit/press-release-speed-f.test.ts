/**
 * Two cheap tests stand in front of whole-text expressions, and skipping is exact only when every text the expression
 * matches passes the test. Checked on texts built from each expression's own pieces (page numbers, dashes, "Page 1 of 2",
 * indents, line breaks of every kind; local month names in any case, letters glued on either side), where matches are frequent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankPageFurniture, mayHavePageNumbers, pageNumberPatterns } from '../../functions/core/extract/press-release/pdf-copy.js';
import { englishMonthNames, localMonthGates } from '../../functions/core/extract/press-release/month-names.js';

const PAGE_PIECES = ['— 2 —', '- 1 -', '–3–', 'Page 1 of 2', 'page 4', 'PAGE 7 OF 9', '1 of 2', '12', '7', 'x', 'Customs Office', '·', '  ', ' ', '\t', '            ', '.', 'tonnes', '2026'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', ' ', ''];

const pageTexts = fc
  .array(fc.tuple(fc.constantFrom(...PAGE_PIECES), fc.constantFrom(...LINE_ENDS)), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([piece, end]) => piece + end).join(''));

describe('page numbers: the line-end test before the two expressions', () => {
  it('passes every text either expression matches', () => {
    const patterns = pageNumberPatterns();
    fc.assert(
      fc.property(pageTexts, (text) => {
        if (patterns.some((p) => p.test(text))) expect(mayHavePageNumbers(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets a text whose lines end in words and stops through unread, and still blanks a page number', () => {
    expect(mayHavePageNumbers('Exports rose 4.1 percent.\n\nImports fell in June 2026.')).toBe(false);
    expect(mayHavePageNumbers('Exports rose 4.1 percent.\n— 2 —\nImports fell.')).toBe(true);
    expect(mayHavePageNumbers('Exports rose by 12 \t')).toBe(true);
    const page = 'Exports of the first half rose 4.1 percent to 12.5 billion yuan,\n                 — 2 —\nup from a year earlier.';
    expect(blankPageFurniture(page)).not.toContain('2 —');
  });
});

const MONTH_PIECES = ['septiembre', 'Septembre', 'MARS', 'mai', 'août', 'aout', 'março', 'Dezembro', 'enero', 'ſeptiembre', 'remained', 'x', 'é', '2026', '14', '-', '–', ' ', ''];

describe('local month names: the look-ahead-only gate before the look-behind expression', () => {
  it('passes every text the expression matches', () => {
    const { gate, pattern } = localMonthGates();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MONTH_PIECES), { minLength: 1, maxLength: 8 }).map((xs) => xs.join('')), (text) => {
        if (pattern.test(text)) expect(gate.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('still writes a local month over in English', () => {
    expect(englishMonthNames('exports in septiembre 2026 rose')).toBe('exports in September  2026 rose');
  });
});
