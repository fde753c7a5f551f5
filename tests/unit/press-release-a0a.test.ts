/**
 * Issue 9, part a0a: numbers in long real-length releases that are no trade figures, and figures they moved
 * (helper fix110, 2026-12-04, the fixing round of blind batch b110). Each text is written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value ?? r.yoy_pct);

describe('firms named by what they make, counted right after the number, are no goods', () => {
  it.each([
    ['over 120 electric vehicle makers had shipped cars abroad', 'Car exports rose 12 percent to 410,000 vehicles in the first half. It added that over 120 electric vehicle makers had shipped cars abroad.'],
    ['about 60 Chinese automakers shipped cars overseas', 'Car exports rose 12 percent to 410,000 vehicles in the first half. About 60 Chinese automakers shipped cars overseas in the period.'],
    ['some 300 tyre manufacturers exported tyres', 'Tyre exports rose 12 percent to 410,000 tonnes in the first half. Some 300 tyre manufacturers exported tyres in the period.'],
  ])('%s', (_, text) => {
    expect(values(text, '2026-07-15')).toEqual([text.includes('Steel') ? 41_000_000 : 410_000]);
  });
});

describe('a clause whose subject is a price, a fare or a rate per box states a price, not an amount traded', () => {
  const lead = 'Trade through the hub rose 9 percent to 52.4 billion yuan in the first ten months. ';
  it.each([
    ['a cost per container', 'The operator said the average haulage cost per container on its western lines had dropped by about 6 percent in two years, to roughly 7,200 U.S. dollars.'],
    ['a freight rate for a box', 'Forwarders said freight rates for a 20-foot container from Chengdu to Lodz had slipped to about 4,900 dollars.'],
    ['a fare', 'The fare for a first-class seat from the city to the border is about 480 yuan.'],
    ['a price of a good', 'Dealers said the price of imported pine logs had fallen to around 950 yuan.'],
  ])('%s', (_, sentence) => {
    expect(values(lead + sentence, '2026-11-10')).toEqual([52_400_000_000]);
  });
});

describe('an amount someone expects is a forecast, with its verb before or after it', () => {
  const lead = 'Copper ore imports rose 6 percent to 2.3 million tonnes in October, customs data showed. ';
  it.each([
    ['what imports would come in at', 'One trader estimated that November imports would come in at about 2.5 million tonnes.'],
    ['what a total would amount to', 'A broker said full-year purchases would amount to roughly 27 million tonnes.'],
    ['an amount expected, the verb after it', 'About 1,400 ore trains are expected to run on the line this year, the operator said.'],
    ['an amount likely, the verb after it', 'Some 3 million tonnes are likely to arrive before the holiday.'],
  ])('%s', (_, sentence) => {
    expect(values(lead + sentence, '2026-11-10')).toEqual([2_300_000]);
  });
});

describe('money lent, granted or invested, named right after the amount, is no goods traded', () => {
  const lead = 'Taiwan\'s exports rose 14 percent to 48.2 billion U.S. dollars in October. ';
  it.each([
    ['emergency loans', 'The cabinet said it would offer 90 billion dollars in low-interest loans to firms hurt by tariffs.'],
    ['subsidies', 'Exporters of machine tools received 1.5 billion dollars in subsidies last year.'],
    ['credit lines', 'State banks set aside 20 billion dollars of new credit lines for shippers.'],
  ])('%s', (_, sentence) => {
    expect(values(lead + sentence, '2026-11-10')).toEqual([48_200_000_000]);
  });
});

describe('an amount of one money quoted per dollar is an exchange rate', () => {
  it.each([
    ['a reference rate set at an amount per dollar', 'The central bank fixed the reference exchange rate at 16,250 rupiah per dollar on Monday.'],
    ['an amount per dollar with no rate named', 'The currency traded at about 16,300 rupiah per U.S. dollar.'],
  ])('%s', (_, sentence) => {
    expect(values(`Indonesia's exports rose 7 percent to 23.1 billion dollars in October. ${sentence}`, '2026-11-16')).toEqual([23_100_000_000]);
  });
});

describe("a share of the world's production quoted from others is no share of trade", () => {
  it('reads neither share of mining nor of refining capacity', () => {
    const text = 'Cobalt exports from the country rose 11% to 98,000 tons in the first half. The country accounts for roughly 70% of global cobalt mining and about 15% of refining capacity, a research group estimates.';
    expect(values(text, '2026-07-20')).toEqual([98_000]);
  });
});

describe('a vessel or yard able to carry an amount states a capacity', () => {
  it('reads no cars from what each ship can carry', () => {
    const text = 'Car exports rose 20 percent to 510,000 vehicles in October. The largest maker now runs a fleet of car carriers, each able to carry up to 7,000 cars.';
    expect(values(text, '2026-11-18')).toEqual([510_000]);
  });
});

describe('a rate of duty with the goods taxed named before the duty word is no change', () => {
  it('reads no growth from a car tariff', () => {
    const text = 'Car exports to the bloc rose 20 percent to 51,000 vehicles in October. The bloc imposed extra duties of up to 30 pct on electric cars made in China last year, on top of its usual 10 pct car tariff.';
    expect(rows(text, '2026-11-18').map((r) => r[4])).toEqual([20]);
  });
});

describe("what one train carries is the size of one departure, not the period's traffic", () => {
  const lead = 'Freight trains from the hub carried 318,000 TEUs in the first ten months, up 6 percent. ';
  it.each([
    ['a train of N containers', 'New cranes at the yard can now load a train of 48 containers in about 90 minutes.'],
    ['the first train of the year with N containers', 'The first train of 2026 left the yard on Jan. 2 with 62 containers of electronics bound for Hamburg.'],
  ])('%s', (_, sentence) => {
    expect(values(lead + sentence, '2026-11-06')).toEqual([318_000]);
  });
});

describe('the part of a customs workload handled some way is no share of trade', () => {
  it('reads no share from declarations cleared within hours', () => {
    const text = 'Trade through the rail port rose 12 percent to 8.4 billion yuan in the first ten months. The customs office said it had handled more than 9,000 declarations this year and that 93 percent of them were cleared within three hours.';
    expect(values(text, '2026-11-06')).toEqual([8_400_000_000]);
  });
});

describe("a change trailing a price is the price's", () => {
  it('reads no growth from a hedged change after a price per ton', () => {
    const text = 'Exports of rare earth magnets rose 9% to 5,400 tons in October. Prices of terbium oxide stood at about 7,100 yuan per kilogram on Monday, up nearly 35% since the start of the year, a price agency said.';
    expect(rows(text, '2026-11-20').map((r) => [r[2], r[4]])).toEqual([[5_400, 9]]);
  });
});
