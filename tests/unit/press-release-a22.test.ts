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

  it.each([
    ['a town abroad as the subject', 'Almaty hosted a rail freight forum last week.'],
    ['the second of two towns abroad', 'Buyers from Irkutsk and Tashkent toured the logistics park.'],
    ['a town abroad after "near"', 'A new warehouse opened near Hamburg.'],
    ['a foreign ministry and a customs service announcing their data', 'Japan\'s finance ministry and the Korea Customs Service are due to release their own data next week.'],
  ])('leaves the release its area after %s', (_what, aside) => {
    expect(areas(`${LEAD}\n${aside}\n${BODY}`, '2026-04-20')).toEqual(WANT);
  });

  it('leaves the release its area after a line on a town abroad opening it', () => {
    const text = 'Almaty hosted a rail freight forum last week.\nChina-Europe freight trains made 4,300 trips in the first quarter, up 10 percent year on year, China State Railway Group said.\nThey carried 460,000 TEUs of goods, up 12 percent.';
    expect(areas(text, '2026-04-20')).toEqual([[4_300, 'total', 'China', 10], [460_000, 'total', 'China', 12]]);
  });

  it.each([
    ['a town of the same country a shipment left', 'A consignment of furniture left Chengdu for Budapest on Tuesday.'],
    ['a town of the same country officials visited', 'Officials of the province visited Xiamen last week.'],
  ])('leaves the release its area after %s', (_what, aside) => {
    expect(areas(`${LEAD}\n${aside}\n${BODY}`, '2026-04-20')).toEqual(WANT);
  });

  it('keeps year-on-year changes after a month-on-month agency that only announces its figures', () => {
    const text = `${LEAD}\nThe Australian Bureau of Statistics said in Canberra that it would publish its own numbers later.\n${BODY}`;
    expect(areas(text, '2026-04-20')).toEqual(WANT);
  });

  it('still follows a foreign country named as the source of the next figures', () => {
    const text = 'Lima, 20 June (Argus) — China imported 410,000t of copper concentrate in May, up by 6pc from May 2025, according to GACC data.\n\nPeruvian customs data tell the same story. Peru exported 61,000t of refined copper in May, down by 3pc on the year, of which 38,000t went to China.';
    expect(releaseRows(text, '2026-06-20').map((r) => [r.value, r.area])).toEqual([[410_000, 'China'], [61_000, 'Peru'], [38_000, 'Peru']]);
  });

  it('still follows a town of the release\'s own country named without figures', () => {
    const text = `${LEAD}\nLanzhou is the province's main rail hub.\nThe city's exports rose 15 percent to 2.2 billion yuan.`;
    expect(areas(text, '2026-04-20').at(-1)).toEqual([2_200_000_000, 'export', 'Lanzhou', 15]);
  });
});

describe('a share of the world quoted from another body', () => {
  const LEAD = 'Gansu Province reported foreign trade of 14.2 billion yuan in the first quarter, up 9 percent year on year.';
  const rowsWith = (aside: string) => releaseRows(`${LEAD}\n${aside}`, '2026-04-20').map((r) => [r.value, r.unit]);

  it.each([
    ['of world GDP', 'According to the IMF, developing economies make up 58 percent of world GDP.'],
    ['of world port throughput', 'Figures from UNCTAD show that Asia accounted for 62 percent of world container port throughput.'],
    ['of the world total, with demand as the subject', 'According to the energy agency, gas demand in Asia will account for 40 percent of the world total.'],
  ])('gives no row for a share %s', (_what, aside) => {
    expect(rowsWith(aside)).toEqual([[14_200_000_000, 'CNY']]);
  });

  it('still reads a share of the world total whose subject is trade', () => {
    const text = 'China exported 2.1 million tonnes of steel pipe in the first half of the year, 38 percent of the world total.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit])).toEqual([[2_100_000, 'tonnes'], [38, 'percent-share']]);
  });
});

describe('an earlier year a speaker names', () => {
  const LEAD = 'Gansu Province reported foreign trade of 14.2 billion yuan in the first quarter, up 9 percent year on year.';
  const BODY = 'Exports grew 11 percent to 6.1 billion yuan.';
  const periods = (text: string) => releaseRows(text, '2026-04-20').map((r) => [r.value, r.period_start, r.period_end]);

  it.each([
    ['inside quotation marks', '"In 2017, the whole province traded barely 9 billion yuan," said a customs official.'],
    ['in curly quotation marks', '“Our imports came to 2.4 billion yuan in 2016,” the bureau chief told reporters.'],
    ['in a recollection', 'Zhao, a veteran customs officer, recalled that exports were only 800 million yuan in 2012.'],
  ])('dates only the speaker\'s figure when %s', (_what, quote) => {
    const rows = periods(`${LEAD}\n${quote}\n${BODY}`);
    expect(rows.at(-1)).toEqual([6_100_000_000, '2026-01', '2026-03']);
  });
});

describe('a byline', () => {
  const LEAD = 'Gansu Province reported foreign trade of 14.2 billion yuan in the first quarter, up 9 percent year on year.';
  const WANT = [[14_200_000_000, 'total', 'Gansu', 9], [6_100_000_000, 'export', 'Gansu', 11]];

  it('ends its own line and places nothing after the figures have begun', () => {
    const text = `${LEAD}\nBy Liu Fang in Lanzhou and Ma Jun in Beijing | Gansu Daily | Updated: 2026-04-20 09:41\nExports grew 11 percent to 6.1 billion yuan.`;
    expect(areas(text, '2026-04-20')).toEqual(WANT);
  });

  it('still leads as a dateline at the top of a story on the town', () => {
    const text = 'Xi\'an trains run faster\n\nBy Zhou Min in Xi\'an (China Daily) Updated: 2026-01-09 08:30\n\nThe freight train service made 5,100 trips in 2025, the operator said.';
    expect(releaseRows(text, '2026-01-09').map((r) => [r.value, r.area])).toEqual([[5_100, "Xi'an"]]);
  });
});

describe('a seasonally adjusted aside', () => {
  it('leaves the release its period after a rolling three months set against the three months before', () => {
    const text = 'Exports of the region rose 7 percent year on year to 3.4 billion dollars in August.\nOn a seasonally adjusted basis, trade over the latest three months grew 2.2 percent against the preceding three months.\nImports fell 4 percent to 2.9 billion dollars.';
    const rows = releaseRows(text, '2026-09-15').map((r) => [r.value, r.period_start, r.period_end]);
    expect(rows).toEqual([[3_400_000_000, '2026-08', '2026-08'], [2_900_000_000, '2026-08', '2026-08']]);
  });
});
