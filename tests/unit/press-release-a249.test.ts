/**
 * Fixing round a249 on b320 (Chinese national and provincial sources) and b322 (other countries' offices and ministries): the
 * frames behind their misses, each read in other wordings than the batches'. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const yoys = (text: string, published: string) => releaseRows(text, published).map((r) => r.yoy_pct);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a spot rate, a rate per box or tonne and a unit value index are prices: their changes are no rows', () => {
  const lead = 'Exports rose 4 percent to 2.1 trillion yuan in June. ';
  it('reads "the spot rate for a 40-foot box ... has risen more than threefold"', () => {
    expect(yoys(`${lead}The spot rate for a 40-foot box from Ningbo to Rotterdam has risen more than threefold since the spring.`, '2021-07-14')).toEqual([4]);
  });
  it('reads "Rates per TEU on the transpacific lane fell 12 percent"', () => {
    expect(yoys(`${lead}Rates per TEU on the transpacific lane fell 12 percent.`, '2021-07-14')).toEqual([4]);
  });
  it('reads "The import unit value index climbed 4.6 percent"', () => {
    expect(yoys(`${lead}The import unit value index climbed 4.6 percent.`, '2021-07-14')).toEqual([4]);
  });
  it('reads "Unit values of exports rose 3.1%"', () => {
    expect(yoys(`${lead}Unit values of exports rose 3.1% over the period.`, '2021-07-14')).toEqual([4]);
  });
  it('reads "the spot rate for each container to Hamburg slipped 8 percent"', () => {
    expect(yoys(`${lead}Meanwhile the spot rate for each container to Hamburg slipped 8 percent.`, '2021-07-14')).toEqual([4]);
  });
  it('keeps the growth of container exports (near miss)', () => {
    expect(yoys(`${lead}Exports of containers rose 12 percent.`, '2021-07-14')).toContain(12);
  });
  it('keeps an export growth beside stable freight costs (near miss)', () => {
    expect(yoys(`${lead}Exports to the US rose 9 percent, while freight costs were stable.`, '2021-07-14')).toContain(9);
  });
});

describe('"and that of X by N%" after a clause whose subject is a price is a price change too', () => {
  const lead = 'Imports rose 6 percent to 1.2 trillion yuan in the quarter. ';
  it('reads "and that of aluminium by around 11%"', () => {
    expect(yoys(`${lead}The average export price of steel rose by 8%, and that of aluminium by around 11%.`, '2024-04-15')).toEqual([6]);
  });
  it('reads "while those of corn by 4 percent"', () => {
    expect(yoys(`${lead}Import prices of soybeans fell 6 percent, while those of corn by 4 percent.`, '2024-04-15')).toEqual([6]);
  });
  it('reads "and that of nickel by 12%" after "had gone up by about 30%"', () => {
    expect(yoys(`${lead}The average price of imported copper had gone up by about 30%, and that of nickel by 12%.`, '2024-04-15')).toEqual([6]);
  });
  it('reads "and those of sugar 9 percent" with no "by"', () => {
    expect(yoys(`${lead}Prices of exported rice climbed 5 percent, and those of sugar 9 percent.`, '2024-04-15')).toEqual([6]);
  });
  it('reads "and that of coke by 7%" after a unit price', () => {
    expect(yoys(`${lead}The unit price of imported coal dropped 14%, and that of coke by 7%.`, '2024-04-15')).toEqual([6]);
  });
  it('keeps "those of aluminium" after exports that fell despite prices (near miss)', () => {
    expect(yoys(`${lead}Exports of steel fell 5% as prices slid, and those of aluminium by 9%.`, '2024-04-15').map((y) => Math.abs(y ?? 0))).toContain(9);
  });
  it('keeps "those of aluminium" after a trade subject (near miss)', () => {
    expect(yoys(`${lead}Steel exports rose 8%, and those of aluminium by 11%.`, '2024-04-15')).toContain(11);
  });
});

describe('the amount of goods a tariff, duty, levy or sanction falls on is no trade figure', () => {
  const lead = 'Exports rose 5 percent to 210 billion dollars in October. ';
  it('reads "tariffs on $200 billion of Chinese goods"', () => {
    expect(values(`${lead}Traders rushed orders ahead of higher US tariffs on $200 billion of Chinese goods in January.`, '2018-11-08')).toEqual([210e9]);
  });
  it('reads "duties on about US$250 billion of imports"', () => {
    expect(values(`${lead}Washington has already imposed duties on about US$250 billion of imports from China.`, '2018-11-08')).toEqual([210e9]);
  });
  it('reads "levies on another 20 billion euros worth of products"', () => {
    expect(values(`${lead}Brussels is weighing levies on another 20 billion euros worth of American products.`, '2018-11-08')).toEqual([210e9]);
  });
  it('reads "sanctions covering $5 billion of trade"', () => {
    expect(values(`${lead}Sanctions covering $5 billion of trade took effect in March.`, '2018-11-08')).toEqual([210e9]);
  });
  it('reads "countervailing duties on $1.2 billion of steel products"', () => {
    expect(values(`${lead}Countervailing duties on $1.2 billion of steel products were confirmed last week.`, '2018-11-08')).toEqual([210e9]);
  });
  it('keeps exports that rose despite the tariffs (near miss)', () => {
    expect(values(`${lead}Despite the tariffs, exports to the US rose to 50 billion dollars.`, '2018-11-08')).toContain(50e9);
  });
  it('keeps imports of goods named after a tariff clause (near miss)', () => {
    expect(values(`${lead}After the tariffs took effect, imports from the US fell to 12 billion dollars.`, '2018-11-08')).toContain(12e9);
  });
});

describe('shares listed before "respectively" and the whole named after it are the listed places\' shares', () => {
  const jiangsu = "Jiangsu province's foreign trade rose 3 percent to 1.3 trillion yuan in the first quarter. ";
  it('reads "accounted for A and B respectively of the provincial total"', () => {
    expect(areaOf(`${jiangsu}Suzhou and Wuxi accounted for 31.2 percent and 12.4 percent respectively of the provincial total.`, '2025-04-20', 31.2)).toBe('Suzhou');
  });
  it('reads "made up A and B, respectively, of the province\'s trade"', () => {
    expect(areaOf(`${jiangsu}Nanjing and Changzhou made up 9.6 percent and 7.1 percent, respectively, of the province's trade.`, '2025-04-20', 7.1)).toBe('Changzhou');
  });
  it('reads "took A% and B% respectively of Guangdong\'s exports"', () => {
    expect(areaOf("Guangdong's exports rose 2 percent to 1.4 trillion yuan in May. Shenzhen and Dongguan took 40.1% and 12.7% respectively of Guangdong's exports.", '2025-06-20', 40.1)).toBe('Shenzhen');
  });
  it('reads "represented A and B respectively of the total"', () => {
    expect(areaOf("Zhejiang's trade rose 6 percent to 450 billion yuan in January. Ningbo and Jinhua represented 25.5 percent and 18.2 percent respectively of the total.", '2025-02-20', 18.2)).toBe('Jinhua');
  });
  it('reads three places listed', () => {
    expect(areaOf("Sichuan's trade rose 4 percent to 240 billion yuan in the first quarter. Chengdu, Mianyang and Yibin accounted for 82 percent, 5 percent and 3 percent respectively of the provincial total.", '2025-04-20', 82)).toBe('Chengdu');
  });
  it('leaves the province its shares when no whole follows (near miss)', () => {
    expect(areaOf(`${jiangsu}Suzhou and Wuxi accounted for 31.2 percent and 12.4 percent respectively.`, '2025-04-20', 31.2)).toBe('Jiangsu');
  });
  it('leaves shares of flows listed with a whole after "respectively" to the province (near miss)', () => {
    expect(areaOf(`${jiangsu}Exports and imports accounted for 60.5 percent and 39.5 percent respectively of the total.`, '2025-04-20', 60.5)).toBe('Jiangsu');
  });
});

describe('a total that a clause ending on routes or lines brings up counts routes, not goods', () => {
  const lead = 'Qinzhou Port handled 2.1 million TEU of containers in the half, up 8 percent, and ';
  it('reads "added four new container routes, bringing the total to 185"', () => {
    expect(values(`${lead}added four new container routes, bringing the total to 185.`, '2025-07-20')).not.toContain(185);
  });
  it('reads "opened three air cargo lines, taking the total number to 41"', () => {
    expect(values(`${lead}opened three air cargo lines, taking the total number to 41.`, '2025-07-20')).not.toContain(41);
  });
  it('reads "launched two sea-rail routes, raising the tally to 67"', () => {
    expect(values(`${lead}launched two sea-rail routes, raising the tally to 67.`, '2025-07-20')).not.toContain(67);
  });
  it('reads "bringing the total number of foreign trade routes to 52"', () => {
    expect(values(`${lead}added six foreign trade routes, bringing the total number of foreign trade routes to 52.`, '2025-07-20')).not.toContain(52);
  });
  it('reads "added nine destination cities, bringing the count to 120"', () => {
    expect(values(`${lead}added nine destination cities, bringing the count to 120.`, '2025-07-20')).not.toContain(120);
  });
  it('keeps the port\'s TEU before the routes (near miss)', () => {
    expect(values(`${lead}added four new container routes, bringing the total to 185.`, '2025-07-20')).toContain(2.1e6);
  });
  it('keeps trains a total of trains brings up (near miss)', () => {
    expect(values('The hub dispatched 1,240 freight trains in the first half, up 12 percent.', '2025-07-20')).toContain(1240);
  });
});

describe('"since its launch" after a launch its own sentence states runs from that launch', () => {
  it('reads "which opened on May 10 last year ... since its launch, as of the end of March"', () => {
    expect(tuples('The pilot zone, which opened on May 10 last year, has seen trade of 12.4 billion yuan since its launch, as of the end of March.', '2026-04-20')).toContainEqual(['2025-05', '2026-03', 12.4e9, 'CNY', null]);
  });
  it('reads "which opened in June 2023 ... since its opening"', () => {
    expect(tuples('The bonded park, which opened in June 2023, has handled imports of 3.2 billion yuan since its opening, as of the end of May.', '2024-06-18')).toContainEqual(['2023-06', '2024-05', 3.2e9, 'CNY', null]);
  });
  it('reads "which first opened on March 3 last year"', () => {
    expect(tuples('The new land port, which first opened on March 3 last year, has cleared goods worth 800 million yuan since its opening, as of the end of September.', '2026-10-15')).toContainEqual(['2025-03', '2026-09', 800e6, 'CNY', null]);
  });
  it('reads "which opened in April 2022 ... since its launch" up to the publication month', () => {
    expect(tuples('The cross-border zone, which opened in April 2022, has recorded trade of 5.6 billion yuan since its launch.', '2024-06-10').map((t) => t[0])).toContain('2022-04');
  });
  it('reads "which officially opened on Nov. 1 last year"', () => {
    expect(tuples('The free trade zone, which officially opened on Nov. 1 last year, has seen imports and exports of 21 billion yuan since its launch, as of the end of June.', '2026-07-12')).toContainEqual(['2025-11', '2026-06', 21e9, 'CNY', null]);
  });
  it('gives no start to "since its launch" when the sentence names no launch (near miss)', () => {
    expect(tuples('The pilot zone has seen trade of 12.4 billion yuan since its launch, as of the end of March.', '2026-04-20').map((t) => t[0])).toContain('');
  });
  it('leaves a quarter\'s figure of a zone whose opening is told (near miss)', () => {
    expect(tuples('The zone, which opened on May 10 last year, saw trade of 3 billion yuan in the first quarter.', '2026-04-20')).toContainEqual(['2026-01', '2026-03', 3e9, 'CNY', null]);
  });
});

describe('"since" a measure took effect, its name quoted and its goods listed, starts a running total', () => {
  it('reads a quoted list of three goods', () => {
    expect(tuples('Since the "zero-tariff" lists for machinery, raw materials and yachts took effect in December 2020, goods worth 9.8 billion yuan had been imported under them as of the end of June.', '2023-07-20')).toContainEqual(['2020-12', '2023-06', 9.8e9, 'CNY', null]);
  });
  it('reads "came into force" with a quoted name', () => {
    expect(tuples('Since the "green lane" rules for fruit, vegetables and flowers came into force in March 2021, exports under them had reached 2.3 billion yuan by the end of May.', '2024-06-18').map((t) => t[0])).toContain('2021-03');
  });
  it('reads an unquoted list after "for"', () => {
    expect(tuples('Since the preferential tariffs for timber, pulp and paper were introduced in July 2019, imports under them had totalled 4.1 billion yuan as of the end of April.', '2024-05-20').map((t) => t[0])).toContain('2019-07');
  });
  it('reads quota rules "on wool, cotton and silk"', () => {
    expect(tuples('Since the quota rules on wool, cotton and silk took effect in January 2022, goods worth 1.2 billion yuan had been imported under them as of the end of August.', '2023-09-20').map((t) => t[0])).toContain('2022-01');
  });
  it('reads quoted measures for produce, seafood and flowers', () => {
    expect(tuples('Since the "fast track" measures for fresh produce, seafood and flowers took effect in April 2020, goods worth 640 million yuan had been cleared under them as of the end of May.', '2022-06-20').map((t) => t[0])).toContain('2020-04');
  });
  it('keeps a half year after "After ... took effect" (near miss)', () => {
    expect(tuples('After the "zero-tariff" lists for machinery, raw materials and yachts took effect in December 2020, imports under them rose 14 percent to 2.2 billion yuan in the first half.', '2023-07-20')).toContainEqual(['2023-01', '2023-06', 2.2e9, 'CNY', 14]);
  });
  it('keeps a half year when the measure is told in a clause of its own (near miss)', () => {
    expect(tuples('The "zero-tariff" lists for machinery, raw materials and yachts took effect in December 2020; goods worth 2.2 billion yuan were imported under them in the first half.', '2023-07-20')).toContainEqual(['2023-01', '2023-06', 2.2e9, 'CNY', null]);
  });
});

describe('one refinery, smelter, crusher, plant or mill running goods through its units is processing, not trade', () => {
  const lead = "Hainan's imports rose 3 percent to 20 billion yuan in the first half. ";
  it('reads "The Dalian refinery ran about 9.1 million tonnes of crude"', () => {
    expect(values(`${lead}The Dalian refinery ran about 9.1 million tonnes of crude through its units in the half.`, '2025-07-20')).toEqual([20e9]);
  });
  it('reads "The Jinchuan smelter consumed 1.4 million tonnes of concentrate"', () => {
    expect(values(`${lead}The Jinchuan smelter consumed 1.4 million tonnes of concentrate.`, '2025-07-20')).toEqual([20e9]);
  });
  it('reads "The crusher processed 2.2 million tonnes of soybeans"', () => {
    expect(values(`${lead}The crusher processed 2.2 million tonnes of soybeans in the period.`, '2025-07-20')).toEqual([20e9]);
  });
  it('reads "The Zhoushan plant refined 12 million tonnes of crude"', () => {
    expect(values(`${lead}The Zhoushan plant refined 12 million tonnes of crude.`, '2025-07-20')).toEqual([20e9]);
  });
  it('reads "the mill ground 310,000 tonnes of wheat"', () => {
    expect(values(`${lead}The flour mill ground 310,000 tonnes of wheat.`, '2025-07-20')).toEqual([20e9]);
  });
  it('keeps crude a refinery imported (near miss)', () => {
    expect(values(`${lead}The refinery imported 6.2 million tonnes of crude in the half.`, '2025-07-20')).toContain(6.2e6);
  });
  it('keeps steel a plant exported (near miss)', () => {
    expect(values(`${lead}The plant exported 12,000 tonnes of steel in the half.`, '2025-07-20')).toContain(12000);
  });
});

describe('a place inside a relative clause on a mode of trade leaves the figure to the release\'s own place', () => {
  it('reads market procurement trade "which lets small traders in Kashgar ship"', () => {
    expect(areaOf('Xinjiang\'s foreign trade rose 12 percent to 150 billion yuan in the first half. Market procurement trade, which lets small traders in Kashgar ship mixed containers, grew 31 percent to 12.4 billion yuan.', '2025-07-20', 12.4e9)).toBe('Xinjiang');
  });
  it('reads border trade "which is concentrated in Chongzuo"', () => {
    expect(areaOf("Guangxi's foreign trade rose 5 percent to 300 billion yuan in the first half. Border trade, which is concentrated in Chongzuo, rose 8 percent to 40 billion yuan.", '2025-07-20', 40e9)).toBe('Guangxi');
  });
  it('reads processing trade "which still employs thousands of workers in Dongguan"', () => {
    expect(areaOf("Guangdong's foreign trade rose 4 percent to 4 trillion yuan in the first half. Processing trade, which still employs thousands of workers in Dongguan, fell 4 percent to 900 billion yuan.", '2025-07-20', 900e9)).toBe('Guangdong');
  });
  it('reads bonded trade "which is handled by warehouses in Zhengzhou"', () => {
    expect(areaOf("Henan's foreign trade rose 6 percent to 380 billion yuan in the first half. Bonded logistics trade, which is handled by warehouses in Zhengzhou, rose 12% to 30 billion yuan.", '2025-07-20', 30e9)).toBe('Henan');
  });
  it('reads e-commerce trade "which relies on sellers in Yiwu"', () => {
    expect(areaOf("Zhejiang's foreign trade rose 7 percent to 2.5 trillion yuan in the first half. Cross-border e-commerce trade, which relies on sellers in Yiwu, grew 15 percent to 120 billion yuan.", '2025-07-20', 120e9)).toBe('Zhejiang');
  });
  it("keeps a city's own trade named before the clause (near miss)", () => {
    expect(areaOf("Xinjiang's foreign trade rose 12 percent to 150 billion yuan in the first half. Kashgar's market procurement trade, which has boomed, grew 31 percent to 12.4 billion yuan.", '2025-07-20', 12.4e9)).toBe('Kashgar');
  });
  it('keeps trade the clause routes through a port to the routing rules (near miss)', () => {
    expect(areaOf("Xinjiang's foreign trade rose 12 percent to 150 billion yuan in the first half. Market procurement trade, which passed through Horgos, grew 31 percent to 12.4 billion yuan.", '2025-07-20', 12.4e9)).not.toBe('Xinjiang');
  });
});

describe('the wires\' "on-year" between a percentage and a noun of change says year-on-year', () => {
  const lead = "South Korea's exports rose 2.6 percent from a year earlier to $40.1 billion in August. ";
  it('reads "revised its July reading to a 10.1 percent on-year drop"', () => {
    expect(tuples(`${lead}The ministry revised its July reading to a 10.1 percent on-year drop.`, '2016-09-01')).toContainEqual(['2016-07', '2016-07', null, '', -10.1]);
  });
  it('reads "posted a 7.2 percent on-year drop in May"', () => {
    expect(yoys(`${lead}Imports posted a 7.2 percent on-year drop in May.`, '2016-09-01')).toContain(-7.2);
  });
  it('reads "logged a 12 percent on-year rise"', () => {
    expect(yoys(`${lead}Shipments to China logged a 12 percent on-year rise.`, '2016-09-01')).toContain(12);
  });
  it('reads "marked a 3.5% on-year decline"', () => {
    expect(yoys(`${lead}Imports marked a 3.5% on-year decline.`, '2016-09-01')).toContain(-3.5);
  });
  it('reads "recorded a 20.1 percent on-year increase"', () => {
    expect(yoys(`${lead}Semiconductor exports recorded a 20.1 percent on-year increase.`, '2016-09-01')).toContain(20.1);
  });
  it('keeps "fell 2.1 percent on-year" (near miss)', () => {
    expect(yoys(`${lead}Imports fell 2.1 percent on-year.`, '2016-09-01')).toContain(-2.1);
  });
  it('keeps a share followed by "on-year" words elsewhere (near miss)', () => {
    expect(rows(`${lead}Chips made up 13.5 percent of exports.`, '2016-09-01').find((r) => r.value === 13.5)?.unit).toBe('percent-share');
  });
});

describe('a level stated on a seasonally adjusted basis takes no later bare growth', () => {
  const lead = "Singapore's non-oil domestic exports fell 4.1 per cent year-on-year in March. ";
  it('reads an adjusted NODX level, then oil domestic exports', () => {
    expect(tuples(`${lead}On a seasonally adjusted month-on-month basis, NODX rose 2.0 per cent to S$14.2 billion.\n\nOil domestic exports slumped 22.5 per cent.`, '2016-04-17')).toContainEqual(['2016-03', '2016-03', 14.2e9, 'SGD', null]);
  });
  it('keeps the later growth a row of its own', () => {
    expect(yoys(`${lead}On a seasonally adjusted month-on-month basis, NODX rose 2.0 per cent to S$14.2 billion.\n\nOil domestic exports slumped 22.5 per cent.`, '2016-04-17')).toContain(-22.5);
  });
  it('reads "On a seasonally adjusted basis, NODX slipped 3.3 per cent from February"', () => {
    expect(tuples(`${lead}On a seasonally adjusted basis, NODX slipped 3.3 per cent from February to S$13.1 billion.\n\nOil domestic exports rose 9.8 per cent on higher prices.`, '2016-04-17')).toContainEqual(['2016-03', '2016-03', 13.1e9, 'SGD', null]);
  });
  it('reads the adjusted level in "m/m" words', () => {
    expect(tuples(`${lead}Seasonally adjusted, NODX grew 1.2 per cent m/m to S$15.0 billion.\n\nOil domestic exports fell 30 per cent.`, '2016-04-17')).toContainEqual(['2016-03', '2016-03', 15e9, 'SGD', null]);
  });
  it('reads an adjusted level with a growth two paragraphs on', () => {
    expect(tuples(`${lead}On a seasonally adjusted month-on-month basis, NODX eased 0.6 per cent to S$12.7 billion.\n\nElectronics fell 2 per cent.\n\nOil domestic exports plunged 41 per cent as crude prices slid.`, '2016-04-17')).toContainEqual(['2016-03', '2016-03', 12.7e9, 'SGD', null]);
  });
  it('gives the adjusted level a later growth that names its year-on-year basis (near miss)', () => {
    expect(tuples("China's exports increased 2.6 percent quarter on quarter, seasonally adjusted, reaching US$880 billion in the first quarter.\n\nYear on year, Chinese exports were up 5.1 percent.", '2025-05-20')).toContainEqual(['2025-01', '2025-03', 880e9, 'USD', 5.1]);
  });
  it('gives an unadjusted level a later bare growth as before (near miss)', () => {
    expect(tuples("Singapore's exports came to S$50.2 billion in March.\n\nExports rose 4.4 per cent.", '2016-04-17')).toContainEqual(['2016-03', '2016-03', 50.2e9, 'SGD', 4.4]);
  });
});

describe('a headline growth the body states again to the digit stays, though it rounds another body growth', () => {
  it('keeps "NODX falls 7%" said again as "7.0 per cent" beside "7.4 per cent"', () => {
    expect(yoys("Singapore's NODX falls 7% in June\n\nSINGAPORE, Jul 17 - Singapore's non-oil domestic exports declined by 7.0 per cent year-on-year in June, IE Singapore said. Non-electronic NODX fell by 7.4 per cent.", '2016-07-17')).toContain(-7);
  });
  it('keeps "exports rise 3%" said again as "3.0 percent" beside "3.4 percent"', () => {
    expect(yoys("Thai exports rise 3% in May\n\nBANGKOK, Jun 24 - Thailand's exports rose 3.0 percent in May from a year earlier, the Commerce Ministry said. Farm exports rose 3.4 percent.", '2019-06-24')).toContain(3);
  });
  it('keeps "shipments drop 12%" said again as "12.0 percent" beside "12.6 percent"', () => {
    expect(yoys("Korea's shipments drop 12% in April\n\nSEJONG, May 1 - South Korea's exports fell 12.0 percent on-year in April, the ministry said. Car exports fell 12.6 percent.", '2020-05-01')).toContain(-12);
  });
  it('keeps "imports up 5%" said again as "5.0%" beside "5.7%"', () => {
    expect(yoys("Malaysia's imports up 5% in March\n\nKUALA LUMPUR, Apr 20 - Malaysia's imports increased 5.0% year-on-year in March, the statistics department said. Imports of capital goods increased 5.7%.", '2018-04-20')).toContain(5);
  });
  it('keeps "exports slip 2%" said again as "2.0 per cent" beside "2.2 per cent"', () => {
    expect(yoys("Hong Kong exports slip 2% in October\n\nHONG KONG, Nov 26 - Hong Kong's total exports fell 2.0 per cent year-on-year in October, C&SD said. Exports to Asia fell 2.2 per cent.", '2019-11-26')).toContain(-2);
  });
  it('drops a headline growth that only rounds the body\'s (near miss)', () => {
    const y = yoys("Singapore's NODX falls 7% in June\n\nSINGAPORE, Jul 17 - Singapore's non-oil domestic exports declined by 7.4 per cent year-on-year in June, IE Singapore said.", '2016-07-17');
    expect(y).toContain(-7.4);
    expect(y).not.toContain(-7);
  });
  it('keeps one row for a headline growth said again (near miss)', () => {
    expect(yoys("Thai exports rise 3% in May\n\nBANGKOK, Jun 24 - Thailand's exports rose 3.0 percent in May from a year earlier, the Commerce Ministry said.", '2019-06-24').filter((y) => y === 3)).toHaveLength(1);
  });
});

describe('"Services" ending an agency\'s name scopes no figure: a second-currency level still shares the change', () => {
  const tail = 'In local currency, the surplus was equivalent to about R$140 billion.';
  it('reads "the Ministry of Development, Industry, Trade and Services said"', () => {
    expect(tuples(`Brazil's trade surplus reached US$28.1 billion in 2019, up 6.2% from 2018, the Ministry of Development, Industry, Trade and Services said. ${tail}`, '2020-01-05')).toContainEqual(['2019-01', '2019-12', 140e9, 'BRL', 6.2]);
  });
  it('reads "according to the Department of Commerce and Services"', () => {
    expect(tuples(`Brazil's trade surplus reached US$31.4 billion in 2020, up 11.5% from 2019, according to the Department of Commerce and Services. ${tail}`, '2021-01-05')).toContainEqual(['2020-01', '2020-12', 140e9, 'BRL', 11.5]);
  });
  it('reads "the Secretariat of Industry, Trade and Services reported"', () => {
    expect(tuples(`Brazil's trade surplus reached US$25.3 billion in 2018, up 4.1% from 2017, the Secretariat of Industry, Trade and Services reported. ${tail}`, '2019-01-05')).toContainEqual(['2018-01', '2018-12', 140e9, 'BRL', 4.1]);
  });
  it('reads a name ending "Trade and Services" in a dateline credit', () => {
    expect(tuples(`The Ministry of Trade and Services said Brazil's trade surplus reached US$27.0 billion in 2017, up 8.8% from 2016. ${tail}`, '2018-01-05')).toContainEqual(['2017-01', '2017-12', 140e9, 'BRL', 8.8]);
  });
  it('reads "Online Services" in a source line', () => {
    expect(tuples(`Brazil's trade surplus reached US$29.9 billion in 2016, up 3.3% from 2015, data from Comex Online Services showed. ${tail}`, '2017-01-05')).toContainEqual(['2016-01', '2016-12', 140e9, 'BRL', 3.3]);
  });
  it('keeps a total of goods and services apart from merchandise in local money (near miss)', () => {
    expect(tuples("Exports of goods and services rose 6.2% to US$28.1 billion in May. In rupee terms, merchandise exports were Rs 1.4 trillion.", '2024-06-15')).toContainEqual(['2024-05', '2024-05', 1.4e12, 'INR', null]);
  });
  it('keeps "Goods and Services" a scope in capitals (near miss)', () => {
    expect(tuples("Exports of Goods and Services rose 6.2% to US$28.1 billion in May. In rupee terms, merchandise exports were Rs 1.4 trillion.", '2024-06-15')).toContainEqual(['2024-05', '2024-05', 1.4e12, 'INR', null]);
  });
});

describe("a partner's regions named after it (\"China and its special regions of Hong Kong and Macao\") are partners, not areas", () => {
  it('reads "sales to China and its special regions of Hong Kong and Macao"', () => {
    expect(areaOf("Brazil's exports rose 2% to US$300 billion in 2024, Secex said. Sales to China and its special regions of Hong Kong and Macao climbed 9% to US$95.1 billion.", '2025-01-06', 95.1e9)).toBe('Brazil');
  });
  it('reads "exports to China and its special administrative regions of Hong Kong and Macau"', () => {
    expect(areaOf("Chile's exports rose 4 percent to 99 billion dollars in 2023. Exports to China and its special administrative regions of Hong Kong and Macau rose 8 percent to 41.2 billion dollars.", '2024-01-08', 41.2e9)).toBe('Chile');
  });
  it('reads "shipments to China plus its regions of Hong Kong and Macao"', () => {
    expect(areaOf("Peru's exports rose 6 percent to 67 billion dollars in 2023. Shipments to China plus its regions of Hong Kong and Macao reached 24.3 billion dollars.", '2024-01-08', 24.3e9)).toBe('Peru');
  });
  it('reads "with China, together with its regions of Hong Kong and Macao"', () => {
    expect(areaOf("Argentina's exports rose 3 percent to 70 billion dollars in 2023. Trade with China, together with its regions of Hong Kong and Macao, came to 18.6 billion dollars.", '2024-01-08', 18.6e9)).toBe('Argentina');
  });
  it('reads "imports from China and its special regions of Hong Kong and Macao"', () => {
    expect(areaOf("Brazil's imports fell 11% to US$240 billion in 2023, Secex said. Imports from China and its special regions of Hong Kong and Macao fell 5% to US$53.4 billion.", '2024-01-06', 53.4e9)).toBe('Brazil');
  });
  it("keeps Hong Kong the area of its own re-exports (near miss)", () => {
    expect(areaOf('Re-exports of Hong Kong rose 3 percent to HK$300 billion in May.', '2024-06-25', 300e9)).toBe('Hong Kong');
  });
  it('keeps a city of a province named after "of" its area (near miss)', () => {
    expect(areaOf("Guangdong's trade rose 3 percent to 700 billion yuan in May. Trade of Shenzhen rose 5 percent to 300 billion yuan.", '2024-06-25', 300e9)).toBe('Shenzhen');
  });
});
