/**
 * Leftovers of issue 9 that earlier blind batches found (helper left11): one quantity in two currencies,
 * and other phrase families, each in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const levels = (rows: ObservationDraft[]) => rows.filter((r) => r.value !== null).map((r) => [r.value, r.unit, r.yoy_pct, r.period_start]);

describe('one quantity in two currencies', () => {
  it('gives a level in the local money the change its dollar level states', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, the month\'s exports came to 8.9 trillion pesos.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', 7.2, '2026-05'],
    ]);
  });

  it('leaves the second level alone when its sentence gives it a base of its own', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, exports came to 8.9 trillion pesos, against 7.6 trillion pesos in May last year.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', null, '2026-05'],
      [7600000000000, 'CLP', null, '2025-05'],
    ]);
  });

  it('leaves the second level alone when its sentence has a change no row reads', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, exports came to 8.9 trillion pesos, 2 percent above April.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8900000000000, 'CLP', null, '2026-05'],
    ]);
  });

  it('shares nothing between two flows or two periods', () => {
    const rows = rowsOf('Exports from Chile grew 7.2 percent from a year earlier to $9.4 billion in May. Measured in pesos, imports came to 8.1 trillion pesos.', '2026-06-10');
    expect(levels(rows)).toEqual([
      [9400000000, 'USD', 7.2, '2026-05'],
      [8100000000000, 'CLP', null, '2026-05'],
    ]);
  });
});

describe('changes on another basis than the year before', () => {
  it('reads a change "on" the previous month as no year-on-year change', () => {
    const rows = rowsOf('Sales of goods to countries outside the bloc reached €41.3 billion in October, down 2.6% on September.', '2026-12-08');
    expect(levels(rows)).toEqual([[41300000000, 'EUR', null, '2026-10']]);
  });

  it('dates a figure compared with the month before to the last span\'s final month', () => {
    const rows = rowsOf('In January to October, exports of goods reached €1 902.4 bn. Seasonally adjusted, the surplus narrowed to €9.7 bn, from €12.1 bn in September.', '2026-12-08');
    expect(levels(rows)).toEqual([
      [1902400000000, 'EUR', null, '2026-01'],
      [9700000000, 'EUR', null, '2026-10'],
      [12100000000, 'EUR', null, '2026-09'],
    ]);
  });

  it('keeps a change against a base a year before as year-on-year in an adjusted paragraph, and gives it to the level that follows', () => {
    const text = [
      "In October 2026 Austria's exports fell 0.8% from September on a seasonally adjusted basis. Compared with October 2025, exports were 1.9% higher (seasonally adjusted).",
      '',
      'Goods worth €118.6 billion were exported in October 2026 (seasonally adjusted).',
    ].join('\n');
    const rows = rowsOf(text, '2026-12-08');
    expect(levels(rows)).toEqual([[118600000000, 'EUR', 1.9, '2026-10']]);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});

describe('"In the same month," opening a sentence', () => {
  it('goes on with the month last reported on, not a comparison base', () => {
    const text = 'China exported 6.1 million tonnes of aluminium products in March, up 4 percent year on year. From January to March, exports came to 17.2 million tonnes. In the same month, China imported 312,000 tonnes of aluminium products, down 8 percent on year; imports over January-March were 0.95 million tonnes.';
    expect(levels(rowsOf(text, '2026-04-18'))).toEqual([
      [6100000, 'tonnes', 4, '2026-03'],
      [17200000, 'tonnes', null, '2026-01'],
      [312000, 'tonnes', -8, '2026-03'],
      [950000, 'tonnes', null, '2026-01'],
    ]);
  });
});

describe('a ranking comparison names other partners', () => {
  it('reads the places after "ahead of" as partners, each bracketed share its own', () => {
    const rows = rowsOf("Among Norway's customers, Germany took 21.4% of the country's goods exports in the first half of 2026, ahead of the Netherlands (11.2%) and Sweden (9.6%).", '2026-07-15');
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([
      [21.4, 'Norway', 'Germany'],
      [11.2, 'Norway', 'Netherlands'],
      [9.6, 'Norway', 'Sweden'],
    ]);
    const ahead = rowsOf("Austria's exports grew 2.0% in May. Imports from Poland totalled €2.4 billion, making the country the third-largest supplier ahead of Italy.", '2026-06-15');
    expect(ahead.filter((r) => r.value !== null).map((r) => [r.value, r.area, r.partner])).toEqual([[2400000000, 'Austria', 'Poland']]);
  });
});

describe('a share compared with an earlier share', () => {
  it('gives the earlier share as a row of its own period', () => {
    const rows = rowsOf('Electric cars now make up 9 percent of Korea\'s goods exports in the first half of 2026, up from 7.4 percent in 2025.', '2026-07-15');
    expect(rows.map((r) => [r.value, r.unit, r.period_start, r.period_end])).toEqual([
      [9, 'percent-share', '2026-01', '2026-06'],
      [7.4, 'percent-share', '2025-01', '2025-12'],
    ]);
    const yearEarlier = rowsOf('Electric cars accounted for 9 percent of Korea\'s goods exports in the first half of 2026, compared with 7.4 percent a year earlier.', '2026-07-15');
    expect(yearEarlier.map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [9, '2026-01', '2026-06'],
      [7.4, '2025-01', '2025-06'],
    ]);
  });
});

describe('hedges of approach', () => {
  it('reads "approaching" and "close on" before an amount as about', () => {
    const rows = rowsOf("Yunnan's exports to Laos were approaching 18 billion yuan in the first half, and imports from Laos came close on 9 billion yuan.", '2026-07-15');
    expect(rows.map((r) => [r.value, r.qualifier])).toEqual([
      [18000000000, 'about'],
      [9000000000, 'about'],
    ]);
  });
});
