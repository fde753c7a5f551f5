/**
 * Fixing round a232 on the leftovers of b307, b305 and b306 (land ports; Chinese sources; commodity wires and other agencies)
 * and b304-05. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** The area of the row of `value` in the release (undefined when no row has it). */
const areaOf = (text: string, value: number, published = '2024-06-08') => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a capital standing for the seat of a national body ("In Brasília, the trade secretariat said") is its country', () => {
  const china = (commodity: string) => `BEIJING, June 8 (Commodity wire) - China's ${commodity} imports reached 9,000 tonnes in May, customs data showed.\n\n`;
  it('reads "In Brasília, the foreign trade secretariat said ... earned"', () => {
    expect(areaOf(`${china('soybean')}In Brasília, the foreign trade secretariat said soybean exports to all destinations earned US$ 6.2 billion in May.`, 6.2e9)).toBe('Brazil');
  });
  it('reads the capital written without its diacritics ("In Brasilia, the trade secretariat reported")', () => {
    expect(areaOf(`${china('soybean')}In Brasilia, the trade secretariat reported that soybean exports reached 14.2 million tonnes in May.`, 14.2e6)).toBe('Brazil');
  });
  it('reads "In Bogotá, the trade ministry said ... climbed"', () => {
    expect(areaOf(`${china('coffee')}In Bogotá, the trade ministry said coffee exports climbed 12 percent to 1.1 million bags in May.`, 1.1e6)).toBe('Colombia');
  });
  it('reads "Meanwhile in Ankara, the trade ministry said"', () => {
    expect(areaOf(`${china('hazelnut')}Meanwhile in Ankara, the trade ministry said hazelnut exports to all markets reached 31,000 tonnes in May.`, 31000)).toBe('Turkey');
  });
  it('reads a capital\'s possessive before its customs service, spelt without the accent ("Lome\'s customs service said")', () => {
    expect(areaOf(`${china('cotton')}Lome's customs service said cotton exports were 18,000 tonnes in May.`, 18000)).toBe('Togo');
  });
  it('reads a capital the table lacked before ("In Havana, the trade ministry put ... at")', () => {
    expect(areaOf(`${china('sugar')}In Havana, the trade ministry put sugar exports at 52,000 tonnes for May.`, 52000)).toBe('Cuba');
  });
  it('keeps a capital where no national body speaks (near miss: "In Montevideo, dockers unloaded")', () => {
    expect(areaOf(`${china('beef')}In Montevideo, dockers unloaded 40,000 tonnes of Chinese steel in May.`, 40000)).not.toBe('Uruguay');
  });
  it('keeps a capital as the rail hub trains run from (near miss: "Trains from Budapest carried")', () => {
    expect(areaOf('BEIJING, June 8 - China-Europe freight trains made 1,600 trips in May, the railway said.\n\nTrains from Budapest carried 12,000 TEU in May.', 12000)).not.toBe('Hungary');
  });
});

