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

describe('"pct" is read like "percent" where a share names the whole it is of', () => {
  it('keeps the province as the place of "7 pct of China\'s total"', () => {
    const got = rows(`Gansu's small-scale border trade reached 2.1 billion yuan in the first quarter, accounting for 7 pct of China's total small-scale border trade.`, '2023-04-20');
    expect(got.map((r) => [r[2], r[3], r[5]])).toContainEqual([7, 'percent-share', 'Gansu']);
  });

  it('keeps the province as the place of "3.3 pct of the foreign trade of Sichuan province"', () => {
    const got = rows(`Gansu's imports reached 2.1 billion yuan in the first quarter, or 3.3 pct of the foreign trade of Sichuan province.`, '2023-04-20');
    expect(got.map((r) => [r[2], r[3], r[5]])).toContainEqual([3.3, 'percent-share', 'Gansu']);
  });

  it('takes "and China\'s at 21.7 pct" as the next partner\'s share, the noun left out', () => {
    const got = rows(`In January-September, Kazakhstan's foreign trade turnover came to 95 billion dollars. Russia's share was 19.2 pct, and China's at 21.7 pct.`, '2023-10-20');
    expect(got.filter((r) => r[3] === 'percent-share').map((r) => [r[2], r[5], r[6]])).toEqual([[19.2, 'Kazakhstan', 'Russia'], [21.7, 'Kazakhstan', 'China']]);
  });
});

describe('"outbound shipments from" a place are that place\'s exports', () => {
  it('reads "outbound shipments from the country" as exports, not as goods coming from it', () => {
    const got = rows(`Korea's exports rose 3 percent to $30.1 billion in the first 20 days of October. Steel outbound shipments from the country grew 12.5% on-year to $3.2 billion, the customs service said.`, '2024-10-21');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[30_100_000_000, 'export'], [3_200_000_000, 'export']]);
  });

  it('still reads bare "shipments from" a named country as imports', () => {
    const got = rows(`Japan's imports rose 3 percent to 30.1 billion dollars in September. Shipments from China grew 12.5% on-year to 3.2 billion dollars.`, '2024-10-21');
    expect(got.map((r) => [r[2], r[6], r[7]])).toContainEqual([3_200_000_000, 'China', 'import']);
  });
});

describe('"tril." scales an amount as "trillion" does', () => {
  it('reads "¥8.75 tril." as 8.75 trillion yen', () => {
    const got = rows(`Japan's exports in July rose 19 percent to ¥8.75 tril., the finance ministry said.`, '2022-08-17');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([[8_750_000_000_000, 'JPY', 19]]);
  });

  it('merges a headline "₩2.1 tril. trade deficit" with the body\'s 2.1 trillion won', () => {
    const got = rows(`Korea logs ₩2.1 tril. trade deficit in July

SEOUL -- Korea posted a trade deficit of 2.1 trillion won in July, the finance ministry said.`, '2022-08-17');
    expect(got.map((r) => [r[2], r[3]])).toEqual([[-2_100_000_000_000, 'KRW']]);
  });
});

describe('a month written before the goods of a wire headline is no part of their name', () => {
  it('reads "Vietnam Dec cashew exports 61,200 tonnes" as cashew, so the body\'s growth joins the level', () => {
    const got = rows(`Vietnam Dec cashew exports 61,200 tonnes: customs

HANOI: Vietnam's exports of cashew nuts in December rose 5.4 per cent from a year earlier, customs data showed on Friday. Shipments were 61,200 tonnes last month, up from 58,100 tonnes a year earlier.`, '2023-01-13');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2022-12', 61_200, 5.4], ['2021-12', 58_100, null]]);
  });
});

describe('a headline figure written with two significant digits restates the body figure it rounds', () => {
  it('takes "¥1.5 tril. trade deficit" over "¥1,452.6 billion" (3 percent apart) as one figure', () => {
    const got = rows(`Japan posts ¥1.5 tril. trade deficit in August

TOKYO -- Japan logged a trade deficit of ¥1,452.6 billion in August, the Ministry of Finance said Thursday. Exports rose 22.1 percent to ¥8,061.9 billion.`, '2022-09-15');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[-1_452_600_000_000, 'balance'], [8_061_900_000_000, 'export']]);
  });
});
