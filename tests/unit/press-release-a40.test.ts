/**
 * Rules added in the fixing round for blind batches b140 (the real development set's mix) and b147 (Chinese provinces'
 * and customs districts' briefings with breakdowns). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-06-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a40', source_url: 'https://example.org/r/a40', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const areas = (rows: ObservationDraft[]) => rows.map((r) => [r.value ?? r.yoy_pct, r.area]);

describe('a border named by the two countries it separates', () => {
  it('is no port: "the port" after it is the crossing the body names', () => {
    const rows = rowsOf(
      'Trade through China-Laos border port up 14 pct\n\n' +
        'KUNMING, June 12 -- Goods traded through Mohan port, the largest land port on the China-Laos border, totaled 9.12 billion yuan in the first five months, up 14 percent.\n\n' +
        'Of the total, exports were 5.41 billion yuan.\n\n' +
        "Laos accounted for 88.2 percent of the port's trade.",
    );
    expect(rows.map((r) => r.area)).toEqual(['Mohan Port', 'Mohan Port', 'Mohan Port']);
  });
});
