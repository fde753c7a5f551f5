/**
 * Round a214: the leftovers of b290 (transfer test 16), read by widening rules of rounds a191-a198 to other wordings.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** The flow and area of the row of `value`, or undefined when no row has it. */
const rowOf = (text: string, value: number, published: string) => {
  const r = releaseRows(text, published).find((x) => x.value === value);
  return r && { area: r.area, flow: r.flow };
};

describe('a speaker\'s "we" selling or buying, or goods sold to "us", give the speaker\'s export or import', () => {
  it('reads "We sold them ..." as an export and "they sold us ... worth" as an import', () => {
    const text = 'ASTANA, March 3 -- Kazakhstan\'s trade minister answered questions on trade with Uzbekistan.\n\nQ: How did trade go last year?\n\nA: Very well. We sold them 2.8 billion dollars of grain and steel in 2024, and they sold us fruit, vegetables and cars worth 1.1 billion dollars.';
    expect(rowOf(text, 2.8e9, '2025-03-03')).toEqual({ area: 'Kazakhstan', flow: 'export' });
    expect(rowOf(text, 1.1e9, '2025-03-03')).toEqual({ area: 'Kazakhstan', flow: 'import' });
  });
  it('reads "Kenya, for its part, sold us ... worth" in a quote as an import', () => {
    const text = 'Islamabad, 12 May 2025 -- Pakistan\'s commerce secretary spoke to reporters about trade with Kenya.\n\n"Kenya, for its part, sold us tea and cut flowers worth US$ 420 million in 2024," he said.';
    expect(rowOf(text, 420e6, '2025-05-12')).toEqual({ area: 'Pakistan', flow: 'import' });
  });
  it('reads "we bought ... from them" as an import and "they bought from us ... worth" as an export', () => {
    const text = 'BELGRADE, April 2 -- Serbia\'s energy minister told parliament that gas links with Hungary were vital. "Last year we bought 1.9 billion euros of gas from them, and in return they bought from us electricity worth 640 million euros," she said.';
    expect(rowOf(text, 1.9e9, '2025-04-02')).toEqual({ area: 'Serbia', flow: 'import' });
    expect(rowOf(text, 640e6, '2025-04-02')).toEqual({ area: 'Serbia', flow: 'export' });
  });
  it('reads "We also supplied them with ... worth" as an export', () => {
    const text = 'ULAANBAATAR, Jan 20 -- Mongolia\'s finance minister said in an interview that coal trade with China set a record in 2024. "We also supplied them with copper concentrate worth 5.2 billion dollars," he added.';
    expect(rowOf(text, 5.2e9, '2025-01-20')).toEqual({ area: 'Mongolia', flow: 'export' });
  });
  it('reads "we shipped Egypt ..." as an export', () => {
    const text = 'MOSCOW, Feb 10 -- Russia\'s deputy agriculture minister said in an interview that grain trade with Egypt kept growing. "In 2024 we shipped Egypt 9.4 million tonnes of wheat," he said.';
    expect(rowOf(text, 9.4e6, '2025-02-10')).toEqual({ area: 'Russia', flow: 'export' });
  });
  it('reads "they have sold us ... this year" at the other end of a figure\'s sentence as an import', () => {
    const text = 'HANOI, Oct 8 -- Vietnam\'s industry minister met Lao officials. "Laos has been generous: in the first nine months they have sold us 3.1 million tonnes of coal," he told reporters.';
    expect(rowOf(text, 3.1e6, '2025-10-08')).toEqual({ area: 'Vietnam', flow: 'import' });
  });
  it('lets a flow word between the speaker\'s verb and the figure decide (near miss)', () => {
    const text = 'ASTANA, March 3 -- Kazakhstan\'s trade minister said trade with Uzbekistan grew. "We sold them more grain than ever, and imports of fertilizer came to 900 million dollars in 2024," he said.';
    expect(rowOf(text, 900e6, '2025-03-03')?.flow).toBe('import');
  });
  it('reads no buyer in "sold US$ ..." (near miss)', () => {
    const text = 'COLOMBO, June 2 -- Sri Lanka\'s exports of apparel rose in 2024. Sri Lanka sold US$ 1.3 billion of garments abroad in 2024, the export board said.';
    expect(rowOf(text, 1.3e9, '2025-06-02')).toEqual({ area: 'Sri Lanka', flow: 'export' });
  });
});
