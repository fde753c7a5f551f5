/**
 * Rules of issue 9, part da: the misses of blind batch 80 (a mixed check across the six kinds, seventh of its kind)
 * and the same phenomena elsewhere, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const placed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.flow]);

describe('a superlative of where a place lies, in apposition', () => {
  it('keeps the province as the area past ", China\'s southernmost,"', () => {
    const text = 'Imports and exports of Hainan province, China\'s southernmost, totaled 231.4 billion yuan in the first half, up 9.1 percent.';
    expect(placed(text, '2026-07-20')).toEqual([[231_400_000_000, 'CNY', 'Hainan', 'total']]);
  });
});

describe('an amount someone hopes to push trade to', () => {
  it('reads no row from "hopes to push trade above"', () => {
    const text = 'Jilin province\'s foreign trade rose 4.2 percent to $18.6 billion in 2025. The provincial government hopes to push trade above $21 billion this year.';
    expect(tuples(text, '2026-01-25')).toEqual([['2025-01', '2025-12', 18_600_000_000, 'USD', 4.2]]);
  });
});

describe('a paragraph on annual figures after a year ended the reported month', () => {
  it('dates "Annual goods exports" in a new paragraph by the year ended that month, not the month', () => {
    const text = [
      'In June 2026, goods exports rose 8.2 percent to $6.12 billion.',
      'The annual trade balance was a deficit of $1.8 billion for the year ended June 2026.',
      'Annual goods exports were $71.4 billion.',
    ].join('\n\n');
    expect(tuples(text, '2026-07-28').map((t) => t.slice(0, 3))).toEqual([
      ['2026-06', '2026-06', 6_120_000_000],
      ['2025-07', '2026-06', -1_800_000_000],
      ['2025-07', '2026-06', 71_400_000_000],
    ]);
  });
});

describe('a change falling short of an earlier month\'s', () => {
  it('reads "well short of the ... gain in May" as May\'s growth and keeps the sentence\'s own rate in June', () => {
    const text = 'Exports grew 6.1 percent in June from a year earlier. Imports rose 2.4 percent, well short of the 7.8 percent gain in May.';
    expect(tuples(text, '2026-07-14')).toEqual([
      ['2026-06', '2026-06', null, '', 6.1],
      ['2026-06', '2026-06', null, '', 2.4],
      ['2026-05', '2026-05', null, '', 7.8],
    ]);
  });
});

describe('a wire bullet\'s shortened forecast', () => {
  it('reads no row from "vs f\'cast"', () => {
    const text = [
      'China June trade surplus widens',
      '',
      "* June exports +6.1 pct y/y vs f'cast +4.5 pct",
      "* Trade surplus $81.2 bln vs f'cast $76.0 bln",
      '',
      'BEIJING, July 14 - China\'s exports grew 6.1 percent in June from a year earlier, leaving a trade surplus of $81.2 billion, customs data showed on Tuesday.',
    ].join('\n');
    expect(tuples(text, '2026-07-14')).toEqual([
      ['2026-06', '2026-06', null, '', 6.1],
      ['2026-06', '2026-06', 81_200_000_000, 'USD', null],
    ]);
  });
});

describe('a growth of all goods and a level of named goods set against another month', () => {
  it('does not give the bullet\'s imports growth to a later tonnage compared with the month before', () => {
    const text = [
      'China June imports slow',
      '',
      "* June imports +2.4 pct y/y vs f'cast +3.0 pct",
      '',
      'BEIJING, July 14 - China\'s imports rose 2.4 percent in June from a year earlier, well short of the 7.8 percent gain in May, customs data showed.',
      '',
      'Soybean imports fell to 10.6 million tonnes in June, from 12.1 million tonnes in May.',
    ].join('\n');
    expect(tuples(text, '2026-07-14')).toEqual([
      ['2026-06', '2026-06', null, '', 2.4],
      ['2026-05', '2026-05', null, '', 7.8],
      ['2026-06', '2026-06', 10_600_000, 'tonnes', null],
      ['2026-05', '2026-05', 12_100_000, 'tonnes', null],
    ]);
  });
});

describe('a place inside an apposition describing a port', () => {
  it('keeps the port as the area past ", the busiest of the Pingxiang ports,"', () => {
    const text = 'Friendship Pass Port, the busiest of the Pingxiang ports, cleared 2.31 million tonnes of cargo in the first half of 2026, up 12.4 percent.';
    expect(placed(text, '2026-07-18')).toEqual([[2_310_000, 'tonnes', 'Youyiguan Port', 'total']]);
  });
});

describe('"the year\'s" figures in a report out early in the next year', () => {
  it('dates "the year\'s coal imports" by the whole year just ended, not the month before', () => {
    const text = 'China imported 46.2 million tonnes of coal in December, up 3.1 percent. The value of the year\'s coal imports fell 8.4 percent to $41.7 billion.';
    expect(tuples(text, '2026-01-14')).toEqual([
      ['2025-12', '2025-12', 46_200_000, 'tonnes', 3.1],
      ['2025-01', '2025-12', 41_700_000_000, 'USD', -8.4],
    ]);
  });

  it('leaves "the year\'s highest" as a rank of the month', () => {
    const text = 'China imported 46.2 million tonnes of coal in December, the year\'s highest monthly total.';
    expect(tuples(text, '2026-01-14')).toEqual([['2025-12', '2025-12', 46_200_000, 'tonnes', null]]);
  });
});

describe('a ranked list with each place\'s bare count in brackets', () => {
  it('reads "followed by Kazakhstan (64,000) and Uzbekistan (38,000)" as counts of the same things', () => {
    const text = 'China exported 912,000 trucks and buses in January-June. Russia was the top buyer with 151,000 vehicles, or 16.6% of the total, followed by Kazakhstan (64,000) and Uzbekistan (38,000).';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [912_000, 'vehicles', 'World'],
      [151_000, 'vehicles', 'Russia'],
      [16.6, 'percent-share', 'Russia'],
      [64_000, 'vehicles', 'Kazakhstan'],
      [38_000, 'vehicles', 'Uzbekistan'],
    ]);
  });
});

describe('trains that came back, counted by a bare number', () => {
  it('reads "and 412 came back" after the trains that went out as inbound trains', () => {
    const text = 'Freight trains between Hefei and Europe made 960 trips in 2025, up 8.5 percent. Of them, 548 trains headed to Europe and 412 came back with machinery and wine.';
    expect(releaseRows(text, '2026-01-12').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [960, 'trains', 'total'],
      [548, 'trains', 'export'],
      [412, 'trains', 'import'],
    ]);
  });
});

describe('room to store goods', () => {
  it('reads no row from "with storage for" or "can store"', () => {
    const text = 'Trade through Dongxing Port rose 6.2 percent to 41.3 billion yuan in the first half. A new cold store with storage for 30,000 tonnes opened in May, and warehouses near the bridge can store 12,000 tonnes.';
    expect(tuples(text, '2026-07-15')).toEqual([['2026-01', '2026-06', 41_300_000_000, 'CNY', 6.2]]);
  });
});
