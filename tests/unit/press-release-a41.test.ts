/**
 * Issue 9, twenty-sixth session: causes found on blind batches b141 (land ports, border crossings, freight trains) and
 * b142 (commodities and their units). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

describe('"..., up N percent, and the goods were worth X, a M percent rise": a value of the goods is a subject of its own', () => {
  it('keeps the first change with the tonnage and gives the trailing one to the value', () => {
    const rows = releaseRows('Between January and October, the border railway carried 4.12 million tonnes of inbound and outbound freight, up 9.4 percent year on year, and the goods were worth 17.6 billion yuan, a 12.8 percent rise.', '2026-11-12');
    expect(rows.map(levelTuple)).toEqual([['2026-01', '2026-10', 4120000, 'tonnes', 9.4], ['2026-01', '2026-10', 17600000000, 'CNY', 12.8]]);
  });
  it('reads "the cargo was worth" the same way', () => {
    const rows = releaseRows('In the first half, the corridor moved 880,000 tonnes of import and export goods, up 6.1 percent, and the cargo was worth 9.3 billion yuan, a 3.5 percent gain.', '2026-07-15');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[880000, 6.1], [9300000000, 3.5]]);
  });
  it('still lets a change lead into a value it names with "worth" and no subject of its own (guard)', () => {
    const rows = releaseRows('In the first half, exports of tea rose 6.1 percent to 88,000 tonnes, worth 1.3 billion yuan.', '2026-07-15');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[88000, 6.1], [1300000000, null]]);
  });
});
