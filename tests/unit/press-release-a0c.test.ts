/**
 * Rules of issue 9, part a0c: the fixing round of the blind batch b111 (helper fix111, 2026-12-04): other countries' agencies
 * on their own trade. Each rule is written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow, r.commodity]);

describe('a change that leads into a high or a low the level reached', () => {
  const release = (reached: string) => `Chip sales abroad climb

TAIPEI, March 9 -- Taiwan's exports of electronic components rose 18.5 percent to ${reached} $21.3 billion in February, the finance ministry said.`;

  it.each(['an all-time monthly high of', 'a record monthly high of', 'a new high of', 'a 14-month high of', 'a three-year peak of'])('gives the change to the amount after "%s"', (reached) => {
    const got = rows(release(reached), '2026-03-09').filter((r) => r[2] === 21_300_000_000 || r[2] === null);
    expect(got.map((r) => [r[2], r[4]])).toEqual([[21_300_000_000, 18.5]]);
  });

  it('gives a fall to the amount after "a two-year low of"', () => {
    const got = rows(`Coal shipments slide

ULAANBAATAR, May 4 -- Mongolia's coal exports dropped 9.2 percent to a two-year low of 5.6 million tonnes in April, customs said.`, '2026-05-04');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([[5_600_000, 'tonnes', -9.2]]);
  });
});