describe('a place given an unsized part of the whole just reported ("Youyiguan handled the largest part of it") leaves the whole\'s figures after it to the lead', () => {
  const pingxiang = 'NANNING, April 20 -- Fruit crossing the border at Pingxiang totalled 612,000 tonnes in the first quarter, up 27.8 percent year on year, Nanning Customs said.\n\n';
  it('reads "Youyiguan, the main road port, handled the largest part of it." then imports', () => {
    expect(areaOf(`${pingxiang}Youyiguan, the main road port, handled the largest part of it. Imports of durian and mangosteen reached 488,000 tonnes, worth 5.36 billion yuan.`, 488000, '2021-04-20')).toBe('Pingxiang Port');
  });
  it('reads "Most of it went through Horgos." then exports', () => {
    expect(areaOf("URUMQI, April 20 -- Xinjiang's trade with Kazakhstan reached 40.2 billion yuan in the first quarter, up 12 percent, Urumqi Customs said.\n\nMost of it went through Horgos. Exports rose 8 percent to 30.1 billion yuan.", 30.1e9, '2021-04-20')).toBe('Xinjiang');
  });
  it('reads "The bulk of the cargo crossed at Manzhouli" then timber imports', () => {
    expect(areaOf("HOHHOT, April 20 -- Inner Mongolia's imports from Russia totalled 6.4 million tonnes in the first quarter, Hohhot Customs said.\n\nThe bulk of the cargo crossed at Manzhouli, mainly timber and coal. Timber imports fell 3 percent to 2.2 million tonnes.", 2.2e6, '2021-04-20')).toBe('Inner Mongolia');
  });
  it('reads "Horgos took the lion\'s share of the total." then inbound freight', () => {
    expect(areaOf("URUMQI, April 20 -- Freight through Xinjiang's land ports with Kazakhstan reached 9.8 million tonnes in the first quarter, up 6 percent, Urumqi Customs said.\n\nHorgos took the lion's share of the total. Inbound freight grew 4 percent to 3.9 million tonnes.", 3.9e6, '2021-04-20')).toBe('Xinjiang');
  });
  it('reads "The majority of it passed through Youyiguan." then "the port\'s fruit trade" as the lead port\'s', () => {
    expect(areaOf(`${pingxiang}The majority of it passed through Youyiguan. In 2020 the port's fruit trade fell 9.4 percent to 1.87 million tonnes.`, 1.87e6, '2021-04-20')).toBe('Pingxiang Port');
  });
  it('keeps a part sized by a figure the place\'s own (near miss: "handled 300,000 tonnes of it")', () => {
    expect(areaOf(`${pingxiang}Youyiguan, the main road port, handled 300,000 tonnes of it. Imports of durian reached 188,000 tonnes.`, 188000, '2021-04-20')).toBe('Youyiguan Port');
  });
  it('keeps a place described without any part as the subject after it (near miss: "is open around the clock")', () => {
    expect(areaOf(`${pingxiang}Youyiguan, the main road port, is open around the clock. Imports of durian there reached 188,000 tonnes.`, 188000, '2021-04-20')).toBe('Youyiguan Port');
  });
});

describe('a place narrowed by "alone" ("Shenzhen alone accounted for") holds its own sentence only; the next sentence goes back to the whole', () => {
  const guangdong = 'GUANGZHOU, March 18 -- Guangdong Province saw its imports and exports rise 9.4 percent year on year to 1.32 trillion yuan in January and February, customs said.\n\n';
  it('reads "Shenzhen alone accounted for ..." then trade with a partner as the province\'s', () => {
    expect(areaOf(`${guangdong}Shenzhen alone accounted for 634.5 billion yuan, an 11.2 percent rise. Trade with Hong Kong fell 6.2 percent, while trade with ASEAN climbed 15.3 percent to 198.7 billion yuan.`, 198.7e9, '2026-03-18')).toBe('Guangdong');
  });
  it('reads "Of that, Suzhou by itself contributed" then exports', () => {
    expect(areaOf("NANJING, March 18 -- Jiangsu's foreign trade reached 860 billion yuan in January and February, up 6 percent, Nanjing Customs said.\n\nOf that, Suzhou by itself contributed 380 billion yuan. Exports rose 5 percent to 540 billion yuan.", 540e9, '2026-03-18')).toBe('Jiangsu');
  });
  it('reads "Ningbo on its own handled ... of it" then imports', () => {
    expect(areaOf("HANGZHOU, March 18 -- Zhejiang's foreign trade reached 780 billion yuan in January and February, up 7 percent, Hangzhou Customs said.\n\nNingbo on its own handled 210 billion yuan of it. Imports fell 3 percent to 190 billion yuan.", 190e9, '2026-03-18')).toBe('Zhejiang');
  });
  it('reads "Exports from Yiwu alone reached" then imports', () => {
    expect(areaOf("HANGZHOU, March 18 -- Zhejiang's exports reached 590 billion yuan in January and February, up 9 percent, Hangzhou Customs said.\n\nExports from Yiwu alone reached 95 billion yuan. Imports grew 8 percent to 190 billion yuan.", 190e9, '2026-03-18')).toBe('Zhejiang');
  });
  it('reads a port narrowed so ("Horgos alone cleared") in a region\'s release', () => {
    expect(areaOf("URUMQI, March 18 -- Xinjiang's freight with Central Asia reached 9.1 million tonnes in January and February, up 5 percent, Urumqi Customs said.\n\nHorgos alone cleared 3.2 million tonnes. Imports rose 9 percent to 2.6 million tonnes.", 2.6e6, '2026-03-18')).toBe('Xinjiang');
  });
  it('keeps a city named without "alone" for the sentence after it (near miss: "Its exports climbed")', () => {
    expect(areaOf(`${guangdong}Shenzhen accounted for 634.5 billion yuan, an 11.2 percent rise. Its exports climbed 15.3 percent to 398.7 billion yuan.`, 398.7e9, '2026-03-18')).toBe('Shenzhen');
  });
  it('keeps a city after a month narrowed by "alone" (near miss: "In February alone, Shenzhen\'s trade")', () => {
    expect(areaOf(`${guangdong}In February alone, Shenzhen's trade reached 300.2 billion yuan. Exports climbed 15.3 percent to 198.7 billion yuan.`, 198.7e9, '2026-03-18')).toBe('Shenzhen');
  });
});

