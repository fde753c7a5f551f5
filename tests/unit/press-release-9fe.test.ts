/**
 * Rules of issue 9, part fe: leftovers of the blind batch b105 and older batches (helper fix105c, 2026-12-04), each
 * written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a change per currency stated before the levels in each currency', () => {
  it('gives the dollar change to the dollar level and the yuan change to the yuan level', () => {
    const got = rows(`China's March imports dip in dollars, gain in yuan

BEIJING, April 13 -- China's imports slipped 1.4 percent in March from a year earlier in dollar terms but grew 4.2 percent when measured in yuan, official data showed.

Imports amounted to $141.2 billion in the month. Measured in yuan, March imports were 972.5 billion yuan.`, '2017-04-13');
    expect(got.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['2017-03', 141_200_000_000, 'USD', -1.4],
      ['2017-03', 972_500_000_000, 'CNY', 4.2],
    ]);
  });
});

describe('a second level joined by "with" in a "respectively" list', () => {
  it('pairs the trains and the TEUs with the two growths in order', () => {
    const got = rows(`Xi'an freight trains busy in March

XI'AN, April 9 -- In March, the hub's freight trains made 462 trips, the most the hub has run in any single month so far, with 38,700 TEUs carried, up 9 percent and 12 percent respectively.`, '2023-04-09');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([
      [462, 'trains', 9],
      [38_700, 'TEU', 12],
    ]);
  });
});

describe('a growth whose subject is the month\'s flow, after a level set against the month before', () => {
  it('gives the year-on-year change to the level, not to the worth in the next sentence', () => {
    const got = rows(`China's tungsten exports ease in July

BEIJING, Aug 9 -- China exported 1,820 tonnes of tungsten products in July, 6.1 percent less than in June, customs figures showed.

July's exports were also 3.2 percent lower than a year earlier. The month's shipments were valued at 61.5 million dollars.`, '2021-08-09');
    expect(got.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['2021-07', 1820, 'tonnes', -3.2],
      ['2021-07', 61_500_000, 'USD', null],
    ]);
  });
});

describe('a "respectively" list in the clause after ", and"', () => {
  it('pairs the growths with the two levels of the last clause only, not with the level of the clause before', () => {
    const got = rows(`Fujian's trade up in first quarter

FUZHOU, April 22 -- Fujian's foreign trade reached 480.2 billion yuan in the first quarter of 2024. Of its cities, Xiamen handled 231.6 billion yuan, and Quanzhou and Fuzhou recorded 96.4 billion yuan and 88.1 billion yuan, up 6.2 percent and 4.8 percent respectively.`, '2024-04-22');
    expect(got.map((r) => [r[2], r[4], r[5]])).toEqual([
      [480_200_000_000, null, 'Fujian'],
      [231_600_000_000, null, 'Xiamen'],
      [96_400_000_000, 6.2, 'Quanzhou'],
      [88_100_000_000, 4.8, 'Fuzhou'],
    ]);
  });
});

describe('Liaoning\'s prefecture-level cities', () => {
  it('reads a figure of Dandong, a city named with an aside, as the city\'s own', () => {
    const got = rows(`Liaoning's trade grows in first half

SHENYANG, July 18 -- Liaoning's foreign trade came to 389.0 billion yuan in the first half of 2024. Trade of Anshan, the steel city south of the capital, reached 14.2 billion yuan, and that of Dandong, on the Yalu River, 9.7 billion yuan.`, '2024-07-18');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [389_000_000_000, 'Liaoning'],
      [14_200_000_000, 'Anshan'],
      [9_700_000_000, 'Dandong'],
    ]);
  });
});

describe('a period opening the clause after a figure', () => {
  it('dates the figures of its own clause only; the figure before it keeps the release\'s period', () => {
    const got = rows(`Erenhot port's imports grow in first half

HOHHOT, July 10 -- Erenhot Port handled 9.4 million tonnes of imports in the first half of 2024, customs said. Zinc ore imports also climbed, to 310,000 tonnes, and in June alone 1.2 million tonnes of coal came in.`, '2024-07-10');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2024-01', '2024-06', 9_400_000],
      ['2024-01', '2024-06', 310_000],
      ['2024-06', '2024-06', 1_200_000],
    ]);
  });
});

describe('the year of a previous record', () => {
  it('is an aside: the sentence after it goes on with the period of the figures that beat it', () => {
    const got = rows(`Manzhouli timber imports at a record

HAILAR, Nov. 8 -- Timber imports through Manzhouli Port reached 8.2 million cubic meters in the first ten months of 2022, customs said, a new high. The previous record was set in 2017, when 7.9 million cubic meters came in. Pulp imports reached 640,000 tonnes.`, '2022-11-08');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2022-01', '2022-10', 8_200_000],
      ['2017-01', '2017-12', 7_900_000],
      ['2022-01', '2022-10', 640_000],
    ]);
  });
});

describe('a bare count after "there were" closing a sentence', () => {
  it('counts what the sentence before counted', () => {
    const got = rows(`Chongqing-Duisburg trains pass 20,000

CHONGQING, Dec. 2 -- So far this year the Chongqing-Duisburg trains have made 2,760 trips, the operator said. In 2012, the first full year of the service, there were just 41.`, '2021-12-02');
    expect(got.map((r) => [r[0], r[1], r[2], r[3]])).toContainEqual(['2012-01', '2012-12', 41, 'trains']);
  });
});

describe('a growth in brackets after an absolute change, with the base month and year far after it', () => {
  it('reads the base "June 2013" a year before as year-on-year, not as a bare month', () => {
    const got = rows(`Goods exports up in June

WELLINGTON, July 28 -- Goods exports rose $305 million (8.4 percent) to $3.97 billion in June 2014 compared with June 2013, the statistics office said.`, '2014-07-28');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([['2014-06', 3_970_000_000, 8.4]]);
  });
});

describe('a port\'s part of the imports, its goods named by a partner\'s adjective', () => {
  it('reads the tonnes the port handled as imports from that partner', () => {
    const got = rows(`Timber imports from Russia rise

HARBIN, Oct. 14 -- Timber imported from Russia through Heilongjiang's ports reached 2.1 million tonnes in the first nine months of 2023, customs said. Suifenhe port alone handled 1.3 million tonnes of Russian logs.`, '2023-10-14');
    expect(got.map((r) => [r[2], r[6], r[7]])).toContainEqual([1_300_000, 'Russia', 'import']);
  });
});

describe('the date of an amount a figure rose from', () => {
  it('is no period of the sentences after it', () => {
    const got = rows(`Cargo airports busier

ZHENGZHOU, Oct. 18 -- Zhengzhou airport handled 512,000 tonnes of cargo in the first three quarters of 2025, up 9.1 percent. It now flies 44 cargo routes abroad, up from 30 at the end of 2024. Ezhou airport handled 286,000 tonnes of international cargo, up 41.5 percent.`, '2025-10-18');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-01', '2025-09', 512_000],
      ['2025-01', '2025-09', 286_000],
    ]);
  });
});

describe('a period after the subject of the clause after a figure', () => {
  it('dates the later clause only; the month\'s figure before it keeps the month', () => {
    const got = rows(`China's October farm imports

BEIJING, Nov. 20 -- China imported 1.9 million tonnes of soybeans in October 2026, customs data showed. Pork imports were 81,000 tonnes, down 3.1 percent from a year earlier, whereas meat imports in the first ten months came to 5.2 million tonnes.`, '2026-11-20');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2026-10', '2026-10', 1_900_000],
      ['2026-10', '2026-10', 81_000],
      ['2026-01', '2026-10', 5_200_000],
    ]);
  });
});

describe('a loose year inside a relative aside about the subject', () => {
  it('does not date the figure outside the aside, which keeps the month', () => {
    const got = rows(`China's September pulp imports

BEIJING, Oct. 22 -- China imported 2.3 million tonnes of pulp in September 2026, customs data showed. Pulp from Uruguay, which became a large supplier only last year, came to 180,000 tonnes.`, '2026-10-22');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2026-09', '2026-09', 2_300_000],
      ['2026-09', '2026-09', 180_000],
    ]);
  });
});

describe('a bare place and a spaced long dash opening a wire story', () => {
  it('is where the story was written, not a partner of the first figure', () => {
    const got = rows(`China's October pulp imports slip 4% on year

Singapore — China imported 2.62 million tonnes of pulp in October, down 4.2% on the year, customs data showed.`, '2026-11-21');
    expect(got.map((r) => [r[2], r[4], r[5], r[6]])).toEqual([[2_620_000, -4.2, 'China', 'World']]);
  });
});

describe('"trade data" naming a source', () => {
  it('is no flow word: a dated base after it goes the way of its level', () => {
    const got = rows(`U.S. pork exports to China fall

WASHINGTON, Nov. 12 -- U.S. pork exports to China fell to 118,000 tonnes in January-September 2026, according to Commerce Department trade data, compared with 205,000 tonnes a year earlier.`, '2026-11-12');
    expect(got.map((r) => [r[0], r[2], r[7]])).toEqual([
      ['2026-01', 118_000, 'export'],
      ['2025-01', 205_000, 'export'],
    ]);
  });
});
