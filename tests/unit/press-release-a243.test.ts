/**
 * Fixing round a243 on b315 (Chinese provinces, regions and cities): a bloc or country before a trade noun with no owner, a
 * place of works in a figureless cause, a state lasting until a month, a province's trade through one land-border crossing,
 * and a foreign buyer of a place's goods named by its possessive. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

/** Area, partner and flow of the row of `value`, or undefined when the release gives none. */
const placeOf = (text: string, value: number, published = '2025-07-26') => {
  const row = releaseRows(text, published).find((r) => r.value === value);
  return row && [row.area, row.partner, row.flow];
};

describe('a foreign country or bloc before a trade noun, with no owner written, is the partner of the place the release is on', () => {
  it('reads "Russia trade climbed" in a province\'s release', () => {
    expect(placeOf("HARBIN, May 20 -- Heilongjiang's imports and exports totalled 98 billion yuan in the first four months, up 4 percent. Russia trade climbed 7.5 percent to 61 billion yuan.", 61e9)).toEqual(['Heilongjiang', 'Russia', 'total']);
  });
  it('reads "Meanwhile, ASEAN business rose"', () => {
    expect(placeOf('KUNMING, July 18 -- Yunnan traded goods worth 120 billion yuan in the first half. Meanwhile, ASEAN business rose 11 percent to 55 billion yuan.', 55e9)).toEqual(['Yunnan', 'ASEAN', 'total']);
  });
  it('reads "EU exports grew" as exports to the EU', () => {
    expect(placeOf("FUZHOU, Jan 22 -- Fujian's exports were 400 billion yuan in 2024. EU exports grew 6 percent to 70 billion yuan.", 70e9, '2025-01-22')).toEqual(['Fujian', 'European Union', 'export']);
  });
  it('reads "Africa trade jumped"', () => {
    expect(placeOf("ZHENGZHOU, Jan 20 -- Henan's trade reached 810 billion yuan last year. Africa trade jumped 21 percent to 30 billion yuan.", 30e9, '2025-01-20')).toEqual(['Henan', 'Africa', 'total']);
  });
  it('reads "Latin America trade rose" and keeps the region for the figures after it', () => {
    const text = "NANNING, Feb 12 -- Guangxi's trade came to 700 billion yuan last year. Latin America trade rose 18 percent to 61 billion yuan. Exports of furniture fell 4 percent to 9 billion yuan.";
    expect(placeOf(text, 61e9, '2025-02-12')).toEqual(['Guangxi', 'Latin America', 'total']);
    expect(placeOf(text, 9e9, '2025-02-12')).toEqual(['Guangxi', 'World', 'export']);
  });
  it('keeps the release\'s own country before a trade noun as the area (near miss)', () => {
    expect(placeOf("CHANGSHA, Oct 24 -- Hunan's trade reached 480.9 billion yuan in the first three quarters. China exports meanwhile rose 0.6 percent to 17.6 trillion yuan.", 17.6e12, '2024-10-24')?.[0]).toBe('China');
  });
  it('keeps a country\'s own exports sent "to" another place as that country\'s (near miss)', () => {
    expect(placeOf("HARBIN, May 20 -- Heilongjiang's trade totalled 98 billion yuan in the first four months. Russia exports to China rose 7.5 percent to 61 billion yuan.", 61e9)?.[0]).toBe('Russia');
  });
});

