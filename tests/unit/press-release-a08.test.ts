/**
 * Issue 9, part a08: the surface forms real publishers use for scales, months, periods, growth and units (helper
 * robust3, 2026-12-04). Each release is written here in our own words and read in two spellings that mean the same.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('"tln" is a trillion, as "bln" is a billion', () => {
  const text = `ASTANA, March 3 -- Kazakhstan's foreign trade turnover reached 14.6 trillion tenge in 2025, up 4.1 percent year on year, the statistics bureau said. Exports made up 8.9 trillion tenge of it.`;

  it('reads the abbreviated scale like the word', () => {
    const long = rows(text, '2026-03-03');
    expect(long.map((r) => r[2])).toEqual([14_600_000_000_000, 8_900_000_000_000]);
    expect(rows(text.replaceAll(' trillion', ' tln'), '2026-03-03')).toEqual(long);
  });
});
