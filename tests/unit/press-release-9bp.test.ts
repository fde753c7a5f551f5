/**
 * Rules of issue 9, part bp: found by blind batch 52 (a mixed first-sight check across the six kinds of release;
 * fixtures b52-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const span = (r: { period_start: string; period_end: string; value: number | null }) => [r.period_start, r.period_end, r.value];

describe('months of a fiscal year named by its two years, with the months in brackets', () => {
  it('are the bracketed months, not the whole fiscal year', () => {
    const rows = releaseRows('Kenya\'s exports in the first five months (July-November) of the 2026-27 fiscal year came to $3.1 billion, up 4.2 per cent.', '2026-12-15');
    expect(rows.map(span)).toEqual([['2026-07', '2026-11', 3100000000]]);
  });

  it('also for a half-year written before the bracket', () => {
    const rows = releaseRows('Bangladesh earned $24.6 billion from exports in the first half (July-December) of the 2026-27 fiscal year.', '2027-01-06');
    expect(rows.map(span)).toEqual([['2026-07', '2026-12', 24600000000]]);
  });
});

describe('litres', () => {
  it('are a physical quantity of the goods, not the currency of the sentence', () => {
    const rows = releaseRows('In the year ended September 2026, wine exports rose 6 per cent in value to A$2.6 billion, while volume slipped 2 per cent to 610 million litres.', '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.measure])).toEqual([
      [2600000000, 'AUD', 6, 'value'],
      [610000000, 'litres', -2, 'quantity'],
    ]);
  });

  it('also spelled liters, with a price per liter left out', () => {
    const rows = releaseRows('In October 2026 the country imported 48 million liters of olive oil at an average of $5.10 per liter.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[48000000, 'litres']]);
  });
});
