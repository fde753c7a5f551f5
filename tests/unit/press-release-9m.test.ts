/**
 * Rules of issue 9, part m: the language of commodity wire stories found by blind batch 16
 * (fixtures b16-… in tests/corpus/press-release), in our own words: the energy desks' "mil", tonnes
 * glued to a number, prices per unit of a commodity, and comparisons and growth rates spread over
 * clauses the way Reuters, Platts, Argus and the metals press write them.
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

describe('"mil" is a million', () => {
  it('reads "mil mt" as million tonnes and leaves "mil b/d" a daily rate', () => {
    expect(tuples("China's imports of fuel oil in October fell 6.1% on the year to 1.62 mil mt, or 0.34 mil b/d, customs data showed.")).toEqual([
      ['2026-10', '2026-10', 1620000, 'tonnes', -6.1],
    ]);
  });
});

describe('a "t" glued to a number is tonnes', () => {
  it('reads "627,000t" and "4,600t" as tonnes and still wants a scale before a spaced "t"', () => {
    expect(tuples("China's DAP exports fell to 627,000t in October, up by 12pc on the year.")).toEqual([['2026-10', '2026-10', 627000, 'tonnes', 12]]);
    expect(tuples("Urea exports were 4,600t in October 2025.")).toEqual([['2025-10', '2025-10', 4600, 'tonnes', null]]);
  });
});

describe('tonnages glued to the number', () => {
  it('reads "212kt" and "10.2mmt" written without a space', () => {
    expect(tuples("Monoammonium phosphate exports were 212kt in October, up by 35pc on the year.")).toEqual([['2026-10', '2026-10', 212000, 'tonnes', 35]]);
    expect(tuples("China's bauxite imports rose to 18.2mmt in October.")).toEqual([['2026-10', '2026-10', 18200000, 'tonnes', null]]);
  });

  it('drops "18.9mt", which glued may be metric or million tonnes', () => {
    expect(tuples("China's bauxite imports rose to 18.9mt in October.")).toEqual([]);
  });
});

describe('a month that dates only a comparison base is not the running period', () => {
  it('keeps October after "versus 2.12 million bpd in September"', () => {
    const text =
      'Arrivals of Russian crude totalled 9.76 million tons in October, or about 2.3 million bpd, versus 2.12 million bpd in September. ' +
      'Supplies from Saudi Arabia fell 5.6% from a year earlier to 7.02 million tons.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 9760000, 'tonnes', null],
      ['2026-10', '2026-10', 7020000, 'tonnes', -5.6],
    ]);
  });

  it('reads "the figure compares with X in May last year" as a base of its own month', () => {
    const text = 'Brazil exported 14.2 million tonnes of soybeans in May. The figure compares with 15.3 million tonnes in May last year. Revenue from the sales was $5.38 billion.';
    expect(tuples(text, '2026-06-02')).toEqual([
      ['2026-05', '2026-05', 14200000, 'tonnes', null],
      ['2025-05', '2025-05', 15300000, 'tonnes', null],
      ['2026-05', '2026-05', 5380000000, 'USD', null],
    ]);
  });
});
