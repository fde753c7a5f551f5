/**
 * Rules added in the fixing round for the held-back batches b184 and b188 (and b187's leftovers), thirty-first session
 * (issue 9). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a78', source_url: 'https://example.org/r/a78', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('people counted with a verb of level take no currency the sentence names elsewhere', () => {
  it('drops travelers who "topped" a count after a price in yuan (wire)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Thermal coal traded at about 780 yuan per tonne at the yards in April, and inbound and outbound travelers topped 1.5 million.');
    expect(row(rows, 1.5e6)).toBeUndefined();
  });
  it('drops passengers who "reached" a count after "while" (local outlet)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Coal sold at 800 yuan a tonne in April, while passengers crossing the border reached 2.1 million.');
    expect(row(rows, 2.1e6)).toBeUndefined();
  });
  it('drops crossings that "numbered" a count in a sentence of their own (agency)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- The port handled 3 billion yuan of goods in April. Passenger crossings at the port numbered 420,000.');
    expect(row(rows, 420000)).toBeUndefined();
    expect(row(rows, 3e9)).toBeDefined();
  });
  it('drops tourists counted after a semicolon with a hedge ("reached nearly")', () => {
    const rows = rowsOf('HOHHOT, May 12 -- The port handled 3 billion yuan of goods in April; tourists arriving by rail reached nearly 90,000.');
    expect(row(rows, 90000)).toBeUndefined();
  });
  it('keeps money spent by travelers (guard)', () => {
    const rows = rowsOf('SANYA, May 12 -- Purchases by travelers at offshore duty-free shops reached 3.2 billion yuan in April.');
    expect(row(rows, 3.2e9)).toBeDefined();
  });
  it('keeps a sum in yuan after tourists named as spenders (guard)', () => {
    const rows = rowsOf('SANYA, May 12 -- Spending by tourists on imported goods came to 1.1 billion yuan in April.');
    expect(row(rows, 1.1e9)).toBeDefined();
  });
});

describe('a flow "seen", "pegged" or "tipped" at an amount is a forecast', () => {
  it('drops arrivals "seen at around" an amount (commodity wire)', () => {
    const rows = rowsOf('DALIAN, Dec 20 -- Crushers cut runs in the south, traders said. Total arrivals in December are seen at around 10 million tonnes.', '2025-12-20');
    expect(row(rows, 10e6)).toBeUndefined();
  });
  it('drops arrivals "pegged at" an amount by a consultancy', () => {
    const rows = rowsOf('BEIJING, May 12 -- Copper concentrate arrivals for May are pegged at 2.3 million tonnes by consultancy Mysteel.');
    expect(row(rows, 2.3e6)).toBeUndefined();
  });
  it('drops shipments "now seen rising to" an amount', () => {
    const rows = rowsOf('BEIJING, May 12 -- Iron ore shipments this month are now seen rising to 105 million tonnes, brokers said.');
    expect(row(rows, 105e6)).toBeUndefined();
  });
  it('drops cargoes "tipped to reach" an amount', () => {
    const rows = rowsOf('BEIJING, May 12 -- Soybean cargoes in May are tipped to reach 12 million tonnes.');
    expect(row(rows, 12e6)).toBeUndefined();
  });
  it('keeps a result after "is seen at" a place (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Growth is seen at the border crossings, where imports reached 4 million tonnes in April.');
    expect(row(rows, 4e6)).toBeDefined();
  });
  it('keeps a result followed by "as seen at" (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Imports in April were 9.5 million tonnes, as seen at the ports.');
    expect(row(rows, 9.5e6)).toBeDefined();
  });
});
