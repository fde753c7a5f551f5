/**
 * Issue 9, part a0a: numbers in long real-length releases that are no trade figures, and figures they moved
 * (helper fix110, 2026-12-04, the fixing round of blind batch b110). Each text is written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value ?? r.yoy_pct);

describe('firms named by what they make, counted right after the number, are no goods', () => {
  it.each([
    ['over 120 electric vehicle makers had shipped cars abroad', 'Car exports rose 12 percent to 410,000 vehicles in the first half. It added that over 120 electric vehicle makers had shipped cars abroad.'],
    ['about 60 Chinese automakers shipped cars overseas', 'Car exports rose 12 percent to 410,000 vehicles in the first half. About 60 Chinese automakers shipped cars overseas in the period.'],
    ['some 300 tyre manufacturers exported tyres', 'Tyre exports rose 12 percent to 410,000 tonnes in the first half. Some 300 tyre manufacturers exported tyres in the period.'],
  ])('%s', (_, text) => {
    expect(values(text, '2026-07-15')).toEqual([text.includes('Steel') ? 41_000_000 : 410_000]);
  });
});
