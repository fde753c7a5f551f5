/**
 * Rules widened in the fixing round for b236 (land ports, their flows, trains, the port versus its city): each phenomenon
 * in several frames of our own, and near misses the rule must leave alone. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rowOf = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('a verb of sending with "abroad" a few words on reads past the thousands separators of its count', () => {
  const cases: Array<[string, string, number]> = [
    ['URUMQI, Nov. 14 -- The land port shipped 58,200 vehicles abroad in the first ten months, up 21.4 percent.', '2025-11-14', 58200],
    ['ASTANA, Nov. 14 -- Grain traders delivered 1,240,000 tonnes of wheat overseas in January-October, 8 percent more than a year earlier.', '2025-11-14', 1240000],
    ['HOHHOT, Nov. 14 -- The region sold 12,400 tonnes of tomatoes abroad through the Erenhot crossing in the first ten months.', '2025-11-14', 12400],
    ["NANNING, Nov. 14 -- Between January and October, the county's growers sold 3,150 tonnes overseas, down 2 percent.", '2025-11-14', 3150],
    ['HARBIN, Nov. 14 -- Over the ten months the mill supplied 48,600 tonnes of steel pipes abroad, a rise of 5 percent.', '2025-11-14', 48600],
  ];
  it.each(cases)('reads %s as an export', (text, published, value) => {
    expect(rowOf(releaseRows(text, published), value)?.flow).toBe('export');
  });
  it('does not read goods "shipped in ... from abroad" as an export (near miss)', () => {
    const rows = releaseRows('HARBIN, Nov. 14 -- The port shipped in 58,200 tonnes of timber from abroad in the first ten months.', '2025-11-14');
    expect(rowOf(rows, 58200)?.flow).not.toBe('export');
  });
  it('does not read past a comma that ends the clause to an "abroad" of a later one (near miss)', () => {
    const rows = releaseRows("HOHHOT, Nov. 14 -- The region's farms sold 12,400 tonnes of grain at home in the first ten months, against 3,000 tonnes a year earlier, as demand abroad fell.", '2025-11-14');
    expect(rowOf(rows, 12400)?.flow).not.toBe('export');
  });
});

describe('goods named before a verb of coming, with the place they came from, came in', () => {
  const cases: Array<[string, number]> = [
    ['BORTALA, Sept. 8 -- Crude oil arriving by pipeline from Kazakhstan came to 7.6 million tonnes in the first eight months, down 8.2 percent.', 7.6e6],
    ['ULAN BATOR, Sept. 8 -- In the first eight months, coal coming in by truck from Mongolia totalled 12.3 million tonnes.', 12.3e6],
    ['HARBIN, Sept. 8 -- Timber entering from Russia by rail reached 2.9 million tonnes in January-August, up 4 percent.', 2.9e6],
    ['NANNING, Sept. 8 -- Fruit that arrived by road from Vietnam was worth 1.4 billion yuan in the first eight months.', 1.4e9],
    ['HEIHE, Sept. 8 -- The customs office said soybeans coming from Russia along the new highway amounted to 310,000 tonnes in the eight months.', 310000],
  ];
  it.each(cases)('reads %s as an import', (text, value) => {
    expect(rowOf(releaseRows(text, '2020-09-08'), value)?.flow).toBe('import');
  });
  it('does not read where gains "came from" as goods coming in (near miss)', () => {
    const rows = releaseRows('BORTALA, Sept. 8 -- Exports rose 6 percent to 4.1 billion yuan in the first eight months; the largest gains came from Kazakhstan, up 38.1 percent.', '2020-09-08');
    expect(rowOf(rows, null, 38.1)?.flow).not.toBe('import');
  });
  it('does not read goods listed to describe a part of the total as coming in (near miss)', () => {
    const rows = releaseRows('SUIFENHE, Sept. 8 -- The port handled 31.6 million tonnes in the first eight months. The railway port accounted for 10.2 million tonnes of the total, mainly timber, coal and fertilizer coming from Russia.', '2020-09-08');
    expect(rowOf(rows, 10.2e6)?.flow).toBe('total');
  });
});

describe('an amount a direction makes up "of" the whole trade is that direction\'s part, and so is the detail that follows it', () => {
  const intro = 'HARBIN, May 13 -- The Suifenhe port handled 3.82 million tonnes of goods in January-April. ';
  const cases: Array<[string, number, number | null]> = [
    ["Imports from Russia made up 10.2 billion yuan of the port's trade.", 10.2e9, null],
    ["Exports accounted for some 4.1 billion yuan of the city's total trade in the period.", 4.1e9, null],
    ["Imports from Mongolia were 3.3 billion yuan of the crossing's trade in the period.", 3.3e9, null],
    ["Imports represented 7.7 billion yuan of the land port's two-way trade, with timber the largest item at 1.16 million tonnes.", 7.7e9, 1.16e6],
    ['Exports formed 2.2 billion yuan of all trade through the port, with machinery the leading product at 640 million yuan.', 2.2e9, 640e6],
  ];
  it.each(cases)('reads "%s" by its direction', (sentence, value, detail) => {
    const rows = releaseRows(intro + sentence, '2025-05-13');
    const flow = /^Imports/.test(sentence) ? 'import' : 'export';
    expect(rowOf(rows, value)?.flow).toBe(flow);
    if (detail !== null) expect(rowOf(rows, detail)?.flow).toBe(flow);
  });
  it('keeps an amount with no direction of its own as the whole trade (near miss)', () => {
    const rows = releaseRows(intro + "Trade with Russia made up 10.2 billion yuan of the port's total.", '2025-05-13');
    expect(rowOf(rows, 10.2e9)?.flow).toBe('total');
  });
  it('does not carry a direction into a detail clause when the whole has none before it (near miss)', () => {
    const rows = releaseRows(intro + "The road port made up 4.4 billion yuan of the port's trade, with timber the largest item at 1.16 million tonnes.", '2025-05-13');
    expect(rowOf(rows, 1.16e6)?.flow).toBe('total');
  });
});

describe('"trading" before a noun of time says when trade ran, no flow of the figure', () => {
  const cases: Array<[string, number]> = [
    ['ISLAMABAD: Imports from China through the pass reached $284.6 million during the April-November 2023 trading season, compared with $198 million in the same period of 2022, officials said.', 198e6],
    ['ISLAMABAD: Imports over the summer trading window rose to $88 million in June-August 2023, compared with $70 million in the same period of 2022.', 70e6],
    ['ISLAMABAD: Imports in the 2023 trading months of April to November were $130 million, against $110 million in the same period of 2022.', 110e6],
    ['ISLAMABAD: Imports from China, counted over the trading days of April-November 2023, came to $56 million, compared with $49 million in the same period of 2022.', 49e6],
    ['ISLAMABAD: Imports across the border in the April-November 2023 trading period stood at $75 million, compared with $62 million in the same period of 2022.', 62e6],
  ];
  it.each(cases)('reads the dated base of %s with the import it is compared with', (text, base) => {
    expect(rowOf(releaseRows(text, '2023-12-05'), base)?.flow).toBe('import');
  });
  it('still reads "trading with China" as two-way trade (near miss)', () => {
    const rows = releaseRows('ISLAMABAD: Trading with China through the pass reached $325.8 million in April-November 2023, up 31.9 percent.', '2023-12-05');
    expect(rowOf(rows, 325.8e6)?.flow).toBe('total');
  });
  it('still reads a "trading volume" as two-way trade (near miss)', () => {
    const rows = releaseRows('ISLAMABAD: The trading volume at the pass reached $325.8 million in April-November 2023, up 31.9 percent.', '2023-12-05');
    expect(rowOf(rows, 325.8e6)?.flow).toBe('total');
  });
});

describe('a border link named by the towns at its ends is the town\'s port, in a release that names the town as a city', () => {
  const cases: Array<[string, string, string]> = [
    ["Cargo carried across the highway bridge linking Heihe with Russia's Blagoveshchensk reached 1.28 million tonnes in 2023.", 'Heihe City', 'Heihe Port'],
    ['Freight on the rail line that joins Zamyn-Uud to Erenhot reached 1.28 million tonnes in 2023.', 'Erenhot City', 'Erenhot Port'],
    ['Goods trucked along the road between Pingxiang and Lang Son came to 1.28 million tonnes in 2023.', 'Pingxiang City', 'Pingxiang Port'],
    ['Cargo over the new bridge connecting Heihe and Blagoveshchensk totalled 1.28 million tonnes in 2023.', 'Heihe City', 'Heihe Port'],
    ['Timber on the highway bridge that connects Hunchun with the Russian border post amounted to 1.28 million tonnes in 2023.', 'Hunchun City', 'Hunchun Port'],
  ];
  it.each(cases)('reads "%s" as the port', (sentence, city, port) => {
    const rows = releaseRows(`HARBIN, Jan. 19 -- ${sentence} ${city}'s foreign trade reached 11.9 billion yuan in 2023.`, '2024-01-19');
    expect(rowOf(rows, 1.28e6)?.area).toBe(port);
    expect(rowOf(rows, 11.9e9)?.area).toBe(city.replace(' City', ''));
  });
  it('keeps the city for its own trade when a bridge is only mentioned beside it (near miss)', () => {
    const rows = releaseRows("HARBIN, Jan. 19 -- Heihe City's foreign trade reached 11.9 billion yuan in 2023. Heihe, whose bridge links it with Blagoveshchensk, saw exports of 2.6 billion yuan.", '2024-01-19');
    expect(rowOf(rows, 2.6e9)?.area).toBe('Heihe');
  });
  it('keeps "the city of Heihe" at one end of the bridge as the city (near miss)', () => {
    const rows = releaseRows("HARBIN, Jan. 19 -- The city of Heihe, at one end of the bridge to Blagoveshchensk, reported foreign trade of 11.9 billion yuan in 2023.", '2024-01-19');
    expect(rowOf(rows, 11.9e9)?.area).toBe('Heihe');
  });
});

describe('a whole named before the words that bring in its parts is no item of the parts\' "respectively" list', () => {
  const cases: Array<[string, number, number, number, number]> = [
    ['Trade value through the Heihe port rose 52.7 percent to 9.8 billion yuan, of which exports were 2.6 billion yuan and imports 7.2 billion yuan, up 71.5 percent and 47.4 percent respectively.', 2.6e9, 71.5, 7.2e9, 47.4],
    ['Trade through the Heihe port reached 9.8 billion yuan, with exports at 2.6 billion yuan and imports at 7.2 billion yuan, up 71.5 percent and 47.4 percent respectively.', 2.6e9, 71.5, 7.2e9, 47.4],
    ['Freight through the port totalled 11.4 million tonnes, including 3.1 million tonnes of exports and 8.3 million tonnes of imports, up 5 percent and 2 percent respectively.', 3.1e6, 5, 8.3e6, 2],
    ['The port handled goods worth 57.3 billion yuan, among which exports came to 22.1 billion yuan and imports to 35.2 billion yuan, rising 33.8 percent and 12.1 percent respectively.', 22.1e9, 33.8, 35.2e9, 12.1],
    ['Turnover grew 19.4 percent to 57.3 billion yuan, of this exports 22.1 billion yuan and imports 35.2 billion yuan, up 33.8 percent and 12.1 percent respectively.', 22.1e9, 33.8, 35.2e9, 12.1],
  ];
  it.each(cases)('pairs the parts of %s with their rates', (sentence, a, p, b, q) => {
    const rows = releaseRows(`HARBIN, Jan. 19 -- In 2023, ${sentence}`, '2024-01-19');
    expect(rowOf(rows, a)?.yoy_pct).toBe(p);
    expect(rowOf(rows, b)?.yoy_pct).toBe(q);
  });
  it('keeps two places joined by "with" as a list of two (near miss)', () => {
    const rows = releaseRows('HARBIN, Jan. 19 -- In 2023, the Heihe port handled 9.8 billion yuan, with the Suifenhe port handling 12.4 billion yuan, up 52.7 percent and 3.9 percent respectively.', '2024-01-19');
    expect(rowOf(rows, 9.8e9)?.yoy_pct).toBe(52.7);
    expect(rowOf(rows, 12.4e9)?.yoy_pct).toBe(3.9);
  });
  it('keeps a whole and its one part as a list of two when two rates follow (near miss)', () => {
    const rows = releaseRows('HARBIN, Jan. 19 -- In 2023, freight came to 11.4 million tonnes, including 8.3 million tonnes of imports, up 3.1 percent and 2 percent respectively.', '2024-01-19');
    expect(rowOf(rows, 11.4e6)?.yoy_pct).toBe(3.1);
    expect(rowOf(rows, 8.3e6)?.yoy_pct).toBe(2);
  });
});

describe('a growth of one direction beside the whole in its sentence is of all goods, not of goods a later sentence names', () => {
  const cases: Array<[string, number, number]> = [
    ["Trade through the Dongxing port was 29.7 billion yuan in the first nine months, up 4.1 percent, with the port's exports and imports growing 8.7 percent and 1.9 percent respectively. Seafood imports through the port reached 86,000 tonnes.", 86000, 1.9],
    ['Two-way trade at the crossing came to 12 billion yuan in the first nine months; exports rose 5 percent and imports 3 percent. Imports of timber totalled 1.2 million tonnes.', 1.2e6, 3],
    ["The city's foreign trade hit 40 billion yuan in the first nine months while imports edged up 2.2 percent. Fruit imports stood at 300,000 tonnes.", 300000, 2.2],
    ['Exports, up 9 percent, were the larger part of the 31 billion yuan of trade the crossing handled in the first nine months. Machinery exports came to 4.5 billion yuan.', 4.5e9, 9],
    ['Total trade stood at 18 billion yuan in the first nine months and exports were up 11 percent. Exports of garments reached 2.3 billion yuan.', 2.3e9, 11],
  ];
  it.each(cases)('keeps the growth of %s apart from the named goods', (text, goods, growth) => {
    const rows = releaseRows(`NANNING, Oct. 21 -- ${text}`, '2026-10-21');
    expect(rowOf(rows, goods)?.yoy_pct).toBeNull();
    expect(rowOf(rows, null, growth)).toBeDefined();
  });
  it('still gives a lone growth of a direction to the level a later sentence names (near miss)', () => {
    const rows = releaseRows('NANNING, Oct. 21 -- Imports grew 1.9 percent in the first nine months. Seafood imports through the port reached 86,000 tonnes.', '2026-10-21');
    expect(rowOf(rows, 86000)?.yoy_pct).toBe(1.9);
  });
  it('still gives a growth to the later level of its own series when the whole is of another period (near miss)', () => {
    const rows = releaseRows('NANNING, Oct. 21 -- Trade reached 31 billion yuan in 2025. In the first nine months of 2026 imports rose 4 percent. Imports of fruit reached 300,000 tonnes.', '2026-10-21');
    expect(rowOf(rows, 300000)?.yoy_pct).toBe(4);
  });
});

describe('trains counted by the times they ran, past their routes and with any verb of running, passing or crossing', () => {
  const cases: Array<[string, number, number]> = [
    ['Freight trains on the China-Europe and China-Central Asia routes crossed the border at Horgos 6,912 times, 6.1 percent more than in January-October last year.', 6912, 6.1],
    ['China-Europe trains passed through the Horgos port 3,204 times, up 6.1 percent.', 3204, 6.1],
    ['Cargo trains entered and left the country at Manzhouli 5,012 times in the period, 4 percent more than a year earlier.', 5012, 4],
    ['Block trains bound for Central Asia made the trip 1,180 times, up 12 percent.', 1180, 12],
    ['Freight trains heading for Europe rolled across the border at Alashankou 4,410 times, up 9 percent.', 4410, 9],
  ];
  it.each(cases)('reads %s as a count of trains', (sentence, count, growth) => {
    const rows = releaseRows(`URUMQI, Nov. 14 -- In the first ten months, ${sentence}`, '2025-11-14');
    expect(rows.map(levelTuple)).toContainEqual(['2025-01', '2025-10', count, 'trains', growth]);
  });
  it('keeps "rose 2.4 times" a multiple (near miss)', () => {
    const rows = releaseRows('URUMQI, Nov. 14 -- In the first ten months, freight trains through Erenhot rose 2.4 times.', '2025-11-14');
    expect(rows.some((r) => r.unit === 'trains')).toBe(false);
    expect(rowOf(rows, null, 240)).toBeDefined();
  });
  it('keeps a count "3 times" the level of a year a multiple, not a count of trains (near miss)', () => {
    const rows = releaseRows('URUMQI, Nov. 14 -- In the first ten months, trains that crossed at Horgos ran 3 times more often than in 2019.', '2025-11-14');
    expect(rows.some((r) => r.unit === 'trains' && r.value === 3)).toBe(false);
  });
});

describe('growth rates listed for the flows named after a whole, closed by "respectively", are the flows\' own, not the whole\'s', () => {
  const cases: Array<[string, number, number, number]> = [
    ["Trade through the Dongxing port was 29.7 billion yuan in the first nine months, with the port's exports and imports growing 8.7 percent and 1.9 percent respectively.", 29.7e9, 8.7, 1.9],
    ["Turnover was 57.3 billion yuan in the first nine months, with the crossing's exports and imports climbing 33.8 percent and 12.1 percent respectively.", 57.3e9, 33.8, 12.1],
    ["The pass saw trade of 21 billion yuan in the first nine months, with the region's exports and imports through it gaining 7 percent and 9 percent respectively.", 21e9, 7, 9],
    ["Trade at the border gate totalled 9 billion yuan in the first nine months, as the gate's exports and imports grew 14 percent and 6 percent respectively.", 9e9, 14, 6],
    ["The zone's trade was 15 billion yuan in the first nine months, with the zone's exports and imports expanding 10 percent and 3 percent respectively.", 15e9, 10, 3],
  ];
  it.each(cases)('reads %s', (sentence, whole, exports, imports) => {
    const rows = releaseRows(`NANNING, Oct. 21 -- ${sentence}`, '2026-10-21');
    expect(rowOf(rows, whole)?.yoy_pct).toBeNull();
    expect(rowOf(rows, null, exports)?.flow).toBe('export');
    expect(rowOf(rows, null, imports)?.flow).toBe('import');
  });
  it('keeps rates listed after the levels of the flows with those levels (near miss)', () => {
    const rows = releaseRows('NANNING, Oct. 21 -- Exports and imports reached 2.6 billion yuan and 7.2 billion yuan in the first nine months, up 71.5 percent and 47.4 percent respectively.', '2026-10-21');
    expect(rowOf(rows, 2.6e9)?.yoy_pct).toBe(71.5);
    expect(rowOf(rows, 7.2e9)?.yoy_pct).toBe(47.4);
  });
  it('keeps rates listed for two levels of places, no flows named, with those levels (near miss)', () => {
    const rows = releaseRows('NANNING, Oct. 21 -- In the first nine months trade reached 9.8 billion yuan and 11.9 billion yuan at the port and in the city, up 52.7 percent and 46.2 percent respectively.', '2026-10-21');
    expect(rowOf(rows, 9.8e9)?.yoy_pct).toBe(52.7);
    expect(rowOf(rows, 11.9e9)?.yoy_pct).toBe(46.2);
  });
});
