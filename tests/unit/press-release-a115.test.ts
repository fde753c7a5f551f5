/**
 * Rules of the fixing round for b238, b240 (thirty-sixth session): which area a figure belongs to when a province, its
 * cities, its customs houses, ports and zones are all named. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, unit?: string) => rows.find((r) => r.value === value && (unit === undefined || r.unit === unit));

describe('a share set equal to a part of a place figure is a share, and the amount before it is of the whole trade', () => {
  // The paragraph before ends on imports, so a carried flow would make the city's amount an import.
  const lead = 'NINGBO, Aug. 14 -- Zhejiang province traded 2.9 trillion yuan in the first seven months, up 5.1 percent.\n\nImports, mostly crude oil and ore, came to 820 billion yuan.\n\n';
  const cases: Array<[string, number, number]> = [
    ['Ningbo contributed 760 billion yuan, up 4.2 percent and equal to 26.2 percent of the provincial figure.', 760e9, 26.2],
    ['Hangzhou, the capital, recorded 410 billion yuan, equivalent to 14.1 percent of the province\'s tally.', 410e9, 14.1],
    ['Jinhua chipped in 330 billion yuan, an increase of 9 percent year on year, representing 11.4 percent of the regional sum.', 330e9, 11.4],
    ['Shaoxing posted 150 billion yuan, the equivalent of 5.2 percent of the provincial total.', 150e9, 5.2],
    ['Wenzhou reported 190 billion yuan, rising 3.3 percent, corresponding to 6.6 percent of the provincial aggregate.', 190e9, 6.6],
  ];
  for (const [sentence, level, share] of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(lead + sentence, '2026-08-14');
      expect(row(rows, share, 'percent-share')).toMatchObject({ measure: 'share', flow: 'total' });
      expect(row(rows, level)).toMatchObject({ flow: 'total' });
    });
  }
  it('keeps a rate set equal to an average as no share (near miss)', () => {
    const rows = releaseRows(lead + 'Ningbo grew 4.2 percent, equal to 1.4 times the provincial average growth.', '2026-08-14');
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('keeps the flow a city amount names itself (near miss)', () => {
    const rows = releaseRows(lead + "Ningbo's imports came to 500 billion yuan, equal to 61 percent of the provincial figure.", '2026-08-14');
    expect(row(rows, 500e9)).toMatchObject({ flow: 'import' });
  });
});

describe('a port town added by an apposition to a series of cities is the city', () => {
  const cases: Array<[string, string]> = [
    ['Dongxing, another frontier city, posted trade of 21.5 billion yuan in the period.', 'Dongxing'],
    ['Hekou, also a border city, recorded foreign trade of 6.4 billion yuan.', 'Hekou'],
    ['Foreign trade of Erenhot, a second border city on the Mongolian side of the region, reached 13.2 billion yuan.', 'Erenhot'],
    ['Ruili, one more frontier city of the province, saw imports and exports of 18.1 billion yuan.', 'Ruili'],
    ['Heihe, another small border city, traded goods worth 3.7 billion yuan over the months.', 'Heihe'],
  ];
  for (const [sentence, city] of cases) {
    it(`reads "${sentence.slice(0, 50)}..."`, () => {
      const rows = releaseRows(`BEIJING, June 19 -- The border city of Manzhouli reported foreign trade of 40.2 billion yuan in the first five months. ${sentence}`, '2026-06-19');
      expect(rows.find((r) => r.area.startsWith(city))?.area).toBe(city);
    });
  }
  it('keeps "Dongxing, another frontier crossing" the port (near miss)', () => {
    const rows = releaseRows('BEIJING, June 19 -- The border city of Manzhouli reported foreign trade of 40.2 billion yuan in the first five months. Dongxing, another frontier crossing, cleared 210,000 tonnes of fruit.', '2026-06-19');
    expect(row(rows, 210000)?.area).toBe('Dongxing Port');
  });
  it('keeps "Pingxiang, a border city in Guangxi" the port (near miss)', () => {
    const rows = releaseRows('NANNING, June 19 -- Pingxiang, a border city in Guangxi, has imported 412,000 tonnes of fruit so far this year, up 12.5 percent.', '2026-06-19');
    expect(row(rows, 412000)?.area).toBe('Pingxiang Port');
  });
});

describe('an anaphor holding a part of a whole is not the place of its kind that owns the whole', () => {
  const zone = 'Trade in the Suzhou Industrial Park Comprehensive Bonded Zone reached 203.6 billion yuan in the first ten months of 2026, up 7.3 percent, Suzhou Customs said. ';
  const cases: string[] = [
    'The wider Suzhou Industrial Park traded 545.7 billion yuan in the period, the zone contributing 37.3 percent.',
    'The Suzhou Industrial Park as a whole traded 545.7 billion yuan, with the zone accounting for 37.3 percent.',
    'Suzhou Industrial Park handled 545.7 billion yuan of trade; the zone made up 37.3 percent of it.',
    'Over the same months Suzhou Industrial Park recorded 545.7 billion yuan, and the bonded zone took 37.3 percent.',
    'Suzhou Industrial Park reported trade of 545.7 billion yuan, while the zone alone represented 37.3 percent.',
  ];
  for (const sentence of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(zone + sentence, '2026-11-18');
      expect(row(rows, 37.3, 'percent-share')?.area).toBe('Suzhou Industrial Park Comprehensive Bonded Zone');
      expect(row(rows, 545.7e9)?.area).toBe('Suzhou Industrial Park');
    });
  }
  it('keeps the zone the subject whose growth its own clause gives (near miss)', () => {
    const rows = releaseRows(zone + 'Suzhou Industrial Park traded 545.7 billion yuan, the zone exporting 37.3 percent more than a year earlier.', '2026-11-18');
    expect(row(rows, 545.7e9)?.area).toBe('Suzhou Industrial Park');
    expect(rows.some((r) => r.unit === 'percent-share' && r.area === 'Suzhou Industrial Park Comprehensive Bonded Zone')).toBe(false);
  });
  it('keeps a share in a release that named no other zone (near miss)', () => {
    const rows = releaseRows('SUZHOU, Nov. 18 -- Suzhou Industrial Park traded 545.7 billion yuan in the first ten months, the zone contributing 12.1 percent of the city\'s trade.', '2026-11-18');
    expect(row(rows, 12.1, 'percent-share')?.area).toBe('Suzhou Industrial Park');
  });
});

describe('the bonded areas taken together are the pilot free trade zone', () => {
  const lead = 'SHANGHAI, Feb. 3 -- Trade of the China (Shanghai) Pilot Free Trade Zone\'s bonded areas reached 2.41 trillion yuan in 2025, up 4.3 percent. The Yangshan Special Comprehensive Bonded Zone contributed 236 billion yuan. ';
  const cases: Array<[string, number]> = [
    ["Shanghai's total foreign trade in 2025 was 4.35 trillion yuan; the bonded areas accounted for 55.4 percent of it.", 55.4],
    ['Shanghai as a whole traded 4.35 trillion yuan, with the bonded areas making up 55.4 percent.', 55.4],
    ["Shanghai's trade came to 4.35 trillion yuan, the pilot area contributing 55.4 percent.", 55.4],
    ['Shanghai recorded 4.35 trillion yuan of trade, and the FTZ took 55.4 percent.', 55.4],
    ['Across Shanghai trade stood at 4.35 trillion yuan, while the free trade area represented 55.4 percent.', 55.4],
  ];
  for (const [sentence, share] of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(lead + sentence, '2026-02-03');
      expect(row(rows, share, 'percent-share')?.area).toBe('Shanghai FTZ');
    });
  }
  it('keeps "the border areas" no zone (near miss)', () => {
    const rows = releaseRows(lead + "Shanghai's total foreign trade was 4.35 trillion yuan; the border areas of the province grew 5 percent.", '2026-02-03');
    expect(row(rows, 4.35e12)?.area).toBe('Shanghai');
  });
  it('keeps a single named bonded zone the zone (near miss)', () => {
    const rows = releaseRows(lead + 'Within that, the Yangshan zone handled 120 billion yuan of imports.', '2026-02-03');
    expect(row(rows, 120e9)?.area).toBe('Yangshan Special Comprehensive Bonded Zone');
  });
});

describe('trains said to run between a Chinese city and a place abroad are the city hub', () => {
  const lead = 'CHENGDU, Oct. 23 -- Sichuan province traded 586.0 billion yuan in the first three quarters of 2020, Chengdu Customs said. ';
  const cases: Array<[string, string, number]> = [
    ['More than 3,600 China-Europe freight trains ran between Chengdu and European cities during the nine months.', 'Chengdu', 3600],
    ['Some 1,200 freight trains operated between Chengdu and Europe in the period.', 'Chengdu', 1200],
    ['Over the nine months 800 trains shuttled between Chengdu and Central Asian hubs.', 'Chengdu', 800],
    ['Trains plying between Chengdu and Russia numbered 450 this year.', 'Chengdu', 450],
    ['In all, 2,900 block trains travelled between Chengdu and overseas destinations, the customs added.', 'Chengdu', 2900],
  ];
  for (const [sentence, city, trains] of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(lead + sentence, '2020-10-23');
      expect(row(rows, trains, 'trains')?.area).toBe(city);
    });
  }
  it('keeps trains between two Chinese cities the province (near miss)', () => {
    const rows = releaseRows(lead + 'More than 3,600 freight trains ran between Chengdu and Chongqing.', '2020-10-23');
    expect(row(rows, 3600, 'trains')?.area).toBe('Sichuan');
  });
  // (Round a237 read the route with its verb unsaid as well, "freight trains between Chengdu and Europe were counted": the near
  // end is still the hub. The near miss is now a route whose near end is no city.)
  it('keeps trains between the province and Europe the province (near miss)', () => {
    const rows = releaseRows(lead + 'More than 3,600 freight trains between the province and Europe were counted.', '2020-10-23');
    expect(row(rows, 3600, 'trains')?.area).toBe('Sichuan');
  });
});

describe('a share named by its noun in apposition to an amount of the total is that amount share', () => {
  // The paragraph before ends on imports, so a carried flow would make the share an import share.
  const lead = 'KUNMING, July 23 -- Yunnan province traded 138.9 billion yuan in the first half of 2024. Exports rose 5.6 percent to 82.4 billion yuan, but imports fell 13.5 percent to 56.5 billion yuan.\n\n';
  const cases: string[] = [
    'ASEAN accounted for 58.0 billion yuan of the total, a share of 41.8 percent.',
    'ASEAN again led with 58.0 billion yuan of the total, or a portion of 41.8 percent.',
    'ASEAN took 58.0 billion yuan of the provincial total, giving it a share of 41.8 percent.',
    "ASEAN made up 58.0 billion yuan of Yunnan's total, for a proportion of 41.8 percent.",
    'The ASEAN bloc represented 58.0 billion yuan of the whole total, equal to a share of 41.8 percent.',
  ];
  for (const sentence of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(lead + sentence, '2024-07-23');
      expect(row(rows, 41.8, 'percent-share')).toMatchObject({ flow: 'total', partner: 'ASEAN', area: 'Yunnan' });
    });
  }
  it('keeps a change after the amount a change (near miss)', () => {
    const rows = releaseRows(lead + 'ASEAN accounted for 58.0 billion yuan of the total, up 4.1 percent.', '2024-07-23');
    expect(row(rows, 58e9)?.yoy_pct).toBe(4.1);
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('keeps a share of the import total an import share (near miss)', () => {
    const rows = releaseRows(lead + 'ASEAN supplied 20.1 billion yuan of the import total, a share of 35.6 percent of imports.', '2024-07-23');
    expect(row(rows, 35.6, 'percent-share')?.flow).toBe('import');
  });
});

describe('a kind word in the plural before a list of names makes each name a town', () => {
  const lead = 'HAIKOU, March 14 -- Hainan province traded 44.6 billion yuan in January and February, up 16.3 percent. ';
  const cases: Array<[string, Array<[number, string]>]> = [
    ['The cities of Haikou and Sanya reported trade of 13.1 billion yuan and 3.9 billion yuan.', [[13.1e9, 'Haikou'], [3.9e9, 'Sanya']]],
    ['The cities of Sanya, Danzhou and Wanning traded 3.9 billion yuan, 1.2 billion yuan and 0.5 billion yuan.', [[3.9e9, 'Sanya'], [1.2e9, 'Danzhou'], [0.5e9, 'Wanning']]],
    ['Among the counties of Wanning and Lingshui, trade reached 0.6 billion yuan and 0.3 billion yuan.', [[0.6e9, 'Wanning'], [0.3e9, 'Lingshui']]],
    ['Further west, the prefectures of Dongfang, Changjiang, and Ledong posted 2.2 billion yuan, 0.9 billion yuan and 0.4 billion yuan.', [[2.2e9, 'Dongfang'], [0.9e9, 'Changjiang'], [0.4e9, 'Ledong']]],
    ['In the north, Cities of Chengmai and Lingao recorded goods trade of 1.5 billion yuan and 0.7 billion yuan.', [[1.5e9, 'Chengmai'], [0.7e9, 'Lingao']]],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads "${sentence.slice(0, 60)}..."`, () => {
      const rows = releaseRows(lead + sentence, '2024-03-14');
      for (const [value, town] of expected) expect(row(rows, value)?.area).toBe(town);
    });
  }
  it('learns no town from a single name after the plural kind (near miss)', () => {
    const rows = releaseRows(lead + 'The cities of Qiongzhong traded 0.2 billion yuan.', '2024-03-14');
    expect(row(rows, 0.2e9)?.area).not.toBe('Qiongzhong');
  });
  it('keeps a list with no plural kind word before it unknown (near miss)', () => {
    const rows = releaseRows(lead + 'Danzhou and Wanning traded 1.2 billion yuan and 0.5 billion yuan.', '2024-03-14');
    expect(rows.some((r) => r.area === 'Danzhou' || r.area === 'Wanning')).toBe(false);
  });
});
