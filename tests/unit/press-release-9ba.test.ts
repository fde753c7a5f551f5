/**
 * Rules of issue 9, part ba: the place lexicon covers every UN member and observer and the territories with
 * statistics offices of their own (a blind batch lost its areas to a country the lexicon lacked), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string) => releaseRows(text, '2026-05-12').map((r) => r.area);

describe('agencies of the countries the lexicon lacked', () => {
  const cases: [string, string][] = [
    ['Beirut, 4 May 2026 - Lebanese imports of goods came to US$1,510.2 million in March 2026.', 'Lebanon'],
    ['Niamey, 6 May 2026. Exports of Niger reached 61.3 billion CFA francs in March 2026.', 'Niger'],
    ['Bissau, 7 May 2026 - Guinea-Bissau exported goods worth 18.4 billion CFA francs in March 2026.', 'Guinea-Bissau'],
    ['Port-au-Prince, 5 May 2026. Imports of goods into Haiti totalled US$402.6 million in March 2026.', 'Haiti'],
    ['Paramaribo, 8 May 2026 - Suriname exported goods worth US$260.9 million in March 2026.', 'Suriname'],
    ['Dili, 6 May 2026. Timor-Leste imported goods worth US$61.7 million in March 2026.', 'Timor-Leste'],
    ['Statistics Luxembourg reported on 6 May 2026 that exports of goods from Luxembourg came to €1,240.3 million in March 2026.', 'Luxembourg'],
    ['Nuuk, 5 May 2026 - Exports of Greenland, mostly fish, reached DKK 512.4 million in March 2026.', 'Greenland'],
  ];
  it.each(cases)('%s', (text, area) => {
    expect(areas(text)).toEqual([area]);
  });

  it('keeps Equatorial Guinea and Papua New Guinea apart from Guinea', () => {
    const text = 'Conakry, 6 May 2026. Guinea exported goods worth US$9.1 million to Equatorial Guinea in March 2026.';
    expect(releaseRows(text, '2026-05-12').map((r) => [r.area, r.partner])).toEqual([['Guinea', 'Equatorial Guinea']]);
  });

  it('reads "Dominica" as its own island, not the Dominican Republic', () => {
    expect(areas('Roseau, 6 May 2026 - Dominica imported goods worth XCD 81.5 million in March 2026.')).toEqual(['Dominica']);
  });

  it('does not take the Niger Delta for the country Niger', () => {
    const text = 'Abuja, 6 May 2026. Crude oil from the Niger Delta led exports of Nigeria, which reached ₦6.2 trillion in March 2026.';
    expect(areas(text)).toEqual(['Nigeria']);
  });

  it("does not take Nigeria's Niger State for the country Niger", () => {
    const text = 'Exporters in Niger State shipped sesame worth ₦61.2 billion in March 2026.';
    expect(areas(text)).not.toContain('Niger');
  });

  it('does not take Nigeria\'s Benin City for the country Benin', () => {
    const text = 'Rubber processors in Benin City shipped goods worth ₦48.3 billion in March 2026.';
    expect(areas(text)).not.toContain('Benin');
  });

  it("takes a statistics office's seat dated before a dash for its dateline, not a partner", () => {
    const text = 'Luxembourg, 14 May 2026 – The euro area posted a €9.8 bn surplus in trade in goods with the rest of the world in March 2026.';
    expect(releaseRows(text, '2026-05-14').map((r) => r.partner)).not.toContain('Luxembourg');
  });

  it('does not take a spokesman named Chad for the country', () => {
    const text = "Chad Miller, the agency's chief economist, said exports rose to C$64.1 billion in March 2026.";
    expect(areas(text)).not.toContain('Chad');
  });
});

describe('their currencies written before the amount', () => {
  const cases: [string, string, number][] = [
    ['Lebanon imported goods worth LBP 2,400 billion in March 2026.', 'LBP', 2400000000000],
    ['Cameroon exported goods worth XAF 312.5 billion in March 2026.', 'XAF', 312500000000],
    ['Haiti imported goods worth HTG 48.2 billion in March 2026.', 'HTG', 48200000000],
    ['The Bahamas imported goods worth BSD 310.4 million in March 2026.', 'BSD', 310400000],
    ['Eswatini exported goods worth SZL 2,910.3 million in March 2026.', 'SZL', 2910300000],
    ['Exports of Haiti came to 3.9 billion gourdes in March 2026.', 'HTG', 3900000000],
    ['Exports of the Gambia came to 1,205.6 million dalasis in March 2026.', 'GMD', 1205600000],
    ['Lebanon imported goods worth 1,930 billion Lebanese pounds in March 2026.', 'LBP', 1930000000000],
    ['Grenada imported goods worth EC$91.6 million in March 2026.', 'XCD', 91600000],
    ['Belize exported goods worth BZ$58.2 million in March 2026.', 'BZD', 58200000],
  ];
  it.each(cases)('%s', (text, unit, value) => {
    expect(releaseRows(text, '2026-05-12').map((r) => [r.value, r.unit])).toEqual([[value, unit]]);
  });
});

describe('a bare dollar or dinar in their own statistics', () => {
  const cases: [string, string][] = [
    ['Nassau, 6 May 2026 - Imports of goods into the Bahamas came to $310.4 million in March 2026.', 'BSD'],
    ['Castries, 6 May 2026. Saint Lucia imported goods worth $91.6 million in March 2026.', 'XCD'],
    ['Libyan oil exports brought 9.8 billion dinars in March 2026.', 'LYD'],
    ['Yaoundé, 6 May 2026 - Cameroon exported goods worth 212.4 billion CFA francs in March 2026.', 'XAF'],
    ['Dakar, 6 May 2026 - Senegal exported goods worth 341.2 billion CFA francs in March 2026.', 'XOF'],
  ];
  it.each(cases)('%s', (text, unit) => {
    expect(releaseRows(text, '2026-05-12').map((r) => r.unit)).toEqual([unit]);
  });
});
