/**
 * Rules of issue 9, part a02: the fixing round of the blind batches b106 and b107 (helper fix107, 2026-12-04), each written
 * here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a cause aside that first names the figure it explains', () => {
  it('keeps a city named in ", the latter driven by ..." out of the figures\' places', () => {
    const got = rows(`Qinghai trade climbs

XINING, May 8 -- Qinghai province's foreign trade came to 1.2 billion U.S. dollars in the first quarter of 2014. Exports were 0.3 billion dollars and imports 0.9 billion dollars, the latter driven by lithium ore bought for the plants of Xining.`, '2014-05-08');
    expect(got.map((r) => [r[2], r[5]])).toEqual([[1_200_000_000, 'Qinghai'], [300_000_000, 'Qinghai'], [900_000_000, 'Qinghai']]);
  });
});

describe("Gansu's prefecture-level cities", () => {
  it('reads a city of Gansu named with its trade as the place of that trade', () => {
    const got = rows(`Gansu's cities report

LANZHOU, Oct. 22 -- Gansu's foreign trade reached 4.1 billion U.S. dollars in the first nine months of 2013. Tianshui's trade came to 0.35 billion dollars, and Jiuquan's to 0.22 billion dollars.`, '2013-10-22');
    expect(got.map((r) => [r[2], r[5]])).toEqual([[4_100_000_000, 'Gansu'], [350_000_000, 'Tianshui'], [220_000_000, 'Jiuquan']]);
  });
});

describe('a city introduced as "the city of X"', () => {
  it('gives the trade to the city so named, not to the port the release began with', () => {
    const got = rows(`Jiangyin port busy

NANJING, July 12 -- Jiangyin port handled 98 million tonnes of cargo in the first half of 2018, up 4.2 percent year on year.

The city of Changshu reported foreign trade of 62.4 billion yuan in the same period.`, '2018-07-12');
    expect(got.map((r) => [r[2], r[5]])).toContainEqual([62_400_000_000, 'Changshu']);
  });
});

describe('"the island province" pointing back', () => {
  it('gives a growth of "the island province" to the province named before, not to the zone of the release', () => {
    const got = rows(`Haikou zone grows

HAIKOU, Jan. 20 -- The Haikou Comprehensive Bonded Zone reported trade of 21.3 billion yuan in 2021, up 40.2 percent year on year. Its trade made up 14.8 percent of Hainan's total. Trade of the island province rose 57.7 percent.`, '2022-01-20');
    expect(got.filter((r) => r[4] === 57.7).map((r) => r[5])).toEqual(['Hainan']);
  });
});

describe('a superlative reaching back to "the middle of" a period', () => {
  it('dates a surplus "the biggest since the end of last year" by the month reported, not by last year', () => {
    const got = rows(`Thai surplus widens

BANGKOK, Aug. 22 -- Thailand's exports rose 4.1 percent in July from a year earlier to 21.7 billion dollars. The trade surplus grew to 1.9 billion dollars, the biggest since the end of last year.`, '2019-08-22');
    expect(got.filter((r) => r[2] === 1_900_000_000).map((r) => [r[0], r[1]])).toEqual([['2019-07', '2019-07']]);
  });
});

describe('a bare percentage sizing one direction against the whole trade', () => {
  it('reads "exports came to X, 62 percent of its trade" as a share of exports', () => {
    const got = rows(`Park trade rises

SUZHOU, Jan. 15 -- The Suzhou Industrial Park reported foreign trade of 640 billion yuan in 2020. Its exports came to 396.8 billion yuan, 62 percent of its trade.`, '2021-01-15');
    expect(got.filter((r) => r[3] === 'percent-share').map((r) => [r[2], r[7]])).toEqual([[62, 'export']]);
  });
});

describe('a list of shares before the whole they are parts of', () => {
  it('reads every share of "A percent and B percent of the total" after both directions as a share of the whole trade', () => {
    const got = rows(`Jilin trade rises

CHANGCHUN, Jan. 21 -- Jilin's foreign trade reached 150.1 billion yuan in 2021.

Exports grew 22.5 percent to 41.1 billion yuan, and imports rose 14.3 percent to 109 billion yuan.

Germany and Japan accounted for 28.4 percent and 9.7 percent of the total, respectively.`, '2022-01-21');
    expect(got.filter((r) => r[3] === 'percent-share').map((r) => [r[2], r[6], r[7]])).toEqual([[28.4, 'Germany', 'total'], [9.7, 'Japan', 'total']]);
  });
});

describe('cargo "the trains carried" after a part of a two-way count of trains', () => {
  it('keeps the cargo two-way when the sentence before only gave the outbound part of the trips', () => {
    const got = rows(`Wuhan trains grow

WUHAN, Jan. 6 -- Wuhan's China-Europe freight trains made 1,020 trips in 2022, up 12 percent year on year.

Outbound trains made up 610 of the trips, and the rest came back from Europe with wine and machinery.

The trains carried 98,000 TEUs of goods, up 9 percent.`, '2023-01-06');
    expect(got.filter((r) => r[3] === 'TEU').map((r) => [r[2], r[7]])).toEqual([[98_000, 'total']]);
  });

  it('still gives the cargo the way of trains that all went out', () => {
    const got = rows(`Wuhan trains grow

WUHAN, Jan. 6 -- Wuhan dispatched 610 China-Europe freight trains in 2022, up 12 percent year on year.

The trains carried 58,000 TEUs of goods, up 9 percent.`, '2023-01-06');
    expect(got.filter((r) => r[3] === 'TEU').map((r) => [r[2], r[7]])).toEqual([[58_000, 'export']]);
  });
});

describe('a headline in the present tense that says a hub dispatches trains', () => {
  it('reads "dispatches N trains" as trains that went out, and "dispatches and receives" as both ways', () => {
    const out = rows(`Lanzhou dispatches 410 freight trains in 10 months

LANZHOU, Nov. 14 -- The city's China-Europe freight service kept growing from January to October 2024, the operator said.`, '2024-11-14');
    expect(out.filter((r) => r[3] === 'trains').map((r) => [r[2], r[7]])).toEqual([[410, 'export']]);
    const both = rows(`Lanzhou hub dispatches and receives 730 trains in 10 months

LANZHOU, Nov. 14 -- The Lanzhou hub handled 730 China-Europe freight trains from January to October 2024.`, '2024-11-14');
    expect(both.filter((r) => r[3] === 'trains').map((r) => [r[2], r[7]])).toEqual([[730, 'total']]);
  });
});

describe('a share of goods named again with where they went', () => {
  it('reads "with some 60 percent of the cargoes sold to Japan" as a share with that partner', () => {
    const got = rows(`Australian LNG exports rise

SYDNEY, Feb. 3 -- Australia's LNG exports reached 80.2 million tonnes in 2022, with some 60 percent of the cargoes sold to Japan.`, '2023-02-03');
    expect(got.filter((r) => r[3] === 'percent-share').map((r) => [r[2], r[6], r[7]])).toEqual([[60, 'Japan', 'export']]);
  });
});
