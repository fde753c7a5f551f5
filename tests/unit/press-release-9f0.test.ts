/**
 * Rules of issue 9, part f0: other countries' agencies and commodity stories of the blind batch 94 (helper b94,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a list of partner shares that leaves out the dash', () => {
  it('reads "of the EAEU countries 14.2%" after "the share of X in the turnover" as the next partner, not the area', () => {
    const got = rows(`The foreign trade turnover of Uzbekistan in January-June 2026 reached 31.4 billion US dollars.
The share of the EU countries in the turnover was 17.5%, of the EAEU countries 14.2%. Trade with Turkey amounted to 2.1 billion dollars.`, '2026-07-20');
    expect(got.filter((r) => r[3] === 'percent-share' || r[6] === 'Turkey').map((r) => [r[2], r[5], r[6]])).toEqual([
      [17.5, 'Uzbekistan', 'European Union'],
      [14.2, 'Uzbekistan', 'EAEU'],
      [2_100_000_000, 'Uzbekistan', 'Turkey'],
    ]);
  });
});

describe('a revised earlier month in the first sentence with figures', () => {
  it('keeps the month the first sentence reports for the next sentences, not the revised month it compares with', () => {
    const got = rows(`New Zealand's goods balance was a surplus of $1,210m in seasonally adjusted terms in March 2024, up from the revised surplus of $640m in February 2024.
Seasonally adjusted goods exports rose 2.1 percent to $6,050m.`, '2024-04-26');
    expect(got.find((r) => r[2] === 6_050_000_000)?.slice(0, 2)).toEqual(['2024-03', '2024-03']);
  });
});

describe('a balance named in a relative clause about a flow', () => {
  it('keeps the imports of "Fuel imports, which account for most of the deficit, were ..."', () => {
    const got = rows(`Morocco's trade deficit widened to 28.4 billion dirhams in May 2025. Fuel imports, which account for most of the deficit, were 9.6 billion dirhams, down 4.0 percent.`, '2025-06-30');
    expect(got.find((r) => r[2] === 9_600_000_000)?.[7]).toBe('import');
  });
});

describe('volumes in kilolitres and a second predicate "and cost"', () => {
  it('reads "million kilolitres" as litres with the multiplier', () => {
    const got = rows(`Japan's imports of gasoline totalled 2.6 million kilolitres in 2015, down 5.2 percent from a year earlier, the ministry said.`, '2016-01-28');
    expect(got.map((r) => r.slice(0, 5))).toContainEqual(['2015-01', '2015-12', 2_600_000_000, 'litres', -5.2]);
  });

  it('reads what imports "and cost" as their value, in a sentence that first gives their volume', () => {
    const got = rows(`Japan's naphtha imports rose 3.1 percent to 28.4 million tonnes in 2015 and cost 1.35 trillion yen, the Finance Ministry said.`, '2016-01-28');
    expect(got.map((r) => [...r.slice(2, 4), r[7]])).toContainEqual([1_350_000_000_000, 'JPY', 'import']);
  });
});

describe('a restatement in local money after a level that states no change', () => {
  it('gives "In rupee terms, exports were Rs ..." no change from a later sentence on goods', () => {
    const got = rows(`India's merchandise exports in August 2024 were USD 34.71 billion, the commerce ministry said.

In rupee terms, exports were Rs 2.91 lakh crore in August.

Engineering goods exports rose 12.4 per cent to USD 9.02 billion.`, '2024-09-16');
    expect(got.find((r) => r[3] === 'INR')?.slice(2, 5)).toEqual([2_910_000_000_000, 'INR', null]);
  });
});

describe('a volume named after a price reason', () => {
  it('reads "on weaker prices, although volumes climbed to N tonnes" as the volume, not a price', () => {
    const got = rows(`Peru's zinc exports dropped 11.6 percent to US$312 million in March 2026 on weaker prices, although volumes climbed to 168,000 tonnes, the central bank said.`, '2026-04-20');
    expect(got.map((r) => r.slice(2, 4))).toContainEqual([168_000, 'tonnes']);
  });
});
