/**
 * Rules of the fixing round for the leftovers of batches b237-b240, b244-b246 (thirty-sixth session): each frame in several
 * sentences of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, value: number, published = '2024-07-14') => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a place named after a later clause\'s own amount does not reach back to a figure whose clause names none', () => {
  it('reads a place after a semicolon and its own tonnage as that tonnage\'s only', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024, up 4.4 percent. Trade with Vietnam grew 12.5 percent to 41.6 billion yuan; 1.35 million tonnes of fruit entered through Youyiguan port in the period.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Guangxi');
    expect(areaOf(text, 1.35e6, '2024-03-03')).toBe('Youyiguan Port');
  });
  it('reads a port after "and" and a count of containers', () => {
    const text = "HANOI, March 3 -- Vietnam's exports rose 8.1 percent to 61.2 billion dollars in the first two months of 2024. Shipments to China climbed 20 percent to 9.4 billion dollars, and some 310,000 containers passed through Haiphong port over the two months.";
    expect(areaOf(text, 9.4e9, '2024-03-03')).toBe('Vietnam');
  });
  it('reads a crossing after a colon and a count of trains', () => {
    const text = "URUMQI, July 14 -- Xinjiang's trade totalled 205.3 billion yuan in the first half of 2024, up 2.9 percent. Trade with Kazakhstan gained 7.4 percent to 61.9 billion yuan, with the railway doing much of the work: 4,120 freight trains crossed at Khorgos in the six months.";
    expect(areaOf(text, 61.9e9)).toBe('Xinjiang');
  });
  it('reads a port after a "with" clause of its own tonnage', () => {
    const text = "HOHHOT, July 14 -- Inner Mongolia's trade totalled 98.6 billion yuan in the first half of 2024, up 9.5 percent. Imports from Mongolia jumped 31 percent to 22.4 billion yuan, with 18.7 million tonnes of coal unloaded at Erenhot in the half year.";
    expect(areaOf(text, 22.4e9)).toBe('Inner Mongolia');
  });
  it('reads a port after a comma and an appended amount "of it"', () => {
    const text = "HOHHOT, July 14 -- Inner Mongolia's trade totalled 98.6 billion yuan in the first half of 2024, up 9.5 percent. Trade with Mongolia climbed 15 percent to 14.2 billion yuan, 9.1 million tonnes of it coal hauled through Ganqimaodu port.";
    expect(areaOf(text, 14.2e9)).toBe('Inner Mongolia');
  });
  it('reads a town after "and of that" and a tonnage moved across it', () => {
    const text = "HARBIN, July 14 -- Heilongjiang's trade totalled 139.1 billion yuan in the first half of 2024, up 6.2 percent. Exports to Russia reached 30.2 billion yuan, up 5 percent, and of that about 2.4 million tonnes moved across the bridge at Heihe.";
    expect(areaOf(text, 30.2e9)).toBe('Heilongjiang');
  });
  it('keeps a port named before the figure in its own clause (near miss)', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024, up 4.4 percent. Trade through Youyiguan port grew 12.5 percent to 41.6 billion yuan, and 1.35 million tonnes of fruit entered there.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Youyiguan Port');
  });
  it('keeps a port named right after the figure, before any other amount (near miss)', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024. Exports grew 12.5 percent to 41.6 billion yuan at Youyiguan port, up 3 percent.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Youyiguan Port');
  });
});

const NATIONAL_LEAD = 'China trade grows\n\nBEIJING, April 18 -- Foreign trade rose 5 percent to 10.2 trillion yuan in the first quarter, customs data showed.\n\n';

describe('a headline whose place stands only in its second clause leaves the body\'s first placeless figure to the country', () => {
  it('reads a comma headline with a city\'s mills in the second clause', () => {
    const text = 'Steel shipments hold firm, Tangshan mills send more abroad\n\nBEIJING, April 18 -- Steel exports rose 8.2 percent year on year to 24.6 million tonnes in the first quarter, customs data showed on Thursday.';
    expect(areaOf(text, 24.6e6, '2024-04-18')).toBe('China');
  });
  it('reads a semicolon headline with a province\'s makers', () => {
    const text = 'Solar exports climb; Jiangsu makers lead the way\n\nBEIJING, April 18 -- Exports of solar cells grew 14 percent to 9.3 billion dollars in the first quarter, the customs administration said.';
    expect(areaOf(text, 9.3e9, '2024-04-18')).toBe('China');
  });
  it('reads a verbless second clause with a province\'s refiners', () => {
    const text = 'Crude imports ease, Shandong refiners buy less\n\nBEIJING, April 18 -- Crude oil imports dropped 2.1 percent to 136 million tonnes in the first quarter.';
    expect(areaOf(text, 136e6, '2024-04-18')).toBe('China');
  });
  it('reads a town\'s traders in the second clause', () => {
    const text = 'Toy sales abroad recover, Yiwu traders upbeat\n\nBEIJING, April 18 -- Toy exports came to 6.1 billion dollars in the first quarter, 9.7 percent more than a year before, official figures showed.';
    expect(areaOf(text, 6.1e9, '2024-04-18')).toBe('China');
  });
  it('reads another country\'s headline and its city\'s factories', () => {
    const text = 'Garment exports slow; Ho Chi Minh City factories cut shifts\n\nHANOI, April 18 -- Textile and garment exports fell 3.4 percent to 8.7 billion dollars in the first quarter.';
    expect(areaOf(text, 8.7e9, '2024-04-18')).toBe('Vietnam');
  });
  it('reads a city\'s workshops after a first clause on orders', () => {
    const text = 'Furniture orders rebound, Foshan workshops busy again\n\nBEIJING, April 18 -- Furniture exports totalled 15.2 billion dollars in the first quarter, up 6.6 percent, customs figures showed.';
    expect(areaOf(text, 15.2e9, '2024-04-18')).toBe('China');
  });
  it('keeps the place of a second clause that only reports (near miss)', () => {
    const text = 'Exports rise 5 percent, Guangxi customs says\n\nNANNING, April 18 -- Exports rose 5.0 percent to 61.2 billion yuan in the first quarter.';
    expect(areaOf(text, 61.2e9, '2024-04-18')).toBe('Guangxi');
  });
  it('keeps the place of a reporting second clause with no dateline to give it (near miss)', () => {
    const text = 'Coal imports slide, Inner Mongolia customs reports\n\nCoal imports fell 9 percent to 31 million tonnes in the first half.';
    expect(areaOf(text, 31e6, '2024-07-18')).toBe('Inner Mongolia');
  });
  it('keeps the place of the first clause (near miss)', () => {
    const text = 'Guangxi exports rise, machinery leads\n\nNANNING, April 18 -- Exports rose 5.0 percent to 61.2 billion yuan in the first quarter.';
    expect(areaOf(text, 61.2e9, '2024-04-18')).toBe('Guangxi');
  });
});

describe('"the city" after a province-level city named in a national release is that city', () => {
  it('reads "the city\'s foreign trade" after Shanghai', () => {
    const text = `${NATIONAL_LEAD}Shanghai remained the largest shipper of vehicles among provincial-level regions.\n\nThe city's foreign trade reached 1.02 trillion yuan in the quarter, up 2.2 percent.`;
    expect(areaOf(text, 1.02e12, '2024-04-18')).toBe('Shanghai');
  });
  it('reads "imports of the city" after Tianjin', () => {
    const text = `${NATIONAL_LEAD}Among regions, Tianjin was singled out for its port traffic.\n\nImports of the city climbed 6.4 percent to 98.1 billion yuan.`;
    expect(areaOf(text, 98.1e9, '2024-04-18')).toBe('Tianjin');
  });
  it('reads "in the city" opening the sentence after Beijing', () => {
    const text = `${NATIONAL_LEAD}Beijing, the capital, stood out as an importer.\n\nIn the city, purchases from abroad totalled 512.3 billion yuan, 3.3 percent more than a year earlier.`;
    expect(areaOf(text, 512.3e9, '2024-04-18')).toBe('Beijing');
  });
  it('reads "exports from the city" after Chongqing', () => {
    const text = `${NATIONAL_LEAD}Chongqing led the inland provinces.\n\nExports from the city were worth 101.4 billion yuan, up 7.7 percent.`;
    expect(areaOf(text, 101.4e9, '2024-04-18')).toBe('Chongqing');
  });
  it('reads "firms registered in the city" after Shanghai', () => {
    const text = `${NATIONAL_LEAD}Shanghai again ranked first among coastal regions.\n\nFirms registered in the city exported 44.2 billion dollars of machinery, up 5.5 percent.`;
    expect(areaOf(text, 44.2e9, '2024-04-18')).toBe('Shanghai');
  });
  it('keeps "the country\'s exports" the country\'s (near miss)', () => {
    const text = `${NATIONAL_LEAD}Shanghai led the coastal regions.\n\nThe country's exports rose 4.1 percent to 5.9 trillion yuan.`;
    expect(areaOf(text, 5.9e12, '2024-04-18')).toBe('China');
  });
  it('keeps a paragraph naming no city the country\'s (near miss)', () => {
    const text = `${NATIONAL_LEAD}Shanghai led the coastal regions.\n\nExports of ships rose 31.2 percent to 9.8 billion yuan.`;
    expect(areaOf(text, 9.8e9, '2024-04-18')).toBe('China');
  });
});

const flowOf = (text: string, value: number) => releaseRows(text, '2022-07-20').find((r) => r.value === value)?.flow;

describe('goods a place received, named by a foreign country\'s adjective, came in', () => {
  it('reads "took in ... of Mongolian copper concentrate"', () => {
    const text = "ERENHOT, July 20 -- Inner Mongolia's trade grew 9.1 percent to 60.3 billion yuan in the first half of 2022. In the same period the Erenhot terminal took in 412,000 tonnes of Mongolian copper concentrate.";
    expect(flowOf(text, 412000)).toBe('import');
  });
  it('reads "unloaded ... of Australian iron ore" with a source after', () => {
    const text = "RIZHAO, July 20 -- Shandong's trade grew 7.7 percent to 1.58 trillion yuan in the first half of 2022. Rizhao port unloaded 31.5 million tonnes of Australian iron ore over the six months, its operator said.";
    expect(flowOf(text, 31.5e6)).toBe('import');
  });
  it('reads "took delivery of ... of Brazilian soybeans"', () => {
    const text = "DALIAN, July 20 -- Liaoning's trade grew 2.4 percent to 390.1 billion yuan in the first half of 2022. Grain terminals at Dalian took delivery of 2.9 million tonnes of Brazilian soybeans.";
    expect(flowOf(text, 2.9e6)).toBe('import');
  });
  it('reads "has received some ... of Russian timber" in the perfect', () => {
    const text = "MANZHOULI, July 20 -- Inner Mongolia's trade grew 9.1 percent to 60.3 billion yuan in the first half of 2022. So far this year the Manzhouli station has received some 5.4 million tonnes of Russian timber and pulp, railway officials said.";
    expect(flowOf(text, 5.4e6)).toBe('import');
  });
  it('reads a rail port that "received" a foreign country\'s timber', () => {
    const text = "SUIFENHE, July 20 -- Heilongjiang's trade grew 6.2 percent to 139.1 billion yuan in the first half of 2022. Suifenhe's rail port received 860,000 tonnes of Russian timber.";
    expect(flowOf(text, 860000)).toBe('import');
  });
  it('keeps goods received with no country named both ways (near miss)', () => {
    const text = "HUNCHUN, July 20 -- Jilin's trade fell 6.8 percent to 75.8 billion yuan in the first half of 2022. The Hunchun railway port received 1.26 million tonnes of coal.";
    expect(flowOf(text, 1.26e6)).toBe('total');
  });
  it('keeps foreign goods a port only handled both ways (near miss)', () => {
    const text = "HUNCHUN, July 20 -- Jilin's trade fell 6.8 percent to 75.8 billion yuan in the first half of 2022. The Hunchun railway port handled 1.26 million tonnes of Russian coal.";
    expect(flowOf(text, 1.26e6)).toBe('total');
  });
});
