/**
 * Issue 9, older misses of the corpus, round four (session 24): wording that real releases use and the extractor read
 * wrongly. Each describe names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2026-07-16') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const placesOf = (text: string, value: number, published?: string) => rowsOf(text, published).filter((r) => r.value === value).map((r) => [r.area, r.partner]);

describe('a role in a place\'s economy, set off by commas, describes the subject', () => {
  it('keeps the province as the area of a trade mode called the backbone of a delta economy', () => {
    const text = "Fujian province's imports and exports rose 6.1 percent to 1.02 trillion yuan in the first half of 2026. Processing trade, long the backbone of the Xiamen economy, slipped 2.4 percent to 210.5 billion yuan.";
    expect(placesOf(text, 210_500_000_000)).toEqual([['Fujian', 'World']]);
  });
  it('reads "the main engine of" the same way, and the next sentence keeps the province', () => {
    const text = "Zhejiang province's foreign trade grew 5.3 percent to 2.61 trillion yuan in the first half of 2026. Market procurement trade, the main engine of Yiwu's growth, rose 12.8 percent to 301.4 billion yuan. Exports of textiles rose 3.3 percent to 180.2 billion yuan.";
    expect(placesOf(text, 301_400_000_000)).toEqual([['Zhejiang', 'World']]);
    expect(placesOf(text, 180_200_000_000)).toEqual([['Zhejiang', 'World']]);
  });
  it('leaves a place that is the subject of its own figure', () => {
    const text = "Zhejiang province's foreign trade grew 5.3 percent to 2.61 trillion yuan in the first half of 2026. Yiwu, a city of small-commodity markets, saw its trade rise 14.1 percent to 380.6 billion yuan.";
    expect(placesOf(text, 380_600_000_000)).toEqual([['Yiwu', 'World']]);
  });
});

describe('a partner placed next in a ranking', () => {
  it('reads a customs territory that "came next at" an amount as the next partner, and keeps the reporter after it', () => {
    const text = "Guangxi's foreign trade reached 365.2 billion yuan in the first half of 2026, up 9.4 percent. ASEAN remained the region's largest trading partner, with trade up 11.2 percent to 201.3 billion yuan. Hong Kong came next at 40.7 billion yuan, up 3.1 percent. Exports of machinery rose 8.8 percent to 96.5 billion yuan.";
    expect(placesOf(text, 40_700_000_000)).toEqual([['Guangxi', 'Hong Kong']]);
    expect(placesOf(text, 96_500_000_000)).toEqual([['Guangxi', 'World']]);
  });
  it('reads a territory that "was second, with" an amount the same way', () => {
    const text = "Guangdong's foreign trade rose 7.7 percent to 4.4 trillion yuan in the first half of 2026. ASEAN was the province's biggest trading partner at 702 billion yuan. Taiwan was second, with 219.8 billion yuan, down 2.0 percent. Exports of toys rose 3 percent to 44.1 billion yuan.";
    expect(placesOf(text, 219_800_000_000)).toEqual([['Guangdong', 'Taiwan']]);
    expect(placesOf(text, 44_100_000_000)).toEqual([['Guangdong', 'World']]);
  });
  it('leaves a province that came next in a national ranking as the area of its figure', () => {
    const text = "China's foreign trade rose 3.1 percent to 21.2 trillion yuan in the first half of 2026. Guangdong led the provinces with 4.4 trillion yuan. Jiangsu came next at 2.7 trillion yuan.";
    expect(placesOf(text, 2_700_000_000_000)).toEqual([['Jiangsu', 'World']]);
  });
});

describe("a month's record, high or low measured against", () => {
  const rowsAt = (text: string) => rowsOf(text, '2026-10-09').map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct]);
  it("dates the record a fall is measured from to its month and gives the year-on-year change to the level", () => {
    const text = "Soybean arrivals came to 11.2 million tonnes in September, customs data showed, down 7.1% from August's all-time high of 12.06 million tonnes but up 4.4% from a year earlier.";
    expect(rowsAt(text)).toEqual([
      ['2026-09', '2026-09', 11_200_000, 4.4],
      ['2026-08', '2026-08', 12_060_000, null],
    ]);
  });
  it('reads "below July\'s record of" the same way', () => {
    expect(rowsAt("Copper ore imports were 2.41 million tonnes in September, 3.5% below July's record of 2.5 million tonnes.")).toEqual([
      ['2026-09', '2026-09', 2_410_000, null],
      ['2026-07', '2026-07', 2_500_000, null],
    ]);
  });
});

describe('the year so far', () => {
  const rowsAt = (text: string) => rowsOf(text, '2026-08-08').map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct]);
  it('reads "for the year so far" as January to the month reported, and leaves the month of the clause before', () => {
    const text = 'Aluminium exports fell to 512,000 tonnes in July, while aluminium exports for the year so far rose 8.2% to 3.71 million tonnes.';
    expect(rowsAt(text)).toEqual([
      ['2026-07', '2026-07', 512_000, null],
      ['2026-01', '2026-07', 3_710_000, 8.2],
    ]);
  });
  it('reads an opening "For the year so far," the same way', () => {
    expect(rowsAt('Copper imports were 480,000 tonnes in July. For the year so far, copper imports rose 3.1% to 3.2 million tonnes.').at(-1)).toEqual(['2026-01', '2026-07', 3_200_000, 3.1]);
  });
});

describe('a country goods were carried through on their way', () => {
  it('keeps the port as the area when goods are said to be transported overland through a third country', () => {
    const text = 'NANNING, May 14 (Xinhua) -- Fruit imports through the Dongxing Port totalled 402,000 tonnes in the first four months of this year, up 12.5 percent. Fruit from Thailand alone reached 221,000 tonnes, followed by Vietnamese durians transported overland through Laos.';
    expect(placesOf(text, 221_000, '2026-05-14')).toEqual([['Dongxing Port', 'Thailand']]);
  });
  it('reads goods "shipped by rail via" a country the same way', () => {
    const text = 'Xinjiang\'s exports to Europe reached 12.1 billion yuan in the first four months of 2026. Machinery worth 3.2 billion yuan was shipped by rail via Kazakhstan, up 9.9 percent.';
    expect(placesOf(text, 3_200_000_000, '2026-05-14')).toEqual([['Xinjiang', 'World']]);
  });
});

describe("a reporter's question names no place of the answer", () => {
  it('keeps the province for the answer after a question scoped to a bay area', () => {
    const text = 'HANGZHOU, April 22 -- Zhejiang\'s imports and exports reached 1.28 trillion yuan in the first quarter, up 5.6%, the provincial customs said.\n\nQ (Zhejiang Daily): How is trade with Japan developing within the Yangtze River Delta?\n\nA: Trade with Japan was 61.2 billion yuan in the quarter, up 2.2%.';
    expect(placesOf(text, 61_200_000_000, '2026-04-22')).toEqual([['Zhejiang', 'Japan']]);
  });
  it("still gives the question's month to the answer", () => {
    const text = "HANGZHOU, April 22 -- Zhejiang's imports and exports reached 1.28 trillion yuan in the first quarter, up 5.6%, the provincial customs said.\n\nQ (Zhejiang Daily): How did trade with Japan do in March?\n\nA: Trade with Japan was 21.2 billion yuan, up 2.2%.";
    expect(rowsOf(text, '2026-04-22').filter((r) => r.value === 21_200_000_000).map((r) => [r.period_start, r.period_end, r.area])).toEqual([['2026-03', '2026-03', 'Zhejiang']]);
  });
});

describe('"nationwide," scoping the clauses after it', () => {
  it("gives the country a running total said after \"nationwide,\" in a release on a port", () => {
    const text = 'ERENHOT, Nov. 25 -- Erenhot Port handled 3,100 China-Europe freight trains from January to November, up 4.2 percent, local customs said. Railway officials said that nationwide, the trains now serve 230 cities in 25 countries, and that more than 110,000 trains have run since the service began in March 2011.';
    expect(placesOf(text, 110_000, '2025-11-25').map(([area]) => area)).toEqual(['China']);
  });
  it('leaves a level after a "nationally," or "nationwide," that ends a phrase rather than opening a clause', () => {
    const ranked = 'GUANGZHOU, Jan. 20 -- Guangdong\'s foreign trade rose 3.1 percent in 2025. The province ranked first nationally, with trade of 9.1 trillion yuan.';
    expect(placesOf(ranked, 9_100_000_000_000, '2026-01-20').map(([area]) => area)).toEqual(['Guangdong']);
    const largest = 'GUANGZHOU, Jan. 20 -- Guangdong\'s foreign trade rose 3.1 percent in 2025. Its exports, the largest nationwide, reached 5.8 trillion yuan.';
    expect(placesOf(largest, 5_800_000_000_000, '2026-01-20').map(([area]) => area)).toEqual(['Guangdong']);
  });
  it('leaves a level whose own place is named after "nationwide,"', () => {
    const text = 'ERENHOT, Nov. 25 -- Erenhot Port handled 3,100 China-Europe freight trains from January to November, up 4.2 percent. Nationwide, growth slowed, but Erenhot Port alone saw 900 trains in October.';
    expect(placesOf(text, 900, '2025-11-25').map(([area]) => area)).toEqual(['Erenhot Port']);
  });
});

describe("a direction's services after a count of trains", () => {
  const trainsOf = (text: string) => rowsOf(text, '2026-07-03').filter((r) => r.unit === 'trains').map((r) => [r.value, r.flow]);
  it('reads "Outbound services numbered N" as the outbound part of the trains counted before', () => {
    const text = 'BEIJING, July 3 -- Freight trains between China and Central Asia made 4,210 trips in the first half of 2026, up 9 percent. They carried 402,000 TEUs of goods. Outbound services numbered 2,390, while 1,820 trains came back to China.';
    expect(trainsOf(text)).toEqual([[4210, 'total'], [2390, 'export'], [1820, 'import']]);
  });
  it('gives no train count to services of a release that counted no trains', () => {
    const text = 'BEIJING, July 3 -- The country\'s trade in services reached 3.6 trillion yuan in the first half of 2026. Outbound services numbered 2,390 contracts, up 4 percent.';
    expect(trainsOf(text)).toEqual([]);
  });
});

describe('a relative clause saying where the subject crosses the border', () => {
  it('gives the ports the subject\'s traffic leaves the country through as the area of its figures', () => {
    const text = 'China-Europe trains make 19,000 trips in 2024\n\nBEIJING, Jan. 3 -- China-Europe freight trains made 19,000 trips in 2024, up 10 percent, the national railway operator said.\n\nThe northern corridor, which leaves the country through the Erenhot and Manzhouli ports in Inner Mongolia, handled 5,100 trips last year, about 27 percent of the total.\n\nBy the end of 2024 the service had made over 100,000 trips.';
    expect(placesOf(text, 5100, '2025-01-03').map(([area]) => area)).toEqual(['Erenhot and Manzhouli ports']);
    expect(placesOf(text, 27, '2025-01-03').map(([area]) => area)).toEqual(['Erenhot and Manzhouli ports']);
    expect(placesOf(text, 100_000, '2025-01-03').map(([area]) => area)).toEqual(['China']);
  });
  it('reads a single port after "which exits China via" the same way', () => {
    const text = 'BEIJING, Jan. 3 -- China-Europe freight trains made 19,000 trips in 2024, up 10 percent, the national railway operator said. The central corridor, which exits China via Erenhot, handled 3,100 trips last year.';
    expect(placesOf(text, 3100, '2025-01-03').map(([area]) => area)).toEqual(['Erenhot Port']);
  });
});

describe("a city's volume after its port was named", () => {
  it("gives the port the part of a city's volume, when the release named the city's port", () => {
    const text = 'Container traffic at river ports grew in the first half of 2026. Jiujiang, Anqing and Yichang handled 820,000, 410,000 and 390,000 TEUs in the six months, up 6.1 percent, 4.2 percent and 9.9 percent respectively. Of Yichang\'s volume, 150,000 TEUs were foreign trade containers.';
    expect(placesOf(text, 150_000, '2026-08-05').map(([area]) => area)).toEqual(['Yichang Port']);
  });
  it('keeps the city when the release has named no port of it', () => {
    const text = 'Hubei\'s foreign trade grew in the first half of 2026. Of Yichang\'s volume, 150,000 TEUs were foreign trade containers in the six months.';
    expect(placesOf(text, 150_000, '2026-08-05').map(([area]) => area)).toEqual(['Yichang']);
  });
});

describe('cars carried by the trains do not change what "trips" count', () => {
  const countsOf = (text: string) => rowsOf(text, '2026-11-05').filter((r) => r.measure === 'count').map((r) => [r.value, r.unit]);
  it('reads "trips were made" after a count of vehicles the trains carried as train trips', () => {
    const text = 'China-Europe trains make 15,300 trips in ten months\n\nChina-Europe freight trains made 15,300 trips in the first 10 months of 2026, up 3.9 percent.\n\nCars exported on the trains reached 190,000 units, up 25.1 percent.\n\nIn October, 1,590 trips were made, carrying 168,000 TEUs.';
    expect(countsOf(text)).toEqual([[15_300, 'trains'], [190_000, 'vehicles'], [1_590, 'trains']]);
  });
});
