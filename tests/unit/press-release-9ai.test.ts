/**
 * Rules of issue 9, part ai: the language of commodity and market wire stories found by blind batch 35
 * (fixtures b35-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('units of the commodity desks', () => {
  it('reads gigawatts and megawatts of solar products as watts', () => {
    const text = 'China exported 12.4 GW of photovoltaic modules in October, down 5% from a year earlier. Cell exports were 640 MW, and wafer exports reached 3.2 gigawatts.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 12400000000, 'watts', -5],
      ['2026-10', '2026-10', 640000000, 'watts', null],
      ['2026-10', '2026-10', 3200000000, 'watts', null],
    ]);
  });

  it('reads bales of cotton as a quantity in bales', () => {
    const text = 'U.S. cotton exports to Vietnam reached 215,000 bales in September, up 12% on the year.';
    expect(rowsOf(text).map((r) => [r.value, r.unit, r.measure, r.yoy_pct])).toEqual([[215000, 'bales', 'quantity', 12]]);
  });
});

describe('periods of the commodity desks', () => {
  it('reads "in calendar year 2025" and "CY2025" as that whole year', () => {
    const text = 'Japan imported 48,200 MT of fresh cherries in calendar year 2025, worth $310 million. In CY2024 it had bought 44,900 MT.';
    expect(tuples(text, '2026-11-24')).toEqual([
      ['2025-01', '2025-12', 48200, 'tonnes', null],
      ['2025-01', '2025-12', 310000000, 'USD', null],
      ['2024-01', '2024-12', 44900, 'tonnes', null],
    ]);
  });
});

describe('whose statistics a release reports', () => {
  const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);

  it('takes the country in the name of an association heading the release as its reporter', () => {
    const text = "THE EDIBLE OIL REFINERS' ASSOCIATION OF INDIA\n\nPress Release\n\nImport of palm oil in October 2026 was 790,000 tons. Malaysia supplied 310,000 tons.";
    expect(areas(text, '2026-11-14')).toEqual(['India', 'India']);
  });

  it('takes "<Country> Customs" named in the lead as the reporter, and a body named later as its own sentence\'s', () => {
    const text = "Cashew exports to China up 18% in ten months\n\nAccording to Vietnam Customs, cashew exports to China reached USD 610 million in the first 10 months of 2026, up 18%.\n\nIn October alone, cashew exports to China were USD 71 million.\n\nFigures from Brazil's National Chamber of Nut Growers put cashew shipments to China at 9,400 tonnes in January-October.";
    expect(areas(text, '2026-11-18')).toEqual(['Vietnam', 'Vietnam', 'Brazil']);
  });
});

describe('places that are not the area', () => {
  it('reads a capital that "still barred" or "allowed" goods as its government, not the area of later figures', () => {
    const text = 'Thailand exported 95,000 tons of chicken in October. Shipments to China reached 18,400 tons, versus 6,100 tons in October 2025, when Beijing still barred Thai poultry. Japan took 22,700 tons.';
    expect(rowsOf(text).map((r) => r.area)).toEqual(['Thailand', 'Thailand', 'Thailand', 'Thailand']);
  });

  it('returns to the lead area in the paragraph after a foreign country quoted from its own figures', () => {
    const text = "China imported 182,000 tonnes of sorghum in September, down 12% on the year, customs data showed.\n\nU.S. sorghum exports to China fell to 41,000 tonnes in September, according to U.S. Census Bureau data.\n\nBarley imports rose 9% to 960,000 tonnes.";
    expect(rowsOf(text, '2026-10-20').map((r) => r.area)).toEqual(['China', 'United States', 'China']);
  });
});
