/**
 * Rules of issue 9, part br: commodity and market wire stories, ninth round (fixtures b54-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const level = levelTuple;

describe('gemstones weighed in carats', () => {
  it('are a quantity in carats, not an amount of the currency before them', () => {
    const text = 'MUMBAI, Dec 14 - Exports of polished emeralds rose 12 per cent to US$ 84.5 million in November, or 0.41 million carats, the council said.';
    expect(releaseRows(text, '2026-12-14').map((r) => [r.value, r.unit, r.measure])).toEqual([
      [84500000, 'USD', 'value'],
      [410000, 'carats', 'quantity'],
    ]);
  });
});

describe('a sentence opened by "A year earlier," and its comma', () => {
  it('states levels of the year before, whatever its subject', () => {
    const text = 'WELLINGTON, Dec 16 - Log exports to China were 1.91 million cubic metres in November, Stats NZ said. A year earlier, China took 2.12 million cubic metres.';
    expect(releaseRows(text, '2026-12-16').map(level)).toEqual([
      ['2026-11', '2026-11', 1910000, 'cubic meters', null],
      ['2025-11', '2025-11', 2120000, 'cubic meters', null],
    ]);
  });
});

describe('a part\'s amount, then ", or" and a bare percentage', () => {
  it('is the share of a partner named before the amount', () => {
    const text = 'BEIJING, Dec 20 - China imported 212,400 tons of nickel ore in November, customs data showed, with the Philippines supplying 171,900 tons, or 80.9%.';
    expect(releaseRows(text, '2026-12-20').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [212400, 'tonnes', 'World'],
      [171900, 'tonnes', 'Philippines'],
      [80.9, 'percent-share', 'Philippines'],
    ]);
  });
  it('is the share of a part that "of which" opens', () => {
    const text = 'WELLINGTON, Dec 16 - Sawn timber exports were 162,000 cubic metres in November, of which 58,300 cubic metres, or 36 percent, were bound for Australia.';
    expect(releaseRows(text, '2026-12-16').map((r) => [r.value, r.unit])).toEqual([
      [162000, 'cubic meters'],
      [58300, 'cubic meters'],
      [36, 'percent-share'],
    ]);
  });
  it('stays a change when a word of change follows it', () => {
    const text = 'BEIJING, Dec 20 - Imports from Chile rose to 1.2 million tons in November, or 12% more than a year earlier.';
    expect(releaseRows(text, '2026-12-20').filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
});

describe('a change that names its year-on-year basis before another dated base', () => {
  it('stays year on year: the later base is compared with the level', () => {
    const text = 'BEIJING, Dec 16 - Aluminium foil exports reached 1.52 million tonnes in January-November, up 7.3% year on year and already more than in 2025 as a whole, the association said.';
    expect(releaseRows(text, '2026-12-16').map(level)).toEqual([['2026-01', '2026-11', 1520000, 'tonnes', 7.3]]);
  });
});

describe('a clause after a base a year before that states the base\'s level', () => {
  it('reads "whose total was revised to" as that earlier level', () => {
    const text = 'BEIJING, Dec 10 - Barley imports over January-November reached 13.4 million tons, 6.1% more than in the same period a year earlier, whose total was itself revised to 12.63 million tons.';
    expect(releaseRows(text, '2026-12-10').map(level)).toEqual([
      ['2026-01', '2026-11', 13400000, 'tonnes', 6.1],
      ['2025-01', '2025-11', 12630000, 'tonnes', null],
    ]);
  });
  it('reads a "when" clause after an undated base a year before likewise', () => {
    const text = 'BEIJING, Dec 10 - Sorghum imports in November were 0.82 million tons, down 12% from a year earlier, when they totalled 0.93 million tons.';
    expect(releaseRows(text, '2026-12-10').map(level)).toEqual([
      ['2026-11', '2026-11', 820000, 'tonnes', -12],
      ['2025-11', '2025-11', 930000, 'tonnes', null],
    ]);
  });
});

describe('a pointing-back growth that opens a sentence going on to a level with its own growth', () => {
  it('is the growth of the level before, and the level keeps the growth that trails it', () => {
    const text = 'China imported 2.31mn t of sulphur in November, customs data show. This was 14pc higher than a year earlier and took January-November imports to 10.2mn t, up by 6pc.';
    expect(releaseRows(text, '2026-12-21').map(level)).toEqual([
      ['2026-11', '2026-11', 2310000, 'tonnes', 14],
      ['2026-01', '2026-11', 10200000, 'tonnes', 6],
    ]);
  });
});

describe('a day\'s rate restating the level before it', () => {
  it('has no change of its own: the change trailing it is the level\'s', () => {
    const text = 'BEIJING, Dec 20 - Crude imports from Iraq came to 4.78 million tons in November, or about 1.16 million barrels per day, up 3.9% from a year earlier.';
    expect(releaseRows(text, '2026-12-20').map(level)).toEqual([['2026-11', '2026-11', 4780000, 'tonnes', 3.9]]);
  });
  it('while a price keeps the change that trails it', () => {
    const text = 'BEIJING, Dec 20 - Crude imports came to 48.1 million tons in November, at an average of 3,870 yuan per ton, down 5% from a year earlier.';
    expect(releaseRows(text, '2026-12-20').map(level)).toEqual([['2026-11', '2026-11', 48100000, 'tonnes', null]]);
  });
});

describe('a dash standing for the verb left out, in wording translated from Russian', () => {
  it('gives the next goods the change of the clause before and leads into their level', () => {
    const text = 'MOSCOW. Nov 27 - Supplies of sunflower oil to India rose 1.4 times to 1.1 million tons, sunflower meal - by 18%, to 320,000 tons.';
    expect(releaseRows(text, '2026-11-27').map((r) => [r.value, r.yoy_pct])).toEqual([
      [1100000, 140],
      [320000, 18],
    ]);
  });
});

describe('a country\'s customs named as reporting', () => {
  it('makes the figures that follow that country\'s', () => {
    const text = 'MOSCOW. Nov 27 - Russia\'s grain exports rose 9% to 41.2 million tons in January-October. Earlier, Chinese customs reported that imports of Russian barley in January-October rose by 12%, to 1.3 million tons.';
    expect(releaseRows(text, '2026-11-27').map((r) => [r.value, r.area, r.flow])).toEqual([
      [41200000, 'Russia', 'export'],
      [1300000, 'China', 'import'],
    ]);
  });
});

describe('imports of goods into a foreign country', () => {
  it('are that country\'s imports', () => {
    const text = 'BEIJING, Dec 10 - China exported 402,000 trucks in November. Imports of Chinese trucks into Kazakhstan rose 12% to 6,100 units, according to a local analytics agency.';
    expect(releaseRows(text, '2026-12-10').map((r) => [r.value, r.area, r.flow])).toEqual([
      [402000, 'China', 'export'],
      [6100, 'Kazakhstan', 'import'],
    ]);
  });
});

describe('a bare count after "made up" or a buyer taking part of counted goods', () => {
  it('counts what the subject counts', () => {
    const text = 'BEIJING, Dec 10 - China exported 671,000 vehicles in November. Electric trucks made up 9,400 of the exports, up 22%.';
    expect(releaseRows(text, '2026-12-10').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [671000, 'vehicles', null],
      [9400, 'vehicles', 22],
    ]);
  });
  it('counts the EVs a buyer took', () => {
    const text = 'BEIJING, Dec 10 - China exported 312,000 electric cars in November. Brazil took 41,500 of the EVs.';
    expect(releaseRows(text, '2026-12-10').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [312000, 'vehicles', 'World'],
      [41500, 'vehicles', 'Brazil'],
    ]);
  });
});
