/**
 * Rules of issue 9, part ck: the misses of blind batch 68 (single commodities and goods categories) and the same
 * phenomena elsewhere, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const placed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.partner, r.flow]);

describe('a pula sign set off by a space', () => {
  it('reads "P 4.36 billion" in a Botswana release as pula, as the glued sign is', () => {
    const text = 'Statistics Botswana reported that exports for July 2026 amounted to P 4.36 billion, while imports were P 5.02 billion.';
    expect(placed(text, '2026-10-01')).toEqual([
      [4_360_000_000, 'BWP', 'Botswana', 'World', 'export'],
      [5_020_000_000, 'BWP', 'Botswana', 'World', 'import'],
    ]);
  });

  it('leaves a spaced capital P before a number with no scale unread as money', () => {
    const text = 'Statistics Botswana said exports of beef rose 12.4 percent to 3,410 tonnes in July 2026, with grade P 2 cuts in demand.';
    expect(tuples(text, '2026-10-01')).toEqual([['2026-07', '2026-07', 3410, 'tonnes', 12.4]]);
  });
});

describe('no change from the year before, said before the level', () => {
  it('gives "unchanged from a year earlier at" a year-on-year change of zero', () => {
    const text = 'Zinc concentrate imports in September were unchanged from a year earlier at 386,000 tonnes, customs data showed.';
    expect(tuples(text, '2026-10-20')).toEqual([['2026-09', '2026-09', 386_000, 'tonnes', 0]]);
  });

  it('does so for "flat on the year at" too', () => {
    const text = 'China\'s tin ore arrivals were flat on the year at 21,700 tonnes in August.';
    expect(tuples(text, '2026-09-20')).toEqual([['2026-08', '2026-08', 21_700, 'tonnes', 0]]);
  });
});

describe('one forecaster that "sees" an amount', () => {
  it('reads no row from "..., and sees full-year exports of about X" after an expectation', () => {
    const text = 'Argentina exported 3.12 million tons of corn in September, up 8.2%, the agriculture ministry said. The Rosario grains exchange expects October shipments of 2.9 million tons, and sees full-year exports of about 36 million tons.';
    expect(tuples(text, '2026-10-08')).toEqual([['2026-09', '2026-09', 3_120_000, 'tonnes', 8.2]]);
  });
});

describe('a year-on-year opening before the month\'s exports', () => {
  const text = 'Thailand\'s rubber exports in September fell 4.1 per cent to 318,000 tonnes from 331,600 tonnes in August. Year on year, September exports were 6.2 per cent higher.';

  it('gives the change to the month\'s export level of the sentence before, not a growth row of its own', () => {
    expect(tuples(text, '2026-10-25')).toEqual([
      ['2026-09', '2026-09', 318_000, 'tonnes', 6.2],
      ['2026-08', '2026-08', 331_600, 'tonnes', null],
    ]);
  });

  it('does not give a change of the month\'s imports to an export level', () => {
    const imports = 'Thailand\'s rubber exports in September fell 4.1 per cent to 318,000 tonnes from 331,600 tonnes in August. Year on year, September imports were 2.5 per cent lower.';
    const rows = releaseRows(imports, '2026-10-25');
    expect(rows.find((r) => r.value === 318_000)?.yoy_pct).toBeNull();
  });
});

describe('a headline growth that rounds a body level\'s growth', () => {
  it('is not handed to another level of the series that states no change of its own', () => {
    const text = [
      'Motorcycle exports climb 17% in September as e-bikes more than double',
      '',
      'China\'s motorbike exports reached 1.84 million units in September, up 16.8 percent year-on-year, an industry association said on Tuesday.',
      '',
      'Electric two-wheeler (E2W) exports more than doubled to 412,000 units in September.',
    ].join('\n');
    expect(tuples(text, '2026-10-14')).toEqual([
      ['2026-09', '2026-09', 1_840_000, 'vehicles', 16.8],
      ['2026-09', '2026-09', 412_000, 'vehicles', null],
    ]);
  });
});

describe('when figures were published, said beside them', () => {
  it('does not date the figures by the month they came out in', () => {
    const text = 'China took in 3.02 million tons of barley from Australia in September, customs data showed. Total barley arrivals for the month, released in preliminary figures earlier in October, were 4.11 million tons, 9.6% more than in September 2025.';
    expect(tuples(text, '2026-10-20')).toEqual([
      ['2026-09', '2026-09', 3_020_000, 'tonnes', null],
      ['2026-09', '2026-09', 4_110_000, 'tonnes', 9.6],
    ]);
  });
});

describe('the year goods were let into a market', () => {
  it('dates the access, not the amount beside it', () => {
    const text = 'China imported 86,400 tonnes of fresh mangosteens in the first seven months of 2026, up 6.1 percent. Laos, whose mangosteens were first admitted in 2023, supplied 4,200 tonnes.';
    expect(tuples(text, '2026-08-25')).toEqual([
      ['2026-01', '2026-07', 86_400, 'tonnes', 6.1],
      ['2026-01', '2026-07', 4_200, 'tonnes', null],
    ]);
  });
});

describe('a body named by a country\'s adjective', () => {
  it('reports that country\'s own trade in a story on another country\'s imports', () => {
    const text = 'China imported 96,300 tonnes of kiwifruit in the first half of 2026, up 4.2 percent, customs data showed. Italy shipped 412,000 tonnes of kiwifruit in the 2025-26 season, which ran from October to June, according to the Italian kiwifruit growers\' association.';
    const rows = releaseRows(text, '2026-07-22');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([
      [96_300, 'China', 'import'],
      [412_000, 'Italy', 'export'],
    ]);
  });

  it('reads the adjective of the body as the country ("the Peruvian exporters\' association")', () => {
    const text = 'China imported 41,200 tonnes of blueberries in the first ten months of 2026, customs data showed. Peru shipped 318,000 tonnes of blueberries in the 2025-26 season, which ran from July to June, according to the Peruvian blueberry exporters\' association.';
    expect(placed(text, '2026-11-20')[1]).toEqual([318_000, 'tonnes', 'Peru', 'World', 'export']);
  });
});

describe('a part of an amount going to a destination', () => {
  it('reads "with N percent of them going to X" as X\'s share', () => {
    const text = 'Ecuador\'s central bank said the country exported 1.21 million tonnes of shrimp in 2025, with 58.4 percent of them going to China.';
    expect(placed(text, '2026-02-10')).toEqual([
      [1_210_000, 'tonnes', 'Ecuador', 'World', 'export'],
      [58.4, 'percent-share', 'Ecuador', 'China', 'export'],
    ]);
  });
});

describe('a supplier\'s sales to the reporter, from the supplier\'s own customs', () => {
  const lead = 'China imported 12,400 tonnes of salmon in July, customs data showed.';

  it('are the supplier\'s exports, not a mirror of the reporter\'s imports', () => {
    const text = `${lead} Norway's salmon exports to China reached 9,800 tonnes in July, up 9.9%, according to Norwegian customs figures.`;
    expect(placed(text, '2026-08-20')[1]).toEqual([9_800, 'tonnes', 'Norway', 'China', 'export']);
  });

  it('stay the reporter\'s imports when the customs cited is the reporter\'s', () => {
    const text = `${lead} Norway's salmon exports to China reached 9,800 tonnes in July, up 9.9%, according to Chinese customs figures.`;
    expect(placed(text, '2026-08-20')[1]).toEqual([9_800, 'tonnes', 'China', 'Norway', 'import']);
  });
});

describe('an amount hedged as possible', () => {
  it('is no row ("possibly totalling")', () => {
    const text = 'China exported 612,000 tonnes of phosphate fertilizer in October, up 14.2%, customs data show. Traders expect Beijing to hand another round of export quotas to producers in Shandong, Hubei and Yunnan early next year, possibly totalling 800,000t.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-10', '2026-10', 612_000, 'tonnes', 14.2]]);
  });
});

describe('partners listed before amounts paired by "respectively"', () => {
  it('pair in order when the span the amounts cover closes the list', () => {
    const text = 'China imported 4.12 million tonnes of sorghum in January-September. Australia and Argentina supplied 2.31 million tonnes and 1.44 million tonnes over the period, respectively.';
    expect(releaseRows(text, '2026-10-20').map((r) => [r.value, r.partner])).toEqual([
      [4_120_000, 'World'],
      [2_310_000, 'Australia'],
      [1_440_000, 'Argentina'],
    ]);
  });
});
