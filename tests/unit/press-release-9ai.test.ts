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

  it('takes the "Country:" field of a report\'s header as the country it covers', () => {
    const text = "Report Name: Citrus Annual\nCountry: Peru\nPost: Lima\n\nTrade\n\nExports: Mandarin exports reached 212,000 MT in MY 2025/26, 9 percent more than in the previous season. China took 41,000 MT, as Chinese importers paid more for early fruit. China's own mandarin crop was smaller.";
    expect(areas(text, '2026-11-24')).toEqual(['Peru', 'Peru']);
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

  it('reads a port that part of a partner\'s goods came through, told in an aside, as scenery', () => {
    const text = 'China imported 640,000t of sulphur in October. Kazakhstan supplied 88,000t, most of it railed in through the Alashankou crossing, and Qatar 71,000t.';
    expect(rowsOf(text).map((r) => r.area)).toEqual(['China', 'China', 'China']);
  });

  it('returns to the lead area in the paragraph after a foreign country quoted from its own figures', () => {
    const text = "China imported 182,000 tonnes of sorghum in September, down 12% on the year, customs data showed.\n\nU.S. sorghum exports to China fell to 41,000 tonnes in September, according to U.S. Census Bureau data.\n\nBarley imports rose 9% to 960,000 tonnes.";
    expect(rowsOf(text, '2026-10-20').map((r) => r.area)).toEqual(['China', 'United States', 'China']);
  });
});

describe('figures that are not trade', () => {
  const values = (text: string, published?: string) => rowsOf(text, published).map((r) => r.value);

  it('drops a forecaster\'s "forecasts/sees ... at" amount however long the forecast\'s subject, and an aim "at"', () => {
    expect(values('Post forecasts Peru\'s marketing year 2026/27 fresh blueberry exports to all markets at 330,000 MT, up 6 percent. Exports in October were 61,000 MT.')).toEqual([61000]);
    expect(values('The meat association sees 2026 pork exports at about 1.5 million tons. Exports in October were 128,000 tons.')).toEqual([128000]);
    expect(values('Shrimp exports in October were USD 420 million. The industry aims at total shrimp exports of USD 4 billion in 2026.')).toEqual([420000000]);
  });

  it('drops an amount of quotas issued', () => {
    expect(values('China imported 95,000 tons of sugar in October. Beijing issued 300,000 tons of extra import quotas in September.')).toEqual([95000]);
  });

  it('drops the base of a price quoted "a ton" and a price per cubic metre with a slash', () => {
    expect(values('China imported 52,000 tons of mangoes in October. The average price eased to $1,320 a ton from $1,410 in September.')).toEqual([52000]);
    expect(values('China imported 1.2 million cu m of sawn hardwood in October. Oak boards were quoted at $540-560/cu m CFR.')).toEqual([1200000]);
  });

  it('drops a stock "of" goods', () => {
    expect(values('Imports of soybean oil in October were 310,000 tons. Stock of edible oils at ports as on 1st November is estimated at 1.4 million tons.', '2026-11-14')).toEqual([310000]);
  });
});

describe('shares of the commodity desks', () => {
  it('reads a percentage "of the volume" as a share', () => {
    const text = 'China exported 2.3 million tonnes of hot-rolled coil in October. South Korea alone absorbed 12.4% of the volume, and India took 240,000 tonnes, or 10.4 percent of the volume.';
    expect(rowsOf(text).filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.partner])).toEqual([[12.4, 'South Korea'], [10.4, 'India']]);
  });
});
