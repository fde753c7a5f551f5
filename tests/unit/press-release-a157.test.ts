/**
 * Fixing round for b272 (figures that are not trade): the measures of an economy a statistical communique or review reports
 * beside its foreign trade are read as what they are and dropped; a trade figure beside them stays.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const TRADE = 'Exports of goods came to 58.4 billion yuan, up 2.7 percent.';
const rowsOf = (text: string): ObservationDraft[] => releaseRows(text, '2026-03-20');
const changes = (text: string): Array<number | null> => rowsOf(`${text} ${TRADE}`).map((r) => r.yoy_pct);
const values = (text: string): Array<number | null> => rowsOf(`${text} ${TRADE}`).map((r) => r.value);

describe('value added, in either order of its words, is no trade', () => {
  it('drops "the added value of manufacturing enterprises ... went up"', () => {
    expect(changes('In 2025 the added value of manufacturing enterprises above designated size went up 6.4 percent.')).toEqual([2.7]);
  });
  it('drops "industrial added-value of the prefecture climbed by"', () => {
    expect(changes('Industrial added-value of the prefecture climbed by 8.7% in 2025.')).toEqual([2.7]);
  });
  it('drops "the service sector\'s added value grew"', () => {
    expect(changes("The service sector's added value grew 5.9 percent over the year.")).toEqual([2.7]);
  });
  it('drops "recorded added value growth of" with the sector as subject', () => {
    expect(changes("According to the bureau, the city's construction industry recorded added value growth of 4.4% last year.")).toEqual([2.7]);
  });
  it('drops a terse wire line on high-tech added value', () => {
    expect(changes("SHENYANG, Jan 20 (wire) - Liaoning's high-tech added value +9.2% y/y in 2025.")).toEqual([2.7]);
  });
  it('keeps exports of added-value goods (guard)', () => {
    expect(changes('Exports of high added-value products rose 12.4 percent in 2025.')).toContain(12.4);
  });
  it('keeps imports named between added value and the change (guard)', () => {
    expect(changes('No added value figure was given, but imports of machinery rose 5.1 percent in 2025.')).toContain(5.1);
  });
});

describe('foreign capital drawn in is no trade', () => {
  it('drops "foreign capital actually utilized came to ..., down"', () => {
    expect(changes('Foreign capital actually utilized came to 640 million US dollars, down 4.2 percent.')).toEqual([2.7]);
  });
  it('drops "utilized foreign capital ... rose ... to"', () => {
    expect(changes('Utilized foreign capital in the province rose 15.8 percent to 3.9 billion dollars.')).toEqual([2.7]);
  });
  it('drops "foreign funds actually used by the city went up"', () => {
    expect(changes('Foreign funds actually used by the city went up 7.7 percent in 2025.')).toEqual([2.7]);
  });
  it('drops "attracted foreign capital of ..., a rise of"', () => {
    expect(changes('The city attracted foreign capital of 890 million dollars in 2025, a rise of 8.8%.')).toEqual([2.7]);
  });
  it('drops "inflows of foreign capital amounted to ..., an increase of"', () => {
    expect(changes('Inflows of foreign capital amounted to 5.2 billion yuan, an increase of 11.0%.')).toEqual([2.7]);
  });
  it('keeps the exports of foreign capital enterprises (guard)', () => {
    expect(changes('Foreign capital enterprises exported 96.3 billion yuan of goods in 2025, up 4.5 percent.')).toContain(4.5);
  });
  it('keeps the change of "the foreign capital sector" among exporters (guard)', () => {
    expect(changes('In 2025, export turnover was 361.5 billion dollars, of which the foreign capital sector reached 277.7 billion dollars, up 20.1%.')).toContain(20.1);
  });
});

describe('what residents earn is no trade', () => {
  it('drops "the disposable income of rural households increased"', () => {
    expect(changes('The disposable income of rural households increased 6.1 percent in 2025.')).toEqual([2.7]);
  });
  it('drops "household incomes in the city rose by"', () => {
    expect(changes('Household incomes in the city rose by 4.9% in 2025.')).toEqual([2.7]);
  });
  it('drops "per capita disposable income climbed"', () => {
    expect(changes('Per capita disposable income climbed 5.5% in 2025.')).toEqual([2.7]);
  });
  it('drops "income of farmers in the county grew"', () => {
    expect(changes('Income of farmers in the county grew 7.0 percent in 2025.')).toEqual([2.7]);
  });
  it('drops "rural per-capita incomes rose ... in the year"', () => {
    expect(changes('Rural per-capita incomes rose 6.5 percent in 2025.')).toEqual([2.7]);
  });
  it('keeps exports to high-income markets (guard)', () => {
    expect(changes('Exports to high-income markets rose 6.6 percent in 2025.')).toContain(6.6);
  });
  it('keeps exports of household appliances (guard)', () => {
    expect(changes('Exports of household appliances rose 9.4 percent in 2025.')).toContain(9.4);
  });
});

describe('the energy a place used or made is no trade', () => {
  it('drops "power consumption across the province totalled ... kWh"', () => {
    expect(values('Power consumption across the province totalled 312.4 billion kWh in 2025, up 7.0 percent.')).toEqual([58.4e9]);
  });
  it('drops "the city\'s energy use rose"', () => {
    expect(changes("The city's energy use rose 2.4 percent in 2025.")).toEqual([2.7]);
  });
  it('drops "consumption of electricity by industry reached"', () => {
    expect(values('In 2025 consumption of electricity by industry reached 45.6 billion kilowatt-hours.')).toEqual([58.4e9]);
  });
  it('drops "electricity generated by wind farms came to"', () => {
    expect(values('Electricity generated by wind farms came to 88.1 billion kWh in 2025, an increase of 16.2%.')).toEqual([58.4e9]);
  });
  it('drops a wire line on power usage', () => {
    expect(values('HARBIN, Jan 20 (wire) - 2025 power usage +5.5% y/y at 96 bln kWh.')).toEqual([58.4e9]);
  });
  it('keeps exports of electricity (guard)', () => {
    expect(values('Electricity exports to Laos reached 2.1 billion kWh in 2025, up 14 percent.')).toContain(2.1e9);
  });
  it('keeps imports of power generation equipment (guard)', () => {
    expect(changes('Imports of power generation equipment rose 8.2 percent to 3.4 billion dollars in 2025.')).toContain(8.2);
  });
});

describe('a change named with its adjective ("a year-on-year increase of") trails the level before it', () => {
  it('drops the change of the gross regional product', () => {
    expect(changes('The gross regional product reached 512.3 billion yuan in 2025, a year-on-year increase of 5.3%.')).toEqual([2.7]);
  });
  it('drops "an annual rise of" after per capita income', () => {
    expect(changes('Per capita disposable income of urban residents was 48,120 yuan in 2025, an annual rise of 4.6 percent.')).toEqual([2.7]);
  });
  it('drops "a year-over-year drop of" after retail sales', () => {
    expect(changes('Retail sales of consumer goods stood at 220.4 billion yuan in 2025, a year-over-year drop of 1.4%.')).toEqual([2.7]);
  });
  it('drops "marking a year-on-year decline of" after investment', () => {
    expect(changes('In 2025 fixed-asset investment came to 1.02 trillion yuan, marking a year-on-year decline of 2.2 percent.')).toEqual([2.7]);
  });
  it('drops "an annual gain of" after a monthly household income', () => {
    expect(changes('Household income averaged 3,900 yuan a month in 2025, an annual gain of 5.1%.')).toEqual([2.7]);
  });
  it('keeps the same phrase after exports (guard)', () => {
    expect(changes('Exports to ASEAN reached 80.1 billion yuan in 2025, a year-on-year increase of 6.2%.')).toContain(6.2);
  });
  it('keeps it after imports in a clause of their own past GDP (guard)', () => {
    expect(changes('GDP grew 5% in 2025, while imports stood at 12.4 billion yuan, a year-on-year increase of 3.1%.')).toContain(3.1);
  });
});

describe('the work of transport, in tonne-kilometres or passenger-kilometres, is no trade', () => {
  it('drops "freight turnover by road was ... tonne-kilometres, up"', () => {
    expect(changes('Freight turnover by road was 96.5 billion tonne-kilometres in 2025, up 3.8%.')).toEqual([2.7]);
  });
  it('drops "pipelines moved oil over ... tonne-km in 2025, up"', () => {
    expect(changes('Pipelines moved oil over 64.0 billion tonne-km in 2025, up 1.1%.')).toEqual([2.7]);
  });
  it('drops "t-km, rising" after freight work by rail', () => {
    expect(changes('Freight work by rail reached 320 billion t-km in 2025, rising 3 percent.')).toEqual([2.7]);
  });
  it('drops passenger-kilometers "down"', () => {
    expect(changes('Passenger turnover stood at 41.7 billion passenger-kilometers in 2025, down 6.5%.')).toEqual([2.7]);
  });
  it('drops "bn tkm, rising"', () => {
    expect(changes('Air cargo work in 2025 totalled 1.9 bn tkm, rising 11 percent.')).toEqual([2.7]);
  });
  it('drops spaced "tonne kilometres during the year"', () => {
    expect(changes('Waterway transport completed 310.2 billion tonne kilometres during the year, an increase of 4.4%.')).toEqual([2.7]);
  });
  it('keeps a freight volume in tonnes (guard)', () => {
    expect(changes('Rail freight volume at the border port reached 38.4 million tonnes in 2025, up 2.1%.')).toContain(2.1);
  });
  it('keeps tonnes of exports hauled across the border (guard)', () => {
    expect(changes('Trucks hauled 4.2 million tonnes of exports across the border in 2025, up 6.1%.')).toContain(6.1);
  });
});

describe('people who came (tourists, visitors, passengers, person-times) are no trade', () => {
  it('drops "welcomed ... domestic tourists, up"', () => {
    expect(changes('In 2025 the city welcomed 5.4 million domestic tourists, up 18.0 percent.')).toEqual([2.7]);
  });
  it('drops "visitor arrivals in the first half, an increase of"', () => {
    expect(changes('Hotels in the region registered 2.2 million visitor arrivals in the first half, an increase of 9.0%.')).toEqual([2.7]);
  });
  it('drops "hosted ... inbound visitors in 2025, up"', () => {
    expect(changes('The region hosted 12.5 million inbound visitors in 2025, up 30.2 percent.')).toEqual([2.7]);
  });
  it('drops "logged ... visits in the season, up"', () => {
    expect(changes('Ski resorts logged 2.9 million visits in the season, up 17%.')).toEqual([2.7]);
  });
  it('drops "recorded ... overnight stays, a rise of"', () => {
    expect(changes('In 2025 the city recorded 6.6 million overnight stays, a rise of 9.9%.')).toEqual([2.7]);
  });
  it('drops "person-times during the holiday, up"', () => {
    expect(changes('Scenic spots received 31.2 million person-times during the holiday, up 12.1%.')).toEqual([2.7]);
  });
  it('keeps a change of imports before the word "tourists" (guard)', () => {
    expect(changes('Imports of cosmetics reached 2.4 billion yuan in 2025, up 11 percent, driven by tourists.')).toContain(11);
  });
  it('keeps the trade of a place tourists visit (guard)', () => {
    expect(changes('Sanya, visited by 30 million tourists, saw its exports reach 1.3 billion yuan in 2025, up 6 percent.')).toContain(6);
  });
});

describe('a later item of a list with its verb left out is a change of the same measure as the first', () => {
  it('drops "that of industry" and "that of services" after value added', () => {
    expect(changes('In 2025 the value added of agriculture rose 3.5%, that of industry 6.0% and that of services 5.2%.')).toEqual([2.7]);
  });
  it('drops "that of services" after the consumer price index', () => {
    expect(changes('In 2025 the CPI rose 0.3 percent, that of services 0.9 percent.')).toEqual([2.7]);
  });
  it('drops the kinds of investment listed with bare commas', () => {
    expect(changes('In 2025 fixed-asset investment grew 3.1%, infrastructure 5.0%, manufacturing 7.2%.')).toEqual([2.7]);
  });
  it('drops an item after the first item\'s own period', () => {
    expect(changes('GDP grew 5.2 percent in 2025, the primary industry by 3.9 percent.')).toEqual([2.7]);
  });
  it('drops the sectors listed after economic output', () => {
    expect(changes('In 2025 economic output of the primary sector expanded 2.9%, the secondary sector 5.5%, the tertiary sector 4.8%.')).toEqual([2.7]);
  });
  it('drops "the secondary industry by" after the primary industry', () => {
    expect(changes('Value added of the primary industry grew by 3.0% in 2025, the secondary industry by 4.6% and the tertiary industry by 4.9%.')).toEqual([2.7]);
  });
  it('keeps exports as the next item after GDP (guard)', () => {
    expect(changes('In 2025 GDP rose 5.1 percent, exports 7.2 percent.')).toContain(7.2);
  });
  it('keeps imports from a partner as the next item after the consumer price index (guard)', () => {
    expect(changes('In 2025 the consumer price index rose 0.2%, and imports from ASEAN by 6.4%.')).toContain(6.4);
  });
});

describe('a growth of trade someone strives or aims for is a goal', () => {
  it('drops "strive for growth of foreign trade of more than"', () => {
    expect(changes('Looking ahead to 2026, the city will strive for growth of foreign trade of more than 5%.')).toEqual([2.7]);
  });
  it('drops "strives for an increase of farm exports of"', () => {
    expect(changes('The county strives for an increase of farm exports of 20%.')).toEqual([2.7]);
  });
  it('drops "working towards a rise in imports of about"', () => {
    expect(changes('The zone is working towards a rise in imports of about 10 percent.')).toEqual([2.7]);
  });
  it('drops "is pushing for expansion of its container trade of at least"', () => {
    expect(changes('The port is pushing for expansion of its container trade of at least 15%.')).toEqual([2.7]);
  });
  it('drops "seeking a rise in export shipments of around"', () => {
    expect(changes('Customs officials are seeking a rise in export shipments of around 6 percent.')).toEqual([2.7]);
  });
  it('keeps a change of exports officials strive to diversify (guard)', () => {
    expect(changes('Exports, which officials strive to diversify, grew 4.1 percent in 2025.')).toContain(4.1);
  });
  it('keeps a growth achieved while the city strove for markets (guard)', () => {
    expect(changes('Growth of foreign trade of 5.2% was achieved in 2025 as the city strove for more markets.')).toContain(5.2);
  });
});