describe('a place that only says where works or workers are, in a sentence with no figure and no flow word, is scenery', () => {
  const area = (text: string, value: number) => placeOf(text, value, '2025-09-26')?.[0];
  it('reads "kept many factories in Dongguan and Foshan closed"', () => {
    expect(area("GUANGZHOU, Oct 20 -- Guangdong's trade reached 6.4 trillion yuan in the first three quarters. Typhoons kept factories in Dongguan and Foshan closed for a week in September. Exports of furniture fell 8 percent to 20 billion yuan.", 20e9)).toBe('Guangdong');
  });
  it('reads "Workers in Suzhou came back late"', () => {
    expect(area("NANJING, March 10 -- Jiangsu's trade came to 800 billion yuan in the first two months. Workers in Suzhou came back late after the holiday. Imports of chips rose 12 percent to 90 billion yuan.", 90e9)).toBe('Jiangsu');
  });
  it('reads "idled plants based in Ningbo"', () => {
    expect(area("HANGZHOU, Sept 12 -- Zhejiang's exports rose 6 percent to 2.4 trillion yuan in the first eight months. Power rationing idled plants based in Ningbo for several days in August. Imports of crude oil rose 3 percent to 150 billion yuan.", 150e9)).toBe('Zhejiang');
  });
  it('reads "flooded warehouses in Qingdao, Yantai and Weihai"', () => {
    expect(area("JINAN, Aug 20 -- Shandong's trade reached 1.9 trillion yuan in the first seven months. Heavy rain flooded warehouses in Qingdao, Yantai and Weihai in July. Exports of tyres rose 9 percent to 60 billion yuan.", 60e9)).toBe('Shandong');
  });
  it('reads "Growers in Zhangzhou picked their longans early"', () => {
    expect(area("FUZHOU, Sept 20 -- Fujian's trade totalled 1.3 trillion yuan in the first eight months. Growers in Zhangzhou picked their longans early. Exports of fruit rose 14 percent to 3 billion yuan.", 3e9)).toBe('Fujian');
  });
  it('keeps a city whose factories "shipped" goods, a flow word, for the figure after it (near miss)', () => {
    expect(area("GUANGZHOU, Oct 20 -- Guangdong's trade reached 6.4 trillion yuan in the first three quarters. Factories in Dongguan shipped more furniture abroad in September. Exports of furniture fell 8 percent to 20 billion yuan.", 20e9)).toBe('Dongguan');
  });
  it('keeps a city whose trade, not its works, the sentence speaks of (near miss)', () => {
    expect(area("GUANGZHOU, Oct 20 -- Guangdong's trade reached 6.4 trillion yuan in the first three quarters. Trade in Dongguan picked up in September. Exports of furniture fell 8 percent to 20 billion yuan.", 20e9)).toBe('Dongguan');
  });
});

describe('in a sentence with no figure, the month a state lasts until is a deadline, no period of the figures after it', () => {
  const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
  it('reads "our order book is full until August"', () => {
    expect(tuples('FUZHOU, April 26 -- Fujian\'s trade reached 470 billion yuan in the first quarter. "Our order book is full until August," said a seafood exporter. Exports of seafood rose 9 percent to 4 billion yuan.', '2025-04-26')).toContainEqual(['2025-01', '2025-03', 4e9, 'CNY', 9]);
  });
  it('reads "booked up till October"', () => {
    expect(tuples("NINGBO, April 20 -- Ningbo's exports reached 180 billion yuan in the first quarter. Many toy makers said their lines were booked up till October. Imports of crude oil fell 2 percent to 30 billion yuan.", '2025-04-20')).toContainEqual(['2025-01', '2025-03', 30e9, 'CNY', -2]);
  });
  it('reads "will stay closed until September"', () => {
    expect(tuples('ERENHOT, May 12 -- Erenhot Port handled 4.1 million tonnes of cargo in the first four months. The road crossing will stay closed until September for repairs. Coal imports rose 6 percent to 2.2 million tonnes.', '2025-05-12')).toContainEqual(['2025-01', '2025-04', 2.2e6, 'tonnes', 6]);
  });
  it('reads "remain suspended until the end of June"', () => {
    expect(tuples("KUNMING, March 15 -- Yunnan's trade came to 48 billion yuan in January and February. Durian imports from Thailand remain suspended until the end of June, officials said. Exports of flowers rose 20 percent to 1.1 billion yuan.", '2025-03-15')).toContainEqual(['2025-01', '2025-02', 1.1e9, 'CNY', 20]);
  });
  it('reads "is in force until November"', () => {
    expect(tuples("HARBIN, Feb 10 -- Heilongjiang's trade reached 290 billion yuan last year. The new tariff quota is in force until November. Imports of soybeans rose 4 percent to 20 billion yuan.", '2025-02-10')).toContainEqual(['2024-01', '2024-12', 20e9, 'CNY', 4]);
  });
  it('keeps data "up to August" as the period of the figures after it (near miss)', () => {
    expect(tuples("HANGZHOU, Sept 20 -- Zhejiang's trade reached 2.6 trillion yuan in the first half. Data up to August were released on Friday. Exports of tea came to 3 billion yuan.", '2025-09-26')).toContainEqual(['2025-01', '2025-08', 3e9, 'CNY', null]);
  });
  it('does not keep the half after "shipments until August", no state lasting (near miss)', () => {
    expect(tuples("HANGZHOU, Sept 20 -- Zhejiang's trade reached 2.6 trillion yuan in the first half. Shipments until August show the same trend. Exports of tea came to 3 billion yuan.", '2025-09-26')).not.toContainEqual(['2025-01', '2025-06', 3e9, 'CNY', null]);
  });
});

