/**
 * Rules of issue 9, part cr: the misses of blind batch 72 (wire stories as aggregator, trade and finance sites
 * republish them) and the same phenomena elsewhere, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('what imports named by a noun cost', () => {
  it('reads "imports totalled X tonnes, ..., at a cost of $Y" as the value of those imports, with its dated base', () => {
    const text = 'Thailand\'s coal imports totalled 24.1 million tonnes in January-September, up 3.1%, at a cost of $2.46 billion, compared with $2.91 billion a year earlier.';
    expect(tuples(text, '2026-10-28')).toEqual([
      ['2026-01', '2026-09', 24_100_000, 'tonnes', 3.1],
      ['2026-01', '2026-09', 2_460_000_000, 'USD', null],
      ['2025-01', '2025-09', 2_910_000_000, 'USD', null],
    ]);
  });

  it('still reads nothing from what a terminal that handles imports was built for', () => {
    const text = 'The berth, which handles imports of iron ore, was built at a cost of $640 million in 2025.';
    expect(tuples(text, '2026-10-28')).toEqual([]);
  });
});

describe('a list of other stories under a heading of its own', () => {
  it('reads no row from the headlines listed under "Related coverage" or a bare "Related:" line', () => {
    const text = [
      'Vietnam\'s rice exports rose 6.4% in October from a year earlier to 812,000 tonnes, customs data showed.',
      '',
      'Related coverage',
      '- Thai rice prices up 2.1 pct on the week',
      '- Philippine buyers lift 2027 purchase plan to 4.8 million tonnes',
      '',
      'Related:',
      'Cambodia\'s milled rice shipments hit 610,000 tonnes',
    ].join('\n');
    expect(tuples(text, '2026-11-12')).toEqual([['2026-10', '2026-10', 812_000, 'tonnes', 6.4]]);
  });

  it('keeps a story line that only begins with the word "Related"', () => {
    const text = 'Related party trade of the group\'s subsidiaries is excluded.\nVietnam\'s rice exports rose 6.4% in October from a year earlier to 812,000 tonnes.';
    expect(tuples(text, '2026-11-12')).toEqual([['2026-10', '2026-10', 812_000, 'tonnes', 6.4]]);
  });
});

describe('a price per tonne weighed dry or wet', () => {
  it('reads "$96.80 a dry metric tonne" as a price, no amount', () => {
    const text = 'India exported 4.2 million tonnes of iron ore pellets in October, up 9.3% from a year earlier. Pellets were offered at $96.80 a dry metric tonne.';
    expect(tuples(text, '2026-11-15')).toEqual([['2026-10', '2026-10', 4_200_000, 'tonnes', 9.3]]);
  });

  it('still reads a tonnage weighed dry as an amount', () => {
    const text = 'India exported 4.2 million dry metric tonnes of iron ore pellets in October, up 9.3% from a year earlier.';
    expect(tuples(text, '2026-11-15')).toEqual([['2026-10', '2026-10', 4_200_000, 'tonnes', 9.3]]);
  });
});

describe('a company\'s shares named by their ticker', () => {
  it('reads no growth from "Shares of X (TICKER.XX) rose 2.4%" after a trade figure', () => {
    const text = 'Malaysia\'s palm oil exports fell 3.8% to 1.37 million tonnes in October. Shares of planter Sime Plantation (SIME.KL) rose 2.4% on the news.';
    expect(tuples(text, '2026-11-11')).toEqual([['2026-10', '2026-10', 1_370_000, 'tonnes', -3.8]]);
  });
});

describe('an earlier month\'s growth second in a list of what a figure is compared with', () => {
  it('does not date the next sentence with the month of "... expected in a poll and a 5.1% rise in September"', () => {
    const text = 'Taiwan\'s exports grew 9.6 percent in October from a year earlier to US$47.3 billion, the finance ministry said. That compared with a 7.0 percent increase expected in a Reuters poll and a 5.1 percent rise in September. Imports climbed 4.4 percent to US$38.9 billion.';
    expect(tuples(text, '2026-11-09')).toEqual([
      ['2026-10', '2026-10', 47_300_000_000, 'USD', 9.6],
      ['2026-09', '2026-09', null, '', 5.1],
      ['2026-10', '2026-10', 38_900_000_000, 'USD', 4.4],
    ]);
  });
});

describe('a forecast participle after its own figure', () => {
  it('leaves the growth after "a 3.2% gain forecast in a Reuters poll and" a result', () => {
    const text = 'The Philippines\' exports rose 6.7% in October from a year earlier to $7.41 billion. That compared with a 3.2% gain forecast in a Reuters poll and a 2.8% decline in September.';
    expect(tuples(text, '2026-12-01')).toEqual([
      ['2026-10', '2026-10', 7_410_000_000, 'USD', 6.7],
      ['2026-09', '2026-09', null, '', -2.8],
    ]);
  });

  it('still reads no row from the forecast itself', () => {
    const text = 'The Philippines\' exports rose 6.7% in October from a year earlier to $7.41 billion, above the 3.2% gain forecast by economists.';
    expect(tuples(text, '2026-12-01')).toEqual([['2026-10', '2026-10', 7_410_000_000, 'USD', 6.7]]);
  });
});

describe('a bare number a count changed from', () => {
  it('reads "rose to 41,600 units in October from 29,800 a year earlier" as the count and its base', () => {
    const text = 'Thailand\'s exports of pickup trucks rose to 41,600 units in October from 29,800 a year earlier, the industry federation said.';
    expect(tuples(text, '2026-11-20')).toEqual([
      ['2026-10', '2026-10', 41_600, 'vehicles', null],
      ['2025-10', '2025-10', 29_800, 'vehicles', null],
    ]);
  });
});
