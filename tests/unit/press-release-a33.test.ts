/**
 * Issue 9, twenty-fifth session: causes found on blind batch 133 (dollars and other currencies from context: real agencies'
 * monthly, quarterly and half-year notes). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('a paragraph opening on "Monthly ..." after a paragraph on the month, in a release led by the year ended that month', () => {
  const lead = 'Annual goods exports were $71.2 billion in the year ended August 2026, Stats NZ said today.\n\nIn August 2026 the monthly value of goods exports fell 3.1 percent compared with August 2025, to $5.42 billion.\n\n';
  it('keeps the month for the figures of the "Monthly" paragraph', () => {
    const rows = releaseRows(`${lead}Monthly goods imports rose 6.5 percent to $6.08 billion, leaving a monthly deficit of $660 million.`, '2026-09-24');
    expect(rows.filter((r) => r.flow !== 'export').map((r) => [r.period_start, r.period_end, r.value, r.flow])).toEqual([
      ['2026-08', '2026-08', 6080000000, 'import'],
      ['2026-08', '2026-08', -660000000, 'balance'],
    ]);
  });
  it('keeps the month for "The monthly trade balance ..."', () => {
    const rows = releaseRows(`${lead}The monthly trade balance was a deficit of $660 million.`, '2026-09-24');
    expect(rows.filter((r) => r.flow === 'balance').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-08', '2026-08', -660000000]]);
  });
  it('still returns to the year ended the month for a paragraph that does not say "monthly" (guard)', () => {
    const rows = releaseRows(`${lead}Annual goods imports rose 2.0 percent to $75.9 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.flow === 'import').map((r) => [r.period_start, r.period_end])).toEqual([['2025-09', '2026-08']]);
  });
});
