/**
 * Rules of issue 9, part f9: causes found on the blind batch 102 (helper fix102, 2026-12-04), each written here in our
 * own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a quarter written as an adjective with a hyphen', () => {
  it('dates "third-quarter exports" to the quarter, not to a quarter mentioned in passing before', () => {
    const got = rows(`Vietnam's trade in the third quarter

HANOI, Oct. 6 -- Vietnam's trade came to 215 billion U.S. dollars in the first nine months, the statistics office said. Officials expect the fourth quarter to be slower.

Third-quarter exports were 80.4 billion dollars, up 10.8 percent.`, '2025-10-06');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-01', '2025-09', 215_000_000_000],
      ['2025-07', '2025-09', 80_400_000_000],
    ]);
  });
});

describe('the change of a count of firms given after the count', () => {
  it('reads no growth row from "the number of X firms reached N, up P percent" and keeps a flow change after it', () => {
    const got = rows(`Jiangsu's foreign trade in the first half

NANJING, July 20 -- Jiangsu's imports and exports totalled 2.6 trillion yuan in the first half of 2024, up 7.2 percent.

The number of firms with export business climbed to 58,300 in the half year, up 6.4 percent, while exports rose 8.1 percent.`, '2024-07-20');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [2_600_000_000_000, 7.2, 'total'],
      [null, 8.1, 'export'],
    ]);
  });
});

describe('a growth said to be of the value, after a tonnage and its worth', () => {
  it('gives "in value terms" growth of the next sentence to the money, not to the tonnes', () => {
    const got = rows(`Shandong's soybean imports

JINAN, Aug. 2 -- In the first half of 2022 Shandong imported 6.1 million tonnes of soybeans, worth 27.5 billion yuan. In value terms, the imports rose 34.2 percent.`, '2022-08-02');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([
      [6_100_000, 'tonnes', null],
      [27_500_000_000, 'CNY', 34.2],
    ]);
  });

  it('does the same when the value clause follows a semicolon in the same sentence', () => {
    const got = rows(`Shandong's soybean imports

JINAN, Aug. 2 -- Shandong imported 6.1 million tonnes of soybeans in the first half of 2022, worth 27.5 billion yuan; by value the purchases grew 1.2 times.`, '2022-08-02');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([
      [6_100_000, 'tonnes', null],
      [27_500_000_000, 'CNY', 120],
    ]);
  });
});

describe('"the city\'s port" as the place cargo went through', () => {
  const release = (sentence: string) => `Ningbo's trade in 2015

NINGBO, Jan. 18 -- Ningbo's foreign trade reached 106.5 billion U.S. dollars in 2015, down 4.2 percent, the city's customs said.

${sentence}`;

  it('reads the container throughput of "the city\'s port" as the port of the city', () => {
    const got = rows(release('Container throughput at the city\'s port rose 6.1 percent to 20.6 million TEUs in 2015.'), '2016-01-18');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [106_500_000_000, 'Ningbo'],
      [20_600_000, 'Ningbo Port'],
    ]);
  });

  it('keeps the city for a figure its port office only reports', () => {
    const got = rows(release('Exports to the United States came to 18.2 billion dollars, the city\'s port and logistics office said.'), '2016-01-18');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [106_500_000_000, 'Ningbo'],
      [18_200_000_000, 'Ningbo'],
    ]);
  });
});

describe('places a which-clause lists as what the subject covers', () => {
  it('keeps a share with the zone when the clause lists cities and a port area the zone spreads over', () => {
    const got = rows(`Hainan zone's trade

HAIKOU, Oct. 9 -- The Yangpu Economic Development Zone recorded foreign trade of 61.2 billion yuan in the first three quarters of 2023, up 9.1 percent.

The zone, which takes in 69 square kilometres around Danzhou, the Yangpu port area and Lingao, made up 33.5 percent of Hainan's foreign trade in the period.`, '2023-10-09');
    expect(got.map((r) => [r[2], r[3], r[5]])).toEqual([
      [61_200_000_000, 'CNY', 'Yangpu Economic Development Zone'],
      [33.5, 'percent-share', 'Yangpu Economic Development Zone'],
    ]);
  });
});

describe('a zone\'s release after a paragraph on the province or on a zone inside it', () => {
  const release = `Shaanxi zone's trade

XI'AN, Aug. 20 -- The China (Shaanxi) Pilot Free Trade Zone recorded imports and exports of 120.4 billion yuan in the first seven months of 2024, up 6.5 percent.

The zone made up 36 percent of the province's foreign trade. The province's total came to 334.4 billion yuan, up 2.1 percent.

Its trade with Central Asia reached 9.8 billion yuan, up 31.2 percent.

Within the zone, the Xi'an Comprehensive Bonded Zone handled 40.6 billion yuan of trade, up 4.4 percent.

Since its launch in April 2017, the zone had handled more than 900 billion yuan of trade by the end of July.`;

  it('goes back to the zone in a new paragraph, and "the zone" is not the bonded zone inside it', () => {
    const got = rows(release, '2024-08-20');
    expect(got.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['2024-01', 120_400_000_000, 'Shaanxi FTZ'],
      ['2024-01', 36, 'Shaanxi FTZ'],
      ['2024-01', 334_400_000_000, 'Shaanxi'],
      ['2024-01', 9_800_000_000, 'Shaanxi FTZ'],
      ['2024-01', 40_600_000_000, "Xi'an Comprehensive Bonded Zone"],
      ['2017-04', 900_000_000_000, 'Shaanxi FTZ'],
    ]);
  });
});

describe('a border port\'s tonnage with one direction given as its part', () => {
  const release = (sentence: string) => `Vegetables at Ruili

KUNMING, Nov. 6 -- Trade through Ruili port reached 2.3 billion yuan in the first ten months of 2022, up 8.1 percent, the customs said.

${sentence}`;

  it('keeps the whole cleared both ways when "with N tonnes of exports" follows it', () => {
    const got = rows(release('Some 96,000 tonnes of vegetables passed the port in October, up 12 percent, with 71,000 tonnes of exports.'), '2022-11-06');
    expect(got.slice(1).map((r) => [r[2], r[7]])).toEqual([
      [96_000, 'total'],
      [71_000, 'export'],
    ]);
  });

  it('reads tonnes that "went out to" a country as exports', () => {
    const got = rows(release('In October, 25,000 tonnes of vegetables went out to Myanmar.'), '2022-11-06');
    expect(got.slice(1).map((r) => [r[2], r[6], r[7]])).toEqual([[25_000, 'Myanmar', 'export']]);
  });

  it('does not take the home region the goods were grown in as the figure\'s area', () => {
    const got = rows(release('In October, 25,000 tonnes of vegetables went out to Myanmar, mostly cabbages grown in southern Yunnan.'), '2022-11-06');
    expect(got.slice(1).map((r) => [r[2], r[5], r[7]])).toEqual([[25_000, 'Ruili Port', 'export']]);
  });
});

describe('a multiple of the level of a year named by its number', () => {
  const release = (sentence: string) => `Suifenhe's timber

HARBIN, Jan. 22 -- ${sentence}, Suifenhe Customs said.`;

  it('is a change on the year before when the year named is the one before the reported year', () => {
    const got = rows(release('Timber imports through Suifenhe Port came to 3.6 million cubic meters in 2021, 1.8 times the volume of 2020'), '2022-01-22');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2021-01', 3_600_000, 80]]);
  });

  it('states no change when the year is further back or the multiple is hedged', () => {
    const older = rows(release('Timber imports through Suifenhe Port came to 3.6 million cubic meters in 2021, 1.8 times the volume of 2017'), '2022-01-22');
    const hedged = rows(release('Timber imports through Suifenhe Port came to 3.6 million cubic meters in 2021, more than twice the volume of 2020'), '2022-01-22');
    expect([...older, ...hedged].map((r) => r[4])).toEqual([null, null]);
  });
});

describe('a running total since an opening whose subject is left to the main clause', () => {
  it('runs from the month the gerund phrase "since opening in ..." names', () => {
    const got = rows(`Tongjiang bridge cargo

HARBIN, Jan. 10 -- Since opening to freight in November 2022, the Tongjiang railway bridge had carried 3.4 million tonnes of goods by the end of 2024, the operator said.`, '2025-01-10');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2022-11', '2024-12', 3_400_000]]);
  });
});

describe('parts of a count named by "of the" and the count\'s noun', () => {
  it('counts "N and M of the trains" as trains of the places listed, with their growths', () => {
    const got = rows(`Trains through Inner Mongolia

HOHHOT, Jan. 9 -- China-Europe freight trains through Inner Mongolia made 6,210 trips in 2023, up 4.4 percent, the regional railway office said.

The Erenhot and Manzhouli ports handled 2,940 and 3,270 of the trains, up 1.2 percent and 7.3 percent respectively.`, '2024-01-09');
    expect(got.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      [2940, 'trains', 1.2, 'Erenhot Port'],
      [3270, 'trains', 7.3, 'Manzhouli Port'],
    ]);
  });
});

describe('a railway\'s running total dated by an anniversary, and its parts reported by a port\'s officers', () => {
  const release = `Cross-border railway freight

NANNING, Oct. 14 -- Three years after it opened on Oct. 12, 2022, the China-Vietnam Railway had carried 9.4 million tonnes of cross-border cargo by the end of September, the railway company said.

In the first nine months of this year, freight on the line came to 3.1 million tonnes. Of that, 1.2 million tonnes were outbound and 1.9 million tonnes inbound, officials at the Pingxiang railway port said.`;

  it('runs the total from the opening month and keeps the parts with the railway', () => {
    const got = rows(release, '2025-10-14');
    expect(got.map((r) => [r[0], r[1], r[2], r[5], r[7]])).toEqual([
      ['2022-10', '2025-09', 9_400_000, 'China-Vietnam Railway', 'total'],
      ['2025-01', '2025-09', 3_100_000, 'China-Vietnam Railway', 'total'],
      ['2025-01', '2025-09', 1_200_000, 'China-Vietnam Railway', 'export'],
      ['2025-01', '2025-09', 1_900_000, 'China-Vietnam Railway', 'import'],
    ]);
  });
});

describe('a hub\'s train year: the tonnage\'s own change, parts that left and returned, a total since a named first train', () => {
  const release = `Chongqing's trains in 2019

CHONGQING, Jan. 8 -- Chongqing ran 1,500 China-Europe freight trains in 2019, up 4.9 percent, the city's logistics office said.

The trains carried 1.3 million tonnes of goods worth 36.2 billion yuan, the tonnage up 11.7 percent. Of the trains, 910 departed from Chongqing for Europe and 590 returned.

Since the first Yu'xin'ou train left in March 2011, the city had run 5,800 trains by the end of 2019.`;

  it('gives the change to the tonnes, reads both parts with their ways, and runs the total from the first train', () => {
    const got = rows(release, '2020-01-08');
    expect(got.map((r) => [r[0], r[2], r[3], r[4], r[7]])).toEqual([
      ['2019-01', 1500, 'trains', 4.9, 'total'],
      ['2019-01', 1_300_000, 'tonnes', 11.7, 'total'],
      ['2019-01', 36_200_000_000, 'CNY', null, 'total'],
      ['2019-01', 910, 'trains', null, 'export'],
      ['2019-01', 590, 'trains', null, 'import'],
      ['2011-03', 5800, 'trains', null, 'total'],
    ]);
  });
});

describe('a commodity wire\'s rounded headline and a multiple of the year-earlier volume', () => {
  it('keeps the body\'s exact change over the headline\'s rounded one for the same level', () => {
    const got = rows(`China's July copper imports drop 8 pct to 410,000 T

BEIJING, Aug. 8 (Reuters) - China imported 410,000 tonnes of copper in July, down 8.4 percent from a year earlier, customs data showed.`, '2013-08-08');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[410_000, -8.4]]);
  });

  it('reads "N times the year-earlier volume" as a change, but not when the multiple is hedged', () => {
    const got = rows(`China's aluminium exports

BEIJING, Aug. 8 (Reuters) - China's aluminium exports reached 3.3 million tonnes in January-July, 1.6 times the year-earlier volume, customs data showed. Exports of alumina came to 0.9 million tonnes in the period, more than four times the year-earlier volume.`, '2013-08-08');
    expect(got.map((r) => [r[2], r[4]])).toEqual([
      [3_300_000, 60],
      [900_000, null],
    ]);
  });
});

describe('another country\'s own figure cited from its association with a capitalised name', () => {
  it('reads "Korea exported N vehicles, according to the Korea Automobile ... Association" as Korea\'s exports', () => {
    const got = rows(`China's car exports

BEIJING, Jan 15 (Xinhua) -- China exported 5.86 million vehicles in 2024, up 19.3 percent, the customs said.

South Korea exported 2.78 million vehicles in 2024, according to the Korea Automobile and Mobility Association.`, '2025-01-15');
    expect(got.map((r) => [r[2], r[5], r[6], r[7]])).toEqual([
      [5_860_000, 'China', 'World', 'export'],
      [2_780_000, 'South Korea', 'World', 'export'],
    ]);
  });
});

describe('goods valued and then said to have gone to a place', () => {
  it('reads "goods worth X went to the other member states of the EU" as exports to the bloc', () => {
    const got = rows(`Austria's foreign trade in 2024

VIENNA - Austria exported goods worth 191.2 billion euros in 2024, down 3.4%, Statistics Austria reports. Its foreign trade as a whole came to 386.0 billion euros. Goods worth 128.3 billion euros went to the other member states of the European Union (-2.9%).`, '2025-02-20');
    expect(got.map((r) => [r[2], r[4], r[6], r[7]])).toEqual([
      [191_200_000_000, -3.4, 'World', 'export'],
      [386_000_000_000, null, 'World', 'total'],
      [128_300_000_000, -2.9, 'European Union', 'export'],
    ]);
  });
});

describe('the month a change is measured "on" after a change set off by commas', () => {
  it('dates the level after "rose $N, or P per cent, on May\'s figure to" to the release\'s month, not May', () => {
    const got = rows(`New Zealand's trade in June

WELLINGTON, July 28 (AAP) - New Zealand's goods exports rose to $6.12 billion in June, Stats NZ said.

Dairy exports rose $212 million, or nine per cent, on May's figure to $2.54 billion.`, '2016-07-28');
    expect(got.map((r) => [r[0], r[2]])).toEqual([
      ['2016-06', 6_120_000_000],
      ['2016-06', 2_540_000_000],
    ]);
  });
});

describe('the month prices peaked in, said beside a figure', () => {
  it('does not date the figure by the month of a price movement', () => {
    const got = rows(`Kazakhstan's trade

ASTANA, Dec. 10 -- Kazakhstan's exports reached 64.2 billion dollars in the first 11 months of 2014, down 5.6 percent, the statistics committee said.

Crude oil exports stood at 58.1 million tonnes, down 2 percent, while their value fell as world oil prices slumped in November.`, '2014-12-10');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2014-01', '2014-11', 64_200_000_000],
      ['2014-01', '2014-11', 58_100_000],
    ]);
  });
});
