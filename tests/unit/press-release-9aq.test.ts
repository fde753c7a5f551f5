/**
 * Rules of issue 9, part aq: open misses of the commodity wire batches 35, 29 and 23 (fixtures b35-…, b29-…,
 * b23-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('glued units of the metals desks', () => {
  it('reads glued "mt" after a decimal fraction as million tonnes where the release writes tonnes as a glued "t"', () => {
    const text = 'Wire rod exports over January-September came to 7.4mt, up 6.1% y-o-y. Rebar exports slipped to 0.92mt in September; Thailand bought 48,000t.';
    expect(tuples(text, '2026-10-20')).toEqual([
      ['2026-01', '2026-09', 7400000, 'tonnes', 6.1],
      ['2026-09', '2026-09', 920000, 'tonnes', null],
      ['2026-09', '2026-09', 48000, 'tonnes', null],
    ]);
  });

  it('leaves glued "mt" unread after a whole or grouped number, or where no glued "t" shows the desk\'s habit', () => {
    const million = (text: string) => rowsOf(text, '2026-10-20').filter((r) => r.unit === 'tonnes' && (r.value ?? 0) >= 1000000);
    expect(million('Rebar exports reached 3,400mt in September. Wire rod exports were 12mt; Thailand bought 48,000t.')).toEqual([]);
    expect(million('Wire rod exports came to 7.4mt in September.')).toEqual([]);
  });
});

describe('what sellers earn', () => {
  const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.flow]);

  it('reads a bare "revenue" of goods sold as export value', () => {
    const text = 'Argentina exported 1.1 million tons of beef in the first nine months of 2026. Revenue from those sales climbed to $4.6 billion.';
    expect(flows(text, '2026-10-20')).toEqual([
      [1100000, 'export'],
      [4600000000, 'export'],
    ]);
  });

  it('keeps revenue that a state levies out of the export flow', () => {
    const text = 'Customs duties and tax revenue reached 2.3 billion dollars in September.';
    expect(rowsOf(text, '2026-10-20').filter((r) => r.flow === 'export')).toEqual([]);
  });
});
