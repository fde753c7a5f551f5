/**
 * Rules of issue 9, part bm: leftovers of the commodity batches (fixtures b46-…, b35-…, b23-…, b29-…, b16-…, b20-…
 * and b38-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const level = (r: { period_start: string; value: number | null; unit: string; yoy_pct: number | null }) => [r.period_start, r.value, r.unit, r.yoy_pct];

describe('a spaced capital "T" after a scale word', () => {
  it('is tonnes, as the lowercase "t" is', () => {
    const text = 'SINGAPORE, Nov 20 - China took in 0.42 mln T of barley in October, customs figures showed, with France supplying 0.25 mln T.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [420000, 'tonnes', 'World'],
      [250000, 'tonnes', 'France'],
    ]);
  });
});

describe('a country after "on" naming the goods or buying a figure moved on', () => {
  it('is the cause, not the partner of the figure', () => {
    const text = 'China\'s October wheat imports climb to 1.3 mln tons on Canada cargoes\n\nBEIJING, Nov 20 - Customs data showed wheat imports of 1.28 million tons in October.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.partner])).toEqual([[1280000, 'World']]);
  });
});

describe('a headline figure with its growth over the body\'s figure it rounds', () => {
  it('gives the growth to the body\'s figure, which states none of its own', () => {
    const text = 'China\'s copper imports rise 9% y/y to 2.5 mln tons\n\nBEIJING, Nov 20 - China imported 2.47 million tons of copper in October, customs data showed, against 1.9 million tons in September.';
    expect(releaseRows(text, '2026-11-20').map(level)).toEqual([
      ['2026-10', 2470000, 'tonnes', 9],
      ['2026-09', 1900000, 'tonnes', null],
    ]);
  });
});

describe('a scaled amount with no unit that a tonnage is compared with', () => {
  it('is tonnes too', () => {
    const text = 'BEIJING, Nov 20 - Aluminium exports in October were 1.52 million tons, down from 1.61 million in September, customs data showed.';
    expect(releaseRows(text, '2026-11-20').map(level)).toEqual([
      ['2026-10', 1520000, 'tonnes', null],
      ['2026-09', 1610000, 'tonnes', null],
    ]);
  });
});

describe('a period owning an amount ("May 2024\'s 9.2 million tons")', () => {
  it('dates that amount alone: the growth of the sentence is of the figure pointed back to', () => {
    const text = [
      'BEIJING, Nov 20 - China\'s nickel ore imports rose 5% in October from the previous month to 8.3 million tons, customs data showed.',
      'The figure was 12% higher than a year earlier and the second-largest on record after May 2024\'s 9.2 million tons.',
    ].join(' ');
    expect(releaseRows(text, '2026-11-20').map(level)).toEqual([
      ['2026-10', 8300000, 'tonnes', 12],
      ['2024-05', 9200000, 'tonnes', null],
    ]);
  });
});

describe('a percentage followed by "after tariffs"', () => {
  it('is a change, not a rate of duty (no country names the tariff)', () => {
    const text = 'BEIJING, Nov 20 - China\'s steel exports to Canada fell 12% after tariffs on Chinese steel rose in June, customs data showed.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct, r.partner])).toEqual([[null, -12, 'Canada']]);
  });

  it('still a rate of duty when a country names it', () => {
    const text = 'BEIJING, Nov 20 - China\'s steel exports rose 8% to 9.1 million tons in October, despite a 25% Canadian tariff.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct])).toEqual([[9100000, 8]]);
  });
});

describe('a growth naming a partner after a semicolon', () => {
  it('is the growth of that partner\'s level in the same sentence', () => {
    const text = 'BEIJING, Nov 20 - China\'s tyre exports reached $2.1 billion in October. Mexico was the top buyer at $310 million; Mexico-bound shipments were up 9%.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct, r.partner])).toEqual([
      [2100000000, null, 'World'],
      [310000000, 9, 'Mexico'],
    ]);
  });
});

describe('a place glued to "-bound" or "-origin" before a flow noun', () => {
  it('names where the goods go, not the goods', () => {
    const text = 'BEIJING, Nov 20 - China\'s toy exports reached $1.1 billion in October. Canada-bound shipments rose 6%.';
    const goods = releaseRows(text, '2026-11-20').map((r) => r.commodity);
    expect(goods.filter((g) => /bound/i.test(g))).toEqual([]);
  });
});

describe('a supplier set off by "meanwhile" before its verb of shipping to the reporter', () => {
  it('is the partner of the reporter\'s imports, as with an apposition', () => {
    const text = 'BEIJING, Nov 20 - China imported 9.4 million tons of iron ore from Brazil in October. Canada, meanwhile, shipped 1.1 million tons to China.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.partner, r.flow])).toEqual([
      [9400000, 'Brazil', 'import'],
      [1100000, 'Canada', 'import'],
    ]);
  });
});

describe('a foreign buyer\'s purchases naming neither goods nor a seller', () => {
  it('are the reporter\'s exports to that buyer', () => {
    const text = 'China\'s tungsten exports edge up\n\nBEIJING, Nov 20 - China\'s exports of tungsten products rose to 3,100 tons in October, customs data showed. Thailand\'s purchases, largely for tool makers, were 240 tons.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [3100, 'China', 'World', 'export'],
      [240, 'China', 'Thailand', 'export'],
    ]);
  });
});

describe('the next month\'s amount joined by "and" to a forecast one', () => {
  it('is a forecast too, however far the forecaster\'s verb stands', () => {
    const text = 'BEIJING, Nov 20 - China imported 6.1 million tons of barley in October. Brokers in Dalian expect barley imports of roughly 5.5 million tons in November and 6 million tons in December.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([6100000]);
  });
});

describe('one firm singled out by "alone" after an association\'s members', () => {
  it('is a company\'s own sales, no trade row', () => {
    const text = 'BEIJING, Nov 20 - The carmakers\' association said its members exported 402,000 vehicles in October. Chery alone shipped 96,000 vehicles overseas.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([402000]);
  });

  it('while a place singled out so keeps its figure', () => {
    const text = 'BEIJING, Nov 20 - China exported 402,000 vehicles in October. Shanghai alone shipped 96,000 vehicles.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([402000, 96000]);
  });
});

describe('another country importing goods named by the release country\'s adjective', () => {
  it('makes the adjective the goods\' origin, a partner, in the release country\'s own story', () => {
    const text = [
      'Kazakhstan exports more wheat',
      '',
      'Astana, December 2 (Kazinform). Kazakhstan exported 9.1 million tonnes of wheat in January-November 2026.',
      '',
      'Uzbekistan imported 3.2 million tonnes of Kazakh wheat in January-October, accounting for 61 percent of its grain imports.',
    ].join('\n');
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [9100000, 'Kazakhstan', 'World', 'export'],
      [3200000, 'Uzbekistan', 'Kazakhstan', 'import'],
      [61, 'Uzbekistan', 'Kazakhstan', 'import'],
    ]);
  });
});

describe('an aside between dashes after a supplier', () => {
  it('names no goods of the figure: "transhipment" in it does not make the tonnage handled cargo', () => {
    const text = 'BEIJING, Nov 20 - China imported 47 million tonnes of crude oil in October. Oman — often described as a transhipment hub for Gulf crude — delivered 3.9 million tonnes.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.partner, r.flow])).toEqual([
      [47000000, 'World', 'import'],
      [3900000, 'Oman', 'import'],
    ]);
  });
});

describe('"mainly from <Country>\'s <source>" in an aside', () => {
  it('is where most of the goods come from, neither the area nor the partner of the whole', () => {
    const text = 'BEIJING, Nov 20 - China\'s pipeline gas imports, mainly from Russia\'s eastern route and Central Asia, were 5.9 million tonnes in October, up 8% on the year.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([[5900000, 'China', 'World', 'import']]);
  });
});
