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
