/**
 * Rules of issue 9, part n: the language of land ports, freight trains, corridors and special zones
 * found by blind batch 17 (fixtures b17-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const periods = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end]);

describe('running totals since a launch told in a clause', () => {
  it('reads "launched in <month year>" in an apposition as the start of a total the sentence calls one', () => {
    expect(periods('The service, launched in May 2014 as the first line from the city, has so far made more than 8,200 trips in total.', '2026-06-10')).toEqual([[8200, '2014-05', '2026-06']]);
    expect(periods("Wuhan's line, which began in October 2012, has run 6,400 trains to date.", '2026-06-10')).toEqual([[6400, '2012-10', '2026-06']]);
  });

  it('leaves a launch clause without a word of a total to date the route only', () => {
    expect(periods('The service, launched in May 2014, made 1,210 trips in the first five months of this year.', '2026-06-10')).toEqual([[1210, '2026-01', '2026-05']]);
  });

  it('reads a seasonal reopening without a year as this year\'s, or last year\'s when the month is still to come', () => {
    expect(periods('The pass handled 3,120 vehicles since it reopened on May 1.', '2026-10-30')).toEqual([[3120, '2026-05', '2026-10']]);
    expect(periods('The crossing has handled 2,400 vehicles since it reopened in November.', '2026-03-15')).toEqual([[2400, '2025-11', '2026-03']]);
  });

  it('ends a total "by the end of <year>" in December of that year', () => {
    expect(periods('By the end of 2025, the hub had handled 18,300 trains in total since it opened in June 2015.', '2026-01-08')).toEqual([[18300, '2015-06', '2025-12']]);
    expect(periods('As of the end of last year, the hub had handled 18,300 trains in total.', '2026-01-08')).toEqual([[18300, '', '2025-12']]);
  });
});

describe('the worth of goods a train or route carried', () => {
  it('is two-way trade when no flow word names a direction', () => {
    const rows = rowsOf('The trains have carried goods worth 41 billion yuan since the route opened in 2019. In the first ten months, the value of their cargo rose 6.5 percent to 5.2 billion yuan.');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [41000000000, 'total'],
      [5200000000, 'total'],
    ]);
  });
});
