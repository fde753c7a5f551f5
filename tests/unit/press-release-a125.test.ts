/**
 * Rules of the fixing round for b220, b232, b217, b208, b199, b195, b202, b212, b187 (older batches' leftovers), thirty-seventh
 * session: each cause in several frames of our own, with near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, unit?: string) => rows.find((r) => r.value === value && (unit === undefined || r.unit === unit));

describe('a direction\'s part of the trains counted: its verb left out, or after a sentence that gave only the growth', () => {
  it('reads "... made up 1,100 of them and eastbound journeys 740" (no preposition left)', () => {
    const rows = releaseRows('CHONGQING, Nov. 18 -- The hub ran 1,840 freight trains from January to October. Westbound journeys made up 1,100 of them and eastbound journeys 740.');
    expect(row(rows, 740)).toMatchObject({ unit: 'trains', flow: 'import' });
    expect(row(rows, 1100)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "Outbound services accounted for 1,500 of these" after a growth-only sentence, and "while return services numbered 810"', () => {
    const rows = releaseRows('LANZHOU, Nov. 18 -- The station operated 2,310 China-Europe trains in the first ten months. Year on year, the number grew 6 percent. Outbound services accounted for 1,500 of these, while return services numbered 810.');
    expect(row(rows, 1500)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 810)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "Return runs made up 420 of the total, and outbound runs the other 540"', () => {
    const rows = releaseRows('URUMQI, Nov. 18 -- Some 960 cross-border trains ran through the yard in the ten months. Return runs made up 420 of the total, and outbound runs the other 540.');
    expect(row(rows, 540)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "Outbound trains represented 530 of them" after "The count was 12 percent higher"', () => {
    const rows = releaseRows('HEFEI, Nov. 18 -- The city\'s rail port handled 880 trains from January to October. The count was 12 percent higher than a year before. Outbound trains represented 530 of them.');
    expect(row(rows, 530)).toMatchObject({ unit: 'trains', flow: 'export', period_start: '2026-01', period_end: '2026-10' });
  });
  it('reads the Xi\'an frame: "Outbound services made up 2,950 of them and inbound services 2,430" after the growth', () => {
    const rows = releaseRows('XI\'AN, Jan. 8 -- The hub ran 5,120 trains in 2025. Year on year, the count rose 3.9 percent. Outbound services made up 2,800 of them and inbound services 2,320.', '2026-01-08');
    expect(rows.filter((r) => r.unit === 'trains').map(levelTuple)).toContainEqual(['2025-01', '2025-12', 2320, 'trains', null]);
    expect(row(rows, 2800)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('does not count tonnes after the part as trains (near miss)', () => {
    const rows = releaseRows('CHONGQING, Nov. 18 -- The hub ran 1,840 freight trains from January to October. Westbound trains made up 1,100 of them and 740 tonnes of cargo came back.');
    expect(row(rows, 740, 'trains')).toBeUndefined();
  });
  it('keeps a direction\'s percentage of the trains a share (near miss)', () => {
    const rows = releaseRows('LANZHOU, Nov. 18 -- The station operated 2,310 China-Europe trains in the first ten months. Year on year, the number grew 6 percent. Outbound services accounted for 61 percent of these.');
    expect(row(rows, 61)).toMatchObject({ unit: 'percent-share' });
    expect(row(rows, 61, 'trains')).toBeUndefined();
  });
});

describe('the two verbs of trade paired in the participle are two-way trade', () => {
  it('reads "importing and exporting 22.6 billion yuan" after a comma', () => {
    const rows = releaseRows('HAIKOU, Nov. 18 -- Hainan\'s trade came to 53.3 billion yuan in the ten months. Exports rose to 16.9 billion yuan. Private firms led the way, importing and exporting 22.6 billion yuan, up 31.9 percent.');
    expect(row(rows, 22.6e9)).toMatchObject({ flow: 'total' });
  });
  it('reads "Exporting and importing ..." opening the sentence (the other order)', () => {
    const rows = releaseRows('NANNING, Nov. 18 -- Guangxi\'s trade reached 612 billion yuan in the ten months. Imports came to 301 billion yuan. Exporting and importing 88.4 billion yuan between them, state-owned firms grew 4 percent.');
    expect(row(rows, 88.4e9)).toMatchObject({ flow: 'total' });
  });
  it('reads the participle in an aside between commas', () => {
    const rows = releaseRows('XIAMEN, Nov. 18 -- Fujian\'s trade came to 1.6 trillion yuan in the ten months. Exports were 1.0 trillion yuan. Foreign-invested firms, importing and exporting a combined 410 billion yuan, made up a quarter of the total.');
    expect(row(rows, 410e9)).toMatchObject({ flow: 'total' });
  });
  it('reads firms described as importing and exporting through a zone', () => {
    const rows = releaseRows('HEFEI, Nov. 18 -- Anhui\'s trade reached 701 billion yuan in the ten months. Exports rose to 470 billion yuan. The 2,300 firms importing and exporting through the city\'s new bonded zone handled 96 billion yuan.');
    expect(row(rows, 96e9)).toMatchObject({ flow: 'total' });
  });
  it('reads the gerund pair after "busy"', () => {
    const rows = releaseRows('CHENGDU, Nov. 18 -- Sichuan\'s trade came to 802 billion yuan in the ten months. Exports were 500 billion yuan. Bonded zones were busy importing and exporting 120 billion yuan, up 3 percent.');
    expect(row(rows, 120e9)).toMatchObject({ flow: 'total' });
  });
  it('keeps "Exporting firms shipped ..." an export (near miss)', () => {
    const rows = releaseRows('CHENGDU, Nov. 18 -- Sichuan\'s trade came to 802 billion yuan in the ten months. Exports reached 500 billion yuan. Exporting firms shipped 120 billion yuan of laptops, up 3 percent.');
    expect(row(rows, 120e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps "Firms importing from Japan bought ..." an import (near miss)', () => {
    const rows = releaseRows('CHENGDU, Nov. 18 -- Sichuan\'s trade came to 802 billion yuan in the ten months. Imports reached 300 billion yuan. Firms importing from Japan bought 12 billion yuan of machines.');
    expect(row(rows, 12e9)).toMatchObject({ flow: 'import' });
  });
});

describe('a one-way count of trains split into outbound and inbound parts a few sentences on went both ways, with the cargo between', () => {
  it('reads "Of the trains, 2,100 were outbound and 1,020 inbound" two sentences after "dispatched"', () => {
    const rows = releaseRows('XI\'AN, Nov. 18 -- Xi\'an dispatched 3,120 China-Europe trains in the first ten months. The trains carried 2.4 million tonnes of goods, up 8 percent. The goods were worth 70.2 billion yuan. Of the trains, 2,100 were outbound and 1,020 inbound.');
    expect(row(rows, 3120)).toMatchObject({ flow: 'total' });
    expect(row(rows, 2.4e6)).toMatchObject({ flow: 'total' });
  });
  it('reads "Outbound trains numbered 880 and return trains 570" after "sent out" and "These trains hauled"', () => {
    const rows = releaseRows('WUHAN, Nov. 18 -- The Wuhan hub sent out 1,450 freight trains from January to October, 11 percent more than a year before. These trains hauled 120,000 TEU of containers. Outbound trains numbered 880 and return trains 570.');
    expect(row(rows, 1450)).toMatchObject({ flow: 'total' });
    expect(row(rows, 120000)).toMatchObject({ flow: 'total' });
  });
  it('reads a split in the next paragraph after "They moved ..."', () => {
    const rows = releaseRows('HEFEI, Nov. 18 -- Hefei\'s rail port dispatched 960 trains in the ten months. They moved 85,000 TEU.\n\nWestbound services accounted for 610 of the trains, and eastbound services for 350.');
    expect(row(rows, 960)).toMatchObject({ flow: 'total' });
    expect(row(rows, 85000)).toMatchObject({ flow: 'total' });
  });
  it('reads "Outbound trains made up 700 of them, and return trains 500" after cargo on board', () => {
    const rows = releaseRows('CHANGSHA, Nov. 18 -- Changsha dispatched 1,200 trains in the first ten months. Cargo on board came to 96,000 TEU, up 4 percent. Outbound trains made up 700 of them, and return trains 500.');
    expect(row(rows, 1200)).toMatchObject({ flow: 'total' });
  });
  it('reads "Of the trains, 700 were outbound and 300 inbound" after a sentence on the boxes', () => {
    const rows = releaseRows('CHANGSHA, Nov. 18 -- Changsha dispatched 1,000 trains in the first ten months. Cargo on board came to 96,000 TEU, up 4 percent. Of the trains, 700 were outbound and 300 inbound.');
    expect(row(rows, 1000)).toMatchObject({ flow: 'total' });
  });
  it('keeps trains dispatched with no split after them going out (near miss)', () => {
    const rows = releaseRows('CHANGSHA, Nov. 18 -- Changsha dispatched 1,200 trains in the first ten months. Cargo on board came to 96,000 TEU, up 4 percent. Last year it dispatched 1,100 trains.');
    expect(row(rows, 1200)).toMatchObject({ flow: 'export' });
  });
  it('keeps a dispatched count whose parts add up to more than it going out (near miss)', () => {
    const rows = releaseRows('CHANGSHA, Nov. 18 -- Changsha dispatched 600 trains in the first ten months. Cargo on board came to 56,000 TEU, up 4 percent. Across the province, 900 trains were outbound and 700 inbound.');
    expect(row(rows, 600)).toMatchObject({ flow: 'export' });
  });
});

describe('a unit of quantity named for the clause gives a bare number its unit', () => {
  it('reads "In TEU terms, the count was 352,000"', () => {
    const rows = releaseRows('XI\'AN, Nov. 18 -- The trains ran 4,100 times in the ten months. In TEU terms, the count was 352,000, about 11 percent more than a year ago.');
    expect(row(rows, 352000)).toMatchObject({ unit: 'TEU', yoy_pct: 11 });
  });
  it('reads "Measured in TEUs, the boxes they carried came to 1.2 million"', () => {
    const rows = releaseRows('QINGDAO, Nov. 18 -- The port\'s sea-rail trains grew busier. Measured in TEUs, the boxes they carried came to 1.2 million in the ten months.');
    expect(row(rows, 1.2e6)).toMatchObject({ unit: 'TEU' });
  });
  it('reads "In terms of tonnage, the cargo reached 3.4 million"', () => {
    const rows = releaseRows('MANZHOULI, Nov. 18 -- Freight through the port rose in the ten months. In terms of tonnage, the cargo reached 3.4 million, up 5 percent.');
    expect(row(rows, 3.4e6)).toMatchObject({ unit: 'tonnes', yoy_pct: 5 });
  });
  it('reads "By weight, the shipments totalled 880,000"', () => {
    const rows = releaseRows('ERENHOT, Nov. 18 -- Coal shipments picked up in the ten months. By weight, the shipments totalled 880,000, down 2 percent.');
    expect(row(rows, 880000)).toMatchObject({ unit: 'tonnes', yoy_pct: -2 });
  });
  it('reads "counted in twenty-foot equivalent units its volume stood at 910,000" after a colon', () => {
    const rows = releaseRows('NINGBO, Nov. 18 -- The sea-rail service grew fast in the ten months: counted in twenty-foot equivalent units its volume stood at 910,000.');
    expect(row(rows, 910000)).toMatchObject({ unit: 'TEU' });
  });
  it('does not read a rank among ports as TEU (near miss)', () => {
    const rows = releaseRows('XI\'AN, Nov. 18 -- The trains ran 4,100 times in the ten months. In TEU terms, the hub ranked 3rd among 62 inland ports.');
    expect(rows.filter((r) => r.unit === 'TEU')).toEqual([]);
  });
  it('does not read a part "of the trucks" as tonnes (near miss)', () => {
    const rows = releaseRows('ERENHOT, Nov. 18 -- Coal shipments picked up in the ten months. By weight, 880,000 of the trucks were overloaded.');
    expect(row(rows, 880000, 'tonnes')).toBeUndefined();
  });
});

describe('a port town named as a city is its port where it does a port\'s work on trains or cargo', () => {
  it('reads "Erenhot, home to some 75,000 people, handled 3,050 ... trains" (an aside with a number between)', () => {
    const rows = releaseRows('HOHHOT, Nov. 14 -- The city of Erenhot reported foreign trade of 21.4 billion yuan in the ten months. Erenhot, home to some 75,000 people, handled 3,050 China-Europe freight trains in the period.');
    expect(row(rows, 3050)).toMatchObject({ area: 'Erenhot Port' });
    expect(row(rows, 21.4e9)).toMatchObject({ area: 'Erenhot' });
  });
  it('reads "Heihe also received 1.2 million tonnes" after "Heihe City"', () => {
    const rows = releaseRows('HARBIN, Nov. 14 -- Heihe City posted foreign trade of 9.2 billion yuan in the ten months, up 4 percent. Heihe also received 1.2 million tonnes of Russian soybeans over the period.');
    expect(row(rows, 1.2e6)).toMatchObject({ area: 'Heihe Port' });
  });
  it('reads "Suifenhe, a stop on ..., has cleared over 900 trains" after "the border city of Suifenhe"', () => {
    const rows = releaseRows('HARBIN, Nov. 14 -- The border city of Suifenhe reported trade of 6.7 billion yuan in the ten months. Suifenhe, a stop on the old Chinese Eastern Railway, has cleared over 900 trains this year.');
    expect(row(rows, 900)).toMatchObject({ area: 'Suifenhe Port' });
  });
  it('reads "Manzhouli, with its 1.2 km of sidings, saw 4,800 train trips" (a decimal in the aside)', () => {
    const rows = releaseRows('HOHHOT, Nov. 14 -- Manzhouli City\'s foreign trade reached 30.1 billion yuan in the ten months. Manzhouli, with its 1.2 km of sidings, saw 4,800 train trips in the period.');
    expect(row(rows, 4800)).toMatchObject({ area: 'Manzhouli Port' });
  });
  it('reads "3,050 freight trains were handled at Erenhot" (the passive)', () => {
    const rows = releaseRows('HOHHOT, Nov. 14 -- The city of Erenhot reported foreign trade of 21.4 billion yuan in the ten months. In the period, 3,050 freight trains were handled at Erenhot.');
    expect(row(rows, 3050)).toMatchObject({ area: 'Erenhot Port' });
  });
  it('keeps money the town "handled" the city\'s (near miss)', () => {
    const rows = releaseRows('HOHHOT, Nov. 14 -- The city of Erenhot reported foreign trade of 21.4 billion yuan in the ten months. Erenhot, home to some 75,000 people, handled 8.1 billion yuan of its own exports in the period.');
    expect(row(rows, 8.1e9)).toMatchObject({ area: 'Erenhot' });
  });
  it('does not make the town a port for delegations it received (near miss)', () => {
    const rows = releaseRows('HARBIN, Nov. 14 -- Heihe City posted foreign trade of 9.2 billion yuan in the ten months. Heihe also received 120 delegations of Russian traders over the period, with deals worth 1.3 billion yuan.');
    expect(rows.filter((r) => r.area === 'Heihe Port')).toEqual([]);
  });
});

describe('a clause of cause closing the sentence gives no flow to the figure', () => {
  it('reads ", as timber imports fell" after an aside, and carries imports to the next sentence', () => {
    const rows = releaseRows('HARBIN, April 22 -- Suifenhe reported foreign trade of 6.72 billion yuan in the first quarter. Freight through Suifenhe Port, road and rail combined, was 2.61 million tonnes, down 4.2 percent, as timber imports fell. Timber, at 1.4 million tonnes, was 9 percent lower than a year ago.', '2026-04-22');
    expect(row(rows, 2.61e6)).toMatchObject({ flow: 'total' });
    expect(row(rows, 1.4e6)).toMatchObject({ flow: 'import' });
  });
  it('reads ", because coal imports from Mongolia picked up"', () => {
    const rows = releaseRows('HOHHOT, April 22 -- Trade was steady in the first quarter. Cargo handled at Erenhot Port, by road and rail, came to 4.9 million tonnes, up 7 percent, because coal imports from Mongolia picked up.', '2026-04-22');
    expect(row(rows, 4.9e6)).toMatchObject({ flow: 'total' });
  });
  it('reads ", amid weaker fruit exports to Vietnam" (a noun phrase)', () => {
    const rows = releaseRows('NANNING, April 22 -- Trade was steady in the first quarter. Goods crossing at Youyiguan Port, trucks and trains together, totalled 1.8 million tonnes, down 3 percent, amid weaker fruit exports to Vietnam.', '2026-04-22');
    expect(row(rows, 1.8e6)).toMatchObject({ flow: 'total' });
  });
  it('reads ", after grain exports to Kazakhstan rebounded"', () => {
    const rows = releaseRows('URUMQI, April 22 -- Trade was steady in the first quarter. The Horgos yard, its new sidings in use, moved 2.2 million tonnes, 5 percent more, after grain exports to Kazakhstan rebounded.', '2026-04-22');
    expect(row(rows, 2.2e6)).toMatchObject({ flow: 'total' });
  });
  it('reads ", after soybean imports from Russia dried up" (a verb of two words)', () => {
    const rows = releaseRows('HARBIN, April 22 -- Trade was steady in the first quarter. Freight at Heihe Port, river and bridge combined, reached 0.9 million tonnes, down 11 percent, after soybean imports from Russia dried up.', '2026-04-22');
    expect(row(rows, 0.9e6)).toMatchObject({ flow: 'total' });
  });
  it('keeps a closing clause with a number of its own as a figure of its flow (near miss)', () => {
    const rows = releaseRows('HARBIN, April 22 -- Trade was steady in the first quarter. Freight through Suifenhe Port, road and rail combined, was 2.61 million tonnes, down 4.2 percent, as imports fell 8 percent.', '2026-04-22');
    expect(rows.find((r) => r.yoy_pct === -8)).toMatchObject({ flow: 'import' });
  });
  it('keeps the flow the subject names before the clause of cause (near miss)', () => {
    const rows = releaseRows('HARBIN, April 22 -- Trade was steady in the first quarter. Exports through Suifenhe Port, road and rail combined, were 2.61 million tonnes, down 4.2 percent, as timber demand in China fell.', '2026-04-22');
    expect(row(rows, 2.61e6)).toMatchObject({ flow: 'export' });
  });
});
