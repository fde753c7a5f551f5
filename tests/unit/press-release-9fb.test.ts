/**
 * Rules of issue 9, part fb: periods and places of the blind batch 105 (helper fix105, 2026-12-04), each written here in
 * our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a city placed by "capital of" a named province, with no article', () => {
  it('keeps the trips the city ran: the capital is the city, not money', () => {
    const got = rows(`Changsha's trains keep rolling

CHANGSHA, Jan. 9 -- Freight trains to Europe from Changsha, capital of Hunan, made 1,072 trips in 2024, the city's rail port said.`, '2025-01-09');
    expect(got.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([['2024-01', 1072, 'trains', 'Changsha']]);
  });

  it('still reads a registered capital of an amount as money that is no trade', () => {
    const got = rows(`Hunan firm registers

CHANGSHA, Jan. 9 -- A trading firm with registered capital of 50 million yuan opened in the city. Hunan's exports reached 12 billion yuan in December 2024.`, '2025-01-09');
    expect(got.map((r) => r[2])).toEqual([12_000_000_000]);
  });
});
