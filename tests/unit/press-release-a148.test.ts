/**
 * The lead's company ruling (b187-15, b54-03): one company's own deliveries, shipments, exports, sales or purchases are
 * no rows, in whatever frame a writer names the company; a place in the same frame keeps its row.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published = '2026-11-20'): number[] => releaseRows(text, published).map((r) => r.value as number);
const CUSTOMS = 'BEIJING, Nov 20 (wire) - China imported 6.05 million tonnes of liquefied natural gas in October, up 3.1% from a year earlier, customs data showed. ';

describe("a named company's own deliveries are no rows", () => {
  it('drops "X said its own pipeline deliveries to Y reached N"', () => {
    const v = values(`${CUSTOMS}Separately, Volgagaz said its own pipeline deliveries to China rose to 3.3 billion cubic metres in October.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(3.3e9);
  });
  it('drops a possessive with goods before the noun: "Kestrel Mining\'s iron ore shipments to China"', () => {
    const v = values(`${CUSTOMS}Kestrel Mining's iron ore shipments to China totalled 21.4 million tonnes in the quarter, the miner said.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(21.4e6);
  });
  it('drops the company after the noun: "deliveries of crude by Rosneft to India"', () => {
    const v = values(`${CUSTOMS}Deliveries of crude by Rosneft to India came to about 1.9 million tonnes in October, traders said.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(1.9e6);
  });
  it('drops "X reported that its sales of gas into Y" with a two-word name', () => {
    const v = values(`${CUSTOMS}Nordvik Energy reported that its sales of gas into Germany were 4.7 billion cubic metres over January-October.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(4.7e9);
  });
  it('drops a buyer company\'s own purchases: "Sinopec\'s crude purchases from Iraq"', () => {
    const v = values(`${CUSTOMS}Sinopec's crude purchases from Iraq climbed to 2.6 million tonnes last month, according to the refiner.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(2.6e6);
  });
  it('drops the company named after its country: "Russia\'s Volgagaz says its exports to China"', () => {
    const v = values(`${CUSTOMS}Russia's Volgagaz says its LNG exports to China stood at 0.9 million tonnes in October.`);
    expect(v).toContain(6.05e6);
    expect(v).not.toContain(0.9e6);
  });
  it('keeps a country\'s possessive in the same frame: "Australia\'s LNG sales to China" (near miss)', () => {
    const v = values(`${CUSTOMS}Australia's LNG sales to China reached 2.4 million tonnes in October.`);
    expect(v).toContain(2.4e6);
  });
  it('keeps a country that reports its own exports: "Russia said its gas exports to China" (near miss)', () => {
    const v = values(`${CUSTOMS}Russia said its LNG exports to China rose to 1.3 million tonnes in October.`);
    expect(v).toContain(1.3e6);
  });
});

const rowOf = (text: string, value: number) => releaseRows(text, '2022-01-05').find((r) => r.value === value);
const TRAINS = "XI'AN, Jan 5 -- The Xi'an international port station ran 3,841 China-Europe freight trains in 2021, an increase of 30.7% on 2020, the operator said. ";

describe('a bare part of a count whose direction is a participle after it', () => {
  it('reads "with the remaining N arriving from" as the inbound part', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, with the remaining 1,685 arriving from Europe and Central Asia.`, 1685)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "while the remaining N were arriving from" (progressive)', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, while the remaining 1,685 were arriving from Europe.`, 1685)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "with the other N coming in from"', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, with the other 1,685 coming in from Poland.`, 1685)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "with N returning from" with no determiner', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, with 1,685 returning from Germany.`, 1685)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "and N coming back from" after a part of its own', () => {
    expect(rowOf(`${TRAINS}Westbound runs made up 2,156 of the trains, and 1,685 were coming back from Duisburg.`, 1685)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('does not count "the remaining N arriving late" (no direction; near miss)', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, with the remaining 1,685 arriving late.`, 1685)).toBeUndefined();
  });
  it('does not count "the remaining N running on schedule" (near miss)', () => {
    expect(rowOf(`${TRAINS}Outbound services accounted for 2,156 of the trains, with the remaining 1,685 running on schedule.`, 1685)).toBeUndefined();
  });
});
