/**
 * Rules of issue 9, part fc: the mixed batch b104 (helper fix104, 2026-12-04), each written here in our own words on the
 * phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a running total told at an anniversary of the opening', () => {
  it('runs from the launch month to the cut-off day, not only over the launch month', () => {
    const got = rows(`Border bridge turns five

HEIHE, June 14 (Xinhua) -- By Friday, the fifth anniversary of its opening in June 2021, the Heihe cross-river road bridge had handled more than 3.2 million tonnes of freight, Heihe Customs said.`, '2026-06-14');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2021-06', '2026-06', 3_200_000]]);
  });

  it('leaves an anniversary with no total built up as a date only', () => {
    const got = rows(`Port trade grows

MANZHOULI, Oct. 9 (Xinhua) -- Manzhouli Port handled 1.4 million tonnes of freight in September, up 6 percent year on year, a month after the tenth anniversary of its opening in August 2016.`, '2026-10-09');
    expect(got.map((r) => [r[0], r[1]])).toEqual([['2026-09', '2026-09']]);
  });
});
