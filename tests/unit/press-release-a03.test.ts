/**
 * Rules of issue 9, part a03: what metamorphic variants of the real development set showed the rules only read in the
 * exact wording they were written for (helper metamorph, 2026-12-04). Each test says the phenomenon in our own words;
 * none uses a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('an absolute change told with any verb of change is not a level', () => {
  for (const verb of ['dipped', 'slipped', 'slumped', 'plunged', 'tumbled', 'sank', 'contracted']) {
    it(`reads "${verb} by 1.1 billion dollars, or 8.2 percent" as the change of the level before`, () => {
      const got = rows(`Qinghai's foreign trade in the first half of 2021 came to 12.4 billion dollars. Compared with a year earlier, it ${verb} by 1.1 billion dollars, or 8.2 percent.`, '2021-07-15');
      expect(got.map((r) => [r[2], r[4]])).toEqual([[12_400_000_000, -8.2]]);
    });
  }
  it('reads "soared 2 billion dollars, or 19 percent" as a change too', () => {
    const got = rows(`Qinghai's exports in 2021 came to 12.5 billion dollars. They soared 2 billion dollars, or 19 percent, from 2020.`, '2022-01-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[12_500_000_000, 19]]);
  });
});
