/**
 * Fixing round a236 on b311 (commodity wires and other countries' agencies' own releases). Texts are our own, written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);

describe("Korea's trade ministry named alone (no country in its name) reports South Korea's trade", () => {
  it('reads the ministry heading its own release', () => {
    expect(areas('Ministry of Trade, Industry and Energy\nPress release\n\nExports in May rose 4.1% to US$58.2 billion, as carmakers in Europe slowed output.', '2026-06-01')).toEqual(['South Korea']);
  });
  it('reads the ministry quoted after the figure', () => {
    expect(areas('Exports climbed 4.1 percent to $58.2 billion in May, the Ministry of Trade, Industry and Energy said on Monday, despite weak demand in Europe.', '2026-06-01')).toEqual(['South Korea']);
  });
  it('reads the acronym a wire uses', () => {
    expect(areas('Chip shipments abroad jumped 21% to $14.8 billion in March, data from MOTIE showed, while sales to Europe cooled.', '2026-04-01')).toEqual(['South Korea']);
  });
  it('reads the ministry under its name of 2025', () => {
    expect(areas('SEJONG, Dec. 1 -- According to the Ministry of Trade, Industry and Resources, outbound shipments of cars to Europe fell 3.2% to $1.1 billion in November.', '2025-12-01')).toEqual(['South Korea']);
  });
  it('reads the ministry in a story that names only partners', () => {
    expect(areas('Imports from Australia and Qatar of liquefied natural gas dropped 12.6 percent to $2.4 billion last month, the Ministry of Trade, Industry and Energy reported.', '2026-04-01')).toEqual(['South Korea']);
  });
  it("leaves another country's trade and industry ministry to its country (near miss)", () => {
    expect(areas("Malaysia's Ministry of Investment, Trade and Industry said exports rose 4.1% to RM120.2 billion in May.", '2026-06-20')).toEqual(['Malaysia']);
  });
  it('leaves a ministry of energy alone to the place the text names (near miss)', () => {
    expect(areas("Kazakhstan's oil exports rose 4.1% to 6.2 million tonnes in May, the Ministry of Energy said.", '2026-06-20')).toEqual(['Kazakhstan']);
  });
});

describe("a comparison word, then a month before a flow noun the amount is 'of', dates that amount to the month", () => {
  it('reads "less than March exports of"', () => {
    expect(tuples('WASHINGTON, June 10 -- April exports were $1.5 billion less than March exports of $152.0 billion.', '2010-06-10')).toContainEqual(['2010-03', '2010-03', 152e9, 'USD', null]);
  });
  it('reads "down from February imports of"', () => {
    expect(tuples('OTTAWA, April 5 -- Imports eased to C$64.1 billion in March, down from February imports of C$65.3 billion.', '2026-04-05')).toContainEqual(['2026-02', '2026-02', 65.3e9, 'CAD', null]);
  });
  it('reads "compared with the March 2024 deficit of" with its year', () => {
    expect(tuples('The trade deficit narrowed to $1.2 billion in April 2024, compared with the March 2024 deficit of $1.9 billion.', '2024-05-20')).toContainEqual(['2024-03', '2024-03', -1.9e9, 'USD', null]);
  });
  it('reads "against May shipments of" in tonnes', () => {
    expect(tuples('SANTIAGO, July 8 -- Copper exports reached 410,000 tonnes in June, against May shipments of 395,000 tonnes.', '2025-07-08')).toContainEqual(['2025-05', '2025-05', 395000, 'tonnes', null]);
  });
  it('reads "than the October surplus of"', () => {
    expect(tuples('The November surplus was $2.2 billion, larger than the October surplus of $1.8 billion.', '2025-12-15')).toContainEqual(['2025-10', '2025-10', 1.8e9, 'USD', null]);
  });
  it('leaves a month before a noun of no flow (an estimate) undated by this rule (near miss)', () => {
    expect(tuples('April exports were $150.5 billion, compared with the March estimate of $148.0 billion.', '2010-06-10')).not.toContainEqual(['2010-03', '2010-03', 148e9, 'USD', null]);
  });
  it('keeps a month that owns the figure itself, with no comparison word (near miss)', () => {
    expect(tuples('MANILA, May 10 -- March exports of $6.2 billion were the highest in two years.', '2025-05-10')).toContainEqual(['2025-03', '2025-03', 6.2e9, 'USD', null]);
  });
});

describe('a heading that names the year before makes its section\'s changes year-on-year in a month-on-month release', () => {
  const release = (heading: string, sentence: string) => `U.S. Census Bureau, trade release for April 2010\n\nApril exports were $150.5 billion, up $1.2 billion from March.\n\n${heading}\n${sentence}`;
  const growth = (heading: string, sentence: string) => releaseRows(release(heading, sentence), '2010-06-10').map((r) => r.yoy_pct);
  it('reads "Year-over-year"', () => {
    expect(growth('Year-over-year', 'Imports were up 22.9 percent.')).toContain(22.9);
  });
  it('reads "Year-on-year changes"', () => {
    expect(growth('Year-on-year changes', 'Imports grew 22.9 percent.')).toContain(22.9);
  });
  it('reads "Compared with a year earlier"', () => {
    expect(growth('Compared with a year earlier', 'Imports rose 22.9 percent.')).toContain(22.9);
  });
  it('reads "Change from the same month last year"', () => {
    expect(growth('Change from the same month last year', 'Imports increased 22.9 percent.')).toContain(22.9);
  });
  it('reads "Annual comparison"', () => {
    expect(growth('Annual comparison', 'Imports climbed 22.9 percent.')).toContain(22.9);
  });
  it('keeps "Month-over-month" on the month (near miss)', () => {
    expect(growth('Month-over-month', 'Imports were up 2.9 percent.')).not.toContain(2.9);
  });
  it('keeps a heading of no basis ("Goods and services") on the month (near miss)', () => {
    expect(growth('Goods and services', 'Imports were up 2.9 percent.')).not.toContain(2.9);
  });
});

describe("a change stated by its size in money and in percent is of the level whose change at that rate is that size", () => {
  const head = 'U.S. Census Bureau, trade release for April 2010\n\nTotal April exports were $150.5 billion.\n\nGoods\nExports of goods were $103.9 billion in April.\n\nYear-over-year\n';
  const ofLevel = (sentence: string, value: number) => releaseRows(head + sentence, '2010-06-10').find((r) => r.value === value)?.yoy_pct;
  it('reads "were up $24.3 billion, or 19.3 percent"', () => {
    expect(ofLevel('Exports were up $24.3 billion, or 19.3 percent.', 150.5e9)).toBe(19.3);
  });
  it('reads "rose by $24.3 billion (19.3%)"', () => {
    expect(ofLevel('Exports rose by $24.3 billion (19.3%).', 150.5e9)).toBe(19.3);
  });
  it('reads "increased 24.3 billion dollars, or 19.3 percent"', () => {
    expect(ofLevel('Exports increased 24.3 billion dollars, or 19.3 percent, from April 2009.', 150.5e9)).toBe(19.3);
  });
  it('reads the smaller level when the size is its', () => {
    expect(ofLevel('Exports grew $16.8 billion, or 19.3 percent.', 103.9e9)).toBe(19.3);
  });
  it('reads a fall: "were down $24.3 billion, or 13.9 percent"', () => {
    expect(ofLevel('Exports were down $24.3 billion, or 13.9 percent.', 150.5e9)).toBe(-13.9);
  });
  it('gives the total nothing when the size fits neither level (near miss)', () => {
    expect(ofLevel('Exports were up $5.0 billion, or 19.3 percent.', 150.5e9)).toBeNull();
  });
  it('gives the total nothing when the size is not the percentage\'s own (near miss)', () => {
    expect(ofLevel('Exports were up 19.3 percent, and $24.3 billion more than a year before.', 150.5e9)).toBeNull();
  });
});

describe('a noun of change with "on" measures from the amount after it, a base of the period the text gives', () => {
  it('reads "an improvement on the ... deficit for the comparable period in 2014"', () => {
    expect(tuples('Pretoria, 30 November 2015 - The trade deficit of R38.14 billion for January to October 2015 is an improvement on the R61.64 billion deficit for the comparable period in 2014.', '2015-11-30')).toContainEqual(['2014-01', '2014-10', -61.64e9, 'ZAR', null]);
  });
  it('reads "a deterioration on the ... surplus for the same month of 2024"', () => {
    expect(tuples('SANTIAGO, May 20 -- The surplus of $1.2 billion in April 2025 was a deterioration on the $2.1 billion surplus for the same month of 2024.', '2025-05-20')).toContainEqual(['2024-04', '2024-04', 2.1e9, 'USD', null]);
  });
  it('reads "a decline on the ... earned over the same half of 2024"', () => {
    expect(tuples('WELLINGTON, Aug 1 -- Dairy exports of NZ$9.8 billion in the first half of 2025 were a decline on the NZ$10.4 billion earned over the same half of 2024.', '2025-08-01')).toContainEqual(['2024-01', '2024-06', 10.4e9, 'NZD', null]);
  });
  it('reads "an increase on the ... recorded for the corresponding quarter of 2024"', () => {
    expect(tuples('CANBERRA, Nov 5 -- Exports of $121.3 billion in the September quarter were an increase on the $118.2 billion recorded for the corresponding quarter of 2024.', '2025-11-05')).toContainEqual(['2024-07', '2024-09', 118.2e9, 'AUD', null]);
  });
  it('reads "a rise on the ... shipped in 2023"', () => {
    expect(tuples('PERTH, Feb 3 -- Barley shipments of 3.3 million tonnes in 2024 were a 6 percent rise on the 3.1 million tonnes shipped in 2023.', '2025-02-03')).toContainEqual(['2023-01', '2023-12', 3.1e6, 'tonnes', null]);
  });
  it('leaves "an increase of" an amount of change, no base (near miss)', () => {
    expect(tuples('SANTIAGO, May 20 -- Exports reached $9.4 billion in April, an increase of $1.1 billion in March.', '2025-05-20').map((t) => t[2])).not.toContain(1.1e9);
  });
  it('reads no base in a noun of change with no amount after it (near miss)', () => {
    expect(tuples('SANTIAGO, May 20 -- Exports reached $9.4 billion in April, an improvement on March.', '2025-05-20')).toEqual([['2025-04', '2025-04', 9.4e9, 'USD', null]]);
  });
});

describe("a change set right after the second money's amount is that amount's own change", () => {
  const ofUnit = (text: string, unit: string) => releaseRows(`BANGKOK, 25 July 2022 - The Ministry of Commerce reported Thailand's June trade.\n\n${text}`, '2022-07-25').filter((r) => r.unit === unit).map((r) => r.yoy_pct);
  it('reads "or ... baht (up 36.5 percent)"', () => {
    expect(ofUnit('Imports climbed 23.9 percent to 26,946 million US dollars, or 933,950 million baht (up 36.5 percent).', 'THB')).toEqual([36.5]);
  });
  it('reads "or ... baht, up 36.5 percent"', () => {
    expect(ofUnit('Imports climbed 23.9 percent to 26,946 million US dollars, or 933,950 million baht, up 36.5 percent.', 'THB')).toEqual([36.5]);
  });
  it('reads the second money in brackets with its change', () => {
    expect(ofUnit('Exports rose 11.9 percent to 26,373 million US dollars (914,180 million baht, up 23.3 percent).', 'THB')).toEqual([23.3]);
  });
  it('reads "an increase of" after the second amount', () => {
    expect(ofUnit('Exports rose 11.9 percent to $26.4 billion, or 914.2 billion baht, an increase of 23.3 percent.', 'THB')).toEqual([23.3]);
  });
  it('reads a fall in the second money', () => {
    expect(ofUnit('Exports slipped 2.1 percent to 26,373 million US dollars, or 914,180 million baht (down 0.4 percent).', 'THB')).toEqual([-0.4]);
  });
  it('keeps the first money its own change (near miss)', () => {
    expect(ofUnit('Imports climbed 23.9 percent to 26,946 million US dollars, or 933,950 million baht (up 36.5 percent).', 'USD')).toEqual([23.9]);
  });
  it('leaves a change after a single amount to the rules before (near miss)', () => {
    expect(ofUnit('Imports reached 26,946 million US dollars in June, up 23.9 percent.', 'USD')).toEqual([23.9]);
  });
});

describe('an absolute phrase after "with" whose flow noun names its own goods or partner is a new subject, not the level\'s measure', () => {
  const ofLevel = (text: string, value: number) => releaseRows(`TOKYO, Sept. 20 (Kyodo) -- Japan posted a deficit in August.\n\n${text}`, '2023-09-20').find((r) => r.value === value)?.yoy_pct;
  it('reads "with purchases of crude oil down 36.2 percent in value"', () => {
    expect(ofLevel('Imports dropped 17.8 percent to 8.92 trillion yen, with purchases of crude oil down 36.2 percent in value.', 8.92e12)).toBe(-17.8);
  });
  it('reads "with imports of coal off 40 percent in value terms"', () => {
    expect(ofLevel('Imports fell 12.1 percent to 9.1 trillion yen, with imports of coal down 40.0 percent in value terms.', 9.1e12)).toBe(-12.1);
  });
  it('reads "with LNG purchases down 20 percent by value"', () => {
    expect(ofLevel('Imports slid 9.5 percent to 8.4 trillion yen in August, with LNG purchases down 20.0 percent by value.', 8.4e12)).toBe(-9.5);
  });
  it('reads "with shipments of cars up 34.5 percent in value"', () => {
    expect(ofLevel('Exports rose 4.3 percent to 8.1 trillion yen, with shipments of cars up 34.5 percent in value.', 8.1e12)).toBe(4.3);
  });
  it('reads "with chip exports down 11 percent in value" after a level with no change', () => {
    expect(ofLevel('Exports came to 7.99 trillion yen in August, with chip exports down 11.0 percent in value.', 7.99e12)).toBeNull();
  });
  it('keeps "with the value up 5 percent" the level\'s own (near miss)', () => {
    expect(ofLevel('Exports reached 3.1 million tonnes worth 31 billion yen, with the value up 5 percent.', 31e9)).toBe(5);
  });
  it('keeps a change in value that leads into its level (near miss)', () => {
    expect(ofLevel('Imports dropped 17.8 percent in value to 8.92 trillion yen, with purchases of crude oil down sharply.', 8.92e12)).toBe(-17.8);
  });
});

describe('a share of the arrivals, deliveries or intake names its whole as a share of imports does', () => {
  const shares = (text: string) => releaseRows(`BEIJING, Dec 18 (Reuters) - China imported 2.73 million tons of copper concentrate in November, customs data showed.\n\n${text}`, '2024-12-18').filter((r) => r.measure === 'share').map((r) => r.value);
  it('reads "up 11.6% on the year and almost 30% of the month\'s arrivals"', () => {
    expect(shares("Chile, the top supplier, shipped 812,400 tons, up 11.6% on the year and almost 30% of the month's arrivals.")).toEqual([30]);
  });
  it('reads "or 28 percent of the country\'s intake"', () => {
    expect(shares("Peru supplied 764,000 tons, up 3.1% on the year, or 28 percent of the country's intake.")).toEqual([28]);
  });
  it('reads "and 22% of deliveries"', () => {
    expect(shares('Peru sent 598,000 tons, down 3.1% from a year earlier and 22% of deliveries.')).toEqual([22]);
  });
  it('reads "and about 9% of inbound cargoes"', () => {
    expect(shares('Mexico shipped 245,000 tons, up 5.2% on the year and about 9% of inbound cargoes.')).toEqual([9]);
  });
  it('reads "almost 30% of inflows in the month"', () => {
    expect(shares('Chile shipped 812,400 tons, up 11.6% on the year and almost 30% of inflows in the month.')).toEqual([30]);
  });
  it('reads a growth, not a share, for "up 28 percent on deliveries a year ago" (near miss)', () => {
    expect(shares('Peru sent 598,000 tons, up 28 percent on deliveries a year ago.')).toEqual([]);
  });
  it('reads no share of a survey\'s firms that "expect overseas sales" to rise (near miss)', () => {
    expect(shares('A survey showed 62 percent of smelters expect overseas sales to keep rising next year.')).toEqual([]);
  });
  it('reads no share for "30% of arrivals" hoped for next year (near miss)', () => {
    expect(shares('Chile shipped 812,400 tons, up 11.6% on the year; traders expect 30% of arrivals to come from Chile next year.')).toEqual([]);
  });
});

describe('a change named the largest of a group, then "at" its size, is that change (not a rate the goods stood at)', () => {
  const growths = (text: string) => releaseRows(`Highlights of the Export Statistics: April 2017\n\nTotal export receipts for April 2017 were valued at $5.33 billion, 11.5 percent higher than the earlier year's April figure. ${text}`, '2017-06-09').filter((r) => r.value === null).map((r) => r.yoy_pct);
  it('reads "registered the highest growth among the top ten commodities at 64.2 percent"', () => {
    expect(growths('Coconut oil registered the highest growth among the top ten commodities at 64.2 percent.')).toEqual([64.2]);
  });
  it('reads "posted the fastest increase of all items, at 48 percent"', () => {
    expect(growths('Copper cathodes posted the fastest increase of all items, at 48 percent.')).toEqual([48]);
  });
  it('reads "grew the fastest among farm goods, at 49.2 percent"', () => {
    expect(growths('Bananas grew the fastest among farm goods, at 49.2 percent.')).toEqual([49.2]);
  });
  it('reads "the sharpest decline of all items at 12.4 percent" as a fall', () => {
    expect(growths('Among the top ten, metal components posted the sharpest decline of all items at 12.4 percent.')).toEqual([-12.4]);
  });
  it('reads "recorded the biggest annual gain at about 30 percent"', () => {
    expect(growths('Fresh pineapples recorded the biggest annual gain at about 30 percent.')).toEqual([30]);
  });
  it('keeps "the highest share ... at 64.2 percent" a share (near miss)', () => {
    expect(growths('Electronics kept the highest share among the top ten commodities at 64.2 percent.')).toEqual([]);
  });
  it('reads no change in "the highest utilisation rate at 91 percent" (near miss)', () => {
    expect(growths('The Batangas plant had the highest utilisation rate among factories at 91 percent.')).toEqual([]);
  });
});

describe('a clause of cause right after the change\'s percentage, no comma needed, names no flow of the figure', () => {
  const flows = (text: string) => releaseRows(`BANGKOK, 25 July 2022 - Thailand's exports rose in June, the Ministry of Commerce said.\n\n${text}`, '2022-07-25').filter((r) => r.partner !== 'World').map((r) => r.flow);
  it('reads "dropped 22.6 percent as lockdowns ... disrupted border trade"', () => {
    expect(flows("Exports to China, Thailand's largest market, dropped 22.6 percent as lockdowns in several Chinese cities disrupted border trade and port operations.")).toEqual(['export']);
  });
  it('reads "fell 5 percent because floods hampered trade"', () => {
    expect(flows('Exports to Malaysia, the second-largest market, fell 5 percent because floods hampered border trade.')).toEqual(['export']);
  });
  it('reads "slid 4% as new checks curbed trade"', () => {
    expect(flows('Shipments to Cambodia slid 4% as new checks curbed trade through Aranyaprathet.')).toEqual(['export']);
  });
  it('reads "rose 8 percent after a rail link spurred trade" after an apposition', () => {
    expect(flows('Exports to Laos, its fastest-growing market, rose 8 percent after the new rail link spurred trade.')).toEqual(['export']);
  });
  it('reads "grew 3 percent, as a strike halted trade" with its comma', () => {
    expect(flows("Exports to Myanmar, Thailand's fourth-largest market, grew 3 percent, as a strike halted trade at the border crossing.")).toEqual(['export']);
  });
  it('keeps trade the flow when the subject is trade (near miss)', () => {
    expect(flows('Trade with Laos grew 3 percent as exports rose.')).toEqual(['total']);
  });
  it('keeps "since January" a period, no clause of cause (near miss)', () => {
    expect(releaseRows("BANGKOK, 25 July 2022 - Thailand's exports rose in June.\n\nExports to Laos grew 3 percent since January.", '2022-07-25').map((r) => [r.period_start, r.flow])).toEqual([['2022-01', 'export']]);
  });
});
