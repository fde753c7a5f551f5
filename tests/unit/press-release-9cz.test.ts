/**
 * Rules of issue 9, part cz: the fixing round on blind batch 79 (land ports and freight trains as wires and local media
 * report them), each found there and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('places that only describe the city a figure is of', () => {
  it('keeps the city when its apposition calls it a hyphenated kind of hub in a province', () => {
    const text = [
      'Train services from Nantong grow',
      'NANJING, May 6 (Xinhua) -- Nantong, the river-port hub in east China\'s Jiangsu Province, dispatched 214 China-Europe freight trains in the first four months of 2026, up 18.2 percent year on year.',
    ].join('\n\n');
    expect(tuples(text, '2026-05-06')).toEqual([['2026-01', '2026-04', 214, 'trains', 18.2, 'Nantong', 'export']]);
  });

  it('does not take the town a train is bound for as the area of the sentences after', () => {
    const text = [
      'Wuhan trains keep growing',
      'Wuhan Daily -- The 900th train of the year left Wuhan on Monday, bound for Malaszewicze in Poland. The trains carried 81,200 TEUs of goods this year, up 9.4 percent year on year.',
    ].join('\n\n');
    const rows = releaseRows(text, '2026-11-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[81200, 'Wuhan']]);
  });
});

describe('a list of hubs with their counts', () => {
  it('counts the bare numbers of items set off by semicolons after an item with its own period and growth', () => {
    const text = [
      'China-Europe trains in 2025',
      'CGTN -- China-Europe freight trains made 18,610 trips in 2025, up 6 percent year on year. Among the hubs, Chengdu ran 2,204 trips over the year, up 3.1 percent; Changsha 1,318; Xiamen 402, up 22.5 percent; and Lianyungang 377.',
    ].join('\n\n');
    expect(tuples(text, '2026-01-09').filter((r) => r[0] === '2025-01' && (r[2] as number) < 3000)).toEqual([
      ['2025-01', '2025-12', 2204, 'trains', 3.1, 'Chengdu', 'total'],
      ['2025-01', '2025-12', 1318, 'trains', null, 'Changsha', 'total'],
      ['2025-01', '2025-12', 402, 'trains', 22.5, 'Xiamen', 'total'],
      ['2025-01', '2025-12', 377, 'trains', null, 'Lianyungang', 'total'],
    ]);
  });
});

describe('parts of a train count named without their noun', () => {
  it('reads "and inbound ones N" as the inbound part of the count before', () => {
    const text = [
      'Zhengzhou trains in 2025',
      'Henan Daily -- Zhengzhou ran 3,050 China-Europe freight trains in 2025. Outbound trains numbered 1,702 and inbound ones 1,348.',
    ].join('\n\n');
    expect(tuples(text, '2026-01-10').filter((r) => r[2] === 1348)).toEqual([['2025-01', '2025-12', 1348, 'trains', null, 'Zhengzhou', 'import']]);
  });

  it('reads trains that "carried goods back" as the inbound part', () => {
    const text = [
      'Xiamen trains',
      'Xiamen Daily -- Xiamen ran 402 China-Europe freight trains in 2025. Of the total, 251 were westbound trains to Hamburg and Budapest, and 151 carried goods back to Xiamen.',
    ].join('\n\n');
    expect(tuples(text, '2026-01-10').filter((r) => r[2] === 151)).toEqual([['2025-01', '2025-12', 151, 'trains', null, 'Xiamen', 'import']]);
  });
});

describe('a headline mark the body passes', () => {
  it('reads "pass N" as a threshold, so the headline is the body figure', () => {
    const text = [
      'Hefei freight trains pass 1,000 trips',
      'Anhui News -- Hefei\'s China-Europe freight trains made 1,046 trips in the first 11 months of 2026, up 12.7 percent year on year, the operator said.',
    ].join('\n\n');
    expect(tuples(text, '2026-12-02')).toEqual([['2026-01', '2026-11', 1046, 'trains', 12.7, 'Hefei', 'total']]);
  });
});

describe('running totals since a launch', () => {
  it('reads "since its railway port opened in" as the launch of the total', () => {
    const text = [
      'Erenhot trains',
      'HOHHOT, March 3 (Xinhua) -- Since its railway port opened in July 2013, Erenhot has handled more than 21,000 China-Europe freight trains, the port authority said.',
    ].join('\n\n');
    expect(tuples(text, '2026-03-03')).toEqual([['2013-07', '2026-03', 21000, 'trains', null, 'Erenhot Port', 'total']]);
  });

  it('reads "since the route\'s first train ran in" as the launch of the total', () => {
    const text = [
      'Rail-sea trains',
      'Guangxi Daily -- Since the route\'s first sea-rail train ran in May 2018, more than 31,000 such trains have run on the New International Land-Sea Trade Corridor.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-15').map((r) => r.slice(0, 4))).toEqual([['2018-05', '2026-10', 31000, 'trains']]);
  });

  it('counts "has since ..." from the month the sentence before named', () => {
    const text = [
      'Suzhou trains',
      'China Daily -- Suzhou sent its first freight train to Warsaw in November 2012. The city has since dispatched and received more than 4,100 trains, the local commerce bureau said.',
    ].join('\n\n');
    expect(tuples(text, '2026-06-18').map((r) => r.slice(0, 4))).toEqual([['2012-11', '2026-06', 4100, 'trains']]);
  });
});

describe('the worth of goods trains carried', () => {
  it('is two-way when a comma parts the worth from the cargo a pronoun subject carried', () => {
    const text = [
      'Boten rail port',
      'Vientiane Times -- Exports through the Boten rail port reached 1.4 million tonnes in January-September, while imports from China came to 0.9 million tonnes.',
      'Since the line began operations in December 2021, it has carried more than 9.2 million tonnes of cross-border cargo, worth 38.5 billion yuan.',
    ].join('\n\n');
    const worth = releaseRows(text, '2026-10-08').find((r) => r.unit === 'CNY');
    expect(worth?.flow).toBe('total');
  });

  it('is two-way when "the cargo they carried" is what was worth the amount', () => {
    const text = [
      'Changsha trains',
      'Hunan Daily -- Changsha ran 1,210 China-Europe trains in 2025. Of them, 802 were westbound.',
      'The cargo they carried was worth 28.4 billion yuan.',
    ].join('\n\n');
    const worth = releaseRows(text, '2026-01-12').find((r) => r.unit === 'CNY');
    expect(worth?.flow).toBe('total');
  });

  it('keeps the worth two-way when a later "with" clause only names goods among one way\'s cargo', () => {
    const text = [
      'Xi\'an trains',
      'Shaanxi Daily -- The Xi\'an trains carried goods worth 61.2 billion yuan in 2025, up 8 percent year on year, with cars and solar panels among the outbound cargo.',
    ].join('\n\n');
    const worth = releaseRows(text, '2026-01-15').find((r) => r.unit === 'CNY');
    expect(worth?.flow).toBe('total');
  });
});

describe('a multiple of an earlier year', () => {
  it('does not carry the year a multiple is taken of into the next sentence', () => {
    const text = [
      'Bridge cargo',
      'Xinhua -- Cargo over the Nizhneleninskoye railway bridge reached 2.8 million tonnes in 2025, nearly four times the volume of 2023, local officials said.',
      'Trade through Tongjiang Port came to 9.1 billion yuan, up 14.2 percent.',
    ].join('\n\n');
    const trade = releaseRows(text, '2026-01-20').find((r) => r.unit === 'CNY');
    expect(trade && [trade.period_start, trade.period_end]).toEqual(['2025-01', '2025-12']);
  });
});
