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

describe('periods in the words of other languages and of central banks', () => {
  const periods = (text: string, published: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value]);

  it('reads French, Spanish and Portuguese month names next to a year, a day or another month', () => {
    const french = 'Dakar, 14 novembre 2026 – Exports of Senegal stood at 341,2 billion CFA francs in septembre 2026, against 297,4 billion in août 2026.';
    expect(periods(french, '2026-11-14')).toEqual([['2026-09', '2026-09', 341200000000], ['2026-08', '2026-08', 297400000000]]);
    const spanish = 'Quito, 18 November 2026. In the period enero–septiembre 2026, Ecuador posted a trade surplus of USD 3,412.6 million.';
    expect(periods(spanish, '2026-11-18')).toEqual([['2026-01', '2026-09', 3412600000]]);
  });

  it('leaves a lone "mars" or "mai" alone', () => {
    const text = 'Exports of Senegal rose to 341,2 billion CFA francs in September 2026; the mai tai index and mars bars are not months.';
    expect(periods(text, '2026-11-14')).toEqual([['2026-09', '2026-09', 341200000000]]);
  });

  it('reads "cumulative to <month>" as the year to date', () => {
    const text = 'Asunción, 17 November 2026. Cumulative to October 2026, total registered exports of Paraguay amounted to USD 12,405.3 million, 2.8% lower than in the same period of the previous year.';
    expect(rowsOf(text, '2026-11-17').map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2026-01', '2026-10', -2.8]]);
  });
});

describe('balances and comparison bases', () => {
  it('reads a balance said to be negative just before its amount as a deficit', () => {
    const text = 'Vilnius, 10 November 2026. The foreign trade balance was negative at EUR 4.37 billion in January–September 2026. The balance with the EU was also negative, at EUR 1.2 billion.';
    expect(rowsOf(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([[-4370000000, 'balance'], [-1200000000, 'balance']]);
    const by = 'Statistics Iceland. The trade balance for goods was therefore negative by ISK 23.3 billion in October 2026.';
    expect(rowsOf(by, '2026-11-27').map((r) => r.value)).toEqual([-23300000000]);
  });

  it('keeps changes year-on-year when the release sets an amount against the same month a year earlier, beside one month-on-month change', () => {
    const text = 'Bandar Seri Begawan, 28 November 2026. Total trade in September 2026 was B$2,614.8 million, an increase of 6.2 per cent compared to B$2,462.1 million in September 2025. Exports increased by 9.0 per cent to B$1,502.3 million. Compared to the previous month, exports decreased by 4.1 per cent.';
    const rows = rowsOf(text, '2026-11-28').filter((r) => r.period_start === '2026-09');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[2614800000, 6.2], [1502300000, 9]]);
  });
});

describe('a year-before level between the report\'s sentences', () => {
  it('does not let "In October 2025, ..." in a report on October 2026 date the sentences after it', () => {
    const text = 'Statistics Iceland. Goods were exported for ISK 98.4 billion in October 2026. In October 2025, the trade deficit was ISK 31.9 billion.\n\nMarine products were ISK 31.2 billion, 4.0% more than a year earlier.';
    const marine = rowsOf(text, '2026-11-27').find((r) => r.value === 31200000000);
    expect([marine?.period_start, marine?.period_end, marine?.yoy_pct]).toEqual(['2026-10', '2026-10', 4]);
  });
});

describe('bases of the month before', () => {
  const dated = (text: string, published: string) => rowsOf(text, published).map((r) => [r.period_start, r.value, r.yoy_pct]);

  it('dates an amount "a month earlier" or "the previous month" to the month before the figure\'s', () => {
    const text = 'Dakar, 14 November 2026 (APS) – Crude oil exports of Senegal reached 118,4 billion FCFA in September 2026, against 96,2 billion FCFA a month earlier.';
    expect(dated(text, '2026-11-14')).toEqual([['2026-09', 118400000000, null], ['2026-08', 96200000000, null]]);
  });

  it('reads the amount in brackets after "from the previous month" as that month\'s level', () => {
    const text = 'Dakar, 14 November 2026 (APS) – Imports of Senegal amounted to 472,6 billion FCFA in September 2026, down 3,8% from the previous month (491,3 billion FCFA). Year on year, imports rose by 1,9%.';
    expect(dated(text, '2026-11-14')).toEqual([['2026-09', 472600000000, 1.9], ['2026-08', 491300000000, null]]);
  });
});

describe('the twelve months before a twelve-month figure', () => {
  it('dates a base "in the previous twelve months" or "in the preceding 12 months" to the twelve months before', () => {
    const text = 'Statistics Iceland. Over the last twelve months, from November 2025 to October 2026, the trade deficit was ISK 193.8 billion, compared with ISK 241.5 billion in the previous twelve months.';
    expect(rowsOf(text, '2026-11-27').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2025-11', '2026-10', -193800000000], ['2024-11', '2025-10', -241500000000]]);
    const uganda = "Kampala – For the 12 months to September 2026, Uganda's exports totalled US$8.37 billion compared with US$7.25 billion in the preceding 12 months.";
    expect(rowsOf(uganda, '2026-11-09').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2025-10', '2026-09', 8370000000], ['2024-10', '2025-09', 7250000000]]);
  });
});
