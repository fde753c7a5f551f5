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

const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area]);

describe('land ports, corridors and special areas by name', () => {
  it('reports the land ports on the Vietnam, Nepal and Mongolia borders as ports', () => {
    expect(areas('Hekou handled imports and exports of 4.1 billion yuan in October 2026.')).toEqual([[4100000000, 'Hekou Port']]);
    expect(areas('Trade through Gyirong rose to 610 million yuan in October 2026.')).toEqual([[610000000, 'Gyirong Port']]);
    expect(areas('Ganqimaodu cleared 2.3 million tonnes of coal in October 2026.')).toEqual([[2300000, 'Ganqimaodu Port']]);
    expect(areas('Dongning port recorded trade of 1.1 billion yuan in October 2026.')).toEqual([[1100000000, 'Dongning Port']]);
  });

  it('names Lingang as its own area, not the free trade zone it belongs to', () => {
    expect(areas('The Lingang New Area of the China (Shanghai) Pilot Free Trade Zone traded goods worth 31 billion yuan in October 2026.')).toEqual([[31000000000, 'Lingang Special Area']]);
  });

  it('makes a trade corridor the area of a release on the corridor, and the route in a release on a city', () => {
    expect(areas('Trains on the Western Land-Sea Corridor carried 61,000 TEUs in October 2026.')).toEqual([[61000, 'New International Land-Sea Trade Corridor']]);
    expect(areas('Chengdu exported goods worth 9 billion yuan in October 2026. Trains on the International Land-Sea Trade Corridor carried 12,000 TEUs for the city in the month.')).toEqual([
      [9000000000, 'Chengdu'],
      [12000, 'Chengdu'],
    ]);
  });
});

describe('a cut-off day with its year', () => {
  it('reads "as of Nov. 8 this year" as one cut-off, which the next sentence\'s "in the period" goes on with', () => {
    expect(periods('The trains had made 9,400 trips as of Nov. 8 this year, up 4 percent year on year. They carried 480,000 TEUs in the period.', '2026-11-10')).toEqual([
      [9400, '2026-01', '2026-11'],
      [480000, '2026-01', '2026-11'],
    ]);
  });
});
