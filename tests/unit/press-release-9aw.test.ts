/**
 * Rules of issue 9, part aw: the fixing round on blind batch 37 (land ports, dry ports, border stations, rail
 * terminals): parts of a train count that came from or left for a place, the areas of port stories. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const flows = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.flow]);

describe('parts of a train count by where they came from or went', () => {
  it('reads "N arrived from X and M departed for it" as the imports and exports of the count before', () => {
    const text = 'The Hamburg Port terminals handled 530 China trains in the first half of 2026. Of these, 298 arrived from China and 232 departed for it.';
    expect(flows(text, '2026-07-20')).toEqual([
      [530, 'trains', 'Hamburg Port', 'total'],
      [298, 'trains', 'Hamburg Port', 'import'],
      [232, 'trains', 'Hamburg Port', 'export'],
    ]);
  });

  it('reads "N trains went to X, ..., and M to Y" as two outbound counts', () => {
    const text = 'The Urumqi International Land Port ran 1,310 freight trains in the first ten months of 2026. Of these, 870 trains went to Central Asia, mostly Kazakhstan, and 440 to Europe.';
    expect(flows(text, '2026-11-12')).toEqual([
      [1310, 'trains', 'Urumqi International Land Port', 'total'],
      [870, 'trains', 'Urumqi International Land Port', 'export'],
      [440, 'trains', 'Urumqi International Land Port', 'export'],
    ]);
  });

  it('gives a single train that left for a place no flow of the figures after it', () => {
    const text = 'In Wuhan, the 5,000th train since the launch left for Duisburg on Monday. The trains carried 64,300 TEUs in the first ten months of 2026.';
    expect(flows(text, '2026-11-12')).toEqual([[64300, 'TEU', 'Wuhan', 'total']]);
  });
});

describe('directions of a terminal count', () => {
  it('reads "Westbound trains, i.e. ..., numbered N, while M ran eastbound" as both parts', () => {
    const text = 'Terminals at Zahony handled 940 container trains in the third quarter of 2026. Westbound trains, i.e. from Asia to the EU, numbered 611, while 329 ran eastbound.';
    expect(flows(text, '2026-10-10')).toEqual([
      [940, 'trains', 'Zahony Port', 'total'],
      [611, 'trains', 'Zahony Port', 'export'],
      [329, 'trains', 'Zahony Port', 'import'],
    ]);
  });

  it('reads container transshipment at a crossing as handled both ways', () => {
    const text = 'Outbound trains at Zahony numbered 415 in the third quarter of 2026. Container transshipment at the crossing reached 61,200 TEU in the third quarter of 2026.';
    expect(flows(text, '2026-10-10')).toEqual([
      [415, 'trains', 'Zahony Port', 'export'],
      [61200, 'TEU', 'Zahony Port', 'total'],
    ]);
  });
});

describe('countries that name a route, not an area', () => {
  it('keeps the terminal as the area of "China trains" and "China traffic"', () => {
    const text = 'The Port of Hamburg handled 530 China trains in the first half of 2026. Container volume in China traffic came to 47,000 TEU in the first half of 2026.';
    expect(flows(text, '2026-07-20').map((r) => r[2])).toEqual(['Hamburg Port', 'Hamburg Port']);
  });

  it('reads the countries of "rail freight between X and Y" as the route', () => {
    const text = 'The Malaszewicze terminals handled 1,020 trains in the third quarter of 2026. The crossing is the main gateway for rail freight between China and the European Union. In September alone, 352 trains were handled.';
    expect(flows(text, '2026-10-10').map((r) => r[2])).toEqual(['Malaszewicze Port', 'Malaszewicze Port']);
  });
});

describe('partners and crossings of a port story', () => {
  it('reads the goods of imports listed in an aside "from" a country as that partner\'s, not its area', () => {
    const text = 'Trade through Mohan Port reached 6.2 billion yuan in the first ten months of 2026. Imports, mainly cassava, bananas and other farm products from Laos, were 3.9 billion yuan.';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map((r) => [r.value, r.area, r.flow, r.partner])).toEqual([
      [6200000000, 'Mohan Port', 'total', 'World'],
      [3900000000, 'Mohan Port', 'import', 'Laos'],
    ]);
  });

  it('reads a border trade zone as a crossing', () => {
    const text = 'The Muse border trade zone recorded trade worth 3.4 billion U.S. dollars in the first nine months of 2026.';
    expect(flows(text, '2026-10-15').map((r) => r[2])).toEqual(['Muse Port']);
  });
});
