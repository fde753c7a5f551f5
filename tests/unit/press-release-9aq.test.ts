/**
 * Rules of issue 9, part aq: open misses of the commodity wire batches 35, 29 and 23 (fixtures b35-…, b29-…,
 * b23-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('glued units of the metals desks', () => {
  it('reads glued "mt" after a decimal fraction as million tonnes where the release writes tonnes as a glued "t"', () => {
    const text = 'Wire rod exports over January-September came to 7.4mt, up 6.1% y-o-y. Rebar exports slipped to 0.92mt in September; Thailand bought 48,000t.';
    expect(tuples(text, '2026-10-20')).toEqual([
      ['2026-01', '2026-09', 7400000, 'tonnes', 6.1],
      ['2026-09', '2026-09', 920000, 'tonnes', null],
      ['2026-09', '2026-09', 48000, 'tonnes', null],
    ]);
  });

  it('leaves glued "mt" unread after a whole or grouped number, or where no glued "t" shows the desk\'s habit', () => {
    const million = (text: string) => rowsOf(text, '2026-10-20').filter((r) => r.unit === 'tonnes' && (r.value ?? 0) >= 1000000);
    expect(million('Rebar exports reached 3,400mt in September. Wire rod exports were 12mt; Thailand bought 48,000t.')).toEqual([]);
    expect(million('Wire rod exports came to 7.4mt in September.')).toEqual([]);
  });
});

describe('what sellers earn', () => {
  const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.flow]);

  it('reads a bare "revenue" of goods sold as export value', () => {
    const text = 'Argentina exported 1.1 million tons of beef in the first nine months of 2026. Revenue from those sales climbed to $4.6 billion.';
    expect(flows(text, '2026-10-20')).toEqual([
      [1100000, 'export'],
      [4600000000, 'export'],
    ]);
  });

  it('keeps revenue that a state levies out of the export flow', () => {
    const text = 'Customs duties and tax revenue reached 2.3 billion dollars in September.';
    expect(rowsOf(text, '2026-10-20').filter((r) => r.flow === 'export')).toEqual([]);
  });
});

describe('a revision of an earlier month', () => {
  it('keeps the revised figure when the replaced one is followed by "reported earlier"', () => {
    const text = 'Thailand exported 95,000 tons of chicken in October. The association revised its September export figure to 88,400 tons from 86,100 tons reported earlier.';
    expect(tuples(text, '2026-11-18')).toEqual([
      ['2026-10', '2026-10', 95000, 'tonnes', null],
      ['2026-09', '2026-09', 88400, 'tonnes', null],
    ]);
  });
});

describe('a partner taking part of the month\'s total', () => {
  const byPartner = (text: string) => rowsOf(text, '2026-11-20').map((r) => [r.partner, r.value, r.unit]);

  it('reads "took N of October\'s cars" as N vehicles to that partner', () => {
    const text = 'Japan exported 52,400 used vehicles in October. Mongolia took 6,100 of October\'s cars.';
    expect(byPartner(text)).toEqual([
      ['World', 52400, 'vehicles'],
      ['Mongolia', 6100, 'vehicles'],
    ]);
  });

  it('counts a gapped partner written with "the" like the one before it', () => {
    const text = 'Japan exported 52,400 used vehicles in October. Chile took 6,100 cars, Kenya 4,900 and the United States 3,800.';
    expect(byPartner(text)).toEqual([
      ['World', 52400, 'vehicles'],
      ['Chile', 6100, 'vehicles'],
      ['Kenya', 4900, 'vehicles'],
      ['United States', 3800, 'vehicles'],
    ]);
  });
});

describe('seasons of the commodity trades', () => {
  it('gives a season named by its years only the months of the one the release spelled out, a year apart', () => {
    const text = 'Coffee exports in coffee year 2025-26 (October-September) reached 2.1 million tonnes compared to 1.9 million tonnes in coffee year 2024-25.';
    expect(tuples(text, '2026-10-15')).toEqual([
      ['2025-10', '2026-09', 2100000, 'tonnes', null],
      ['2024-10', '2025-09', 1900000, 'tonnes', null],
    ]);
  });

  it('reads "the oil year" as the oil year spelled out before', () => {
    const text = 'Imports of palm oil in oil year 2025-26 (November-October) were 8.2 million tons. Imports in October were 640,000 tons. The value of palm oil imports during the oil year was US$ 7.9 billion.';
    expect(tuples(text, '2026-11-14').map((t) => t.slice(0, 3))).toEqual([
      ['2025-11', '2026-10', 8200000],
      ['2026-10', '2026-10', 640000],
      ['2025-11', '2026-10', 7900000000],
    ]);
  });

  it('starts a cut-off inside a later season with that season\'s first month', () => {
    const text = 'Peru exported 212,000 MT of grapes in MY 2025/26 (September 2025 - April 2026). Shipments of the MY 2026/27 campaign reached 31,000 MT by October 20.';
    expect(tuples(text, '2026-10-27').map((t) => t.slice(0, 3))).toEqual([
      ['2025-09', '2026-04', 212000],
      ['2026-09', '2026-10', 31000],
    ]);
  });
});

describe('a table in one sentence', () => {
  it('reads items after bracketed column heads: the unit, then year-on-year', () => {
    const text = 'September iron ore imports by grade (Mt, YoY%): fines 71.4, +2.2; lump 9.8, -5.0; pellets 6.1, +11.3.';
    expect(rowsOf(text, '2026-10-20').map((r) => [r.period_start, r.value, r.unit, r.yoy_pct, r.flow, r.commodity])).toEqual([
      ['2026-09', 71400000, 'tonnes', 2.2, 'import', 'fines'],
      ['2026-09', 9800000, 'tonnes', -5, 'import', 'lump'],
      ['2026-09', 6100000, 'tonnes', 11.3, 'import', 'pellets'],
    ]);
  });

  it('skips a month-on-month column and reads a label naming a place as the partner', () => {
    const text = 'October steel exports by destination (kt, m/m, y/y): Vietnam 1,212, -4, +18; Thailand 640, +2, -7.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.partner, r.value, r.yoy_pct, r.flow])).toEqual([
      ['Vietnam', 1212000, 18, 'export'],
      ['Thailand', 640000, -7, 'export'],
    ]);
  });
});

describe('goods named by their origin', () => {
  it('reads "<origin> <goods> arrivals/imports" in another country\'s release as imports from that partner', () => {
    const text = 'Japan imported 2.6 million tons of coal in October. Australian coal arrivals rose to 1.4 million tons, while Indonesian thermal coal imports were 0.5 million tons.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.area, r.partner, r.flow, r.value])).toEqual([
      ['Japan', 'World', 'import', 2600000],
      ['Japan', 'Australia', 'import', 1400000],
      ['Japan', 'Indonesia', 'import', 500000],
    ]);
  });
});
