/**
 * Fixing round for b278 releases 01-07, transfer test 13 (a174): each cause read as a frame of the language, in five
 * phrasings of our own from different sentence frames, and two near misses that must not trigger. Texts are our own,
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growths = (rows: ObservationDraft[]) => rows.filter((r) => r.value === null).map((r) => r.yoy_pct);

describe('a sentence opened by a counted span a year before (comparisons.ts OPENING_YEAR_BEFORE)', () => {
  const lead = 'CHENGDU, Sept. 20 -- The province traded goods worth 632.5 billion yuan in January-August 2023. ';
  const earlier = (text: string, value: number) => row(releaseRows(lead + text, '2023-09-20'), value);
  it('reads "In the same eight months a year before, ..."', () => {
    expect(earlier("In the same eight months a year before, the province's trade had reached 683.1 billion yuan.", 683.1e9)).toMatchObject({ period_start: '2022-01', period_end: '2022-08' });
  });
  it('reads "During the corresponding 8 months of the previous year" with a pronoun subject', () => {
    expect(earlier('During the corresponding 8 months of the previous year, it had come to 690 billion yuan.', 690e9)).toMatchObject({ period_start: '2022-01', period_end: '2022-08' });
  });
  it('reads "Over the comparable eight months last year" with exports as subject', () => {
    expect(earlier('Over the comparable eight months last year, exports stood at 402 billion yuan.', 402e9)).toMatchObject({ period_start: '2022-01', period_end: '2022-08' });
  });
  it('reads "For the same two quarters a year earlier" in a half-year release', () => {
    const rows = releaseRows('HOHHOT, July 12 -- The region imported 9.9 million tonnes of coal in the first half of 2024. For the same two quarters a year earlier, imports had totalled 8.7 million tonnes.', '2024-07-12');
    expect(row(rows, 8.7e6)).toMatchObject({ period_start: '2023-01', period_end: '2023-06' });
  });
  it('reads "In the similar 11 months of last year" with a noun subject', () => {
    const rows = releaseRows('BEIJING, Dec. 8 -- China exported 24.47 trillion yuan of goods in January-November 2025. In the similar 11 months of last year, the surplus had amounted to 6.8 trillion yuan.', '2025-12-08');
    expect(row(rows, 6.8e12)).toMatchObject({ period_start: '2024-01', period_end: '2024-11' });
  });
  it('keeps the own period when the counted months are not the year before (near miss)', () => {
    expect(earlier("In the same eight months, the province's trade with ASEAN reached 120 billion yuan.", 120e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-08' });
  });
  it('keeps "In the first eight months" as the own period (near miss)', () => {
    expect(earlier("In the first eight months, the province's exports reached 391.2 billion yuan.", 391.2e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-08' });
  });
});

describe('a sentence opened by its growth on a same-period base whose year is read as a period (pairing.ts OPENING_GROWTH_BASE)', () => {
  const level = (text: string, published: string, value: number) => releaseRows(text, published).filter((r) => r.value === value || r.value === null).map(levelTuple);
  it('reads "Up 3.4 percent on the same period of last year, ... amounted to"', () => {
    expect(level("BEIJING, Dec. 8 -- Up 3.4 percent on the same period of last year, China's goods trade amounted to 41.21 trillion yuan in January-November.", '2025-12-08', 41.21e12)).toEqual([['2025-01', '2025-11', 41.21e12, 'CNY', 3.4]]);
  });
  it('reads "Falling 2.2 percent against the comparable eleven months of 2024, ... came to"', () => {
    expect(level("BEIJING, Dec. 8 -- Falling 2.2 percent against the comparable eleven months of 2024, the country's imports came to 16.1 trillion yuan in January-November.", '2025-12-08', 16.1e12)).toEqual([['2025-01', '2025-11', 16.1e12, 'CNY', -2.2]]);
  });
  it('reads "Down 4 percent from the corresponding quarter of last year, ... stood at"', () => {
    expect(level('HANOI, April 2 -- Down 4 percent from the corresponding quarter of last year, Vietnam\'s exports to the EU stood at 11.3 billion dollars in the first quarter of 2025.', '2025-04-02', 11.3e9)).toEqual([['2025-01', '2025-03', 11.3e9, 'USD', -4]]);
  });
  it('reads "Rising 7.5% over the same half of 2024, ... reached"', () => {
    expect(level("SEOUL, July 1 -- Rising 7.5% over the same half of 2024, Korea's chip exports reached $72.4 billion in the first half of 2025.", '2025-07-01', 72.4e9)).toEqual([['2025-01', '2025-06', 72.4e9, 'USD', 7.5]]);
  });
  it('reads "Climbing 5.5 percent from the same period of the previous year, ... came to"', () => {
    expect(level('HANOI, Oct. 3 -- Climbing 5.5 percent from the same period of the previous year, Vietnam\'s rice exports came to 4.2 million tonnes in January-September 2025.', '2025-10-03', 4.2e6)).toEqual([['2025-01', '2025-09', 4.2e6, 'tonnes', 5.5]]);
  });
  it('does not give a growth opening another clause to the level of a "while" clause (near miss)', () => {
    const rows = releaseRows("BEIJING, Dec. 8 -- Up 3.4 percent on the same period of last year, exports grew while imports came to 16.7 trillion yuan in January-November.", '2025-12-08');
    expect(row(rows, 16.7e12)?.yoy_pct).not.toBe(3.4);
  });
  it('does not read a growth opening a sentence with no level after it as one (near miss)', () => {
    const rows = releaseRows("BEIJING, Dec. 8 -- China's goods trade amounted to 41.21 trillion yuan in January-November. Up 3.4 percent on the same period of last year, exports led the gain.", '2025-12-08');
    expect(row(rows, 41.21e12)?.yoy_pct).toBeNull();
  });
});

describe('"the same month" after a change against the month just before, named without a year (period-choice.ts, read-figures.ts settleBases)', () => {
  const iron = 'BEIJING, Sept 9 -- China imported 94.8 million tonnes of iron ore in August, up 6.2% from July. ';
  const gacc = "BEIJING, Dec. 8 -- In November alone, exports rose 5.9 percent to 2.35 trillion yuan. Compared with October, November's exports were 4.4 percent higher. ";
  it('drops "Coal arrivals rose 4.5% over the same period, to ..." as month-on-month', () => {
    expect(row(releaseRows(`${iron}Coal arrivals rose 4.5% over the same period, to 32.6 million tonnes.`, '2019-09-09'), 32.6e6)?.yoy_pct).toBeNull();
  });
  it('drops "Imports gained 2.1 percent in the same month"', () => {
    expect(growths(releaseRows(`${gacc}Imports gained 2.1 percent in the same month.`, '2025-12-08'))).toEqual([]);
  });
  it('drops "In the same month, re-exports slipped 0.8 percent"', () => {
    expect(growths(releaseRows(`${gacc}In the same month, re-exports slipped 0.8 percent.`, '2025-12-08'))).toEqual([]);
  });
  it('drops "during the same period" after a change "from July"', () => {
    expect(growths(releaseRows(`${iron}Soybean purchases climbed 9 percent during the same period.`, '2019-09-09'))).toEqual([]);
  });
  it('drops "for the same month" with a level after "against March"', () => {
    const rows = releaseRows('HANOI, May 6 -- Exports reached 31.2 billion dollars in April, 3.1 percent more than against March. Imports edged up 1.2 percent for the same month to 30.4 billion dollars.', '2025-05-06');
    expect(row(rows, 30.4e9)?.yoy_pct).toBeNull();
  });
  it('keeps "the same month of 2018" year-on-year (near miss)', () => {
    expect(row(releaseRows(`${iron}Coal arrivals rose 4.5% over the same month of 2018, to 32.6 million tonnes.`, '2019-09-09'), 32.6e6)?.yoy_pct).toBe(4.5);
  });
  it('keeps "the same period" year-on-year in a new paragraph (near miss)', () => {
    expect(growths(releaseRows(`${gacc}\n\nImports gained 2.1 percent in the same month.`, '2025-12-08'))).toEqual([2.1]);
  });
});

describe('goods named before arrivals, purchases, deliveries, supplies and cargoes (subjects.ts NOUN_FLOW)', () => {
  const lead = 'BEIJING, Sept 9 -- China imported 94.8 million tonnes of iron ore in August. ';
  const goods = (text: string, value: number) => row(releaseRows(lead + text, '2019-09-09'), value)?.commodity;
  it('reads "Coal arrivals rose 4.5% to ..."', () => {
    expect(goods('Coal arrivals rose 4.5% to 32.6 million tonnes.', 32.6e6)).toBe('coal');
  });
  it('reads "soybean purchases came to ..."', () => {
    expect(goods('Its soybean purchases came to 9.4 million tonnes.', 9.4e6)).toMatch(/^soybean/);
  });
  it('reads "crude deliveries from Russia totalled ..."', () => {
    expect(goods('Crude deliveries from Russia totalled 8.1 million tonnes.', 8.1e6)).toMatch(/^crude/);
  });
  it('reads "LNG supplies reached ..." after a comma clause', () => {
    expect(goods('Meanwhile, LNG supplies reached 5.2 million tonnes.', 5.2e6)).toBe('LNG');
  });
  it('reads "copper concentrate cargoes amounted to ..."', () => {
    expect(goods('Copper concentrate cargoes amounted to 2.3 million tonnes.', 2.3e6)).toBe('copper concentrate');
  });
  it('does not take "Tourist arrivals" as goods of a trade level (near miss)', () => {
    expect(goods('Imports of soybeans reached 9.4 million tonnes as tourist arrivals rose.', 9.4e6)).toBe('soybeans');
  });
  it('does not take "Total arrivals" as goods (near miss)', () => {
    expect(goods('Total arrivals reached 120 million tonnes.', 120e6)).not.toBe('Total');
  });
});

describe('a growth whose subject names part of the goods before points back at them (follow-up-growth.ts namesPartOf)', () => {
  const lead = 'BEIJING, Sept 9 -- China imported 94.8 million tonnes of iron ore in August. Coal arrivals came to 32.6 million tonnes. ';
  const ore = (text: string) => levelTuple(row(releaseRows(lead + text, '2019-09-09'), 94.8e6)!);
  it('reads "On a yearly basis, ore imports were 0.6% higher."', () => {
    expect(ore('On a yearly basis, ore imports were 0.6% higher.')).toEqual(['2019-08', '2019-08', 94.8e6, 'tonnes', 0.6]);
  });
  it('reads "Ore arrivals were up 2.1% from a year earlier."', () => {
    expect(ore('Ore arrivals were up 2.1% from a year earlier.')).toEqual(['2019-08', '2019-08', 94.8e6, 'tonnes', 2.1]);
  });
  it('reads "Compared with August 2018, ore shipments were down 3 percent."', () => {
    expect(ore('Compared with August 2018, ore shipments were down 3 percent.')).toEqual(['2019-08', '2019-08', 94.8e6, 'tonnes', -3]);
  });
  it('reads "Iron purchases rose 1.4 percent year on year." by the first word of the goods', () => {
    expect(ore('Iron purchases rose 1.4 percent year on year.')).toEqual(['2019-08', '2019-08', 94.8e6, 'tonnes', 1.4]);
  });
  it('reads copper for copper concentrate: "In annual terms, copper imports grew 8%."', () => {
    const rows = releaseRows('BEIJING, Sept 9 -- China imported 2.5 million tonnes of copper concentrate in August. In annual terms, copper imports grew 8%.', '2019-09-09');
    expect(levelTuple(row(rows, 2.5e6)!)).toEqual(['2019-08', '2019-08', 2.5e6, 'tonnes', 8]);
  });
  it('does not give a growth of other goods to the level (near miss)', () => {
    expect(ore('On a yearly basis, steel imports were 0.6% higher.')[4]).toBeNull();
  });
  it('does not give a growth of the nearer level\'s goods to the ore (near miss)', () => {
    expect(ore('On a yearly basis, coal imports were 0.6% higher.')[4]).toBeNull();
  });
});

describe('a multiplying verb before its reason clause (fraction-changes.ts MULTIPLE_ALONE)', () => {
  const lead = "BEIJING, Dec. 8 -- China's exports were 24.47 trillion yuan in January-November. ";
  const change = (text: string) => growths(releaseRows(lead + text, '2025-12-08'));
  it('reads "halved as buyers turned to ..."', () => {
    expect(change('Soybean purchases from the United States halved as buyers turned to South America.')).toEqual([-50]);
  });
  it('reads "doubled because of ..."', () => {
    expect(change('Exports of electric buses doubled because of new orders from Chile.')).toEqual([100]);
  });
  it('reads "tripled amid ..."', () => {
    expect(change('Shipments of solar panels to Pakistan tripled amid a power crunch there.')).toEqual([200]);
  });
  it('reads "have halved after ..."', () => {
    expect(change('Imports of Australian barley have halved after the tariff dispute.')).toEqual([-50]);
  });
  it('reads "doubled, driven by" and "quadrupled thanks to"', () => {
    expect(change('Exports of drones doubled driven by farm demand, and lithium imports quadrupled thanks to new smelters.')).toEqual([100, 300]);
  });
  it('does not read "doubled as a transit hub" (near miss)', () => {
    expect(change('Its bonded warehouse doubled as a transit hub for exports.')).toEqual([]);
  });
  it('does not read "nearly halved as ..." (near miss)', () => {
    expect(change('Soybean purchases from the United States nearly halved as buyers turned to Brazil.')).toEqual([]);
  });
});

describe('a measure moved by a verb, its object pointing back or its amount hedged (reported-figures.ts TRANSITIVE_DELTA_BEFORE)', () => {
  const lead = 'BEIJING, Dec. 8 -- The trade surplus widened to 7.73 trillion yuan in January-November. ';
  const values = (text: string) => releaseRows(lead + text, '2025-12-08').map((r) => r.value);
  it('drops "lifted it by roughly 930 billion yuan"', () => {
    expect(values('Brisk sales of ships lifted it by roughly 930 billion yuan.')).toEqual([7.73e12]);
  });
  it('drops "narrowed it by around 40 billion yuan"', () => {
    expect(values('Dearer oil narrowed it by around 40 billion yuan.')).toEqual([7.73e12]);
  });
  it('drops "trimmed the figure by about 12 billion yuan"', () => {
    expect(values('A weaker yuan trimmed the figure by about 12 billion yuan.')).toEqual([7.73e12]);
  });
  it('drops "widened the total by close to 300 billion yuan"', () => {
    expect(values('Chip sales widened the total by close to 300 billion yuan.')).toEqual([7.73e12]);
  });
  it('drops "boosting this by more than 100 billion yuan"', () => {
    expect(values('Car exports kept climbing, boosting this by more than 100 billion yuan.')).toEqual([7.73e12]);
  });
  it('keeps "lifted it to 7.9 trillion yuan" as a level (near miss)', () => {
    expect(values('Sales of ships lifted it to 7.9 trillion yuan in December.')).toContain(7.9e12);
  });
  it('keeps an amount after "by" with no verb of moving (near miss)', () => {
    expect(values('Exports by sea were roughly 930 billion yuan.')).toContain(930e9);
  });
});

describe('a part of a whole named by its flow, then a partner and a verb of portion (geography.ts PART_OF_WHOLE_OPENING)', () => {
  const lead = 'CHENGDU, Sept. 20 -- Sichuan\'s exports were 391.2 billion yuan in January-August 2023. ';
  const part = (text: string, value: number) => {
    const r = row(releaseRows(lead + text, '2023-09-20'), value);
    return r && [r.area, r.partner];
  };
  it('reads "Of the province\'s exports, Hong Kong took ..."', () => {
    expect(part("Of the province's exports, Hong Kong took 22.6 billion yuan.", 22.6e9)).toEqual(['Sichuan', 'Hong Kong']);
  });
  it('reads "Among its imports, Taiwan supplied ..."', () => {
    expect(part('Among its imports, Taiwan supplied 18.4 billion yuan.', 18.4e9)).toEqual(['Sichuan', 'Taiwan']);
  });
  it('reads "Within the province\'s total trade, Hong Kong contributed ..."', () => {
    expect(part("Within the province's total trade, Hong Kong contributed 61 billion yuan.", 61e9)).toEqual(['Sichuan', 'Hong Kong']);
  });
  it('reads "Of those shipments, Taiwan accounted for ..."', () => {
    expect(part('Of those shipments, Taiwan accounted for 9.8 billion yuan.', 9.8e9)).toEqual(['Sichuan', 'Taiwan']);
  });
  it('reads "Of Sichuan\'s re-exports, Macao took ..."', () => {
    expect(part("Of Sichuan's re-exports, Macao took 12.5 billion yuan.", 12.5e9)).toEqual(['Sichuan', 'Macao']);
  });
  it('keeps a place whose own exports are counted after "Of the ..." with no verb of portion (near miss)', () => {
    expect(part("Of the province's cities, Chengdu exported 300 billion yuan.", 300e9)?.[1]).not.toBe('Chengdu');
  });
  it('does not make a partner of a place that is the whole (near miss)', () => {
    expect(part("Of the province's exports, electronics took 180 billion yuan.", 180e9)).toEqual(['Sichuan', 'World']);
  });
});

describe('a noun of change of a fraction after a level (sentence-rows.ts WORD_CHANGE_AFTER)', () => {
  const lead = 'HULUNBUIR, July 12 -- ';
  const yoy = (text: string, value: number) => row(releaseRows(lead + text, '2024-07-12'), value)?.yoy_pct;
  it('reads "..., a rise of two thirds year on year"', () => {
    expect(yoy('In the first half of 2024, 1.74 million tonnes of goods exited the country through the port, a rise of two thirds year on year.', 1.74e6)).toBe(66.7);
  });
  it('reads "..., an increase of a quarter on the year"', () => {
    expect(yoy('Exports through the port reached 2.5 million tonnes in the first half of 2024, an increase of a quarter on the year.', 2.5e6)).toBe(25);
  });
  it('reads "..., a drop of a third from a year earlier"', () => {
    expect(yoy('Timber imports came to 3.1 million tonnes in the first half of 2024, a drop of a third from a year earlier.', 3.1e6)).toBe(-33.3);
  });
  it('reads "..., a decline of half compared with the same period of 2023"', () => {
    expect(yoy('Coal arrivals were 0.9 million tonnes in the first half of 2024, a decline of half compared with the same period of 2023.', 0.9e6)).toBe(-50);
  });
  it('reads "..., growth of one fifth y/y"', () => {
    expect(yoy('Fruit exports totalled 45,000 tonnes in the first half of 2024, growth of one fifth y/y.', 45000)).toBe(20);
  });
  it('does not read "a rise of two thirds" against the month before (near miss)', () => {
    expect(yoy('Exports through the port reached 2.5 million tonnes in June 2024, a rise of two thirds from May.', 2.5e6)).toBeNull();
  });
  it('does not read "a share of a third" as a change (near miss)', () => {
    expect(yoy('Exports through the port reached 2.5 million tonnes in the first half of 2024, a share of a third of the total.', 2.5e6)).toBeNull();
  });
});

describe('goods that left or exited the country went out (subjects.ts, the export group)', () => {
  const lead = 'HULUNBUIR, July 12 -- Goods passing through the Manzhouli land port totalled 9.86 million tonnes in the first half of 2024. ';
  const flow = (text: string, value: number) => row(releaseRows(lead + text, '2024-07-12'), value)?.flow;
  it('reads "while 1.74 million tonnes of goods exited the country through the port"', () => {
    expect(flow('Cargo arriving from Russia came to 8.12 million tonnes, while 1.74 million tonnes of goods exited the country through the port.', 1.74e6)).toBe('export');
  });
  it('reads "Some 1.2 million tonnes of cargo exited China"', () => {
    expect(flow('Some 1.2 million tonnes of cargo exited China by rail.', 1.2e6)).toBe('export');
  });
  it('reads "Cars worth 3.1 billion yuan left the nation"', () => {
    expect(flow('Cars worth 3.1 billion yuan left the nation through the crossing.', 3.1e9)).toBe('export');
  });
  it('reads "1.6 million tonnes of fruit left the mainland"', () => {
    expect(flow('In the half year, 1.6 million tonnes of fruit left the mainland through the crossing.', 1.6e6)).toBe('export');
  });
  it('reads "Freight that exits the mainland here reached ..."', () => {
    expect(flow('The freight that exits the mainland here reached 1.9 million tonnes.', 1.9e6)).toBe('export');
  });
  it('keeps goods that entered the country as imports (near miss)', () => {
    expect(flow('Some 8.1 million tonnes of cargo entered the country through the port.', 8.1e6)).toBe('import');
  });
  it('reads "entered or exited the country" as both ways (near miss)', () => {
    expect(flow('Some 4.4 million tonnes of goods entered or exited the country by road.', 4.4e6)).toBe('total');
  });
});

describe('runs named first, then their way by a verb of travel and a route (quantities.ts RUNS_HEADING_OPENING, subjects.ts COMPASS_TRAVEL_END)', () => {
  const lead = 'HEFEI, Oct. 9 -- Freight trains leaving or arriving in Hefei on China-Europe routes ran 622 times in the first nine months of 2022. ';
  const run = (text: string, value: number) => {
    const r = row(releaseRows(lead + text, '2022-10-09'), value);
    return r && [r.unit, r.flow];
  };
  it('reads "Services heading west out of the city numbered 458"', () => {
    expect(run('Services heading west out of the city numbered 458.', 458)).toEqual(['trains', 'export']);
  });
  it('reads "Services going eastward via Erenhot totalled 164"', () => {
    expect(run('Services going eastward via Erenhot totalled 164.', 164)).toEqual(['trains', 'import']);
  });
  it('reads "Runs going west through Alashankou came to 301"', () => {
    expect(run('Runs going west through Alashankou came to 301.', 301)?.[0]).toBe('trains');
  });
  it('reads "Journeys travelling east on the return leg were 150"', () => {
    expect(run('Journeys travelling east on the return leg were 150.', 150)).toEqual(['trains', 'import']);
  });
  it('reads "Trips moving westwards out of Hefei reached 420"', () => {
    expect(run('Trips moving westwards out of Hefei reached 420.', 420)).toEqual(['trains', 'export']);
  });
  it('keeps a far end after "to" for the rule of where trains went (near miss)', () => {
    const rows = releaseRows('MINSK, Dec. 10 -- The Great Stone industrial park handled 1,146 trains in January-November 2026. Trains heading east to China totaled 402.', '2026-12-10');
    expect(row(rows, 402)?.flow).toBe('export');
  });
  it('does not read cars heading west as runs (near miss)', () => {
    expect(run('Cars heading west out of the city numbered 458.', 458)?.[0]).not.toBe('trains');
  });
});
