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
  it('keeps "almost double the level a year ago" no change: hedged (near miss; the unhedged "double" is +100 by the ruling of a199)', () => {
    expect(yoyOf('SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, almost double the level a year ago.', 1900000000)).toBeNull();
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

describe('figures of one unit listed again "respectively" take the directions of that unit\'s amounts in the sentence before', () => {
  const flowOf = (text: string, value: number) => rowOf(text, value, '2025-05-14')?.flow;
  it('reads tonnes listed again after a sentence of tonnes and pounds both ways', () => {
    const text = 'Steel trade answer\n\nAnswered on 14 May 2025 -- The UK imported 118,000 tonnes of steel from China in January-March 2025, valued at GBP 96 million, while exports of steel to China were 21,000 tonnes, worth GBP 38 million. In the first quarter of 2024 the comparable figures were 142,000 tonnes and 9,000 tonnes respectively.';
    expect(flowOf(text, 142000)).toBe('import');
    expect(flowOf(text, 9000)).toBe('export');
  });
  it('reads exports first when the sentence before named them first', () => {
    const text = 'Wool trade note\n\nWELLINGTON, May 14 -- Exports of wool to China came to 21,400 tonnes in January-March 2025, worth NZ$ 88 million, and imports of wool from China were 1,300 tonnes, worth NZ$ 6 million. In January-March 2024 the corresponding figures were 19,800 tonnes and 1,700 tonnes respectively.';
    expect(flowOf(text, 19800)).toBe('export');
    expect(flowOf(text, 1700)).toBe('import');
  });
  it('reads money listed again after a sentence of money and tonnes', () => {
    const text = 'Rice trade note\n\nMANILA, May 14 -- The country imported 1.2 million tonnes of rice from Vietnam in January-March 2025, worth $640 million, and exported 2,000 tonnes to it, worth $3 million. In the same months of 2024 the equivalent values were $710 million and $2 million respectively.';
    expect(flowOf(text, 710000000)).toBe('import');
    expect(flowOf(text, 2000000)).toBe('export');
  });
  it('reads "they were" with the figures of one unit', () => {
    const text = 'Timber trade note\n\nRIGA, May 14 -- Latvia exported 410,000 cubic metres of sawn timber to the UK in January-March 2025, worth EUR 92 million, and imported 12,000 cubic metres from it, worth EUR 5 million. In January-March 2024 they were 388,000 cubic metres and 15,000 cubic metres respectively.';
    expect(flowOf(text, 388000)).toBe('export');
    expect(flowOf(text, 15000)).toBe('import');
  });
  it('reads "the same figures for 2024" of litres', () => {
    const text = 'Wine trade note\n\nCANBERRA, May 14 -- Australia shipped 14 million litres of wine to China in January-March 2025, worth A$ 210 million, while it bought 0.4 million litres from China, worth A$ 2 million. The same figures for January-March 2024 were 9 million litres and 0.6 million litres respectively.';
    expect(flowOf(text, 9000000)).toBe('export');
    expect(flowOf(text, 600000)).toBe('import');
  });
  it('gives no directions by order to one figure of a unit (near miss)', () => {
    const text = 'Steel trade answer\n\nAnswered on 14 May 2025 -- The UK imported 118,000 tonnes of steel from China in January-March 2025, valued at GBP 96 million, while exports of steel to China were 21,000 tonnes, worth GBP 38 million. In the first quarter of 2024 the comparable figures were 142,000 tonnes and GBP 80 million respectively.';
    expect(flowOf(text, 142000)).not.toBe('import');
  });
  it('leaves a list in another paragraph to its own words (near miss)', () => {
    const text = 'Steel trade answer\n\nAnswered on 14 May 2025 -- The UK imported 118,000 tonnes of steel from China in January-March 2025, valued at GBP 96 million, while exports of steel to China were 21,000 tonnes, worth GBP 38 million.\n\nSeparately, in the first quarter of 2024 the comparable figures for EU trade were 142,000 tonnes and 9,000 tonnes respectively.';
    expect(flowOf(text, 142000)).not.toBe('import');
    expect(flowOf(text, 9000)).not.toBe('export');
  });
});
