/**
 * Rules of issue 9, part ah: the language of statistics agencies, customs services and central banks of
 * smaller economies found by blind batch 34 (fixtures b34-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);
const amounts = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.unit]);

describe('whose statistics a release reports', () => {
  it('takes the country an agency carries in its name, in title case or in capitals, over the partners it names', () => {
    const caps = 'STATISTICAL OFFICE OF THE REPUBLIC OF SERBIA\n\nExports to Germany reached 3.612,0 million EUR in January – October 2026. Imports from Germany were 4.118,5 million EUR, and imports from Italy 2.014,6 million EUR.';
    expect(areas(caps, '2026-11-30')).toEqual(['Serbia', 'Serbia', 'Serbia']);
    const bank = 'Bank of Tanzania\n\nExports to Kenya rose to USD 512.4 million in the year ending September 2026. Kenya also supplied goods worth USD 301.0 million.';
    expect(new Set(areas(bank, '2026-11-06'))).toEqual(new Set(['Tanzania']));
    const adjective = 'Croatian Bureau of Statistics. In January–September 2026, exports to Italy amounted to EUR 2 290,4 million and imports from Italy to EUR 4 015,6 million.';
    expect(areas(adjective, '2026-11-25')).toEqual(['Croatia', 'Croatia']);
  });

  it('knows the capitals that date releases of smaller economies, accented names included', () => {
    const male = 'Malé, 5 November 2026 — Imports from China amounted to US$52.1 million in October 2026. China supplied 14.1 percent of imports.';
    expect(areas(male, '2026-11-05')).toEqual(['Maldives', 'Maldives']);
    const vilnius = 'Vilnius, 10 November 2026. Exports to Latvia grew by 3.2 per cent to EUR 3.1 billion in January–September 2026. Latvia remained the main partner.';
    expect(areas(vilnius, '2026-11-10')).toEqual(['Lithuania']);
  });
});

describe('currencies and scales of smaller economies', () => {
  it('reads the signs and codes of Brunei, Serbia, Iceland, the Maldives and Mauritius', () => {
    expect(amounts('Bandar Seri Begawan, 28 November 2026. Exports rose 9.0 per cent to B$1,502.3 million in September 2026.', '2026-11-28')).toEqual([[1502300000, 'BND']]);
    expect(amounts('Belgrade, 30.11.2026. Total trade amounted to 6.842.907,4 million RSD in January – October 2026.', '2026-11-30')).toEqual([[6842907400000, 'RSD']]);
    expect(amounts('Statistics Iceland. Goods were exported for ISK 98.4 billion in October 2026.', '2026-11-27')).toEqual([[98400000000, 'ISK']]);
    expect(amounts('Maldives Customs Service. Imports in October 2026 amounted to MVR 4.31 billion.', '2026-11-05')).toEqual([[4310000000, 'MVR']]);
  });

  it('reads a bare "Rs" as the Mauritian rupee in Mauritius\'s statistics', () => {
    expect(amounts('Statistics Mauritius. Total exports for the third quarter of 2026 amounted to Rs 25,412 million.', '2026-11-20')).toEqual([[25412000000, 'MUR']]);
  });

  it('reads CFA francs, written out or as FCFA, as the West African franc', () => {
    const text = 'Dakar, 14 November 2026 – Exports of Senegal reached 341,2 billion CFA francs in September 2026. Crude oil exports were 118,4 billion FCFA.';
    expect(amounts(text, '2026-11-14')).toEqual([[341200000000, 'XOF'], [118400000000, 'XOF']]);
  });

  it('reads "Mill." as million, a sentence going on past it when a currency follows', () => {
    const text = 'SOFIA, November 13 (BTA) – Exports of goods to Türkiye amounted to 1 684.2 Mill. Euro in January–September 2026.';
    expect(amounts(text, '2026-11-13')).toEqual([[1684200000, 'EUR']]);
  });
});
