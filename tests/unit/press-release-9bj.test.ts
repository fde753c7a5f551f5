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
