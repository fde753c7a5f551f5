/**
 * Rules of issue 9, part ca: commodity and market wire stories, tenth round (fixtures b60-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const level = levelTuple;

describe('a relative clause closed by its comma', () => {
  it('keeps a quota word inside it from making the figure after it a quota', () => {
    const text = 'SINGAPORE, Dec 17 - Imports of cane molasses, which the ministry watches closely because traders use them to get round quotas, fell to 42,600 tons in November.';
    expect(releaseRows(text, '2026-12-17').map(level)).toEqual([['2026-11', '2026-11', 42600, 'tonnes', null]]);
  });
});

describe('goods counted in bags or weighed in pounds', () => {
  it('reads bags of a stated weight as a quantity in bags', () => {
    const text = 'LIMA, Dec 9 - Peru exported 412,000 60-kg bags of coffee in November, and 95,000 bags of cocoa beans.';
    expect(releaseRows(text, '2026-12-09').map((r) => [r.value, r.unit, r.measure])).toEqual([
      [412000, 'bags', 'quantity'],
      [95000, 'bags', 'quantity'],
    ]);
  });
  it('reads a bare "pounds" after a number as weight, a named currency pound as money', () => {
    const text = 'QUITO, Nov 16 - Shrimp exports were 96.3 million pounds in October. Exports to Egypt earned 410 million Egyptian pounds.';
    expect(releaseRows(text, '2026-11-16').map((r) => [r.value, r.unit])).toEqual([
      [96300000, 'pounds'],
      [410000000, 'EGP'],
    ]);
  });
});

describe('a commercial year that started in a named month', () => {
  it('runs from that month to the last full month before the story', () => {
    const text = 'SAO PAULO, Dec 11 - In the first five months of the 2026/27 commercial year, which started in July, cocoa exports reached 41,000 tonnes.';
    expect(releaseRows(text, '2026-12-11').map(level)).toEqual([['2026-07', '2026-11', 41000, 'tonnes', null]]);
  });
});

describe('the month a trade measure was put on or taken off', () => {
  it('dates the measure in the passive ("after the duties were removed in")', () => {
    const text =
      'ADELAIDE, Oct 21 - Australia’s barley exports to China were worth $1.2 billion in the 12 months ended September 2026, as buyers restocked after the duties were removed in August 2023. Exports to Japan were $210 million.';
    expect(releaseRows(text, '2026-10-21').map(level)).toEqual([
      ['2025-10', '2026-09', 1200000000, 'AUD', null],
      ['2025-10', '2026-09', 210000000, 'AUD', null],
    ]);
  });
  it('dates the measure after the verb of whoever acted ("since Delhi imposed a duty in May")', () => {
    const text =
      'SHANGHAI, Dec 22 - Coke exports were 712,000 t in November. Japan took 120,000 t and India 95,000 t; sales to India have fallen since New Delhi imposed an anti-dumping duty in May.';
    expect(releaseRows(text, '2026-12-22').map((r) => [r.period_start, r.value])).toEqual([
      ['2026-11', 712000],
      ['2026-11', 120000],
      ['2026-11', 95000],
    ]);
  });
});

describe('a growth sentence opened by the basis of its comparison', () => {
  it('points back at the level before ("On a yearly basis the October imports were ...")', () => {
    const text = 'BEIJING, Nov 20 - Imports of ferrochrome rose 18% from September to 412,000 t in October. On a yearly basis the October imports were 6.1% lower.';
    expect(releaseRows(text, '2026-11-20').map(level)).toEqual([['2026-10', '2026-10', 412000, 'tonnes', -6.1]]);
  });
});

describe('the measure as the subject of a change', () => {
  it('gives "volume was" to the quantity and "value was" to the amount of money of the sentence before', () => {
    const text = 'QUITO, Nov 16 - Banana exports were 31.2 million boxes, or 582,000 tonnes, worth US$ 318 million, in October. Volume was 3.5% higher than in October 2025 and value was down 1.8%.';
    expect(releaseRows(text, '2026-11-16').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [582000, 'tonnes', 3.5],
      [318000000, 'USD', -1.8],
    ]);
  });
});

describe('an export quota named after a longer goods phrase', () => {
  it('is a limit set, not an amount traded, while goods traded "under a quota system" stay a row', () => {
    const text =
      'BEIJING, Nov 20 - China exported 1.2 million tons of urea in October. Beijing has granted 9 million tons of marine gasoil product export quotas for 2026. China also exported 2.1 mn t of phosphates in January-October under a quota system.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([1200000, 2100000]);
  });
});

describe('prices written per barrel or per bag', () => {
  it('are no trade amounts ("$92.50/bl", "US$385 per bag")', () => {
    const text = 'SINGAPORE, Nov 21 - China exported 2.18mn t of jet fuel in October. Jet fuel was assessed at $92.50/bl fob Singapore. Cocoa exporters were paid US$385 per bag.';
    expect(releaseRows(text, '2026-11-21').map((r) => r.value)).toEqual([2180000]);
  });
});

describe('figures whose subject is not trade', () => {
  it('drops animals slaughtered and the change trailing them', () => {
    const text = 'MONTEVIDEO, Dec 4 - Beef exports were 38,420 tonnes in November. Sheep slaughter in November was 61,200 head, 7% fewer than a year earlier.';
    expect(releaseRows(text, '2026-12-04').map(level)).toEqual([['2026-11', '2026-11', 38420, 'tonnes', null]]);
  });
  it('drops a base trailing domestic output', () => {
    const text = 'BEIJING, Dec 18 - China imported 840,000 tons of corn in November. The group put domestic output at 292 million tons in 2026, up from 288 million tons in 2025.';
    expect(releaseRows(text, '2026-12-18').map(level)).toEqual([['2026-11', '2026-11', 840000, 'tonnes', null]]);
  });
  it('drops a base trailing a price', () => {
    const text = 'SAO PAULO, Dec 10 - Peru exported 1.1 million bags of coffee in November, worth US$402 million. The board put the average export price at US$366 per bag, against US$251 a year earlier.';
    expect(releaseRows(text, '2026-12-10').map(level)).toEqual([
      ['2026-11', '2026-11', 1100000, 'bags', null],
      ['2026-11', '2026-11', 402000000, 'USD', null],
    ]);
  });
});

describe('a year-on-year change after a month-on-month one, with a value in the next sentence', () => {
  it('stays with the tonnage of its own sentence, whatever goods that names', () => {
    const text =
      'BEIJING, Nov 25 - China imported 1.31 million tonnes of chrome ore in October, down 9.1% from September and 4.4% lower year on year. The import value came to about $402 million.';
    expect(releaseRows(text, '2026-11-25').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [1310000, 'tonnes', -4.4],
      [402000000, 'USD', null],
    ]);
  });
  it('is no second row when a headline stated the same change', () => {
    const text =
      'China chrome ore imports fall 4.4% on year in October\n\nBEIJING, Nov 25 - China imported 1.31 million tonnes of chrome ore in October, down 9.1% from September and 4.4% lower year on year. The import value came to about $402 million.';
    expect(releaseRows(text, '2026-11-25').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [1310000, 'tonnes', -4.4],
      [402000000, 'USD', null],
    ]);
  });
});

describe('"over the period" in a part of a sentence past a semicolon', () => {
  it('goes on with the period stated last, not a "since" of another part', () => {
    const text =
      'MOSCOW, Nov 12 - Russia exported 402,000 tonnes of grain to China in January-September 2026. Since 2025 some of the barley for China has been shipped via Kazakhstan; exports to Kazakhstan over the period rose 11%, to 96,000 tonnes.';
    expect(releaseRows(text, '2026-11-12').map(level)).toEqual([
      ['2026-01', '2026-09', 402000, 'tonnes', null],
      ['2026-01', '2026-09', 96000, 'tonnes', 11],
    ]);
  });
});

describe('a sentence opened by "According to" a country\'s own source', () => {
  it('reports that country\'s figures in a release on another country', () => {
    const text =
      'Russian timber exports to China fall - Rosleskhoz\n\nMOSCOW, Nov 12 - Russia exported 8.1 million cubic metres of timber to China in January-September, the Federal Forestry Agency (Rosleskhoz) said.\n\nAccording to China\'s General Administration of Customs, imports of logs from Russia in January-September were worth $1.12 billion.';
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.area, r.flow])).toEqual([
      [8100000, 'Russia', 'export'],
      [1120000000, 'China', 'import'],
    ]);
  });
});

describe('a place ranked as the largest outlet, buyer or supplier', () => {
  it('is the partner, Hong Kong in a story on China included', () => {
    const text = 'BEIJING, Nov 21 - China exported 1.64mn t of fuel oil in October. Hong Kong was the largest outlet, taking 412,000t, followed by Singapore at 305,000t.';
    expect(releaseRows(text, '2026-11-21').map((r) => [r.value, r.area, r.partner])).toEqual([
      [1640000, 'China', 'World'],
      [412000, 'China', 'Hong Kong'],
      [305000, 'China', 'Singapore'],
    ]);
  });
});

describe('the goods of a quantity whose noun is only its unit', () => {
  it('are the goods named before, not "bags" or "litres"', () => {
    const text = 'SAO PAULO, Dec 10 - Brazil exported 3.1 million bags of coffee in November. Arabica accounted for 2.5 million bags.';
    expect(releaseRows(text, '2026-12-10').map((r) => [r.value, r.commodity])).toEqual([
      [3100000, 'coffee'],
      [2500000, 'coffee'],
    ]);
  });
});
