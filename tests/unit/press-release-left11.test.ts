/**
 * Leftovers of issue 9 that earlier blind batches found (helper left11): one quantity in two currencies,
 * and other phrase families, each in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const levels = (rows: ObservationDraft[]) => rows.filter((r) => r.value !== null).map((r) => [r.value, r.unit, r.yoy_pct, r.period_start]);

describe('one quantity in two currencies', () => {
  it('gives a level in the local money the change its dollar level states', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, the month\'s exports came to 8.9 trillion pesos.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', 7.2, '2026-05'],
    ]);
  });

  it('leaves the second level alone when its sentence gives it a base of its own', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, exports came to 8.9 trillion pesos, against 7.6 trillion pesos in May last year.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', null, '2026-05'],
      [7600000000000, 'CLP', null, '2025-05'],
    ]);
  });

  it('leaves the second level alone when its sentence has a change no row reads', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, exports came to 8.9 trillion pesos, 2 percent above April.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', null, '2026-05'],
    ]);
  });

  it('shares nothing between two flows or two periods', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, imports came to 8.1 trillion pesos.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8100000000000, 'CLP', null, '2026-05'],
    ]);
  });
});
