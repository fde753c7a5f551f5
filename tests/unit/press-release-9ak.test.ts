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

describe('the flow a balance leaves in force', () => {
  it('goes on with the one flow of a sentence that closes with its balance in the next paragraph', () => {
    const text = [
      "Malaysia's palm oil exports rose to 1.52 million tonnes in October, leaving net exports of 1.31 million tonnes.",
      'The breakdown by product was as follows:',
      'Crude palm oil: 0.61 Mt, +4.0% y-o-y\nRefined palm olein: 0.72 Mt, -2.5% y-o-y',
    ].join('\n\n');
    const rows = rowsOf(text, '2026-11-12');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [1520000, 'export'],
      [1310000, 'balance'],
      [610000, 'export'],
      [720000, 'export'],
    ]);
  });

  it('leaves no flow in force after a sentence giving both directions and their balance', () => {
    const text = 'Exports of steel reached 9.1 Mt in October and imports 0.5 Mt, leaving net exports of 8.6 Mt.\n\nWire rod: 0.71 Mt, +31.0% y-o-y';
    expect(rowsOf(text, '2026-11-12').at(-1)?.flow).toBe('total');
  });
});
