/**
 * Rules of issue 9, part t: the language of statistics agencies outside China found by blind batch 21
 * (fixtures b21-… in tests/corpus/press-release), in our own words: agencies of Europe, Africa, Latin
 * America, the Middle East and South Asia, their currency signs, and the ratios and receipts their
 * releases print next to trade figures.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('the Egyptian pound', () => {
  it('reads "E£", "£E" and "LE" as EGP, and a plain "£" still as sterling', () => {
    expect(tuples('Egypt exported goods worth E£152.6 billion in September, official figures showed.')).toEqual([['2026-09', '2026-09', 152600000000, 'EGP', null]]);
    expect(tuples('Egypt imported goods worth £E 301.2 billion in September.')).toEqual([['2026-09', '2026-09', 301200000000, 'EGP', null]]);
    expect(tuples("Egypt's non-oil exports reached LE 98.4 billion in September.")).toEqual([['2026-09', '2026-09', 98400000000, 'EGP', null]]);
    expect(tuples('British goods exports fell to £30.2 billion in September.')).toEqual([['2026-09', '2026-09', 30200000000, 'GBP', null]]);
  });
});

describe('agencies name the reporting country', () => {
  it('gives South Africa to a revenue service release that writes the country only as "SA"', () => {
    const rows = rowsOf('SA posts R18.7 billion surplus\n\nPRETORIA – The South African Revenue Service said on Friday that exports in September came to R188.1 billion.');
    expect(rows.map((r) => [r.area, r.value, r.unit])).toEqual([
      ['South Africa', 18700000000, 'ZAR'],
      ['South Africa', 188100000000, 'ZAR'],
    ]);
  });

  it('gives the agency\'s country to figures when only the agency is named', () => {
    const cases: [string, string][] = [
      ['The national statistics institute INDEC said exports rose 9.2% in September.', 'Argentina'],
      ['Exports rose 4.1% in September, INEGI said.', 'Mexico'],
      ['Exports rose 4.1% in September, according to the Central Agency for Public Mobilization and Statistics.', 'Egypt'],
      ['Imports fell 2.2% in September, the Office des Changes said.', 'Morocco'],
      ['Exports fell 1.2% in September, ISTAT said.', 'Italy'],
      ['Exports grew 3.3% in September, Statistics Poland said.', 'Poland'],
      ['Exports grew 3.3% in September, the Pakistan Bureau of Statistics said.', 'Pakistan'],
    ];
    for (const [text, area] of cases) expect(rowsOf(text).map((r) => r.area)).toEqual([area]);
  });
});

describe('coverage ratios and items other than goods are no trade figures', () => {
  it('drops the export-to-import coverage ratio and its earlier value', () => {
    const text =
      'Exports rose 3.9% to $21.4 billion in October, TurkStat said. The export-to-import coverage ratio rose to 79.1% from 74.8% a year earlier. ' +
      'The coverage rate of imports by exports stood at 58.3%.';
    expect(tuples(text)).toEqual([['2026-10', '2026-10', 21400000000, 'USD', 3.9]]);
  });

  it('drops travel receipts, remittances and reserves but keeps a trade clause after them', () => {
    const text =
      'Imports rose 4.4% to MAD 61.2 billion in October. Travel receipts reached MAD 9.7 billion and remittances from nationals abroad MAD 10.1 billion. ' +
      'Foreign exchange reserves stood at $38.2 billion, while exports climbed 6.0%.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 61200000000, 'MAD', 4.4],
      ['2026-10', '2026-10', null, '', 6],
    ]);
  });
});

describe('firms of foreign direct investment are a breakdown of trade', () => {
  it('keeps the share of the FDI sector and drops the investment itself', () => {
    const text = 'The FDI sector accounted for 71.4% of export turnover in October. Foreign direct investment inflows reached $2.1 billion in October.';
    expect(tuples(text)).toEqual([['2026-10', '2026-10', 71.4, 'percent-share', null]]);
  });
});

describe('"after" a level of an earlier month', () => {
  it('reads "a surplus of X, after Y in August" as the month\'s level and a base of August', () => {
    const text =
      'In September 2026, goods worth €128.4 billion were exported. The foreign trade balance showed a surplus of €15.1 billion, after €17.9 billion in August 2026. ' +
      'Exports to the United States came to €12.2 billion.';
    expect(tuples(text)).toEqual([
      ['2026-09', '2026-09', 128400000000, 'EUR', null],
      ['2026-09', '2026-09', 15100000000, 'EUR', null],
      ['2026-08', '2026-08', 17900000000, 'EUR', null],
      ['2026-09', '2026-09', 12200000000, 'EUR', null],
    ]);
  });
});

describe('the first months of a fiscal year with the months in brackets', () => {
  it('reads "the first four months (July-October) of fiscal year 2026-27" in a Pakistani release as July-October 2026', () => {
    const text =
      "ISLAMABAD: Pakistan's trade deficit narrowed 5.1 percent to $8.44 billion during the first four months (July-October) of fiscal year 2026-27, " +
      'compared with $8.89 billion in the same period last year, the Pakistan Bureau of Statistics said.';
    expect(tuples(text, '2026-11-03')).toEqual([
      ['2026-07', '2026-10', -8440000000, 'USD', -5.1],
      ['2025-07', '2025-10', -8890000000, 'USD', null],
    ]);
  });

  it('reads "the first half of fiscal year 2026-27" in an Indian release as April-September 2026', () => {
    const text = "India's merchandise exports rose 3.2 per cent to USD 219.4 billion in the first half of fiscal year 2026-27, the commerce ministry said.";
    expect(tuples(text, '2026-10-16')).toEqual([['2026-04', '2026-09', 219400000000, 'USD', 3.2]]);
  });
});

describe('"during the four months" after a sentence on one month', () => {
  it('points back to the last span stated that is four months long', () => {
    const text =
      'Exports during July-October increased 8.1 percent to $10.9 billion. Imports stood at $5.2 billion in October. ' +
      'In rupee terms, exports during the four months amounted to Rs3,050 billion, up 7.2 percent.';
    expect(tuples(text, '2026-11-04')).toEqual([
      ['2026-07', '2026-10', 10900000000, 'USD', 8.1],
      ['2026-10', '2026-10', 5200000000, 'USD', null],
      ['2026-07', '2026-10', 3050000000000, 'INR', 7.2],
    ]);
  });

  it('still reads "in the first four months" as January to April', () => {
    const text = 'Imports stood at $5.2 billion in October. Exports in the first four months of 2026 rose 3.1 percent.';
    expect(tuples(text, '2026-11-04')).toEqual([
      ['2026-10', '2026-10', 5200000000, 'USD', null],
      ['2026-01', '2026-04', null, '', 3.1],
    ]);
  });
});

describe('a change against the amount of another period', () => {
  it('reads "X per cent higher than the N recorded in the second quarter" as no year-on-year change', () => {
    const text =
      "Nigeria's total merchandise trade stood at ₦39.12 trillion in the third quarter of 2026, 8.4 per cent higher than the ₦36.09 trillion recorded in the second quarter " +
      'and 27.3 per cent above the value in the corresponding quarter of 2025, the National Bureau of Statistics said.';
    expect(tuples(text, '2026-11-28')).toEqual([
      ['2026-07', '2026-09', 39120000000000, 'NGN', 27.3],
      ['2026-04', '2026-06', 36090000000000, 'NGN', null],
    ]);
  });
});

describe('a passive trade verb after the amount', () => {
  it('reads "goods worth X were exported and goods worth Y were imported" as two flows', () => {
    const rows = rowsOf('In September 2026, goods worth €128.7 billion were exported and goods worth €112.2 billion were imported, Destatis said.', '2026-11-07');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [128700000000, 'export'],
      [112200000000, 'import'],
    ]);
  });
});

describe('the year named after a year-to-date phrase', () => {
  it('reads "the year-to-date surplus of X for 2026" as January to the last full month, and "the comparable period in 2025" as the same months', () => {
    const text = 'The year-to-date trade balance surplus of R131.9 billion for 2026 compares with R109.4 billion for the comparable period in 2025, the South African Revenue Service said.';
    expect(tuples(text, '2026-11-30')).toEqual([
      ['2026-01', '2026-10', 131900000000, 'ZAR', null],
      ['2025-01', '2025-10', 109400000000, 'ZAR', null],
    ]);
  });
});

describe('the second change of a pair shares a month-on-month basis', () => {
  it('reads "exports rose A% on the month to X, while imports dropped B% to Y" as two levels without yoy', () => {
    const text = 'Goods exports rose 1.9% on the month to £30.8 billion in September, while imports dropped 2.6% to £49.7 billion, the ONS said.';
    expect(tuples(text, '2026-11-13')).toEqual([
      ['2026-09', '2026-09', 30800000000, 'GBP', null],
      ['2026-09', '2026-09', 49700000000, 'GBP', null],
    ]);
  });

  it('keeps a year-on-year marker of the second change', () => {
    expect(tuples('Exports rose 2.4% month on month in September, while imports dropped 3.1% year on year.', '2026-11-13')).toEqual([['2026-09', '2026-09', null, '', -3.1]]);
  });
});
