/**
 * An amount its own clause puts in a year after the one the release came out in is a forecast or a plan, never a row,
 * however the sentence says so (lead, thirty-first session: forecasts phrased in ways no forecast rule named came out as
 * rows of the release's own period). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a77', source_url: 'https://example.org/r/a77', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);

describe('an amount of a later year than the release is not a row', () => {
  // (The first case is read two ways: by the amount's clause, and by its row's period starting after the release's month;
  // either alone drops it, so it fails only when both are gone.)
  it('drops a fiscal season that starts in the release\'s year and ends after it ("A$98 billion in 2025-26")', () => {
    const rows = rowsOf('CANBERRA, March 10 -- Iron ore exports were worth A$12.4 billion in February. The resources department sees the ore bringing in A$98 billion in 2025-26.', '2025-03-10');
    expect(values(rows)).toEqual([12.4e9]);
  });
  it('drops "in the 2024 marketing year" after the amount (agency English)', () => {
    const rows = rowsOf('ASTANA, Nov. 2 -- Kazakhstan sold 1.1 million tonnes of wheat to China in January-October. Sales should climb to 1.8 million tonnes in the 2024 marketing year, the agriculture ministry said.', '2023-11-02');
    expect(values(rows)).toEqual([1.1e6]);
  });
  it('drops a later year before the amount in a clause of the future ("By the end of 2026 the line will have carried")', () => {
    const rows = rowsOf('The railway moved 4.3 million tonnes of cargo in the first 11 months. By the end of 2026 the line will have carried 60 million tonnes since it opened, the operator said.', '2025-12-05');
    expect(values(rows)).toEqual([4.3e6]);
  });
  it('drops "to around $38 billion in 2026, from a peak" in a wire story of December', () => {
    const rows = rowsOf('SHANGHAI, Dec 10 (Reuters) - China imported $350 billion of chips in the first 11 months, up 1.6%. A trade group sees mainland spending on chip-making tools easing to around $38 billion in 2026, from a peak in 2024.', '2025-12-10');
    expect(values(rows)).toEqual([350e9]);
  });
  it('keeps a year that has begun: "exports in 2026 grew 3 percent" in a July story may be the year so far (near miss)', () => {
    const rows = rowsOf("SEOUL, July 1 -- South Korea's exports in 2026 grew 3 percent to $310 billion, the ministry said.", '2026-07-01');
    expect(values(rows)).toEqual([310e9]);
  });
  it('keeps amounts of the release\'s own and earlier years, and a season\'s running total "so far" (near misses)', () => {
    expect(values(rowsOf('BEIJING, Jan. 13 -- Exports reached 25.4 trillion yuan in 2025, and imports 18.1 trillion yuan in 2024 terms were revised.', '2026-01-13'))).toContain(25.4e12);
    expect(values(rowsOf('SYDNEY, Dec. 4 -- Wheat exports reached 14.2 million tonnes in 2025-26 so far, the bureau said.', '2025-12-04'))).toEqual([14.2e6]);
    expect(values(rowsOf('SEOUL, March 11 -- In the first 10 days of March, exports rose 7.2 percent to $14.1 billion.', '2026-03-11'))).toEqual([14.1e9]);
  });
});
