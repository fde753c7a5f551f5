/**
 * Rules of issue 9, part a04: older leftovers of the press-release corpus (helper fixold, 2026-12-04), each written here
 * in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a round scale named as the unit figures count in', () => {
  it('reads no row from "in units of 10,000 tonnes"', () => {
    const got = rows(`Grain imports climb

BEIJING, Dec. 9 -- China imported 142.6 million tonnes of grain in the first eleven months of 2026, customs data showed. The customs bulletin lists its quantities in units of 10,000 tonnes, which we have multiplied out.`, '2026-12-09');
    expect(got.map((r) => r[2])).toEqual([142_600_000]);
  });
});
