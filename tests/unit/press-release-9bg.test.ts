/**
 * Rules of issue 9, part bg (leftovers of batch 46, commodity wires: wrong figures), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct]);

describe('a change from an amount "of" a month', () => {
  it('is month-on-month; the change against a year before is the year-on-year one', () => {
    const text = 'Thailand shipped 41,300 tonnes of natural rubber in August, down 9% from the 45,400 tonnes of July and 3% lower than the same month last year.';
    expect(tuples(text, '2026-09-18')).toEqual([
      ['2026-08', '2026-08', 41300, -3],
      ['2026-07', '2026-07', 45400, null],
    ]);
  });
});

describe('the first months of a named country’s fiscal year', () => {
  it('count from the month that fiscal year starts in, not from January', () => {
    const text = "In the first five months of India's fiscal year, edible oil imports came to 6.1 million tonnes.";
    expect(tuples(text, '2026-09-14')).toEqual([['2026-04', '2026-08', 6100000, null]]);
  });
});

describe('a crop year "that began in" a month', () => {
  it('runs from that month to the last full month before the story', () => {
    const text = 'In the 2025/26 marketing year that began in October, wheat imports have reached 2.4 million tonnes, 7% more than in the same span a year earlier.';
    expect(tuples(text, '2026-03-12')).toEqual([['2025-10', '2026-02', 2400000, 7]]);
  });

  it('with no years written is the season that began most recently', () => {
    const text = 'Sugar exports in the crop year which started in April totalled 3.2 million tonnes.';
    expect(tuples(text, '2026-02-10')).toEqual([['2025-04', '2026-01', 3200000, null]]);
  });
});

describe('an amount owned by "last year" after a span', () => {
  it('is the same span a year before, not the whole of last year', () => {
    const text = 'Shipments of wind turbines from January to August came to 8.4 GW, close to last year\'s 8.1 GW over the same months.';
    expect(tuples(text, '2026-09-20')).toEqual([
      ['2026-01', '2026-08', 8400000000, null],
      ['2025-01', '2025-08', 8100000000, null],
    ]);
  });
});
