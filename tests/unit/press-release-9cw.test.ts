/**
 * Rules of issue 9, part cw: the fixing round of blind batch 76 (fixtures b76-… in tests/corpus/press-release), the sixth
 * mixed check across the six kinds of release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const grown = (r: Row) => [r.value, r.yoy_pct];

describe('growth rates listed before "respectively", levels after it', () => {
  it('"rose A and B respectively, to X and Y" pairs the rates with the levels in order, and with the partners before them', () => {
    const text = 'Trade with Germany and Brazil rose 3.7 percent and 8.2 percent respectively, to 41.6 billion yuan and 27.9 billion yuan, the customs office said.';
    const rows = releaseRows(text, '2026-05-12');
    expect(rows.map(grown)).toEqual([
      [41600000000, 3.7],
      [27900000000, 8.2],
    ]);
    expect(rows.map((r) => r.partner)).toEqual(['Germany', 'Brazil']);
  });

  it('the flows listed before the rates pair with the levels too', () => {
    const text = 'In the first half, exports and imports grew 6.4% and 1.9%, respectively, to 812.5 billion yuan and 530.2 billion yuan.';
    expect(releaseRows(text, '2026-07-15').map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [812500000000, 6.4, 'export'],
      [530200000000, 1.9, 'import'],
    ]);
  });
});

describe('a base two years back opening the sentence', () => {
  it('"Compared with the same period of 2024," in a release on 2026 makes the change no year-on-year figure', () => {
    const text = 'The province\'s trade reached 215.3 billion yuan in the first half of 2026, up 9.1 percent year on year. Compared with the same period of 2024, total trade grew 17.6 percent.';
    expect(releaseRows(text, '2026-07-20').map(levelTuple)).toEqual([['2026-01', '2026-06', 215300000000, 'CNY', 9.1]]);
  });

  it('the same opening with the year before keeps the change year-on-year, over the months in force', () => {
    const text = 'The province\'s trade reached 215.3 billion yuan in the first half of 2026. Compared with the same period of 2025, exports grew 11.2 percent.';
    expect(releaseRows(text, '2026-07-20').map(levelTuple)).toEqual([
      ['2026-01', '2026-06', 215300000000, 'CNY', null],
      ['2026-01', '2026-06', null, '', 11.2],
    ]);
  });
});

describe('a noun of change right after the percentage', () => {
  it('"a 12.4 percent slump" and "a 6.1 percent plunge" are falls', () => {
    const text = 'Exports to Japan suffered a 12.4 percent slump in April, after a 6.1 percent plunge in March.';
    expect(releaseRows(text, '2026-05-09').map((r) => [r.period_start, r.yoy_pct])).toEqual([
      ['2026-04', -12.4],
      ['2026-03', -6.1],
    ]);
  });
});

describe('rates of the economy', () => {
  it('"a quarter of the country\'s 4.6 percent economic growth" is no trade figure', () => {
    const text = 'Exports reached $2.41 trillion in 2026. Net exports accounted for about a quarter of the country\'s 4.6 percent economic growth, economists said.';
    expect(releaseRows(text, '2027-01-15').map(levelTuple)).toEqual([['2026-01', '2026-12', 2410000000000, 'USD', null]]);
  });
});

describe('a level set well past a dated amount', () => {
  it('"far above the $X recorded in May" dates only that amount: the sentence keeps its month, and the amount is no bound', () => {
    const text = 'Exports reached $200.2 billion in June. Imports rose 3.2 percent to $141.8 billion, leaving a surplus of $58.4 billion, well above the $39.1 billion recorded in May.';
    const rows = releaseRows(text, '2026-07-10');
    expect(rows.map(levelTuple)).toEqual([
      ['2026-06', '2026-06', 200200000000, 'USD', null],
      ['2026-06', '2026-06', 141800000000, 'USD', 3.2],
      ['2026-06', '2026-06', 58400000000, 'USD', null],
      ['2026-05', '2026-05', 39100000000, 'USD', null],
    ]);
    expect(rows[3].qualifier).toBe('exact');
  });
});

describe('months before a two-year label', () => {
  it('"July-February 2025-26" in a Pakistani release runs from July 2025 to February 2026, and the year before likewise', () => {
    const text = 'Pakistan exported textiles worth $11.9 billion during July-February 2025-26, against $11.2 billion during July-February 2024-25, the Pakistan Bureau of Statistics said.';
    expect(releaseRows(text, '2026-03-18').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2025-07', '2026-02', 11900000000],
      ['2024-07', '2025-02', 11200000000],
    ]);
  });
});

describe('more words of change', () => {
  it('"swelled 38.2pc to" is a rise leading into its level', () => {
    const text = 'Pakistan\'s imports swelled 38.2pc to $61.4bn during July-April of the current fiscal year, the Pakistan Bureau of Statistics said.';
    expect(releaseRows(text, '2022-05-04').map(levelTuple)).toEqual([['2021-07', '2022-04', 61400000000, 'USD', 38.2]]);
  });

  it('"widened 41 percent to an all-time high of X": the change leads into the level past the words of a record', () => {
    const text = "The country's trade deficit widened 41 percent to an all-time high of $35.7 billion in the first ten months of 2026, the statistics office said.";
    expect(releaseRows(text, '2026-11-09').map(levelTuple)).toEqual([['2026-01', '2026-10', -35700000000, 'USD', 41]]);
  });
});

describe('what a base quantity was worth', () => {
  it('"against X tonnes valued at $Y during <earlier months>": the worth is a base of the same earlier months', () => {
    const text = 'Pakistan exported 1.41 million tonnes of cement worth $122.6 million during July-March 2025-26, against 1.18 million tonnes valued at $104.9 million during July-March 2024-25, the Pakistan Bureau of Statistics said.';
    expect(releaseRows(text, '2026-04-21').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2025-07', '2026-03', 1410000],
      ['2025-07', '2026-03', 122600000],
      ['2024-07', '2025-03', 1180000],
      ['2024-07', '2025-03', 104900000],
    ]);
  });
});

describe('trains leaving the hub', () => {
  it('"departed from the station" counts trains that went out', () => {
    const text = 'The Shenyang rail hub handled 402 freight trains in the first quarter.\n\nMeanwhile, 311 China-Europe freight trains departed from the station, versus 280 in the same period last year.';
    expect(releaseRows(text, '2026-04-08').map((r) => [r.value, r.flow])).toEqual([
      [402, 'total'],
      [311, 'export'],
      [280, 'export'],
    ]);
  });
});

describe("a direction's share of the whole trade", () => {
  it('"Imports accounted for X percent of the port\'s trade" is a share of imports', () => {
    const text = "Trade through Suifenhe Port rose 12.3 percent to 21.6 billion yuan in the first half. Imports accounted for 81.2 percent of the port's trade.";
    expect(releaseRows(text, '2026-07-18').map((r) => [r.value, r.flow])).toEqual([
      [21600000000, 'total'],
      [81.2, 'import'],
    ]);
  });
});

describe('"this year" in the last week of December', () => {
  it('is the whole year (the year-end estimates), while earlier in December it is the year so far', () => {
    const text = "Cambodia's exports rose 11.4 percent this year to $27.8 billion, the ministry said.";
    expect(releaseRows(text, '2026-12-28').map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-12']]);
    expect(releaseRows(text, '2026-12-09').map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-11']]);
  });
});
