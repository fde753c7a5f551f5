/**
 * Fixing round a239 (b312, b313, b311-12, b305, b306, b307 leftovers): each frame read in other verbs, orders and places.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe("a month's flow with its verb ('December's exports were ...') dates its clause, a base a year earlier after it too", () => {
  it('reads "December\'s exports were ..., versus ... a year earlier"', () => {
    expect(tuples('BEIJING, Jan 14 -- Rare earth exports rose 38% to 48,918 tons in 2021. December\'s exports were 3,731 tons, according to the same calculation, versus 3,092 tons a year earlier.', '2022-01-14')).toContainEqual(['2020-12', '2020-12', 3092, 'tonnes', null]);
  });
  it('reads "December\'s shipments reached ..., against ... a year before"', () => {
    expect(tuples('BEIJING, Jan 14 -- Copper imports rose 8% to 5.5 million tonnes in 2021. December\'s shipments reached 560,000 tonnes, against 480,000 tonnes a year before.', '2022-01-14')).toContainEqual(['2020-12', '2020-12', 480000, 'tonnes', null]);
  });
  it('reads "March\'s imports totalled ..., compared with ... a year ago"', () => {
    expect(tuples('CANBERRA, April 20 -- Australia imported 2.1 million tonnes of fertiliser in the first quarter. March\'s imports totalled 820,000 tonnes, compared with 760,000 tonnes a year ago.', '2025-04-20')).toContainEqual(['2024-03', '2024-03', 760000, 'tonnes', null]);
  });
  it('reads "June\'s arrivals came in at ..., up from ... a year earlier"', () => {
    expect(tuples('JAKARTA, July 15 -- Indonesia imported 6.2 million tonnes of wheat in the first half of 2025. June\'s arrivals were 1.1 million tonnes, up from 950,000 tonnes a year earlier.', '2025-07-15')).toContainEqual(['2024-06', '2024-06', 950000, 'tonnes', null]);
  });
  it('reads "November\'s sales stood at ..., versus ... a year earlier" in a year-to-date story', () => {
    expect(tuples('SANTIAGO, Dec 10 -- Chile exported 5.2 million tonnes of copper in January-November. November\'s sales stood at 480,000 tonnes, versus 455,000 tonnes a year earlier.', '2025-12-10')).toContainEqual(['2024-11', '2024-11', 455000, 'tonnes', null]);
  });
  it('keeps a month owning an amount as a base ("after December 2025\'s 112.3 million tons") (near miss)', () => {
    expect(tuples('BEIJING, Feb 10 -- Iron ore imports were 110.5 million tons in January, the second-highest after December 2025\'s 112.3 million tons.', '2026-02-10')).toContainEqual(['2025-12', '2025-12', 112.3e6, 'tonnes', null]);
  });
  it('keeps the year before the whole year when the clause names no month (near miss)', () => {
    expect(tuples('BEIJING, Jan 14 -- Rare earth exports rose to 48,918 tons in 2021, versus 35,447 tons a year earlier.', '2022-01-14')).toContainEqual(['2020-01', '2020-12', 35447, 'tonnes', null]);
  });
});

describe('a judgement on the rates set off by a comma ("both better than in November") keeps them year-on-year', () => {
  it('reads "imports fell 4 percent, both better than in November"', () => {
    expect(tuples('BEIJING, Jan 13 -- Exports fell 1.8 percent in 2015. December offered some relief. Exports that month rose 2.3 percent in yuan terms and imports fell 4 percent, both better than in November.', '2016-01-13')).toContainEqual(['2015-12', '2015-12', null, '', -4]);
  });
  it('reads "a better showing than in July" in a release with no year-on-year word', () => {
    expect(tuples("BEIJING, Sept 8 -- China's exports rose 4.4 percent in August. Imports slipped 1.2 percent, a better showing than in July.", '2025-09-08')).toContainEqual(['2025-08', '2025-08', null, '', -1.2]);
  });
  it('reads "each better than in September" after two flows', () => {
    expect(tuples("NANNING, Nov 20 -- Guangxi's exports rose 3 percent in October and its imports gained 5 percent, each better than in September.", '2025-11-20')).toContainEqual(['2025-10', '2025-10', null, '', 5]);
  });
  it('reads "again worse than in September"', () => {
    expect(tuples("BEIJING, Nov 7 -- China's exports in October dropped 1.1 percent, again worse than in September.", '2025-11-07')).toContainEqual(['2025-10', '2025-10', null, '', -1.1]);
  });
  it('reads "both worse than in the month before" set after a level', () => {
    expect(tuples('HANOI, Dec 6 -- Vietnam\'s exports fell 2 percent to $33 billion in November and imports dropped 3 percent, both worse than in October.', '2025-12-06')).toContainEqual(['2025-11', '2025-11', null, '', -3]);
  });
  it('keeps a level set against the month with no comma ("were 4 percent better than in September") (near miss)', () => {
    expect(tuples("BEIJING, Nov 7 -- China's exports in October were 4 percent better than in September.", '2025-11-07').some((t) => t[4] === 4)).toBe(false);
  });
  it('keeps a change from a month ("down 3 percent from September") month-on-month (near miss)', () => {
    expect(tuples("BEIJING, Nov 7 -- China's exports in October fell 3 percent from September, both better than expected.", '2025-11-07').some((t) => t[4] === -3)).toBe(false);
  });
});

describe('the first days, weeks or months of a thing (re)opened run from its opening month', () => {
  it('reads "reopened on May 29. In its first three weeks, ..."', () => {
    expect(tuples('LHASA, June 18 -- Zhangmu port, closed to trade since the 2015 earthquake, reopened for cargo on May 29. In its first three weeks, about 12 million yuan of goods cleared customs there.', '2019-06-18')).toContainEqual(['2019-05', '2019-06', 12e6, 'CNY', null]);
  });
  it('reads "During its first month of operation" after an opening day', () => {
    expect(tuples('HEIHE, July 20 -- The new road bridge opened to cargo traffic on June 10. During its first month of operation, it carried 41,000 tonnes of goods.', '2022-07-20')).toContainEqual(['2022-06', '2022-07', 41000, 'tonnes', null]);
  });
  it('reads "In the first 20 days after the crossing reopened on April 1"', () => {
    expect(tuples('HEKOU, April 22 -- In the first 20 days after the crossing reopened on April 1, the port handled 35,000 tonnes of fruit.', '2023-04-22')).toContainEqual(['2023-04', '2023-04', 35000, 'tonnes', null]);
  });
  it('reads "Over the first fortnight since reopening on March 8"', () => {
    expect(tuples('HORGOS, March 25 -- Over the first fortnight since reopening on March 8, the pass cleared 2,300 tonnes of cargo.', '2023-03-25')).toContainEqual(['2023-03', '2023-03', 2300, 'tonnes', null]);
  });
  it('reads "in their first two weeks" with the opening in the sentence before', () => {
    expect(tuples('MOHAN, Dec 20 -- Two new inspection lanes at the port began operations on November 25. The lanes cleared 18,000 tonnes of goods in their first two weeks.', '2024-12-20')).toContainEqual(['2024-11', '2024-12', 18000, 'tonnes', null]);
  });
  it('keeps "In the first two months" a period of the year (near miss)', () => {
    expect(tuples('BEIJING, March 7 -- In the first two months, exports rose 5 percent to 3.9 trillion yuan.', '2025-03-07')).toContainEqual(['2025-01', '2025-02', 3.9e12, 'CNY', 5]);
  });
  it('keeps "the first three weeks of June" that month (near miss)', () => {
    expect(tuples('LHASA, June 25 -- In the first three weeks of June, Gyirong port handled 52 million yuan of goods.', '2019-06-25')).toContainEqual(['2019-06', '2019-06', 52e6, 'CNY', null]);
  });
});

describe('a part of a flow told before, through a port, in a "with" clause or taken "of it", goes that flow\'s way', () => {
  const flowOf = (text: string, value: number, published: string) => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "exported ..., with ... passing through Gashuun Sukhait"', () => {
    expect(flowOf('ULAANBAATAR, Sept 12 -- Mongolia exported 43.7 million tonnes of coal in the first eight months of 2023, with 14.2 million tonnes passing through Gashuun Sukhait.', 14.2e6, '2023-09-12')).toBe('export');
  });
  it('reads "Durian shipments to China ... rose, with ... passing through the gates"', () => {
    expect(flowOf('HANOI, Nov 5 -- Durian shipments to China via Lang Son rose sharply in the first ten months, with 412,000 tonnes of fresh fruit passing through the gates.', 412000, '2024-11-05')).toBe('export');
  });
  it('reads "imported ..., with ... crossing at Khorgos"', () => {
    expect(flowOf('ASTANA, Oct 10 -- Kazakhstan imported 2.1 million tonnes of fuel in the first nine months, with 800,000 tonnes crossing at Khorgos.', 800000, '2025-10-10')).toBe('import');
  });
  it('reads "Imports of timber rose ..., with some ... handled at Manzhouli"', () => {
    expect(flowOf('HARBIN, Oct 10 -- Imports of Russian timber rose 12 percent to 4.1 million cubic metres in the first nine months, with some 1.3 million cubic metres handled at Manzhouli.', 1.3e6, '2025-10-10')).toBe('import');
  });
  it('reads "went to China. Gashuun Sukhait handled ... of it, while ..."', () => {
    expect(flowOf('ULAANBAATAR, Sept 12 -- Mongolia exported 43.7 million tonnes of coal in the first eight months of 2023. Nearly all of the coal went to China by truck and rail. Gashuun Sukhait handled 14.2 million tonnes of it, while the rail crossing at Zamyn-Uud carried another 6.9 million tonnes.', 14.2e6, '2023-09-12')).toBe('export');
  });
  it('reads "Erenhot cleared ... of them." after imports', () => {
    expect(flowOf('HOHHOT, Aug 8 -- Inner Mongolia imported 5.2 million tonnes of copper concentrate in the first seven months. Erenhot cleared 1.4 million tonnes of them.', 1.4e6, '2025-08-08')).toBe('import');
  });
  it('keeps a with-clause after trade of both ways two-way (near miss)', () => {
    expect(flowOf("MANZHOULI, Oct 10 -- The port's trade rose 5 percent in the first nine months, with 2.1 million tonnes passing through its rail yard.", 2.1e6, '2025-10-10')).toBe('total');
  });
  it('keeps trains "of them heading south" their own way (near miss)', () => {
    expect(flowOf('NANNING, Nov 10 -- At the Pingxiang railway port, 2,718 China-Vietnam freight trains were received and dispatched, 1,506 of them heading south to Hanoi.', 1506, '2026-11-10')).toBe('export');
  });
});

describe('a place named in a later clause about prices (premiums, freight rates) is no area of the figure before it', () => {
  const areaOf = (text: string, value: number, published: string) => releaseRows(text, published).find((r) => r.value === value)?.area;
  it('reads "China has taken about 80 percent of ..., and premiums paid ... at the port of Paranagua have climbed"', () => {
    expect(areaOf("Brasilia (AFP) - Brazil exported a record 10.3 million tonnes of soybeans in July. So far this year China has taken about 80 percent of Brazil's soybean shipments, traders estimate, and premiums paid for Brazilian cargoes at the port of Paranagua have climbed to more than two dollars a bushel.", 80, '2018-08-01')).toBe('Brazil');
  });
  it('reads "..., while prices at the Gashuun Sukhait port fell"', () => {
    expect(areaOf('ULAANBAATAR, Sept 12 -- Mongolia exported 20 million tonnes of coal this year. In August, China took 90 percent of the coal, while prices at the Gashuun Sukhait port fell to 95 dollars a tonne.', 90, '2025-09-12')).toBe('Mongolia');
  });
  it('reads "..., but freight rates from Samarinda port rose"', () => {
    expect(areaOf('JAKARTA, Sept 12 -- Indonesia exported 40 million tonnes of coal in August. India took 30 percent of it, but freight rates from Samarinda port rose.', 30, '2025-09-12')).toBe('Indonesia');
  });
  it('reads "..., and freight costs from Port Hedland eased"', () => {
    expect(areaOf('CANBERRA, Aug 8 -- Australia exported 75 million tonnes of iron ore in July. China bought 85 percent of it, and freight costs from Port Hedland eased.', 85, '2025-08-08')).toBe('Australia');
  });
  it('reads "...; prices at the Mong Cai crossing stayed firm"', () => {
    expect(areaOf('HANOI, Aug 8 -- Vietnam exported 800,000 tonnes of rice in July. The Philippines bought 40 percent of it; prices at the Mong Cai crossing stayed firm.', 40, '2025-08-08')).toBe('Vietnam');
  });
  it('keeps a port the figure went through, named before it (near miss)', () => {
    expect(areaOf('SANTOS, Aug 8 -- Exports through the port of Paranagua reached 2 million tonnes of soybeans in July, and premiums climbed to two dollars a bushel.', 2e6, '2025-08-08')).toBe('Paranagua Port');
  });
  it('keeps a port of a later clause of shipments, no prices (near miss)', () => {
    expect(areaOf("ULAANBAATAR, Sept 12 -- Mongolia's coal exports reached 6.8 million tonnes in August, while shipments through Gashuun Sukhait rose to 2.1 million tonnes.", 2.1e6, '2025-09-12')).toBe('Gashuunsukhait Port');
  });
});

describe('a share of goods a relative clause says a buyer bought abroad (or a seller sold) is of that flow', () => {
  const flowOf = (text: string, value: number, published: string) => releaseRows(text, published).find((r) => r.value === value && r.unit === 'percent-share')?.flow;
  it('reads "China supplied 98 percent of the panels the bloc bought abroad"', () => {
    expect(flowOf('BRUSSELS, March 28 (AFP) - The European Union imported solar panels worth 19.7 billion euros from China in 2023. China nonetheless supplied 98 percent of the panels the bloc bought abroad.', 98, '2024-03-28')).toBe('import');
  });
  it('reads "Russia provided 40 percent of the gas the bloc imported"', () => {
    expect(flowOf('BRUSSELS, March 28 (AFP) - The EU imported gas worth 90 billion euros in 2023. Russia provided 40 percent of the gas the bloc imported.', 40, '2024-03-28')).toBe('import');
  });
  it('reads "Indonesia supplied 45 percent of the palm oil the country bought abroad"', () => {
    expect(flowOf('NEW DELHI, May 2 - India imported 4.5 million tonnes of edible oil in the first quarter. Indonesia supplied 45 percent of the palm oil the country bought abroad.', 45, '2024-05-02')).toBe('import');
  });
  it('reads "Brazil accounted for 70 percent of the soybeans China purchased overseas"', () => {
    expect(flowOf('BRASILIA, Jan 28 - China bought 100 million tonnes of soybeans abroad in 2023. Brazil accounted for 70 percent of the soybeans China purchased overseas.', 70, '2024-01-28')).toBe('import');
  });
  it('reads "Vietnam sold 30 percent of all the rice the Philippines brought in"', () => {
    expect(flowOf('MANILA, Jan 28 - The Philippines imported 4.5 million tonnes of rice in 2023. Vietnam sold 30 percent of all the rice the Philippines brought in.', 30, '2024-01-28')).toBe('import');
  });
  it('keeps a supplier\'s share of a market with no buying clause its export (near miss)', () => {
    expect(flowOf('BEIJING, March 28 - China exported solar panels worth 40 billion dollars in 2023, and it supplied 80 percent of the modules installed worldwide.', 80, '2024-03-28')).not.toBe('import');
  });
  it('keeps a seller\'s share of what it sold abroad its export (near miss)', () => {
    expect(flowOf('ULAANBAATAR, Jan 28 - Mongolia exported 70 million tonnes of coal in 2023. China took 95 percent of the coal Mongolia sold abroad.', 95, '2024-01-28')).toBe('export');
  });
});

describe('"the city" or "the port" in an aside set off right after a partner describes the partner, no area', () => {
  const areaOf = (text: string, yoy: number, published: string) => releaseRows(text, published).find((r) => r.yoy_pct === yoy)?.area;
  const lead = "(ECNS) -- South China's Guangdong Province saw its imports and exports rise 9.4 percent year on year to 1.32 trillion yuan in January and February. Shenzhen alone accounted for 634.5 billion yuan, an 11.2 percent rise.";
  it('reads "Trade with Hong Kong, mostly goods routed through the city to third markets, fell"', () => {
    expect(areaOf(`${lead} Trade with Hong Kong, mostly goods routed through the city to third markets, fell 6.2 percent.`, -6.2, '2026-03-18')).toBe('Guangdong');
  });
  it('reads "Trade with Macao, which re-exports through the city\'s port, fell"', () => {
    expect(areaOf(`${lead} Trade with Macao, which re-exports through the city's port, fell 6.2 percent.`, -6.2, '2026-03-18')).toBe('Guangdong');
  });
  it('reads "Exports to Singapore, much of it shipped on from the port, rose"', () => {
    expect(areaOf(`${lead} Exports to Singapore, much of it shipped on from the port, rose 4.1 percent.`, 4.1, '2026-03-18')).toBe('Guangdong');
  });
  it('reads "Imports from Hong Kong, a re-export hub whose port serves the region, dropped"', () => {
    expect(areaOf(`${lead} Imports from Hong Kong, a re-export hub whose port serves the region, dropped 3.3 percent.`, -3.3, '2026-03-18')).toBe('Guangdong');
  });
  it('reads "trade with Hong Kong, largely cargo passing through the city, slipped" in a city story', () => {
    expect(areaOf("XIAMEN, March 18 -- Fujian's foreign trade rose 5 percent in January and February. Xiamen alone contributed 150 billion yuan, up 7 percent. Trade with Hong Kong, largely cargo passing through the city, slipped 2.5 percent.", -2.5, '2026-03-18')).toBe('Fujian');
  });
  it('keeps "The city\'s trade with Hong Kong" the city named before (near miss)', () => {
    expect(areaOf(`${lead} The city's trade with Hong Kong fell 6.2 percent.`, -6.2, '2026-03-18')).toBe('Shenzhen');
  });
  it('keeps "the city" of an aside after the subject, not after a partner (near miss)', () => {
    expect(areaOf('SHENZHEN, March 18 -- Shenzhen, the largest foreign trade city of the mainland, saw its exports rise 5 percent in January and February. Its port, which handles most of the city\'s cargo, saw imports fall 2.2 percent.', -2.2, '2026-03-18')).not.toBe('Guangdong');
  });
});
