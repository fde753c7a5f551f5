/**
 * Rules of issue 9, batch 27: China-side national and provincial releases, third round (GACC's English page,
 * SCIO transcripts, provincial and municipal pages, Xinhua and China Daily stories), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { previousMonthBasis } from '../../functions/core/extract/press-release/release-basis.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} yoy=${r.yoy_pct} ${r.area}/${r.flow}`);
const withPartner = (rows: ObservationDraft[]) => rows.map((r) => `${r.value} ${r.unit} yoy=${r.yoy_pct} ${r.area}/${r.partner}/${r.flow}`);

describe('periods of sections and of the year before', () => {
  it('goes back to the release period under a numbered heading after a paragraph on the month', () => {
    const text = [
      'I. Overall situation',
      'In the first ten months, imports and exports totaled RMB 35.3 trillion, up 3.1%.',
      'In October, imports and exports were RMB 3.6 trillion, up 2.4%.',
      'II.',
      'Main trading partners',
      'Trade with ASEAN was RMB 5.9 trillion, up 8.2%.',
    ].join('\n\n');
    expect(brief(rowsOf(text, '2026-11-09'))).toEqual([
      '2026-01..2026-10 35300000000000 CNY yoy=3.1 China/total',
      '2026-10..2026-10 3600000000000 CNY yoy=2.4 China/total',
      '2026-01..2026-10 5900000000000 CNY yoy=8.2 China/total',
    ]);
  });

  it('dates a growth to the year before when the sentence opens with the same period last year', () => {
    const rows = rowsOf("Qinghai's foreign trade reached 4.6 billion yuan in the first half of 2026, up 12.3 percent.\n\nIn the same period last year, the province's foreign trade had dropped 8.1 percent. Exports rose 9 percent.", '2026-07-20');
    expect(brief(rows)).toEqual([
      '2026-01..2026-06 4600000000 CNY yoy=12.3 Qinghai/total',
      '2025-01..2025-06 null  yoy=-8.1 Qinghai/total',
      '2026-01..2026-06 null  yoy=9 Qinghai/export',
    ]);
  });

  it('keeps the level in its own year when a growth it reversed is dated to the year before', () => {
    const rows = rowsOf('China posted trade of 44 trillion yuan in 2026. Processing trade was 7.1 trillion yuan, up 2.9 percent, reversing a decline of 1.6 percent in 2025. Bonded trade grew 8 percent to 2.6 trillion yuan.', '2027-01-14');
    expect(brief(rows)).toEqual([
      '2026-01..2026-12 44000000000000 CNY yoy=null China/total',
      '2026-01..2026-12 7100000000000 CNY yoy=2.9 China/total',
      '2025-01..2025-12 null  yoy=-1.6 China/total',
      '2026-01..2026-12 2600000000000 CNY yoy=8 China/total',
    ]);
  });

  it('runs a total since operations were launched on an abbreviated date from that month', () => {
    const rows = rowsOf("Since island-wide bonded operations were launched on Sept. 5, 2026, Hainan's imports under them have reached 1.4 billion yuan.", '2026-12-10');
    expect(brief(rows)).toEqual(['2026-09..2026-12 1400000000 CNY yoy=null Hainan/import']);
    const named = rowsOf("Since the port's customs operations were launched in March 2026, Hainan's imports through it have reached 0.9 billion yuan.", '2026-12-10');
    expect(brief(named)).toEqual(['2026-03..2026-12 900000000 CNY yoy=null Hainan/import']);
  });
});

describe('a provincial commerce department is not the US one', () => {
  it('keeps the year-on-year basis of a page signed by the Department of Commerce of a province', () => {
    const text = 'Posted: 2026-07-22 | Department of Commerce of Fujian Province\n\nFujian\'s foreign trade turnover in the first half of 2026 reached ¥1.04 trillion, up 5.2% year-on-year, above the national growth rate of 3.1%.';
    expect(previousMonthBasis(text)).toBeNull();
    expect(brief(rowsOf(text, '2026-07-22'))).toEqual(['2026-01..2026-06 1040000000000 CNY yoy=5.2 Fujian/total', '2026-01..2026-06 null  yoy=3.1 China/total']);
  });
});

describe('shares of a whole', () => {
  it('reads a bare percentage after a comma, of national exports, as a share', () => {
    const rows = rowsOf('Jiangsu, first half of 2026:\n\n- Exports: ¥1.71 trillion, up 6.4%, 14.2% of national exports', '2026-07-25');
    expect(brief(rows)).toEqual(['2026-01..2026-06 1710000000000 CNY yoy=6.4 Jiangsu/export', '2026-01..2026-06 14.2 percent-share yoy=null Jiangsu/export']);
  });

  it('reads "equal to N% of the total" as a share but not a deficit equivalent to a part of imports', () => {
    expect(brief(rowsOf('Private firms in Anhui traded 420 billion yuan of goods in the first ten months of 2026, up 9.1%, equal to 71.5% of the total.', '2026-11-20'))).toEqual([
      '2026-01..2026-10 420000000000 CNY yoy=9.1 Anhui/total',
      '2026-01..2026-10 71.5 percent-share yoy=null Anhui/total',
    ]);
    expect(brief(rowsOf("Hong Kong's imports of goods rose 8.2% to $402.5 billion in October, leaving a visible trade deficit of $30.4 billion, equivalent to 7.6% of the value of imports.", '2026-11-26'))).toEqual([
      '2026-10..2026-10 402500000000 HKD yoy=8.2 Hong Kong/import',
      '2026-10..2026-10 -30400000000 HKD yoy=null Hong Kong/balance',
    ]);
  });

  it('does not take the place a share is of as the area of what follows', () => {
    const rows = rowsOf("Quanzhou's imports and exports reached 312.4 billion yuan in 2026, up 4.1 percent, accounting for 15.2 percent of the foreign trade of Fujian province. Exports amounted to 240.6 billion yuan, up 6.3 percent.", '2027-01-25');
    expect(brief(rows)).toEqual([
      '2026-01..2026-12 312400000000 CNY yoy=4.1 Quanzhou/total',
      '2026-01..2026-12 15.2 percent-share yoy=null Quanzhou/total',
      '2026-01..2026-12 240600000000 CNY yoy=6.3 Quanzhou/export',
    ]);
  });

  it('does not take "the country" a share is of as the area of the figure after it', () => {
    const rows = rowsOf("Chengdu's exports reached 291.3 billion yuan in the first eight months of 2026. A total of 41.2 million tablets were shipped abroad in the period, accounting for about a quarter of the country's tablet exports, with a value of 68.4 billion yuan, up 3.9%.", '2026-09-20');
    expect(brief(rows).slice(-1)).toEqual(['2026-01..2026-08 68400000000 CNY yoy=3.9 Chengdu/export']);
  });
});

describe('growth written another way', () => {
  it('carries the change verb to a partner clause that leaves it out', () => {
    const rows = rowsOf('In 2026, trade with Africa grew 6.8 percent to 2.31 trillion yuan, and that with Latin America 3.9 percent to 3.72 trillion yuan.', '2027-01-13');
    expect(withPartner(rows)).toEqual(['2310000000000 CNY yoy=6.8 China/Africa/total', '3720000000000 CNY yoy=3.9 China/Latin America/total']);
  });

  it('reads "N times those of a year earlier" as up (N - 1) x 100 percent', () => {
    const rows = rowsOf("Shaanxi's exports of automobiles were 96,000 units in the first half of 2026, 1.8 times those of a year earlier.", '2026-07-18');
    expect(brief(rows)).toEqual(['2026-01..2026-06 96000 vehicles yoy=80 Shaanxi/export']);
  });

  it('gives no row for what a researcher expected or institutions estimate', () => {
    const rows = rowsOf(
      'China\'s foreign trade rose 3.1 percent to 22.4 trillion yuan in the first half of 2026. "Markets are more diverse," said a researcher, who expected full-year growth of around 3.5 percent.\n\nReporter: Some institutions estimate that exports to the United States fell by more than 15 percent in June. Is that right?',
      '2026-07-14',
    );
    expect(brief(rows)).toEqual(['2026-01..2026-06 22400000000000 CNY yoy=3.1 China/total']);
  });
});

describe('whose figure, which flow, and what is no figure', () => {
  it('leaves a possessive after a figure to the amount it leads into', () => {
    const rows = rowsOf("Zhejiang's trade grew 5.1 percent to 3.9 trillion yuan in the first three quarters of 2026. Ningbo's trade stood at 1.08 trillion yuan and Hangzhou's at 602.7 billion yuan, rising 4.4 percent and 6.9 percent respectively.", '2026-10-21');
    expect(brief(rows).slice(1)).toEqual(['2026-01..2026-09 1080000000000 CNY yoy=4.4 Ningbo/total', '2026-01..2026-09 602700000000 CNY yoy=6.9 Hangzhou/total']);
  });

  it('reads "exports under market procurement trade" as exports', () => {
    const rows = rowsOf("Yiwu's exports under market procurement trade surged 22.5 percent to 361.4 billion yuan in the first half of 2026.", '2026-07-22');
    expect(brief(rows)).toEqual(['2026-01..2026-06 361400000000 CNY yoy=22.5 Yiwu/export']);
  });

  it('counts duty-free shoppers as people, not yuan', () => {
    const rows = rowsOf('Hainan posted imports and exports of 171.2 billion yuan in the first half of 2026. Offshore duty-free sales reached 15.3 billion yuan, and customs supervised 3.4 million duty-free shoppers.', '2026-07-16');
    expect(brief(rows)).toEqual(['2026-01..2026-06 171200000000 CNY yoy=null Hainan/total']);
  });
});

describe("second round: listed cities, a city's part of the provincial total, goods before a trade mode", () => {
  it('gives growths listed before "respectively" the places listed before them', () => {
    const rows = rowsOf("Zhejiang's foreign trade reached 3.1 trillion yuan in the first half of 2026, up 6.1 percent. Hangzhou's trade was 402.3 billion yuan. Jinhua and Wenzhou grew 15.4 percent and 8.3 percent, respectively.", '2026-07-21');
    expect(brief(rows).slice(1)).toEqual([
      '2026-01..2026-06 402300000000 CNY yoy=null Hangzhou/total',
      '2026-01..2026-06 null  yoy=15.4 Jinhua/total',
      '2026-01..2026-06 null  yoy=8.3 Wenzhou/total',
    ]);
  });

  it('knows more prefecture-level cities of central China', () => {
    const rows = rowsOf("Hubei's trade reached 402.2 billion yuan in the first half of 2026. Yichang and Xiangyang grew 11.4 percent and 9.6 percent, respectively.", '2026-07-21');
    expect(brief(rows).slice(1)).toEqual(['2026-01..2026-06 null  yoy=11.4 Yichang/total', '2026-01..2026-06 null  yoy=9.6 Xiangyang/total']);
  });

  it('reads a city\'s hedged part of the provincial total as total trade after a paragraph on exports', () => {
    const rows = rowsOf("Jiangxi's foreign trade hit 291.5 billion yuan in the first half of 2026.\n\nExports of lithium batteries reached 22.6 billion yuan.\n\nNanchang contributed 98.1 billion yuan, about 33.7 percent of the provincial total.", '2026-07-24');
    expect(brief(rows).slice(2)).toEqual(['2026-01..2026-06 98100000000 CNY yoy=null Nanchang/total', '2026-01..2026-06 33.7 percent-share yoy=null Nanchang/total']);
  });

  it('reads "exports of seafood under processing trade" as exports', () => {
    const rows = rowsOf("Dalian's exports of seafood under processing trade reached CNY 9.8 billion in the first 11 months of 2026, up 5.1%.", '2026-12-21');
    expect(brief(rows)).toEqual(['2026-01..2026-11 9800000000 CNY yoy=5.1 Dalian/export']);
  });
});
