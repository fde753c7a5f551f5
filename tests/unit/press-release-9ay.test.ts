/**
 * Rules of issue 9, part ay: batch 42 (fixtures b42-… in tests/corpus/press-release), agencies of small
 * economies the lexicon had not met, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const brief = (r: { value: number | null; unit: string; area: string; flow: string }) => [r.value, r.unit, r.area, r.flow];

describe('small economies that report their own trade', () => {
  const cases: [string, string][] = [
    ['VALLETTA, 4 March 2026 - Exports of goods from Malta came to €290.5 million in January 2026.', 'Malta'],
    ['Nicosia, 12 March 2026. Cyprus imported goods worth €880.1 million in January 2026.', 'Cyprus'],
    ['Tegucigalpa, 9 March 2026. Exports of Honduras reached US$402.3 million in January 2026.', 'Honduras'],
    ['Georgetown, 3 March 2026 - Guyanese exports rose to US$1,620.4 million in January 2026.', 'Guyana'],
    ['Victoria, 5 March 2026 - Imports of goods into Seychelles totalled US$130.2 million in January 2026.', 'Seychelles'],
  ];
  it.each(cases)('%s', (text, area) => {
    expect(releaseRows(text, '2026-03-10').map((r) => r.area)).toEqual([area]);
  });

  it('keeps "American Samoa" a partner of its own, not Samoa', () => {
    const text = 'Apia, 6 March 2026. Samoa exported goods worth $2.1 million to American Samoa in January 2026.';
    expect(releaseRows(text, '2026-03-10').map((r) => [r.area, r.partner])).toEqual([['Samoa', 'American Samoa']]);
  });
});

describe('their currencies', () => {
  const cases: [string, string, number][] = [
    ['Barbados imported goods worth BDS$512.6 million in January 2026.', 'BBD', 512600000],
    ['Guyana exported goods worth G$402.7 billion in January 2026.', 'GYD', 402700000000],
    ['Malawi imported goods worth MK 210.4 billion in January 2026.', 'MWK', 210400000000],
    ['Imports of Seychelles came to SCR 1,980 million in January 2026.', 'SCR', 1980000000],
    ['Samoa exported goods worth WST 11.2 million in January 2026.', 'WST', 11200000],
    ['In lempiras, exports of Honduras came to 9,870.5 million lempiras in January 2026.', 'HNL', 9870500000],
    ['Samoa imported goods worth 98.4 million tala in January 2026.', 'WST', 98400000],
  ];
  it.each(cases)('%s', (text, unit, value) => {
    expect(releaseRows(text, '2026-03-10').map((r) => [r.value, r.unit])).toEqual([[value, unit]]);
  });

  it('does not read the letters of a word before a dollar sign as Guyana\'s dollar', () => {
    expect(releaseRows('Hong Kong exported goods worth HK$3.1 billion to Malawi in January 2026.', '2026-03-10').map(brief)).toEqual([
      [3100000000, 'HKD', 'Hong Kong', 'export'],
    ]);
  });
});

describe('goods that "brought in" an amount in a currency code', () => {
  it('earned it (exports), even after a paragraph on imports', () => {
    const text = [
      'Victoria, 3 March 2026 - Imports of goods into Seychelles came to SCR 2,100 million in January 2026.',
      '',
      'Frozen fish brought in SCR 310 million.',
    ].join('\n');
    expect(releaseRows(text, '2026-03-10').map((r) => [r.value, r.flow])).toEqual([
      [2100000000, 'import'],
      [310000000, 'export'],
    ]);
  });
});
