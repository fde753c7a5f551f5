/**
 * Rules of the fixing round for b260 and b261 (transfer test 9 and the European ends of the China routes) and the lead's
 * compass ruling: each phenomenon in several frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('compass words are read from the side of the row\'s area (the lead\'s ruling)', () => {
  it('reads westbound trains counted at a Polish border terminal as arrivals', () => {
    const rows = releaseRows('WARSAW, Nov 20 - The terminals at Malaszewicze handled 2,040 China trains in the first ten months of 2026. Of them, 1,530 ran westbound and 510 eastbound, the operator said.');
    expect(row(rows, 1530)).toMatchObject({ area: 'Malaszewicze Port', flow: 'import' });
    expect(row(rows, 510)).toMatchObject({ area: 'Malaszewicze Port', flow: 'export' });
  });
  it('reads the growth of eastbound boxes at a German inland port as its exports', () => {
    const rows = releaseRows('DUISBURG, Nov 20 -- The inland port of Duisburg moved 96,000 TEU on its China services between January and October. Eastbound boxes rose 12.5 percent, while westbound ones rose 4.1 percent.');
    expect(rows.find((r) => r.yoy_pct === 12.5 && r.area === 'Duisburg Port')?.flow).toBe('export');
    expect(rows.find((r) => r.yoy_pct === 4.1 && r.area === 'Duisburg Port')?.flow).toBe('import');
  });
  it('reads a westbound share of the traffic at a Hamburg terminal as the share that arrived', () => {
    const rows = releaseRows('HAMBURG, Nov 20 (trade desk) - The port of Hamburg handled 3,120 China trains in the first ten months of 2026. Westbound services made up 64 percent of them.');
    expect(row(rows, 64)).toMatchObject({ area: 'Hamburg Port', flow: 'import' });
  });
  it('reads a westbound count after a country at the European end as its imports', () => {
    const rows = releaseRows('BUDAPEST, Nov 20 - Hungary handled 1,120 container trains on the routes to and from China in January-October 2026, according to the state railway. Westbound trains numbered 790, up 9 percent.');
    expect(row(rows, 790)).toMatchObject({ area: 'Hungary', flow: 'import' });
  });
  it('reads eastbound volumes from a Lodz terminal, named as a predicate, as its exports', () => {
    const rows = releaseRows('LODZ, Nov 20 - The Lodz terminal received and dispatched 1,410 trains on the China route in the first ten months of 2026. Some 420 of them were eastbound, carrying furniture and food.');
    expect(row(rows, 420)?.area).toMatch(/^Lodz/);
    expect(row(rows, 420)?.flow).toBe('export');
  });
  it('keeps the written convention for a Chinese hub (guard)', () => {
    const rows = releaseRows("XI'AN, Nov 20 -- Xi'an's China-Europe freight trains made 4,210 trips in the first ten months of 2026. Westbound trains numbered 2,950 and eastbound ones 1,260.");
    expect(row(rows, 2950)?.flow).toBe('export');
    expect(row(rows, 1260)?.flow).toBe('import');
  });
  it('keeps the written convention for a transit land (guard)', () => {
    const rows = releaseRows('ASTANA, Nov 20 - Kazakhstan carried 1,080,000 TEU of transit containers between China and Europe in January-October 2026, the national railway said. Westbound trains numbered 9,400, up 12 percent.');
    expect(row(rows, 9400)?.flow).not.toBe('import');
  });
});

describe('a count noun before a noun of a facility counts the facilities, not the things', () => {
  it('reads no container count in "runs more than 20 container terminals"', () => {
    const rows = releaseRows('DUISBURG, Nov 20 -- The operator, which runs more than 20 container terminals along the Rhine, moved 96,000 TEU in January-October 2026, up 3.1 percent.');
    expect(rows.some((r) => r.value === 20)).toBe(false);
    expect(row(rows, 96000)).toMatchObject({ unit: 'TEU' });
  });
  it('reads no container count in "14 container handling tracks", a word of use before the facility', () => {
    const rows = releaseRows('ALASHANKOU, Nov 20 -- The station now has 14 container handling tracks and handled 1.2 million TEU in January-October 2026, up 6 percent.');
    expect(rows.some((r) => r.value === 14)).toBe(false);
    expect(row(rows, 1.2e6)).toMatchObject({ unit: 'TEU', yoy_pct: 6 });
  });
  it('reads no container count in "its 40 container cranes"', () => {
    const rows = releaseRows('PIRAEUS, Nov 20 - Working its 40 container cranes around the clock, the port handled 4.1 million TEU in January-October 2026.');
    expect(rows.some((r) => r.value === 40)).toBe(false);
  });
  it('reads no train count in "12 train depots"', () => {
    const rows = releaseRows('ALMATY, Nov 20 - The railway, which keeps 12 train depots in the south, ran 3,420 trains to China in January-October 2026.');
    expect(rows.some((r) => r.value === 12 && r.unit === 'trains')).toBe(false);
  });
  it('reads no container count in "opened three new container yards"', () => {
    const rows = releaseRows('KOPER, Nov 20 - The port of Koper opened three new container yards this year and handled 812,000 TEU in January-October 2026, up 5 percent.');
    expect(rows.some((r) => r.value === 3)).toBe(false);
    expect(row(rows, 812000)).toMatchObject({ unit: 'TEU', yoy_pct: 5 });
  });
  it('still reads "1,540 containers" as a count of containers (guard)', () => {
    const rows = releaseRows('PIRAEUS, Nov 20 - The port loaded 1,540 containers onto China-bound trains in January-October 2026.');
    expect(row(rows, 1540)).toMatchObject({ unit: 'containers' });
  });
  it('still reads "212 container trains" as trains (guard)', () => {
    const rows = releaseRows('LODZ, Nov 20 - The terminal received 212 container trains from China in January-October 2026.');
    expect(row(rows, 212)).toMatchObject({ unit: 'trains' });
  });
});

describe('"the tally", "the sum", "the count" as the subject of an amount after both directions is the whole again', () => {
  it('reads "In TEU terms, the tally was" after outbound and inbound runs as both ways', () => {
    const rows = releaseRows('ERENHOT, Nov 20 -- The port cleared 1,120 freight trains in January-October 2026. Outbound runs made up 640 of them, inbound ones 480. In TEU terms, the tally was 98,000, up 3.5 percent.');
    expect(row(rows, 98000)).toMatchObject({ unit: 'TEU', flow: 'total' });
  });
  it('reads "the sum came to" in another currency after exports and imports', () => {
    const rows = releaseRows('ULAANBAATAR, Nov 20 - Mongolia exported goods worth 12.4 billion U.S. dollars in January-October 2026 and imported goods worth 7.1 billion U.S. dollars. Counted in tugriks, the sum came to 66.2 trillion tugriks.');
    expect(row(rows, 66.2e12)?.flow).toBe('total');
  });
  it('reads "the aggregate stood at" by weight after exports and imports in yuan', () => {
    const rows = releaseRows('HEKOU, Nov 20 -- Exports through the port reached 1.9 billion yuan in January-October 2026, while imports came to 1.2 billion yuan. By weight, the aggregate stood at 812,000 tonnes.');
    expect(row(rows, 812000)?.flow).toBe('total');
  });
  it('reads "the grand total reached" after the two ways of the trains', () => {
    const rows = releaseRows('MANZHOULI, Nov 20 -- Westbound trains numbered 2,210 in January-October 2026 and eastbound trains 1,460. In containers, the grand total reached 356,000 TEU.');
    expect(row(rows, 356000)?.flow).toBe('total');
  });
  it('reads "the whole sum was" opening its own sentence after exports and imports by weight', () => {
    const rows = releaseRows('DOSTYK, Nov 20 - Exports through the crossing amounted to 4.1 million tonnes in January-October 2026 and imports to 2.6 million tonnes. The whole sum was 3.4 billion U.S. dollars, the railway said.');
    expect(row(rows, 3.4e9)?.flow).toBe('total');
  });
  it('keeps the flow of "the tally was" after exports alone (guard)', () => {
    const rows = releaseRows('ULAANBAATAR, Nov 20 - Mongolia exported coal worth 8.4 billion U.S. dollars in January-October 2026. Counted in tugriks, the tally was 28.6 trillion tugriks.');
    expect(row(rows, 28.6e12)?.flow).toBe('export');
  });
  it('keeps "the export tally was" an export after both directions (guard)', () => {
    const rows = releaseRows('HEKOU, Nov 20 -- Exports through the port reached 1.9 billion yuan in January-October 2026, while imports came to 1.2 billion yuan. By weight, the export tally was 512,000 tonnes.');
    expect(row(rows, 512000)?.flow).toBe('export');
  });
});

describe('the freight of trains counted both ways in the sentence before moved both ways', () => {
  it('reads "Containers moved on the services totalled" after arrivals and departures', () => {
    const rows = releaseRows('DUISBURG, Nov 20 -- The port handled 1,040 China trains in January-October 2026. Of these, 560 trains arrived from Chinese terminals and 480 left for China. Containers moved on the services totalled about 104,000 TEU, up 5.2 percent.');
    expect(row(rows, 104000)?.flow).toBe('total');
  });
  it('reads "The boxes aboard reached" after a colon list of outbound and inbound trains', () => {
    const rows = releaseRows('ZHENGZHOU, Nov 20 -- The hub ran 2,400 trains in January-October 2026: 1,380 were outbound and 1,020 inbound. The boxes aboard reached 221,000 TEU, up 7 percent.');
    expect(row(rows, 221000)?.flow).toBe('total');
  });
  it('reads a passive "were carried" of boxes after trains that left and came back', () => {
    const rows = releaseRows('CHONGQING, Nov 20 -- In January-October 2026, 1,950 trains left the city for Europe and 1,420 came back. In all, 318,000 TEU were carried, the operator said.');
    expect(row(rows, 318000)?.flow).toBe('total');
  });
  it('reads "Container volume stood at" after trains sent west and received from Europe', () => {
    const rows = releaseRows('KHORGOS, Nov 20 - The dry port sent 1,020 trains west in January-October 2026 and received 770 from Europe. Container volume stood at 212,000 TEU.');
    expect(row(rows, 212000)?.flow).toBe('total');
  });
  it('reads "the boxes numbered" in TEU after a count of trains from and to Europe', () => {
    const rows = releaseRows("XI'AN, Nov 20 -- The hub received 1,310 trains from Europe in January-October 2026 and sent 2,060 trains to Europe. Boxes on them numbered 362,000 TEU.");
    expect(row(rows, 362000)?.flow).toBe('total');
  });
  it('keeps outbound boxes, named with their way, as exports (guard)', () => {
    const rows = releaseRows('DUISBURG, Nov 20 -- Of the 1,040 China trains in January-October 2026, 560 arrived from Chinese terminals and 480 left for China. Outbound boxes totalled 41,000 TEU.');
    expect(row(rows, 41000)?.flow).toBe('export');
  });
  it('keeps a tonnage after money both ways (no trains counted) with the last way (guard)', () => {
    const rows = releaseRows('ERENHOT, Nov 20 -- Exports through the port reached 2.1 billion yuan in January-October 2026 and imports 1.3 billion yuan. Coal came to 4.2 million tonnes.');
    expect(row(rows, 4.2e6)?.flow).toBe('import');
  });
  it('keeps the freight of trains counted one way with that way (guard)', () => {
    const rows = releaseRows('ERENHOT, Nov 20 -- Outbound trains numbered 830 in January-October 2026, up 5 percent. They carried 1.4 million tonnes.');
    expect(row(rows, 1.4e6)?.flow).toBe('export');
  });
});

describe("a firm's own income (revenue, turnover, sales of an operator, authority or company) is no trade of a place", () => {
  it('reads no row for "Revenue of the listed port authority increased to"', () => {
    const rows = releaseRows('PIRAEUS, Nov 20 - The port handled 4.1 million TEU in January-October 2026, up 3 percent. Revenue of the listed port authority increased to 171.4 million euros.');
    expect(rows.some((r) => r.value === 171.4e6)).toBe(false);
  });
  it("reads no row for the operator's turnover with a possessive", () => {
    const rows = releaseRows("DUISBURG, Nov 20 -- The port moved 96,000 TEU on its China services in January-October 2026. The operator's turnover rose to 312 million euros.");
    expect(rows.some((r) => r.value === 312e6)).toBe(false);
  });
  it('reads no row for "sales at the terminal company reached"', () => {
    const rows = releaseRows('HAMBURG, Nov 20 -- Container traffic with China reached 2.2 million TEU in January-October 2026. Sales at the terminal company reached 905 million euros, up 6 percent.');
    expect(rows.some((r) => r.value === 905e6)).toBe(false);
  });
  it('reads no row for "the group\'s revenues came to" after the trains', () => {
    const rows = releaseRows("BUDAPEST, Nov 20 - The rail group ran 938 China trains in January-October 2026. For the same months the group's revenues came to 248 million euros.");
    expect(rows.some((r) => r.value === 248e6)).toBe(false);
  });
  it('reads no row for "Earnings of the pier concessionaire rose to" before the port figure', () => {
    const rows = releaseRows('PIRAEUS, Nov 20 - Earnings of the pier concessionaire rose to 58 million euros in January-October 2026, while the port handled 4.1 million TEU.');
    expect(rows.some((r) => r.value === 58e6)).toBe(false);
  });
  it('keeps exports through a port an authority reports as exports (guard)', () => {
    const rows = releaseRows('HAMBURG, Nov 20 -- Exports through the port reached 31.2 billion euros in January-October 2026, the port authority said.');
    expect(row(rows, 31.2e9)).toMatchObject({ flow: 'export' });
  });
  it("keeps private companies' export sales as exports (guard)", () => {
    const rows = releaseRows("HANGZHOU, Nov 20 -- Private companies' export sales reached 3.2 billion U.S. dollars in January-October 2026, up 4 percent.");
    expect(row(rows, 3.2e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps the overseas sales of a province, no firm named, as its exports (guard)', () => {
    const rows = releaseRows('HANGZHOU, Nov 20 -- Overseas sales of the province reached 3.2 billion U.S. dollars in January-October 2026, up 4 percent.');
    expect(row(rows, 3.2e9)).toMatchObject({ flow: 'export' });
  });
});
