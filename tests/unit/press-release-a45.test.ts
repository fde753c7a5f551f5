/**
 * Rules added in the fixing round for blind batches b145 and b148 (issue 9: real releases), with the lead's two conventions of
 * that round (a hedged "flat" on the year; the border trade modes). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a45', source_url: 'https://example.org/r/a45', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('a hedged "flat" on the year after the level is no change (yoy 0)', () => {
  it('reads "broadly flat on the year" as 0', () => {
    const rows = rowsOf('In the first four months, China imported 181.3 million tonnes of soybeans and other oilseeds, broadly flat on the year.');
    expect(row(rows, 181.3e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "roughly flat from a year earlier" as 0, as before', () => {
    const rows = rowsOf('Coal imports in April reached 62.4 million tonnes, roughly flat from a year earlier.');
    expect(row(rows, 62.4e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves "little changed" without a change', () => {
    const rows = rowsOf('Coal imports in April reached 62.4 million tonnes, little changed from a year earlier.');
    expect(row(rows, 62.4e6)?.yoy_pct ?? null).toBeNull();
  });
});
