/**
 * Rules of issue 9, part be: batch 47 (older releases, 2004-2016: wire stories on China's customs figures,
 * provincial portals, Hong Kong, Korea, Japan and Canada; fixtures b47-… in tests/corpus/press-release),
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const key = (r: Row) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow];

describe('a result set against forecasts', () => {
  it('leaves the figures after "beating forecasts," results', () => {
    const text = 'In March, shipments abroad rose 6.2 percent to 98.4 billion dollars, beating forecasts, while purchases from abroad fell 3 percent to 71.5 billion dollars.';
    expect(releaseRows(text, '2012-04-10').map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [98400000000, 6.2, 'export'],
      [71500000000, -3, 'import'],
    ]);
  });

  it('still reads a forecast after the word as no row', () => {
    const text = 'Exports grew 4.4 percent in March, beating forecasts of 3 percent growth.';
    expect(releaseRows(text, '2012-04-10').map((r) => r.yoy_pct)).toEqual([4.4]);
  });
});

describe('a level of the same months two years back', () => {
  it('dates only itself: the next paragraph goes on with the report\'s period', () => {
    const text = [
      'The province\'s trade with Mongolia came to US$1.42 billion in the first five months of this year, up 18.3 percent. It stayed below the US$1.61 billion of the first five months of 2009.',
      '',
      'Exports to Mongolia rose 22 percent to US$640 million.',
    ].join('\n');
    expect(releaseRows(text, '2011-06-20').map(key)).toEqual([
      ['2011-01', '2011-05', 1420000000, 'USD', 18.3, 'total'],
      ['2009-01', '2009-05', 1610000000, 'USD', null, 'total'],
      ['2011-01', '2011-05', 640000000, 'USD', 22, 'export'],
    ]);
  });
});

describe('a change whose verb the clause before gave', () => {
  it('keeps "of goods" with the flow', () => {
    const text = 'For the year as a whole, total exports of goods rose 3.2% to $3,210.5 billion and imports of goods 2.7% to $3,598.1 billion.';
    expect(releaseRows(text, '2008-01-25').map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [3210500000000, 3.2, 'export'],
      [3598100000000, 2.7, 'import'],
    ]);
  });

  it('may name goods, and may end the sentence without a level', () => {
    const text = 'In May, exports of steel products fell 12.4 percent to $2.1 billion and auto parts 7.5 percent to $1.8 billion, while mobile phones rose 9.9 percent to $2.6 billion and computers 4.1 percent.';
    expect(releaseRows(text, '2012-06-01').map((r) => [r.value, r.yoy_pct])).toEqual([
      [2100000000, -12.4],
      [1800000000, -7.5],
      [2600000000, 9.9],
      [null, 4.1],
    ]);
  });
});

describe('an amount written without its currency after a percentage', () => {
  it('takes the currency of the amount before it in the sentence', () => {
    const text = 'In April, exports climbed 31.2 percent to 39.91 billion US dollars and imports 28.5 percent to 36.37 billion.';
    expect(releaseRows(text, '2005-05-12').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [39910000000, 'USD', 31.2],
      [36370000000, 'USD', 28.5],
    ]);
  });
});

describe('levels at constant prices', () => {
  it('are no rows, nor is the base year', () => {
    const text = [
      'Canadian international merchandise trade, March 2010',
      '',
      'Exports increased 2.4% to $33.6 billion in March, while imports edged up 0.3% to $34.1 billion.',
      '',
      'In constant 2002 dollars, exports were $35.9 billion and imports $37.0 billion.',
    ].join('\n');
    expect(releaseRows(text, '2010-05-12').map((r) => r.value)).toEqual([33600000000, 34100000000]);
  });

  it('also with the base year before "constant"', () => {
    const text = 'Exports increased 2.4% to $33.6 billion in March. In 2002 constant dollars, exports totalled $35.9 billion.';
    expect(releaseRows(text, '2010-05-12').map((r) => r.value)).toEqual([33600000000]);
  });
});

describe('countries other than the United States', () => {
  it('are a partner group that "these countries" point back to', () => {
    const text = [
      'Canadian international merchandise trade, April 2010',
      '',
      'Exports to countries other than the United States rose 3.1% to $8.8 billion. Imports from these countries declined 0.7% to $12.2 billion.',
      '',
      'Compared with April 2009, exports were up 11.2% and imports were up 8.4%.',
    ].join('\n');
    const rows = releaseRows(text, '2010-06-10');
    expect(rows.map((r) => [r.value, r.partner, r.flow])).toEqual([
      [8800000000, 'countries other than the United States', 'export'],
      [12200000000, 'countries other than the United States', 'import'],
      [null, 'World', 'export'],
      [null, 'World', 'import'],
    ]);
  });
});

describe('a sentence holding only a forecast', () => {
  it('dates nothing after it', () => {
    const text = [
      'Exports rose 9.8 percent in October from a year earlier to US$46.1 billion. The ministry said annual exports were expected to top $500 billion this month.',
      '',
      'Shipments to China gained 12.5 percent.',
    ].join('\n');
    expect(releaseRows(text, '2011-11-01').map(key)).toEqual([
      ['2011-10', '2011-10', 46100000000, 'USD', 9.8, 'export'],
      ['2011-10', '2011-10', null, '', 12.5, 'export'],
    ]);
  });
});

describe('an amount of a place\'s trade, then ", or" and a percentage', () => {
  it('is that amount\'s share', () => {
    const text = 'In the first quarter of 2015, Haikou Comprehensive Bonded Zone handled 3.12 billion yuan of the province\'s trade, or 14.7 per cent.';
    expect(releaseRows(text, '2015-04-20').map((r) => [r.value, r.unit])).toEqual([
      [3120000000, 'CNY'],
      [14.7, 'percent-share'],
    ]);
  });
});

describe('a list of partners under a caption in brackets', () => {
  const text = 'Leading partners (January-March, US$ billion, change): Japan 41.27 (+9.8%); EU 39.50 (+14.2%); Hong Kong 22.61 (+18.5%); Taiwan 15.08 (+6.4%).';

  it('gives the caption\'s currency and scale to the bare amounts', () => {
    expect(releaseRows(text, '2005-04-15').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [41270000000, 'USD', 9.8],
      [39500000000, 'USD', 14.2],
      [22610000000, 'USD', 18.5],
      [15080000000, 'USD', 6.4],
    ]);
  });

  it('makes every place heading an item a partner, Hong Kong in a release on China included', () => {
    const china = `China's foreign trade rose 24.1 percent in the first quarter of 2005. ${text}`;
    expect(releaseRows(china, '2005-04-15').slice(1).map((r) => [r.area, r.partner])).toEqual([
      ['China', 'Japan'],
      ['China', 'European Union'],
      ['China', 'Hong Kong'],
      ['China', 'Taiwan'],
    ]);
  });
});

describe('the whole a share was taken of, with its level in a which-clause', () => {
  it('is the area of that level', () => {
    const text = 'Trade through Hekou reached 412 million U.S. dollars in the first half of 2010, up 22.4 percent. The figure made up 19.6 percent of Yunnan\'s trade with Vietnam, which stood at 2.1 billion dollars in the six months.';
    expect(releaseRows(text, '2010-07-20').map((r) => [r.value, r.area])).toEqual([
      [412000000, 'Hekou Port'],
      [19.6, 'Hekou Port'],
      [2100000000, 'Yunnan'],
    ]);
  });
});
