/**
 * Rules of issue 9, part h (found by the third blind batch of releases written before the extractor
 * was run on them, b10-… in tests/corpus/press-release), in our own words: the South African rand,
 * growth rates whose verb is left out, the month a release's data are for, a dateline year taken
 * from "so far in <year>", and unit prices with a bracketed conversion or a compared base.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));

describe('the South African rand', () => {
  it('reads "R" glued to a number, and the word "rand", as ZAR', () => {
    const rows = rowsOf('South Africa recorded a trade surplus of R9.6 billion in March 2026, SARS said. Exports were 180.2 billion rand.', '2026-04-30');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [9600000000, 'ZAR', 'balance'],
      [180200000000, 'ZAR', 'export'],
    ]);
  });

  it('leaves a spaced or word-final capital R alone', () => {
    const rows = rowsOf('Exports through Terminal R 4 rose to 2.1 million tonnes in March 2026.', '2026-04-30');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[2100000, 'tonnes']]);
  });
});

describe('a growth rate whose verb is left out', () => {
  it('carries the change of the clause before: "and imports 4.2 percent to X"', () => {
    const rows = rowsOf("Anhui's exports grew 9.1 percent to 301.4 billion yuan in the first half of 2026 and imports 4.2 percent to 120.6 billion yuan.", '2026-07-20');
    expect(brief(rows)).toEqual([
      { value: 301400000000, unit: 'CNY', yoy: 9.1, flow: 'export', start: '2026-01', end: '2026-06' },
      { value: 120600000000, unit: 'CNY', yoy: 4.2, flow: 'import', start: '2026-01', end: '2026-06' },
    ]);
  });

  it('keeps the direction of a fall, after a comma too', () => {
    const rows = rowsOf("Hebei's exports fell 2.5 percent to 40.2 billion yuan in May 2026, imports 7.3 percent to 18.8 billion yuan.", '2026-06-20');
    expect(rows.map((r) => r.yoy_pct)).toEqual([-2.5, -7.3]);
  });

  it('keeps a month-on-month basis month-on-month', () => {
    const rows = rowsOf('Exports rose 3.0 percent month on month to 88.1 billion yuan in May 2026 and imports 1.4 percent to 52.3 billion yuan.', '2026-06-20');
    expect(rows.map((r) => r.yoy_pct)).toEqual([null, null]);
  });
});

describe('the month a release\'s data are for', () => {
  it('ends "year to date" there, in a June report published in late August', () => {
    const rows = rowsOf("Data for June published by Hefei Customs on Tuesday show Anhui's imports and exports at 470.3 billion yuan year to date, up 8.8 percent.", '2026-08-25');
    expect(brief(rows)).toEqual([{ value: 470300000000, unit: 'CNY', yoy: 8.8, flow: 'total', start: '2026-01', end: '2026-06' }]);
  });

  it('reads "the May figures" the same way', () => {
    const rows = rowsOf("According to the May figures released on Friday, Hunan's foreign trade reached 231.0 billion yuan year to date.", '2026-07-10');
    expect(rows.map((r) => `${r.period_start}..${r.period_end}`)).toEqual(['2026-01..2026-05']);
  });
});

describe('a dateline without a year', () => {
  it('takes the year from "so far in <year>" when no caller date is given', () => {
    const text = 'FANGCHENGGANG, Nov. 27 (Xinhua) -- Trade through the Dongxing border crossing has totaled 31.2 billion yuan so far in 2026, local customs said.';
    const rows = rowsOf(text, '');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[31200000000, '2026-01', '2026-11']]);
  });
});

describe('unit prices', () => {
  it('sets aside a price with a bracketed conversion before "per ton", and the price it is compared with', () => {
    const text = 'Iron ore imports reached 102.3 million tonnes in May 2026. Ore delivered to Qingdao was priced around 760 yuan ($105.20) per ton, down from 820 yuan a year earlier.';
    expect(rowsOf(text, '2026-06-09').map((r) => [r.value, r.unit])).toEqual([[102300000, 'tonnes']]);
  });

  it('sets aside a price per pound and its year-earlier base', () => {
    const text = "Peru's copper exports rose 8.2% to $2.05 billion in April 2026. The copper price averaged $4.21 per pound, up from $3.96 a year earlier.";
    expect(rowsOf(text, '2026-06-05').map((r) => [r.value, r.unit])).toEqual([[2050000000, 'USD']]);
  });
});

describe('an amount others expected', () => {
  it('is no figure: "above the $X expected by economists"', () => {
    const rows = rowsOf('Peru posted a trade surplus of $2.3 billion in May 2026, below the $2.6 billion expected by analysts in a Reuters poll.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[2300000000, 'balance']]);
  });

  it('keeps an amount that came in "as expected by" them', () => {
    const rows = rowsOf('Peru posted a trade surplus of $2.3 billion in May 2026, as expected by analysts.', '2026-06-20');
    expect(rows.map((r) => r.value)).toEqual([2300000000]);
  });
});

describe('"in the month"', () => {
  it('is the last month of the period stated before, not the year to date', () => {
    const text = 'Year to date, Argentina\'s surplus reached $11.2 billion in the first seven months of 2026. Wheat shipments totaled 1.4 million tonnes in the month.';
    expect(rowsOf(text, '2026-08-20').map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [11200000000, '2026-01', '2026-07'],
      [1400000, '2026-07', '2026-07'],
    ]);
  });
});

describe('a headline growth with fewer decimals', () => {
  it('is the body\'s growth rounded: one row', () => {
    const text = "China's barley imports drop 27% in May\n\nChina imported 1.02 million tonnes of barley in May 2026, down 27.4 percent year on year, customs data showed.";
    expect(rowsOf(text, '2026-06-18').map((r) => [r.value, r.yoy_pct])).toEqual([[1020000, -27.4]]);
  });
});

describe('a city set in its province by an apposition', () => {
  it('keeps the city as the area: "Chengdu, capital of southwest China\'s Sichuan province"', () => {
    const rows = rowsOf("China-Europe freight trains departing from Chengdu, capital of southwest China's Sichuan province, made 3,120 trips in the first half of 2026.", '2026-07-08');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[3120, 'Chengdu']]);
  });
});

describe('places listed before "respectively"', () => {
  it('pair with the levels in order, with the growth rates after them', () => {
    const text = "Suzhou, Wuxi and Nantong, the province's top three trading cities, posted trade of 1.21 trillion yuan, 402.5 billion yuan and 211.8 billion yuan in the first half of 2026, up 3.1 percent, 5.6 percent and 8.0 percent respectively.";
    expect(rowsOf(text, '2026-07-22').map((r) => [r.value, r.area, r.yoy_pct])).toEqual([
      [1210000000000, 'Suzhou', 3.1],
      [402500000000, 'Wuxi', 5.6],
      [211800000000, 'Nantong', 8],
    ]);
  });
});

describe('a causal "as" clause', () => {
  it('keeps its period to itself: "Q1-Q3 trade up 3.8% y/y as 3Q accelerates"', () => {
    const rows = rowsOf('Hunan Q1-Q3 exports up 6.1% y/y as 3Q shipments rebound', '2026-10-21');
    expect(rows.map((r) => [r.yoy_pct, r.period_start, r.period_end])).toEqual([[6.1, '2026-01', '2026-09']]);
  });

  it('leaves "as well as" alone', () => {
    const rows = rowsOf('In the first half of 2026, exports as well as imports rose 4.0 percent.', '2026-07-15');
    expect(rows.map((r) => [r.yoy_pct, r.period_start, r.period_end])).toEqual([[4, '2026-01', '2026-06']]);
  });
});

describe('goods passing through a port in a clause of their own', () => {
  it('moved both ways, whatever an earlier clause exported', () => {
    const rows = rowsOf('In the first quarter of 2026, Alashankou Port exported 1,250 vehicles, while 56,000 TEUs of containers passed through it.', '2026-04-09');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1250, 'vehicles', 'export'],
      [56000, 'TEU', 'total'],
    ]);
  });
});
