/**
 * Rules of issue 9, part cg: blind batch 65 (fixtures b65-… in tests/corpus/press-release): land ports, border
 * crossings, freight trains, dry ports, corridors and zones, tenth round, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.area, r.flow];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];
const counted = (r: Row) => [r.period_start, r.period_end, r.value, r.unit];

describe('a fiscal year that only says which year the months are in', () => {
  it('"during August-October of the current fiscal year 2026-27" is carried as those months', () => {
    const text = 'Pakistan\'s exports to Afghanistan reached $412 million during August-October of the current fiscal year 2026-27. Imports were $96 million.';
    expect(releaseRows(text, '2026-11-12').map(dated)).toEqual([
      ['2026-08', '2026-10', 412000000],
      ['2026-08', '2026-10', 96000000],
    ]);
  });

  it('"from 1 April to 30 October of the current financial year 2026-2027" is carried as those months', () => {
    const text = "Myanmar's border trade with Thailand was $1.02 billion from 1 April to 30 October of the current financial year 2026-2027. Exports made up $0.71 billion.";
    expect(releaseRows(text, '2026-11-05').map(dated)).toEqual([
      ['2026-04', '2026-10', 1020000000],
      ['2026-04', '2026-10', 710000000],
    ]);
  });

  it('"the first four months of FY27" counts from the fiscal year\'s first month', () => {
    const text = "Pakistan's imports from China rose to $5.1 billion in the first four months of FY27, the central bank said.";
    expect(releaseRows(text, '2026-11-20').map(dated)).toEqual([['2026-07', '2026-10', 5100000000]]);
  });
});

describe('containers counted in TEU', () => {
  it('"3,215 containers (TEUs)" is a quantity in TEU', () => {
    const text = 'The Lahore dry port handled 3,215 containers (TEUs) of imports in July-October of fiscal year 2026-27.';
    expect(releaseRows(text, '2026-11-20').map(counted)).toEqual([['2026-07', '2026-10', 3215, 'TEU']]);
  });

  it('a headline counting the same boxes as containers is the body figure again', () => {
    const text = 'Lahore dry port clears 3,215 containers in first four months of FY27\n\nThe Lahore dry port cleared 3,215 containers (TEUs) in July-October of fiscal year 2026-27, up 12 percent.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[3215, 'TEU', 12]]);
  });
});

describe('crossings pointed back to by their kind', () => {
  it('"the camp" is the border trade camp named before', () => {
    const text = "Myanmar-Thailand trade via Myawaddy reaches US$301 mln\n\nMyanmar's trade with Thailand through the Myawaddy border trade camp stood at US$301 million in April-October 2026.\n\nExports through the camp, mostly beans and rice, were valued at $188 million.";
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [301000000, 'Myawaddy Port', 'total'],
      [188000000, 'Myawaddy Port', 'export'],
    ]);
  });

  it('"the gate" is the border gate named before', () => {
    const text = "Vietnam-Laos trade via Na Meo tops 60 million USD\n\nVietnam's trade with Laos through the Na Meo border gate reached 64 million USD in January-October 2026.\n\nExports through the gate, mainly fertiliser, came to 39 million USD.";
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [64000000, 'Na Meo Port', 'total'],
      [39000000, 'Na Meo Port', 'export'],
    ]);
  });
});

describe('goods a crossing cleared went through it both ways', () => {
  it('"cleared goods worth X" after a count of imports is two-way', () => {
    const text = 'The Sumber checkpoint handled 84,000 tonnes of imports in January-October 2026. The checkpoint cleared goods worth USD 41.2 million in the period.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [84000, 'Sumber Port', 'import'],
      [41200000, 'Sumber Port', 'total'],
    ]);
  });

  it('"The goods cleared at the checkpoint were worth X" is two-way', () => {
    const text = 'Imports from China through the Torugart checkpoint were 51,000 tonnes in January-October 2026. The goods cleared at the checkpoint were worth $38 million.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [51000, 'Torugart Port', 'import'],
      [38000000, 'Torugart Port', 'total'],
    ]);
  });

  it('"The value of goods cleared at X reached Y" is two-way', () => {
    const text = 'Exports through the Kordai checkpoint totalled 0.4 million tonnes in January-October 2026. The value of goods cleared at Kordai reached $0.61 billion.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [400000, 'Kordai Port', 'export'],
      [610000000, 'Kordai Port', 'total'],
    ]);
  });

  it('"The goods were valued at" after both directions is of both', () => {
    const text = 'Exports through the Amurzet checkpoint came to 61,000 tonnes in January-October 2026 and imports to 12,000 tonnes. The goods were valued at 2.9 billion rubles.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [61000, 'Amurzet Port', 'export'],
      [12000, 'Amurzet Port', 'import'],
      [2900000000, 'Amurzet Port', 'total'],
    ]);
  });
});

describe('the other side of a crossing is scenery', () => {
  it('"is linked with the Chinese city of X" does not make X the crossing "the checkpoint" points back to', () => {
    const text = 'The Kani-Kurgan checkpoint handled 612,000 tonnes of cargo in January-October 2026. The checkpoint is linked with the Chinese city of Heihe by a road bridge. The checkpoint handled 112 freight trains.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [612000, 'Kani-Kurgan Port', 'total'],
      [112, 'Kani-Kurgan Port', 'total'],
    ]);
  });

  it('"faces Ban Nam Soi in Laos\' Houaphanh province" locates the gate, no area', () => {
    const text = "Trade via the Na Meo border gate reached 64 million USD in January-October 2026. The gate, which faces Ban Nam Soi in Laos' Houaphanh province, serves timber traders. Exports were 39 million USD and imports 25 million USD.";
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [64000000, 'Na Meo Port', 'total'],
      [39000000, 'Na Meo Port', 'export'],
      [25000000, 'Na Meo Port', 'import'],
    ]);
  });

  it('the countries at the ends of a bridge across a river are the route\'s, not the area', () => {
    const text = 'The Dzhalinda checkpoint handled 212,000 tonnes of cargo in January-October 2026. It sits at the only road bridge across the Amur between Russia and China in the region.\n\nExports made up 190,000 tonnes.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [212000, 'Dzhalinda Port', 'total'],
      [190000, 'Dzhalinda Port', 'export'],
    ]);
  });
});

describe('a country adjective opening the flow at a crossing', () => {
  it('"Mongolian exports, mainly coal, accounted for X" stays with the crossing the release is on', () => {
    const text = 'In January-October 2026, 412,000 tonnes of cargo crossed the Bichigt checkpoint.\n\nMongolian exports, mainly coal, accounted for 391,000 tonnes.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [412000, 'Bichigt Port', 'total'],
      [391000, 'Bichigt Port', 'export'],
    ]);
  });
});
