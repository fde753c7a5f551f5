/**
 * A bonded zone's own figure is the zone's total (twenty-ninth session's convention): the zone is the row's area and the row
 * carries no breakdown, so it stays a total (`is_total`); bonded trade as a part of a wider area's trade keeps
 * `customs regime: bonded`. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-08-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-zone', source_url: 'https://example.org/r/zone', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe("a bonded zone's own figure is its total", () => {
  it('gives a named comprehensive bonded zone its trade with no breakdown', () => {
    const rows = rowsOf('NANNING, Aug. 20 -- In the first seven months, imports and exports of the Qinzhou Comprehensive Bonded Zone reached 28.4 billion yuan, up 11.2 percent year on year, according to Nanning Customs.');
    expect(row(rows, 28.4e9)).toMatchObject({ area: 'Qinzhou Comprehensive Bonded Zone', breakdown: '', yoy_pct: 11.2 });
  });
  it('does the same for a bonded port area', () => {
    const rows = rowsOf('XIAMEN, Aug. 20 -- The Xiamen Haicang Bonded Port Area handled 1.9 billion yuan of imports and exports in the first seven months, Xiamen Customs said.');
    expect(row(rows, 1.9e9)).toMatchObject({ breakdown: '' });
    expect(row(rows, 1.9e9)?.area).toMatch(/Bonded Port Area/);
  });
  it("keeps bonded logistics as a part of a province's trade (guard)", () => {
    const rows = rowsOf("NANNING, Aug. 20 -- In the first seven months, Guangxi's bonded logistics trade rose 9.4 percent to 36.5 billion yuan, according to Nanning Customs.");
    expect(row(rows, 36.5e9)).toMatchObject({ area: 'Guangxi', breakdown: 'customs regime: bonded' });
  });
});
