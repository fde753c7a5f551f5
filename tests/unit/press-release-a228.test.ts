/**
 * Fixing round a228 on b308 (national customs monthly and annual trade stories): periods of parts and running tallies told
 * beside the story's own period, and places named for comparison. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a section headed by a quarter or half inside the story\'s span ends at the next heading, which is the span\'s again', () => {
  it('reads a chip figure under "HIGH-TECH GOODS" after "STRONGER SECOND QUARTER" in a half-year story as the half\'s', () => {
    const text = 'BEIJING, July 14 (Xinhua) -- China\'s exports of goods reached 11.8 trillion yuan in the first half of the year, up 5.3 percent year on year, customs data showed.\n\nSTRONGER SECOND QUARTER\n\nTrade in the second quarter rose 6.8 percent from a year earlier.\n\nHIGH-TECH GOODS\n\nExports of laptops increased 9.1 percent to 312 billion yuan.';
    expect(tuples(text, '2025-07-14')).toContainEqual(['2025-01', '2025-06', 312e9, 'CNY', 9.1]);
  });
  it('reads a partner\'s figure under "Partners" after "A softer second half" in a story on the year as the year\'s', () => {
    const text = 'BEIJING, Jan 13 -- Imports fell 1.4 percent to 18.2 trillion yuan in 2025, the customs administration said on Tuesday.\n\nA softer second half\n\nImports slipped 3.0 percent in the second half as commodity prices eased.\n\nPartners\n\nPurchases from Brazil came to 760 billion yuan, up 4.2 percent.';
    expect(tuples(text, '2026-01-13')).toContainEqual(['2025-01', '2025-12', 760e9, 'CNY', 4.2]);
  });
  it('reads goods under "## Main products" after "## The third quarter" in a nine-month release as the nine months\'', () => {
    const text = 'Foreign trade in the first three quarters\n\nOctober 13, 2025 -- Exports totalled 19.2 trillion yuan in the first nine months of 2025, up 7.1 percent.\n\n## The third quarter\n\nExports gained 8.0 percent in the third quarter.\n\n## Main products\n\nShipments of household appliances grew 4.4 percent to 610 billion yuan.';
    expect(tuples(text, '2025-10-13')).toContainEqual(['2025-01', '2025-09', 610e9, 'CNY', 4.4]);
  });
  it('reads a region\'s trade under "BY REGION" after "Q4 PICKS UP" in a story on the year as the year\'s', () => {
    const text = 'SHANGHAI, Jan 20 -- Shanghai\'s imports and exports amounted to 4.27 trillion yuan in 2025, up 1.5 percent year on year, according to Shanghai Customs.\n\nQ4 PICKS UP\n\nIn the fourth quarter, trade climbed 3.9 percent.\n\nBY REGION\n\nTrade with the European Union reached 820 billion yuan, rising 2.6 percent.';
    expect(tuples(text, '2026-01-20')).toContainEqual(['2025-01', '2025-12', 820e9, 'CNY', 2.6]);
  });
  it('reads a partner\'s trade under "Partners" after "Second-quarter rebound" as the half\'s', () => {
    const text = 'BEIJING, July 13 -- Total trade grew 2.9 percent to 20.1 trillion yuan in the first half of 2025, the customs agency said Sunday.\n\nSecond-quarter rebound\n\nThe second quarter saw exports speed up to 7.2 percent.\n\nPartners\n\nTrade with ASEAN countries totalled 3.6 trillion yuan, up 9.6 percent.';
    expect(tuples(text, '2025-07-13')).toContainEqual(['2025-01', '2025-06', 3.6e12, 'CNY', 9.6]);
  });
  it('keeps the quarter for a paragraph under the quarter\'s own heading, with no heading between (near miss)', () => {
    const text = 'BEIJING, July 14 (Xinhua) -- China\'s exports of goods reached 11.8 trillion yuan in the first half of the year, up 5.3 percent year on year, customs data showed.\n\nSTRONGER SECOND QUARTER\n\nTrade in the second quarter rose 6.8 percent from a year earlier. Exports of laptops increased 9.1 percent to 112 billion yuan.';
    expect(tuples(text, '2025-07-14')).toContainEqual(['2025-04', '2025-06', 112e9, 'CNY', 9.1]);
  });
  it('keeps a section headed by the story\'s last month on past a heading with no period (near miss)', () => {
    const text = 'BEIJING, Nov 7 -- Exports rose 5.1 percent to 21.8 trillion yuan in the first ten months of 2025, customs data showed.\n\nOCTOBER 2025 ALONE\n\nExports grew 3.2 percent to 2.2 trillion yuan.\n\nTrade with the United States\n\nShipments to the United States fell 12.4 percent to 290 billion yuan.';
    expect(tuples(text, '2025-11-07')).toContainEqual(['2025-10', '2025-10', 290e9, 'CNY', -12.4]);
  });
});

describe('in a story on one month\'s trade, a good\'s own running tally is an aside of its paragraph; the next is the month\'s', () => {
  it('reads soybeans after a bullet on rare earths "in the first ten months" as October\'s', () => {
    const text = 'BEIJING, Nov 7 -- China\'s exports climbed 8.2% from a year earlier to $300.4 billion in October, customs data showed.\n\n- Exports of rare earths in the first ten months rose 4.1% to 43,200 tons.\n\nSoybean purchases rose 12.5% to 7.4 million tons.';
    expect(tuples(text, '2025-11-07')).toContainEqual(['2025-10', '2025-10', 7.4e6, 'tonnes', 12.5]);
  });
  it('reads crude after "Soybean imports for January-October were ..." as the month\'s', () => {
    const text = 'BEIJING, Nov 7 -- Imports to China fell 1.9 percent in October to $215 billion, the customs agency said.\n\nSoybean imports for January-October were 88.6 million tonnes, up 3.3 percent.\n\nCrude oil arrivals totalled 45.1 million tonnes, down 2.2 percent.';
    expect(tuples(text, '2025-11-07')).toContainEqual(['2025-10', '2025-10', 45.1e6, 'tonnes', -2.2]);
  });
  it('reads copper after "In the first 11 months, China bought ... of iron ore" as November\'s', () => {
    const text = 'China\'s November imports beat forecasts\n\nBEIJING, Dec 8 -- Imports rose 4.7 percent to $220.1 billion in November, official data showed on Monday.\n\nIn the first 11 months, China bought 1.12 billion tonnes of iron ore, 1.6 percent more than a year earlier.\n\nImports of copper concentrate reached 2.6 million tonnes, up 9.3 percent.';
    expect(tuples(text, '2025-12-08')).toContainEqual(['2025-11', '2025-11', 2.6e6, 'tonnes', 9.3]);
  });
  it('reads cars after chips "from January through May" in a Korean story on May as May\'s', () => {
    const text = 'SEOUL, June 1 (Yonhap) -- South Korea\'s exports rose 3.4 percent on-year to $58.2 billion in May, the trade ministry said Sunday.\n\nChip exports from January through May jumped 21 percent to $60.9 billion.\n\nCar exports fell 4.4 percent to $6.2 billion.';
    expect(tuples(text, '2025-06-01')).toContainEqual(['2025-05', '2025-05', 6.2e9, 'USD', -4.4]);
  });
  it('reads steel after "The country\'s coal imports in the first nine months stood at ..." as September\'s', () => {
    const text = 'BEIJING, Oct 13 -- China\'s exports grew 6.1 percent year-on-year to $305.7 billion in September, customs figures showed.\n\nThe country\'s coal imports in the first nine months stood at 350 million tonnes, down 11 percent.\n\nSteel exports came in at 10.5 million tonnes, up 7.9 percent.';
    expect(tuples(text, '2025-10-13')).toContainEqual(['2025-09', '2025-09', 10.5e6, 'tonnes', 7.9]);
  });
  it('keeps the year to date after a paragraph on all goods\' year to date (near miss)', () => {
    const text = 'BEIJING, Nov 7 -- China\'s exports climbed 8.2% from a year earlier to $300.4 billion in October, customs data showed.\n\nFor the first ten months, exports reached $3.06 trillion, up 5.1 percent.\n\nSoybean purchases rose 12.5% to 87.4 million tons.';
    expect(tuples(text, '2025-11-07')).toContainEqual(['2025-01', '2025-10', 87.4e6, 'tonnes', 12.5]);
  });
  it('keeps the year to date in a story on the good itself (near miss)', () => {
    const text = 'BEIJING, Nov 20 -- China imported 18.3 million tonnes of bauxite in October, up 9.4 percent year on year.\n\nFrom January to October, bauxite imports totalled 170.2 million tonnes, up 20.1 percent.\n\nImports from Guinea were 129.4 million tonnes, up 31.5 percent.';
    expect(tuples(text, '2025-11-20')).toContainEqual(['2025-01', '2025-10', 129.4e6, 'tonnes', 31.5]);
  });
});

describe('a peak, high or low the figure came from, with its own date, is an earlier level of that date, not the figure\'s', () => {
  const lead = 'BEIJING, Jan 13 (Reuters) - China imported 381.01 million tonnes of crude oil in 2016, up 13.6 percent, customs data showed.\n\n';
  it('reads "after peaking at ... in 2015"', () => {
    const rows = tuples(`${lead}Steel product exports dropped 3.5 percent to 108.43 million tonnes, after peaking at 112.4 million tonnes in 2015.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 108.43e6, 'tonnes', -3.5]);
    expect(rows).toContainEqual(['2015-01', '2015-12', 112.4e6, 'tonnes', null]);
  });
  it('reads "having hit a record ... in 2014"', () => {
    const rows = tuples(`${lead}Aluminium exports slipped 2 percent to 4.2 million tonnes, having hit a record 4.6 million tonnes in 2014.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 4.2e6, 'tonnes', -2]);
    expect(rows).toContainEqual(['2014-01', '2014-12', 4.6e6, 'tonnes', null]);
  });
  it('reads "down from a peak of ... in March"', () => {
    const rows = tuples('SANTIAGO, Sept 8 - Chile\'s copper exports rose 4 percent to 1.1 million tonnes in August 2025, customs data showed.\n\nShipments of cathodes came to 410,000 tonnes, down from a peak of 520,000 tonnes in March.', '2025-09-08');
    expect(rows).toContainEqual(['2025-08', '2025-08', 410000, 'tonnes', null]);
    expect(rows).toContainEqual(['2025-03', '2025-03', 520000, 'tonnes', null]);
  });
  it('reads "off the all-time high of ... set in 2013" after a level with no date of its own', () => {
    const rows = tuples(`${lead}Coal exports eased to 8.8 million tonnes, off the all-time high of 12.1 million tonnes set in 2013.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 8.8e6, 'tonnes', null]);
    expect(rows).toContainEqual(['2013-01', '2013-12', 12.1e6, 'tonnes', null]);
  });
  it('reads "following a low of ... in the first quarter"', () => {
    const rows = tuples('HANOI, July 2 -- Vietnam\'s farm exports grew 11 percent to 31 billion U.S. dollars in the first half of 2025.\n\nRice exports recovered to 4.1 million tonnes, following a low of 1.7 million tonnes in the first quarter.', '2025-07-02');
    expect(rows).toContainEqual(['2025-01', '2025-06', 4.1e6, 'tonnes', null]);
    expect(rows).toContainEqual(['2025-01', '2025-03', 1.7e6, 'tonnes', null]);
  });
  it('keeps a figure of its own year before a peak named after it (near miss)', () => {
    const rows = tuples(`${lead}Steel product exports dropped 3.5 percent to 108.43 million tonnes in 2016, after peaking at 112.4 million tonnes in 2015.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 108.43e6, 'tonnes', -3.5]);
  });
  it('keeps trains "sent off" as the hub\'s own count, no base (near miss)', () => {
    const rows = tuples("XI'AN -- The Xi'an rail hub sent off 412 China-Europe freight trains in February 2026, up 12 percent.", '2026-03-02');
    expect(rows).toContainEqual(['2026-02', '2026-02', 412, 'trains', 12]);
  });
});

describe('a month of the span in force told after "with", "including" or "of which" dates only that part; the figure before and the sentences after keep the span', () => {
  const lead = 'BEIJING, Jan 13 (Reuters) - China imported 381.01 million tonnes of crude oil in 2016, up 13.6 percent, customs data showed.\n\n';
  it('reads "with December shipments of ..."', () => {
    const rows = tuples(`${lead}Soybean imports reached 83.91 million tonnes, up 2.7 percent, with December shipments of 9.12 million tonnes.\n\nCoal imports rose 25.2 percent to 255.51 million tonnes.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 83.91e6, 'tonnes', 2.7]);
    expect(rows).toContainEqual(['2016-12', '2016-12', 9.12e6, 'tonnes', null]);
    expect(rows).toContainEqual(['2016-01', '2016-12', 255.51e6, 'tonnes', 25.2]);
  });
  it('reads "including ... in December" and keeps the year for the next sentence', () => {
    const rows = tuples(`${lead}Soybean imports reached 83.91 million tonnes, up 2.7 percent, including 9.12 million tonnes in December. Rapeseed imports fell 9 percent to 3.6 million tonnes.`, '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 83.91e6, 'tonnes', 2.7]);
    expect(rows).toContainEqual(['2016-01', '2016-12', 3.6e6, 'tonnes', -9]);
  });
  it('reads "with ... arriving in November" in an eleven-month story', () => {
    const rows = tuples('BEIJING, Dec 8 -- China imported 1.12 billion tonnes of iron ore in the first 11 months of 2025, up 1.6 percent.\n\nCopper concentrate imports totalled 27.1 million tonnes, up 8 percent, with 2.6 million tonnes arriving in November. Nickel ore imports rose 4 percent to 38 million tonnes.', '2025-12-08');
    expect(rows).toContainEqual(['2025-01', '2025-11', 27.1e6, 'tonnes', 8]);
    expect(rows).toContainEqual(['2025-01', '2025-11', 38e6, 'tonnes', 4]);
  });
  it('reads "of which ... came in the month of June" in a half-year story', () => {
    const rows = tuples('HANOI, July 3 -- Vietnam exported 4.7 million tonnes of rice in the first half of 2025, up 3.5 percent.\n\nCoffee exports reached 960,000 tonnes, down 2 percent, of which 120,000 tonnes came in the month of June. Pepper exports rose 6 percent to 130,000 tonnes.', '2025-07-03');
    expect(rows).toContainEqual(['2025-01', '2025-06', 960000, 'tonnes', -2]);
    expect(rows).toContainEqual(['2025-01', '2025-06', 130000, 'tonnes', 6]);
  });
  it('reads "with September\'s deliveries at ..." in a nine-month story', () => {
    const rows = tuples('SEOUL, Oct 1 -- South Korea exported 480,000 tonnes of steel pipe in the first nine months of 2025, up 4 percent.\n\nCar exports rose 6 percent to 2.1 million units, with September\'s deliveries at 230,000 units. Ship exports grew 30 percent.', '2025-10-01');
    expect(rows).toContainEqual(['2025-01', '2025-09', 2.1e6, 'vehicles', 6]);
    expect(rows).toContainEqual(['2025-01', '2025-09', null, '', 30]);
  });
  it('keeps the month a paragraph opens on for a part told after "with" (near miss)', () => {
    const rows = tuples('BEIJING, Nov 7 -- China\'s exports rose 5.1 percent to 21.8 trillion yuan in the first ten months of 2025.\n\nIn October, exports grew 3.2 percent to 2.2 trillion yuan, with shipments to ASEAN at 360 billion yuan.', '2025-11-07');
    expect(rows).toContainEqual(['2025-10', '2025-10', 360e9, 'CNY', null]);
  });
  it('keeps a later year after "with" that is no month of the span (near miss)', () => {
    const rows = tuples('BEIJING, Jan 13 -- Soybean imports reached 83.91 million tonnes in 2016, with 2015 purchases of 81.7 million tonnes.', '2017-01-13');
    expect(rows).toContainEqual(['2016-01', '2016-12', 83.91e6, 'tonnes', null]);
  });
});

describe('a change named by its noun with "of" as the subject of would, could or might is imagined, no row', () => {
  const lead = 'BEIJING, April 13 -- China\'s foreign trade grew 4.8 percent to 9.89 trillion yuan in the first quarter, customs data showed.\n\n';
  const growths = (text: string) => tuples(`${lead}${text}`, '2023-04-13').filter((r) => r[2] === null).map((r) => r[4]);
  it('sets aside "full-year growth of about 3 percent would be a good result"', () => {
    expect(growths('Zhuang Rui, a professor, said full-year growth of about 3 percent would be a good result.')).toEqual([]);
  });
  it('sets aside "Growth of 4 percent might be possible in the second half"', () => {
    expect(growths('Growth of 4 percent might be possible in the second half, one trader said.')).toEqual([]);
  });
  it('sets aside "annual growth of around 6 per cent would be hard to match"', () => {
    expect(growths('The official said annual growth of around 6 per cent would be hard to match.')).toEqual([]);
  });
  it('sets aside "an expansion of 5 percent could still be reached"', () => {
    expect(growths('Economists said an expansion of 5 percent could still be reached if demand in Europe holds.')).toEqual([]);
  });
  it('sets aside "a contraction of 2 percent in exports would hurt factories"', () => {
    expect(growths('A contraction of 2 percent in exports would hurt coastal factories, the report warned.')).toEqual([]);
  });
  it('keeps growth the subject of a past verb (near miss)', () => {
    expect(growths('Export growth of 8.4 percent was the fastest in a year.')).toContainEqual(8.4);
  });
  it('keeps growth that a later clause, not the figure, puts under a modal (near miss)', () => {
    expect(growths('Imports posted growth of 0.2 percent, officials said, and trade would stay steady.')).toContainEqual(0.2);
  });
});

describe('"Its" or "Their" opening a sentence with no place points to the country the sentence before named as owner of its trade', () => {
  const lead = 'BEIJING, Jan. 10 (Xinhua) -- China\'s foreign trade rose 7.6 percent to 4.16 trillion U.S. dollars in 2013, customs data showed.\n\n';
  const areas = (text: string, value: number) => releaseRows(`${lead}${text}`, '2014-01-10').filter((r) => r.value === value).map((r) => r.area);
  it('reads "the United States\' 2013 trade ... Its total goods trade stood at"', () => {
    expect(areas("Final data on the United States' 2013 trade will be released in February. Its total goods trade stood at 3.82 trillion dollars in 2012.", 3.82e12)).toEqual(['United States']);
  });
  it('reads "Germany\'s export figures ... Its exports reached"', () => {
    expect(areas("Germany's export figures for December are due next week. Its exports reached 1.1 trillion euros in 2012.", 1.1e12)).toEqual(['Germany']);
  });
  it('reads "Japan\'s trade data ... Its imports totalled"', () => {
    expect(areas("Japan's trade data come out later this month. Its imports totalled 81 trillion yen in 2012.", 81e12)).toEqual(['Japan']);
  });
  it('reads "India\'s own statistics ... Its imports from China were"', () => {
    expect(areas("India's own statistics differ from these. Its imports from China were 52 billion dollars in 2012.", 52e9)).toEqual(['India']);
  });
  it('reads "Brazil\'s soybean exports ... Its shipments came to"', () => {
    expect(areas("Brazil's soybean exports are counted by its ministry. Its shipments to all markets came to 42 million tonnes in 2012.", 42e6)).toEqual(['Brazil']);
  });
  it('keeps the release\'s own country when the owner before is no owner of trade (near miss)', () => {
    expect(areas("Officials said the rise beat the United States' pace. Its exports reached 2.21 trillion dollars.", 2.21e12)).toEqual(['China']);
  });
  it('keeps the area a sentence names itself after "Its" (near miss)', () => {
    expect(areas("Final data on the United States' 2013 trade will be released in February. Its shipments to Canada aside, China's exports reached 2.21 trillion dollars.", 2.21e12)).toEqual(['China']);
  });
});
