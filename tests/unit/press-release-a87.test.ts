/**
 * Rules added in the fixing round for the blind batch b201 (issue 9, category 13: sloppy scraped text and table residue).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12', contentType?: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a87', source_url: 'https://example.org/r/a87', published }, { contentType });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const THIN = '\u2009';
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('a space-grouped number before a clause comma is one number', () => {
  it('reads a thin-space-grouped count of trains before ", up"', () => {
    const rows = rowsOf(`HOHHOT, May 12 -- Freight trains through the port reached 2${THIN}314, up 6.2 percent, in the first four months.`);
    expect(row(rows, 2314)).toMatchObject({ unit: 'trains', yoy_pct: 6.2 });
    expect(row(rows, 2)).toBeUndefined();
  });
  it('reads a narrow no-break space as a thousands separator in an opening phrase', () => {
    const rows = rowsOf(`URUMQI, May 12 -- With trains numbering 1${NNBSP}085, up 12 percent in the first four months, the port handled more trains than ever, customs said.`);
    expect(row(rows, 1085)?.unit).toBe('trains');
  });
  it('reads a no-break-space-grouped count after a synonym verb', () => {
    const rows = rowsOf(`MANZHOULI, May 12 -- Trains bringing imports in April numbered 1${NBSP}215, up 3.4 percent from a year earlier.`);
    expect(row(rows, 1215)).toMatchObject({ unit: 'trains', yoy_pct: 3.4 });
  });
  it('reads a plain-space-grouped value before a comma in the passive', () => {
    const rows = rowsOf('KUNMING, May 12 -- In April, fruit imported through the port was put at 12 750 tonnes by customs, while trains numbered 1 204, a rise of 9 percent.');
    expect(row(rows, 1204)?.unit).toBe('trains');
  });
  it('reads a thin-space-grouped count of containers, wire style', () => {
    const rows = rowsOf(`ALMATY, May 12 -- In April, the number of containers exported reached 3${THIN}412, up 4.1 percent y/y.`);
    expect(row(rows, 3412)).toMatchObject({ unit: 'containers', yoy_pct: 4.1 });
  });
  it('still reads a decimal comma after space-grouped thousands (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- Exports to Russia came to 1 067,2 million U.S. dollars in April.');
    expect(row(rows, 1067.2e6)).toBeDefined();
  });
  it('does not join a space and then a comma-grouped number into one (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- In April, exports of 5 000,000 tonnes were shipped by rail.');
    expect(row(rows, 5000000000)).toBeUndefined();
    expect(row(rows, 5000)).toBeUndefined();
  });
});
