/**
 * Rules of issue 9, part f9: causes found on the blind batch 102 (helper fix102, 2026-12-04), each written here in our
 * own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a quarter written as an adjective with a hyphen', () => {
  it('dates "third-quarter exports" to the quarter, not to a quarter mentioned in passing before', () => {
    const got = rows(`Vietnam's trade in the third quarter

HANOI, Oct. 6 -- Vietnam's trade came to 215 billion U.S. dollars in the first nine months, the statistics office said. Officials expect the fourth quarter to be slower.

Third-quarter exports were 80.4 billion dollars, up 10.8 percent.`, '2025-10-06');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-01', '2025-09', 215_000_000_000],
      ['2025-07', '2025-09', 80_400_000_000],
    ]);
  });
});

describe('the change of a count of firms given after the count', () => {
  it('reads no growth row from "the number of X firms reached N, up P percent" and keeps a flow change after it', () => {
    const got = rows(`Jiangsu's foreign trade in the first half

NANJING, July 20 -- Jiangsu's imports and exports totalled 2.6 trillion yuan in the first half of 2024, up 7.2 percent.

The number of firms with export business climbed to 58,300 in the half year, up 6.4 percent, while exports rose 8.1 percent.`, '2024-07-20');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [2_600_000_000_000, 7.2, 'total'],
      [null, 8.1, 'export'],
    ]);
  });
});
