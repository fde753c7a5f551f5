/**
 * Rules of issue 9, part fa: provinces, ports and other countries' agencies of the blind batch 103 (helper fix103,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('blanks between a scale word and its currency', () => {
  it('reads "billion  yuan" with a run of spaces as one amount', () => {
    const got = rows(`Jilin trade

CHANGCHUN, Nov. 20 -- Jilin's foreign trade in the first ten months of 2026 reached 152.4 billion yuan, up 4.8%. Private firms traded 88.1 billion   yuan, down 1.2%.`, '2026-11-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([
      [152_400_000_000, 4.8],
      [88_100_000_000, -1.2],
    ]);
  });
});