describe('the cargo of trains sent one way, "carrying" it after the count\'s change, goes that way', () => {
  const flowOf = (text: string, value: number) => releaseRows(text, '2026-05-19').find((r) => r.value === value)?.flow;
  it('reads "sent 1,286 trains, 9.1% more than a year earlier, carrying 1.07 million tonnes of cargo"', () => {
    expect(flowOf("KUNMING, May 19 -- Hekou's trade came to 17.3 billion yuan in January-April, up 12.5%. The Hekou railway port sent 1,286 freight trains, 9.1% more than a year earlier, carrying 1.07 million tonnes of cargo.", 1.07e6)).toBe('export');
  });
  it('reads "dispatched 640 freight trains ..., up 12 percent, hauling"', () => {
    expect(flowOf('NANNING, May 19 -- Pingxiang railway port dispatched 640 freight trains in January-April, up 12 percent, hauling 58,000 TEUs of goods.', 58000)).toBe('export');
  });
  it('reads "received 300 inbound trains ..., 20 percent more, transporting"', () => {
    expect(flowOf('MANZHOULI, May 19 -- Manzhouli railway port received 300 inbound China-Europe trains in January-April, 20 percent more, transporting 25,000 TEUs.', 25000)).toBe('import');
  });
  it('reads "sent 500 freight trains ..., an increase of 6 per cent, carrying"', () => {
    expect(flowOf("NANNING, May 19 -- Pingxiang's railway port sent 500 freight trains in January-April, an increase of 6 per cent, carrying 41,000 TEUs.", 41000)).toBe('export');
  });
  it('reads "Outbound trains numbered 446 ..., an increase of 8.5 percent year on year, carrying"', () => {
    expect(flowOf('ERENHOT, May 19 -- Outbound trains numbered 446 in January-April, an increase of 8.5 percent year on year, carrying 36,570 TEUs.', 36570)).toBe('export');
  });
  it('keeps the cargo of trains run both ways two-way (near miss: "ran 800 freight trains")', () => {
    expect(flowOf('NANNING, May 19 -- Pingxiang railway port ran 800 freight trains in January-April, 9.1% more than a year earlier, carrying 70,000 TEUs.', 70000)).toBe('total');
  });
  it('keeps cargo handled apart from the trains two-way (near miss: "the port handled 1.07 million tonnes of cargo")', () => {
    expect(flowOf("KUNMING, May 19 -- The Hekou railway port sent 1,286 freight trains, 9.1% more than a year earlier. The port handled 1.07 million tonnes of cargo.", 1.07e6)).toBe('total');
  });
});
