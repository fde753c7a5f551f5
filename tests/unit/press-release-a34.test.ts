/**
 * Issue 9, twenty-fifth session: causes found on blind batch 135 (year-end and half-year reviews that walk
 * through several years). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('an amount followed by a comparative that closes its clause is a change, not a level', () => {
  it('drops "N yuan larger." after a base several years back', () => {
    const rows = releaseRows('FUZHOU, Jan. 21 -- Fujian\'s foreign trade came to 2.05 trillion yuan last year, up 3.3 percent. Against 2019, the province\'s yearly trade was 0.71 trillion yuan bigger.', '2026-01-21');
    expect(rows.map((r) => r.value)).toEqual([2050000000000]);
  });
  it('drops "N dollars higher year on year"', () => {
    const rows = releaseRows('LIMA, Feb. 12 -- Peru\'s exports reached 78.4 billion dollars in 2025, up 8 percent. Copper shipments were 2.2 billion dollars higher year on year, the trade ministry said.', '2026-02-12');
    expect(rows.map((r) => r.value)).toEqual([78400000000]);
  });
  it('keeps a level set off by a comma before a comparative (guard)', () => {
    const rows = releaseRows('LIMA, Feb. 12 -- Peru\'s exports reached 78.4 billion dollars in 2025, up 8 percent. Copper shipments totalled 22.1 billion dollars, larger than any other product.', '2026-02-12');
    expect(rows.map((r) => r.value)).toEqual([78400000000, 22100000000]);
  });
});
