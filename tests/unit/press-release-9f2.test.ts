/**
 * Rules of issue 9, part f2: the fixing round after blind batch 97 (helper b97, 2026-12-04), each found on a phenomenon
 * of that batch's misses and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string, options?: PressReleaseOptions) => releaseRows(text, published, options).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('a percentage named as a yearly goal', () => {
  it('is no growth when an adjective stands between it and the goal', () => {
    const text = 'HANOI, Oct. 6 -- Vietnam\'s exports rose 11.3 percent year on year to 264.5 billion U.S. dollars in the first nine months, the statistics office said. Growth in the period was still short of the 12 percent annual goal set by the government.';
    expect(tuples(text, '2026-10-06')).toEqual([['2026-01', '2026-09', 264_500_000_000, 'USD', 11.3, 'Vietnam', 'export']]);
  });
});

describe('a forecast whose poll is named after the forecasters', () => {
  it('is no growth, and an earlier month\'s possessive growth joined to it by "and" is that month\'s', () => {
    const text = 'SEOUL (Reuters) - South Korea\'s exports rose 7.9% in September from a year earlier to $58.2 billion, short of the 9% gain economists in a Yonhap poll had forecast and August\'s 13.4% rise, trade ministry data showed on Thursday.';
    expect(tuples(text, '2026-10-01')).toEqual([
      ['2026-09', '2026-09', 58_200_000_000, 'USD', 7.9, 'South Korea', 'export'],
      ['2026-08', '2026-08', null, '', 13.4, 'South Korea', 'export'],
    ]);
  });
});

describe('a word of pace before an earlier period', () => {
  it('compares the growth rates, so the change keeps its year-on-year basis', () => {
    const text = 'Guangdong\'s foreign trade reached 4.42 trillion yuan in the first half of 2026, the provincial customs said. In the second quarter alone, trade came to 2.31 trillion yuan, up 6.8%, accelerating from the first quarter.';
    expect(tuples(text, '2026-07-20')).toEqual([
      ['2026-01', '2026-06', 4_420_000_000_000, 'CNY', null, 'Guangdong', 'total'],
      ['2026-04', '2026-06', 2_310_000_000_000, 'CNY', 6.8, 'Guangdong', 'total'],
    ]);
  });

  it('leaves a change measured from the earlier period without a word of pace alone', () => {
    const text = 'Guangdong\'s foreign trade reached 4.42 trillion yuan in the first half of 2026, the provincial customs said. In the second quarter alone, trade came to 2.31 trillion yuan, up 6.8% from the first quarter.';
    expect(tuples(text, '2026-07-20')[1]).toEqual(['2026-04', '2026-06', 2_310_000_000_000, 'CNY', null, 'Guangdong', 'total']);
  });
});

describe('Guangxi land ports named bare in a list with an apposition', () => {
  it('take the levels listed "respectively" in order', () => {
    const text = 'NANNING, Nov. 14 -- Shuikou, Aidian and Dongxing, three border ports in Guangxi facing Vietnam, cleared 402,000 tonnes, 356,000 tonnes and 918,000 tonnes of goods, respectively, from January to October, local customs said.';
    expect(tuples(text, '2026-11-14')).toEqual([
      ['2026-01', '2026-10', 402_000, 'tonnes', null, 'Shuikou Port', 'total'],
      ['2026-01', '2026-10', 356_000, 'tonnes', null, 'Aidian Port', 'total'],
      ['2026-01', '2026-10', 918_000, 'tonnes', null, 'Dongxing Port', 'total'],
    ]);
  });
});

describe('"outbound and inbound" before counts listed "respectively"', () => {
  it('gives the counts the two directions in order', () => {
    const text = 'WUHAN, Jan. 9 -- China-Europe freight trains from Wuhan made 1,184 trips last year, up 12 percent. Outbound and inbound trips numbered 702 and 482, respectively, the operator said.';
    expect(tuples(text, '2027-01-09').slice(1)).toEqual([
      ['2026-01', '2026-12', 702, 'trains', null, 'Wuhan', 'export'],
      ['2026-01', '2026-12', 482, 'trains', null, 'Wuhan', 'import'],
    ]);
  });
});

describe('"the number" opening a sentence of growth after a count of trips', () => {
  it('is the growth of that count, not of the cargo named in the next sentence', () => {
    const text = 'The Yuxinou freight train service based in Chongqing made 2,140 trips in 2019, the operator said on Tuesday. The number rose 38 percent from the previous year. The trains hauled 1.6 million tonnes of goods.';
    expect(tuples(text, '2020-01-14')).toEqual([
      ['2019-01', '2019-12', 2140, 'trains', 38, 'Chongqing', 'total'],
      ['2019-01', '2019-12', 1_600_000, 'tonnes', null, 'Chongqing', 'total'],
    ]);
  });
});

describe('a base in "the same period of last year" for months of the year before publication', () => {
  it('is of the same months a year before the figure\'s', () => {
    const text = 'ISLAMABAD, Jan 5: Pakistan\'s exports in July-December 2026 rose to $17.42 billion, against $16.08 billion in the same period of last year, the statistics bureau said.';
    expect(tuples(text, '2027-01-05')).toEqual([
      ['2026-07', '2026-12', 17_420_000_000, 'USD', null, 'Pakistan', 'export'],
      ['2025-07', '2025-12', 16_080_000_000, 'USD', null, 'Pakistan', 'export'],
    ]);
  });
});

describe('an enforcement word in the next clause of a figure', () => {
  it('belongs to that clause, not to the figure before it', () => {
    const text = 'MANZHOULI, July 9 -- Manzhouli Customs collected 3.62 billion yuan in import duties in the first half of 2026, up 5.2 percent, and seized 40 tonnes of smuggled beef.';
    expect(tuples(text, '2026-07-09', { revenue: true }).map((t) => t.slice(0, 5))).toEqual([['2026-01', '2026-06', 3_620_000_000, 'CNY', 5.2]]);
  });
});

describe('a part of a train count "heading to" a place', () => {
  it('is a part of the count going out', () => {
    const text = 'HOHHOT, April 8 -- A total of 1,120 China-Europe freight trains crossed at Manzhouli in the first quarter of 2026, 610 of them heading for Europe.';
    expect(tuples(text, '2026-04-08')).toEqual([
      ['2026-01', '2026-03', 1120, 'trains', null, 'Manzhouli Port', 'total'],
      ['2026-01', '2026-03', 610, 'trains', null, 'Manzhouli Port', 'export'],
    ]);
  });
});

describe('a paragraph opened by a flow in the last month of the lead year', () => {
  it('is an aside: the next paragraph goes on with the year', () => {
    const text = [
      'Japan\'s 2026 LNG imports fall',
      'TOKYO, Jan 22 (Reuters) - Japan imported 61.8 million tonnes of liquefied natural gas in 2026, down 4.1 percent from a year earlier, finance ministry data showed.',
      'Imports in December came to 6.02 million tonnes, up 2.3 percent from a year before.',
      'Arrivals from Australia fell 6.5 percent to 24.1 million tonnes.',
    ].join('\n\n');
    expect(tuples(text, '2027-01-22').map((t) => t.slice(0, 5))).toEqual([
      ['2026-01', '2026-12', 61_800_000, 'tonnes', -4.1],
      ['2026-12', '2026-12', 6_020_000, 'tonnes', 2.3],
      ['2026-01', '2026-12', 24_100_000, 'tonnes', -6.5],
    ]);
  });
});

describe('a single-day record', () => {
  it('is a day\'s figure, no row', () => {
    const text = 'HEIHE, Oct. 12 -- Heihe port handled 1.42 million tonnes of cargo in the first nine months of 2026, up 9.8 percent. The port set a single-day record of 23,600 tonnes on Sept. 17.';
    expect(tuples(text, '2026-10-12').map((t) => t.slice(0, 5))).toEqual([['2026-01', '2026-09', 1_420_000, 'tonnes', 9.8]]);
  });
});
