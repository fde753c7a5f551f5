/**
 * Rules of issue 9, part a42: dense sentences and other countries' agencies of the blind batches 143 and 146 (helper
 * fix143, 2026-12-05), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('growth rates listed before their base and the levels they lead into', () => {
  it('pairs "rose A% and B% over the same period of last year, reaching X and Y respectively" in order with the flows', () => {
    const got = rows(`Island trade, first half

For the first half of 2026, exports and imports of the island rose 8.3% and 5.1% over the same period of 2025,
reaching $120.4 billion and $98.7 billion respectively, the statistics bureau said.`.replace(/\n(?!\n)/g, ' '), '2026-07-20');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [120_400_000_000, 8.3, 'export'],
      [98_700_000_000, 5.1, 'import'],
    ]);
  });

  it('pairs them as well when the base is "a year earlier" and the levels follow "amounting to"', () => {
    const got = rows(`Port trade in the third quarter

In the third quarter, imports and exports grew 2.2 percent and 6.4 percent from a year earlier, amounting to 41.5
billion dollars and 52.0 billion dollars respectively.`.replace(/\n(?!\n)/g, ' '), '2026-10-15');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [41_500_000_000, 2.2, 'import'],
      [52_000_000_000, 6.4, 'export'],
    ]);
  });
});
