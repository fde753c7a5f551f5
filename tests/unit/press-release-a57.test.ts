/**
 * Rules added in the eleventh round of real releases under variation (issue 9): a story republished by another outlet, a
 * source cited before the subject, no publication date, a sentence on each line. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a57', source_url: 'https://example.org/r/a57', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a source cited before the subject ("According to ..., China imported") leaves the subject the reporter', () => {
  it('keeps China the area and the flow an import after "According to a report by" an outlet', () => {
    const rows = rowsOf('According to a report by a regional news agency, China imported 8.15 million tonnes of barley in April, up 12.6% from a year earlier.');
    expect(row(rows, 8.15e6)).toMatchObject({ area: 'China', flow: 'import', partner: 'World', yoy_pct: 12.6 });
  });
  it('reads an export the same way after "According to customs data,"', () => {
    const rows = rowsOf('According to customs data, China exported 2.36 million tonnes of steel pipes in April, down 4.1% from a year earlier.');
    expect(row(rows, 2.36e6)).toMatchObject({ area: 'China', flow: 'export', partner: 'World' });
  });
  it('still reads a country after "exports to" as the partner (guard)', () => {
    const rows = rowsOf('According to customs data, Vietnam\'s exports to China rose 9.2% to 4.1 billion U.S. dollars in April.');
    expect(row(rows, 4.1e9)).toMatchObject({ area: 'Vietnam', partner: 'China', flow: 'export' });
  });
});
