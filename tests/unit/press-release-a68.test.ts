/**
 * Rules of the fixing round for b170 to b176 (their leftovers), thirtieth session (issue 9). Each names the language it
 * reads; the texts are our own, written for these tests in several registers, with near misses marked "guard".
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a68', source_url: 'https://example.org/r/a68', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a province written as the adjective of "the ... city" points back to the city', () => {
  it('gives a balance of "the western Guangdong city" to the city named before (wire)', () => {
    const rows = rowsOf('MAOMING, May 12 -- Maoming\'s foreign trade reached 31.2 billion yuan in the first four months, up 8.1 percent. That left the western Guangdong city with a trade deficit of 4.6 billion yuan.');
    expect(row(rows, -4.6e9)?.area).toBe('Maoming');
  });
  it('reads "the coastal Shandong city\'s" exports as the city\'s (local outlet)', () => {
    const rows = rowsOf('Weihai\'s imports and exports came to 48.7 billion yuan in the first four months of 2026. The coastal Shandong city\'s exports rose 6.2 percent to 30.1 billion yuan over the period.');
    expect(row(rows, 30.1e9)).toMatchObject({ area: 'Weihai', flow: 'export' });
  });
  it('reads trade "between the Zhejiang city and ASEAN" as the city\'s (translated English)', () => {
    const rows = rowsOf('In January-April, the total import and export value of Jinhua was 210.4 billion yuan. Among them, trade between the Zhejiang city and ASEAN reached 22.6 billion yuan.');
    expect(row(rows, 22.6e9)).toMatchObject({ area: 'Jinhua', partner: 'ASEAN' });
  });
  it('keeps a province that is the subject its own figure (guard)', () => {
    const rows = rowsOf('Zhejiang\'s foreign trade reached 1.72 trillion yuan in the first four months, and the Zhejiang provincial government said exports made up 1.25 trillion yuan.');
    expect(row(rows, 1.72e12)?.area).toBe('Zhejiang');
  });
});
