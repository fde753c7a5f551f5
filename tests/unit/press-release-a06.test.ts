/**
 * Issue 9, part a06: a release reads the same whatever its paragraph layout (helper robust2, 2026-12-04). Each text
 * is written here in our own words and read twice: with its paragraph breaks and with them lost.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
/** The text with every paragraph break lost (one block, single spaces). */
const oneBlock = (text: string) => text.replace(/\s*\n\s*/g, ' ');

describe('a comparison with the year before ends a sequential run in the same paragraph', () => {
  const text = `Harbour territory trade, September 2025

The statistics office said today that exports of goods rose 9.1% over a year earlier in September 2025.

Comparing the third quarter of 2025 with the preceding quarter on a seasonally adjusted basis, exports of goods fell 2.0%. Meanwhile, imports of goods rose 1.1%.

Comparing September 2025 with September 2024, exports to Asia grew by 12.5%. Among them, exports to Japan rose 8.0%.`;

  it.each([['with paragraphs', text], ['as one block', oneBlock(text)]])('reads the regional changes as year-on-year %s', (_, t) => {
    const got = rows(t, '2025-10-27');
    expect(got.filter((r) => r[6] !== 'World').map((r) => [r[0], r[4], r[6]])).toEqual([['2025-09', 12.5, 'Asia'], ['2025-09', 8, 'Japan']]);
  });
});

describe('a numbered item starts a new section even without its paragraph break', () => {
  const text = `Car exports climb in the first quarter

China shipped 190,000 cars abroad in the first quarter of this year, up 40.2% year-on-year.

Highlights of the first quarter:

(1) Monthly shipments kept rising. This March, 70,000 cars were shipped, up 31% year-on-year.

(2) General trade led. Under general trade, 150,000 cars were shipped, up 38.5% year-on-year.`;

  it.each([['with paragraphs', text], ['as one block', oneBlock(text)]])('keeps the quarter for the item after a monthly one %s', (_, t) => {
    const got = rows(t, '2017-06-30');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toContainEqual(['2017-01', '2017-03', 150_000, 38.5]);
  });
});

describe('a sentence pointing back into a seasonally adjusted one keeps its basis, even as its own paragraph', () => {
  const text = `Harbour territory trade, May 2025

Exports of goods rose 6.2% year-on-year in May 2025, the statistics office said today.

Comparing the three months ending in May with the preceding three months on a seasonally adjusted basis, exports of goods increased 3%. Within this total, re-exports increased 3.2%. Meanwhile, imports of goods increased 2.4%.`;
  const ownParagraphs = text.replace(/\. (?=[A-Z])/g, '.\n\n');

  it.each([['with paragraphs', text], ['with every sentence its own paragraph', ownParagraphs]])('reads no year-on-year change in them %s', (_, t) => {
    expect(rows(t, '2025-06-26').map((r) => r[4])).toEqual([6.2]);
  });
});

describe('a headline change right after a daily rate is the rate\'s', () => {
  const body = `Malaysia's crude oil exports rose 7.4% year on year to 0.52 million b/d in May, customs data showed. Shipments in May totaled 2.2 million mt.`;

  it.each([['a headline in its own word order', "Malaysia's May crude oil exports hit 0.52 mil b/d, up 7% on year"], ['no headline', '']])('adds no change of its own (%s)', (_, headline) => {
    const got = rows(headline ? `${headline}\n\n${body}` : body, '2025-06-16');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2025-05', 2_200_000, null]]);
  });
});

describe('a title-case headline with an abbreviated scale stays one sentence', () => {
  const body = `TOKYO -- Japan posted a trade deficit of ¥2,123.4 billion in March, the finance ministry said Friday.`;
  const headline = 'Japan Posts ¥2.1 Tril. Trade Deficit In March';

  it.each([['once', `${headline}\n\n${body}`], ['twice', `${headline}\n\n${headline}\n\n${body}`]])('merges the rounded headline figure with the body\'s (headline %s)', (_, t) => {
    expect(rows(t, '2025-04-04').map((r) => [r[0], r[2]])).toEqual([['2025-03', -2_123_400_000_000]]);
  });
});

describe('a month-on-month base with its scale glued to the number', () => {
  it.each([['9.4mn mt'], ['9.4 million mt']])('reads a fall against "the %s in August" as no year-on-year change', (base) => {
    const got = rows(`China's soybean imports in September reached 9.3 million mt, up 2.1% year on year, customs data showed.\n\nThe volume was 1.5% lower than the ${base} in August.`, '2026-10-14');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2026-09', 9_300_000, 2.1], ['2026-08', 9_400_000, null]]);
  });
});

describe('a single-letter scale glued to its number before a metric-ton abbreviation', () => {
  it.each([['7.6m mt', 7_600_000], ['7.6m wmt', 7_600_000], ['7.6 million mt', 7_600_000], ['7.6m tonnes', 7_600_000]])('reads "%s" as %d tonnes', (amount, tonnes) => {
    const got = rows(`Copper concentrate shipments into the country came to ${amount} in the first half of 2026, up 3.4% on the year, the statistics bureau said.`, '2026-07-15');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([[tonnes, 'tonnes', 3.4]]);
  });
});
