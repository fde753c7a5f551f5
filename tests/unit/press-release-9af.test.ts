/**
 * Rules of issue 9, part af: whose trade a China-side national, provincial, city or customs-district release
 * reports (cities inside provinces, customs districts, new areas and zones, groups of provinces), found by
 * blind batch 32 (fixtures b32-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);
const valuesAndAreas = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area]);

describe('places inside China that report their own trade', () => {
  it('knows the districts and cooperation zones of the Greater Bay Area by their short names', () => {
    const text = "Guangdong's foreign trade rose 3.0 percent to 6.9 trillion yuan in the first nine months of 2026. Nansha District posted trade of 260.1 billion yuan. The Qianhai Cooperation Zone saw imports and exports of 188.4 billion yuan. Trade of the Guangdong-Macao In-Depth Cooperation Zone in Hengqin reached 5.6 billion yuan.";
    expect(areas(text, '2026-10-25')).toEqual(['Guangdong', 'Nansha', 'Qianhai', 'Hengqin']);
  });

  it('reads the groups of provinces customs reports on as areas of their own, not as China', () => {
    const text = "China's foreign trade grew 3.2 percent to 33.5 trillion yuan in the first nine months of 2026. Trade of the Yangtze River Delta reached 11.9 trillion yuan, and the Greater Bay Area's trade stood at 6.2 trillion yuan. The central and western regions saw trade of 6.0 trillion yuan.";
    expect(areas(text, '2026-10-14')).toEqual(['China', 'Yangtze River Delta', 'Greater Bay Area', 'central and western regions']);
  });

  it('knows county-level and prefecture-level trade cities a release lists', () => {
    const text = "In the first half of 2026, Jiangsu's foreign trade reached 2.7 trillion yuan. Kunshan's trade rose 5.2 percent to 351.0 billion yuan. Ordos, in Inner Mongolia, saw imports of 9.8 billion yuan. Deyang and Yibin recorded trade of 12.1 billion yuan and 10.3 billion yuan, respectively.";
    expect(areas(text, '2026-07-20')).toEqual(['Jiangsu', 'Kunshan', 'Ordos', 'Deyang', 'Yibin']);
  });

  it('reads bonded zones whose names hold "Hi-tech", "High-tech" or an apostrophe', () => {
    const text = "In the first ten months of 2026, the Wuhan Hi-tech Comprehensive Bonded Zone handled trade of 120.5 billion yuan, while the Xi'an High-tech Comprehensive Bonded Zone handled 150.2 billion yuan.";
    expect(areas(text, '2026-11-20')).toEqual(['Wuhan Hi-tech Comprehensive Bonded Zone', "Xi'an High-tech Comprehensive Bonded Zone"]);
  });

  it('reads a city district by its suffix, and a name in brackets after it as its other name', () => {
    const text = "Guangzhou's foreign trade reached 900.4 billion yuan in the first ten months of 2026. The import and export value of the Baiyun District of Guangzhou (Guangzhou Airport Economic Zone) was 82.3 billion yuan.";
    expect(areas(text, '2026-11-20')).toEqual(['Guangzhou', 'Baiyun District']);
  });
});

describe('customs districts', () => {
  it('reads the territory a customs house supervises as its district', () => {
    const text = 'Trade in the district of Fuzhou Customs, which covers the cities of Fuzhou, Putian and Ningde, totaled 410.2 billion yuan in the first three quarters of 2026. Fuzhou itself recorded trade of 305.6 billion yuan.';
    expect(areas(text, '2026-10-22')).toEqual(['Fuzhou Customs district', 'Fuzhou']);
  });

  it('reads "the area under its jurisdiction" after a customs house, and the ports under it', () => {
    const text = "Statistics from Gongbei Customs show that imports and exports in the area under its jurisdiction reached 402.0 billion yuan in the first ten months of 2026. Among them, exports were 250.1 billion yuan.\n\nZhuhai's trade rose 4.0 percent to 301.2 billion yuan.\n\nIn the same period, 8,100 vehicles were exported through the ports under Gongbei Customs.";
    expect(areas(text, '2026-11-20')).toEqual(['Gongbei Customs district', 'Gongbei Customs district', 'Zhuhai', 'Gongbei Customs district']);
  });
});

describe('shares after an amount or a change', () => {
  it('reads ", or N% of the total" after the words of a change as a share', () => {
    const rows = rowsOf('In the first ten months of 2026, trade of the central and western regions grew 7.5%, 3.9 percentage points above the national growth, or 17.6% of the total.', '2026-11-07');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[null, '', 7.5], [17.6, 'percent-share', null]]);
  });

  it('reads ", or N percent" after an amount of a place\'s trade as its share', () => {
    const rows = rowsOf("Shanghai's foreign trade reached 3.2 trillion yuan in the first nine months of 2026. The Pudong New Area accounted for 2.0 trillion yuan of the municipality's trade, or 62.1 percent.", '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([[3.2e12, 'CNY', 'Shanghai'], [2.0e12, 'CNY', 'Pudong New Area'], [62.1, 'percent-share', 'Pudong New Area']]);
  });
});

describe('a city and the province it lies in', () => {
  it('keeps "The city, in east China\'s <province>," on the city', () => {
    const text = "Wuxi's imports and exports reached 560.3 billion yuan in the first ten months of 2026. The city, in east China's Jiangsu Province, accounted for 12.4 percent of the province's foreign trade.";
    expect(areas(text, '2026-11-20')).toEqual(['Wuxi', 'Wuxi']);
  });

  it('points "the province" back to the province that only placed the city', () => {
    const text = "Kunming, capital of southwest China's Yunnan Province, saw its foreign trade reach 98.1 billion yuan in the first nine months of 2026. The province as a whole recorded trade of 201.4 billion yuan.";
    expect(areas(text, '2026-10-25')).toEqual(['Kunming', 'Yunnan']);
  });

  it('returns to the city after a paragraph on a county-level city of it', () => {
    const text = "Suzhou's foreign trade reached 1.9 trillion yuan in the first nine months of 2026.\n\nKunshan led the city's counties with trade of 530.0 billion yuan.\n\nExports rose 4.4 percent to 1.2 trillion yuan.";
    expect(areas(text, '2026-10-25')).toEqual(['Suzhou', 'Kunshan', 'Suzhou']);
  });
});

describe('places listed with their amounts', () => {
  it('gives an amount "at" which a place stands to that place', () => {
    const text = "Ningbo's trade reached 1.0 trillion yuan in the first nine months of 2026. Cixi led the counties with 120.5 billion yuan, followed by Suzhou Industrial Park at 98.2 billion yuan and Zhangjiagang at 60.1 billion yuan.";
    expect(valuesAndAreas(text, '2026-10-25').slice(2)).toEqual([[98.2e9, 'Suzhou Industrial Park'], [60.1e9, 'Zhangjiagang']]);
  });

  it('pairs places listed after an earlier clause\'s level with their levels and growths "respectively"', () => {
    const text = 'In the first ten months of 2026, Baise handled trade of 40.2 billion yuan, while Nanning and Liuzhou registered 160.3 billion yuan and 55.4 billion yuan, up 8.2 percent and 3.3 percent, respectively.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.value, r.yoy_pct, r.area])).toEqual([[40.2e9, null, 'Baise'], [160.3e9, 8.2, 'Nanning'], [55.4e9, 3.3, 'Liuzhou']]);
  });

  it('pairs places listed before as many amounts in order without "respectively"', () => {
    const text = "Shandong's trade reached 2.4 trillion yuan in the first nine months of 2026. Qingdao came first with 700.1 billion yuan. Linyi and Jining followed, with 150.2 billion yuan and 80.3 billion yuan.";
    expect(valuesAndAreas(text, '2026-10-25').slice(2)).toEqual([[150.2e9, 'Linyi'], [80.3e9, 'Jining']]);
  });
});

describe('capitals, zones and pointing subjects', () => {
  it('keeps a level after "<city>, the provincial capital," however far the word "provincial" lies', () => {
    const rows = rowsOf("Guizhou's trade reached 60.2 billion yuan in the first nine months of 2026.\n\nGuiyang, the provincial capital, recorded imports and exports of 31.4 billion yuan, up 6.1 percent.", '2026-10-25');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.area])).toEqual([[60.2e9, null, 'Guizhou'], [31.4e9, 6.1, 'Guiyang']]);
  });

  it('does not give a zone\'s figure to a city its parts lie in', () => {
    const text = "Hunan's trade reached 510.3 billion yuan in the first nine months of 2026. The China (Hunan) Pilot Free Trade Zone, with areas in Changsha, Chenzhou and Xiangtan, contributed 98.6 billion yuan.";
    expect(areas(text, '2026-10-25')).toEqual(['Hunan', 'Hunan FTZ']);
  });

  it('gives "That was up N percent" to the level before it whatever partner that level has', () => {
    const rows = rowsOf("Trade between Yunnan and ASEAN reached 90.2 billion yuan in the first nine months of 2026. That was up 11.0 percent year on year and made up 44.8 percent of Yunnan's total trade, which rose 9.3 percent to 201.4 billion yuan.", '2026-10-25');
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => [r.value, r.yoy_pct, r.partner])).toEqual([[90.2e9, 11, 'ASEAN'], [201.4e9, 9.3, 'World']]);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });

  it('reads no two-way trade in the name of a free trade zone', () => {
    const rows = rowsOf("Hainan's trade reached 230.5 billion yuan in the first nine months of 2026. Exports from the China (Fujian) Pilot Free Trade Zone rose 9.1 percent to 40.3 billion yuan.", '2026-10-25');
    expect(rows.map((r) => [r.area, r.flow])).toEqual([['Hainan', 'total'], ['Fujian FTZ', 'export']]);
  });
});

describe('anaphora and the nation inside a clause', () => {
  it('points "in the city" past a zone named in the clause before', () => {
    const text = "Xiamen's trade reached 650.1 billion yuan in the first nine months of 2026. The Xiamen Haicang Comprehensive Bonded Zone reported trade of 40.5 billion yuan, and cross-border e-commerce exports in the city rose 12.0 percent to 15.2 billion yuan.";
    expect(areas(text, '2026-10-25')).toEqual(['Xiamen', 'Xiamen Haicang Comprehensive Bonded Zone', 'Xiamen']);
  });

  it('reads "the national total grew N percent" as the country\'s rate', () => {
    const rows = rowsOf("In September 2026, Hubei's imports and exports rose 9.1 percent to 61.2 billion yuan, while the national total grew 2.2 percent.", '2026-10-20');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.area])).toEqual([[61.2e9, 9.1, 'Hubei'], [null, 2.2, 'China']]);
  });
});
