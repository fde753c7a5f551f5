/**
 * Rules of issue 9, part bs: blind batch 55 (fixtures b55-… in tests/corpus/press-release): land ports, border
 * crossings, freight trains, corridors and zones, eighth round, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const moved = (r: Row) => [r.value, r.unit, r.flow];
const tuple = (r: Row) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct];

describe('a quantity and its worth, growth rates "respectively"', () => {
  it('pairs even when the quantity is described at length before ", worth"', () => {
    const text = 'Hefei Customs said it had cleared 2.1 million tonnes of goods carried on the trains in the first ten months of 2026, worth 9.3 billion yuan, up 12.5 percent and 18.4 percent respectively from a year earlier.';
    expect(releaseRows(text, '2026-11-20').map(tuple)).toEqual([
      ['2026-01', '2026-10', 2100000, 'tonnes', 12.5],
      ['2026-01', '2026-10', 9300000000, 'CNY', 18.4],
    ]);
  });
});

describe('two route names before a count of trains', () => {
  it('"China-Europe and China-Central Asia freight trains": the second name runs on into a second word', () => {
    const text = 'A total of 1,620 China-Europe and China-Central Asia freight trains passed the Erenhot port in January-October 2026, up 4.1 percent.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[1620, 'trains', 4.1]]);
  });
});

describe('parts of a train count, the noun left out', () => {
  it('"Outbound trains made up N of the total"', () => {
    const text = 'Freight trains through the Erenhot port numbered 2,400 in January-October 2026. Outbound trains made up 1,300 of the total.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [2400, 'trains', 'total'],
      [1300, 'trains', 'export'],
    ]);
  });

  it('"Outbound services to Europe accounted for N of them, while M came back loaded"', () => {
    const text = "Hefei's China-Europe trains made 900 trips in January-October 2026. Outbound services to Europe and Central Asia accounted for 520 of them, while 380 came back loaded with wine and timber.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'total'],
      [520, 'trains', 'export'],
      [380, 'trains', 'import'],
    ]);
  });

  it('"Of the trips, N went to Europe and M to Central Asia"', () => {
    const text = "Wuhan's trains made 900 trips in January-October 2026. Of the trips, 500 went to Europe and 150 to Central Asia, while 250 return trains came back from Europe.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'total'],
      [500, 'trains', 'export'],
      [150, 'trains', 'export'],
      [250, 'trains', 'import'],
    ]);
  });
});

describe('ways trains went', () => {
  it('"Return trips from Europe numbered N" are inbound', () => {
    const text = 'China-Europe freight trains made 1,800 trips in October 2026. Return trips from Europe numbered 760.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [1800, 'trains', 'total'],
      [760, 'trains', 'import'],
    ]);
  });

  it('trains "heading east to China" are outbound', () => {
    const text = 'The Brest terminal handled 700 container trains in January-October 2026. Trains heading east to China totaled 260.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [700, 'trains', 'total'],
      [260, 'trains', 'export'],
    ]);
  });

  it('trains "that set out from" the city are outbound', () => {
    const text = "Changsha's rail hub assembled 640 trains that set out from the provincial capital in January-October 2026.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([[640, 'trains', 'export']]);
  });

  it('"dispatched N trains, up 2.4% ..., and received M return trains from Vietnam": each count has its own verb', () => {
    const text = 'From January to October 2026, the Nanning railway port dispatched 900 freight trains, 12.4% more than a year earlier, and received 280 return trains from Vietnam.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'export'],
      [280, 'trains', 'import'],
    ]);
  });
});

describe('a total since the first train "set out"', () => {
  it('runs from the launch month to the publication month', () => {
    const text = 'Since the first sea-rail train set out in April 2017, the corridor has seen more than 48,000 trips.';
    expect(releaseRows(text, '2026-12-02').map(tuple)).toEqual([['2017-04', '2026-12', 48000, 'trains', null]]);
  });
});

describe('"N times as many as" the year-earlier level', () => {
  it('is up (N - 1) x 100 percent', () => {
    const text = 'Via the port, 61,500 TEU were shipped in January-November 2026, 2.3 times as many as in the same period of 2025.';
    expect(releaseRows(text, '2026-12-02').map(tuple)).toEqual([['2026-01', '2026-11', 61500, 'TEU', 130]]);
  });
});

describe("a carrier's takings and its network's loading", () => {
  it('are no trade rows', () => {
    const text = 'The railway carried 400,000 TEU of containers to and from China in January-November 2026. Revenue from container transportation on these routes reached 90 billion rubles. Total loading on the network fell 3.1% to 1.1 billion tonnes in the period.';
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.unit])).toEqual([[400000, 'TEU']]);
  });
});
