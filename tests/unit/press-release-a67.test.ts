/**
 * Rules added in the fixing round for the held-back batches b170, b174 and b176 (issue 9, twenty-ninth session):
 * language of real releases that those batches met. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-07-14'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a67', source_url: 'https://example.org/r/a67', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"flat" after a level and the month it names is a change of zero', () => {
  it('reads "X tonnes in June, flat year on year" as yoy 0', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of soybean meal came to 310,000 tonnes in June, flat year on year, customs data showed.');
    expect(row(rows, 310000)).toMatchObject({ period_start: '2026-06', yoy_pct: 0 });
  });
  it('reads "unchanged from a year earlier" after "in the first half" the same way', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of iron ore reached 590 million tonnes in the first half, unchanged from a year earlier.');
    expect(row(rows, 590e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves a level with no change in words without one (guard)', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of soybean meal came to 310,000 tonnes in June, customs data showed.');
    expect(row(rows, 310000)?.yoy_pct ?? null).toBeNull();
  });
});
