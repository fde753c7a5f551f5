/**
 * Rules of issue 9, part e6: the fixing round on blind batch 87 (currencies, units and sloppy text; helper b87,
 * 2026-12-04 night), each found on a phenomenon of the language and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
/** value, unit and yoy of every row. */
const amounts = (text: string, published: string) => rows(text, published).map((r) => [r.value, r.unit, r.yoy_pct]);
const release = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('scales glued to the amount', () => {
  it('reads the "bil" and "mil" of Malaysian papers glued to a ringgit amount', () => {
    const text = release(
      'Malaysian trade in March',
      'KUALA LUMPUR: Malaysia\'s imports rose 6.2pc year-on-year to RM64.8bil in March, while re-exports of palm kernel oil came to RM412.5mil, the statistics department said.',
    );
    expect(amounts(text, '2018-05-08')).toEqual([
      [64_800_000_000, 'MYR', 6.2],
      [412_500_000, 'MYR', null],
    ]);
  });
});

/** period, yoy of every growth row. */
const rates = (text: string, published: string) => rows(text, published).filter((r) => r.value === null).map((r) => [r.period_start, r.yoy_pct]);

describe('an earlier rate dated by "the previous month"', () => {
  it('keeps the year-on-year change and dates the rate it follows to the month before', () => {
    const text = release(
      'Singapore exports in March',
      'Non-oil domestic exports shrank 4.6 per cent in March 2022, following the 2.9 per cent contraction in the previous month, Enterprise Singapore said.',
    );
    expect(rates(text, '2022-04-18')).toEqual([
      ['2022-03', -4.6],
      ['2022-02', -2.9],
    ]);
  });

  it('reads "after a rise ... in the preceding month" the same way', () => {
    const text = release(
      'Thai exports in May',
      'Thailand\'s exports rose 7.1 per cent in May 2023, after a 3.8 per cent gain in the preceding month, the commerce ministry said.',
    );
    expect(rates(text, '2023-06-20')).toEqual([
      ['2023-05', 7.1],
      ['2023-04', 3.8],
    ]);
  });
});
