/**
 * Fixing round a201 on b290-01..08 (transfer test 16, first half: fresh wordings of the phenomena of rounds a191-a198): each
 * frame in several phrasings of our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const PUBLISHED = '2025-08-12';
const rowOf = (text: string, value: number, published = PUBLISHED) => releaseRows(text, published).find((r) => r.value === value);
const values = (text: string, published = PUBLISHED) => releaseRows(text, published).map((r) => r.value);
const tuples = (text: string, published = PUBLISHED) => releaseRows(text, published).map(levelTuple);

describe('a port named in two words and set off by an apposition ranking it among a country\'s ports ("Walvis Bay, Namibia\'s largest port") is that port', () => {
  it('reads "Cargo handled at Walvis Bay, Namibia\'s largest port,"', () => {
    expect(rowOf("WINDHOEK, 12 August 2025 -- Cargo handled at Walvis Bay, Namibia's largest port, rose to 3.9 million tonnes in the six months to June.", 3900000)?.area).toBe('Walvis Bay Port');
  });
  it('reads "Puerto Cortes, Honduras\'s main container terminal,"', () => {
    expect(rowOf("Port news\n\nPuerto Cortes, Honduras's main container terminal, moved 310,000 TEU in the first half of 2025.", 310000)?.area).toBe('Puerto Cortes Port');
  });
  it('reads a two-word name after a word opening the sentence ("At Puerto Bolivar, ...")', () => {
    expect(rowOf("Port news\n\nAt Puerto Bolivar, Colombia's main coal port, loadings reached 14.2 million tonnes in the first half of 2025.", 14200000)?.area).toBe('Puerto Bolivar Port');
  });
  it('reads "Richards Bay, the country\'s busiest coal port," and its later bare mentions', () => {
    const text = "DURBAN, Aug 12 -- Coal shipped through Richards Bay, the country's busiest coal port, came to 34 million tonnes in the first half of 2025. Richards Bay also handled 1.2 million tonnes of chrome ore.";
    expect(rowOf(text, 34000000)?.area).toBe('Richards Bay Port');
    expect(rowOf(text, 1200000)?.area).toBe('Richards Bay Port');
  });
  it('reads "Lobito Bay, Angola\'s second-largest seaport,"', () => {
    expect(rowOf("Port news\n\nLobito Bay, Angola's second-largest seaport, handled 2.4 million tonnes of cargo in the first half of 2025.", 2400000)?.area).toBe('Lobito Bay Port');
  });
  it('keeps a two-word town ranked among cities a town (near miss)', () => {
    expect(rowOf("Port news\n\nExports from Santa Cruz, Bolivia's largest city, rose to 1.2 billion dollars in the first half of 2025.", 1200000000)?.area).not.toBe('Santa Cruz Port');
  });
  it('keeps a two-word name with an unranked apposition no port (near miss)', () => {
    expect(rowOf('Rail news\n\nTrains through Great Falls, a rail hub in Montana, carried 2.1 million tonnes in the first half of 2025.', 2100000)?.area).not.toBe('Great Falls Port');
  });
});

describe('a level drawn near to, "the" before its amount ("close to the 4.0 million tonnes the port moved in the second half of 2024"), dates only itself', () => {
  const head = 'WINDHOEK, 12 August 2025 -- Cargo handled at the port rose to 3.94 million tonnes in the six months to June,';
  const periodOf = (text: string, value: number) => {
    const r = rowOf(text, value);
    return r ? [r.period_start, r.period_end] : undefined;
  };
  it('keeps the next sentence in the figure\'s period after "close to the ... the port moved in"', () => {
    expect(periodOf(`${head} close to the 4.0 million tonnes the port moved in the second half of 2024. Shipments from the port came to 2.31 million tonnes.`, 2310000)).toEqual(['2025-01', '2025-06']);
  });
  it('reads "near the ... handled in"', () => {
    expect(periodOf(`${head} near the 4.1 million tonnes handled in the second half of 2024. Exports came to 2.2 million tonnes.`, 2200000)).toEqual(['2025-01', '2025-06']);
  });
  it('reads "approaching the ... we saw in"', () => {
    expect(periodOf(`${head} approaching the 4.2 million tonnes we saw in the second half of 2024. Exports came to 2.2 million tonnes.`, 2200000)).toEqual(['2025-01', '2025-06']);
  });
  it('reads "within reach of the ... recorded in"', () => {
    expect(periodOf(`${head} within reach of the 4.2 million tonnes recorded in the first half of 2023. Landed imports came to 1.6 million tonnes.`, 1600000)).toEqual(['2025-01', '2025-06']);
  });
  it('reads "just short of the ... it handled in"', () => {
    expect(periodOf(`${head} just short of the 4.3 million tonnes it handled in 2024. Exports reached 2.3 million tonnes.`, 2300000)).toEqual(['2025-01', '2025-06']);
  });
  it('still carries a period the sentence gives its own figure (near miss)', () => {
    expect(periodOf('WINDHOEK, 12 August 2025 -- The port handled 4.0 million tonnes in the second half of 2024. Exports came to 2.3 million tonnes.', 2300000)).toEqual(['2024-07', '2024-12']);
  });
  it('still reads "close to" with no "the" as a qualifier of the figure itself (near miss)', () => {
    expect(rowOf('WINDHOEK, 12 August 2025 -- The port handled close to 4.0 million tonnes in the second half of 2024.', 4000000)?.qualifier).toBe('about');
  });
});

describe('a part counted before that "set out" or "set off" one way of the compass has that way', () => {
  const head = 'CHONGQING, Dec. 9 -- The hub ran 2,960 China-Europe freight trains between January and November 2024.';
  const partOf = (text: string, value: number) => {
    const r = rowOf(text, value, '2024-12-09');
    return r ? [r.unit, r.flow] : undefined;
  };
  it('reads "Of these, 1,703 set out westward with automobiles"', () => {
    expect(partOf(`${head} Of these, 1,703 set out westward with automobiles, laptops and motorcycle parts.`, 1703)).toEqual(['trains', 'export']);
  });
  it('reads "Of them, 980 set off west"', () => {
    expect(partOf(`${head} Of them, 980 set off west.`, 980)).toEqual(['trains', 'export']);
  });
  it('reads "Of those, 640 set out eastward" as inbound', () => {
    expect(partOf(`${head} Of those, 640 set out eastward from Duisburg and Hamburg.`, 640)).toEqual(['trains', 'import']);
  });
  it('reads "Of the trains, 1,240 set off westward loaded with"', () => {
    expect(partOf("XI'AN, Dec. 9 -- The inland port ran 2,480 China-Europe trains in January-November 2024. Of the trains, 1,240 set off westward loaded with solar panels.", 1240)).toEqual(['trains', 'export']);
  });
  it('reads "Among these, 512 set out west carrying"', () => {
    expect(partOf(`${head} Among these, 512 set out west carrying machinery.`, 512)).toEqual(['trains', 'export']);
  });
  it('keeps "sets" of goods a count of units (near miss)', () => {
    expect(rowOf('NINGBO, Dec. 9 -- The port exported 1,703 sets of wind turbines between January and November 2024.', 1703, '2024-12-09')?.unit).toBe('units');
  });
  it('keeps "set in" a record\'s verb, no way (near miss)', () => {
    expect(partOf(`${head} Of these, 1,703 set in motion the new route.`, 1703)?.[1]).not.toBe('export');
  });
});

describe('the far ends a part "came back to the city from" are no area of the figures', () => {
  const areaOf = (text: string, value: number) => rowOf(text, value, '2024-12-09')?.area;
  const head = 'CHONGQING, Dec. 9 -- Chongqing ran 2,960 China-Europe freight trains between January and November 2024. Of these, 1,703 headed west,';
  it('keeps the city after "came back to the city from Duisburg, Lodz, Budapest and Moscow"', () => {
    expect(areaOf(`${head} and the remaining 1,257 came back to the city from Duisburg, Lodz, Budapest and Moscow. The cargo they carried grew 9.2 percent to 251,000 TEU.`, 251000)).toBe('Chongqing');
  });
  it('reads "came back to the hub from Hamburg and Moscow"', () => {
    expect(areaOf(`${head} while 1,257 came back to the hub from Hamburg and Moscow. The cargo they carried grew 9.2 percent to 251,000 TEU.`, 251000)).toBe('Chongqing');
  });
  it('reads "returned to the city from Minsk and Moscow"', () => {
    expect(areaOf(`${head} and 1,257 returned to the city from Minsk and Moscow. The cargo they carried grew 9.2 percent to 251,000 TEU.`, 251000)).toBe('Chongqing');
  });
  it('reads "came back from Lodz and Moscow" with no noun of haul in the sentence', () => {
    expect(areaOf(`${head} and the other 1,257 came back from Lodz and Moscow. The cargo they carried grew 9.2 percent to 251,000 TEU.`, 251000)).toBe('Chongqing');
  });
  it('reads "coming back to the station from Budapest and Moscow"', () => {
    expect(areaOf(`${head} with 1,257 coming back to the station from Budapest and Moscow. The cargo they carried grew 9.2 percent to 251,000 TEU.`, 251000)).toBe('Chongqing');
  });
  it('keeps a place named as the subject of its own trade (near miss)', () => {
    expect(areaOf('MOSCOW, Dec. 9 -- Moscow\'s exports to China came to 4.1 billion dollars between January and November 2024.', 4100000000)).toBe('Moscow');
  });
  it('keeps a place that is where the goods went back to, not from (near miss)', () => {
    expect(areaOf('Rail news\n\nExports from Moscow came back to growth, reaching 4.1 billion dollars between January and November 2024.', 4100000000)).toBe('Moscow');
  });
});

describe('a one-word multiple "as many as in" a span of months named with "last year" is of the year-earlier level', () => {
  const yoyOf = (text: string, value: number) => rowOf(text, value, '2025-10-15')?.yoy_pct;
  it('reads "thrice as many as in January-September last year"', () => {
    expect(yoyOf('KUNMING, Oct. 15 -- Vehicles declared at Mohan as export goods came to 9,840 in the first three quarters of 2025, thrice as many as in January-September last year.', 9840)).toBe(200);
  });
  it('reads "twice as many as in the first nine months of last year"', () => {
    expect(yoyOf('NINGBO, Oct. 15 -- Electric cars shipped from the port reached 46,800 in January-September, twice as many as in the first nine months of last year.', 46800)).toBe(100);
  });
  it('reads "twice as much as during January to September last year"', () => {
    expect(yoyOf('HANOI, Oct. 15 -- Durian exports came to 410,000 tonnes in January-September, twice as much as during January to September last year.', 410000)).toBe(100);
  });
  it('reads "thrice the figure for January-September last year"', () => {
    expect(yoyOf('MANILA, Oct. 15 -- Rice imports reached 3.4 million tonnes in January-September, thrice the figure for January-September last year.', 3400000)).toBe(200);
  });
  it('reads "twice as many as in Jan-Sept last year"', () => {
    expect(yoyOf('TIANJIN, Oct. 15 -- Used cars exported through the port numbered 52,300 in January-September, twice as many as in Jan-Sept last year.', 52300)).toBe(100);
  });
  it('gives no change to a multiple of other months last year (near miss)', () => {
    expect(yoyOf('KUNMING, Oct. 15 -- Vehicles exported through Mohan came to 9,840 in January-September, thrice as many as in April-September last year.', 9840)).toBeNull();
  });
  it('gives no change to a hedged multiple (near miss)', () => {
    expect(yoyOf('KUNMING, Oct. 15 -- Vehicles exported through Mohan came to 9,840 in January-September, nearly thrice as many as in January-September last year.', 9840)).toBeNull();
  });
});

describe("a fact sheet's unit and fiscal year written bare after commas, its items \"Label: amount\" set apart by bars, and a later flow caption with no year", () => {
  const sheet = (body: string) => `Vietnam country fact sheet\nAustralian Government | Department of Foreign Affairs and Trade | Updated November 2025\n\n${body}\n\nNote: all goods data are on a recorded trade basis.`;
  const rows = (body: string) => releaseRows(sheet(body), '2025-11-20').map((r) => [r.period_start, r.value, r.flow, r.commodity, r.yoy_pct]);
  it('reads "A$ million, 2024-25" alone under the title with "Label: amount" items and "(up 6.7% on 2023-24)"', () => {
    expect(rows("Australia's trade with Vietnam\nA$ million, 2024-25\nTotal goods and services trade: 29,140 (up 6.7% on 2023-24)")).toEqual([['2024-07', 2.914e10, 'total', 'goods and services', 6.7]]);
  });
  it('reads items set apart by bars', () => {
    expect(rows("Australia's trade with Vietnam\nA$ million, 2024-25\nGoods exports: 10,415 | Goods imports: 12,780")).toEqual([['2024-07', 1.0415e10, 'export', 'all goods', null], ['2024-07', 1.278e10, 'import', 'all goods', null]]);
  });
  it('reads services items with a fall on the earlier year', () => {
    expect(rows("Australia's trade with Chile\nA$ million, 2023-24\nServices exports: 905 (down 2.1% on 2022-23) | Services imports: 410")).toEqual([['2023-07', 9.05e8, 'export', 'services', -2.1], ['2023-07', 4.1e8, 'import', 'services', null]]);
  });
  it('reads a caption of words, unit and year after commas over goods', () => {
    expect(rows('Exports of Australia to Vietnam: main goods, A$m, 2024-25\nCoal 3,204\nWheat 1,377')).toEqual([['2024-07', 3.204e9, 'export', 'coal', null], ['2024-07', 1.377e9, 'export', 'wheat', null]]);
  });
  it('dates a later flow caption with no year of its own by the sheet\'s year', () => {
    expect(rows("Exports of Australia to Vietnam: main goods, A$m, 2024-25\nCoal 3,204\n\nAustralia's imports from Vietnam; principal goods (A$m)\nFurniture 1,035\nFootwear 702")).toEqual([['2024-07', 3.204e9, 'export', 'coal', null], ['2024-07', 1.035e9, 'import', 'furniture', null], ['2024-07', 7.02e8, 'import', 'footwear', null]]);
  });
  it('leaves a flow caption with no year unread when the sheet gave none (near miss)', () => {
    expect(rows("Australia's imports from Vietnam; principal goods (A$m)\nFurniture 1,035\nFootwear 702")).toEqual([]);
  });
  it('leaves a line of a unit and a year over prose unread (near miss)', () => {
    expect(values(sheet('A$ million, 2024-25\nThe two countries upgraded their ties to a comprehensive strategic partnership.'), '2025-11-20')).toEqual([]);
  });
});

describe('an amount standing as the adjective of a line of credit, a loan or a grant is money lent or given, no trade', () => {
  const has = (text: string, value: number) => values(text, '2025-11-20').includes(value);
  it('sets aside "extended a A$ 250 million line of credit to Vietnam Electricity"', () => {
    expect(has('Vietnam fact sheet\n\nExport Finance Australia has also extended a A$ 250 million line of credit to Vietnam Electricity.', 250e6)).toBe(false);
  });
  it('sets aside "a US$ 1 billion line of credit for essential imports"', () => {
    expect(has('COLOMBO, June 14 -- India extended a US$ 1 billion line of credit for essential imports in 2022.', 1e9)).toBe(false);
  });
  it('sets aside "a $400 million concessional loan"', () => {
    expect(has('DHAKA, June 14 -- Japan signed a $400 million concessional loan for the port in 2024.', 4e8)).toBe(false);
  });
  it('sets aside "a €50 million grant"', () => {
    expect(has('NAIROBI, June 14 -- The EU announced a €50 million grant for cold chains in 2024.', 5e7)).toBe(false);
  });
  it('sets aside "the $2 billion credit facility"', () => {
    expect(has('ACCRA, June 14 -- The bank approved the $2 billion credit facility for cocoa buyers in 2024.', 2e9)).toBe(false);
  });
  it('keeps an amount of goods bought on credit (near miss)', () => {
    expect(has('COLOMBO, June 14 -- Sri Lanka imported fuel worth US$ 1.2 billion from India in 2024.', 1.2e9)).toBe(true);
  });
  it('keeps exports of a country with "loan" elsewhere (near miss)', () => {
    expect(has('DHAKA, June 14 -- Exports to Japan reached $1.9 billion in 2024, while talks on a loan went on.', 1.9e9)).toBe(true);
  });
});

describe("an amount joined to a change's percentage by any noun of change and \"or\", or after it in the change's own bracket, is the same change in money", () => {
  const has = (text: string, value: number) => values(text, '2025-11-07').includes(value);
  it('sets aside "an advance of 32.6 percent or US$126.0 billion over January-October 2024"', () => {
    expect(has('TAIPEI, Nov 7 -- For the first ten months, exports totalled US$512.3 billion, an advance of 32.6 percent or US$126.0 billion over January-October 2024.', 126e9)).toBe(false);
  });
  it('sets aside "a jump of 8% or $40 million on 2024"', () => {
    expect(has('SEOUL, Nov 7 -- Exports to Chile were $540 million in 2025, a jump of 8% or $40 million on 2024.', 4e7)).toBe(false);
  });
  it('sets aside "(up 3.1%, GBP 24 million)"', () => {
    expect(has('UK trade with Kenya\n\n- UK imports from Kenya were GBP 800 million (up 3.1%, GBP 24 million).', 24e6)).toBe(false);
  });
  it('sets aside "(down 2 percent; $40 million)"', () => {
    expect(has('LIMA, Nov 7 -- Exports to Peru were $1.9 billion in 2025 (down 2 percent; $40 million).', 4e7)).toBe(false);
  });
  it('sets aside "a contraction of 4% or €310 million"', () => {
    expect(has('OSLO, Nov 7 -- Imports from Norway were €7.4 billion in 2025, a contraction of 4% or €310 million on the year.', 3.1e8)).toBe(false);
  });
  it('keeps a level in brackets after a share (near miss)', () => {
    expect(has('UK trade with Kenya\n\n- Machinery made up 12% of UK exports to Kenya in 2025 (GBP 88 million).', 88e6)).toBe(true);
  });
  it('keeps the level before the change (near miss)', () => {
    expect(tuples('UK trade with Kenya\n\n- UK imports from Kenya were GBP 800 million in 2025 (up 3.1%, GBP 24 million).', '2026-03-02')).toContainEqual(['2025-01', '2025-12', 8e8, 'GBP', 3.1]);
  });
});
