/**
 * Rules of issue 9, part at: blind batch 40 (China-side national, provincial, city and customs-district
 * releases, fifth round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct, r.area, r.flow]);

describe('growth averaged over several years', () => {
  it('reads no row from a two-year average, and its base year dates nothing after it', () => {
    const text = 'In January and February, Hunan exported 61.5 billion yuan, up 3.3 percent. Set against the same two months of 2024, the two-year average growth rate was 2.9 percent. Exports to Africa were 9.1 billion yuan.';
    expect(rows(text, '2026-03-18')).toEqual([
      ['2026-01', '2026-02', 61500000000, 3.3, 'Hunan', 'export'],
      ['2026-01', '2026-02', 9100000000, null, 'Hunan', 'export'],
    ]);
  });

  it('reads no row from a sentence opened by "on a two-year average basis"', () => {
    const text = "Hubei's trade was 102.4 billion yuan in January-February 2026. On a two-year average basis, the province's imports grew 4.7 percent.";
    expect(rows(text, '2026-03-18')).toEqual([['2026-01', '2026-02', 102400000000, null, 'Hubei', 'total']]);
  });
});

describe('"the total" as the subject of an amount', () => {
  it('is total trade after a balance, not the balance or no flow', () => {
    const text = 'In January-February 2026 the trade surplus reached 742.0 billion yuan.\n\nIn dollar terms, the total came to 880.6 billion dollars, up 1.9 percent.';
    expect(rows(text, '2026-03-09').map((r) => r[5])).toEqual(['balance', 'total']);
  });
});

describe('a list item named by a whole month name', () => {
  it('dates "- June:" and "- July:" items by their month, as "- October:" is', () => {
    const text = 'Key figures for January-July 2026:\n\n- Exports: 14.2 trillion yuan, up 6.1 percent\n- June: 2.31 trillion yuan\n- July: 2.40 trillion yuan';
    expect(rows(text, '2026-08-08').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2026-01', '2026-07', 14200000000000],
      ['2026-06', '2026-06', 2310000000000],
      ['2026-07', '2026-07', 2400000000000],
    ]);
  });
});

describe('first figures that a revision replaced', () => {
  it('reads no row from a growth rate "first announced" beside its revision', () => {
    const text = 'The customs office revised its April data: imports in April fell 2.2 percent, rather than the 1.6 percent first announced.';
    expect(rows(text, '2026-06-10').map((r) => [r[0], r[3]])).toEqual([['2026-04', -2.2]]);
  });

  it('reads no row from a growth rate "previously reported" before its revision', () => {
    const text = 'Exports grew 2.4% in March 2026, revised from a previously reported 1.9%.';
    expect(rows(text, '2026-05-08').map((r) => [r[0], r[3]])).toEqual([['2026-03', 2.4]]);
  });

  it('reads no row from the amount "released in" an earlier month', () => {
    const text = 'The revised trade of Shanxi for January-June 2026 is 82.7 billion yuan, against the 82.1 billion yuan released in July.';
    expect(rows(text, '2026-09-20').map((r) => r[2])).toEqual([82700000000]);
  });
});

describe('a share after a noun of change and ", or"', () => {
  it('reads "an increase of 8.4 percent, or 61.3 percent of national exports" as a growth and a share', () => {
    const text = 'Exports by private firms were 4.1 trillion yuan in the first quarter of 2026, an increase of 8.4 percent, or 61.3 percent of national exports.';
    const got = releaseRows(text, '2026-04-14').map((r) => [r.value, r.unit, r.yoy_pct]);
    expect(got).toEqual([[4100000000000, 'CNY', 8.4], [61.3, 'percent-share', null]]);
  });
});

describe('places of Chinese releases', () => {
  it('reads the city above a county-level city in its apposition as a locator', () => {
    const text = 'In January-September 2026, Zhejiang exported 2.9 trillion yuan. Cixi, a county-level city administered by Ningbo, saw its exports rise 9.2 percent to 88.3 billion yuan.';
    expect(rows(text, '2026-10-20').map((r) => r[4])).toEqual(['Zhejiang', 'Cixi']);
  });

  it('knows prefecture-level cities of Hebei and Anhui and the Yanbian prefecture, which a province goes on after', () => {
    const text = "Hebei's trade reached 300 billion yuan in January-June 2026. Cangzhou, Handan and Langfang posted 30.2 billion yuan, 22.5 billion yuan and 18.4 billion yuan respectively.\n\nIn Jilin, the trade of the Yanbian Korean Autonomous Prefecture grew 11.4 percent.\n\nJilin's exports rose 6.0 percent.";
    expect(rows(text, '2026-07-22').map((r) => r[4])).toEqual(['Hebei', 'Cangzhou', 'Handan', 'Langfang', 'Yanbian', 'Jilin']);
  });

  it('reads the neighbours a place borders as scenery, the second after "and the" too', () => {
    const text = 'In January-August 2026, trade of Hunchun, which borders Russia and the DPRK, grew 14.0 percent.';
    const got = releaseRows(text, '2026-09-20').map((r) => r.partner);
    expect(got).toEqual(['World']);
  });

  it("reads a city's share of the province it belongs to as the city's", () => {
    const text = "Guangdong's trade was 7.2 trillion yuan in January-October 2026. Shenzhen's share of the province was 45.1 percent.";
    expect(rows(text, '2026-11-20').map((r) => [r[2], r[4]])).toEqual([[7200000000000, 'Guangdong'], [45.1, 'Shenzhen']]);
  });

  it('gives shares listed before "respectively" and a whole to the places listed before them, as total trade', () => {
    const text = "Henan's exports grew 8.8 percent and imports 1.2 percent in 2025.\n\nZhengzhou and Luoyang accounted for 61.4 percent and 6.3 percent of the province's total respectively.";
    expect(rows(text, '2026-01-25').slice(2).map((r) => [r[2], r[4], r[5]])).toEqual([[61.4, 'Zhengzhou', 'total'], [6.3, 'Luoyang', 'total']]);
  });
});

describe("the country's growth quoted in a provincial release", () => {
  it('reads "the national rate of 3.8 percent" as China\'s growth', () => {
    const text = "Jiangxi's trade in 2025 was 560 billion yuan, up 5.5 percent. The growth outpaced the national rate of 3.8 percent.";
    expect(rows(text, '2026-01-25').map((r) => [r[3], r[4]])).toEqual([[5.5, 'Jiangxi'], [3.8, 'China']]);
  });

  it('reads a growth in a sentence opened by "Nationwide," as China\'s', () => {
    const text = "Gansu's foreign trade rose 9.6 percent to 31.2 billion yuan in the first half of 2026.\n\nNationwide, foreign trade grew 2.9 percent in the same period.";
    expect(rows(text, '2026-07-28').map((r) => [r[3], r[4]])).toEqual([[9.6, 'Gansu'], [2.9, 'China']]);
  });
});

describe('second round of batch 40', () => {
  it('reads the whole a rank is taken among, named by its possessive, as scenery', () => {
    const text = "Shaanxi's trade rose 9.1 percent to 310.2 billion yuan in January-October 2026.\n\nThe growth was the third-fastest among China's provincial-level regions. Exports grew 12.4 percent to 190.5 billion yuan.";
    expect(rows(text, '2026-11-20').map((r) => r[4])).toEqual(['Shaanxi', 'Shaanxi']);
  });

  it('knows the Honghe prefecture of Yunnan', () => {
    const text = "In January-February 2026, Kunming's trade made up 38.2 percent of Yunnan's total, and Honghe followed with 17.5 percent.";
    expect(rows(text, '2026-03-23').map((r) => [r[2], r[4]])).toEqual([[38.2, 'Kunming'], [17.5, 'Honghe']]);
  });

  it('goes on with total trade in the paragraph after a balance that closed talk of both directions', () => {
    const text = "Jilin's exports rose 3.1 percent to 40.2 billion yuan in January-September 2026, while imports fell 2.5 percent to 61.0 billion yuan. The trade deficit narrowed to 20.8 billion yuan.\n\nChangchun and Jilin City recorded 70.6 billion yuan and 9.1 billion yuan respectively.";
    expect(rows(text, '2026-10-25').slice(3).map((r) => r[5])).toEqual(['total', 'total']);
  });
});
