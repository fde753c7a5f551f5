/**
 * Issue 9, twenty-fifth session: real releases under variation, round six (surface variation: other copies of the same
 * release, as PDF and e-mail copies, other outlets and scrapes write it). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('a word hyphenated across a line end before "U.S. dollars" in the same clause', () => {
  it('keeps the dollar conversion in dollars when the yuan amount before it was split at a line end', () => {
    const rows = releaseRows('NANNING, July 14 -- Guangxi\'s imports and exports in the first half reached 351.2 bil-\nlion yuan (about 49.3 billion U.S. dollars), up 6.1 percent year on year.', '2026-07-14');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[351200000000, 'CNY', 6.1], [49300000000, 'USD', 6.1]]);
  });
  it('keeps a dated abbreviation whole after a split word ("Jan. 1 to Jan. 31")', () => {
    const rows = releaseRows('HOHHOT, Feb. 3 -- Erenhot port han-\ndled 1.42 million tonnes of freight from Jan. 1 to Jan. 31, up 9.5 percent year on year.', '2026-02-03');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[1420000, 'tonnes', 9.5]]);
  });
});

