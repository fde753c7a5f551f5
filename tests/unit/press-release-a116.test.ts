/**
 * Rules of the fixing round for b237, b239, b235 (thirty-sixth session): whose trade a figure is, a month versus the year
 * to date, balances' signs, fiscal years. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tupleOf = (text: string, published: string, value: number) => {
  const r = releaseRows(text, published).find((x) => x.value === value);
  return r ? levelTuple(r) : undefined;
};

describe('an amount in brackets after the same span of a named year is that span\'s level', () => {
  it('reads "than in the corresponding period of 2025 (N)"', () => {
    expect(tupleOf('ASTANA, July 8 -- Exports to Uzbekistan in January-May 2026 came to 1.9 billion US dollars, 6.2% more than in the corresponding period of 2025 (1.79 billion US dollars).', '2026-07-08', 1.79e9))
      .toEqual(['2025-01', '2025-05', 1.79e9, 'USD', null]);
  });
  it('reads "down from the same months of 2024 (US$N)"', () => {
    expect(tupleOf('HANOI, Oct 6 -- Seafood shipments over the first nine months of 2025 slipped to US$6.8 billion, down from the same months of 2024 (US$7.1 billion).', '2025-10-06', 7.1e9))
      .toEqual(['2024-01', '2024-09', 7.1e9, 'USD', null]);
  });
  it('reads "compared with the comparable quarter of 2023 (€N)" with a currency sign', () => {
    expect(tupleOf('BRUSSELS, May 15 -- In the first quarter of 2024 imports of steel reached €9.2 billion, compared with the comparable quarter of 2023 (€8.4 billion).', '2024-05-15', 8.4e9))
      .toEqual(['2023-01', '2023-03', 8.4e9, 'EUR', null]);
  });
  it('reads "against the like period of 2022 (about N tonnes)" with a hedge inside the bracket', () => {
    expect(tupleOf('Coal imports in the first half of 2023 totalled 221.6 million tonnes, 93% more than against the like period of 2022 (about 114.7 million tonnes), the bureau said.', '2023-07-20', 114.7e6))
      .toEqual(['2022-01', '2022-06', 114.7e6, 'tonnes', null]);
  });
  it('reads "versus the equivalent half of 2021 (N)" in a balance sentence', () => {
    expect(tupleOf('The country ran a surplus of 12.4 billion dollars in the first half of 2022, versus the equivalent half of 2021 (9.8 billion dollars).', '2022-07-25', 9.8e9))
      .toEqual(['2021-01', '2021-06', 9.8e9, 'USD', null]);
  });
  it('does not read a bracketed change "(US$ N more)" as the base (near miss)', () => {
    const rows = releaseRows('Exports in September 2025 grew 7.5% compared with the same month of 2024 (US$ 420 million more), the institute said.', '2025-10-20');
    expect(rows.find((r) => r.value === 420e6)).toBeUndefined();
  });
  it('does not date a bracketed amount after a year that names no same span (near miss)', () => {
    const rows = releaseRows('Trade with the bloc in 2025 reached 40.2 billion dollars, a record for the year (and 3.1 billion dollars above the plan).', '2026-02-10');
    expect(rows.find((r) => r.value === 40.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
    expect(rows.find((r) => r.value === 3.1e9 && r.period_start === '2024-01')).toBeUndefined();
  });
});

describe('forecasters polled at a time, not by a name, make the figure before them a forecast', () => {
  const result = (text: string, published: string, yoy: number) => releaseRows(text, published).filter((r) => r.yoy_pct === yoy);
  it('drops "the 3.5 percent growth that analysts polled beforehand had predicted"', () => {
    expect(result('Imports rose 6.1 percent to 180.2 billion dollars in the month, well ahead of the 3.5 percent growth that analysts polled beforehand had predicted.', '2024-08-07', 3.5)).toEqual([]);
  });
  it('drops "the 2% fall economists surveyed in advance had expected"', () => {
    expect(result('Exports dropped 4.4% in October, a steeper slide than the 2% fall economists surveyed in advance had expected.', '2025-11-14', -2)).toEqual([]);
  });
  it('drops "the 7.8 per cent rise that strategists canvassed ahead of the data had pencilled in"', () => {
    expect(result('Shipments abroad climbed 9.1 per cent in June, beating the 7.8 per cent rise that strategists canvassed ahead of the data had pencilled in.', '2025-07-14', 7.8)).toEqual([]);
  });
  it('drops "the 4.1 percent growth that experts surveyed this week had expected"', () => {
    expect(result('Exports grew 5.2 percent to 88.1 billion dollars in May, ahead of the 4.1 percent growth that experts surveyed this week had expected.', '2025-06-09', 4.1)).toEqual([]);
  });
  it('drops "the 5 percent increase which forecasters polled earlier had projected"', () => {
    expect(result('Rice exports grew 8 percent in March, above the 5 percent increase which forecasters polled earlier had projected.', '2025-04-10', 5)).toEqual([]);
  });
  it('keeps a result that analysts only commented on (near miss)', () => {
    expect(result('Exports rose 6.2 percent in July, and analysts polled beforehand said demand from Europe was holding up.', '2024-08-07', 6.2)).toHaveLength(1);
  });
  it('keeps the figure when the polled analysts are the subject of another clause (near miss)', () => {
    expect(result('Imports grew 3.3 percent in the month; analysts polled beforehand had predicted a fall in purchases of coal.', '2024-08-07', 3.3)).toHaveLength(1);
  });
});

describe('"over" a twelve-month span closing at a month is the span a change ran over, not its base', () => {
  it('reads "fell 4.0 per cent over the year to June" in a financial-year story', () => {
    expect(tupleOf('Canberra posted a goods surplus of A$98.1 billion in the 2024-25 financial year. Exports slipped 2.7 per cent over the year to June to A$610.4 billion.', '2025-08-07', 610.4e9))
      .toEqual(['2024-07', '2025-06', 610.4e9, 'AUD', -2.7]);
  });
  it('reads "over the twelve months ended March" with the amount first', () => {
    expect(tupleOf('WELLINGTON, May 2 - Dairy exports reached NZ$24.1 billion, up 5.3 percent over the twelve months ended March 2025.', '2025-05-02', 24.1e9))
      .toEqual(['2024-04', '2025-03', 24.1e9, 'NZD', 5.3]);
  });
  it('reads "over the 12 months to September" in digits after a sentence giving the year', () => {
    expect(tupleOf('The trade balance for the year ended September 2024 was a deficit of 4.2 billion dollars. Merchandise imports climbed 6.4% over the 12 months to September to $71.9 billion.', '2024-11-05', 71.9e9))
      .toEqual(['2023-10', '2024-09', 71.9e9, 'USD', 6.4]);
  });
  it('reads "up N per cent over the past 12 months to August" as an aside before the verb', () => {
    expect(tupleOf('In the twelve months to August 2025 the deficit was 0.8 billion dollars. Wine exports, up 8.2 per cent over the past 12 months to August, totalled 1.9 billion dollars.', '2025-10-01', 1.9e9))
      .toEqual(['2024-09', '2025-08', 1.9e9, 'USD', 8.2]);
  });
  it('reads "over the year ended December" before the amount, after a calendar year', () => {
    expect(tupleOf('In 2024 the surplus was 3.3 billion dollars. Exports of goods rose 3.6 per cent over the year ended December 2024 to 95.2 billion dollars.', '2025-02-20', 95.2e9))
      .toEqual(['2024-01', '2024-12', 95.2e9, 'USD', 3.6]);
  });
  it('keeps "over the same period" a base (near miss)', () => {
    expect(tupleOf('Exports in the first half of 2025 reached 61.2 billion dollars, 4.4 per cent over the same period of 2024.', '2025-07-20', 61.2e9))
      .toEqual(['2025-01', '2025-06', 61.2e9, 'USD', 4.4]);
  });
  it('keeps "over October 2025" a base that is not a year before (near miss)', () => {
    expect(tupleOf('Exports reached 38.2 billion dollars in December 2025, up 6.5% over October 2025.', '2026-01-20', 38.2e9)?.[4]).toBeNull();
  });
});
