/**
 * Rules added in the fixing round for b203 (issue 9): wire and news-agency English from China's neighbours and partners
 * (a dollar sign spaced off "US", levies named as customs payments, ...). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-07-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a89', source_url: 'https://example.org/r/a89', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"US $" with a space is the dollar, not the United States', () => {
  it('keeps the reporter the area of an opening "US $" amount', () => {
    const rows = rowsOf('KARACHI, Jul 20 (APP): Pakistan\'s exports to China in the fiscal year 2025-26 (July-June) rose 11.4 percent to US $3.06 billion, the bureau said.');
    expect(row(rows, 3.06e9)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'China', flow: 'export' });
  });
  it('reads "US $" in a trailing clause after a comma', () => {
    const rows = rowsOf('COLOMBO, Jul 20 -- Sri Lanka\'s imports from China in June were up 6 percent, totalling US $412 million.');
    expect(row(rows, 412e6)).toMatchObject({ unit: 'USD', area: 'Sri Lanka', partner: 'China', flow: 'import' });
  });
  it('reads "US $" inside brackets after a national-currency amount', () => {
    const rows = rowsOf('DHAKA, Jul 20 -- Bangladesh\'s exports to China in June reached Tk 48.6 billion (US $414 million), the bureau said.');
    expect(row(rows, 414e6)).toMatchObject({ unit: 'USD', area: 'Bangladesh', partner: 'China' });
  });
  it('reads "U.S. $" spaced the same way, in the passive', () => {
    const rows = rowsOf('KATHMANDU, Jul 20 -- Goods worth U.S. $96.5 million were imported from China by Nepal in June, customs said.');
    expect(row(rows, 96.5e6)).toMatchObject({ unit: 'USD', area: 'Nepal', partner: 'China' });
  });
  it('reads "US $" before a spelled scale in a wire headline-style sentence', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): Pakistan\'s copper shipments to China were worth US $ 640 million in June, up 18 percent year on year.');
    expect(row(rows, 640e6)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'China', yoy_pct: 18 });
  });
  it('still reads the US as the partner after "from", with its "US $" amount in dollars (guard)', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): In June, exports to China stood at US $260 million, while imports from the US were US $410 million.');
    expect(row(rows, 410e6)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'United States', flow: 'import' });
    expect(row(rows, 260e6)).toMatchObject({ unit: 'USD', partner: 'China' });
  });
  it('still reads the United States named before a dollar amount with a comma (guard)', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): Pakistan\'s exports to the US, at $5.1 billion in June, were higher than its exports to China.');
    expect(rows.every((r) => r.area !== 'United States')).toBe(true);
    expect(row(rows, 5.1e9)?.partner).toBe('United States');
  });
  it('still reads "US" as the country when no dollar sign follows (guard)', () => {
    const rows = rowsOf('WASHINGTON, Jul 20 -- US imports from China fell 9.2 percent to 38.4 billion dollars in June.');
    expect(row(rows, 38.4e9)).toMatchObject({ area: 'United States', partner: 'China', flow: 'import' });
  });
});

describe('customs payments, charges, fees and receipts are money levied, not goods traded', () => {
  it('drops "customs payments" opening the sentence, and their share of revenue', () => {
    const rows = rowsOf('BISHKEK, Jul 20 (Kabar) - Trade rose. Customs payments collected on goods imported from China reached 21.6 billion soms, or 38 percent of all customs revenue.');
    expect(rows.some((r) => r.value === 21.6e9 || r.value === 38)).toBe(false);
  });
  it('drops "customs charges" after an opening phrase, with their change', () => {
    const rows = rowsOf('ASTANA, Jul 20 - Trade rose. In the first half, customs charges levied on imports from China amounted to 310 billion tenge, up 9 percent.');
    expect(rows.some((r) => r.value === 310e9 || r.yoy_pct === 9)).toBe(false);
  });
  it('drops an amount collected "in customs payments"', () => {
    const rows = rowsOf('TASHKENT, Jul 20 (UzA). Trade with China rose. Importers paid 740 million dollars in customs payments on goods from China in the first half, up 12 percent.');
    expect(row(rows, 740e6)).toBeUndefined();
  });
  it('drops "customs fees" in a "while" clause but keeps the goods before it', () => {
    const rows = rowsOf('TASHKENT, Jul 20 (UzA). Uzbekistan\'s imports from China amounted to 4.8 billion dollars in the first half, while customs fees paid on them came to 410 million dollars.');
    expect(row(rows, 410e6)).toBeUndefined();
    expect(row(rows, 4.8e9)).toMatchObject({ flow: 'import', partner: 'China' });
  });
  it('drops "customs receipts" from a trade', () => {
    const rows = rowsOf('BAKU, Jul 20. Trade rose. Customs receipts from Azerbaijan\'s trade with China totalled 880 million manats in the first half.');
    expect(row(rows, 880e6)).toBeUndefined();
  });
  it('keeps goods after a clause on customs payments that were cut (guard)', () => {
    const rows = rowsOf('BISHKEK, Jul 20 (Kabar) - After customs payments were cut, Kyrgyzstan\'s imports from China rose 9 percent to 1.2 billion dollars in the first half.');
    expect(row(rows, 1.2e9)).toMatchObject({ flow: 'import', yoy_pct: 9 });
  });
  it('keeps goods described as free of customs payments, and trade after "and" (guard)', () => {
    const free = rowsOf('ASTANA, Jul 20 - Kazakhstan\'s exports to China, which are free of customs payments under the deal, reached 7.4 billion dollars in the first half.');
    expect(row(free, 7.4e9)?.flow).toBe('export');
    const after = rowsOf('ASTANA, Jul 20 - Trade rose. Customs receipts from China trade were 12 billion tenge, and exports to China rose 8 percent to 7.4 billion dollars in the first half.');
    expect(row(after, 7.4e9)).toMatchObject({ flow: 'export', yoy_pct: 8 });
    expect(row(after, 12e9)).toBeUndefined();
  });
});
