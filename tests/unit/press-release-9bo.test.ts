/**
 * Rules of issue 9, part bo: the area and flow of port, freight-train and zone stories (the leftovers of batches 28,
 * 33, 37, 41, 43 and 45, fixtures in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const flowed = (r: { value: number | null; flow: string }) => [r.value, r.flow];

describe('trains sent to a place or abroad, the goods they carried, and trains that arrived at a place', () => {
  it('reads trains a port sent to a place as outbound, and the containers they carried with them', () => {
    const text = 'Xiamen Port sent 298 freight trains to Europe in January-October 2026, up 12 percent, carrying 27,400 TEUs of furniture and electronics.';
    expect(releaseRows(text, '2026-11-15').map(flowed)).toEqual([
      [298, 'export'],
      [27400, 'export'],
    ]);
  });

  it('reads trains a city has sent abroad as outbound', () => {
    const text = 'So far this year, Xiamen has sent 760 international freight trains abroad.';
    expect(releaseRows(text, '2026-11-15').map(flowed)).toEqual([[760, 'export']]);
  });

  it('reads trains that arrived at a terminal as inbound', () => {
    const text = 'In January-October 2026, 640 container trains arrived at the Xiamen terminal, up 9 percent.';
    expect(releaseRows(text, '2026-11-15').map(flowed)).toEqual([[640, 'import']]);
  });

  it('keeps trains that left or arrived, departed from or arrived at, two-way', () => {
    const text = [
      'In October 2026, 214 trains departed from or arrived at Xiamen.',
      '',
      'In September, 198 trains left or arrived at the city.',
      '',
      'The city\'s station dispatched and received 2,050 freight trains in the first nine months.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-15').map(flowed)).toEqual([
      [214, 'total'],
      [198, 'total'],
      [2050, 'total'],
    ]);
  });
});

describe('the town trains were sent to, and "the two bridges"', () => {
  const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

  it('keeps trains sent to a town the sender\'s, not the town\'s', () => {
    const text = 'The Erenhot railway station on the border has also dispatched 2,310 freight trains to Zamyn-Uud so far this year.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([[2310, 'Erenhot Port']]);
  });

  it('reads "the two bridges" as the two crossings named before', () => {
    const text = [
      'Cargo over the Heihe highway bridge rose to 1.2 million tonnes in January-October 2026.',
      '',
      'The Tongjiang railway bridge carried 2.9 million tonnes in the period.',
      '',
      'Trade through the two bridges was worth 18.4 billion yuan.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [1200000, 'Heihe Port'],
      [2900000, 'Tongjiang Port'],
      [18400000000, 'Heihe and Tongjiang ports'],
    ]);
  });
});

describe('towns listed before a plural "ports", paired with their figures "respectively"', () => {
  const placed = (r: { value: number | null; area: string }) => [r.value, r.area];
  const text = [
    'Sea-rail trains on the New International Land-Sea Trade Corridor made 8,120 trips in January-October 2026, up 9 percent.',
    '',
    'Qinzhou Port handled 7.2 million TEUs in the period, while Wenchang and Yangpu ports handled 410,000 TEUs and 380,000 TEUs respectively.',
    '',
    'In October, 812 trains ran, against 760 a year earlier.',
  ].join('\n');

  it('gives each listed town its port and its own figure, and the next paragraph goes back to the corridor', () => {
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [8120, 'New International Land-Sea Trade Corridor'],
      [7200000, 'Qinzhou Port'],
      [410000, 'Wenchang Port'],
      [380000, 'Yangpu Port'],
      [812, 'New International Land-Sea Trade Corridor'],
      [760, 'New International Land-Sea Trade Corridor'],
    ]);
  });
});

describe('the release\'s own country as the subject of a verb of trade after a port\'s sentence', () => {
  const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

  it('gives its figures to the country, unless its goods are routed through a crossing in the sentence', () => {
    const text = [
      'Ulaanbaatar, November 12 (MONTSAME). In January-October 2026, 3.1 million tonnes of coal was exported through the Tsagaan border port, up 12 percent.',
      '',
      'Mongolia exported 68.2 million tonnes of coal in total over the period.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-12').map(placed)).toEqual([
      [3100000, 'Tsagaan Port'],
      [68200000, 'Mongolia'],
    ]);
    const routed = [
      'Exports through Tsagaan port climb',
      '',
      'Ulaanbaatar, November 12 (MONTSAME). In January-October 2026, Mongolia exported 2.7 million tonnes of goods, mostly coal, through the Tsagaan border port in Dornogovi aimag.',
    ].join('\n');
    expect(releaseRows(routed, '2026-11-12').map(placed)).toEqual([[2700000, 'Tsagaan Port']]);
  });
});
