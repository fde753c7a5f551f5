/**
 * Rules of issue 9, part ap: open misses of the agency batches 30, 31 and 34 (fixtures b30-…, b31-…, b34-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';
import { anchorOf, findPeriods } from '../../functions/core/extract/press-release/periods.js';

const rowsOf = releaseRows;
const tuple = (r: { period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow];

describe('months written as Roman numerals', () => {
  const at = anchorOf('2026-11-20');

  it('reads a span of Roman months with its year as those months', () => {
    const found = findPeriods('Preliminary figures for I.–VIII. 2026 and for I - VIII 2025', at).map((p) => [p.periodStart, p.periodEnd]);
    expect(found).toEqual([
      ['2026-01', '2026-08'],
      ['2025-01', '2025-08'],
    ]);
  });

  it('does not read numbered parts of a text, or a span out of month order, as months', () => {
    expect(findPeriods('as set out in Chapter II-IV 2026 of the code', at).filter((p) => p.kind === 'period')).toEqual([]);
    expect(findPeriods('totals for VI–II 2026', at).filter((p) => p.kind === 'period' && p.periodEnd === '2026-02')).toEqual([]);
  });

  it('reads a table whose columns are Roman spans, with an index column of one span over the other', () => {
    const text = [
      'Zagreb, 20 November 2026 - The national statistical office of Slovenia published provisional figures.',
      '',
      'EUR million',
      '               I. – VIII. 2025   I. – VIII. 2026   Indices I. – VIII. 2026 / I. – VIII. 2025',
      'Exports        40 000,0          42 000,0          105,0',
      'Imports        41 000,0          40 590,0          99,0',
    ].join('\n');
    const rows = rowsOf(text, '2026-11-20').filter((r) => r.flow === 'export' || r.flow === 'import');
    expect(rows.map(tuple)).toEqual([
      ['2025-01', '2025-08', 40000000000, 'EUR', null, 'export'],
      ['2026-01', '2026-08', 42000000000, 'EUR', 5, 'export'],
      ['2025-01', '2025-08', 41000000000, 'EUR', null, 'import'],
      ['2026-01', '2026-08', 40590000000, 'EUR', -1, 'import'],
    ]);
  });
});
