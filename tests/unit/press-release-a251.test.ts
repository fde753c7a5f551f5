/**
 * Fixing round a251 on b321-09 … b321-16 (land ports, border crossings and freight trains, second half): the frames behind
 * their misses, each read in other wordings than the batch's. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a described port in an apposition right after a port names no second port', () => {
  it('reads "Gyirong, the Himalayan land port on the road to Nepal,"', () => {
    expect(areaOf('Goods through Gyirong, the Himalayan land port on the road to Nepal, were worth 2.1 billion yuan in 2019.', '2020-01-20', 2.1e9)).toBe('Gyirong Port');
  });
  it('reads "Zhangmu, the Tibetan road port below Nyalam,"', () => {
    expect(areaOf('Zhangmu, the Tibetan road port below Nyalam, handled 310,000 tonnes of cargo in 2014.', '2015-01-20', 310000)).toBe('Zhangmu Port');
  });
  it('reads "Khunjerab, the Karakoram highway port,"', () => {
    expect(areaOf('Imports through Khunjerab, the Karakoram highway port, rose 12 percent to 980 million yuan in 2023.', '2024-01-20', 980e6)).toBe('Khunjerab Port');
  });
  it('reads "Pulan, a Tibetan land port near the Nepal border,"', () => {
    expect(areaOf('Pulan, a Tibetan land port near the Nepal border, cleared 86 million yuan of trade in 2019.', '2020-01-20', 86e6)).toBe('Pulan Port');
  });
  it('reads "Erenhot, the Gobi railway port,"', () => {
    expect(areaOf('Trade through Erenhot, the Gobi railway port, reached 11.2 billion yuan in the first quarter of 2021.', '2021-04-20', 11.2e9)).toBe('Erenhot Port');
  });
  it('keeps a named land port with no port before it (near miss)', () => {
    expect(areaOf('Trade through the Nyalam land port rose to 300 million yuan in 2019.', '2020-01-20', 300e6)).toBe('Nyalam Port');
  });
  it('keeps a second port of its own clause after a port (near miss)', () => {
    expect(areaOf('Gyirong handled 2.1 billion yuan of trade in 2019, while the Nyalam land port handled 300 million yuan.', '2020-01-20', 300e6)).toBe('Nyalam Port');
  });
});

describe("a dashed pair in a service's brackets whose towns lie in two countries is the route's two ends, not joint runners", () => {
  it('reads "The Xi\'an-Europe freight train service (Xi\'an-Duisburg)"', () => {
    expect(areaOf("The Xi'an-Europe freight train service (Xi'an-Duisburg) ran 320 trips in 2017.", '2018-01-20', 320)).toBe("Xi'an");
  });
  it('reads "(Wuhan-Hamburg)"', () => {
    expect(areaOf('The Wuhan-Europe freight trains (Wuhan-Hamburg) ran 210 trips in 2016.', '2017-01-20', 210)).toBe('Wuhan');
  });
  it('reads "(Changsha-Minsk)"', () => {
    expect(areaOf('The Changsha-Europe freight trains (Changsha-Minsk) ran 118 trips in 2018.', '2019-01-20', 118)).toBe('Changsha');
  });
  it('reads "(Hefei-Moscow)" before boxes carried', () => {
    expect(areaOf('The Hefei-Europe freight train service (Hefei-Moscow) carried 9,800 TEU in 2019.', '2020-01-20', 9800)).toBe('Hefei');
  });
  it('reads "(Chengdu-Lodz)"', () => {
    expect(areaOf('The Chengdu-Europe freight trains (Chengdu-Lodz) made 460 trips in 2016.', '2017-01-20', 460)).toBe('Chengdu');
  });
  it('keeps two Chinese hubs in the brackets joint (near miss)', () => {
    expect(areaOf('The China-Europe Railway Express (Chengdu-Chongqing) ran 4,800 trains in 2021.', '2022-01-20', 4800)).toBe('Chengdu and Chongqing');
  });
  it('keeps "(Wuhan-Changsha)" joint (near miss)', () => {
    expect(areaOf('The China-Europe freight trains (Wuhan-Changsha) made 900 trips in 2021.', '2022-01-20', 900)).toBe('Changsha and Wuhan');
  });
});

describe('a place of the same kind after an opening frame, owning what follows, is no list with the frame', () => {
  it('reads "In southern Xinjiang, Kashgar\'s foreign trade ..." then "the prefecture\'s"', () => {
    expect(areaOf("In southern Xinjiang, Kashgar's foreign trade grew fastest. The prefecture's imports and exports were 33.5 billion yuan in 2024, up 21 percent.", '2025-01-20', 33.5e9)).toBe('Kashgar');
  });
  it('reads "In western Xinjiang, Yili\'s trade ..."', () => {
    expect(areaOf("In western Xinjiang, Yili's trade with Kazakhstan kept rising. The prefecture's exports were 18.2 billion yuan in 2023, up 9 percent.", '2024-01-20', 18.2e9)).toBe('Yili');
  });
  it('reads "In northern Xinjiang, Bortala\'s trade ..."', () => {
    expect(areaOf("In northern Xinjiang, Bortala's trade grew fastest. The prefecture's imports and exports were 9.1 billion yuan in 2024.", '2025-01-20', 9.1e9)).toBe('Bortala');
  });
  it('reads "In Jinhua, Yiwu\'s exports rose ..."', () => {
    expect(areaOf("In Jinhua, Yiwu's exports rose 10 percent to 500 billion yuan in 2023.", '2024-01-20', 500e9)).toBe('Yiwu');
  });
  it('reads "In Suzhou, Kunshan\'s foreign trade came to ..."', () => {
    expect(areaOf("In Suzhou, Kunshan's foreign trade came to 980 billion yuan in 2022.", '2023-01-20', 980e9)).toBe('Kunshan');
  });
  it('keeps a list of prefectures after the frame (near miss)', () => {
    const text = 'In Xinjiang, Kashgar, Yili and Bortala reported trade of 33.5 billion, 18.2 billion and 9.1 billion yuan respectively in 2024.';
    expect([areaOf(text, '2025-01-20', 33.5e9), areaOf(text, '2025-01-20', 9.1e9)]).toEqual(['Kashgar', 'Bortala']);
  });
  it('keeps a list of cities after the frame (near miss)', () => {
    const text = 'In Zhejiang, Ningbo, Hangzhou and Jinhua reported exports of 800 billion, 400 billion and 600 billion yuan respectively in 2024.';
    expect([areaOf(text, '2025-01-20', 800e9), areaOf(text, '2025-01-20', 600e9)]).toEqual(['Ningbo', 'Jinhua']);
  });
});

describe('a crossing "across the X River from" a foreign town locates the port before it', () => {
  it('reads "across the Red River from Lao Cai"', () => {
    expect(areaOf('Hekou Port, across the Red River from Lao Cai, cleared 2.3 million tonnes of goods in 2023.', '2024-01-20', 2.3e6)).toBe('Hekou Port');
  });
  it('reads "across the Beilun river from Mong Cai" (lower-case river)', () => {
    expect(areaOf('Dongxing, across the Beilun river from Mong Cai, saw trade of 40.2 billion yuan in 2024, up 6 percent.', '2025-01-20', 40.2e9)).toBe('Dongxing Port');
  });
  it('reads a river of two words, "across the Qi Cung River from Dong Dang"', () => {
    expect(areaOf('Pingxiang, across the Qi Cung River from Dong Dang, handled 1.5 million tonnes in 2019.', '2020-01-20', 1.5e6)).toBe('Pingxiang Port');
  });
  it('reads "The Hekou crossing, across the Nanxi River from Lao Cai,"', () => {
    expect(areaOf('The Hekou crossing, across the Nanxi River from Lao Cai, took in 510,000 tonnes of fruit in 2018.', '2019-01-20', 510000)).toBe('Hekou Port');
  });
  it('reads "across the Amur River from Blagoveshchensk"', () => {
    expect(areaOf('Heihe Port, across the Amur River from Blagoveshchensk, handled 1.2 million tonnes of cargo in 2023.', '2024-01-20', 1.2e6)).toBe('Heihe Port');
  });
  it('keeps the foreign town when it is the subject (near miss)', () => {
    expect(areaOf('Mong Cai, across the Beilun River from Dongxing, handled goods worth 3.1 billion dollars in 2024.', '2025-01-20', 3.1e9)).toBe('Mong Cai Port');
  });
  it('keeps a foreign port named after a river crossed by its own subject (near miss)', () => {
    expect(areaOf('Trucks that crossed the Red River carried 1.4 million tonnes through Lao Cai in 2023.', '2024-01-20', 1.4e6)).toBe('Lao Cai Port');
  });
});

describe('"the two ports ... A and B respectively" gives each port named before its own figure, in the order named', () => {
  it('reads two ports named in two sentences', () => {
    const text = 'Erenhot Port handled 16 million tonnes of cargo in 2019. Manzhouli Port handled 31 million tonnes. Timber imports through the two ports were 1.1 million and 2.3 million cubic meters respectively.';
    expect([areaOf(text, '2020-01-20', 1.1e6), areaOf(text, '2020-01-20', 2.3e6)]).toEqual(['Erenhot Port', 'Manzhouli Port']);
  });
  it('reads decimals before ", respectively"', () => {
    const text = 'Hekou Port cleared 2.3 million tonnes in 2023. Mohan Port cleared 4.1 million tonnes. Fruit imports through the two ports were 1.25 million tonnes and 0.86 million tonnes, respectively.';
    expect([areaOf(text, '2024-01-20', 1.25e6), areaOf(text, '2024-01-20', 0.86e6)]).toEqual(['Hekou Port', 'Mohan Port']);
  });
  it('reads three ports', () => {
    const text = 'Alashankou Port handled 7,300 trains in 2023. Horgos Port handled 7,600 trains. Baketu Port handled 900 trucks of goods. Grain imports through the three ports were 610,000, 420,000 and 95,000 tonnes respectively.';
    expect([areaOf(text, '2024-01-20', 610000), areaOf(text, '2024-01-20', 95000)]).toEqual(['Alashankou Port', 'Baketu Port']);
  });
  it('reads soybeans through Heihe and Suifenhe', () => {
    const text = 'Heihe Port handled goods worth 9.4 billion yuan in 2022. Suifenhe Port handled 21.7 billion yuan. Soybean imports through the two ports came to 410,000 tonnes and 265,000 tonnes respectively.';
    expect([areaOf(text, '2023-01-20', 410000), areaOf(text, '2023-01-20', 265000)]).toEqual(['Heihe Port', 'Suifenhe Port']);
  });
  it('reads "the two land ports" with growths after', () => {
    const text = 'Dongxing Port handled 31 billion yuan of trade in 2023. Youyiguan Port handled 120 billion yuan. Seafood imports through the two land ports were 52,000 tonnes and 18,000 tonnes respectively, up 4 percent and 9 percent.';
    expect([areaOf(text, '2024-01-20', 52000), areaOf(text, '2024-01-20', 18000)]).toEqual(['Dongxing Port', 'Youyiguan Port']);
  });
  it('keeps the two ports joint with no "respectively" (near miss)', () => {
    const text = 'Erenhot Port handled 16 million tonnes of cargo in 2019. Manzhouli Port handled 31 million tonnes. Timber imports through the two ports were 3.4 million cubic meters.';
    expect(areaOf(text, '2020-01-20', 3.4e6)).toBe('Erenhot and Manzhouli ports');
  });
  it('keeps the two ports joint when "respectively" comes in a later sentence (near miss)', () => {
    const text = 'Erenhot Port handled 16 million tonnes of cargo in 2019. Manzhouli Port handled 31 million tonnes. Timber imports through the two ports were 3.4 million cubic meters. Exports were 0.3 million and 0.2 million tonnes respectively.';
    expect(areaOf(text, '2020-01-20', 3.4e6)).toBe('Erenhot and Manzhouli ports');
  });
});

describe('"the port" in the singular points back past ports named together to the one port before them', () => {
  it('reads "the port\'s trade" after two checkpoints', () => {
    const text = 'Trade through Ruili Port was 18.4 billion yuan in the first half of 2016. Cargo through the Jiegao and Ruili checkpoints totalled 1.7 million tonnes. In June, the port\'s trade was 3.4 billion yuan.';
    expect(areaOf(text, '2016-07-20', 3.4e9)).toBe('Ruili Port');
  });
  it('reads "the port cleared" after two ports', () => {
    const text = 'Manzhouli Port handled 15.2 million tonnes of freight in 2021. Trains through the Manzhouli and Erenhot ports numbered 9,100. In December, the port cleared 1.3 million tonnes.';
    expect(areaOf(text, '2022-01-20', 1.3e6)).toBe('Manzhouli Port');
  });
  it('reads "the port handled" after "Heihe and Tongjiang ports"', () => {
    const text = 'Heihe Port handled goods worth 9.4 billion yuan in 2022. Soybeans through the Heihe and Tongjiang ports came to 600,000 tonnes. The port handled 2.2 million tonnes of cargo in all.';
    expect(areaOf(text, '2023-01-20', 2.2e6)).toBe('Heihe Port');
  });
  it('reads "the port\'s imports" after "Hekou and Mohan ports"', () => {
    const text = 'Hekou Port cleared 2.3 million tonnes in 2023. Fruit through the Hekou and Mohan ports reached 1.9 million tonnes. The port\'s imports were 12.6 billion yuan.';
    expect(areaOf(text, '2024-01-20', 12.6e9)).toBe('Hekou Port');
  });
  it('reads "the crossing" after "Dongxing and Youyiguan ports"', () => {
    const text = 'Dongxing Port handled 31 billion yuan of trade in 2023. Fruit through the Dongxing and Youyiguan ports came to 1.4 million tonnes. In December the crossing handled 3.2 billion yuan.';
    expect(areaOf(text, '2024-01-20', 3.2e9)).toBe('Dongxing Port');
  });
  it('keeps "the two ports" joint (near miss)', () => {
    const text = 'Heihe Port handled goods worth 9.4 billion yuan in 2022. Soybeans through the Heihe and Tongjiang ports came to 600,000 tonnes. The two ports handled 3.1 million tonnes of cargo in all.';
    expect(areaOf(text, '2023-01-20', 3.1e6)).toBe('Heihe and Tongjiang ports');
  });
  it('keeps ports named together as the area of their own sentence (near miss)', () => {
    const text = 'Manzhouli Port handled 15.2 million tonnes of freight in 2021. Trains through the Manzhouli and Erenhot ports numbered 9,100.';
    expect(areaOf(text, '2022-01-20', 9100)).toBe('Erenhot and Manzhouli ports');
  });
});

describe('a place opening a name in quotation marks before a noun of trains is the brand of a service, no place of its figures', () => {
  it('reads "the \\"Xinjiang Express\\" trains had made ... trips"', () => {
    const text = 'The Urumqi International Land Port Area dispatched 1,046 freight trains in the first half of 2025. As of the end of June, the "Xinjiang Express" trains had carried goods worth more than 190 billion yuan since May 2016.';
    expect(areaOf(text, '2025-07-20', 190e9)).toBe('Urumqi International Land Port');
  });
  it('reads "\\"Yili Express\\" trains"', () => {
    const text = 'Horgos Port handled 7,600 trains in 2023. The "Yili Express" trains carried 510,000 TEU.';
    expect(areaOf(text, '2024-01-20', 510000)).toBe('Horgos Port');
  });
  it('reads curly quotes, “Hubei Express” services', () => {
    const text = 'Wuhan dispatched 1,100 China-Europe trains in 2022. The “Hubei Express” services carried 98,000 TEU.';
    expect(areaOf(text, '2023-01-20', 98000)).toBe('Wuhan');
  });
  it('reads a one-word brand, "Sichuan" trains', () => {
    const text = 'Chengdu International Railway Port handled 2,600 trains in 2023. The "Sichuan" freight trains carried 230,000 TEU.';
    expect(areaOf(text, '2024-01-20', 230000)).toBe('Chengdu International Railway Port');
  });
  it('reads "\\"Guangxi Express\\" runs"', () => {
    const text = 'Qinzhou Port handled 9,800 rail-sea trains in 2024. The "Guangxi Express" runs carried 490,000 TEU.';
    expect(areaOf(text, '2025-01-20', 490000)).toBe('Qinzhou Port');
  });
  it('keeps a province whose own trains they are (near miss)', () => {
    const text = 'Xi\'an International Port dispatched 4,100 trains in 2023. Shaanxi\'s trains carried 310,000 TEU.';
    expect(areaOf(text, '2024-01-20', 310000)).toBe('Shaanxi');
  });
  it('keeps a quoted place before no noun of trains (near miss)', () => {
    const text = 'Exports of "Xinjiang" cotton yarn rose 4 percent to 1.2 billion yuan in 2023.';
    expect(areaOf(text, '2024-01-20', 1.2e9)).toBe('Xinjiang');
  });
});
