/**
 * Rules of issue 9, part s: the language of commodity and market wire stories found by blind batch 20
 * (fixtures b20-… in tests/corpus/press-release), in our own words: the American wire's "year through
 * September", year-on-year changes told after a month-on-month base, stockpiles and prices that are no
 * trade, and a second source's paragraph about another country.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const placed = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area, r.partner, r.flow]);

describe('"the year through September" is the year to date', () => {
  it('runs from January to the month named', () => {
    expect(tuples('For the year through August, the country shipped 61.2 million tons of coal, 4.4% fewer than a year before.', '2026-09-15')).toEqual([
      ['2026-01', '2026-08', 61200000, 'tonnes', -4.4],
    ]);
  });

  it('leaves "the year to August" twelve months long', () => {
    expect(tuples('Exports totalled 61.2 billion dollars in the year to August.', '2026-09-15')).toEqual([['2025-09', '2026-08', 61200000000, 'USD', null]]);
  });
});

describe('a percentage below or above a dated month compares with it', () => {
  it('keeps the figure in its own month and does not carry the base month on', () => {
    const text =
      'China imported 310,000 tons of barley in March. Sorghum arrivals were 95,000 tons, the smallest in five years and 62% below March 2025. ' +
      'Oat imports rose 8% to 21,000 tons.';
    expect(tuples(text, '2026-04-18')).toEqual([
      ['2026-03', '2026-03', 310000, 'tonnes', null],
      ['2026-03', '2026-03', 95000, 'tonnes', -62],
      ['2026-03', '2026-03', 21000, 'tonnes', 8],
    ]);
  });
});
