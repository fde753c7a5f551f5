/**
 * Rules of issue 9, part bw: table shapes of statistics offices that blind batch 53 left unread (year columns under a
 * caption whose months have no year, a share column beside the level, "Label: value | change" lines, periods as rows,
 * a dashed share list that drops its unit after the first item), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const cells = (r: Row) => [r.period_start, r.period_end, r.flow, r.value, r.unit, r.yoy_pct];

describe('year columns under a caption naming months without a year', () => {
  it('reads each year column as those months of that year, the change checked against the two', () => {
    const text = ['SUMMARY TABLE: FOREIGN TRADE, JANUARY – OCTOBER (JD million)', 'Item | 2025 | 2026 | Change %', 'Imports | 15 102.4 | 15 860.1 | 5.0', 'Trade balance | -8 004.0 | -8 312.6 | 3.9'].join('\n');
    expect(releaseRows(text, '2026-12-01').map(cells)).toEqual([
      ['2025-01', '2025-10', 'import', 15102400000, 'JOD', null],
      ['2026-01', '2026-10', 'import', 15860100000, 'JOD', 5],
      ['2025-01', '2025-10', 'balance', -8004000000, 'JOD', null],
      ['2026-01', '2026-10', 'balance', -8312600000, 'JOD', 3.9],
    ]);
  });

  it('takes one month alone the same way, in a table written with spaces', () => {
    const text = ['Merchandise trade, August (EUR million)', 'EUR million | 2025 | 2026 | growth', 'Exports 2 410.0 2 506.4 4.0%'].join('\n');
    expect(releaseRows(text, '2026-10-01').map(cells)).toEqual([
      ['2025-08', '2025-08', 'export', 2410000000, 'EUR', null],
      ['2026-08', '2026-08', 'export', 2506400000, 'EUR', 4],
    ]);
  });

  it('reads "National exports" and "Re-exports" rows as exports of their kind', () => {
    const text = ['TABLE 2. EXPORTS, JANUARY-JUNE (JD million)', 'Item | 2025 | 2026 | Change %', 'National exports | 3 800.0 | 3 990.0 | 5.0', 'Re-exports | 500.0 | 450.0 | -10.0'].join('\n');
    const rows = releaseRows(text, '2026-08-01');
    expect(rows.map((r) => [r.period_end, r.value, r.flow, r.commodity, r.breakdown])).toEqual([
      ['2025-06', 3800000000, 'export', 'national exports', ''],
      ['2026-06', 3990000000, 'export', 'national exports', ''],
      ['2025-06', 500000000, 'export', 'all goods', 'export type: re-exports'],
      ['2026-06', 450000000, 'export', 'all goods', 'export type: re-exports'],
    ]);
  });
});

describe('a table of goods with a share column, captioned with a quarter in Roman numerals', () => {
  it('gives each product its level and its share, in the quarter the caption names', () => {
    const text = ['Luanda, 18 August 2026 – Exports fell in the second quarter.', '', 'Exports by product, II quarter 2026', 'Product | Kz billion | Share (%)', 'Crude oil | 6 120.5 | 90.1', 'Diamonds | 310.2 | 4.6'].join('\n');
    const rows = releaseRows(text, '2026-08-18').filter((r) => r.commodity !== 'all goods');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.measure, r.commodity])).toEqual([
      ['2026-04', '2026-06', 6120500000000, 'AOA', 'value', 'crude oil'],
      ['2026-04', '2026-06', 90.1, 'percent-share', 'share', 'crude oil'],
      ['2026-04', '2026-06', 310200000000, 'AOA', 'value', 'diamonds'],
      ['2026-04', '2026-06', 4.6, 'percent-share', 'share', 'diamonds'],
    ]);
  });

  it('reads a Roman quarter only with its year', () => {
    const quarter = (text: string) => releaseRows(text, '2026-11-20').map((r) => [r.period_start, r.period_end]);
    expect(quarter('Imports in the III Quarter of 2026 reached USD 4.1 billion.')).toEqual([['2026-07', '2026-09']]);
    expect(quarter('Imports in the IV QUARTER 2025 reached USD 4.4 billion.')).toEqual([['2025-10', '2025-12']]);
  });
});

describe('a table with bars and no head row whose cells carry their own unit', () => {
  it('reads the bare percentages after a first "% of total exports" as shares, with each amount', () => {
    const text = ['Doha, 28 November 2026', '', 'Exports by main commodity group, October 2026', 'Liquefied natural gas | QR 13,880 million | 57.1% of total exports', 'Crude oil | QR 3,902 million | 16.0%', 'Fertilisers | QR 611 million | 2.5%'].join('\n');
    const rows = releaseRows(text, '2026-11-28');
    expect(rows.map((r) => [r.period_start, r.flow, r.value, r.unit, r.commodity])).toEqual([
      ['2026-10', 'export', 13880000000, 'QAR', 'liquefied natural gas'],
      ['2026-10', 'export', 57.1, 'percent-share', 'liquefied natural gas'],
      ['2026-10', 'export', 3902000000, 'QAR', 'crude oil'],
      ['2026-10', 'export', 16, 'percent-share', 'crude oil'],
      ['2026-10', 'export', 611000000, 'QAR', 'fertilisers'],
      ['2026-10', 'export', 2.5, 'percent-share', 'fertilisers'],
    ]);
  });
});

describe('"Label: value | change" lines under a caption that brackets the heads', () => {
  const text = [
    'In September 2026, exports rose 3.0% to US$3,900.0 million FOB, mainly because sales of the Mining products group grew 12.5%.',
    '',
    'Exports by group, September 2026 (US$ million FOB | annual variation %)',
    'Mining products: 1,210.0 | 12.5',
    'Manufactures: 840.4 | -2.1',
  ].join('\n');

  it('reads a level and its year-on-year change from each line, the unit valued FOB', () => {
    const rows = releaseRows(text, '2026-10-30').filter((r) => r.commodity !== 'all goods');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [1210000000, 'USD', 12.5, 'mining products'],
      [840400000, 'USD', -2.1, 'manufactures'],
    ]);
  });

  it('leaves no growth-only row for the change the lead sentence also states', () => {
    expect(releaseRows(text, '2026-10-30').filter((r) => r.value === null)).toEqual([]);
  });
});

describe('a table whose rows are periods and whose columns are flows', () => {
  it('gives each cell the flow of its column and the period of its row, a fiscal year closing the label', () => {
    const text = [
      'Islamabad, 2 November 2026 – Pakistan\'s exports in October 2026 were US$ 2,950 million, up 4.0% on October 2025.',
      '',
      'IN RUPEES',
      'Period | Exports (Rs million) | Imports (Rs million)',
      'October 2026 | 830 100 | 1 402 250',
      'July-October 2026-27 | 3 010 900 | 5 880 000',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-02').filter((r) => r.unit === 'PKR');
    expect(rows.map(cells)).toEqual([
      ['2026-10', '2026-10', 'export', 830100000000, 'PKR', 4],
      ['2026-10', '2026-10', 'import', 1402250000000, 'PKR', null],
      ['2026-07', '2026-10', 'export', 3010900000000, 'PKR', null],
      ['2026-07', '2026-10', 'import', 5880000000000, 'PKR', null],
    ]);
  });

  it('reads nothing when a row label is more than a period', () => {
    const text = ['Period | Exports (USD million) | Imports (USD million)', 'October 2026 (revised) | 830.1 | 1 402.2', 'November 2026 | 812.0 | 1 390.5'].join('\n');
    expect(releaseRows(text, '2026-12-05')).toEqual([]);
  });
});

describe('a dashed list of partners\' shares that writes "per cent" only once', () => {
  const text = [
    'Riga, 10 November 2026. In January–September 2026, exports came to EUR 14.2 billion.',
    '',
    'Main export partners, January–September 2026: Lithuania – 17.5 per cent, Estonia – 11.9, Germany – 7.6.',
    'Main import partners: Lithuania – 19.0 per cent, Poland – 9.4 and Germany – 9.1.',
  ].join('\n');

  it('reads every item as its partner\'s share, the caption giving the flow and the period', () => {
    const shares = releaseRows(text, '2026-11-10').filter((r) => r.measure === 'share');
    expect(shares.map((r) => [r.period_start, r.period_end, r.flow, r.partner, r.value, r.unit])).toEqual([
      ['2026-01', '2026-09', 'export', 'Lithuania', 17.5, 'percent-share'],
      ['2026-01', '2026-09', 'export', 'Estonia', 11.9, 'percent-share'],
      ['2026-01', '2026-09', 'export', 'Germany', 7.6, 'percent-share'],
      ['2026-01', '2026-09', 'import', 'Lithuania', 19, 'percent-share'],
      ['2026-01', '2026-09', 'import', 'Poland', 9.4, 'percent-share'],
      ['2026-01', '2026-09', 'import', 'Germany', 9.1, 'percent-share'],
    ]);
  });

  it('reads no list whose first item names no unit, or whose items are amounts', () => {
    const none = ['Main export partners, January–September 2026: Lithuania – 17.5, Estonia – 11.9, Germany – 7.6.', 'Main import partners, January–September 2026: Lithuania – EUR 2.9 billion, Poland – EUR 1.4 billion, Germany – EUR 1.4 billion.'];
    for (const line of none) expect(releaseRows(line, '2026-11-10').filter((r) => r.measure === 'share')).toEqual([]);
  });
});
