/**
 * Rules of issue 9, part s: the language of commodity and market wire stories found by blind batch 20
 * (fixtures b20-… in tests/corpus/press-release), in our own words: the American wire's "year through
 * September", year-on-year changes told after a month-on-month base, stockpiles and prices that are no
 * trade, and a second source's paragraph about another country.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const placed = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area, r.partner, r.flow]);

describe('"the year through September" is the year to date', () => {
  it('runs from January to the month named', () => {
    expect(tuples('For the year through August, the country shipped 61.2 million tons of coal, 4.4% fewer than a year before.', '2026-09-15')).toEqual([
      ['2026-01', '2026-08', 61200000, 'tonnes', -4.4],
    ]);
  });

  it('leaves "the year to August" twelve months long', () => {
    expect(tuples('Exports totalled 61.2 billion dollars in the year to August.', '2026-09-15')).toEqual([['2025-09', '2026-08', 61200000000, 'USD', null]]);
  });
});

describe('a percentage below or above a dated month compares with it', () => {
  it('keeps the figure in its own month and does not carry the base month on', () => {
    const text =
      'China imported 310,000 tons of barley in March. Sorghum arrivals were 95,000 tons, the smallest in five years and 62% below March 2025. ' +
      'Oat imports rose 8% to 21,000 tons.';
    expect(tuples(text, '2026-04-18')).toEqual([
      ['2026-03', '2026-03', 310000, 'tonnes', null],
      ['2026-03', '2026-03', 95000, 'tonnes', -62],
      ['2026-03', '2026-03', 21000, 'tonnes', 8],
    ]);
  });
});

describe('"the highest since July last year" dates nothing', () => {
  it('keeps the next sentence in the month of the figure', () => {
    const text = "China's tungsten exports rose to 812 tonnes in October, the highest since July last year. Imports were 95 tonnes, down 12% on the year.";
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 812, 'tonnes', null],
      ['2026-10', '2026-10', 95, 'tonnes', -12],
    ]);
  });
});

describe('a year-on-year change opening the next sentence points back to the level', () => {
  it('gives "Compared with a year earlier, shipments were up 2.3%" to the level before it', () => {
    const text =
      "China's antimony exports fell 6.4% in October from the previous month to 1,204 tonnes, customs data showed. Compared with a year earlier, shipments were up 2.3%. " +
      'Imports of the metal dropped 9% on the year to 310 tonnes.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 1204, 'tonnes', 2.3],
      ['2026-10', '2026-10', 310, 'tonnes', -9],
    ]);
  });

  it('leaves a sentence naming its own flow alone', () => {
    const text = "China's antimony exports were 1,204 tonnes in October. Compared with a year earlier, imports were up 2.3%.";
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 1204, 'tonnes', null],
      ['2026-10', '2026-10', null, '', 2.3],
    ]);
  });
});

describe('a year-on-year change after a month-on-month base goes with the level', () => {
  it('reads "though they were still 13.5% lower than in June 2025" as the level\'s change', () => {
    const text = 'Nickel ore imports rose to 4.96 million tonnes in June from 4.1 million tonnes in May, though they were still 13.5% lower than in June 2025. Exports fell 4% on the year to 20,000 tonnes.';
    expect(tuples(text, '2026-07-18')).toEqual([
      ['2026-06', '2026-06', 4960000, 'tonnes', -13.5],
      ['2026-05', '2026-05', 4100000, 'tonnes', null],
      ['2026-06', '2026-06', 20000, 'tonnes', -4],
    ]);
  });

  it('reads "up from X in April and 5.3% above the Y of May 2025" as the level\'s change, not month on month', () => {
    const text = 'The country imported 52.3 million tonnes of iron ore in May, up from 49.8 million tonnes in April and 5.3% above the 49.7 million tonnes of May 2025. Steel exports fell 3% on the year to 9.1 million tonnes.';
    expect(tuples(text, '2026-06-09')).toEqual([
      ['2026-05', '2026-05', 52300000, 'tonnes', 5.3],
      ['2026-04', '2026-04', 49800000, 'tonnes', null],
      ['2025-05', '2025-05', 49700000, 'tonnes', null],
      ['2026-05', '2026-05', 9100000, 'tonnes', -3],
    ]);
  });
});

describe('prices the metals desks quote are no trade figures', () => {
  it('drops a price per dry metric tonne and the lower end of a price range per tonne', () => {
    const text =
      'China imported 104.6 million tonnes of iron ore in October. The 62% fines index was assessed at $104.75/dmt CFR Qingdao, and the bonded zinc premium was $185-195 per tonne.';
    expect(tuples(text)).toEqual([['2026-10', '2026-10', 104600000, 'tonnes', null]]);
  });
});

describe('stocks, output, auctions and herds are no trade', () => {
  it('drops port stockpiles, inventories, domestic output and reserve auctions', () => {
    const text =
      "China's iron ore imports rose 3% on the year to 110.2 million tons in October. Stockpiles of the ore at Chinese ports climbed to about 148 million tons. " +
      'Potash inventories stood at 2.6 million tons at the end of October. Copper output rose 3.2% from a year earlier. ' +
      'The state stockpiler has auctioned about 2 million tons of reserve corn since March, and the ministry wants the sow herd cut to about 39 million head.';
    expect(tuples(text)).toEqual([['2026-10', '2026-10', 110200000, 'tonnes', 3]]);
  });

  it('drops "stockpiles of imported ore": the flow word names the stock\'s goods', () => {
    expect(tuples('Iron ore imports were 104.6 million tons in October. Port stockpiles of imported ore stood at 142.5 million tons.')).toEqual([['2026-10', '2026-10', 104600000, 'tonnes', null]]);
  });

  it('keeps imports of production equipment', () => {
    expect(tuples('Imports of production equipment rose 8% on the year to $3.1 billion in October.')).toEqual([['2026-10', '2026-10', 3100000000, 'USD', 8]]);
  });
});

describe('a place in a closing reason clause is scenery', () => {
  it('keeps the figure and the next sentence in the release country', () => {
    const text =
      "China's exports of gasoline fell 9% on the year to 1.1 million tonnes in May, as Beijing kept export quotas tight. " +
      'Imports of fuel oil were 1.6 million tonnes. Copper concentrate imports from Mongolia were 136,200 tonnes, down 22.8% on the year, as trucks queued at the Ganqimaodu crossing.';
    expect(placed(text, '2026-06-20')).toEqual([
      [1100000, 'China', 'World', 'export'],
      [1600000, 'China', 'World', 'import'],
      [136200, 'China', 'Mongolia', 'import'],
    ]);
  });
});

describe('"the country\'s" after another country\'s source points to that country', () => {
  it('gives a second source\'s paragraph its own country', () => {
    const text =
      "China's crude oil imports rose 4% on the year to 48.2 million tons in September, customs data showed. Saudi supplies were 7.1 million tons.\n\n" +
      "Elsewhere in Asia, Japan's trade ministry data showed the country's crude imports fell 3.5% y/y to 9.8 million tons in September.";
    expect(placed(text, '2026-10-20').map(([v, area, , flow]) => [v, area, flow])).toEqual([
      [48200000, 'China', 'import'],
      [7100000, 'China', 'import'],
      [9800000, 'Japan', 'import'],
    ]);
  });
});

describe('the first-half tally and bare shipments after an imports sentence', () => {
  it('reads "the first-half tally" as January to June', () => {
    expect(tuples('Outbound shipments of finished steel totaled 10.2 million tons in June, taking the first-half tally to 57.9 million tons, up 11% on year.', '2026-07-14')).toEqual([
      ['2026-06', '2026-06', 10200000, 'tonnes', null],
      ['2026-01', '2026-06', 57900000, 'tonnes', 11],
    ]);
  });

  it('keeps "That brought shipments ..." with the imports of the sentence before in its paragraph', () => {
    const text =
      'Steel exports held near a record in June, the data showed.\n\nImports fell 6.2% from a year earlier to 88.1 million tons in June. That brought shipments in the first half to 583.4 million tons, 1.7% lower than a year ago.';
    expect(placed(text, '2026-07-14').map(([v, , , flow]) => [v, flow])).toEqual([
      [88100000, 'import'],
      [583400000, 'import'],
    ]);
  });
});

describe('the metals desks\' spaced "t" and the other side of the trade', () => {
  it('reads "487,000 t" (a number grouped in thousands) as tonnes', () => {
    expect(tuples('In October, China imported 487,000 t of finished steel, down 13.7% on year.')).toEqual([['2026-10', '2026-10', 487000, 'tonnes', -13.7]]);
  });

  it('gives a sentence opening "On the Chinese side," to China', () => {
    const text =
      'Beef exports from Australia to China climbed to 24,860 tonnes in February, up 31pc on the same month last year.\n\n' +
      'On the Chinese side, customs data show total beef imports for January-February were 421,000t, down 6.8pc year-on-year.';
    expect(placed(text, '2026-03-20').map(([v, area, , flow]) => [v, area, flow])).toEqual([
      [24860, 'Australia', 'export'],
      [421000, 'China', 'import'],
    ]);
  });
});
