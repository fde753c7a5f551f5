/**
 * Rules of issue 9, part m: the language of commodity wire stories found by blind batch 16
 * (fixtures b16-… in tests/corpus/press-release), in our own words: the energy desks' "mil", tonnes
 * glued to a number, prices per unit of a commodity, and comparisons and growth rates spread over
 * clauses the way Reuters, Platts, Argus and the metals press write them.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('"mil" is a million', () => {
  it('reads "mil mt" as million tonnes and leaves "mil b/d" a daily rate', () => {
    expect(tuples("China's imports of fuel oil in October fell 6.1% on the year to 1.62 mil mt, or 0.34 mil b/d, customs data showed.")).toEqual([
      ['2026-10', '2026-10', 1620000, 'tonnes', -6.1],
    ]);
  });
});

describe('a "t" glued to a number is tonnes', () => {
  it('reads "627,000t" and "4,600t" as tonnes and still wants a scale before a spaced "t"', () => {
    expect(tuples("China's DAP exports fell to 627,000t in October, up by 12pc on the year.")).toEqual([['2026-10', '2026-10', 627000, 'tonnes', 12]]);
    expect(tuples("Urea exports were 4,600t in October 2025.")).toEqual([['2025-10', '2025-10', 4600, 'tonnes', null]]);
  });
});

describe('tonnages glued to the number', () => {
  it('reads "212kt" and "10.2mmt" written without a space', () => {
    expect(tuples("Monoammonium phosphate exports were 212kt in October, up by 35pc on the year.")).toEqual([['2026-10', '2026-10', 212000, 'tonnes', 35]]);
    expect(tuples("China's bauxite imports rose to 18.2mmt in October.")).toEqual([['2026-10', '2026-10', 18200000, 'tonnes', null]]);
  });

  it('drops "18.9mt", which glued may be metric or million tonnes', () => {
    expect(tuples("China's bauxite imports rose to 18.9mt in October.")).toEqual([]);
  });
});

describe('a month that dates only a comparison base is not the running period', () => {
  it('keeps October after "versus 2.12 million bpd in September"', () => {
    const text =
      'Arrivals of Russian crude totalled 9.76 million tons in October, or about 2.3 million bpd, versus 2.12 million bpd in September. ' +
      'Supplies from Saudi Arabia fell 5.6% from a year earlier to 7.02 million tons.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 9760000, 'tonnes', null],
      ['2026-10', '2026-10', 7020000, 'tonnes', -5.6],
    ]);
  });

  it('reads "the figure compares with X in May last year" as a base of its own month', () => {
    const text = 'Brazil exported 14.2 million tonnes of soybeans in May. The figure compares with 15.3 million tonnes in May last year. Revenue from the sales was $5.38 billion.';
    expect(tuples(text, '2026-06-02')).toEqual([
      ['2026-05', '2026-05', 14200000, 'tonnes', null],
      ['2025-05', '2025-05', 15300000, 'tonnes', null],
      ['2026-05', '2026-05', 5380000000, 'USD', null],
    ]);
  });
});

describe('prices the commodity desks quote', () => {
  it('drops a price written with a slash, a range of them, and a price per mn Btu', () => {
    expect(tuples("China's bauxite imports rose to 18.9 million mt in October. The imported bauxite index was assessed at $71.5/mt CIF, and urea at $395-402/t fob.")).toEqual([
      ['2026-10', '2026-10', 18900000, 'tonnes', null],
    ]);
    expect(tuples("China's LNG imports were 6.42mn t in October. The northeast Asia spot price was $11.20/mn Btu, and cotton sold at 15,120 yuan/ton.")).toEqual([
      ['2026-10', '2026-10', 6420000, 'tonnes', null],
    ]);
  });

  it('drops a price per bushel, pound or gallon as it does a price per tonne', () => {
    expect(tuples("China's corn imports fell to 190,000 tons in October, while Chicago corn futures slipped to $4.21 a bushel.")).toEqual([
      ['2026-10', '2026-10', 190000, 'tonnes', null],
    ]);
  });
});

describe('a year a superlative reaches back to, or a record was set in, is no period', () => {
  it('keeps the month for "the most since 2021" instead of reading a running total', () => {
    expect(tuples("The country shipped out 120,550 tons of refined copper in September, the most since 2021.", '2026-10-20')).toEqual([
      ['2026-09', '2026-09', 120550, 'tonnes', null],
    ]);
  });

  it('does not carry the year of "the monthly record set in 2023" to the next sentence', () => {
    const text = 'Brazil exported 14.2 million tonnes of soybeans in May, just short of the monthly record set in 2023. Corn exports were 1.1 million tonnes.';
    expect(tuples(text, '2026-06-02')).toEqual([
      ['2026-05', '2026-05', 14200000, 'tonnes', null],
      ['2026-05', '2026-05', 1100000, 'tonnes', null],
    ]);
  });
});

const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.partner, r.flow]);

describe('which way commodity shipments go', () => {
  it('moves bare "shipments" in, in a story that has named only imports', () => {
    const text = "China's imports of nickel ore rose to a record in October. Shipments climbed 9.2% from a year earlier to 6.1 million tons.";
    expect(flows(text)).toEqual([[6100000, 'World', 'import']]);
  });

  it('keeps bare "shipments" exports once the story has named exports', () => {
    const text = 'Exports rose 4.7% to $31.9 billion in October and imports fell 1.2% to $24.9 billion. Coffee shipments reached 310,000 tonnes in the month.';
    expect(flows(text).at(-1)).toEqual([310000, 'World', 'export']);
  });

  it('reads "arrivals" and "supplies from" as imports, and "the largest crude oil supplier" as where imports come from', () => {
    const text = "Russia remained China's largest crude oil supplier in October, with shipments rising 8.1% from a year earlier. Arrivals from Russia totalled 9.76 million tons. Supplies from Saudi Arabia fell 5.6% from a year earlier to 7.02 million tons.";
    expect(flows(text)).toEqual([
      [9760000, 'Russia', 'import'],
      [7020000, 'Saudi Arabia', 'import'],
    ]);
  });

  it('reads "Brazil, the top supplier, shipped X to China" in a story on China as China\'s import from Brazil', () => {
    const text = "China's beef imports reached 245,000 tonnes in September. Brazil, the top supplier, shipped 112,000 tonnes of beef to China last month.";
    expect(flows(text, '2026-10-20')).toEqual([
      [245000, 'World', 'import'],
      [112000, 'Brazil', 'import'],
    ]);
  });
});

describe('quotas are limits, not trade', () => {
  it('drops a production or export quota but keeps the shipments beside it', () => {
    expect(tuples("Urea exports rose to 1.12mn t in October. Beijing has granted export quotas totalling around 4mn t for 2026, and Indonesia set a production quota of 735 million tonnes.")).toEqual([
      ['2026-10', '2026-10', 1120000, 'tonnes', null],
    ]);
  });
});

describe("a news agency's own country", () => {
  it('reads a MONTSAME story as Mongolia\'s statistics, not its capital\'s', () => {
    const text =
      'Ulaanbaatar, November 12 (MONTSAME). In the first ten months of 2026, Mongolia exported 71.3 million tons of coal, the National Statistics Office reported. ' +
      'Copper concentrate exports were 1.21 million tons. Most of the coal was transported to China through the Gashuunsukhait and Zamiin-Uud border ports.';
    expect(rowsOf(text, '2026-11-12').map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [71300000, 'Mongolia', 'World', 'export'],
      [1210000, 'Mongolia', 'World', 'export'],
    ]);
  });
});

describe('a year-on-year change past "but", after a comparison with another period', () => {
  it('belongs to the level when the clause before compared it with last month\'s level', () => {
    expect(tuples('China imported 27.4 million tonnes of coal in October, down from 29.9 million tonnes in September but up 5.6% from 25.9 million tonnes a year earlier.')).toEqual([
      ['2026-10', '2026-10', 27400000, 'tonnes', 5.6],
      ['2026-09', '2026-09', 29900000, 'tonnes', null],
      ['2025-10', '2025-10', 25900000, 'tonnes', null],
    ]);
    expect(tuples("The country's copper concentrate arrivals climbed to 2.31 million tonnes in October from 2.05 million tonnes in September, customs figures showed, but were still 4% lower than a year before.")).toEqual([
      ['2026-10', '2026-10', 2310000, 'tonnes', -4],
      ['2026-09', '2026-09', 2050000, 'tonnes', null],
    ]);
  });
  it('leaves a change right after the base, with no "but", to that comparison', () => {
    expect(tuples('China imported 2.31 million tonnes of copper concentrate in October, up from 2.05 million tonnes in September, a rise of 12.7%.').map((t) => t[4])).toEqual([null, null]);
  });
});

describe('"on month" is month on month', () => {
  it('keeps "fell 3.2% on month" off the year-on-year change, which "rose 6.1% on year" gives', () => {
    expect(tuples('China shipped 8.75 million tonnes of steel products abroad in October, down 3.2% on month but up 6.1% on year.')).toEqual([
      ['2026-10', '2026-10', 8750000, 'tonnes', 6.1],
    ]);
    expect(tuples('Aluminium exports reached 512,000 tonnes in October, up 2.4% on the month.')).toEqual([['2026-10', '2026-10', 512000, 'tonnes', null]]);
  });
});

describe('an absolute change told with a participle', () => {
  it('reads "falling by 0.38 million tonnes or 3.9%" as the size of a change, not a level of its own', () => {
    expect(tuples('China exported 9.37 million tonnes of steel products in May, falling by 0.38 million tonnes or 3.9% on month but rising 7.2% on year.', '2026-06-09')).toEqual([
      ['2026-05', '2026-05', 9370000, 'tonnes', 7.2],
    ]);
    expect(tuples('Soybean arrivals reached 11.8 million tonnes in June, rising 1.1 million tonnes from a year earlier.', '2026-07-14').map((t) => t[2])).toEqual([11800000]);
  });
});

describe('a value named after a comma, past the growth', () => {
  it('leaves the growth with the quantity before it: "..., up 4.8% from a year earlier, worth $640 million"', () => {
    expect(tuples('China imported 182,000 tonnes of pork in August, up 4.8% from a year earlier, worth $640 million.', '2026-09-18')).toEqual([
      ['2026-08', '2026-08', 182000, 'tonnes', 4.8],
      ['2026-08', '2026-08', 640000000, 'USD', null],
    ]);
  });
});
