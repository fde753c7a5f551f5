/**
 * Rules of issue 9, part ak: open misses of blind batches 29, 30 and 31 (fixtures b29-…, b30-…, b31-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;

describe('a table by commodity with the unit in each row label', () => {
  const table = [
    "SEOUL, Oct 15 - Below are South Korea's trade figures for main goods in September, from customs data.",
    '',
    'IMPORTS',
    'PRODUCT                 SEP 2026   Y/Y %   JAN-SEP 2026   Y/Y %',
    'Wheat (mln T)              1.20     4.0         10.50     -1.5',
    'Crude oil (mln bpd)        2.10',
    'Copper ore (T)          250,000    -3.0     2,100,000      2.2',
    '',
    'EXPORTS',
    'Aluminium (T)            61,000     9.5       540,000      6.1',
  ].join('\n');

  it('reads each row as its goods, in the unit of its label, with the flow of the section line above', () => {
    const rows = rowsOf(table, '2026-10-15');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow, r.commodity])).toEqual([
      ['2026-09', '2026-09', 1200000, 'tonnes', 4, 'import', 'wheat'],
      ['2026-01', '2026-09', 10500000, 'tonnes', -1.5, 'import', 'wheat'],
      ['2026-09', '2026-09', 250000, 'tonnes', -3, 'import', 'copper ore'],
      ['2026-01', '2026-09', 2100000, 'tonnes', 2.2, 'import', 'copper ore'],
      ['2026-09', '2026-09', 61000, 'tonnes', 9.5, 'export', 'aluminium'],
      ['2026-01', '2026-09', 540000, 'tonnes', 6.1, 'export', 'aluminium'],
    ]);
    expect(rows.every((r) => r.area === 'South Korea' && r.measure === 'quantity')).toBe(true);
  });

  it('does not go on with the table in a later paragraph that has no section line', () => {
    const text = `${table}\n\nCopper ore imports (T)    250,000    -3.0     2,100,000      2.2`;
    expect(rowsOf(text, '2026-10-15').filter((r) => r.commodity === 'copper ore')).toHaveLength(2);
  });
});
