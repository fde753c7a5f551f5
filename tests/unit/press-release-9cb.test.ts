/**
 * Rules of issue 9, part cb (helper fixarea3): leftovers of area, flow and goods from batches 16, 23, 35, 41, 42, 49
 * and 55, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.area, r.partner, r.flow];

describe('two cities running one service', () => {
  it('"The China-Europe Railway Express (Zhengzhou-Xi\'an)": the dashed cities of the parenthesis are one joint area, named alphabetically', () => {
    const text = "The China-Europe Railway Express (Zhengzhou-Xi'an) made 3,400 trips in the first ten months of 2026. The goods the trains carried were worth 31 billion yuan.";
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [3400, "Xi'an and Zhengzhou", 'World', 'total'],
      [31e9, "Xi'an and Zhengzhou", 'World', 'total'],
    ]);
  });

  it("\"Wuhan's share was N trains\": a city's part of the joint service is its own, not a partner's", () => {
    const text = "The China-Europe Railway Express (Changsha-Wuhan) made 2,100 trips in January-October 2026. Wuhan's share was 1,200 trains, and Changsha's 900.";
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [2100, 'Changsha and Wuhan', 'World', 'total'],
      [1200, 'Wuhan', 'World', 'total'],
      [900, 'Changsha', 'World', 'total'],
    ]);
  });

  it('"Since the first train left Chongqing for Duisburg": the far end of the first trip is no partner of the running total', () => {
    const text = 'The China-Europe Railway Express (Chengdu-Chongqing) ran 5,100 trains in January-October 2026. Since the first train left Chongqing for Duisburg in March 2011, the two cities have run more than 40,000 trains.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [5100, 'Chengdu and Chongqing', 'World', 'total'],
      [40000, 'Chengdu and Chongqing', 'World', 'total'],
    ]);
  });
});

describe('bases listed "respectively" against the levels before them', () => {
  const text = 'Malta trade. In January-August 2026, imports came to €4,210.5 million and exports to €1,876.3 million, against €3,998.1 million and €1,702.4 million respectively in January-August 2025.';
  const rows = () => releaseRows(text, '2026-10-15');

  it('each base is a level of the one period after "respectively" (a thousands comma in the next amount ends no clause)', () => {
    expect(rows().map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-01', '2026-08', 4210500000],
      ['2026-01', '2026-08', 1876300000],
      ['2025-01', '2025-08', 3998100000],
      ['2025-01', '2025-08', 1702400000],
    ]);
  });

  it('each base goes the way of the level in its place (imports, then exports)', () => {
    expect(rows().map((r) => r.flow)).toEqual(['import', 'export', 'import', 'export']);
  });

  it('a period past a second base without "respectively" is not the first base\'s ("a year earlier and 9,120 tons in September")', () => {
    const tin = 'China imported 7,960 tons of tin concentrate in October 2026. That compares with 15,400 tons a year earlier and 9,120 tons in September.';
    const rows = releaseRows(tin, '2026-11-20');
    expect(rows.find((r) => r.value === 9120)?.period_end).toBe('2026-09');
    expect(rows.find((r) => r.value === 15400)?.period_end).not.toBe('2026-09');
  });
});

describe("what a partner is said to be supplying", () => {
  it('"Italy remained the main trading partner, supplying goods worth €512,4 mn": the reporter\'s imports', () => {
    const text = 'Malta trade. Total imports for January-August 2026 were €4.210,5 mn. Italy remained the main trading partner, supplying goods worth €512,4 mn.';
    expect(releaseRows(text, '2026-10-15').map(placed)).toEqual([
      [4210500000, 'Malta', 'World', 'import'],
      [512400000, 'Malta', 'Italy', 'import'],
    ]);
  });
});

describe('goods made at home beside re-exports', () => {
  it('"domestically produced products accounted for X and re-exports for Y": X is domestic exports', () => {
    const text = 'Malta trade. Exports in August 2026 were €240,1 mn. Of total exports, domestically produced products accounted for €98,7 mn and re-exports for €141,4 mn.';
    expect(releaseRows(text, '2026-10-15').map((r) => [r.value, r.breakdown])).toEqual([
      [240100000, ''],
      [98700000, 'export type: domestic exports'],
      [141400000, 'export type: re-exports'],
    ]);
  });
});
