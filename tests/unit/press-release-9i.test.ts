/**
 * Rules of issue 9, part i: the currencies of other countries' agencies (fixtures b11-… in
 * tests/corpus/press-release), in our own words: their names with and without the country adjective,
 * their ISO codes spaced and glued, their own signs, plain names several countries share read by the
 * reporter's country, and ordinary words and weights that stay no currency.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-06-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const units = (text: string) => rowsOf(text).map((r) => [r.value, r.unit]);

describe('currency names after an amount', () => {
  const names: Array<[string, string]> = [
    ['Mexican pesos', 'MXN'], ['Chilean pesos', 'CLP'], ['Colombian pesos', 'COP'], ['Argentine pesos', 'ARS'],
    ['soles', 'PEN'], ['Turkish lira', 'TRY'], ['liras', 'TRY'], ['zlotys', 'PLN'], ['forints', 'HUF'], ['koruna', 'CZK'],
    ['Swedish kronor', 'SEK'], ['Norwegian kroner', 'NOK'], ['Danish kroner', 'DKK'], ['new Israeli shekels', 'ILS'],
    ['UAE dirhams', 'AED'], ['Saudi riyals', 'SAR'], ['Qatari riyals', 'QAR'], ['Egyptian pounds', 'EGP'], ['naira', 'NGN'],
    ['Kenyan shillings', 'KES'], ['Pakistani rupees', 'PKR'], ['Sri Lankan rupees', 'LKR'], ['taka', 'BDT'], ['kip', 'LAK'],
    ['riels', 'KHR'], ['kyats', 'MMK'], ['Turkmen manats', 'TMT'], ['Azerbaijani manats', 'AZN'],
    ['patacas', 'MOP'], ['sterling', 'GBP'], ['New Zealand dollars', 'NZD'],
  ];
  it.each(names)('reads "12.5 billion %s" as %s', (name, code) => {
    expect(units(`Exports rose to 12.5 billion ${name} in May 2026.`)).toEqual([[12500000000, code]]);
  });
});

describe('ISO codes and signs', () => {
  it('reads a code before the amount, spaced or glued, and after it', () => {
    expect(units('The trade surplus was CZK 24.8 billion in May 2026, and imports were HUF1.6 trillion.')).toEqual([
      [24800000000, 'CZK'],
      [1600000000000, 'HUF'],
    ]);
    expect(units('Exports totalled 96.2 billion TRY in May 2026, imports 120.3 billion PEN.')).toEqual([
      [96200000000, 'TRY'],
      [120300000000, 'PEN'],
    ]);
  });

  it('reads "TL" after an amount as the Turkish lira and "zł" as the zloty', () => {
    expect(units('Exports reached 850 billion TL in May 2026, and imports 210.4 bln zł.').map((r) => r[1])).toEqual(['TRY', 'PLN']);
  });

  it('reads the signs of a single currency', () => {
    const signs: Array<[string, string]> = [['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['৳', 'BDT'], ['₴', 'UAH'], ['Mex$', 'MXN'], ['KSh ', 'KES']];
    for (const [sign, code] of signs) expect(units(`Exports rose to ${sign}4.2 billion in May 2026.`), sign).toEqual([[4200000000, code]]);
  });
});

describe('plain names several countries share', () => {
  it('are the pesos of the country whose statistics they are', () => {
    expect(units("Mexico's exports reached 612.3 billion pesos in May 2026.")).toEqual([[612300000000, 'MXN']]);
    expect(units("Chile's exports were worth 9.1 trillion pesos in May 2026.")).toEqual([[9100000000000, 'CLP']]);
  });

  it('reads "Rs" and rupees in Pakistan as the Pakistani rupee, riyals in Qatar as the Qatari riyal', () => {
    expect(units("Pakistan's exports rose to Rs 4.46 trillion in May 2026, imports to 8.1 trillion rupees.")).toEqual([
      [4460000000000, 'PKR'],
      [8100000000000, 'PKR'],
    ]);
    expect(units("Qatar's exports reached 24.1 billion riyals in May 2026.")).toEqual([[24100000000, 'QAR']]);
    expect(units("Turkmenistan's exports came to 12.4 billion manats in May 2026.")).toEqual([[12400000000, 'TMT']]);
  });

  it("reads plain shillings as Kenya's, Uganda's or Tanzania's by the reporter", () => {
    expect(units("Kenya's exports rose to 312.6 billion shillings in May 2026.")).toEqual([[312600000000, 'KES']]);
    expect(units("Uganda's coffee exports earned 1.4 trillion shillings in May 2026.")).toEqual([[1400000000000, 'UGX']]);
    expect(units("Tanzania's gold exports fetched 3.2 trillion shillings in May 2026.")).toEqual([[3200000000000, 'TZS']]);
  });
});

describe("the reporter's own country", () => {
  it('is no partner of the imports coming into it', () => {
    const rows = rowsOf("Kenya's exports rose to 312.6 billion shillings in May 2026. Imports to Kenya climbed 4.1 percent to 701.9 billion shillings in May 2026.");
    expect(rows.map((r) => [r.flow, r.area, r.partner])).toEqual([
      ['export', 'Kenya', 'World'],
      ['import', 'Kenya', 'World'],
    ]);
  });

  it('still lets another country receive the exports', () => {
    const rows = rowsOf("Kenya's exports to Sweden reached 6.2 billion shillings in May 2026.");
    expect(rows.map((r) => [r.flow, r.area, r.partner])).toEqual([['export', 'Kenya', 'Sweden']]);
  });
});

describe('no currency', () => {
  it('leaves a price per pound in dollars and a weight in pounds alone', () => {
    const rows = rowsOf("Chile's copper exports rose to US$4.9 billion in May 2026 as the metal averaged US$4.52 per pound; beef exports were 3.2 million pounds.");
    expect(rows.map((r) => r.unit)).not.toContain('GBP');
    expect(rows.map((r) => [r.value, r.unit])).toContainEqual([4900000000, 'USD']);
  });

  it('does not read lower-case codes, a conference or a region as money', () => {
    const rows = rowsOf('Exports rose 4 percent in May 2026 as traders try 3 new markets; the COP28 talks and the Hong Kong SAR 25th anniversary were noted.');
    expect(rows.map((r) => r.unit).filter((u) => ['TRY', 'COP', 'SAR'].includes(u))).toEqual([]);
    expect(units('Exports rose to 12 pen in May 2026.')).toEqual([]);
  });

  it('does not read the words sol, som, real or kip in prose', () => {
    const rows = rowsOf('Under the Sol project, the real value of exports rose 3 percent in May 2026, and some kip traders said sums grew.');
    expect(rows.every((r) => r.measure === 'growth')).toBe(true);
  });
});
