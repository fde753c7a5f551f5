/**
 * Rules of issue 9, part a42: dense sentences and other countries' agencies of the blind batches 143 and 146 (helper
 * fix143, 2026-12-05), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('growth rates listed before their base and the levels they lead into', () => {
  it('pairs "rose A% and B% over the same period of last year, reaching X and Y respectively" in order with the flows', () => {
    const got = rows(`Island trade, first half

For the first half of 2026, exports and imports of the island rose 8.3% and 5.1% over the same period of 2025,
reaching $120.4 billion and $98.7 billion respectively, the statistics bureau said.`.replace(/\n(?!\n)/g, ' '), '2026-07-20');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [120_400_000_000, 8.3, 'export'],
      [98_700_000_000, 5.1, 'import'],
    ]);
  });

  it('pairs them as well when the base is "a year earlier" and the levels follow "amounting to"', () => {
    const got = rows(`Port trade in the third quarter

In the third quarter, imports and exports grew 2.2 percent and 6.4 percent from a year earlier, amounting to 41.5
billion dollars and 52.0 billion dollars respectively.`.replace(/\n(?!\n)/g, ' '), '2026-10-15');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [41_500_000_000, 2.2, 'import'],
      [52_000_000_000, 6.4, 'export'],
    ]);
  });
});

describe('the month of a rate the figure outruns dates that rate only', () => {
  it('keeps the next sentence on the report month after "outpacing the 7.2% gain in April"', () => {
    const got = rows(`May trade

Exports climbed 12.8% in May to 30.2 billion dollars, outpacing the 7.2% gain in April, the ministry said.

Imports rose 9.0% to 27.5 billion dollars.`.replace(/\n(?!\n)/g, ' '), '2026-06-08');
    expect(got.find((r) => r[2] === 27_500_000_000)?.slice(0, 2)).toEqual(['2026-05', '2026-05']);
  });

  it('does the same after "against a 3.1 percent rise in April" and "beating the 5% increase in April"', () => {
    for (const phrase of ['against a 3.1 percent rise in April', 'beating the 5% increase in April']) {
      const got = rows(`May trade\n\nExports grew 6.0 percent in May to 8.4 billion euros, ${phrase}.\n\nImports fell 2.0 percent to 7.9 billion euros.`, '2026-06-08');
      expect(got.find((r) => r[2] === 7_900_000_000)?.slice(0, 2)).toEqual(['2026-05', '2026-05']);
    }
  });

  it('keeps a month that a rate passing a mark is of ("with growth topping 20% in March") for the next sentence', () => {
    const got = rows(`Trade\n\nExports to ASEAN climbed to 12.0 billion dollars, with growth topping 20% in March.\n\nImports rose 4.0% to 9.1 billion dollars.`, '2026-05-10');
    expect(got.find((r) => r[2] === 9_100_000_000)?.slice(0, 2)).toEqual(['2026-03', '2026-03']);
  });
});

describe('a month range "period last year"', () => {
  it('reads "the January-September period last year" as those months of the year before, not a base of this year', () => {
    const got = rows(`Surplus narrows

In the first nine months, the surplus came to 12.4 billion dollars, down from 14.0 billion dollars in the January-September period last year.`, '2026-10-10');
    expect(got.find((r) => r[2] === 14_000_000_000)?.slice(0, 2)).toEqual(['2025-01', '2025-09']);
  });
});

describe('a count of months made an adjective before a flow', () => {
  it('reads a headline "nine-month exports" as the first nine months of the year', () => {
    const got = rows(`Nine-month exports top 300 bln dollars, up 8.1 pct

The country's exports in September rose 5.0 percent to 36.2 billion dollars, the customs office said.`, '2026-10-09');
    expect(got.find((r) => r[2] === 300_000_000_000)?.slice(0, 2)).toEqual(['2026-01', '2026-09']);
  });

  it('reads "11-month trade deficit" likewise, and leaves a "six-month export ban" no period of figures', () => {
    const got = rows(`Deficit report

The 11-month trade deficit stood at 41.3 billion dollars, the office said. A six-month export ban on scrap ended in March.`, '2026-12-10');
    expect(got.map((r) => r.slice(0, 3))).toEqual([['2026-01', '2026-11', -41_300_000_000]]);
  });
});

describe('a source aside between a level and its change', () => {
  it('gives "a surplus of X in May, the economy ministry said on Tuesday, up 6% from a year earlier" its change', () => {
    const got = rows(`Trade surplus

The country logged a trade surplus of 3.9 billion dollars in May, the Economy, Trade and Industry Ministry said on Tuesday, up 6.0% from a year earlier.`, '2026-06-09');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([[3_900_000_000, 6, 'balance']]);
  });

  it('does so after "according to" as well, and leaves a change after a new flow subject to that subject', () => {
    const one = rows(`Exports\n\nExports reached 12.1 billion euros in April, according to trade ministry data, down 1.5% on the year.`, '2026-06-09');
    expect(one.map((r) => [r[2], r[4], r[7]])).toEqual([[12_100_000_000, -1.5, 'export']]);
    const two = rows(`Trade\n\nExports reached 12.1 billion euros in April, while imports, the institute said, fell 2.5%.`, '2026-06-09');
    expect(two.find((r) => r[4] === -2.5)?.[7]).toBe('import');
  });
});

describe('a second change of the same goods with its verb left out, after the first level\'s period', () => {
  it('gives "and 6.4% to Y in the first ten months" the direction of the verb before it', () => {
    const got = rows(`Copper\n\nCopper exports dropped 4.0% to 410,000 tonnes in October and 6.4% to 3.9 million tonnes in the first ten months.`, '2026-11-09');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['2026-10', '2026-10', 410_000, -4],
      ['2026-01', '2026-10', 3_900_000, -6.4],
    ]);
  });

  it('does so after ", and" and a year as well', () => {
    const got = rows(`Wheat\n\nWheat imports rose 9.5 percent to 12.2 million tonnes in 2025, and 3.1 percent to 1.1 million tonnes in December.`, '2026-01-14');
    expect(got.find((r) => r[2] === 1_100_000)?.[4]).toBe(3.1);
  });
});

describe('goods that fetched a sum of money', () => {
  it('reads them as exports, as goods that earned it, after a sentence on both flows', () => {
    const got = rows(`Trade\n\nExports rose 6.0 per cent to US$52.1 billion in the half, while imports grew 3.2 per cent to US$47.3 billion.\n\nCoffee fetched US$2.4 billion, a 31 per cent rise.`, '2026-07-06');
    expect(got.find((r) => r[2] === 2_400_000_000)?.[7]).toBe('export');
  });
});
