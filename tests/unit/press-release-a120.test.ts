/**
 * Rules of the fixing round for b244 and b242 (thirty-sixth session): ports and airports as areas, commodity quantities,
 * months versus spans, signs of changes. Each rule is read in several frames of our own, with near misses it must leave.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => (r ? `${r.period_start}..${r.period_end}` : 'none');

describe('half of a month, week or other span is no half-year', () => {
  it('reads "in the second half of the month" as no second half of the year', () => {
    const rows = releaseRows('LNG imports fell 6.2% to 4.81 million tonnes in January. Cold weather in the second half of the month lifted demand.\n\nCoal imports came to 14.9 million tonnes, down 2.3%.', '2026-02-20');
    expect(span(row(rows, 14.9e6))).toBe('2026-01..2026-01');
  });
  it('reads "during the first half of the week" in a weekly aside', () => {
    const rows = releaseRows('Iron ore arrivals reached 98.4 million tonnes in October, up 3.1 percent. Port congestion eased during the first half of the week after the holiday. Coking coal imports totalled 9.2 million tonnes.', '2026-11-10');
    expect(span(row(rows, 9.2e6))).toBe('2026-10..2026-10');
  });
  it('reads "the latter half of this quarter" as no half-year', () => {
    const rows = releaseRows('Soybean imports came to 11.2 million tonnes in August. Crushers plan to slow buying in the final half of this quarter, traders said. Rapeseed imports were 310,000 tonnes.', '2026-09-09');
    expect(span(row(rows, 310000))).toBe('2026-08..2026-08');
  });
  it('reads "over the first half of the decade" as no half-year', () => {
    const rows = releaseRows('Copper concentrate imports hit 2.4 million tonnes in May. Smelting capacity doubled over the first half of the decade. Refined copper imports were 290,000 tonnes.', '2026-06-08');
    expect(span(row(rows, 290000))).toBe('2026-05..2026-05');
  });
  it('reads "in the second half of each session" on a trading floor as no half-year', () => {
    const rows = releaseRows('Crude imports averaged out at 46.1 million tonnes in March. Futures firmed in the second half of each session last week. Fuel oil imports were 1.9 million tonnes.', '2026-04-13');
    expect(span(row(rows, 1.9e6))).toBe('2026-03..2026-03');
  });
  it('still reads "in the second half of the year" as July to December (near miss)', () => {
    const rows = releaseRows('Exports of steel rose 8 percent to 52.3 million tonnes in the second half of the year.', '2026-01-15');
    expect(span(row(rows, 52.3e6))).toBe('2025-07..2025-12');
  });
  it('still reads a bare "the first half" as January to June (near miss)', () => {
    const rows = releaseRows('Imports of timber fell 4 percent to 12.1 million cubic meters in the first half, the office said.', '2026-07-20');
    expect(span(row(rows, 12.1e6))).toBe('2026-01..2026-06');
  });
});

describe('the month of a disruption dates the disruption, not the figures', () => {
  it('reads "a COVID-19 outbreak in late May" after a half-year figure', () => {
    const rows = releaseRows("Shenzhen's trade grew 17 percent to 1.6 trillion yuan in the first six months of 2021, even though a COVID-19 outbreak in late May slowed the port.\n\nExports reached 910 billion yuan, up 19.9 percent.", '2021-07-21');
    expect(span(row(rows, 910e9))).toBe('2021-01..2021-06');
  });
  it('reads "a typhoon at the terminal in early August"', () => {
    const rows = releaseRows('Ningbo Port handled 26.1 million TEU in January-September, though a typhoon at the Beilun terminal in early August closed berths for three days. Exports through the port rose 8 percent to 410 billion yuan.', '2026-10-15');
    expect(span(row(rows, 410e9))).toBe('2026-01..2026-09');
  });
  it('reads "the strike in mid-June" as a date in a clause of its own', () => {
    const rows = releaseRows('Copper exports from Chile came to 4.1 million tonnes in the first half, despite the strike at the Escondida mine in mid-June. Molybdenum exports were 41,000 tonnes.', '2026-07-30');
    expect(span(row(rows, 41000))).toBe('2026-01..2026-06');
  });
  it('reads "congestion across northern hubs during March"', () => {
    const rows = releaseRows('Container throughput reached 63.2 million TEU in the first quarter, with congestion across northern hubs during March slowing vessels. Foreign-trade boxes totalled 24.1 million TEU.', '2026-04-18');
    expect(span(row(rows, 24.1e6))).toBe('2026-01..2026-03');
  });
  it('reads "with a cyclone in early March closing one plant" after a span', () => {
    const rows = releaseRows('LNG exports reached 6.1 million tonnes in January-April, with a cyclone in early March closing one plant. Condensate exports were 900,000 tonnes.', '2026-05-10');
    expect(span(row(rows, 900000))).toBe('2026-01..2026-04');
  });
  it('still dates "exports fell 5% in late May" by May (near miss: no disruption noun)', () => {
    const rows = releaseRows('Exports fell 5 percent to 2.1 billion dollars in late May, the office said.', '2026-06-20');
    expect(span(row(rows, 2.1e9))).toBe('2026-05..2026-05');
  });
  it('still dates a figure whose verb stands between the disruption and the month (near miss)', () => {
    const rows = releaseRows('After the strike, imports rose 3 percent to 1.2 million tonnes in June.', '2026-07-20');
    expect(span(row(rows, 1.2e6))).toBe('2026-06..2026-06');
  });
});

describe('"earlier this year" and "later in the year" date an event', () => {
  it('reads duties "imposed ... earlier this year" as no year to date', () => {
    const rows = releaseRows('Vietnam imported 1.4 million tonnes of steel in September. Chinese mills supplied 1.07 million tonnes, even after the ministry imposed duties on Chinese coil earlier this year.', '2025-10-15');
    expect(span(row(rows, 1.07e6))).toBe('2025-09..2025-09');
  });
  it('reads "a tariff cut agreed earlier this year" closing the sentence', () => {
    const rows = releaseRows('Coal exports were 2.2 million tonnes in May. Sales to India reached 900,000 tonnes, helped by a tariff cut agreed earlier this year.', '2026-06-18');
    expect(span(row(rows, 900000))).toBe('2026-05..2026-05');
  });
  it('reads "a terminal that opened later in 2025"', () => {
    const rows = releaseRows('LNG imports totalled 6.3 million tonnes in December. The new terminal, which opened later in 2025, took 800,000 tonnes of them.', '2026-01-20');
    expect(span(row(rows, 800000))).toBe('2025-12..2025-12');
  });
  it('reads "earlier this year" closing a sentence with a monthly share', () => {
    const rows = releaseRows('Potash imports were 1.2 million tonnes in May. Canada supplied 54 percent of them, after a rail strike ended earlier this year.', '2026-06-15');
    expect(span(rows.find((r) => r.unit === 'percent-share'))).toBe('2026-05..2026-05');
  });
  it('reads "later this year" of an expected plant', () => {
    const rows = releaseRows('Nickel ore imports rose to 5.6 million tonnes in April, and a smelter due to start later this year will need 900,000 tonnes more. Cobalt imports were 4,100 tonnes.', '2026-05-20');
    expect(span(row(rows, 4100))).toBe('2026-04..2026-04');
  });
  it('still reads "a year earlier in November" as the figures\' month (near miss)', () => {
    const rows = releaseRows('Shipments to Africa jumped 27.6 percent from a year earlier in November to 18.1 billion dollars.', '2025-12-08');
    expect(span(row(rows, 18.1e9))).toBe('2025-11..2025-11');
  });
  it('still reads "this year" alone as the year so far (near miss)', () => {
    const rows = releaseRows('Exports of cars reached 4.1 million units this year, the association said.', '2026-10-12');
    expect(row(rows, 4.1e6)?.period_start).toBe('2026-01');
  });
});

describe('"off" next to a percentage is a fall', () => {
  it('reads ", off 16.7% year on year"', () => {
    const rows = releaseRows('Shipments for the first eight months were 3.77 million tonnes, off 16.7% year on year.', '2021-09-08');
    expect(row(rows, 3.77e6)?.yoy_pct).toBe(-16.7);
  });
  it('reads "16.7% off last year\'s pace" with "off" after the number', () => {
    const rows = releaseRows('Imports stood at 3.77 million tonnes in August, 16.7% off last year\'s pace.', '2021-09-08');
    expect(row(rows, 3.77e6)?.yoy_pct).toBe(-16.7);
  });
  it('reads "off by about 4 percent" with a hedge between', () => {
    const rows = releaseRows('Coffee exports in August came to 5.1 billion dollars, off by about 4 percent from a year earlier.', '2026-09-08');
    expect(row(rows, 5.1e9)?.yoy_pct).toBe(-4);
  });
  it('reads "were off 9 pct" as the verb\'s complement', () => {
    const rows = releaseRows('Nickel imports were off 9 pct at 41,000 tonnes in May.', '2026-06-10');
    expect(row(rows, 41000)?.yoy_pct).toBe(-9);
  });
  it('reads a growth with no level, "off 3.2 percent on the year"', () => {
    const rows = releaseRows('Rubber imports in July were off 3.2 percent on the year, customs said.', '2026-08-10');
    expect(rows.find((r) => r.measure === 'growth')?.yoy_pct).toBe(-3.2);
  });
  it('does not read "set off by" as a fall (near miss)', () => {
    const rows = releaseRows('Imports rose 4.2% to 3.77 million tonnes in August, set off by a strong July.', '2021-09-08');
    expect(row(rows, 3.77e6)?.yoy_pct).toBe(4.2);
  });
  it('does not read "kicked off 2021" as a fall of the later growth (near miss)', () => {
    const rows = releaseRows('The port kicked off 2021 with exports of 3 million tonnes in January, up 5%.', '2021-02-10');
    expect(row(rows, 3e6)?.yoy_pct).toBe(5);
  });
});

describe('a port operator reporting its own throughput stands for the port', () => {
  it('reads "Shanghai International Port Group (SIPG) has reported container throughput of"', () => {
    const rows = releaseRows('Shanghai International Port Group (SIPG) has reported container throughput of 43.5 million TEU for 2020, up 0.5%.', '2021-01-12');
    expect(row(rows, 43.5e6)?.area).toBe('Shanghai Port');
  });
  it('reads "Tianjin Port Group handled" with an amount', () => {
    const rows = releaseRows('Tianjin Port Group handled 238 million tonnes of cargo in the first half, up 6.9 percent.', '2026-07-16');
    expect(row(rows, 238e6)?.area).toBe('Tianjin Port');
  });
  it('reads "Qingdao Port Holdings posted a box volume of"', () => {
    const rows = releaseRows('Qingdao Port Holdings posted a box volume of 14.2 million TEU in January-June, 7 percent more than a year before.', '2026-07-16');
    expect(row(rows, 14.2e6)?.area).toBe('Qingdao Port');
  });
  it('reads "Xiamen Port Group, ..., recorded throughput of" with an aside after the name', () => {
    const rows = releaseRows('Xiamen Port Group recorded annual throughput of 12.6 million TEU in 2025, a rise of 4 percent.', '2026-01-20');
    expect(row(rows, 12.6e6)?.area).toBe('Xiamen Port');
  });
  it('reads "Dalian Port Group moved" in the past perfect', () => {
    const rows = releaseRows('By the end of September Dalian Port Group had moved 5.1 million TEU this year, up 2 percent.', '2026-10-12');
    expect(row(rows, 5.1e6)?.area).toBe('Dalian Port');
  });
  it('keeps an operator that only speaks for the figures a source (near miss)', () => {
    const rows = releaseRows('Tianjin Port Group said on Monday that the city\'s imports rose 3 percent to 209 billion yuan in the first half.', '2026-07-16');
    expect(row(rows, 209e9)?.area).not.toBe('Tianjin Port');
  });
  it('keeps a province\'s port group its own (near miss)', () => {
    const rows = releaseRows('Shandong Port Group said its sea-rail volume reached 3.1 million TEU in 2025, up 12 percent.', '2026-01-20');
    expect(row(rows, 3.1e6)?.area).not.toBe('Shandong Port');
  });
});

describe('a harbour area named by its terminals, wharves or docks is a port area of its own', () => {
  it('reads "The deep-water Yangshan terminals, on islands offshore, handled"', () => {
    const rows = releaseRows('Shanghai Port handled 43.5 million TEU in 2020. The deep-water Yangshan terminals, on islands some 30 km offshore, handled 20.2 million TEU, a rise of 2.6%.', '2021-01-12');
    expect(row(rows, 20.2e6)?.area).toBe('Yangshan Port');
  });
  it('reads "the Nansha ro-ro terminal shipped" vehicles', () => {
    const rows = releaseRows('Guangzhou Port handled 20.1 million TEU in January to September. The Nansha ro-ro terminal shipped 218,000 vehicles overseas, up 47.3 percent.', '2025-10-15');
    expect(row(rows, 218000)?.area).toBe('Nansha Port');
  });
  it('reads "Meishan container terminals moved"', () => {
    const rows = releaseRows('Ningbo-Zhoushan Port handled 39.3 million TEU last year, while Meishan container terminals moved 8.1 million TEU, up 11 percent.', '2025-01-15');
    expect(row(rows, 8.1e6)?.area).toBe('Meishan Port');
  });
  it('reads "the Beilun harbour area loaded" with a verb of loading', () => {
    const rows = releaseRows('In the first half, the Beilun harbour area loaded 6.4 million TEU of export boxes, 9 percent more than a year before.', '2026-07-15');
    expect(row(rows, 6.4e6)?.area).toBe('Beilun Port');
  });
  it('reads "Shekou wharves have handled"', () => {
    const rows = releaseRows('Shekou wharves have handled 7.4 million TEU in the first half, a rise of 9.3 percent.', '2026-07-15');
    expect(row(rows, 7.4e6)?.area).toBe('Shekou Port');
  });
  it('leaves a terminal placed in a town to the town (near miss)', () => {
    const rows = releaseRows('The Kolyadichi container terminal in Minsk processed 78,400 TEU of transit containers in 2025.', '2026-01-20');
    expect(row(rows, 78400)?.area).toBe('Minsk');
  });
  it('leaves a terminal trains left for the coast (near miss)', () => {
    const rows = releaseRows('CHONGQING -- The city sent 1,250 sea-rail trains in 2025. In December alone, 203 trains left the Tuanjiecun container terminal for the coast.', '2026-01-20');
    expect(rows.every((r) => r.area !== 'Tuanjiecun Port')).toBe(true);
  });
});

describe('a district named in an apposition as a district or town, handling cargo, is named for its port', () => {
  it('reads "Nansha, the seaside district ..., handled"', () => {
    const rows = releaseRows('Nansha, the seaside district at the mouth of the Pearl River, handled 15.2 million TEU of containers in the first nine months, up 4.7 percent.', '2025-10-15');
    expect(row(rows, 15.2e6)?.area).toBe('Nansha Port');
  });
  it('reads a city with "the Shandong port city" in apposition', () => {
    const rows = releaseRows('Qingdao, the Shandong port city, handled 26.8 million TEU in 2025, up 7 percent.', '2026-01-20');
    expect(row(rows, 26.8e6)?.area).toBe('Qingdao Port');
  });
  it('reads "Nansha, a district of Guangzhou, has handled"', () => {
    const rows = releaseRows('Nansha, a district of Guangzhou, has handled 7.1 million TEU so far this year, 5 percent more than a year ago.', '2026-07-08');
    expect(row(rows, 7.1e6)?.area).toBe('Nansha Port');
  });
  it('reads a city "home to" a port in apposition', () => {
    const rows = releaseRows('Lianyungang, home to the eastern end of the land bridge, handled 5.9 million TEU in 2025, up 6 percent.', '2026-01-20');
    expect(row(rows, 5.9e6)?.area).toBe('Lianyungang Port');
  });
  it('reads "Qinzhou, the Guangxi town, handled" with tonnes', () => {
    const rows = releaseRows('Qinzhou, the Guangxi coastal city, handled 182 million tonnes of cargo in 2025.', '2026-01-20');
    expect(row(rows, 182e6)?.area).toBe('Qinzhou Port');
  });
  it('leaves a district\'s trade the district\'s (near miss)', () => {
    const rows = releaseRows("Nansha district's imports and exports came to 246.8 billion yuan, up 10.2 percent, Nansha Customs said.", '2025-10-15');
    expect(row(rows, 246.8e9)?.area).toBe('Nansha');
  });
  it('leaves a district whose apposition names no town (near miss)', () => {
    const rows = releaseRows('Nansha, with its new logistics park, traded goods worth 88 billion yuan in the first half.', '2025-07-15');
    expect(row(rows, 88e9)?.area).not.toBe('Nansha Port');
  });
});

describe('the one port a city is said to own is that city\'s port', () => {
  it('reads "Shanghai\'s container port handled"', () => {
    const rows = releaseRows("Shanghai's container port handled 3.7 million TEU in May, the port operator said.", '2020-06-10');
    expect(row(rows, 3.7e6)?.area).toBe('Shanghai Port');
  });
  it('reads "volumes at Qingdao\'s deep-water port rose ... to"', () => {
    const rows = releaseRows("Volumes at Qingdao's deep-water port rose 3 percent to 2.2 million TEU in March.", '2026-04-15');
    expect(row(rows, 2.2e6)?.area).toBe('Qingdao Port');
  });
  it('reads "Tianjin\'s main seaport moved"', () => {
    const rows = releaseRows("Tianjin's main seaport moved 21.1 million TEU in 2025, up 8 percent.", '2026-01-20');
    expect(row(rows, 21.1e6)?.area).toBe('Tianjin Port');
  });
  it('reads "through Dalian\'s harbour" with tonnes', () => {
    const rows = releaseRows("Some 4.2 million tonnes of grain passed through Dalian's harbour in the first half, up 12 percent.", '2026-07-20');
    expect(row(rows, 4.2e6)?.area).toBe('Dalian Port');
  });
  it('reads "Ningbo\'s port" after a comma', () => {
    const rows = releaseRows("In the ten months, Ningbo's port handled 33.4 million TEU, a rise of 6 percent.", '2026-11-12');
    expect(row(rows, 33.4e6)?.area).toBe('Ningbo Port');
  });
  it('leaves a port authority speaking for the city\'s trade (near miss)', () => {
    const rows = releaseRows("Shanghai's port authority said the city's exports rose 5 percent to 131 billion yuan in May.", '2026-06-10');
    expect(row(rows, 131e9)?.area).toBe('Shanghai');
  });
  it('leaves a city\'s ports together the city (near miss)', () => {
    const rows = releaseRows("Ningbo's ports handled 3.1 million TEU in May, up 4 percent.", '2026-06-10');
    expect(row(rows, 3.1e6)?.area).not.toBe('Ningbo Port');
  });
});

describe('a headline may name a port by its town while rounding the port\'s figure', () => {
  it('drops "Shanghai handles 43 million TEU" over the port\'s 43.3 million', () => {
    const rows = releaseRows('Shanghai handles 43 million TEU in 2020\n\nShanghai International Port Group (SIPG) has reported container throughput of 43.3 million TEU for 2020, up 0.5%.', '2021-01-12');
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('drops "Qingdao handles 27 million TEU in 2025" over "Qingdao Port handled 26.8 million"', () => {
    const rows = releaseRows('Qingdao handles 27 million TEU in 2025\n\nQingdao Port handled 26.8 million TEU in 2025, up 7 percent, the port said.', '2026-01-20');
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('drops "Xiamen handles 13 million TEU in 2025" over the port\'s 12.6 million', () => {
    const rows = releaseRows('Xiamen handles 13 million TEU in 2025\n\nXiamen Port handled 12.6 million TEU in 2025, a rise of 4 percent.', '2026-01-20');
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('drops "Lianyungang handles 6 million TEU in 2025" over the port\'s 5.9 million', () => {
    const rows = releaseRows('Lianyungang handles 6 million TEU in 2025\n\nLianyungang Port handled 5.9 million TEU in 2025, up 6 percent.', '2026-01-20');
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('drops "Dalian moves 5 mln TEU" over the port\'s 5.1 million', () => {
    const rows = releaseRows('Dalian moves 5 mln TEU in nine months\n\nDalian Port moved 5.1 million TEU in January-September, up 2 percent.', '2026-10-12');
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('keeps a headline figure of the city\'s trade beside the port\'s boxes (near miss)', () => {
    const rows = releaseRows("Ningbo trade tops 1 trillion yuan\n\nNingbo's imports and exports reached 1.02 trillion yuan in 2025. Ningbo Port handled 39.3 million TEU.", '2026-01-20');
    expect(rows.some((r) => r.unit === 'CNY')).toBe(true);
    expect(rows.filter((r) => r.unit === 'TEU')).toHaveLength(1);
  });
  it('keeps a headline whose number rounds no port figure of its town (near miss)', () => {
    const rows = releaseRows('Shanghai ships 3 million TEU in March\n\nNingbo Port handled 3.6 million TEU in March, up 4 percent.', '2026-04-15');
    expect(rows.filter((r) => r.unit === 'TEU').length).toBe(2);
  });
});

describe('goods shipped abroad with a thousands comma in the amount are exports', () => {
  it('reads "shipped 62,000 vehicles abroad" by a port\'s terminal', () => {
    const rows = releaseRows("Tianjin Port handled 238 million tonnes in the first half. The port's roll-on/roll-off terminal shipped 62,000 vehicles abroad in the six months, 14 percent more.", '2019-07-16');
    expect(row(rows, 62000)?.flow).toBe('export');
  });
  it('reads "sold 3,400 tonnes of tea overseas"', () => {
    const rows = releaseRows('The county handled 12 million tonnes of freight in 2025. Its growers sold 3,400 tonnes of tea overseas, up 9 percent.', '2026-01-20');
    expect(row(rows, 3400)?.flow).toBe('export');
  });
  it('reads "sent 12,500 units abroad" of machinery', () => {
    const rows = releaseRows('Wuxi handled 1.2 million TEU in 2025, and its makers sent 12,500 units abroad last year.', '2026-01-20');
    expect(row(rows, 12500)?.flow).toBe('export');
  });
  it('reads "shipped 1,250,000 tonnes of ore overseas"', () => {
    const rows = releaseRows('The port handled 8 million tonnes in May. The mine shipped 1,250,000 tonnes of ore overseas in the month.', '2026-06-20');
    expect(row(rows, 1250000)?.flow).toBe('export');
  });
  it('reads "shipped 4,800 cars abroad" in the perfect', () => {
    const rows = releaseRows('The terminal handled 9,600 vehicles in April. It has shipped 4,800 cars abroad, up 20 percent.', '2026-05-12');
    expect(row(rows, 4800)?.flow).toBe('export');
  });
  it('does not read "shipped 62,000 vehicles, and abroad ..." across a comma clause (near miss)', () => {
    const rows = releaseRows('The port handled 62,000 vehicles in the six months, while abroad demand cooled.', '2026-07-16');
    expect(row(rows, 62000)?.flow).not.toBe('export');
  });
  it('does not read "abroad" past a semicolon as where unloaded vehicles went (near miss)', () => {
    const rows = releaseRows('Tianjin Port handled 238 million tonnes in the first half. Its terminal unloaded 62,000 imported vehicles; abroad, sales slowed.', '2026-07-16');
    expect(row(rows, 62000)?.flow).not.toBe('export');
  });
});

describe('a change in passenger numbers in a later clause is no row', () => {
  it('drops "even as passenger numbers remained about 75% below last year\'s level"', () => {
    const rows = releaseRows("Cargo at Shanghai Pudong International Airport rose 1.3% in May to 288,000 tonnes, even as passenger numbers remained about 75% below last year's level.", '2020-06-10');
    expect(rows.filter((r) => r.measure === 'growth')).toHaveLength(0);
  });
  it('drops "passenger numbers fell 60%" opening a sentence', () => {
    const rows = releaseRows('Air cargo rose 5 percent to 20,000 tonnes in May. Passenger numbers fell 60% in the month.', '2020-06-10');
    expect(rows.filter((r) => r.measure === 'growth')).toHaveLength(0);
  });
  it('drops "while passenger traffic was down 40%"', () => {
    const rows = releaseRows('Air cargo rose 5 percent to 20,000 tonnes in May, while passenger traffic was down 40%.', '2020-06-10');
    expect(rows.filter((r) => r.measure === 'growth')).toHaveLength(0);
  });
  it('drops "but passenger throughput plunged 82 percent"', () => {
    const rows = releaseRows('Baiyun airport handled 170,000 tonnes of cargo in April, but passenger throughput plunged 82 percent.', '2020-05-12');
    expect(rows.filter((r) => r.measure === 'growth')).toHaveLength(0);
  });
  it('drops "and passenger throughput was down 18 percent"', () => {
    const rows = releaseRows('Mail and cargo reached 61,000 tonnes in June, and passenger throughput was down 18 percent.', '2021-07-12');
    expect(rows.some((r) => r.yoy_pct === -18)).toBe(false);
  });
  it('keeps "passenger car exports rose 30%" (near miss: goods named by passengers)', () => {
    const rows = releaseRows('Passenger car exports rose 30% in May, the association said.', '2026-06-10');
    expect(rows.find((r) => r.measure === 'growth')?.yoy_pct).toBe(30);
  });
  it('keeps the cargo\'s own growth beside a passenger clause (near miss)', () => {
    const rows = releaseRows('Cargo volumes rose 12 percent to 40,000 tonnes in May, while passenger traffic was down 40%.', '2020-06-10');
    expect(row(rows, 40000)?.yoy_pct).toBe(12);
  });
});

describe('the capital a fund or firm is set up with is no trade', () => {
  it('drops "launched last May with 344 billion yuan of registered capital"', () => {
    const rows = releaseRows("Chip imports rose 10 percent to 385 billion dollars in 2024, while Beijing's third chip fund, launched last May with 344 billion yuan of registered capital, is expected to narrow the gap.", '2025-01-14');
    expect(row(rows, 344e9)).toBeUndefined();
  });
  it('drops "started with 2 billion yuan in start-up capital"', () => {
    const rows = releaseRows('Exports rose 6 percent to 90 billion yuan in April, and the venture started with 2 billion yuan in start-up capital.', '2026-05-10');
    expect(row(rows, 2e9)).toBeUndefined();
  });
  it('drops "5 billion dollars in paid-in capital"', () => {
    const rows = releaseRows('Imports climbed 8% to 41 billion dollars in March, and the port fund raised 5 billion dollars in paid-in capital.', '2026-04-10');
    expect(row(rows, 5e9)).toBeUndefined();
  });
  it('drops "injecting 3 billion yuan of fresh capital"', () => {
    const rows = releaseRows('Exports rose 6 percent to 90 billion yuan in April, the shareholders injecting 3 billion yuan of fresh capital into the carrier.', '2026-05-10');
    expect(row(rows, 3e9)).toBeUndefined();
  });
  it('drops "10 billion yuan of equity"', () => {
    const rows = releaseRows('Exports rose 6 percent to 90 billion yuan in April, and the state investor put 10 billion yuan of equity into the shipyard.', '2026-05-10');
    expect(row(rows, 10e9)).toBeUndefined();
  });
  it('keeps "4.1 billion dollars of capital goods" (near miss)', () => {
    const rows = releaseRows('Imports reached 4.1 billion dollars of capital goods in May.', '2026-06-10');
    expect(row(rows, 4.1e9)).toBeDefined();
  });
  it('keeps "capital goods imports totalled" a sum (near miss)', () => {
    const rows = releaseRows('Capital goods imports totalled 2 billion dollars in May.', '2026-06-10');
    expect(row(rows, 2e9)).toBeDefined();
  });
});

describe('goods a state lets out of its reserves are no trade', () => {
  it('drops "Beijing\'s release of state copper reserves ..., roughly 80,000 tonnes so far"', () => {
    const rows = releaseRows("Imports fell 30% to 432,000 tonnes in August. Beijing's release of state copper reserves in July and August, roughly 80,000 tonnes so far, has weighed on purchases, traders said.", '2021-09-08');
    expect(row(rows, 80000)).toBeUndefined();
  });
  it('drops "Auctions of state reserve pork, about 20,000 tonnes"', () => {
    const rows = releaseRows('Pork imports were 200,000 tonnes in May. Auctions of state reserve pork, about 20,000 tonnes, kept prices down.', '2026-06-10');
    expect(row(rows, 20000)).toBeUndefined();
  });
  it('drops "released 40,000 tonnes of pork from state reserves"', () => {
    const rows = releaseRows('Pork imports rose 5% to 200,000 tonnes in May; the government released 40,000 tonnes of pork from state reserves.', '2026-06-10');
    expect(row(rows, 40000)).toBeUndefined();
  });
  it('drops "a drawdown of strategic reserves of 1.2 million tonnes"', () => {
    const rows = releaseRows('Crude imports were 48 million tonnes in May, and a drawdown of strategic reserves of 1.2 million tonnes eased supply.', '2026-06-10');
    expect(row(rows, 1.2e6)).toBeUndefined();
  });
  it('drops "drew 30,000 tonnes out of government stocks"', () => {
    const rows = releaseRows('Sugar imports rose to 420,000 tonnes in June, and the ministry drew 30,000 tonnes out of government stocks.', '2026-07-10');
    expect(row(rows, 30000)).toBeUndefined();
  });
  it('keeps imports "as port stocks fell" (near miss)', () => {
    const rows = releaseRows('Imports rose 5% to 2 million tonnes in May, as port stocks fell.', '2026-06-10');
    expect(row(rows, 2e6)).toBeDefined();
  });
  it('keeps imports bought "to replenish state reserves" (near miss)', () => {
    const rows = releaseRows('Imports of crude rose 9% to 48 million tonnes in May as buyers stocked up to replenish state reserves.', '2026-06-10');
    expect(row(rows, 48e6)).toBeDefined();
  });
});

describe('someone\'s number for a forecast is no row', () => {
  it('drops "with one buyer putting the figure at about 4.9 million tonnes" after "expect"', () => {
    const rows = releaseRows('Imports fell 6% to 4.81 million tonnes in January. Trading houses expect February arrivals to be broadly flat, with one Tokyo-based buyer putting the figure at about 4.9 million tonnes.', '2026-02-20');
    expect(row(rows, 4.9e6)).toBeUndefined();
  });
  it('drops "expect a weaker month, with one trader putting the figure at roughly" a level', () => {
    const rows = releaseRows('Copper imports were 1.1 million tonnes in April. Smelters expect a weaker month, with one trader putting the figure at roughly 0.9 million tonnes.', '2026-05-14');
    expect(row(rows, 0.9e6)).toBeUndefined();
  });
  it('drops "predicted ..., placing the volume near" a level', () => {
    const rows = releaseRows('Imports came to 9.2 million tonnes in March. Traders predicted lower buying in April, one of them placing the volume near 8.5 million tonnes.', '2026-04-14');
    expect(row(rows, 8.5e6)).toBeUndefined();
  });
  it('drops "anticipate heavier buying, one analyst placing April arrivals at"', () => {
    const rows = releaseRows('Imports came to 10.4 million tonnes in March. Refiners anticipate heavier buying, one analyst placing April arrivals at 11.9 million tonnes.', '2026-04-14');
    expect(row(rows, 11.9e6)).toBeUndefined();
  });
  it('drops "anticipate ..., estimating the total at" a level', () => {
    const rows = releaseRows('Shipments came to 1.1 million tonnes in May. Exporters anticipate a better June, estimating the total at about 1.3 million tonnes.', '2026-06-14');
    expect(row(rows, 1.3e6)).toBeUndefined();
  });
  it('keeps "customs data put the figure at" a counted level (near miss)', () => {
    const rows = releaseRows('Imports fell 6% in January; customs data put the figure at 4.81 million tonnes.', '2026-02-20');
    expect(row(rows, 4.81e6)).toBeDefined();
  });
  it('keeps a level after an expectation that was beaten (near miss)', () => {
    const rows = releaseRows('Exports beat expectations, rising 9% to 41 billion dollars in May.', '2026-06-14');
    expect(row(rows, 41e9)).toBeDefined();
  });
});

describe('a foreign country whose goods went abroad reports its own export', () => {
  const china = 'BEIJING, Jan 13 -- China shipped 5.22 million vehicles abroad last year, up 57.4 percent, customs data showed. ';
  it('reads "Japan, long the leader, sent about 4.4 million vehicles overseas"', () => {
    const rows = releaseRows(`${china}Japan, long the leader, sent about 4.4 million vehicles overseas in 2023, according to its automakers.`, '2024-01-13');
    expect(row(rows, 4.4e6)).toMatchObject({ area: 'Japan', flow: 'export' });
  });
  it('reads "Chile, the top producer, shipped ... of copper abroad"', () => {
    const rows = releaseRows('BEIJING, June 9 -- China imported 2.4 million tonnes of copper concentrate in May, customs data showed. Chile, the top producer, shipped 1.2 million tonnes of copper abroad in May.', '2026-06-09');
    expect(row(rows, 1.2e6)).toMatchObject({ area: 'Chile', flow: 'export' });
  });
  it('reads "Brazil sold ... to foreign markets"', () => {
    const rows = releaseRows('BEIJING, Jan 14 -- China bought 105 million tonnes of soybeans last year, customs data showed. Brazil sold 98 million tonnes of soybeans to foreign markets in 2025.', '2026-01-14');
    expect(row(rows, 98e6)).toMatchObject({ area: 'Brazil', flow: 'export' });
  });
  it('reads "Australia has shipped ... overseas" in the perfect', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- China imported 910 million tonnes of iron ore in January-September, customs data showed. Australia has shipped 650 million tonnes of iron ore overseas over the same months.', '2026-10-14');
    expect(row(rows, 650e6)).toMatchObject({ area: 'Australia', flow: 'export' });
  });
  it('reads "Indonesia exported ... worldwide"', () => {
    const rows = releaseRows('BEIJING, Feb 10 -- China imported 250 million tonnes of coal in 2025, customs data showed. Indonesia exported 520 million tonnes of coal worldwide in 2025.', '2026-02-10');
    expect(row(rows, 520e6)).toMatchObject({ area: 'Indonesia', flow: 'export' });
  });
  it('keeps a supplier of goods a buyer "bought from abroad" a partner (near miss)', () => {
    const rows = releaseRows('HANOI, July 10 -- Vietnam imported goods worth 190 billion dollars in the first half. China supplied 41.2 percent of all goods Vietnam bought from abroad.', '2025-07-10');
    expect(rows.find((r) => r.unit === 'percent-share')?.area).toBe('Vietnam');
  });
  it('keeps a country that shipped goods to the reporter a partner (near miss)', () => {
    const rows = releaseRows('BEIJING, June 9 -- China imported 10.2 million tonnes of soybeans in May, customs data showed. Brazil shipped 7.1 million tonnes of soybeans to China in May.', '2026-06-09');
    expect(row(rows, 7.1e6)?.area).toBe('China');
  });
});
