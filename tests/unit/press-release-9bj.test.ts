/**
 * Rules of issue 9, part bj: batch 49 (fixtures b49-… in tests/corpus/press-release), national statistics
 * offices, customs and trade ministries of large and mid-sized economies on their own trade, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const brief = (r: { period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null; area: string; partner: string; flow: string }) =>
  [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.area, r.partner, r.flow];

describe('a ministry header that adds its country after a comma', () => {
  it('names the reporter ("Ministry of Finance, Japan"), so a bare "¥" is the yen and a region heading an entry a partner', () => {
    const text = 'Trade Statistics for 2025 (Preliminary)\nMinistry of Finance, Japan\n\nBy region (Calendar Year 2025)\n- China: exports ¥18,922.4 billion (-0.6%), imports ¥25,441.0 billion (+2.5%)';
    expect(releaseRows(text, '2026-01-22').map((r) => [r.value, r.unit, r.area, r.partner])).toEqual([
      [18922400000000, 'JPY', 'Japan', 'China'],
      [25441000000000, 'JPY', 'Japan', 'China'],
    ]);
  });
});

describe('entries headed by a foreign place in a release whose reporter is known', () => {
  it('are partners of the reporter ("- China: exports ..., imports ...")', () => {
    const text = "Japan's Ministry of Finance said trade by region in 2025 was as follows.\n- China: exports ¥18,922.4 billion (-0.6%), imports ¥25,441.0 billion (+2.5%)\n- EU: exports ¥10,443.2 billion (+1.7%)";
    expect(releaseRows(text, '2026-01-22').map(brief)).toEqual([
      ['2025-01', '2025-12', 18922400000000, 'JPY', -0.6, 'Japan', 'China', 'export'],
      ['2025-01', '2025-12', 25441000000000, 'JPY', 2.5, 'Japan', 'China', 'import'],
      ['2025-01', '2025-12', 10443200000000, 'JPY', 1.7, 'Japan', 'European Union', 'export'],
    ]);
  });
});

describe('a calendar year named without a preposition', () => {
  it('dates the lines under a heading "2. Calendar Year 2025"', () => {
    const text = "Japan's Ministry of Finance released its figures.\n\n2. Calendar Year 2025\nExports: ¥109,742.6 billion, +2.8%\nImports: ¥113,956.3 billion, -1.9%";
    expect(releaseRows(text, '2026-01-22').map(brief)).toEqual([
      ['2025-01', '2025-12', 109742600000000, 'JPY', 2.8, 'Japan', 'World', 'export'],
      ['2025-01', '2025-12', 113956300000000, 'JPY', -1.9, 'Japan', 'World', 'import'],
    ]);
  });
});

describe('signs and scales of the Gulf and Nigerian press', () => {
  it('reads "SR" as the Saudi riyal and a glued "trn" as trillions', () => {
    expect(releaseRows('Saudi Arabia imported goods worth SR67.18 billion in September 2026.', '2026-11-24').map((r) => [r.value, r.unit])).toEqual([[67180000000, 'SAR']]);
    expect(releaseRows("Nigeria's exports were ₦24.49trn in the third quarter of 2026.", '2026-12-15').map((r) => [r.value, r.unit])).toEqual([[24490000000000, 'NGN']]);
  });
});

describe('a partner with its amount and a percentage in one bracket', () => {
  it('gives the partner its share with no share word in the sentence', () => {
    const text = 'Nigeria exported goods mainly to Spain (₦2.87 trillion, 11.72 percent) and India (₦2.31 trillion, 9.43 percent) in the third quarter of 2026.';
    expect(releaseRows(text, '2026-12-15').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [2870000000000, 'NGN', 'Spain'],
      [11.72, 'percent-share', 'Spain'],
      [2310000000000, 'NGN', 'India'],
      [9.43, 'percent-share', 'India'],
    ]);
  });
});

describe('a base month after "a downwardly revised" amount', () => {
  it('is no period of the next sentence', () => {
    const text = "Britain's goods trade deficit widened to £22.6 billion in September from a downwardly revised £21.1 billion in August, ONS data showed. Goods exports fell 2.9% on the month to £29.8 billion.";
    expect(releaseRows(text, '2026-11-13').map((r) => [r.period_start, r.value])).toEqual([
      ['2026-09', -22600000000],
      ['2026-08', -21100000000],
      ['2026-09', 29800000000],
    ]);
  });
});

describe('a month-on-month change and the part that led it', () => {
  it('share the basis, and so does the second flow after them', () => {
    const text = 'UK goods exports fell 2.9% on the month to £29.8 billion in September 2026, led by a 9.6% drop in exports to the United States, while goods imports rose 1.4% to £52.4 billion, the ONS said.';
    expect(releaseRows(text, '2026-11-13').map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [29800000000, null, 'export'],
      [52400000000, null, 'import'],
    ]);
  });
});

describe('a bracket that sums the two flows', () => {
  it('makes the noun before it total trade ("The trade flow (exports plus imports)")', () => {
    const text = "Brazil's exports were US$ 28.77 billion in November 2026. The trade flow (exports plus imports) amounted to US$ 51.12 billion.";
    expect(releaseRows(text, '2026-12-04').map((r) => [r.value, r.flow, r.commodity])).toEqual([
      [28770000000, 'export', 'all goods'],
      [51120000000, 'total', 'all goods'],
    ]);
  });
});

describe('what an agency "projects"', () => {
  it('is a forecast, no row', () => {
    const text = "Brazil's trade surplus reached US$ 61.3 billion in the year through November 2026. MDIC now projects a surplus of US$ 66 billion for the whole of 2026.";
    expect(releaseRows(text, '2026-12-04').map((r) => r.value)).toEqual([61300000000]);
  });
});

describe('Vietnamese statistics wording', () => {
  it('gives "the largest export market in the 11 months with an estimated turnover" the export flow', () => {
    const text = 'The United States was Việt Nam\'s largest export market in the 11 months of 2026 with an estimated turnover of US$139.6 billion, up 27.3% over the same period last year.';
    expect(releaseRows(text, '2026-12-06').map(brief)).toEqual([['2026-01', '2026-11', 139600000000, 'USD', 27.3, 'Vietnam', 'United States', 'export']]);
  });

  it('dates a level in a bracket opened by "the same period last year" to the year before', () => {
    const text = 'In the 11 months of 2026, Việt Nam\'s trade balance of goods showed a surplus of US$25.31 billion (the same period last year recorded a trade surplus of US$22.03 billion).';
    expect(releaseRows(text, '2026-12-06').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-01', '2026-11', 25310000000],
      ['2025-01', '2025-11', 22030000000],
    ]);
  });

  it('reads a list of shares going on with "at US$33.6 billion, 7.5%"', () => {
    const text = 'In the 11 months of 2026, Việt Nam\'s exports of processed industrial goods were US$395.2 billion, accounting for 87.9%; agro-forestry products at US$33.6 billion, 7.5%; aquatic products at US$10.4 billion, 2.3%.';
    expect(releaseRows(text, '2026-12-06').map((r) => [r.value, r.unit])).toEqual([
      [395200000000, 'USD'], [87.9, 'percent-share'], [33600000000, 'USD'], [7.5, 'percent-share'], [10400000000, 'USD'], [2.3, 'percent-share'],
    ]);
  });
});

describe('a list that the sentence ranks by its changes', () => {
  it('gives its bracketed percentages as growth, not shares', () => {
    const text = "India's top export destinations in October 2026, in terms of change in value, were the Netherlands (31.8%) and Bangladesh (12.5%). Major drivers of export growth include Rice (18.05%) and Marine Products (22.7%).";
    expect(releaseRows(text, '2026-11-17').map((r) => [r.measure, r.yoy_pct, r.partner])).toEqual([
      ['growth', 31.8, 'Netherlands'],
      ['growth', 12.5, 'Bangladesh'],
      ['growth', 18.05, 'World'],
      ['growth', 22.7, 'World'],
    ]);
  });
});

describe('a dated base named after the change and its own period or level', () => {
  it('makes "declined by 5.2% to €11.9 billion compared with September 2026" a change on the month', () => {
    const text = 'Exports from Germany to the United States declined by 5.2% to €11.9 billion in October 2026 compared with September 2026, Destatis reports.';
    expect(releaseRows(text, '2026-12-08').map((r) => [r.value, r.yoy_pct])).toEqual([[11900000000, null]]);
  });

  it('reads "+0.8% on September 2026" in a headline as a change on the month (no row)', () => {
    const text = 'Foreign trade: German exports in October 2026: +0.8% on September 2026\n\nGermany exported goods worth €132.1 billion in October 2026, Destatis reports.';
    expect(releaseRows(text, '2026-12-08').map((r) => [r.value, r.yoy_pct])).toEqual([[132100000000, null]]);
  });
});

describe('lines headed by a partner zone in a release whose reporter is known', () => {
  it('give each flow its bare percentage as the zone\'s share ("Asia: exports 32.5%, imports 44.1%")', () => {
    const text = 'The South African Revenue Service released trade statistics for October 2026.\n\nTrade by world zone, October 2026\nAsia: exports 32.5%, imports 44.1%\nEurope: exports 23.6%, imports 27.4%';
    expect(releaseRows(text, '2026-11-30').map((r) => [r.value, r.unit, r.area, r.partner, r.flow])).toEqual([
      [32.5, 'percent-share', 'South Africa', 'Asia', 'export'],
      [44.1, 'percent-share', 'South Africa', 'Asia', 'import'],
      [23.6, 'percent-share', 'South Africa', 'Europe', 'export'],
      [27.4, 'percent-share', 'South Africa', 'Europe', 'import'],
    ]);
  });
});
