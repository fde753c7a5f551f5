/**
 * Rules of the fixing round for b225 (provinces, prefecture-level cities and customs districts): each cause read in several
 * sentence frames of our own, with near misses that must stay as they were. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const byValue = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));
const areaOf = (rows: ObservationDraft[], value: number | null, yoy?: number) => byValue(rows, value, yoy)?.area;
const areas = (rows: ObservationDraft[], values: number[]) => values.map((v) => areaOf(rows, v));

describe('towns a counted plural lists in a clause of covering after a place are its parts, not a joint subject', () => {
  it('reads a customs district "which covers the three cities of" its towns as the district', () => {
    const rows = releaseRows('Exports from the Shantou Customs district, which covers the three cities of Shantou, Chaozhou and Jieyang, climbed 12.7 percent to 52.1 billion yuan in the first half.', '2026-07-18');
    expect(areaOf(rows, 52.1e9)).toBe('Shantou Customs district');
  });
  it('reads a participle "covering" the three cities of its towns', () => {
    const rows = releaseRows('Trade in the Xiamen Customs district, covering the three cities of Xiamen, Zhangzhou and Quanzhou, grew 4.4 percent to 701.3 billion yuan in 2025.', '2026-01-20');
    expect(areaOf(rows, 701.3e9)).toBe('Xiamen Customs district');
  });
  it('reads "with jurisdiction over" the cities, the district after "from"', () => {
    const rows = releaseRows('Exports from the Xiamen Customs district, with jurisdiction over the three cities of Xiamen, Zhangzhou and Quanzhou, reached 402.5 billion yuan in 2025.', '2026-01-20');
    expect(areaOf(rows, 402.5e9)).toBe('Xiamen Customs district');
  });
  it('reads "taking in" two cities after a possessive province', () => {
    const rows = releaseRows('Guangdong\'s Huangpu Customs district, taking in the two cities of Dongguan and Guangzhou, recorded trade of 612.8 billion yuan in the first ten months.', '2026-11-20');
    expect(areaOf(rows, 612.8e9)).toBe('Huangpu Customs district');
  });
  it('reads "which encompasses" four cities and "spanning" three', () => {
    const four = releaseRows('Trade in the Nanjing Customs district, which encompasses the four cities of Suzhou, Wuxi, Changzhou and Nantong, reached 2.9 trillion yuan in 2025.', '2026-01-20');
    expect(areaOf(four, 2.9e12)).toBe('Nanjing Customs district');
    const three = releaseRows('Imports into the Shantou Customs district, spanning the three cities of Shantou, Chaozhou and Jieyang, fell 3 percent to 19.3 billion yuan in the first half.', '2026-07-18');
    expect(areaOf(three, 19.3e9)).toBe('Shantou Customs district');
  });
  it('does not read a town of a later clause as a part once the covering clause has closed (near miss)', () => {
    const rows = releaseRows('The Shantou Customs district, which covers three cities, reported trade of 71.4 billion yuan, and Chaozhou exported 6.0 billion yuan of ceramics.', '2026-07-18');
    expect(areaOf(rows, 6.0e9)).toBe('Chaozhou');
  });
  it('keeps the counted towns that are the subject themselves jointly (near miss)', () => {
    const rows = releaseRows('The two cities in the district of Shantou Customs, Shantou and Chaozhou, traded 50.1 billion yuan in the first half.', '2026-07-18');
    expect(areaOf(rows, 50.1e9)).toBe('Chaozhou and Shantou');
  });
});

describe('a place standing for a gapped growth, with its preposition or bare', () => {
  it('reads "in Jieyang 8.8% to" after "trade in Shantou grew"', () => {
    const rows = releaseRows('By city, trade in Shantou grew 11.2% to 35.67 billion yuan in the first half, in Jieyang 8.8% to 21.14 billion yuan and in Chaozhou 6.1% to 14.55 billion yuan.', '2026-07-18');
    expect(rows.map(levelTuple)).toEqual([
      ['2026-01', '2026-06', 35.67e9, 'CNY', 11.2],
      ['2026-01', '2026-06', 21.14e9, 'CNY', 8.8],
      ['2026-01', '2026-06', 14.55e9, 'CNY', 6.1],
    ]);
  });
  it('reads "at Manzhouli 4 percent to" after exports at one port', () => {
    const rows = releaseRows('Exports at Erenhot rose 6.3 percent to 12.4 billion yuan and at Manzhouli 4.1 percent to 9.8 billion yuan.', '2026-07-18');
    expect(byValue(rows, 9.8e9)?.yoy_pct).toBe(4.1);
  });
  it('reads a bare city name after a comma', () => {
    const rows = releaseRows('Shenzhen grew 5.9 percent to 3.87 trillion yuan, Dongguan 3.1 percent to 1.33 trillion yuan.', '2026-01-19');
    expect(byValue(rows, 1.33e12)?.yoy_pct).toBe(3.1);
  });
  it('reads a falling change with "while" and "for"', () => {
    const rows = releaseRows('Sales abroad for Ningbo fell 2.2 percent to 640.5 billion yuan, while for Wenzhou 1.4 percent to 233.0 billion yuan.', '2026-10-20');
    expect(byValue(rows, 233.0e9)?.yoy_pct).toBe(-1.4);
  });
  it('reads "from Qinzhou" with "and" in a list of origins', () => {
    const rows = releaseRows('Shipments from Nanning jumped 14 percent to 8.2 billion yuan and from Qinzhou 9 percent to 5.6 billion yuan.', '2026-10-20');
    expect(byValue(rows, 5.6e9)?.yoy_pct).toBe(9);
  });
  it('does not give a growth to a place whose percentage leads into no level (near miss)', () => {
    const rows = releaseRows('Trade in Shantou grew 11.2% to 35.67 billion yuan, in Jieyang 8.8% of the total.', '2026-07-18');
    expect(rows.find((r) => r.yoy_pct === 8.8)).toBeUndefined();
  });
  it('does not read a place after a percentage with a verb of its own as gapped (near miss)', () => {
    const rows = releaseRows('Trade in Shantou grew 11.2% to 35.67 billion yuan, and Jieyang reported 21.14 billion yuan.', '2026-07-18');
    expect(byValue(rows, 21.14e9)?.yoy_pct).toBeNull();
  });
});

describe('a relative aside opening on a preposition or "whose" describes the goods', () => {
  it('reads "for which Chaozhou is known" as an aside of the ceramics', () => {
    const rows = releaseRows('Foreign trade in Guangdong rose 3 percent to 4.1 trillion yuan. Exports of ceramic products, for which Chaozhou is known, reached 6.03 billion yuan.', '2026-07-18');
    expect(areaOf(rows, 6.03e9)).toBe('Guangdong');
  });
  it('reads "in which Shantou leads" after toy exports', () => {
    const rows = releaseRows('Guangdong traded 4.1 trillion yuan of goods. Toy exports, in which Shantou leads all other cities, rose 15.4 percent to 14.9 billion yuan.', '2026-07-18');
    expect(areaOf(rows, 14.9e9)).toBe('Guangdong');
  });
  it('reads "whose makers" are in a city', () => {
    const rows = releaseRows('Guangdong traded 4.1 trillion yuan of goods. Furniture sales abroad, whose makers cluster in Foshan, came to 52.3 billion yuan.', '2026-07-18');
    expect(areaOf(rows, 52.3e9)).toBe('Guangdong');
  });
  it('reads "with which Yiwu supplies the world" after small commodities', () => {
    const rows = releaseRows('Zhejiang traded 4.57 trillion yuan of goods. Exports of daily necessities, with which Yiwu supplies the world, grew 11 percent to 410.2 billion yuan.', '2026-10-20');
    expect(areaOf(rows, 410.2e9)).toBe('Zhejiang');
  });
  it('reads "by which Ningbo ships most" after container goods', () => {
    const rows = releaseRows('Zhejiang traded 4.57 trillion yuan of goods. Shipments of machinery, by which Ningbo earns most, totalled 920.4 billion yuan.', '2026-10-20');
    expect(areaOf(rows, 920.4e9)).toBe('Zhejiang');
  });
  it('keeps a place that is the subject of its own clause after the aside (near miss)', () => {
    const rows = releaseRows('Guangdong traded 4.1 trillion yuan of goods. Foshan, whose furniture makers are famous, exported 52.3 billion yuan.', '2026-07-18');
    expect(areaOf(rows, 52.3e9)).toBe('Foshan');
  });
  it('keeps the place a clause routes goods through (near miss)', () => {
    const rows = releaseRows('Inner Mongolia traded 160 billion yuan of goods. Coal imports, in which Erenhot cleared most, reached 21.4 billion yuan.', '2026-07-18');
    expect(areaOf(rows, 21.4e9)).not.toBe('Inner Mongolia');
  });
});

describe('who uses or trades the goods, or a part of the firms, in an apposition of the subject', () => {
  it('reads "used by Yiwu\'s wholesale traders" as an aside of market procurement exports', () => {
    const rows = releaseRows('Zhejiang traded 4.57 trillion yuan of goods. Across the province, exports under the market procurement mode, used by Yiwu\'s wholesale traders, rose 18.3 percent to 512.4 billion yuan.', '2026-10-20');
    expect(areaOf(rows, 512.4e9)).toBe('Zhejiang');
  });
  it('reads "favoured by the assemblers of" a city after processing exports', () => {
    const rows = releaseRows('Henan traded 610.2 billion yuan of goods. Processing exports, favoured by the assemblers of Zhengzhou, came to 301.5 billion yuan.', '2026-10-20');
    expect(areaOf(rows, 301.5e9)).toBe('Henan');
  });
  it('reads "many of them ... based in" a city after state-owned firms', () => {
    const rows = releaseRows('Fujian traded 1.83 trillion yuan of goods. State-owned firms, many of them commodity traders based in Xiamen, grew even faster: their trade jumped 45.8 percent to 353.5 billion yuan.', '2026-01-20');
    expect(areaOf(rows, 353.5e9)).toBe('Fujian');
  });
  it('reads "several of them carmakers based in" a city after foreign-invested companies', () => {
    const rows = releaseRows('Guangdong traded 8.3 trillion yuan of goods. Foreign-invested companies, several of them carmakers based in Guangzhou, handled 2.1 trillion yuan.', '2026-01-20');
    expect(areaOf(rows, 2.1e12)).toBe('Guangdong');
  });
  it('reads "preferred by buyers in" a city after seafood exports', () => {
    const rows = releaseRows('Fujian traded 1.83 trillion yuan of goods. Seafood exports, preferred by buyers in Xiamen, reached 40.2 billion yuan.', '2026-01-20');
    expect(areaOf(rows, 40.2e9)).toBe('Fujian');
  });
  it('reads "nearly all of them based in" a city after private traders', () => {
    const rows = releaseRows('Yunnan traded 350.1 billion yuan of goods. Private traders, nearly all of them based in Kunming, handled 280.2 billion yuan.', '2026-01-20');
    expect(areaOf(rows, 280.2e9)).toBe('Yunnan');
  });
  it('keeps a place whose own figure an apposition describes (near miss)', () => {
    const rows = releaseRows('Fujian traded 1.83 trillion yuan of goods. Xiamen, used by many traders as a base, handled 880.2 billion yuan.', '2026-01-20');
    expect(areaOf(rows, 880.2e9)).toBe('Xiamen');
  });
  it('keeps firms of a place named in the subject itself (near miss)', () => {
    const rows = releaseRows('Fujian traded 1.83 trillion yuan of goods. Firms in Xiamen, many of them state-owned, handled 880.2 billion yuan.', '2026-01-20');
    expect(areaOf(rows, 880.2e9)).toBe('Xiamen');
  });
});

describe('a town named by its kind after a fronted wider place is the subject', () => {
  it('reads "Within Chongzuo, the border city of Pingxiang"', () => {
    const rows = releaseRows('NANNING, Nov. 18 -- Guangxi traded 612.5 billion yuan of goods. Within Chongzuo, the border city of Pingxiang traded 88.3 billion yuan, up 11.6 percent.', '2026-11-18');
    expect(areaOf(rows, 88.3e9)).toBe('Pingxiang');
  });
  it('reads "In Jiangsu, the port city of Lianyungang"', () => {
    const rows = releaseRows('In Jiangsu, the port city of Lianyungang handled 102.4 billion yuan of foreign trade in the first half.', '2026-07-20');
    expect(areaOf(rows, 102.4e9)).toBe('Lianyungang');
  });
  it('reads "Inside Jinhua, the county-level city of Yiwu"', () => {
    const rows = releaseRows('Inside Jinhua, the county-level city of Yiwu exported 512.1 billion yuan of goods, up 18 percent.', '2026-10-20');
    expect(areaOf(rows, 512.1e9)).toBe('Yiwu');
  });
  it('reads "Within Guangdong, a manufacturing city of Dongguan" with an article of its own', () => {
    const rows = releaseRows('Within Guangdong, a manufacturing city of Dongguan, ranked second, traded 1.33 trillion yuan.', '2026-01-20');
    expect(areaOf(rows, 1.33e12)).toBe('Dongguan');
  });
  it('reads "In Fujian, the coastal city of Xiamen" before a share', () => {
    const rows = releaseRows('In Fujian, the coastal city of Xiamen accounted for 48.1 percent of the province\'s trade in 2025.', '2026-01-20');
    expect(areaOf(rows, 48.1)).toBe('Xiamen');
  });
  it('keeps a province after "a city of" as the town\'s locator (near miss)', () => {
    const rows = releaseRows('In Yiwu, a city of Zhejiang, exports rose 18 percent to 512.1 billion yuan.', '2026-10-20');
    expect(areaOf(rows, 512.1e9)).toBe('Yiwu');
  });
  it('keeps a fronted place that names no town after its comma (near miss)', () => {
    const rows = releaseRows('Within Chongzuo, the border trade of local residents reached 21.6 billion yuan.', '2026-11-18');
    expect(areaOf(rows, 21.6e9)).toBe('Chongzuo');
  });
});

describe('a country or bloc taken "as a whole" is the whole whose figure it is', () => {
  it('reads "against a 3.1 percent increase for China as a whole"', () => {
    const rows = releaseRows('CHENGDU, April 21 -- Sichuan\'s trade came to 268.4 billion yuan in January-March, up 7.9 percent, against a 3.1 percent increase for China as a whole.', '2026-04-21');
    expect(byValue(rows, null, 3.1)?.area).toBe('China');
  });
  it('reads "compared with 2.4 percent growth in the EU overall"', () => {
    const rows = releaseRows('BERLIN, May 3 -- German exports rose 4.0 percent in March, compared with 2.4 percent growth in the EU overall, the statistics office said.', '2026-05-03');
    expect(byValue(rows, null, 2.4)?.area).toBe('European Union');
  });
  it('reads "compared with 10.5 percent growth for Vietnam as a whole"', () => {
    const rows = releaseRows('HANOI, Dec. 9 -- Exports of Bac Ninh province grew 6 percent, compared with 10.5 percent growth for Vietnam as a whole.', '2026-12-09');
    expect(byValue(rows, null, 10.5)?.area).toBe('Vietnam');
  });
  it('reads "the increase for China as a whole was" with the rate after the copula', () => {
    const rows = releaseRows('KUNMING, July 20 -- Yunnan\'s trade rose 12.2 percent in the first half, while the increase for China as a whole was 5.8 percent.', '2026-07-20');
    expect(byValue(rows, null, 5.8)?.area).toBe('China');
  });
  it('reads "for Kazakhstan overall" after a region\'s decline', () => {
    const rows = releaseRows('ASTANA, Oct. 10 -- Exports of Atyrau region fell 8.1%, a deeper drop than the 6.1% fall for Kazakhstan overall.', '2026-10-10');
    expect(byValue(rows, null, -6.1)?.area).toBe('Kazakhstan');
  });
  it('keeps a partner "as a whole" after "with" (near miss)', () => {
    const rows = releaseRows('Guangxi\'s trade with ASEAN as a whole rose 5.2 percent to 298.7 billion yuan.', '2026-11-18');
    expect(byValue(rows, 298.7e9)?.partner).toBe('ASEAN');
    expect(byValue(rows, 298.7e9)?.area).toBe('Guangxi');
  });
  it('keeps a country named without "as a whole" a partner (near miss)', () => {
    const rows = releaseRows('Guangxi\'s exports rose 10.2 percent, and its trade with Vietnam rose 3.1 percent.', '2026-11-18');
    expect(byValue(rows, null, 3.1)?.area).toBe('Guangxi');
  });
});

describe('a wider place naming the town\'s kind in the town\'s apposition only places it', () => {
  it('reads "Chengdu, the Sichuan capital," as Chengdu', () => {
    const rows = releaseRows('Chongqing traded 192.7 billion yuan. Chengdu, the Sichuan capital, accounted for 81.2 percent of the province\'s trade at 217.9 billion yuan in the first quarter.', '2026-04-21');
    expect(areaOf(rows, 217.9e9)).toBe('Chengdu');
    expect(areaOf(rows, 81.2)).toBe('Chengdu');
  });
  it('reads "Ningbo, a Zhejiang port city," with the figure after', () => {
    const rows = releaseRows('Ningbo, a Zhejiang port city, traded goods worth 1.17 trillion yuan in the first ten months.', '2026-11-20');
    expect(areaOf(rows, 1.17e12)).toBe('Ningbo');
  });
  it('reads "the Xinjiang border hub"', () => {
    const rows = releaseRows('Kashgar, the Xinjiang border hub, handled 41.3 billion yuan of trade in 2025, up 12 percent.', '2026-01-20');
    expect(areaOf(rows, 41.3e9)).toBe('Kashgar');
  });
  it('reads "the Guangxi regional capital" closing the sentence\'s subject', () => {
    const rows = releaseRows('Nanning, the Guangxi regional capital, saw exports rise 9.4 percent to 61.2 billion yuan in the first half.', '2026-07-20');
    expect(areaOf(rows, 61.2e9)).toBe('Nanning');
  });
  it('reads "Suzhou, a Jiangsu city," and "Wenzhou, the Zhejiang port,"', () => {
    expect(areaOf(releaseRows('Suzhou, a Jiangsu city, exported 1.51 trillion yuan of goods in 2025.', '2026-01-20'), 1.51e12)).toBe('Suzhou');
    expect(areaOf(releaseRows('Wenzhou, the Zhejiang port, shipped 233.1 billion yuan of goods in 2025.', '2026-01-20'), 233.1e9)).toBe('Wenzhou');
  });
  it('keeps a list whose middle item has its kind after it, with no article (near miss)', () => {
    const rows = releaseRows('Ningbo, Zhoushan port and Wenzhou handled 1.2 trillion yuan, 0.3 trillion yuan and 0.4 trillion yuan of trade respectively in 2025.', '2026-01-20');
    expect(areaOf(rows, 1.2e12)).toBe('Ningbo');
    expect(areaOf(rows, 0.4e12)).toBe('Wenzhou');
  });
  it('keeps a province of its own after the town and a comma (near miss)', () => {
    const rows = releaseRows('Shenzhen traded 3.87 trillion yuan in 2025, and Guangdong, the whole province, traded 8.3 trillion yuan.', '2026-01-20');
    expect(areaOf(rows, 8.3e12)).toBe('Guangdong');
  });
});

describe('a counted anaphor taken together is the joint area of the places the sentence before gave', () => {
  const before = 'CHENGDU, April 21 -- Sichuan\'s imports and exports came to 268.4 billion yuan and Chongqing\'s to 192.7 billion yuan in January-March. ';
  it('reads "Together the two handled"', () => {
    const rows = releaseRows(`${before}Together the two handled 461.1 billion yuan, or 4.8 percent of the national total.`, '2026-04-21');
    expect(areaOf(rows, 461.1e9)).toBe('Chongqing and Sichuan');
    expect(areaOf(rows, 4.8)).toBe('Chongqing and Sichuan');
  });
  it('reads "The two provinces combined accounted for"', () => {
    const rows = releaseRows(`${before}The two provinces combined accounted for 461.1 billion yuan.`, '2026-04-21');
    expect(areaOf(rows, 461.1e9)).toBe('Chongqing and Sichuan');
  });
  it('reads "Between them, the pair shipped"', () => {
    const rows = releaseRows(`${before}Between them, the pair shipped 289.3 billion yuan of goods abroad.`, '2026-04-21');
    expect(areaOf(rows, 289.3e9)).toBe('Chongqing and Sichuan');
  });
  it('reads "Both together made up" a share', () => {
    const rows = releaseRows(`${before}Both together made up 4.8 percent of the country's foreign trade.`, '2026-04-21');
    expect(areaOf(rows, 4.8)).toBe('Chongqing and Sichuan');
  });
  it('reads "all three ... jointly" after three cities', () => {
    const rows = releaseRows('Shenzhen traded 3.87 trillion yuan, Dongguan 1.33 trillion yuan and Guangzhou 1.09 trillion yuan in 2025. Jointly, all three took 6.29 trillion yuan, or three quarters of the province\'s trade.', '2026-01-20');
    expect(areaOf(rows, 6.29e12)).toBe('Dongguan, Guangzhou and Shenzhen');
  });
  it('does not join places whose number the anaphor does not count (near miss)', () => {
    const rows = releaseRows(`${before}Together the three handled 461.1 billion yuan.`, '2026-04-21');
    expect(areaOf(rows, 461.1e9)).not.toBe('Chongqing and Sichuan');
  });
  it('does not join places when "together" names no count (near miss)', () => {
    const rows = releaseRows(`${before}Exports and imports together rose 6.9 percent to 461.1 billion yuan.`, '2026-04-21');
    expect(areaOf(rows, 461.1e9)).not.toBe('Chongqing and Sichuan');
  });
});

describe('the amount of a national whole a share is taken of is the country\'s', () => {
  it('reads "of the national figure of 41.76 trillion yuan"', () => {
    const rows = releaseRows('GUANGZHOU, Jan. 19 -- Guangdong traded 8.3 trillion yuan in 2025. The province contributed 20.0 percent of the national figure of 41.76 trillion yuan.', '2026-01-19');
    expect(areaOf(rows, 41.76e12)).toBe('China');
  });
  it('reads "of the nation\'s exports, which totalled"', () => {
    const rows = releaseRows('HANGZHOU, Nov. 20 -- Zhejiang exported 3.39 trillion yuan of goods in the first ten months, 15.1 percent of the nation\'s exports, which totalled 22.4 trillion yuan.', '2026-11-20');
    expect(areaOf(rows, 22.4e12)).toBe('China');
  });
  it('reads "a 4.1 percent share of the country\'s total, worth"', () => {
    const rows = releaseRows('NANNING, Nov. 18 -- Guangxi traded 612.5 billion yuan, a 1.6 percent share of the country\'s total, worth 38.2 trillion yuan.', '2026-11-18');
    expect(areaOf(rows, 38.2e12)).toBe('China');
  });
  it('reads "of the nationwide trade value of"', () => {
    const rows = releaseRows('KUNMING, July 20 -- Yunnan\'s trade was 1.3 percent of the nationwide trade value of 21.2 trillion yuan in the first half.', '2026-07-20');
    expect(areaOf(rows, 21.2e12)).toBe('China');
  });
  it('reads "of the national total, amounting to"', () => {
    const rows = releaseRows('HARBIN, July 20 -- Heilongjiang\'s trade made up 0.7 percent of the national total, amounting to 21.2 trillion yuan, in the first half.', '2026-07-20');
    expect(areaOf(rows, 21.2e12)).toBe('China');
  });
  it('keeps the amount of a province\'s own whole with the province (near miss)', () => {
    const rows = releaseRows('GUANGZHOU, Jan. 19 -- Shenzhen made up 46.6 percent of the provincial total of 8.3 trillion yuan in 2025.', '2026-01-19');
    expect(areaOf(rows, 8.3e12)).not.toBe('China');
  });
  it('keeps a province\'s level after a national share with no whole named (near miss)', () => {
    const rows = releaseRows('GUANGZHOU, Jan. 19 -- Guangdong, with 20 percent of the national total, traded 8.3 trillion yuan in 2025.', '2026-01-19');
    expect(areaOf(rows, 8.3e12)).toBe('Guangdong');
  });
});

describe('the first time past a mark, with "past" or "through"', () => {
  it('reads "the first time their share has gone past 55 percent" as no row', () => {
    const rows = releaseRows('Private enterprises handled 4.64 trillion yuan of goods in 2025, equal to 55.9 percent of the provincial total, the first time their share has gone past 55 percent.', '2026-01-20');
    expect(byValue(rows, 55)).toBeUndefined();
    expect(byValue(rows, 55.9)).toBeDefined();
  });
  it('reads "the first time trade has broken through" a round sum as no row', () => {
    const rows = releaseRows('Zhejiang\'s trade reached 5.21 trillion yuan in 2025, the first time trade has broken through 5 trillion yuan.', '2026-01-20');
    expect(byValue(rows, 5e12)).toBeUndefined();
  });
  it('reads "for the first time moved past" a count of trains as no row', () => {
    const rows = releaseRows('Trains through Horgos numbered 8,412 in 2025, which for the first time moved past 8,000 trains.', '2026-01-20');
    expect(byValue(rows, 8000)).toBeUndefined();
  });
  it('reads "the first time exports went past" in a clause after the level', () => {
    const rows = releaseRows('Exports climbed to 3.12 trillion yuan in 2025, the first time exports went past 3 trillion yuan.', '2026-01-20');
    expect(byValue(rows, 3e12)).toBeUndefined();
  });
  it('reads "first time ... broke through the 100 billion" mark in the headline style', () => {
    const rows = releaseRows('Yunnan\'s imports rose to 101.3 billion yuan in 2025; it was the first time they broke through 100 billion yuan.', '2026-01-20');
    expect(byValue(rows, 100e9)).toBeUndefined();
  });
  it('keeps a figure traded through a port after "the first time" (near miss)', () => {
    const rows = releaseRows('For the first time, goods through Youyiguan Port reached 120.5 billion yuan in 2025.', '2026-01-20');
    expect(byValue(rows, 120.5e9)).toBeDefined();
  });
  it('keeps a level a first-time clause states with no word of passing (near miss)', () => {
    const rows = releaseRows('Exports of cars reached 3.1 million units in 2025, the first time they reached 3.1 million units.', '2026-01-20');
    expect(byValue(rows, 3.1e6)).toBeDefined();
  });
});

describe('the regional places of Kazakhstan\'s and Vietnam\'s statistics offices', () => {
  it('reads "the capital Astana with" an amount as Astana', () => {
    const rows = releaseRows('ASTANA, 15 November -- Kazakhstan\'s turnover reached 100.8 billion US dollars in January-September. It was followed by the city of Almaty with 17.6 billion dollars and the capital Astana with 9.8 billion dollars.', '2026-11-15');
    expect(areaOf(rows, 9.8e9)).toBe('Astana');
    expect(areaOf(rows, 17.6e9)).toBe('Almaty');
  });
  it('reads "In East Kazakhstan region" as that region, not the country', () => {
    const rows = releaseRows('ASTANA, 15 November -- Kazakhstan\'s exports fell 6.1% in January-September. In East Kazakhstan region, whose exports are mostly metals, exports declined by 11.2%.', '2026-11-15');
    expect(byValue(rows, null, -11.2)?.area).toBe('East Kazakhstan Region');
  });
  it('reads Shymkent and "the North Kazakhstan Region" by name', () => {
    const rows = releaseRows('ASTANA, 15 November -- Shymkent traded 3.1 billion US dollars of goods in January-September, and the North Kazakhstan Region 1.2 billion dollars.', '2026-11-15');
    expect(areaOf(rows, 3.1e9)).toBe('Shymkent');
  });
  it('reads Vietnam\'s provinces and Ho Chi Minh City in a ranking of localities', () => {
    const rows = releaseRows('HANOI, Jan. 6 -- By locality, Bac Ninh province had the largest export value at 51.2 billion USD in 2025, followed by Ho Chi Minh City with 48.7 billion USD, Binh Duong province with 33.9 billion USD and Thai Nguyen province with 31.4 billion USD.', '2026-01-06');
    expect(areas(rows, [51.2e9, 48.7e9, 33.9e9, 31.4e9])).toEqual(['Bac Ninh', 'Ho Chi Minh City', 'Binh Duong', 'Thai Nguyen']);
  });
  it('reads Dong Nai and Bac Giang with their provinces written after', () => {
    const rows = releaseRows('HANOI, Jan. 6 -- Exports from Dong Nai Province rose 8 percent to 24.1 billion USD in 2025, while Bac Giang exported 29.3 billion USD.', '2026-01-06');
    expect(areaOf(rows, 24.1e9)).toBe('Dong Nai');
    expect(areaOf(rows, 29.3e9)).toBe('Bac Giang');
  });
  it('keeps "Thai" durians a partner adjective, not a Vietnamese province (near miss)', () => {
    const rows = releaseRows('NANNING, Nov. 18 -- Guangxi imported 1.26 million tonnes of Thai durians in the first ten months.', '2026-11-18');
    expect(byValue(rows, 1.26e6)?.area).toBe('Guangxi');
  });
  it('keeps Kazakhstan the area of a sentence naming only the country (near miss)', () => {
    const rows = releaseRows('ASTANA, 15 November -- In Kazakhstan, exports declined by 6.1% in January-September.', '2026-11-15');
    expect(byValue(rows, null, -6.1)?.area).toBe('Kazakhstan');
  });
});

describe('a place "with" an amount owns it', () => {
  it('reads "followed by X province with N and Y province with M"', () => {
    const rows = releaseRows('HANOI, Jan. 6 -- Bac Ninh province led with 51.2 billion USD in 2025, followed by Binh Duong province with 33.9 billion USD and Thai Nguyen province with 31.4 billion USD.', '2026-01-06');
    expect(areaOf(rows, 33.9e9)).toBe('Binh Duong');
  });
  it('reads a region under its full name "with" an amount before a short one', () => {
    const rows = releaseRows('In the first half, Guangdong led the west\'s trading partners, followed by the Guangxi Zhuang Autonomous Region with 61.2 billion yuan and Yunnan with 35.1 billion yuan.', '2026-07-20');
    expect(areaOf(rows, 61.2e9)).toBe('Guangxi');
  });
  it('reads a bonded zone "with" its amount in a ranking of zones', () => {
    const rows = releaseRows('Among zones, Kunshan ranked first, followed by the Zhengzhou Xinzheng Comprehensive Bonded Zone with 51.3 billion yuan and Chongqing with 40.2 billion yuan in 2025.', '2026-01-20');
    expect(areaOf(rows, 51.3e9)).toBe('Zhengzhou Xinzheng Comprehensive Bonded Zone');
  });
  it('reads a Kazakh region "with" its dollars before a city', () => {
    const rows = releaseRows('ASTANA, 15 November -- Atyrau region led, followed by East Kazakhstan region with 3.1 billion dollars and Shymkent with 2.0 billion dollars in January-September.', '2026-11-15');
    expect(areaOf(rows, 3.1e9)).toBe('East Kazakhstan Region');
  });
  it('reads a city named with "City" "with" its amount', () => {
    const rows = releaseRows('HANOI, Jan. 6 -- Bac Ninh led in 2025, followed by Ho Chi Minh City with 48.7 billion USD and Dong Nai with 24.1 billion USD.', '2026-01-06');
    expect(areaOf(rows, 48.7e9)).toBe('Ho Chi Minh City');
  });
  it('keeps a partner "with" an amount a partner of the place before (near miss)', () => {
    const rows = releaseRows('Guangxi traded most with Vietnam, with 231.6 billion yuan in the first ten months.', '2026-11-18');
    expect(areaOf(rows, 231.6e9)).toBe('Guangxi');
  });
  it('keeps an amount "with" after a word that is no place the place before\'s (near miss)', () => {
    const rows = releaseRows('Suzhou topped the list with 2.6 trillion yuan in 2025, and Wuxi followed.', '2026-01-20');
    expect(areaOf(rows, 2.6e12)).toBe('Suzhou');
  });
});

describe('another country\'s national release goes back to the country after a paragraph on its localities', () => {
  // A statistics office's year-end release: the country only in the headline, its localities ranked in a paragraph of their own.
  const head = [
    "VIET NAM'S GOODS TRADE IN 2025: EXPORTS TOP 400 BILLION USD",
    'In 2025, the total value of goods exported and imported was put at 786.3 billion USD, 7.4% more than in 2024. Exports came to 402.2 billion USD, up 8.3%; imports were 384.1 billion USD, up 6.5%.',
    'By locality, Bac Ninh province ranked first with 55.1 billion USD of exports, followed by Ho Chi Minh City with 50.2 billion USD, Binh Duong province with 35.0 billion USD and Thai Nguyen province with 33.0 billion USD.',
  ].join('\n\n');
  const next = (paragraph: string) => releaseRows(`${head}\n\n${paragraph}`, '2026-01-06');
  it('reads the markets paragraph after the ranking as the country\'s', () => {
    const rows = next('The United States was the largest export market with 119.4 billion USD, up 9.1%. China was the largest import market at 121.4 billion USD.');
    expect(areas(rows, [119.4e9, 121.4e9])).toEqual(['Vietnam', 'Vietnam']);
  });
  it('reads goods after a partner sentence as the country\'s', () => {
    const rows = next('China was the largest import market at 121.4 billion USD. Phones and their parts remained the top export at 60.3 billion USD, down 1.2%.');
    expect(areaOf(rows, 60.3e9)).toBe('Vietnam');
  });
  it('reads a balance in a clause after the partner as the country\'s', () => {
    const rows = next('China was the largest import market at 121.4 billion USD, and the trade surplus stood at 18.1 billion USD.');
    expect(areaOf(rows, 18.1e9)).toBe('Vietnam');
  });
  it('reads exports to a bloc as the country\'s', () => {
    const rows = next('China was the largest import market at 121.4 billion USD. Exports to the European Union rose 6.0% to 52.7 billion USD.');
    expect(areaOf(rows, 52.7e9)).toBe('Vietnam');
  });
  it('reads imports of goods after a semicolon as the country\'s', () => {
    const rows = next('China was the largest import market at 121.4 billion USD; imports of machinery grew 11% to 52.3 billion USD.');
    expect(areaOf(rows, 52.3e9)).toBe('Vietnam');
  });
  it('keeps a locality\'s own next sentence in its paragraph (near miss)', () => {
    const rows = releaseRows('HANOI, Jan. 6 -- In 2025, Vietnam\'s total import-export turnover of goods was 732.0 billion USD, up 9.5%.\n\nBac Ninh province exported 51.2 billion USD. The province imported 45.3 billion USD.', '2026-01-06');
    expect(areaOf(rows, 45.3e9)).toBe('Bac Ninh');
  });
  it('keeps a place the new paragraph names itself (near miss)', () => {
    const rows = next('Thai Nguyen province alone imported 21.4 billion USD.');
    expect(areaOf(rows, 21.4e9)).toBe('Thai Nguyen');
  });
});

describe('a seat alone before a full stop is a dateline', () => {
  it('reads "Astana. December 3. KAZINFORM -" as no place of the figures', () => {
    const rows = releaseRows('Transit up in 11 months\n\nAstana. December 3. KAZINFORM - Container transit through Kazakhstan reached 1.18 million TEU in January-November, 11.2% more than a year earlier.', '2026-12-03');
    expect(areaOf(rows, 1.18e6)).toBe('Kazakhstan');
  });
  it('reads "Astana." before a sentence naming no place', () => {
    const rows = releaseRows('Kazakhstan\'s exports fall in nine months\n\nAstana. Exports fell by 6.1% to 57.9 billion dollars in January-September, the Bureau of National Statistics said.', '2026-11-15');
    expect(areaOf(rows, 57.9e9)).toBe('Kazakhstan');
  });
  it('reads "Almaty. 14 May. Kazinform -" as a seat too', () => {
    const rows = releaseRows('Kazakh grain exports up 12%\n\nAlmaty. 14 May. Kazinform - Wheat exports reached 5.6 million tonnes in July-April, up 12%.', '2026-05-14');
    expect(areaOf(rows, 5.6e6)).toBe('Kazakhstan');
  });
  it('reads "Tashkent." before an Uzbek turnover', () => {
    const rows = releaseRows('Uzbekistan\'s trade up 8.1%\n\nTashkent. Foreign trade turnover reached 42.3 billion dollars in January-September, up 8.1%.', '2026-10-20');
    expect(areaOf(rows, 42.3e9)).toBe('Uzbekistan');
  });
  it('reads "Shymkent." before a season\'s exports', () => {
    const rows = releaseRows('Kazakh cotton exports rise\n\nShymkent. Exports of cotton fibre rose 9% to 120,000 tonnes in the season.', '2026-10-20');
    expect(areaOf(rows, 120000)).toBe('Kazakhstan');
  });
  it('keeps a place that ends a sentence with a figure (near miss)', () => {
    const rows = releaseRows('Trade update\n\nExports of 2.1 billion dollars went to Astana.', '2026-10-20');
    expect(areaOf(rows, 2.1e9)).not.toBe('Astana');
  });
  it('keeps a place closing a sentence of other words before the full stop (near miss)', () => {
    const rows = releaseRows('Trade update\n\nTrade rose in Almaty. Its trade reached 17.6 billion dollars in January-September.', '2026-10-20');
    expect(areaOf(rows, 17.6e9)).toBe('Almaty');
  });
});
