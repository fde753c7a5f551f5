/**
 * Issue 9, twenty-fifth session: causes found on blind batch 132 (places below the province: cities, ports, zones).
 * Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('an area of a pilot free trade zone named with a capital "Area"', () => {
  it('reports a two-place area as its own hyphenated zone, not the provincial FTZ', () => {
    const rows = releaseRows('SHENZHEN, Jan. 20 -- The Qianhai and Shekou Area of China (Guangdong) Pilot Free Trade Zone traded goods worth 260.4 billion yuan in 2025, up 18 percent, local customs said.', '2026-01-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[260400000000, 'Qianhai-Shekou FTZ']]);
  });
  it('reports a one-place area under its own name', () => {
    const rows = releaseRows('GUANGZHOU, Jan. 20 -- Foreign trade of the Nansha Area of the China (Guangdong) Pilot Free Trade Zone rose 9 percent to 120.5 billion yuan last year.', '2026-01-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[120500000000, 'Nansha FTZ']]);
  });
  it('keeps a lower-case "area of" with the whole zone (guard)', () => {
    const rows = releaseRows('XIAMEN, Jan. 20 -- The Xiamen area of the China (Fujian) Pilot Free Trade Zone traded 180.2 billion yuan last year.', '2026-01-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[180200000000, 'Fujian FTZ']]);
  });
  it('keeps a special area named as such (guard)', () => {
    const rows = releaseRows('SHANGHAI, Jan. 20 -- The Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone recorded imports and exports of 300.1 billion yuan last year.', '2026-01-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[300100000000, 'Lingang Special Area']]);
  });
});

describe('a city\'s "International Port" that a train service is based at or runs from', () => {
  it('is the city for the trains of a service based at it', () => {
    const rows = releaseRows('ZHENGZHOU, Dec. 5 -- The China-Europe freight train service, based at the Zhengzhou International Port, made 2,300 trips in the first 11 months, up 6 percent.', '2025-12-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[2300, 'Zhengzhou']]);
  });
  it('is the city for trains operating from it', () => {
    const rows = releaseRows('CHENGDU, Dec. 5 -- China-Europe freight trains operating from the Chengdu International Port made 4,300 trips in the first 11 months, up 6 percent.', '2025-12-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[4300, 'Chengdu']]);
  });
  // (The lead's ruling in round a142 puts "handled N trains" among the hub's verbs of running trains: the guard is now the
  // tonnes of cargo the port itself handled.)
  it('keeps the port for what the port itself handled (guard)', () => {
    const rows = releaseRows('LANZHOU, Dec. 5 -- The Lanzhou International Port handled 4.3 million tonnes of freight in the first 11 months, up 6 percent.', '2025-12-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[4.3e6, 'Lanzhou Port']]);
  });
});

describe('a growth before a share is not led into the level of a which-clause on the share\'s whole', () => {
  it('gives "The figure was N percent higher" to the level before, not to the province\'s total', () => {
    const rows = releaseRows('NANCHANG, Jan. 22 -- The Nanchang Comprehensive Bonded Zone reported imports and exports of 52.3 billion yuan last year. The figure was 7.1 percent higher than in 2024 and made up 8.2 percent of Jiangxi\'s trade, which stood at 637.8 billion yuan.', '2026-01-22');
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => [r.value, r.yoy_pct])).toEqual([[52300000000, 7.1], [637800000000, null]]);
  });
  it('keeps a trailing growth with its level when a share and its whole follow', () => {
    const rows = releaseRows('NANCHANG, Jan. 22 -- The Nanchang Comprehensive Bonded Zone reported imports and exports of 52.3 billion yuan last year, 7.1 percent more than in 2024, making up 8.2 percent of Jiangxi\'s foreign trade, which stood at 637.8 billion yuan for the year.', '2026-01-22');
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => [r.value, r.yoy_pct])).toEqual([[52300000000, 7.1], [637800000000, null]]);
  });
  it('still leads a growth into the level it rises to (guard)', () => {
    const rows = releaseRows('NANCHANG, Jan. 22 -- Jiangxi\'s foreign trade rose 3.3 percent to 637.8 billion yuan last year.', '2026-01-22');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[637800000000, 3.3]]);
  });
});

describe('a place that comes next in a ranking of places ranks by what the leader was ranked by', () => {
  const lead = 'GUANGZHOU, Oct. 24 -- Guangdong\'s foreign trade reached 6.9 trillion yuan in the first three quarters. Among its cities, Shenzhen ranked first with imports and exports of 3.2 trillion yuan, up 4 percent. Shenzhen\'s exports alone came to 1.9 trillion yuan, up 2.1 percent. ';
  it('reads "came second at" as the whole trade, past an aside on the leader\'s exports', () => {
    const rows = releaseRows(`${lead}Dongguan came second at 1.0 trillion yuan, growing 3.3 percent, followed by Guangzhou with 0.8 trillion yuan.`, '2025-10-24');
    expect(rows.filter((r) => r.area === 'Dongguan' || r.area === 'Guangzhou').map((r) => [r.area, r.flow])).toEqual([['Dongguan', 'total'], ['Guangzhou', 'total']]);
  });
  it('reads "ranked third with" the same way', () => {
    const rows = releaseRows(`${lead}Foshan ranked third with 0.6 trillion yuan.`, '2025-10-24');
    expect(rows.filter((r) => r.area === 'Foshan').map((r) => r.flow)).toEqual(['total']);
  });
  it('keeps the flow before when no place led a ranking (guard)', () => {
    const rows = releaseRows('GUANGZHOU, Oct. 24 -- Shenzhen\'s exports came to 1.9 trillion yuan in the first three quarters, up 2.1 percent. Dongguan came second at 0.7 trillion yuan.', '2025-10-24');
    expect(rows.filter((r) => r.area === 'Dongguan').map((r) => r.flow)).toEqual(['export']);
  });
});

describe('a town named in its administering city\'s apposition', () => {
  it('leaves the figure to the city the apposition describes, after a sentence on the town', () => {
    const rows = releaseRows('HANGZHOU, March 18 -- The county-level city of Yiwu traded goods worth 92.3 billion yuan in the first two months. Jinhua, the prefecture-level city administering Yiwu, saw its imports and exports rise 4.2 percent to 126.5 billion yuan.', '2025-03-18');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[92300000000, 'Yiwu'], [126500000000, 'Jinhua']]);
  });
  it('reads ", which administers" as the city too (guard: already read so)', () => {
    const rows = releaseRows('HANGZHOU, March 18 -- The county-level city of Yiwu traded goods worth 92.3 billion yuan in the first two months. Jinhua, which administers Yiwu, traded 126.5 billion yuan.', '2025-03-18');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[92300000000, 'Yiwu'], [126500000000, 'Jinhua']]);
  });
  it('keeps a town the sentence makes its subject (guard)', () => {
    const rows = releaseRows('HANGZHOU, March 18 -- Yiwu, a county-level city under Jinhua, traded goods worth 21.3 billion yuan in the first two months.', '2025-03-18');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[21300000000, 'Yiwu']]);
  });
});

describe('a border economic cooperation zone', () => {
  it('reports as the zone, not as the port of its town', () => {
    const rows = releaseRows('HARBIN, Oct. 20 -- Trade through Heihe Port reached 9.1 billion yuan in the first nine months. The Heihe Border Economic Cooperation Zone posted imports and exports of 2.2 billion yuan, up 12 percent.', '2025-10-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[9100000000, 'Heihe Port'], [2200000000, 'Heihe Border Economic Cooperation Zone']]);
  });
  it('keeps the port for trade through it (guard)', () => {
    const rows = releaseRows('HARBIN, Oct. 20 -- Trade through Heihe Port reached 9.1 billion yuan in the first nine months, up 5 percent.', '2025-10-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[9100000000, 'Heihe Port']]);
  });
});

describe('one direction that dominates the trade "at" an amount', () => {
  it('gives the amount that direction\'s flow', () => {
    const rows = releaseRows('HAIKOU, April 23 -- The Haikou Comprehensive Bonded Zone posted foreign trade of 8.2 billion yuan in the first quarter. Imports dominated the zone\'s trade at 6.1 billion yuan.', '2025-04-23');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[8200000000, 'total'], [6100000000, 'import']]);
  });
  it('reads "Exports made up the bulk of the city\'s trade at" as exports', () => {
    const rows = releaseRows('YIWU, April 23 -- Yiwu\'s foreign trade reached 180.2 billion yuan in the first quarter. Exports made up the bulk of the city\'s trade at 150.4 billion yuan.', '2025-04-23');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[180200000000, 'total'], [150400000000, 'export']]);
  });
  it('keeps the whole trade a place dominated (guard)', () => {
    const rows = releaseRows('YIWU, April 23 -- Yiwu dominated the province\'s small-commodity trade at 180.2 billion yuan in the first quarter.', '2025-04-23');
    expect(rows.map((r) => r.flow)).toEqual(['total']);
  });
});
