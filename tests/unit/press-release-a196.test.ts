/**
 * Fixing round a196 for b286 (transfer test 15, second round): each frame in several phrasings of our own, and near misses
 * that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const PUBLISHED = '2025-10-20';
const rowOf = (text: string, value: number, published = PUBLISHED) => releaseRows(text, published).find((r) => r.value === value);

describe('a multiple in one word after a level ("twice as many as", "thrice") of the year-earlier level is its change', () => {
  const yoyOf = (text: string, value: number) => rowOf(text, value)?.yoy_pct;
  it('reads "twice as many as in" the same months named with the year before', () => {
    expect(yoyOf('XIAMEN, Oct 20 -- The port shipped 46,800 electric cars abroad in January-September, twice as many as in January-September 2024.', 46800)).toBe(100);
  });
  it('reads "twice as many as the same months a year before"', () => {
    expect(yoyOf('NINGBO, Oct 20 -- Lithium batteries exported through Ningbo came to 91,000 tonnes in the first nine months, twice as many as the same months a year before.', 91000)).toBe(100);
  });
  it('reads "twice the figure a year earlier" in a sentence of imports', () => {
    expect(yoyOf('MANILA, Oct 20 -- Rice imports climbed to 3.4 million tonnes in January-September, twice the figure a year earlier, customs data showed.', 3400000)).toBe(100);
  });
  it('reads "thrice last year\'s level"', () => {
    expect(yoyOf("HANOI, Oct 20 -- Durian sales to China reached $2.9 billion in the first nine months, thrice last year's level.", 2900000000)).toBe(200);
  });
  it('reads "twice the corresponding period of the previous year" of a count of trains', () => {
    expect(yoyOf('KHORGOS, Oct 20 -- Freight trains through the crossing numbered 6,120 in the first nine months of 2025, twice the corresponding period of the previous year.', 6120)).toBe(100);
  });
  it('reads "four times as many as the same period a year earlier" (a number word before "times")', () => {
    expect(yoyOf('TIANJIN, Oct 20 -- Exports of used cars reached 52,300 units in January-September, four times as many as the same period a year earlier.', 52300)).toBe(300);
  });
  it('gives no change to a multiple of the same months of a year further back (near miss)', () => {
    expect(yoyOf('XIAMEN, Oct 20 -- The port shipped 46,800 electric cars abroad in January-September, twice as many as in January-September 2023.', 46800)).toBeNull();
  });
  it('keeps "double the level a year ago" no change, the corpus\'s convention since batch 8 (near miss)', () => {
    expect(yoyOf('SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, double the level a year ago.', 1900000000)).toBeNull();
  });
  it('gives no change to a hedged multiple or one of a capacity (near misses)', () => {
    expect(yoyOf('NINGBO, Oct 20 -- Lithium batteries exported through Ningbo came to 91,000 tonnes in the first nine months, nearly twice as many as a year earlier.', 91000)).toBeNull();
    expect(yoyOf('KHORGOS, Oct 20 -- Freight trains through the crossing numbered 6,120 in the first nine months of 2025, twice the capacity the line was built for.', 6120)).toBeNull();
  });
});

describe('a clause or sentence whose subject only points back ("that return traffic", "this inbound flow", "the figure") gives its change to the level before it', () => {
  const yoyOf = (text: string, value: number) => rowOf(text, value, '2025-11-12')?.yoy_pct;
  it('reads "that return traffic" after a semicolon, of a count of trains', () => {
    expect(yoyOf("XI'AN, Nov 12 -- Another 1,731 trains reached the city from Duisburg and Lodz in January-October, bringing in wine and timber; that return traffic was 11.2 percent larger than a year earlier.", 1731)).toBe(11.2);
  });
  it('reads "this inbound flow grew" after a semicolon, of a tonnage', () => {
    expect(yoyOf('RIGA, Nov 12 -- Grain unloaded at the port from Belarus came to 640,000 tonnes in January-October; this inbound flow grew 8.4 percent from a year earlier.', 640000)).toBe(8.4);
  });
  it('reads "that westbound traffic" in the next sentence', () => {
    expect(yoyOf('CHONGQING, Nov 12 -- Some 2,480 trains left the city for Europe in January-October. That westbound traffic was 6.5 percent larger than a year earlier.', 2480)).toBe(6.5);
  });
  it('reads "those outbound shipments" of a value after a semicolon', () => {
    expect(yoyOf('DURBAN, Nov 12 -- Citrus sent abroad through the terminal was worth 9.2 billion rand in January-October; those outbound shipments were 14 percent higher than a year earlier.', 9200000000)).toBe(14);
  });
  it('reads "the figure" after a semicolon, of boxes', () => {
    expect(yoyOf('GDANSK, Nov 12 -- The terminal handled 1.62 million TEU in January-October; the figure was up 4.1 percent from a year earlier.', 1620000)).toBe(4.1);
  });
  it('keeps a last clause naming other goods apart from the level before it (near miss)', () => {
    expect(yoyOf('RIGA, Nov 12 -- Grain unloaded at the port from Belarus came to 640,000 tonnes in January-October; coal arrivals grew 8.4 percent from a year earlier.', 640000)).toBeNull();
  });
  it('gives no change when two levels of one unit stand before the pointing clause (near miss)', () => {
    const text = 'CHONGQING, Nov 12 -- Some 2,480 trains left the city for Europe and 1,130 came back in January-October; that traffic was 6.5 percent larger than a year earlier.';
    expect(yoyOf(text, 2480)).not.toBe(6.5);
    expect(yoyOf(text, 1130)).not.toBe(6.5);
  });
});
