/**
 * Issue 9, part a07: the same figure as another writer would put it (helper metamorph2, 2026-12-04). Each text is
 * written here in our own words, in the shapes a metamorphic rewrite of the real releases showed the extractor misread.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a bare count and one percentage after a comma are a level and its change, not a list of percentages', () => {
  it.each([
    ['more than', 'The number of freight train trips to Europe totalled 2,140, 9 percent more than a year earlier.', 9],
    ['higher than', 'The number of freight train trips to Europe came to 2,140, 9 percent higher than a year earlier.', 9],
    ['less than', 'The number of freight train trips to Europe totalled 2,140, 9 percent less than a year earlier.', -9],
  ])('keeps the count with its change (%s)', (_, sentence, yoy) => {
    expect(rows(`In May, ${sentence[0].toLowerCase()}${sentence.slice(1)}`, '2026-06-08').map((r) => [r[0], r[2], r[3], r[4]])).toEqual([['2026-05', 2140, 'trains', yoy]]);
  });

  it('still reads "respectively" after two numbers and one percent sign as a list', () => {
    const got = rows('In May, trade with the two neighbours rose 12.1, 8.5 percent respectively, to 3.2 billion and 2.1 billion dollars.', '2026-06-08');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[3_200_000_000, 12.1], [2_100_000_000, 8.5]]);
  });
});

describe('a change said of a daily rate of oil stays the rate\'s, however the sentence is worded', () => {
  const tonnes = ' The country\'s crude imports in April came to 38.6 million mt.';
  it.each([
    ['a basis written out before the rate', "Thailand's crude oil imports climbed 6.4% compared with the same period of last year to reach 1.12 million b/d in April, customs data showed."],
    ['the growth after the rate and its month', "Thailand's crude oil imports hit 1.12 million b/d in April, up 6.4% year on year, customs data showed."],
    ['"a year-on-year rise of" after the rate', "Thailand's crude oil imports came to 1.12 million b/d, a year-on-year rise of 6.4% in April, customs data showed."],
    ['"totalled" and "more than a year earlier"', "Thailand's crude oil imports totalled 1.12 million b/d, 6.4 percent more than a year earlier in April, customs data showed."],
  ])('gives the tonnes no change of their own (%s)', (_, lead) => {
    expect(rows(lead + tonnes, '2026-05-20').map((r) => [r[0], r[2], r[3], r[4]])).toEqual([['2026-04', 38_600_000, 'tonnes', null]]);
  });
});

describe('a release without a publication date opening a sentence with "compared to the same period last year"', () => {
  const total = 'From January to June in 2021, the republic\'s foreign trade came to US$31.8 billion.';
  it.each([
    ['one change after it', `${total} Compared to the same period last year, exports fell by 6.2 percent to US$19.4 billion.`, [[19_400_000_000, -6.2]]],
    ['two changes joined by "while"', `${total} Compared to the same period last year, it shrank by US$2.1 billion or 6.2 percent, while exports fell by 8.3 percent to US$19.4 billion.`, [[31_800_000_000, -6.2], [19_400_000_000, -8.3]]],
  ])('reads its changes as year-on-year (%s)', (_, text, want) => {
    const got = rows(text, '').filter((r) => r[4] !== null);
    expect(got.map((r) => [r[2], r[4]])).toEqual(want);
  });
});

describe('"on an annual basis" or "on a yearly basis" right after a percentage marks it year-on-year', () => {
  it.each([['on an annual basis'], ['on a yearly basis']])('after a month-on-month change in the same sentence (%s)', (basis) => {
    const got = rows(`Diesel exports were 1.7 million mt in March, up 2.4% month on month and 17.5% ${basis}.`, '2025-04-20');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2025-03', 1_700_000, 17.5]]);
  });

  it('after a verb of change the extractor does not know', () => {
    const got = rows('Net diesel exports ballooned 150.5% on an annual basis to 1.7 million mt in March.', '2025-04-20');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2025-03', 1_700_000, 150.5]]);
  });
});

describe('"rocketed" and "skyrocketed" are rises, as "soared" is', () => {
  it.each([['rocketed'], ['skyrocketed']])('reads "%s 150.5% to" a level as its year-on-year change', (verb) => {
    const got = rows(`Net diesel exports ${verb} 150.5% to 1.7 million mt in March.`, '2025-04-20');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2025-03', 1_700_000, 150.5]]);
  });
});

describe('"ballooned" is a rise, as "soared" is', () => {
  it('gives a level its change and keeps a list of changes after it', () => {
    const got = rows('In the first half, the province\'s exports ballooned 41.3 percent year on year to 9.2 billion yuan. Trade with Laos, Thailand and Myanmar ballooned 12.5 percent, 8.1 percent and 6.6 percent respectively.', '2026-07-20');
    expect(got.map((r) => [r[2], r[4], r[6]])).toEqual([[9_200_000_000, 41.3, 'World'], [null, 12.5, 'Laos'], [null, 8.1, 'Thailand'], [null, 6.6, 'Myanmar']]);
  });
});

describe('"leapt" and "rallied" are rises, "nosedived" and "sagged" falls', () => {
  it.each([['leapt', 1], ['rallied', 1], ['nosedived', -1], ['sagged', -1]])('reads the partners\' changes after "%s"', (verb, sign) => {
    const got = rows(`Trade with Laos, Thailand and Myanmar ${verb} 12.5 percent, 8.1 percent and 6.6 percent respectively in the first half.`, '2026-07-20');
    expect(got.map((r) => [r[4], r[6]])).toEqual([[12.5 * sign, 'Laos'], [8.1 * sign, 'Thailand'], [6.6 * sign, 'Myanmar']]);
  });
});
