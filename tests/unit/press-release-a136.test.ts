/**
 * Rules of the fixing round for b261 (the European and Eurasian ends of the China routes): each phenomenon in several frames
 * of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('the far ends and transit lands of a haul of trains are no area in a release on the terminal that reports', () => {
  it('reads trains that "rolled in from" Chinese hubs, and those that "departed for" China, as the port\'s', () => {
    const rows = releaseRows('DUISBURG, May 4 -- The inland port of Duisburg handled 2,310 freight trains in 2025, the operator said. Some 700 trains rolled in from Chinese hubs, and 610 departed for China. Boxes on the services came to 220,000 TEU.', '2026-05-04');
    expect(row(rows, 700)?.area).toBe('Duisburg Port');
    expect(row(rows, 610)?.area).toBe('Duisburg Port');
    expect(row(rows, 220000)?.area).toBe('Duisburg Port');
  });
  it('reads trains "arriving via" a country as the terminal\'s', () => {
    const rows = releaseRows('WARSAW, Feb 3 - The Malaszewicze terminals transshipped 540,000 TEU in 2025, the manager said. Trains arriving via Belarus numbered 3,900, up 7 percent.', '2026-02-03');
    expect(row(rows, 3900)?.area).toBe('Malaszewicze Port');
  });
  it('reads "Incoming trains from" two cities, and the next sentence, as the town\'s', () => {
    const rows = releaseRows('LODZ, March 2 -- The rail terminal in Łódź handled 1,640 trains in 2025, the city office said. Incoming trains from Hefei and Suzhou totalled 880, while 300 were sent back to China. Containers handled came to 90,000 TEU.', '2026-03-02');
    expect(row(rows, 880)?.area).toBe('Lodz');
    expect(row(rows, 90000)?.area).toBe('Lodz');
  });
  it('reads trains that "pulled in from" Chinese cities as the port\'s', () => {
    const rows = releaseRows('HAMBURG, Feb 3 - The Port of Hamburg handled 2,050 China trains in 2025, the port said. Of these, 1,100 trains pulled in from Chinese cities. Boxes carried on them reached 190,000 TEU.', '2026-02-03');
    expect(row(rows, 1100)?.area).toBe('Hamburg Port');
    expect(row(rows, 190000)?.area).toBe('Hamburg Port');
  });
  it('reads transit trains "coming through" a country as the station\'s, and the next sentence too', () => {
    const rows = releaseRows('ALMATY, Feb 3 - The Dostyk border station handled 6,200 trains in 2025, the railway said. Transit trains coming through Kazakhstan from China totalled 4,100. Grain shipments made up 3.1 million tonnes.', '2026-02-03');
    expect(row(rows, 4100)?.area).toBe('Dostyk Port');
    expect(row(rows, 3.1e6)?.area).toBe('Dostyk Port');
  });
  it('reads the later item of a list of ends, "arriving from Baku and Turkmenbashi", as a far end too', () => {
    const rows = releaseRows('AKTAU, March 5 - The seaport of Aktau handled 9,840 TEU of containers in January-February 2026, the port company said. Boxes arriving from Baku and Turkmenbashi came to 2,720 TEU, and cargo sent on to Tbilisi or Poti 1,900 TEU.', '2026-03-05');
    expect(row(rows, 2720)?.area).toBe('Aktau Port');
  });
  it('keeps "freight trains from Chengdu" as Chengdu\'s own trains in a Chinese release (guard)', () => {
    const rows = releaseRows('CHONGQING, Jan 9 -- Chongqing sent 2,100 trains to Europe in 2025, the city said. Freight trains from Chengdu made 1,800 trips.', '2026-01-09');
    expect(row(rows, 1800)?.area).toBe('Chengdu');
  });
  it('keeps "Kazakhstan\'s exports to China" as the country\'s own trade after a station\'s figure (guard)', () => {
    const rows = releaseRows("ALMATY, Feb 3 - The Dostyk border station handled 9.2 million tonnes in 2025, the railway said. Kazakhstan's exports to China reached 9.1 billion dollars.", '2026-02-03');
    expect(row(rows, 9.1e9)?.area).toBe('Kazakhstan');
  });
});

describe('trains named by a partner they run to, after a compass word, went out', () => {
  it('reads the elided "and eastbound trains to China for 1,200" as exports', () => {
    const rows = releaseRows('MINSK, Jan 20 - Container trains passing the Brest junction numbered 4,300 in 2025, the railway said. Westbound trains from China accounted for 3,100 of them, and eastbound trains to China for 1,200.', '2026-01-20');
    expect(row(rows, 1200)?.flow).toBe('export');
    expect(row(rows, 3100)?.flow).toBe('import');
  });
  it('reads "Eastbound container trains for China totalled" as exports', () => {
    const rows = releaseRows('WARSAW, Feb 3 - The Malaszewicze terminals handled 7,100 trains in 2025, the manager said. Eastbound container trains for China totalled 640, up 8 percent.', '2026-02-03');
    expect(row(rows, 640)?.flow).toBe('export');
  });
  it('reads "Eastbound trains heading for China numbered" as exports', () => {
    const rows = releaseRows('DUISBURG, May 4 -- The inland port of Duisburg handled 2,310 freight trains in 2025, the operator said. Eastbound trains heading for China numbered 1,040.', '2026-05-04');
    expect(row(rows, 1040)?.flow).toBe('export');
  });
  it('reads "The number of eastbound container trains going to China was" as exports', () => {
    const rows = releaseRows('MINSK, Jan 20 - The Brest junction handled 4,300 trains in 2025, the railway said. The number of eastbound container trains going to China was 1,450, while westbound ones were 2,850.', '2026-01-20');
    expect(row(rows, 1450)?.flow).toBe('export');
  });
  it('reads the plain "Eastbound trains to China numbered" as exports', () => {
    const rows = releaseRows('MINSK, Jan 20 - The Brest junction handled 4,300 trains in 2025, the railway said. Eastbound trains to China numbered 1,450.', '2026-01-20');
    expect(row(rows, 1450)?.flow).toBe('export');
  });
  it('keeps bare "Eastbound trains" as imports, the compass convention (guard)', () => {
    const rows = releaseRows('MINSK, Jan 20 - The Brest junction handled 4,300 trains in 2025, the railway said. Eastbound trains numbered 1,450.', '2026-01-20');
    expect(row(rows, 1450)?.flow).toBe('import');
  });
  it('keeps "Westbound trains from China" as imports (guard)', () => {
    const rows = releaseRows('MINSK, Jan 20 - The Brest junction handled 4,300 trains in 2025, the railway said. Westbound trains from China numbered 2,850.', '2026-01-20');
    expect(row(rows, 2850)?.flow).toBe('import');
  });
});

describe('Brest and Piraeus, the gateways at the European ends, are ports', () => {
  it('reads "Throughput at Piraeus rose to" as Piraeus Port', () => {
    const rows = releaseRows('ATHENS, April 20 -- Throughput at Piraeus rose to 5.1 million TEU in 2025, the port authority said.', '2026-04-20');
    expect(row(rows, 5.1e6)?.area).toBe('Piraeus Port');
  });
  it('reads "Piraeus moved" as Piraeus Port', () => {
    const rows = releaseRows('ATHENS, April 20 -- Piraeus moved 4.9 million TEU of containers in 2025, 3 percent more than a year earlier, the port authority said.', '2026-04-20');
    expect(row(rows, 4.9e6)?.area).toBe('Piraeus Port');
  });
  it('reads "Brest handled" as Brest Port', () => {
    const rows = releaseRows('MINSK, Jan 20 - Brest handled 4,300 container trains in 2025, down 6 percent, the railway said.', '2026-01-20');
    expect(row(rows, 4300)?.area).toBe('Brest Port');
  });
  it('reads trains "processed in Brest", the town after the count, as Brest Port', () => {
    const rows = releaseRows('MINSK, Jan 20 - In 2025, 4,300 container trains were processed in Brest, the railway said.', '2026-01-20');
    expect(row(rows, 4300)?.area).toBe('Brest Port');
  });
  it('reads "The Brest border junction saw" as Brest Port', () => {
    const rows = releaseRows('MINSK, Jan 20 - The Brest border junction saw 410,000 TEU of transit containers in 2025, the railway said.', '2026-01-20');
    expect(row(rows, 410000)?.area).toBe('Brest Port');
  });
  it('keeps a Chinese city whose cargo was bound for Piraeus as the city (guard)', () => {
    const rows = releaseRows('CHONGQING, Jan 9 -- Chongqing sent 2,100 trains abroad in 2025, the city said. The cargo was bound for Piraeus and Budapest.', '2026-01-09');
    expect(row(rows, 2100)?.area).toBe('Chongqing');
  });
  it('does not read a company named "Brestlink" as Brest (guard)', () => {
    const rows = releaseRows('MINSK, Jan 20 - Brestlink Logistics handled 12,000 TEU in 2025, the company said.', '2026-01-20');
    expect(row(rows, 12000)?.area).not.toBe('Brest Port');
  });
});
