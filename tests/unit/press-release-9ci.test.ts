/**
 * Rules of issue 9, part ci (helper fixleft2): phenomena behind the misses earlier batches left (b53, b55, b58, b59, b61
 * in tests/corpus/press-release), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const cells = (rows: Array<{ period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null; flow: string; partner: string }>) =>
  rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow, r.partner]);

describe('a table aligned by spaces (as a PDF copy or a plain-text bulletin writes it)', () => {
  it('reads rows that are periods under flow columns, with thousands grouped by single spaces', () => {
    const text = [
      'Merchandise trade of the republic, first half of the year (in thousand €)',
      'Period          Exports      Imports       Balance',
      'Jan–Jun 2025    412 506      1 980 334     -1 567 828',
      'Jan–Jun 2026    436 071      2 044 815     -1 608 744',
    ].join('\n');
    const rows = releaseRows(`Podgorica, 30 July 2026\n\nThe statistics office published its half-year trade figures.\n\n${text}`, '2026-07-30');
    expect(cells(rows)).toEqual([
      ['2025-01', '2025-06', 412506000, 'EUR', null, 'export', 'World'],
      ['2025-01', '2025-06', 1980334000, 'EUR', null, 'import', 'World'],
      ['2025-01', '2025-06', -1567828000, 'EUR', null, 'balance', 'World'],
      ['2026-01', '2026-06', 436071000, 'EUR', null, 'export', 'World'],
      ['2026-01', '2026-06', 2044815000, 'EUR', null, 'import', 'World'],
      ['2026-01', '2026-06', -1608744000, 'EUR', null, 'balance', 'World'],
    ]);
  });

  it('reads partners under a value and a change column, the period and the unit from two caption lines', () => {
    const text = [
      'The customs office released its figures for the first ten months.',
      '',
      'Table 3     Trade with leading partners, January-October 2026',
      '                                   Unit: 100 million yuan, %',
      'Partner                 Value            y/y',
      'Korea                  18 245            4.1',
      'Brazil                  9 870           -2.6',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-18');
    expect(cells(rows)).toEqual([
      ['2026-01', '2026-10', 1824500000000, 'CNY', 4.1, 'total', 'South Korea'],
      ['2026-01', '2026-10', 987000000000, 'CNY', -2.6, 'total', 'Brazil'],
    ]);
  });

  it('is no table when the lines under the head are not all numbers after their label', () => {
    const text = [
      'Goods worth 2.4 billion yuan were cleared in October 2026.',
      '',
      'Partner                 Value            y/y',
      'Korea                  18 245            up',
    ].join('\n');
    expect(releaseRows(text, '2026-11-18').map((r) => r.value)).toEqual([2400000000]);
  });
});
