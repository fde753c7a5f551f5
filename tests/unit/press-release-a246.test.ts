/**
 * Fixing round a246 on b317 (commodity stories on China's customs data) and b318-08: the frames behind their misses, each
 * read in other wordings than the batch's. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;
const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;

describe("a capital after the verb that puts a source's figures out is where they were published, not the figures' place", () => {
  it('reads "the General Administration of Customs said in Beijing on Friday"', () => {
    expect(areaOf('Copper imports rose 4% to 5.2 million tonnes in 2024, the General Administration of Customs said in Beijing on Friday.', '2025-01-17', 5.2e6)).toBe('China');
  });
  it('reads "Customs numbers out this afternoon in Beijing show"', () => {
    expect(areaOf("China's exporters had a good month. Customs numbers out this afternoon in Beijing show exports rose 6 percent in March to 210 billion dollars.", '2025-04-13', 210e9)).toBe('China');
  });
  it('reads "figures released in Tokyo on Monday showed" as Japan', () => {
    expect(areaOf('Exports of cars climbed 3.1% to 9.4 trillion yen in March, figures released in Tokyo on Monday showed.', '2025-04-21', 9.4e12)).toBe('Japan');
  });
  it('reads "the ministry told reporters in Seoul" as South Korea', () => {
    expect(areaOf('Chip exports jumped 22 percent to 14.1 billion dollars in May, the trade ministry told reporters in Seoul.', '2025-06-01', 14.1e9)).toBe('South Korea');
  });
  it('reads "data published today in Beijing" with the body before the verb', () => {
    expect(areaOf('Soybean imports fell 5 percent to 8.1 million tonnes in October, according to customs data published today in Beijing.', '2025-11-07', 8.1e6)).toBe('China');
  });
  it('reads "announced in Beijing" after the figures', () => {
    expect(areaOf('Rare-earth exports dropped 9 percent to 4,100 tonnes in May, the customs administration announced in Beijing.', '2025-06-09', 4100)).toBe('China');
  });
  it("keeps Beijing's own trade in a municipal release (near miss)", () => {
    expect(areaOf("Beijing's imports and exports reached 3.6 trillion yuan in 2024, up 0.8 percent, the municipal customs said in Beijing on Monday.", '2025-01-20', 3.6e12)).toBe('Beijing');
  });
  it('keeps a provincial city that is no capital (near miss)', () => {
    expect(areaOf("Shanghai's exports rose 3 percent to 1.8 trillion yuan in 2024, officials said in Shanghai.", '2025-01-20', 1.8e12)).toBe('Shanghai');
  });
});

describe("a month opening a later sentence with goods before the flow noun is an aside of the year's story", () => {
  const year = (r: unknown[]) => r[0] === '2022-01' && r[1] === '2022-12';
  it('reads "December corn imports were" and goes back to the year in the next paragraph', () => {
    const t = tuples('China imported 20.6 million tonnes of corn in 2022, down 27 percent. December corn imports were 1.85 million tonnes.\n\nWheat imports rose 3.9% to 9.96 million tonnes.', '2023-01-20');
    expect(t.filter(year).map((r) => r[2])).toContain(9.96e6);
  });
  it("reads \"December's soybean arrivals\"", () => {
    const t = tuples("China imported 91 million tonnes of soybeans in 2022. December's soybean arrivals came to 10.6 million tonnes.\n\nRapeseed imports fell 1.2% to 1.96 million tonnes.", '2023-01-20');
    expect(t.filter(year).map((r) => r[2])).toContain(1.96e6);
  });
  it('reads "Iron ore imports in December" (two goods words before "in" and the month)', () => {
    const t = tuples('China imported 1.1 billion tonnes of iron ore in 2022. Iron ore imports in December were 90.6 million tonnes.\n\nCoal imports fell 9 percent to 293 million tonnes.', '2023-01-20');
    expect(t.filter(year).map((r) => r[2])).toContain(293e6);
  });
  it('reads "December crude oil shipments"', () => {
    const t = tuples('Russia shipped 240 million tonnes of crude abroad in 2022. December crude oil shipments reached 19.5 million tonnes.\n\nDiesel exports rose 4% to 35 million tonnes.', '2023-01-20');
    expect(t.filter(year).map((r) => r[2])).toContain(35e6);
  });
  it('reads "June barley purchases" in a story on the half year', () => {
    const t = tuples('China imported 5.1 million tonnes of barley in the first half. June barley purchases were 0.8 million tonnes.\n\nSorghum imports rose 12% to 3.4 million tonnes.', '2023-07-20');
    expect(t).toContainEqual(['2023-01', '2023-06', 3.4e6, 'tonnes', 12]);
  });
  it('keeps a paragraph that goes on with the month (near miss)', () => {
    const t = tuples('China imported 20.6 million tonnes of corn in 2022. December corn imports were 1.85 million tonnes.\n\nMonthly wheat imports were 0.9 million tonnes.', '2023-01-20');
    expect(t).toContainEqual(['2022-12', '2022-12', 0.9e6, 'tonnes', null]);
  });
  it('keeps a month that closes its sentence, not opens it (near miss)', () => {
    const t = tuples('China imported 20.6 million tonnes of corn in 2022. Corn imports were 1.85 million tonnes in December.\n\nWheat imports rose 3.9% to 9.96 million tonnes.', '2023-01-20');
    expect(t).toContainEqual(['2022-12', '2022-12', 9.96e6, 'tonnes', 3.9]);
  });
});

describe("a growth whose subject is the month, a goods word and the flow noun points back at that month's level", () => {
  it('reads "December cherry imports were up 38.6 percent year-on-year"', () => {
    expect(tuples('In December, China imported 127,000 tons of fresh cherries. December cherry imports were up 38.6 percent year-on-year.', '2025-01-21')).toContainEqual(['2024-12', '2024-12', 127000, 'tonnes', 38.6]);
  });
  it('reads "November ore arrivals rose 12% from a year earlier"', () => {
    expect(tuples('China brought in 98.6 million tonnes of iron ore in November. November ore arrivals rose 12% from a year earlier.', '2025-12-08')).toContainEqual(['2025-11', '2025-11', 98.6e6, 'tonnes', 12]);
  });
  it("reads \"June's durian imports were 20 percent higher\"", () => {
    expect(tuples("China imported 310,000 tonnes of fresh durians in June. June's durian imports were 20 percent higher than a year before.", '2025-07-14')).toContainEqual(['2025-06', '2025-06', 310000, 'tonnes', 20]);
  });
  it('reads "The March copper shipments fell 5%"', () => {
    expect(tuples('Chile shipped 410,000 tonnes of refined copper in March. The March copper shipments fell 5% on the year.', '2025-04-14')).toContainEqual(['2025-03', '2025-03', 410000, 'tonnes', -5]);
  });
  it('reads "October lobster exports were down 9 percent"', () => {
    expect(tuples('Australia sold 1,200 tonnes of rock lobsters abroad in October. October lobster exports were down 9 percent year on year.', '2025-11-14')).toContainEqual(['2025-10', '2025-10', 1200, 'tonnes', -9]);
  });
  it('keeps a growth of other goods apart (near miss)', () => {
    expect(tuples('In December, China imported 127,000 tons of fresh cherries. December beef imports were up 10 percent year-on-year.', '2025-01-21')).toContainEqual(['2024-12', '2024-12', 127000, 'tonnes', null]);
  });
  it('keeps the same goods named again as a series of their own (near miss)', () => {
    expect(tuples('In December, China imported 127,000 tons of cherries. December cherries imports were up 10 percent year-on-year.', '2025-01-21')).toContainEqual(['2024-12', '2024-12', 127000, 'tonnes', null]);
  });
});

describe('a sum of money "of" goods right after a verb of buying is what the buyer imported', () => {
  it('reads "The country bought $415.6 billion of chips" after a paragraph naming export curbs', () => {
    expect(flowOf('China\'s chip imports fell in 2022, hit by U.S. export restrictions.\n\nThe country bought $415.6 billion of chips last year, down 3.9% from 2021.', '2023-01-13', 415.6e9)).toBe('import');
  });
  it('reads "purchased US$2.3 billion of soybeans"', () => {
    expect(flowOf('Egypt purchased US$2.3 billion of soybeans in 2024, up 8 percent.', '2025-02-10', 2.3e9)).toBe('import');
  });
  it('reads "bought 12 billion dollars of gas"', () => {
    expect(flowOf('Japan bought 12 billion dollars of liquefied natural gas in the first quarter.', '2025-04-20', 12e9)).toBe('import');
  });
  it('reads "bought about $5 billion of equipment"', () => {
    expect(flowOf('Vietnam bought about $5 billion of machinery in the first half of 2025.', '2025-07-20', 5e9)).toBe('import');
  });
  it('reads "purchased €800 million worth of wine"', () => {
    expect(flowOf('Hong Kong purchased €800 million worth of wine in 2024.', '2025-03-01', 800e6)).toBe('import');
  });
  it('keeps a share bought of a partner\'s goods to its own rule (near miss)', () => {
    expect(rows('China bought 38 percent of the milk powder exported from New Zealand in 2024.', '2025-03-01').some((r) => r.value === 38 && r.flow === 'import' && r.unit !== 'percent-share')).toBe(false);
  });
  it('keeps a seller of money of goods an export (near miss)', () => {
    expect(flowOf('Brazil sold $6.1 billion of beef abroad in 2024.', '2025-02-10', 6.1e9)).toBe('export');
  });
});

describe('a year before the goods and the flow noun dates the flow to that year', () => {
  it('reads "* 2014 soybean imports up 12.7 pct at 71.4 mln T" under a headline on December', () => {
    expect(tuples('China soy imports hit record, December cargoes strong\n\n* 2014 soybean imports up 12.7 pct at 71.4 mln T', '2015-01-13')).toContainEqual(['2014-01', '2014-12', 71.4e6, 'tonnes', 12.7]);
  });
  it("reads \"China's 2022 corn imports fell 27%\"", () => {
    expect(tuples("China's 2022 corn imports fell 27% to 20.6 million tonnes, December arrivals picking up.", '2023-01-20')).toContainEqual(['2022-01', '2022-12', 20.6e6, 'tonnes', -27]);
  });
  it('reads "its 2023 iron ore arrivals"', () => {
    expect(tuples('December shipments were firm. Its 2023 iron ore arrivals rose 6.6% to 1.18 billion tonnes.', '2024-01-12')).toContainEqual(['2023-01', '2023-12', 1.18e9, 'tonnes', 6.6]);
  });
  it('reads "2017 steel exports dropped"', () => {
    expect(tuples('Steel exports stayed weak in December.\n\n2017 steel exports dropped 30.5% to 75.43 million tons.', '2018-01-12')).toContainEqual(['2017-01', '2017-12', 75.43e6, 'tonnes', -30.5]);
  });
  it('reads "the 2024 beef purchases"', () => {
    expect(tuples('Imports slowed in December. The 2024 beef purchases came to 2.87 million tonnes, down 1.5%.', '2025-01-14')).toContainEqual(['2024-01', '2024-12', 2.87e6, 'tonnes', -1.5]);
  });
  it('keeps the year of a month named before it (near miss)', () => {
    expect(tuples('In December 2014 soybean imports rose 31 percent to 8.29 million tonnes.', '2015-01-13')).toContainEqual(['2014-12', '2014-12', 8.29e6, 'tonnes', 31]);
  });
  it('keeps a year joined to the next clause by "and" (near miss)', () => {
    expect(tuples('Soybean imports rose in November 2014 and imports of corn reached 0.4 million tonnes.', '2015-01-13')).toContainEqual(['2014-11', '2014-11', 0.4e6, 'tonnes', null]);
  });
});

describe("a month's abbreviation before the flow it dates is the month", () => {
  it('reads "* Dec imports 8.29 mln T"', () => {
    expect(tuples('China soy imports hit record\n\n* 2014 soybean imports up 12.7 pct at 71.4 mln T\n* Dec imports 8.29 mln T, highest since May', '2015-01-13')).toContainEqual(['2014-12', '2014-12', 8.29e6, 'tonnes', null]);
  });
  it('reads "Nov crude exports"', () => {
    expect(tuples('Russia oil flows\n\n* Nov crude exports 19.1 mln T, up 3 pct', '2025-12-10')).toContainEqual(['2025-11', '2025-11', 19.1e6, 'tonnes', 3]);
  });
  it('reads "Oct. shipments"', () => {
    expect(tuples('Australia coal\n\n* Oct. shipments 31 mln T, down 4 pct', '2025-11-20')).toContainEqual(['2025-10', '2025-10', 31e6, 'tonnes', -4]);
  });
  it('reads "Sept trade surplus"', () => {
    expect(tuples('Korea trade\n\n* Sept trade surplus $6.6 bln', '2025-10-01')).toContainEqual(['2025-09', '2025-09', 6.6e9, 'USD', null]);
  });
  it('reads "Feb copper arrivals"', () => {
    expect(tuples('China metals\n\n* Feb copper arrivals 420,000 T, up 8 pct', '2025-03-10')).toContainEqual(['2025-02', '2025-02', 420000, 'tonnes', 8]);
  });
  it('keeps a name that is no month (near miss)', () => {
    expect(tuples('Wang Jun, a customs official, said imports rose 5 percent to 2.1 million tonnes in 2024.', '2025-01-20')).toContainEqual(['2024-01', '2024-12', 2.1e6, 'tonnes', 5]);
  });
  it('keeps an abbreviation before a word of no flow (near miss)', () => {
    expect(tuples('Oil prices\n\nImports rose 5 pct to 2.1 mln T in 2024. Dec prices eased.', '2025-01-20')).toContainEqual(['2024-01', '2024-12', 2.1e6, 'tonnes', 5]);
  });
});

describe("another good's running tally in a commodity story on a month is an aside of its paragraph", () => {
  const story = (tally: string, next: string) => `China imported 21,346 tonnes of lithium carbonate in November, up 40.2% year on year.\n\n${tally}\n\n${next}`;
  it('reads "From January to November, intermediate imports were ..., compared with ... in the first 11 months of 2022"', () => {
    expect(tuples(story('Imports of cobalt intermediates were 47,300 tonnes in November. From January to November, intermediate imports were 522,600 tonnes, compared with 451,900 tonnes in the first 11 months of 2022.', 'Exports of cobalt tetroxide were 1,020 tonnes, little changed.'), '2023-12-20')).toContainEqual(['2023-11', '2023-11', 1020, 'tonnes', null]);
  });
  it('reads "Year to date, nickel ore arrivals total"', () => {
    expect(tuples(story('Year to date, nickel ore arrivals total 38 million tonnes, up 4%.', 'Exports of nickel sulphate were 3,100 tonnes.'), '2023-12-20')).toContainEqual(['2023-11', '2023-11', 3100, 'tonnes', null]);
  });
  it('reads "Over January-November, graphite exports were ... versus ... a year earlier"', () => {
    expect(tuples(story('Over January-November, graphite exports were 180,000 tonnes, versus 190,000 tonnes in January-November 2022.', 'Imports of spodumene came to 462,000 tonnes.'), '2023-12-20')).toContainEqual(['2023-11', '2023-11', 462000, 'tonnes', null]);
  });
  it('reads "In the first 11 months, cobalt imports reached"', () => {
    expect(tuples(story('In the first 11 months, cobalt imports reached 520,000 tonnes, against 450,000 tonnes in the same months of 2022.', 'Manganese ore imports were 2.6 million tonnes.'), '2023-12-20')).toContainEqual(['2023-11', '2023-11', 2.6e6, 'tonnes', null]);
  });
  it('reads "Cumulative spodumene imports over January-November"', () => {
    expect(tuples(story('Cumulative spodumene imports over January-November reached 4.41 million tonnes, up 33%.', 'Lithium hydroxide exports were 9,800 tonnes.'), '2023-12-20')).toContainEqual(['2023-11', '2023-11', 9800, 'tonnes', null]);
  });
  it("keeps the lead good's own year to date in force (near miss)", () => {
    expect(tuples(story('From January to November, lithium carbonate imports were 140,000 tonnes, compared with 120,000 tonnes in the first 11 months of 2022.', 'Chile supplied 98,000 tonnes.'), '2023-12-20')).toContainEqual(['2023-01', '2023-11', 98000, 'tonnes', null]);
  });
  it('keeps a tally that the next paragraph points back into (near miss)', () => {
    expect(tuples(story('From January to November, intermediate imports were 522,600 tonnes.', 'Of these, Congo supplied 500,000 tonnes.'), '2023-12-20')).toContainEqual(['2023-01', '2023-11', 500000, 'tonnes', null]);
  });
});

describe('"annual" right before a flow noun dates the flow to the year stated before, in a story on its last month', () => {
  const story = (s: string) => `For the whole of 2023, gallium exports dropped 49.6% to 30.5 tons. Shipments of germanium were 2.2 tons in December. ${s}`;
  it('reads "Annual exports of germanium products fell by 36.2%"', () => {
    expect(tuples(story('Annual exports of germanium products fell by 36.2%.'), '2024-01-21')).toContainEqual(['2023-01', '2023-12', null, '', -36.2]);
  });
  it('reads "annual germanium exports slid 12%"', () => {
    expect(tuples(story('Its annual germanium exports slid 12%.'), '2024-01-21')).toContainEqual(['2023-01', '2023-12', null, '', -12]);
  });
  it('reads "Annual shipments of antimony reached 40,000 tons"', () => {
    expect(tuples(story('Annual shipments of antimony reached 40,000 tons.'), '2024-01-21')).toContainEqual(['2023-01', '2023-12', 40000, 'tonnes', null]);
  });
  it('reads "annual imports rose 9 percent" of other goods', () => {
    expect(tuples(story('Bauxite arrivals were strong, and annual imports rose 9 percent to 141 million tons.'), '2024-01-21')).toContainEqual(['2023-01', '2023-12', 141e6, 'tonnes', 9]);
  });
  it('reads "annual purchases of soybeans"', () => {
    expect(tuples('China imported 99.4 million tonnes of soybeans in 2023. Arrivals in December were 10.4 million tonnes. Its annual purchases of Brazilian beans rose 29%.', '2024-01-13')).toContainEqual(['2023-01', '2023-12', null, '', 29]);
  });
  it('keeps "average annual" growth out (near miss)', () => {
    expect(tuples(story('Average annual exports growth was 8% over the decade.'), '2024-01-21').some((r) => r[4] === 8 && r[0] === '2023-01')).toBe(false);
  });
  it('keeps "annual" before no flow noun (near miss)', () => {
    expect(tuples(story('The annual report said exports rose 5%.'), '2024-01-21')).toContainEqual(['2023-12', '2023-12', null, '', 5]);
  });
});

describe("a change its sentence says is measured in the level's own money is not the other money's", () => {
  it('reads "In yuan terms, the import value was about 49.7 billion yuan, 3.9 percent higher"', () => {
    expect(tuples('China imported 1.56 million tons of durians in 2024, with the value of purchases reaching $6.99 billion. In yuan terms, the import value was about 49.7 billion yuan, 3.9 percent higher than in 2023.', '2025-01-21')).toContainEqual(['2024-01', '2024-12', 6.99e9, 'USD', null]);
  });
  it('reads "Measured in euros, sales rose 4% to 2.1 billion euros"', () => {
    expect(tuples('Wine exports reached $2.3 billion in 2024. Measured in euros, sales rose 4% to 2.1 billion euros.', '2025-02-01')).toContainEqual(['2024-01', '2024-12', 2.3e9, 'USD', null]);
  });
  it('reads "In rupee terms, exports were Rs 3.1 trillion, up 8%"', () => {
    expect(tuples('Merchandise exports were USD 36.4 billion in October. In rupee terms, exports were Rs 3.1 trillion, up 8%.', '2025-11-15')).toContainEqual(['2025-10', '2025-10', 36.4e9, 'USD', null]);
  });
  it('reads "In dollar terms, exports rose 5% to $300 billion" beside yuan', () => {
    expect(tuples('Exports came to 2.1 trillion yuan in March. In dollar terms, exports rose 5% to $300 billion.', '2025-04-14')).toContainEqual(['2025-03', '2025-03', 2.1e12, 'CNY', null]);
  });
  it('reads "Calculated in yen, shipments grew 7% to 1.2 trillion yen"', () => {
    expect(tuples('Car exports to the US were $8 billion in May. Calculated in yen, shipments grew 7% to 1.2 trillion yen.', '2025-06-18')).toContainEqual(['2025-05', '2025-05', 8e9, 'USD', null]);
  });
  it('keeps a change named in no money shared (near miss)', () => {
    expect(tuples('Exports rose 5% to $300 billion in March. In yuan terms, exports were 2.1 trillion yuan.', '2025-04-14')).toContainEqual(['2025-03', '2025-03', 2.1e12, 'CNY', 5]);
  });
  it('keeps a change of a sentence with no money basis shared (near miss)', () => {
    expect(tuples('Exports rose 5% to 2.1 trillion yuan in March. In dollar terms, exports were $300 billion.', '2025-04-14')).toContainEqual(['2025-03', '2025-03', 300e9, 'USD', 5]);
  });
});

describe('a small sum of money before its delivery basis (fob, cfr, cif) is a price at a port', () => {
  const has = (text: string, value: number, published = '2024-06-27') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "Brazilian maize at US$205 fob Paranagua"', () => {
    expect(has('Maize imports fell 67% to 1.62 million tonnes in May. Black Sea wheat was quoted at US$228 per t fob, and Brazilian maize at US$205 fob Paranagua.', 205)).toBe(false);
  });
  it('sets aside "urea was offered at $310 cfr India"', () => {
    expect(has('Urea exports rose to 1.12 million tonnes in September. Granular urea was offered at $310 cfr India.', 310)).toBe(false);
  });
  it('sets aside "sorghum at $260 FOB Gulf"', () => {
    expect(has('Sorghum imports jumped 112% to 4.23 million tonnes in May, with US sorghum at $260 FOB Gulf.', 260)).toBe(false);
  });
  it('sets aside "$96 CIF Qingdao" for ore', () => {
    expect(has('Iron ore imports were 98 million tonnes in May; fines traded around $96 CIF Qingdao.', 96)).toBe(false);
  });
  it('sets aside "palm olein at $915 c&f Karachi"', () => {
    expect(has('Palm oil exports reached 1.5 million tonnes in May, and palm olein was sold at $915 c&f Karachi.', 915)).toBe(false);
  });
  it('keeps a trade total stated FOB (near miss)', () => {
    expect(has('Exports totalled US$2.3 billion FOB in May, up 4 percent.', 2.3e9)).toBe(true);
  });
  it('keeps imports valued CIF in millions (near miss)', () => {
    expect(has('Imports were valued at $640 million CIF in May.', 640e6)).toBe(true);
  });
});

describe('one pack or measure of the goods that sold for a sum gives its price', () => {
  const has = (text: string, value: number, published = '2025-01-21') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "A 5-kilogram box of top-grade Chilean cherries sold for about 300 yuan"', () => {
    expect(has('China imported 127,000 tons of cherries in December. A 5-kilogram box of top-grade Chilean cherries sold for about 300 yuan at wholesale markets in Guangzhou, down nearly 30 percent from a year earlier.', 300)).toBe(false);
  });
  it('sets aside "a crate of Thai durians fetched 800 yuan"', () => {
    expect(has('Durian imports reached 1.56 million tons in 2024. In Shanghai, a crate of Thai durians fetched 800 yuan.', 800)).toBe(false);
  });
  it('sets aside "one kilogram of Musang King goes for 200 ringgit"', () => {
    expect(has('Malaysia exported 34,000 tonnes of durians in 2024, and one kilogram of Musang King goes for 200 ringgit.', 200)).toBe(false);
  });
  it('sets aside "a 2.5-kg carton of blueberries sold for $40"', () => {
    expect(has('Peru shipped 290,000 tonnes of blueberries in 2024; a 2.5-kg carton of blueberries sold for $40 in Hong Kong.', 40)).toBe(false);
  });
  it('sets aside "a bottle of Bordeaux wine sold for 1,200 yuan"', () => {
    expect(has('Wine imports fell 10 percent to 280 million litres in 2024. A bottle of Bordeaux wine sold for 1,200 yuan at auction.', 1200)).toBe(false);
  });
  it('keeps what a country sold for a sum (near miss)', () => {
    expect(has('Chile sold cherries for $2.6 billion to China in 2024.', 2.6e9)).toBe(true);
  });
  it('keeps a tonnage of the goods sold abroad (near miss)', () => {
    expect(has('A record 417,000 tonnes of cherries sold abroad in 2024, Chile said.', 417000)).toBe(true);
  });
});

describe('two countries that "each" took or supplied an amount give a row for each of them', () => {
  const partners = (text: string, value: number, published = '2026-03-10') => releaseRows(text, published).filter((r) => r.value === value).map((r) => `${r.partner}/${r.flow}`).sort();
  it('reads "Mexico and the United Arab Emirates each took more than 80,000 cars"', () => {
    expect(partners('China exported 1.12 million cars in January-February. Mexico and the United Arab Emirates each took more than 80,000 cars.', 80000)).toEqual(['Mexico/export', 'United Arab Emirates/export']);
  });
  it('reads "Australia and Brazil each supplied about 5 million tonnes"', () => {
    expect(partners('China imported 98 million tonnes of iron ore in February. Australia and Brazil each supplied about 5 million tonnes of lump ore.', 5e6)).toEqual(['Australia/import', 'Brazil/import']);
  });
  it('reads "Chile and Peru each shipped 400,000 tonnes"', () => {
    expect(partners('China imported 2.4 million tonnes of copper concentrate in February. Chile and Peru each shipped 400,000 tonnes.', 400000)).toEqual(['Chile/import', 'Peru/import']);
  });
  it('reads "Vietnam and Thailand each received 120,000 tonnes"', () => {
    expect(partners('China exported 6 million tonnes of steel in February. Vietnam and Thailand each received 120,000 tonnes.', 120000)).toEqual(['Thailand/export', 'Vietnam/export']);
  });
  it('reads "India and the Philippines each took about 300,000 tonnes"', () => {
    expect(partners('Vietnam exported 1.2 million tonnes of rice in February. India and the Philippines each took about 300,000 tonnes.', 300000)).toEqual(['India/export', 'Philippines/export']);
  });
  it('keeps one row for a pair with no "each" (near miss)', () => {
    expect(partners('China exported 1.12 million cars in January-February. Mexico and the United Arab Emirates took more than 80,000 cars.', 80000)).toHaveLength(1);
  });
  it('keeps one row when "each" follows a single country (near miss)', () => {
    expect(partners('China exported 1.12 million cars in January-February. Mexico took more than 80,000 cars, and each month saw growth.', 80000)).toHaveLength(1);
  });
});
