/**
 * Rules added in the fixing round for blind batch b119 (commodities, freight trains and ports: totals since a launch,
 * a single month beside the year, port throughput and goods arriving at a land port). Texts are our own, written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a16', source_url: 'https://example.org/r/a16', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('a count and the cargo it carried, joined by "with", then "respectively"', () => {
  it('pairs each growth rate with its own level', () => {
    const rows = rowsOf(
      'WUHAN, May 12 -- Freight trains on the Yangtze corridor made 2,310 trips in April with 205,000 TEUs of goods on board, ' +
        'up 6 percent and 9 percent year on year, respectively.',
    );
    expect(row(rows, 2310)?.yoy_pct).toBe(6);
    expect(row(rows, 205000)?.yoy_pct).toBe(9);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});
