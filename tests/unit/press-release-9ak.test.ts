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

describe('a change running "to" a month', () => {
  const periodOf = (text: string) => rowsOf(text, '2026-10-14').map((r) => [r.period_start, r.period_end, r.yoy_pct]);

  it('is of the year to date up to that month', () => {
    expect(periodOf('Portuguese exports of goods up 2.4% to August')).toEqual([['2026-01', '2026-08', 2.4]]);
    expect(periodOf('Imports fell 1.5 percent to July 2026, the institute said.')).toEqual([['2026-01', '2026-07', -1.5]]);
  });

  it('leaves a level after "to", a month with a day and "to a month\'s level" alone', () => {
    expect(periodOf('Exports rose 2.4% to 5.1 billion euros in August.')).toEqual([['2026-08', '2026-08', 2.4]]);
    expect(periodOf('In the year to August, exports rose 2.4%.')).toEqual([['2025-09', '2026-08', 2.4]]);
  });
});

describe('shares written without a share word', () => {
  const read = (text: string) => rowsOf(`Brussels, 18 November 2026. ${text}`, '2026-11-18').map((r) => [r.measure, r.value ?? r.yoy_pct]);

  it('reads a bracket holding a part of the total as a share, after a change word too', () => {
    expect(read('In January-June 2026, sales to Asia (21.0% of the total) grew 4.2%, and those to Africa (6.5% of the total) by 1.1%.')).toEqual([
      ['share', 21],
      ['growth', 4.2],
      ['share', 6.5],
      ['growth', 1.1],
    ]);
  });

  it('reads bare bracketed percentages listed after a bracketed share of the total as shares', () => {
    expect(read('In January-June 2026, the largest export groups were machinery (31.5% of the total), vehicles (12.2%) and chemicals (9.8%).')).toEqual([
      ['share', 31.5],
      ['share', 12.2],
      ['share', 9.8],
    ]);
  });

  it('reads the size of the largest source or destination, and a list going on without its verb, as shares', () => {
    expect(read('In October 2026, Germany was the largest destination of exports at 17.6%.')).toEqual([['share', 17.6]]);
    expect(read('In October 2026, China was the source of 30.1% of imports, Germany of 12.4%.')).toEqual([
      ['share', 30.1],
      ['share', 12.4],
    ]);
  });

  it('reads a part "corresponding to" a percentage of all exports as a share', () => {
    expect(read('In January-June 2026, exports to France rose 2.0% to EUR 9.10 bn, which corresponds to 14.2% of all Belgian exports.')).toEqual([
      ['value', 9100000000],
      ['share', 14.2],
    ]);
  });
});

describe('a percentage written with "minus"', () => {
  it('is a fall, not a share, even after a share word', () => {
    const rows = rowsOf('Brussels, 18 November 2026. In January-June 2026, chemicals, which make up 12.0% of our exports, held the total back, at minus 3.2%.', '2026-11-18');
    expect(rows.map((r) => [r.measure, r.value ?? r.yoy_pct])).toEqual([
      ['share', 12],
      ['growth', -3.2],
    ]);
  });
});

describe('a first estimate a revision replaced', () => {
  it('is no row when "originally/first published" follows the amount', () => {
    const rows = rowsOf('Brussels, 18 November 2026. The figures for May 2026 were revised: exports now stand at EUR 8.40 bn instead of the EUR 8.21 bn first published.', '2026-11-18');
    expect(rows.map((r) => r.value)).toEqual([8400000000]);
  });

  it('keeps the revised amount when "previously reported" names the amount after it', () => {
    const rows = rowsOf('Washington, Nov 18 (Reuters) - The May 2026 deficit was revised to $61.2 billion from the previously reported $60.4 billion.', '2026-11-18');
    expect(rows.map((r) => r.value)).toEqual([-61200000000]);
  });
});

describe('a year-on-year basis opening a sentence of a month-on-month release', () => {
  it('is the basis of every change in the sentence, so each joins its level', () => {
    const text = [
      'Statistics Canada said total exports rose 1.2% in October to $63.0 billion. Total imports fell 0.4% to $65.2 billion in October.',
      'On a year-over-year basis, total exports were up 3.0% in October, while total imports rose 0.8%.',
    ].join('\n\n');
    const rows = rowsOf(text, '2026-12-03');
    expect(rows.map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([
      ['export', 63000000000, 3],
      ['import', 65200000000, 0.8],
    ]);
  });
});

describe('a headline growth over "N months" of another calendar', () => {
  it('is the body\'s growth of the same flow over its span of months, not a row of January onwards', () => {
    const text = 'Exports rise 9.2 percent in five months\n\nKATHMANDU, Dec 20 - Nepal\'s exports grew 9.2 percent to Rs 70.1 billion in the first five months of the current fiscal year 2083/84 (mid-July to mid-December).';
    const rows = rowsOf(text, '2026-12-20');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-07', '2026-12', 70100000000, 9.2]]);
  });
});

describe('goods that "brought in" money', () => {
  it('earned it: exports', () => {
    const rows = rowsOf('HANOI, Nov 20 - Coffee and cocoa brought in $2.10 billion in October 2026, up 5.0 per cent.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[2100000000, 'export']]);
    const dirhams = rowsOf('RABAT, Nov 20 - Phosphates brought in 7.2 billion dirhams in October 2026.', '2026-11-20');
    expect(dirhams.map((r) => r.flow)).toEqual(['export']);
  });

  it('is not an export when the money bought named goods', () => {
    const rows = rowsOf('BEIJING, Nov 20 - Buyers brought in $5.0 billion of soybeans in October 2026.', '2026-11-20');
    expect(rows.map((r) => r.flow)).not.toContain('export');
  });
});
