/**
 * Rules of issue 9, part v: phrase families earlier blind batches found and left, in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));
const values = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct]);

describe('figures that are not trade', () => {
  it('sets aside stocks held at ports and in warehouses', () => {
    const rows = rowsOf('China brought in 9.1 million tonnes of soybeans in May, up 6 percent year on year. Port stockpiles of imported beans stood at 7.4 million tonnes at the end of the month.', '2026-06-09');
    expect(values(rows)).toEqual([[9100000, 'tonnes', 6]]);
    // A trade noun after the stock word opens another subject.
    const other = rowsOf('In May, inventories at the terminals were steady while soybean imports rose 6 percent to 9.1 million tonnes.', '2026-06-09');
    expect(values(other)).toEqual([[9100000, 'tonnes', 6]]);
  });

  it('sets aside what an average consignment was worth', () => {
    const rows = rowsOf('Cross-border e-commerce exports from the city reached 41.2 billion yuan in the first half, up 12 percent year on year, and the average order shipped through the platform was worth about 150 yuan.', '2026-07-20');
    expect(values(rows)).toEqual([[41200000000, 'CNY', 12]]);
  });

  it('sets aside what traders expect a flow to do', () => {
    const rows = rowsOf('Aluminium exports were 540,000 tonnes in May, up 4 percent on year, and several dealers expected shipments to stay above 500,000 tonnes through the summer.', '2026-06-09');
    expect(values(rows)).toEqual([[540000, 'tonnes', 4]]);
  });

  it("sets aside the growth of a country's own output", () => {
    const rows = rowsOf('Coal imports totalled 41 million tonnes in the first five months, down 3 percent, while domestic coal output grew 5 percent over the period.', '2026-06-09');
    expect(values(rows)).toEqual([[41000000, 'tonnes', -3]]);
  });
});

describe('a growth rate right after a running total since a launch', () => {
  it('is of the period the release reported before the total', () => {
    const rows = rowsOf(
      'Trade through Erenhot reached 31.4 billion yuan in the first nine months. The land port, which opened in May 1992, has handled 290 million tonnes of cargo to date. Imports grew 12.5 percent year on year.',
      '2026-10-20',
    );
    expect(brief(rows).map((r) => [r.value, r.yoy, r.start, r.end])).toEqual([
      [31400000000, null, '2026-01', '2026-09'],
      [290000000, null, '1992-05', '2026-10'],
      [null, 12.5, '2026-01', '2026-09'],
    ]);
  });

  it("is the growth of a city's train count given before the total", () => {
    const rows = rowsOf(
      "China-Europe freight trains departing from or arriving in Xi'an and Chengdu made 3,120 and 2,405 trips respectively in the first half. Chengdu's service, which began in April 2013, has run more than 24,000 trips in total. Chengdu's trains grew faster, up 14.2 percent.",
      '2026-07-10',
    );
    expect(brief(rows).map((r) => [r.value, r.yoy, r.area, r.start, r.end])).toEqual([
      [3120, null, "Xi'an", '2026-01', '2026-06'],
      [2405, 14.2, 'Chengdu', '2026-01', '2026-06'],
      [24000, null, 'Chengdu', '2013-04', '2026-07'],
    ]);
  });
});

describe('an amount of the total, then ", or" and a percentage', () => {
  it("is the amount's share, of the amount's flow", () => {
    const rows = rowsOf(
      "Fujian's exports rose 6.2 percent to 540 billion yuan in the first half, while imports fell 1.4 percent to 310 billion yuan. Private firms handled 612 billion yuan of the total, or 72 percent.",
      '2026-07-18',
    );
    expect(brief(rows).slice(2)).toEqual([
      { value: 612000000000, unit: 'CNY', yoy: null, flow: 'total', area: 'Fujian', start: '2026-01', end: '2026-06' },
      { value: 72, unit: 'percent-share', yoy: null, flow: 'total', area: 'Fujian', start: '2026-01', end: '2026-06' },
    ]);
  });
});

describe('a growth that names its measure, in a sentence with no level', () => {
  it('goes to the tonnage or to the amount of money of the sentence before', () => {
    const rows = rowsOf(
      'In January-September 2026, Kazakhstan exported 1.92 million tons of wheat flour worth USD 412.6 million, the Bureau of National Statistics said. Against the same period of 2025, flour exports grew by 6.3 percent in physical terms, while in value terms they declined by 8.9 percent.',
      '2026-10-20',
    );
    expect(values(rows)).toEqual([
      [1920000, 'tonnes', 6.3],
      [412600000, 'USD', -8.9],
    ]);
  });
});

describe('"flat at" a level in a release that compares with the month before', () => {
  it('is no year-on-year change', () => {
    const text = 'Canada posts smaller trade deficit in March\n\nCanada\'s merchandise exports rose 1.8 per cent to $64.2 billion in March, Statistics Canada said on Thursday, while imports were flat at $65.1 billion.';
    expect(values(rowsOf(text, '2026-05-07'))).toEqual([
      [64200000000, 'CAD', null],
      [65100000000, 'CAD', null],
    ]);
  });
});

describe('a headline threshold', () => {
  it('is the body figure of its place and unit that passes it, whatever flow the body words give', () => {
    const text = "Iron ore through Erenhot tops 5 million tonnes\n\nErenhot, China's biggest land port on the Mongolian border, has handled 5.36 million tonnes of Mongolian iron ore in the first ten months, up 12.1 percent year on year, local customs said.";
    expect(values(rowsOf(text, '2026-11-12'))).toEqual([[5360000, 'tonnes', 12.1]]);
  });
});

describe('goods counted one by one', () => {
  it('are a count in units, the goods being the noun', () => {
    const rows = rowsOf('China exported 814.6 million mobile phones in the first ten months, down 2.1 percent year on year, and imported 418.3 billion integrated circuits, up 7.7 percent.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow, r.commodity])).toEqual([
      [814600000, 'units', -2.1, 'export', 'mobile phones'],
      [418300000000, 'units', 7.7, 'import', 'integrated circuits'],
    ]);
  });
});
