/**
 * Issue 9, part a22: real releases under variation, round five (the twenty-fourth session). Sentences real copy carries
 * beside its figures — a foreign place or agency named in passing, a share quoted from another body, a seasonally adjusted
 * aside, notes, quotes, bylines and a headline restated — must leave the release's own rows as they are. Every text is
 * written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.flow, r.area, r.yoy_pct]);

describe('a foreign place or agency named in passing', () => {
  const LEAD = 'Gansu Province reported foreign trade of 14.2 billion yuan in the first quarter, up 9 percent year on year.';
  const BODY = 'Exports grew 11 percent to 6.1 billion yuan.';
  const WANT = [[14_200_000_000, 'total', 'Gansu', 9], [6_100_000_000, 'export', 'Gansu', 11]];

  it('keeps year-on-year changes after a month-on-month agency that only announces its figures', () => {
    const text = `${LEAD}\nThe Australian Bureau of Statistics said in Canberra that it would publish its own numbers later.\n${BODY}`;
    expect(areas(text, '2026-04-20')).toEqual(WANT);
  });
});
