/**
 * Rules of issue 9, part cy: the misses of blind batch 78 (single commodities in the trade press, second round)
 * and the same phenomena elsewhere, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const placed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.partner, r.flow]);

describe('gas and timber volumes as the trade press abbreviates them', () => {
  it('reads "Bcm" with a capital B as billion cubic metres, as "bcm" is', () => {
    const text = 'Pipeline gas deliveries to China through the eastern route came to 3.9 Bcm in September, Chinese customs data showed.';
    expect(tuples(text, '2026-10-22')).toEqual([['2026-09', '2026-09', 3_900_000_000, 'cubic meters', null]]);
  });

  it('reads cubic metres written "m³" after a glued or spelled scale', () => {
    const text = 'Softwood log imports into China slipped to 1.87mn m³ in August, down by 9.2pc on the year, while sawn timber imports were 2.06 million m³.';
    expect(tuples(text, '2026-09-25')).toEqual([
      ['2026-08', '2026-08', 1_870_000, 'cubic meters', -9.2],
      ['2026-08', '2026-08', 2_060_000, 'cubic meters', null],
    ]);
  });
});

describe('a crop is no trade', () => {
  it('reads no row from a harvest or crop size named beside imports', () => {
    const text = 'Sugar imports into China reached 3.46 million tonnes in January-September, up 11.2 percent. Traders said a poor Guangxi cane crop of around 9.8 million tonnes, and a beet harvest of 1.1 million tonnes in the north, kept mills buying abroad.';
    expect(tuples(text, '2026-10-25')).toEqual([['2026-01', '2026-09', 3_460_000, 'tonnes', 11.2]]);
  });

  it('still reads a figure dated by a crop year', () => {
    const text = 'Australia shipped 4.3 million tonnes of barley to China in the 2025/26 crop year, ABARES said. In September alone barley exports reached 512,000 tonnes.';
    expect(tuples(text, '2026-10-25').map((t) => t[2])).toEqual([4_300_000, 512_000]);
  });
});

describe('a running value of money, as a running total', () => {
  it('dates "the nine-month value" January to September and keeps the change with the month before it', () => {
    const text = 'Exports of wind turbines were worth $1.12 billion in September, up 24.5% year on year, taking the nine-month value to $8.37 billion.';
    expect(tuples(text, '2026-10-21')).toEqual([
      ['2026-09', '2026-09', 1_120_000_000, 'USD', 24.5],
      ['2026-01', '2026-09', 8_370_000_000, 'USD', null],
    ]);
  });

  it('dates a share "of the eight-month import bill" January to August', () => {
    const text = 'China spent $18.6 billion on imported beef and pork in January-August. Brazil accounted for 41.2% of the eight-month import bill.';
    expect(tuples(text, '2026-09-20')).toEqual([
      ['2026-01', '2026-08', 18_600_000_000, 'USD', null],
      ['2026-01', '2026-08', 41.2, 'percent-share', null],
    ]);
  });
});

describe('one quantity in two units, the second in brackets', () => {
  it('gives the bracketed bales the change of the tonnes and the tonnes the change stated after the bracket', () => {
    const text = 'Pakistan imported 0.41 million tons of raw cotton (about 1.89 million bales) in July-September, an increase of 22.6 percent, the statistics bureau said.';
    expect(tuples(text, '2026-10-18')).toEqual([
      ['2026-07', '2026-09', 410_000, 'tonnes', 22.6],
      ['2026-07', '2026-09', 1_890_000, 'bales', 22.6],
    ]);
  });

  it('gives the bracketed billion cubic metres the change of the tonnes before them', () => {
    const text = 'Japan\'s LNG imports fell 4.2% year on year to 5.36 million mt (roughly 7.3 bcm) in August, the finance ministry said.';
    expect(tuples(text, '2026-09-18')).toEqual([
      ['2026-08', '2026-08', 5_360_000, 'tonnes', -4.2],
      ['2026-08', '2026-08', 7_300_000_000, 'cubic meters', -4.2],
    ]);
  });
});

describe('the grade of the goods is no percentage of trade', () => {
  it('reads no change from the iron content of a fines index named after a change', () => {
    const text = 'The ore import bill for September was $9.62 billion, up 3.4% year on year, while the 62% Brazilian fines index averaged $98.7/dmt.';
    expect(tuples(text, '2026-10-20')).toEqual([['2026-09', '2026-09', 9_620_000_000, 'USD', 3.4]]);
  });

  it('reads no change from "the 62% fines index" down to a price after the change', () => {
    const text = "China's iron ore imports were 101.3 million tonnes in September, up 4.1% from a year ago, with the 62% fines index down to $96/dmt.";
    expect(tuples(text, '2026-10-24')).toEqual([['2026-09', '2026-09', 101_300_000, 'tonnes', 4.1]]);
  });
});

describe('a capital standing for its government in a clause on policy', () => {
  it('keeps the area of urea exports China when "Beijing had all but halted" them a year before', () => {
    const text = "China's urea exports slowed in September. Urea exports over January-September came to 2.71mn t, up by 1.8 times from the same period of 2025, when Beijing had all but halted shipments. The September export value was $98.4mn.";
    expect(placed(text, '2026-10-24')).toEqual([
      [2_710_000, 'tonnes', 'China', 'World', 'export'],
      [98_400_000, 'USD', 'China', 'World', 'export'],
    ]);
  });

  it('does so when "Beijing kept" a rein on buying before the amount', () => {
    const text = "China's corn imports slumped in September. Beijing kept a tight rein on purchases, and corn imports fell to 96,000 tonnes, down 68% on the year.";
    expect(placed(text, '2026-10-24')).toEqual([[96_000, 'tonnes', 'China', 'World', 'import']]);
  });
});

describe('when a project started producing dates the start, not the figures', () => {
  it('keeps the month for a supplier "where new mines ramped up this year"', () => {
    const text = 'China imported 412,000 tonnes of spodumene in September. Zimbabwe, where two new mines ramped up this year, supplied 121,500 tonnes.';
    expect(tuples(text, '2026-10-22')).toEqual([
      ['2026-09', '2026-09', 412_000, 'tonnes', null],
      ['2026-09', '2026-09', 121_500, 'tonnes', null],
    ]);
  });

  it('does so for "which came on stream in 2025"', () => {
    const text = 'Copper concentrate imports were 2.41 million tonnes in September. Shipments from Peru, whose largest new mine came on stream in 2025, reached 0.66 million tonnes.';
    expect(tuples(text, '2026-10-22')).toEqual([
      ['2026-09', '2026-09', 2_410_000, 'tonnes', null],
      ['2026-09', '2026-09', 660_000, 'tonnes', null],
    ]);
  });
});

describe("a country's shipments named by its adjective after a supplier named with \"from\"", () => {
  it('reads "Australian shipments" as imports from Australia in China\'s figures, and keeps the sentence\'s area', () => {
    const text = "China's iron ore imports rose in September. Cargoes from Brazil climbed 6.2% on the year to 23.4 million tonnes, while Australian shipments came to 61.8 million tonnes.";
    expect(placed(text, '2026-10-20')).toEqual([
      [23_400_000, 'tonnes', 'China', 'Brazil', 'import'],
      [61_800_000, 'tonnes', 'China', 'Australia', 'import'],
    ]);
  });

  it('leaves "Australian shipments" the area\'s own exports when no supplier was named with "from"', () => {
    const text = 'Australian shipments of thermal coal reached 17.2 million tonnes in September, the ABS said.';
    expect(placed(text, '2026-10-20')).toEqual([[17_200_000, 'tonnes', 'Australia', 'World', 'export']]);
  });
});

describe('goods "brought in" are imports', () => {
  it('reads tonnes a country brought in as its imports when a month-on-month change comes before the yearly one', () => {
    const text = 'India brought in 1.92 million tonnes of palm oil in August, 6.4% more than in July and 21.5% higher than a year earlier.';
    expect(placed(text, '2026-09-20')).toEqual([[1_920_000, 'tonnes', 'India', 'World', 'import']]);
    expect(tuples(text, '2026-09-20')).toEqual([['2026-08', '2026-08', 1_920_000, 'tonnes', 21.5]]);
  });

  it('keeps money that goods brought in an export', () => {
    const text = 'Coffee brought in $412 million for Uganda in September, up 18% on the year.';
    expect(placed(text, '2026-10-20')).toEqual([[412_000_000, 'USD', 'Uganda', 'World', 'export']]);
  });
});
