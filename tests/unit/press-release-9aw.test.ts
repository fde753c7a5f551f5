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
  // (Read from Zahony's side since the lead's compass ruling of the thirty-eighth session, a141: at the European end westbound
  // trains arrive, eastbound ones leave.)
  it('reads "Westbound trains, i.e. ..., numbered N, while M ran eastbound" as both parts', () => {
    const text = 'Terminals at Zahony handled 940 container trains in the third quarter of 2026. Westbound trains, i.e. from Asia to the EU, numbered 611, while 329 ran eastbound.';
    expect(flows(text, '2026-10-10')).toEqual([
      [940, 'trains', 'Zahony Port', 'total'],
      [611, 'trains', 'Zahony Port', 'import'],
      [329, 'trains', 'Zahony Port', 'export'],
    ]);
  });

  it('reads what trains carried, and its cargo value, as two-way traffic whatever flow came before', () => {
    const text = 'Wuhan exported 41,000 TEUs of goods by sea in the first ten months of 2026. Together the trains moved 72,500 TEUs in the first ten months of 2026.';
    expect(flows(text, '2026-11-12').map((r) => r[3])).toEqual(['export', 'total']);
    const value = 'Wuhan exported 41,000 TEUs of goods by sea in the first ten months of 2026. Freight trains from the city made 266 trips in the period, carrying 27,400 TEUs, with a cargo value of 2.7 billion yuan.';
    expect(flows(value, '2026-11-12').map((r) => r[3])).toEqual(['export', 'total', 'total', 'total']);
  });

  it('reads goods in transit, listed after imports, as crossing both ways', () => {
    const text = 'Kyrgyz railways carried 9.6 million tons of cargo in January-October 2026. Of this, exports came to 2.1 million tons, imports - 5.2 million tons, and transit - 2.3 million tons (+8%).';
    expect(flows(text, '2026-11-12').map((r) => r[3])).toEqual(['total', 'export', 'import', 'total']);
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
  it('reads a country the partner\'s goods pass "via" as the route, not the area', () => {
    const text = 'Uzbekistan Railways moved 30.4 million tonnes in the first ten months of 2026. Over the period, 1,052 container trains arrived from China via Kyrgyzstan.';
    expect(flows(text, '2026-11-12')).toEqual([
      [30400000, 'tonnes', 'Uzbekistan', 'total'],
      [1052, 'trains', 'Uzbekistan', 'import'],
    ]);
  });

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

describe('crossings named again later in a port story', () => {
  it('reads a town named alone after its crossing was named by its kind as that port', () => {
    const text = "Kazakhstan's rail exports reached 11.2 million tonnes in the first ten months of 2026. Most of it went through the Zhanaturmys border station, which handled 4.1 million tonnes.\n\nIn October, exports through Zhanaturmys came to 390,000 tonnes.";
    expect(flows(text, '2026-11-12').map((r) => r[2])).toEqual(['Kazakhstan', 'Zhanaturmys Port', 'Zhanaturmys Port']);
  });

  it('gives the figures of a sentence opened by routing through a port to the port over a country subject', () => {
    const text = 'Kyrgyzstan exported 2.2 million tonnes in the first ten months of 2026. Via the Karasuu station on the Uzbek border, Kyrgyzstan exported 0.6 million tonnes in the first ten months of 2026.';
    expect(flows(text, '2026-11-12').map((r) => r[2])).toEqual(['Kyrgyzstan', 'Karasuu Port']);
  });

  it('reads goods that came "in the opposite direction" as the other flow of the figure before them', () => {
    const text = 'Exports through the Karasuu border station came to 0.6 million tonnes in the first ten months of 2026, while 210,000 tonnes of goods came in the opposite direction.';
    expect(flows(text, '2026-11-12').map((r) => r[3])).toEqual(['export', 'import']);
  });
});
