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

  it('does so under "More from this section" and "You may also like" too', () => {
    const text = [
      'Vietnam\'s rice exports rose 6.4% in October from a year earlier to 812,000 tonnes, customs data showed.',
      '',
      'MORE FROM THIS SECTION',
      '- Indian basmati shipments fall 3.3% in October',
      '',
      'You may also like',
      '- Thai rice exports up 5.5% y/y in Jan-Oct',
    ].join('\n');
    expect(tuples(text, '2026-11-12')).toEqual([['2026-10', '2026-10', 812_000, 'tonnes', 6.4]]);
  });

  it('keeps a story paragraph longer than a headline under such a heading', () => {
    const text = [
      'Related',
      'Vietnam\'s rice exports rose 6.4% in October from a year earlier to 812,000 tonnes, customs data showed on Thursday, as buyers in the Philippines and Indonesia stepped up purchases before the harvest.',
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

describe('a company\'s guidance', () => {
  it('reads no row from "kept its 2027 guidance at 180-190 million tonnes"', () => {
    const text = 'Brazil exported 36.4 million tonnes of iron ore in October, up 3.3% on the year, Secex data showed. The top miner kept its 2027 guidance at 180-190 million tonnes.';
    expect(tuples(text, '2026-11-06')).toEqual([['2026-10', '2026-10', 36_400_000, 'tonnes', 3.3]]);
  });

  it('still reads a figure after "under the guidance of" a customs house', () => {
    const text = 'Under the guidance of Erenhot Customs, the port handled 2.9 million tonnes of cargo in January-October, up 5.4 percent.';
    expect(tuples(text, '2026-11-12')).toEqual([['2026-01', '2026-10', 2_900_000, 'tonnes', 5.4]]);
  });
});

describe('a range of amounts', () => {
  it('reads no row from either end of "7.2-7.6 mln tonnes" or "between $2.1 billion and $2.4 billion"', () => {
    const text = 'China imported 7.94 million tonnes of soybeans in October, up 9.2% y/y. Traders put December arrivals at 7.2-7.6 mln tonnes, worth between $2.1 billion and $2.4 billion.';
    expect(tuples(text, '2026-11-10')).toEqual([['2026-10', '2026-10', 7_940_000, 'tonnes', 9.2]]);
  });

  it('still reads an amount after a dash set off by spaces', () => {
    const text = 'China\'s soybean imports in 2025 – 108.2 million tonnes – were a record, up 3.1% on the year.';
    expect(tuples(text, '2026-01-14')).toEqual([['2025-01', '2025-12', 108_200_000, 'tonnes', 3.1]]);
  });
});
