/**
 * Leftovers of issue 9 that batches 23–26 found (helper left12): phrase families of real releases, each
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.period_start, r.period_end]);

describe('a growth led with and its level told in the next sentence', () => {
  it('reads "key exports" as no goods of their own', () => {
    const rows = rowsOf('Thailand\'s key exports grew 4.2 percent from a year earlier in March.', '2026-04-20');
    expect(rows.map((r) => [r.yoy_pct, r.commodity])).toEqual([[4.2, 'all goods']]);
  });

  it('takes Singapore\'s "key exports" for its non-oil domestic exports, so the level after the growth takes it', () => {
    const rows = rowsOf('Singapore\'s key exports rose 5.5 per cent on the year in March, led by pharmaceuticals. Non-oil domestic exports (NODX) reached S$15.1 billion, against S$14.3 billion in March 2025.', '2026-04-17');
    expect(brief(rows)).toEqual([
      [15100000000, 'SGD', 5.5, '2026-03', '2026-03'],
      [14300000000, 'SGD', null, '2025-03', '2025-03'],
    ]);
  });
});

describe('a share compared with more than one earlier share', () => {
  it('dates each earlier share joined by "and" to its own period', () => {
    const rows = rowsOf('In the first half, Japan\'s share of Thailand\'s exports slipped to 8.2 percent, down from 9.0 percent in the same period of 2025 and about 11 percent in 2019.', '2026-07-25');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [8.2, 'percent-share', null, '2026-01', '2026-06'],
      [9, 'percent-share', null, '2025-01', '2025-06'],
      [11, 'percent-share', null, '2019-01', '2019-12'],
    ]);
  });

  it('dates a second earlier level joined by "and" to its own period', () => {
    const rows = rowsOf('In the first half, Thailand\'s rice exports came to 3.9 million tonnes, up from 3.1 million tonnes in the same period of 2025 and 2.4 million tonnes in 2019.', '2026-07-25');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [3900000, null, '2026-01', '2026-06'],
      [3100000, null, '2025-01', '2025-06'],
      [2400000, null, '2019-01', '2019-12'],
    ]);
  });
});

describe('a buyer of goods named by the seller\'s nationality', () => {
  it('reads "<country> bought X of <reporter\'s> goods" as the reporter\'s exports to that country', () => {
    const rows = rowsOf('In the first ten months, Thailand\'s imports rose 7.5 percent to $240 billion. Japan alone bought $22.1 billion of Thai goods, up 3.2 percent.', '2026-11-25');
    expect(rows.map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [240000000000, 'Thailand', 'World', 'import'],
      [22100000000, 'Thailand', 'Japan', 'export'],
    ]);
  });
});

describe('a release that names its agency but not its country', () => {
  it('reads a Central Statistics Office reporting in euro as Ireland\'s', () => {
    const rows = rowsOf('Monthly goods trade, CSO, 14 May 2026\n\nGoods exports in March 2026 were worth €19,880 million, 4.1% more than in March 2025.', '2026-05-14');
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([[19880000000, 'EUR', 'Ireland']]);
  });

  it('leaves a Central Statistics Office reporting in another money to the country its text names', () => {
    const rows = rowsOf('Monthly trade bulletin, CSO, 14 May 2026\n\nZambia\'s exports in March 2026 were worth K21,300 million.', '2026-05-14');
    expect(rows.map((r) => r.area)).toEqual(['Zambia']);
  });
});

describe('a base month after a change in brackets', () => {
  it('does not carry "on <month year>" after "(+3.7%)" into the next sentence', () => {
    const rows = rowsOf('Imports of goods were €9,120 million in April 2026, up €310 million (+3.5%) on April 2025. Imports from France were €1,050 million.', '2026-06-12');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start])).toEqual([
      [9120000000, 3.5, '2026-04'],
      [1050000000, null, '2026-04'],
    ]);
  });
});

describe('a change its sentence says is measured in one currency', () => {
  it('gives the change to the level in that currency only', () => {
    const rows = rowsOf('In October 2026, exports amounted to EUR 9,410 million (PLN 40,120 million). Compared with a year earlier, the euro-based value of exports rose by 3.9%.', '2026-12-05');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [9410000000, 'EUR', 3.9],
      [40120000000, 'PLN', null],
    ]);
  });

  it('gives a change naming no currency to the level in each currency', () => {
    const rows = rowsOf('In October 2026, exports amounted to EUR 9,410 million (PLN 40,120 million). Compared with a year earlier, the value of exports rose by 3.9%.', '2026-12-05');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [9410000000, 'EUR', 3.9],
      [40120000000, 'PLN', 3.9],
    ]);
  });

  it('does not share a change measured in one currency with a restatement in another', () => {
    const rows = rowsOf('Exports reached $5.2 billion in October. In dollar terms, exports were 6.1% higher than a year earlier. In local-currency terms, the month\'s exports came to 310 billion rupees.', '2026-11-20');
    expect(rows.filter((r) => r.unit === 'INR').map((r) => r.yoy_pct)).toEqual([null]);
  });

  it('gives a change led with in one currency to the later level in that currency only', () => {
    const rows = rowsOf('In US dollar terms, exports rose 6.1% from a year earlier in October. Exports reached $5.2 billion (310 billion rupees), the ministry said.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [5200000000, 'USD', 6.1],
      [310000000000, 'INR', null],
    ]);
  });

  it('gives a change pointing back, measured in one currency, to the earlier level in that currency only', () => {
    const rows = rowsOf('Japan imported LNG worth $4.1 billion (610 billion yen) in October. Purchases were up 8.4% in dollar terms from a year earlier.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [4100000000, 'USD', 8.4],
      [610000000000, 'JPY', null],
    ]);
  });
});

describe('a change to an amount "over" a month', () => {
  it('reads the month after "over" as the base, not the period of the amount', () => {
    const rows = rowsOf('Exports in August rose 12.6pc to $2.71bn over July.', '2026-09-15');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start])).toEqual([[2710000000, null, '2026-08']]);
  });

  it('keeps "over" a span as the period when no change to an amount comes before it', () => {
    const rows = rowsOf('Exports reached $21.4bn over January-August, the bureau said.', '2026-09-15');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[21400000000, '2026-01', '2026-08']]);
  });
});

describe('a change between a level and the base it is measured from', () => {
  it('reads the change as no year-on-year change when the base is of the month before', () => {
    const rows = rowsOf('Surveyors said shipments of Indonesian coal for Nov. 1-15 were 14.2 million tonnes, up 6.3% from 13.4 million tonnes shipped during Oct. 1-15.', '2026-11-17');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start])).toEqual([
      [14200000, null, '2026-11'],
      [13400000, null, '2026-10'],
    ]);
  });

  it('keeps the change year-on-year when the base is a year before', () => {
    const rows = rowsOf('Shipments of Indonesian coal in October were 31.5 million tonnes, up 6.3% from 29.6 million tonnes a year earlier.', '2026-11-17');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start])).toEqual([
      [31500000, 6.3, '2026-10'],
      [29600000, null, '2025-10'],
    ]);
  });
});

describe('months that date no figure of the sentence after them', () => {
  it('reads the month an amount was first reported in as no period of the revised amount', () => {
    const rows = rowsOf('Japan imported 2.41mn t of wheat in October. Customs also revised its September figure for wheat imports to 2.06mn t from the 1.98mn t reported last month.', '2026-11-25');
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([
      [2410000, '2026-10'],
      [2060000, '2026-09'],
    ]);
  });

  it('reads the part of a month an event fell in as the event\'s date only', () => {
    const rows = rowsOf('China exported 0.94mn t of urea in May, as the export window opened in late April. India took 402,000t of the urea.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([
      [940000, '2026-05'],
      [402000, '2026-05'],
    ]);
  });
});
