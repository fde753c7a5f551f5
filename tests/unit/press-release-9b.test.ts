/**
 * Rules of issue 9, part b (what a figure is and whose it is), learnt from real releases and written
 * here in our own words: currency from context, balances, growth written as multiples or in odd
 * spellings, month-on-month beside year-on-year changes, growth pointing back or leading the level,
 * lists, reporters and partners, units of trains and cars, and hard-wrapped text.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { currencyInContext } from '../../functions/core/extract/press-release/currency-context.js';
import { findPlaces } from '../../functions/core/extract/press-release/geography.js';
import { findDigitNumbers, findPointDecimals } from '../../functions/core/extract/press-release/numbers.js';
import { reportingCountries } from '../../functions/core/extract/press-release/reporters.js';
import { splitSentences } from '../../functions/core/extract/press-release/sentences.js';
import { trainCommodity, unitInContext } from '../../functions/core/extract/press-release/unit-context.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, area: r.area, partner: r.partner, flow: r.flow }));

describe('currency from context', () => {
  it('reads a bare "$" as the dollar of a dollar-counting reporter and as USD elsewhere', () => {
    expect(currencyInContext('USD', '$', 'Hong Kong', 'China')).toBe('HKD');
    expect(currencyInContext('USD', '$', '', 'Canada')).toBe('CAD');
    expect(currencyInContext('USD', '$', 'South Korea', 'South Korea')).toBe('USD');
    expect(currencyInContext('CNY', '¥', 'Japan', 'Japan')).toBe('JPY');
    expect(currencyInContext('CNY', '¥', 'Xinjiang', 'China')).toBe('CNY');
    // Explicit forms are never reinterpreted.
    expect(currencyInContext('USD', '', 'Hong Kong', 'Hong Kong')).toBe('USD');
  });

  it('keeps "US$" as USD in a Hong Kong release and reads "$" there as HKD', () => {
    const rows = rowsOf('The Census and Statistics Department said Hong Kong exports rose 4.0% to $350.2 billion (about US$44.9 billion) in May.', '2026-06-25');
    expect(rows.map((r) => r.unit)).toEqual(['HKD', 'USD']);
    expect(rows.every((r) => r.area === 'Hong Kong' && r.yoy_pct === 4)).toBe(true);
  });

  it('reads ISO codes glued to the number, with glued scales', () => {
    const rows = rowsOf('Exports to Vietnam reached USD1.2 billion in May, while imports were KRW3.5trillion and VND12.1tn respectively in value.', '2026-06-10');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [1.2e9, 'USD'],
      [3.5e12, 'KRW'],
      [12.1e12, 'VND'],
    ]);
    // A code glued to a number is not a label like "Q3".
    expect(findDigitNumbers('in Q3 and H1')).toEqual([]);
  });
});

describe('balances', () => {
  it('reads net exports as a positive balance and "in the red" as a deficit', () => {
    const rows = rowsOf("China's net steel exports rose 12% year on year to 8.1 million tonnes in July. The trade balance with Mongolia was in the red by 2.3 billion yuan in July.", '2026-08-20');
    expect(brief(rows)).toEqual([
      { value: 8.1e6, unit: 'tonnes', yoy: 12, area: 'China', partner: 'World', flow: 'balance' },
      { value: -2.3e9, unit: 'CNY', yoy: null, area: 'China', partner: 'Mongolia', flow: 'balance' },
    ]);
  });

  it('never makes the reporting country its own partner', () => {
    const rows = rowsOf("Japan's Finance Ministry said that with mainland China, Japan logged a deficit of ¥388.7 billion in May.", '2026-06-18');
    expect(brief(rows)).toEqual([{ value: -388.7e9, unit: 'JPY', yoy: null, area: 'Japan', partner: 'China', flow: 'balance' }]);
  });

  it('does not take "the world\'s top exporter" for an export flow', () => {
    const rows = rowsOf("China's soybean imports from Brazil, the world's top exporter, rose 5 percent to 9.1 million tonnes in June.", '2026-07-14');
    expect(rows.map((r) => r.flow)).toEqual(['import']);
  });
});

describe('growth, shares, multiples and points', () => {
  it('reads "grew N times" and "N-fold increase" as N x 100 percent, and leaves "a decrease of N times" without growth', () => {
    const rows = rowsOf('In the first half, Hainan exported 38.5 billion yuan, growing 1.8 times. Electric vehicle exports saw a seven-fold increase to 2.4 billion yuan. Trade with Russia reached 1.2 billion yuan, a decrease of 2.5 times.', '2026-07-12');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([
      [38.5e9, 180],
      [2.4e9, 700],
      [1.2e9, null],
    ]);
  });

  it('reads "per cent", "-percent", "pc" and spelled-out decimals', () => {
    const rows = rowsOf('Soybean imports rose 12.5pc to 9.2 million tonnes in June. Imports from the United States dropped 4.3-percent year on year to 1.1 million tonnes. Exports stood at sixteen-point-two billion U.S. dollars, down 16-point-six per cent from a year earlier.', '2026-07-14');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [9.2e6, 'tonnes', 12.5],
      [1.1e6, 'tonnes', -4.3],
      [16.2e9, 'USD', -16.6],
    ]);
    expect(findPointDecimals('two-point-four-four and 20-point-nine').map((t) => t.digits)).toEqual(['2.44', '20.9']);
  });

  it('gives a level its year-on-year change, not the month-on-month one beside it', () => {
    const rows = rowsOf('In October, auto exports were 83,000 units, up 13% than that of last month, and up 38.9% year on year. Fuel oil imports dropped 49.5% year on year and fell 10.9% from September to 874,000 mt in October.', '2026-11-14');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([
      [83000, 38.9],
      [874000, -49.5],
    ]);
  });

  it('reads changes against a level "in August" or "representing a jump from August" as month-on-month', () => {
    const rows = rowsOf('Oil product exports rose 9.3% year on year to 5.2 million mt in September, representing a 12.6% jump from August. Crude imports were 1% higher than the 45.3 million mt in August.', '2026-10-14');
    expect(rows.filter((r) => r.value === null)).toEqual([]);
    expect(rows.find((r) => r.value === 5.2e6)?.yoy_pct).toBe(9.3);
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });

  it('reads "shed" and "dived" as falls, and leaves a later "than September" to the points it follows', () => {
    const rows = rowsOf('Imports shed 10.1% on-year to $33.8 billion in October. Exports grew to US$80.7 billion, up 25.5 percent or 9.4 percentage points higher than September.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([
      [33.8e9, -10.1],
      [80.7e9, 25.5],
    ]);
  });

  it('lets a seasonally adjusted comparison govern its paragraph', () => {
    const text = 'Hong Kong exports rose 9.6% year-on-year to $402.3 billion in April, the Census and Statistics Department said.\n\nComparing the three months ending in April with the preceding three months on a seasonally adjusted basis, exports increased 2.3%. Within this total, re-exports increased 2.4%. Imports rose 3.0%.';
    expect(brief(rowsOf(text, '2026-05-26'))).toEqual([{ value: 402.3e9, unit: 'HKD', yoy: 9.6, area: 'Hong Kong', partner: 'World', flow: 'export' }]);
  });
});

describe('growth stated apart from its level', () => {
  it('gives the later level the growth of the lead sentence', () => {
    const rows = rowsOf("China's rare earth exports rose 19.2% year-on-year in March, customs data showed. Exports totalled 5,551.4 tonnes last month.", '2026-04-14');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[5551.4, 'tonnes', 19.2]]);
  });

  it('pairs "The two figures represent ... respectively" with the quantities before, in order', () => {
    const rows = rowsOf('Since the start of this year, Manzhouli port has handled 1,106 China-Europe freight trains, which carried 113,400 TEUs of goods. The two figures represent year-on-year increases of 6.4 percent and 11.2 percent respectively. This figure represents a rise.', '2026-04-18');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow])).toEqual([
      [1106, 'trains', 6.4, 'total'],
      [113400, 'TEU', 11.2, 'total'],
    ]);
  });

  it('keeps a growth written right after a level with that level', () => {
    const rows = rowsOf('In the first quarter, the export freight of the highway ports was 997,000 tonnes, up 105.9 percent year on year, and the goods imported at the land ports totaled 670,000 tonnes, up 152.1 percent.', '2026-04-26');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([
      [997000, 105.9],
      [670000, 152.1],
    ]);
  });
});

describe('reporters, areas and partners', () => {
  it('names the reporting country from the agency', () => {
    expect(reportingCountries('according to the Korea Customs Service')).toEqual(['South Korea']);
    expect(reportingCountries('Statistics Canada said')).toEqual(['Canada']);
    const rows = rowsOf('Exports to China decreased 20.9 percent in the first ten days of June, according to the Korea Customs Service.', '2026-06-11');
    expect(brief(rows)).toEqual([{ value: null, unit: '', yoy: -20.9, area: 'South Korea', partner: 'China', flow: 'export' }]);
  });

  it('treats epithets and routes as scenery and the port "in" a region as the port', () => {
    expect(findPlaces("Chip exports from Asia's fourth-largest economy grew", '', 'South Korea').map((p) => p.role)).toEqual(['locator']);
    expect(findPlaces('a stable channel between Asia and Europe', 'China', 'China').every((p) => p.role === 'locator')).toBe(true);
    const rows = rowsOf("Erenhot, a land port on the China-Mongolia border, saw cargo rise.\n\nThe port in north China's Inner Mongolia Autonomous Region handled 9.86 million tonnes of import and export cargo in the first seven months.", '2026-08-04');
    expect(rows.map((r) => r.area)).toEqual(['Erenhot Port']);
  });

  it('reads destinations listed after "in particular" as partners', () => {
    const places = findPlaces('exports to most major destinations, in particular Korea (+64.1%), Taiwan (+46.1%)', 'Hong Kong', 'Hong Kong');
    expect(places.map((p) => [p.name, p.role])).toEqual([
      ['South Korea', 'partner'],
      ['Taiwan', 'partner'],
    ]);
  });
});

describe('units', () => {
  it('counts train trips as trains, running both ways', () => {
    expect(unitInContext('trips', 'China-Europe freight trains made 6,120 trips', '')).toBe('trains');
    expect(unitInContext('trips', 'the port handled 3.1 million inbound and outbound passenger trips', '')).toBe('trips');
    expect(unitInContext('units', 'the export reached 481,000 units', 'vehicles')).toBe('vehicles');
    expect(trainCommodity('trips', 'trains', 'China-Europe freight trains made 6,120 trips')).toBe('China-Europe freight trains');
    const rows = rowsOf('In April, the port handled 1,650 trips of China-Europe freight trains, carrying 149,000 20-foot equivalent units of goods. The port now serves 69 freight train routes.', '2026-05-06');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1650, 'trains', 'total'],
      [149000, 'TEU', 'total'],
    ]);
  });

  it('reads a bare number in a list of counted destinations with the unit before it', () => {
    const rows = rowsOf('In the first quarter, China exported 162,000 autos to Russia, up 12.2% YOY; and 71,000 to Belgium, up 40.3% YOY.', '2026-04-20');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([
      [162000, 'vehicles', 'Russia'],
      [71000, 'vehicles', 'Belgium'],
    ]);
  });
});

describe('sloppy text', () => {
  it('joins hard-wrapped lines into sentences', () => {
    const text = 'ASTANA, October 3. Trade turnover between\nKazakhstan and China reached $15.2 billion over the first eight\nmonths of 2024, an increase of 9 percent year on year, the\nministry reports.\nKazakh exports to China amounted to $7.9 billion in the same\nperiod.';
    expect(splitSentences(text).map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      'ASTANA, October 3.',
      'Trade turnover between Kazakhstan and China reached $15.2 billion over the first eight months of 2024, an increase of 9 percent year on year, the ministry reports.',
      'Kazakh exports to China amounted to $7.9 billion in the same period.',
    ]);
    // A short headline line before a capitalised body line stays its own sentence.
    expect(splitSentences('Exports rise\nChina exports rose 5 percent.').length).toBe(2);
  });
});