describe("a province's or city's trade through one land-border crossing is the crossing's", () => {
  it('reads "Jilin\'s trade through Hunchun, near the borders ..., was"', () => {
    expect(placeOf("CHANGCHUN, Sept 23 -- Jilin's trade reached $17.9 billion in the first eight months. Jilin's trade through Hunchun, near the border with Russia, was $590 million.", 590e6, '2014-09-23')?.[0]).toBe('Hunchun Port');
  });
  it('reads "exports via Erenhot came to"', () => {
    expect(placeOf("HOHHOT, July 20 -- Inner Mongolia's trade reached 98 billion yuan in the first half. Inner Mongolia's exports via Erenhot came to 12 billion yuan.", 12e9)).toEqual(['Erenhot Port', 'World', 'export']);
  });
  it('reads "imports through the Horgos port rose"', () => {
    expect(placeOf("URUMQI, July 20 -- Xinjiang's trade reached 200 billion yuan in the first half. Xinjiang's imports through the Horgos port rose 8 percent to 15 billion yuan.", 15e9)).toEqual(['Horgos Port', 'World', 'import']);
  });
  it('reads "trade through Suifenhe totalled"', () => {
    expect(placeOf("HARBIN, July 20 -- Heilongjiang's trade reached 150 billion yuan in the first half. Heilongjiang's trade through Suifenhe totalled 9 billion yuan.", 9e9)?.[0]).toBe('Suifenhe Port');
  });
  it('reads "exports through Ruili climbed"', () => {
    expect(placeOf("KUNMING, July 20 -- Yunnan's trade reached 120 billion yuan in the first half. Yunnan's exports through Ruili climbed 11 percent to 7 billion yuan.", 7e9)?.[0]).toBe('Ruili Port');
  });
  it('keeps imports through an airport the province\'s (near miss)', () => {
    expect(placeOf("NANNING, July 20 -- Guangxi's trade reached 300 billion yuan in the first half. Guangxi's imports through Nanning Wuxu International Airport rose 41 percent to 6.3 billion yuan.", 6.3e9)?.[0]).toBe('Guangxi');
  });
  it('keeps exports through a list of crossings the province\'s (near miss)', () => {
    expect(placeOf("NANNING, July 20 -- Guangxi's trade reached 300 billion yuan in the first half. Guangxi's exports through Pingxiang and Dongxing ports totalled 20 billion yuan.", 20e9)?.[0]).toBe('Guangxi');
  });
});

describe("a foreign country that bought an amount of a place's goods, the place named by its possessive, is the partner of the place's exports", () => {
  it('reads "Japan purchased ... of Inner Mongolia\'s cashmere"', () => {
    expect(placeOf("HOHHOT, July 20 -- Inner Mongolia's exports reached 40 billion yuan in the first half. Japan purchased 2.1 billion yuan of Inner Mongolia's cashmere.", 2.1e9)).toEqual(['Inner Mongolia', 'Japan', 'export']);
  });
  it('reads "Russia imported ... of Heilongjiang\'s vegetables, up 12 percent"', () => {
    expect(placeOf("HARBIN, July 20 -- Heilongjiang's exports reached 30 billion yuan in the first half. Russia imported 6 billion yuan of Heilongjiang's vegetables, up 12 percent.", 6e9)).toEqual(['Heilongjiang', 'Russia', 'export']);
  });
  it('reads "Brazil took in ... of Shenzhen\'s drones"', () => {
    expect(placeOf("SHENZHEN, July 20 -- Shenzhen's exports reached 1 trillion yuan in the first half. Brazil took in 5 billion yuan of Shenzhen's drones.", 5e9)).toEqual(['Shenzhen', 'Brazil', 'export']);
  });
  it('reads "South Korea bought ... of Jiangxi Province\'s rare earths"', () => {
    expect(placeOf("NANCHANG, July 20 -- Jiangxi's exports reached 200 billion yuan in the first half. South Korea bought 800 million yuan of Jiangxi Province's rare earths.", 800e6)).toEqual(['Jiangxi', 'South Korea', 'export']);
  });
  it('reads "Vietnam also bought ... of Yunnan\'s flowers"', () => {
    expect(placeOf("KUNMING, July 20 -- Yunnan's exports reached 90 billion yuan in the first half. Vietnam also bought 3 billion yuan of Yunnan's flowers.", 3e9)).toEqual(['Yunnan', 'Vietnam', 'export']);
  });
  it('keeps a buyer of goods it names, no seller\'s possessive, as the area of its imports (near miss)', () => {
    expect(placeOf("KUALA LUMPUR, Oct 10 -- Malaysia's palm oil exports reached 1.5 million tonnes in September. India, the top buyer, imported 1.12 million tonnes of palm oil in September.", 1.12e6, '2024-10-10')).toEqual(['India', 'World', 'import']);
  });
  it('keeps a buyer of goods from a third country as that trade\'s owner (near miss)', () => {
    expect(placeOf("KUNMING, July 20 -- Yunnan's exports reached 90 billion yuan in the first half. Vietnam bought 3 billion yuan of flowers from Thailand.", 3e9)?.[0]).toBe('Vietnam');
  });
});
