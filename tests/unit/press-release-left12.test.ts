/**
 * Leftovers of issue 9 that batches 23–26 found (helper left12): phrase families of real releases, each
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.period_start, r.period_end]);

describe('a growth led with and its level told in the next sentence', () => {
  it('reads "key exports" as no goods of their own', () => {
    const rows = rowsOf('Thailand\'s key exports grew 4.2 percent from a year earlier in March.', '2026-04-20');
    expect(rows.map((r) => [r.yoy_pct, r.commodity])).toEqual([[4.2, 'all goods']]);
  });

  it('takes Singapore\'s "key exports" for its non-oil domestic exports, so the level after the growth takes it', () => {
    const rows = rowsOf('Singapore\'s key exports rose 5.5 per cent on the year in March, led by pharmaceuticals. Non-oil domestic exports (NODX) reached S$15.1 billion, against S$14.3 billion in March 2025.', '2026-04-17');
    expect(brief(rows)).toEqual([
      [15100000000, 'SGD', 5.5, '2026-03', '2026-03'],
      [14300000000, 'SGD', null, '2025-03', '2025-03'],
    ]);
  });
});

describe('a share compared with more than one earlier share', () => {
  it('dates each earlier share joined by "and" to its own period', () => {
    const rows = rowsOf('In the first half, Japan\'s share of Thailand\'s exports slipped to 8.2 percent, down from 9.0 percent in the same period of 2025 and about 11 percent in 2019.', '2026-07-25');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [8.2, 'percent-share', null, '2026-01', '2026-06'],
      [9, 'percent-share', null, '2025-01', '2025-06'],
      [11, 'percent-share', null, '2019-01', '2019-12'],
    ]);
  });

  it('dates a second earlier level joined by "and" to its own period', () => {
    const rows = rowsOf('In the first half, Thailand\'s rice exports came to 3.9 million tonnes, up from 3.1 million tonnes in the same period of 2025 and 2.4 million tonnes in 2019.', '2026-07-25');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [3900000, null, '2026-01', '2026-06'],
      [3100000, null, '2025-01', '2025-06'],
      [2400000, null, '2019-01', '2019-12'],
    ]);
  });
});

describe('a buyer of goods named by the seller\'s nationality', () => {
  it('reads "<country> bought X of <reporter\'s> goods" as the reporter\'s exports to that country', () => {
    const rows = rowsOf('In the first ten months, Thailand\'s imports rose 7.5 percent to $240 billion. Japan alone bought $22.1 billion of Thai goods, up 3.2 percent.', '2026-11-25');
    expect(rows.map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [240000000000, 'Thailand', 'World', 'import'],
      [22100000000, 'Thailand', 'Japan', 'export'],
    ]);
  });
});
