/**
 * Rules of issue 9, part ax: a fixing round on the open misses of batches 23–35 (fixtures b23-…, b25-…, b28-…,
 * b33-…, b34-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (r: { period_start: string; period_end: string; value: number | null; yoy_pct: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.yoy_pct, r.flow];

describe('a rolling twelve-month total in a report on one month', () => {
  const text = [
    'LISBON, Nov 3 - Portugal\'s exports grew 4.1% on the year to €7.2 billion in October, the statistics office said.',
    '',
    'Over the twelve months to October, exports came to €86.5 billion, the highest on record.',
    '',
    'Machinery exports rose 6.3% to €1.9 billion, while vehicle imports fell 2.4%.',
  ].join('\n');

  it('is an aside: the next paragraph reports the month again', () => {
    expect(rowsOf(text, '2026-11-03').map(brief)).toEqual([
      ['2026-10', '2026-10', 7200000000, 4.1, 'export'],
      ['2025-11', '2026-10', 86500000000, null, 'export'],
      ['2026-10', '2026-10', 1900000000, 6.3, 'export'],
      ['2026-10', '2026-10', null, -2.4, 'import'],
    ]);
  });

  it('still carries a year to date that a paragraph of its own states into the paragraphs after it', () => {
    const ytd = text.replace('Over the twelve months to October', 'In January-October');
    expect(rowsOf(ytd, '2026-11-03').slice(2).map((r) => [r.period_start, r.period_end])).toEqual([
      ['2026-01', '2026-10'],
      ['2026-01', '2026-10'],
    ]);
  });
});

describe('a table whose items stand one a line under a bracketed caption', () => {
  const text = [
    'Fastmarkets: China\'s ferroalloy trade in September',
    '',
    'Headline figures for September (tonnes, y/y):',
    'Ferrochrome imports  301,500  +9.4%',
    'Ferronickel imports  48,200  -12.0%',
    'Silicon metal exports  66,750  +3.3%',
    '',
    'Most of the ferrochrome came from South Africa.',
  ].join('\n');

  it('reads each line as an item: the flow from its label, the rest of the label as the goods', () => {
    const rows = rowsOf(text, '2026-10-20');
    expect(rows.map((r) => [r.period_start, r.value, r.unit, r.yoy_pct, r.flow, r.commodity])).toEqual([
      ['2026-09', 301500, 'tonnes', 9.4, 'import', 'Ferrochrome'],
      ['2026-09', 48200, 'tonnes', -12, 'import', 'Ferronickel'],
      ['2026-09', 66750, 'tonnes', 3.3, 'export', 'Silicon metal'],
    ]);
  });

  it('reads nothing from the lines when one of them is not an item', () => {
    const broken = text.replace('Ferronickel imports  48,200  -12.0%', 'Ferronickel imports were lower at 48,200 and more');
    expect(rowsOf(broken, '2026-10-20').filter((r) => r.value === 301500)).toEqual([]);
  });
});
