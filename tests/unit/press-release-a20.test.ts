/**
 * Rules of issue 9, part a20: what blind batch b120 (real releases) showed (helper fix120, 2026-12-04), each written here
 * in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('the month of an earlier growth rate a figure picked up or slowed from', () => {
  it('is no period of the next paragraphs, which go on with the year so far', () => {
    const got = rows(`Exports grow in first ten months

HANOI, Nov. 6 -- The country's exports rose 5.1 percent year on year to 310 billion U.S. dollars in the first ten months of 2026, official data showed.

In October alone, the country's exports totaled 33 billion dollars, an increase of 6.3 percent year on year, easing from a year-on-year rise of 9.2 percent in September.

Exports to the United States climbed 12 percent to 95 billion dollars.`, '2026-11-06');
    expect(got.filter((r) => r[2] === 95_000_000_000).map((r) => [r[0], r[1]])).toEqual([['2026-01', '2026-10']]);
  });
});

describe('goods bought from a place, then a growth and its month', () => {
  it('keep that month as the period of the next sentence', () => {
    const got = rows(`Chip tool imports

SEOUL, Nov. 20 -- Imports of wafer tools from Japan rose 9% in October to $1.2 billion, the agency said.

Imports of such tools from the Netherlands fell 30% to $400 million.`, '2026-11-20');
    expect(got.filter((r) => r[2] === 400_000_000).map((r) => [r[0], r[1]])).toEqual([['2026-10', '2026-10']]);
  });
});

describe('a span "taken together" opening the sentence', () => {
  it('frames the period; the percentage after it is a change, not a share', () => {
    const got = rows(`Exports lower

HONG KONG, Nov. 25 -- Taking the first ten months of 2026 together, the value of total exports of goods was 5.2% lower than in the same period of 2025.`, '2026-11-25');
    expect(got.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([['2026-01', '2026-10', null, '', -5.2]]);
  });
});

describe('the negative balance of a trade turnover', () => {
  it('is a balance below zero, not a turnover', () => {
    const got = rows(`Turnover grows

ASHGABAT, Feb. 3 -- Foreign trade turnover came to 21.4 billion dollars in 2026. The negative balance of foreign trade turnover amounted to 2.6 billion dollars.`, '2027-02-03');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[21_400_000_000, 'total'], [-2_600_000_000, 'balance']]);
  });
});
