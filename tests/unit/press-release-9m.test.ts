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
