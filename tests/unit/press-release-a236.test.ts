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
