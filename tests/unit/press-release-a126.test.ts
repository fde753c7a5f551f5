/**
 * Rules widened in the fixing round for b252 (statistics offices' formal releases): each phenomenon in several frames of
 * our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findWordNumbers } from '../../functions/core/extract/press-release/numbers.js';
import { datelineCountry } from '../../functions/core/extract/press-release/reporters.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ReturnType<typeof releaseRows>, value: number) => rows.find((r) => r.value === value);
const values = (rows: ReturnType<typeof releaseRows>) => rows.map((r) => r.value);

describe('an article before an amount in figures and its scale word is no "a million"', () => {
  it('reads "recorded a €24.0 billion surplus" as one amount', () => {
    const rows = releaseRows('Germany recorded a €24.0 billion surplus on goods in February 2026, the statistics office said.', '2026-04-10');
    expect(values(rows)).toEqual([24e9]);
  });
  it('reads "a € 3.2 billion surplus" with a space after the sign', () => {
    const rows = releaseRows('Italy had a € 3.2 billion surplus with countries outside the union in May 2026.', '2026-07-15');
    expect(values(rows)).toEqual([3.2e9]);
  });
  it('reads "logged a €7.4 billion deficit" of a balance written as a deficit', () => {
    const rows = releaseRows('France logged a €7.4 billion deficit in trade in goods in August 2026.', '2026-10-07');
    expect(values(rows)).toEqual([-7.4e9]);
  });
  it('reads "a €5 million" amount before its noun in a list', () => {
    const rows = releaseRows('Malta shipped a €5 million consignment of medicines to Libya in October 2026.', '2026-11-20');
    expect(values(rows)).not.toContain(1);
  });
  it('reads "a €24 billion record" after a verb of reaching', () => {
    const rows = releaseRows('Exports reached a €24 billion record in February 2026, the office said.', '2026-04-10');
    expect(values(rows)).toEqual([24e9]);
  });
  it('still reads "a million" spelled out (guard)', () => {
    expect(findWordNumbers('exports rose by a million tonnes').map((t) => t.digits)).toEqual(['1000000']);
  });
  it('still reads "half a billion" and "a-billion" (guard)', () => {
    expect(findWordNumbers('about half a billion dollars').map((t) => t.digits)).toEqual(['500000000']);
    expect(findWordNumbers('a-billion-dollar deal').map((t) => t.digits)).toEqual(['1000000000']);
  });
});

describe("a body's signature line ending in the seat it signs from names the release's country", () => {
  it('reads "Ministry of Trade, Industry and Energy, Sejong"', () => {
    expect(datelineCountry('October Trade Trends\n\nMinistry of Trade, Industry and Energy, Sejong\n\nExports rose.')).toBe('South Korea');
  });
  it('reads a statistics department signing from Putrajaya with a dash', () => {
    expect(datelineCountry('Monthly external trade\nDepartment of Statistics - Putrajaya\n\nExports fell.')).toBe('Malaysia');
  });
  it('reads an office, its seat and a date after them', () => {
    expect(datelineCountry('Press release No. 44\nFederal Statistical Office, Wiesbaden, 7 March 2026\n\nExports rose.')).toBe('Germany');
  });
  it('reads a customs administration signing from a capital with a full stop', () => {
    expect(datelineCountry('External trade bulletin\nNational Customs Administration, Lima.\n\nImports rose.')).toBe('Peru');
  });
  it('makes the whole release the seat\'s country against the partner it names most', () => {
    const rows = releaseRows('Trade trends, October 2026\n\nMinistry of Trade, Industry and Energy, Sejong\n\nExports to China were US$12.2 billion in October 2026, down 5.7 percent from a year earlier. The share of China in total exports stood at 27.2 percent.', '2026-11-01');
    expect(row(rows, 12.2e9)).toMatchObject({ area: 'South Korea', partner: 'China' });
  });
  it('does not read a seat named inside a sentence (guard)', () => {
    expect(datelineCountry('Exports rose.\nThe agency said the figures were compiled by the Ministry office in Sejong and sent on.')).toBeNull();
  });
  it('does not read a line without an office word (guard)', () => {
    expect(datelineCountry('Trade trends\nNotes for editors, Sejong\n\nExports rose.')).toBeNull();
  });
});

describe('a heading of a breakdown by partner or by goods gives its section the release\'s own basis back', () => {
  const adjusted = 'Exports fell 2.0% from the same month of the previous year to 8,800.0 billion yen in November 2026.\n\nSeasonally adjusted series\n\nOn a seasonally adjusted basis, exports were 8,700.0 billion yen, 1.3% more than in October.\n\n';
  it('reads changes under "By region" as year-on-year', () => {
    const rows = releaseRows(`${adjusted}By region\n\nExports to China rose 7.8% to 1,708.9 billion yen.`, '2026-12-17');
    expect(row(rows, 1708.9e9)?.yoy_pct).toBe(7.8);
  });
  it('reads "Exports by destination"', () => {
    const rows = releaseRows(`${adjusted}Exports by destination\n\nShipments to the United States were 1,724.5 billion yen, up 2.3%.`, '2026-12-17');
    expect(row(rows, 1724.5e9)?.yoy_pct).toBe(2.3);
  });
  it('reads "Main trading partners"', () => {
    const rows = releaseRows(`${adjusted}Main trading partners\n\nImports from Australia fell 12.4% to 612.0 billion yen.`, '2026-12-17');
    expect(row(rows, 612e9)?.yoy_pct).toBe(-12.4);
  });
  it('reads "Trade by commodity"', () => {
    const rows = releaseRows(`${adjusted}Trade by commodity\n\nCar exports climbed 20.1% to 1,586.3 billion yen.`, '2026-12-17');
    expect(row(rows, 1586.3e9)?.yoy_pct).toBe(20.1);
  });
  it('reads "Leading markets"', () => {
    const rows = releaseRows(`${adjusted}Leading markets\n\nExports to Thailand increased 4.4% to 301.5 billion yen.`, '2026-12-17');
    expect(row(rows, 301.5e9)?.yoy_pct).toBe(4.4);
  });
  it('keeps an adjusted section under a heading that names no breakdown (guard)', () => {
    const rows = releaseRows(`${adjusted}Further detail\n\nExports to China rose 7.8% to 1,708.9 billion yen.`, '2026-12-17');
    expect(row(rows, 1708.9e9)?.yoy_pct).toBeNull();
  });
  it('keeps a month-on-month release monthly under "By country" (guard)', () => {
    const rows = releaseRows('Statistics Canada said exports rose 0.9% to $53.6 billion in September 2026.\n\nBy country\n\nExports to the United States edged up 0.2% to $40.2 billion.', '2026-11-05');
    expect(row(rows, 40.2e9)?.yoy_pct).toBeNull();
  });
});

describe('two labelled figure lines in a row are two entries', () => {
  it('reads a long first line in brackets as its own entry', () => {
    const rows = releaseRows('Trade statistics, November 2026\n\nValue of exports: 8,835.2 billion yen (down 0.2% from the same month of the previous year)\nValue of imports: 9,611.6 billion yen (down 11.9%)', '2026-12-17');
    expect(row(rows, 8835.2e9)).toMatchObject({ flow: 'export', yoy_pct: -0.2 });
    expect(row(rows, 9611.6e9)).toMatchObject({ flow: 'import', yoy_pct: -11.9 });
  });
  it('reads labels of shipments over arrivals', () => {
    const rows = releaseRows('Monthly bulletin, October 2026\n\nTotal exports of merchandise: 412.6 billion Hong Kong dollars (an increase of 3.1% over a year earlier)\nTotal imports of merchandise: 455.0 billion Hong Kong dollars (up 2.2%)', '2026-11-26');
    expect(row(rows, 412.6e9)).toMatchObject({ flow: 'export' });
    expect(row(rows, 455e9)).toMatchObject({ flow: 'import' });
  });
  it('reads labels that name the value before the goods', () => {
    const rows = releaseRows('External trade, September 2026\n\nExport value, all goods: 9,611.6 million euros (4.1% higher than in September of the previous year)\nImport value, all goods: 8,835.2 million euros (2.0% lower)', '2026-11-10');
    expect(row(rows, 9611.6e6)).toMatchObject({ flow: 'export', yoy_pct: 4.1 });
    expect(row(rows, 8835.2e6)).toMatchObject({ flow: 'import' });
  });
  it('reads long labels of goods and services combined', () => {
    const rows = releaseRows('Key figures for August 2026\n\nExports of goods and services combined: 61.0 billion dollars (up 1.5% compared with the same month of the previous year)\nImports of goods and services combined: 64.2 billion dollars (up 2.9%)', '2026-10-05');
    expect(row(rows, 61e9)).toMatchObject({ flow: 'export' });
    expect(row(rows, 64.2e9)).toMatchObject({ flow: 'import' });
  });
  it('reads three labelled lines, the first two long', () => {
    const rows = releaseRows('Preliminary results for July 2026\n\nShipments abroad: 72.4 billion euros (a fall of 3.2% against the month of July in the previous year)\nPurchases from abroad: 63.1 billion euros (a fall of 1.0% against the same month of 2025 as well)\nSurplus: 9.3 billion euros', '2026-09-08');
    expect(row(rows, 72.4e9)).toMatchObject({ flow: 'export' });
    expect(row(rows, 63.1e9)).toMatchObject({ flow: 'import' });
  });
  it('still runs a long line on into a line that is no labelled figure (guard)', () => {
    const rows = releaseRows('Trade statistics: a release of the customs office of the port city of Tacna, with figures for November 2026 and earlier months\nand exports of copper rose 4.0% to 81.2 million dollars in November 2026.', '2026-12-10');
    expect(row(rows, 81.2e6)).toBeDefined();
  });
  it('does not split a line whose next line opens in lower case (guard)', () => {
    const rows = releaseRows('Exports: 8,835.2 billion yen, with shipments of cars and of semiconductor machinery down from a year earlier by 0.2%\nor so, the ministry said.', '2026-12-17');
    expect(row(rows, 8835.2e9)?.flow).toBe('export');
  });
});

describe('a sentence that opens on the raw series steps out of an adjusted section', () => {
  const lead = 'German exports up 0.8% in January 2026 on the previous month\n\nForeign trade, January 2026 (calendar and seasonally adjusted)\n\nIn January 2026 exports rose by 0.8% on December 2025 after calendar and seasonal adjustment, the statistics office reports.\n\n';
  it('reads "Before adjustment," and the second flow of the sentence', () => {
    const rows = releaseRows(`${lead}Before adjustment, exports fell by 6.3% on January 2025 to 108.0 billion euros, and imports were down 13.0% to 83.0 billion euros.`, '2026-03-07');
    expect(row(rows, 83e9)?.yoy_pct).toBe(-13);
  });
  it('reads "In unadjusted terms,"', () => {
    const rows = releaseRows(`${lead}In unadjusted terms, imports dropped 4.2% to 80.1 billion euros.`, '2026-03-07');
    expect(row(rows, 80.1e9)?.yoy_pct).toBe(-4.2);
  });
  it('reads "Not seasonally adjusted,"', () => {
    const rows = releaseRows(`${lead}Not seasonally adjusted, exports came to 107.5 billion euros, a decline of 2.2%.`, '2026-03-07');
    expect(row(rows, 107.5e9)?.yoy_pct).toBe(-2.2);
  });
  it('reads "Without calendar and seasonal adjustment,"', () => {
    const rows = releaseRows(`${lead}Without calendar and seasonal adjustment, imports grew by 1.7% to 86.4 billion euros.`, '2026-03-07');
    expect(row(rows, 86.4e9)?.yoy_pct).toBe(1.7);
  });
  it('reads "On an unadjusted basis,"', () => {
    const rows = releaseRows(`${lead}On an unadjusted basis, exports were valued at 109.2 billion euros, up 0.5%.`, '2026-03-07');
    expect(row(rows, 109.2e9)?.yoy_pct).toBe(0.5);
  });
  it('keeps the adjusted basis of a sentence that names adjustment later (guard)', () => {
    const rows = releaseRows(`${lead}Imports rose 1.2% to 84.1 billion euros, before any adjustment for the holidays.`, '2026-03-07');
    expect(row(rows, 84.1e9)?.yoy_pct).toBeNull();
  });
  it('keeps a month-on-month release monthly on its raw series (guard)', () => {
    const rows = releaseRows('Statistics Canada said exports rose 0.9% to $53.6 billion in September 2026.\n\nUnadjusted, imports were up 1.4% to $52.0 billion.', '2026-11-05');
    expect(row(rows, 52e9)?.yoy_pct).toBeNull();
  });
});

describe('a sentence with no period of its own goes on with the year-earlier base the sentence before marked', () => {
  const lead = 'The Census Bureau announced today that the goods deficit was $127.8 billion in March 2026, seasonally adjusted.\n\n';
  it('reads "Imports of goods increased 23.4 percent" after "from the same period in 2025"', () => {
    const rows = releaseRows(`${lead}Exports of goods for the first three months of 2026 reached $470.2 billion, an increase of 17.9 percent from the same period in 2025. Imports of goods increased 23.4 percent to $812.6 billion.`, '2026-05-05');
    expect(row(rows, 812.6e9)?.yoy_pct).toBe(23.4);
  });
  it('reads the level first and the change after', () => {
    const rows = releaseRows(`${lead}Year to date, exports were $470.2 billion, 17.9 percent above a year earlier. Imports came to $812.6 billion, a rise of 23.4 percent.`, '2026-05-05');
    expect(row(rows, 812.6e9)?.yoy_pct).toBe(23.4);
  });
  it('reads a fall after a base of "last year"', () => {
    const rows = releaseRows(`${lead}Through March, exports totalled $470.2 billion, down 1.9 percent on the same months of last year. Imports slipped 0.8 percent to $812.6 billion.`, '2026-05-05');
    expect(row(rows, 812.6e9)?.yoy_pct).toBe(-0.8);
  });
  it('reads the balance sentence after a base "year-on-year"', () => {
    const rows = releaseRows(`${lead}In the first quarter of 2026 exports grew 6.1 percent year-on-year to $470.2 billion. Imports advanced 4.0 percent to $812.6 billion.`, '2026-05-05');
    expect(row(rows, 812.6e9)?.yoy_pct).toBe(4);
  });
  it('reads "Purchases from abroad" after a base "than a year before"', () => {
    const rows = releaseRows(`${lead}January-March exports were 3.3 percent higher than a year before, at $470.2 billion. Purchases from abroad rose 5.5 percent to $812.6 billion.`, '2026-05-05');
    expect(row(rows, 812.6e9)?.yoy_pct).toBe(5.5);
  });
  it('does not carry the base into a sentence with a month of its own (guard)', () => {
    const rows = releaseRows(`${lead}Exports of goods for the first three months of 2026 reached $470.2 billion, an increase of 17.9 percent from the same period in 2025. In March, imports of goods increased 2.4 percent to $294.9 billion.`, '2026-05-05');
    expect(row(rows, 294.9e9)?.yoy_pct).toBeNull();
  });
  it('does not carry the base into the next paragraph (guard)', () => {
    const rows = releaseRows(`${lead}Exports of goods for the first three months of 2026 reached $470.2 billion, an increase of 17.9 percent from the same period in 2025.\n\nImports of goods increased 2.4 percent to $294.9 billion.`, '2026-05-05');
    expect(row(rows, 294.9e9)?.yoy_pct).toBeNull();
  });
});

describe("a section headed by an earlier period than the release's ends at the next heading", () => {
  const lead = 'Canadian merchandise trade, September 2026\n\nExports rose 0.9% to $53.6 billion in September 2026, while imports fell 2.6% to $51.7 billion, Statistics Canada said.\n\n';
  it('reads the paragraph after "Revisions to August" and a heading with no period as September', () => {
    const rows = releaseRows(`${lead}Revisions to August\n\nAugust exports were revised to $53.1 billion.\n\nTrade with other countries\n\nExports to the United States rose to $40.2 billion in September.\n\nImports from China were up 4.8% to $7.3 billion.`, '2026-11-05');
    expect(row(rows, 7.3e9)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('reads "Final figures for July" then "By partner"', () => {
    const rows = releaseRows(`${lead}Final figures for July\n\nThe confirmed July export total was $52.2 billion.\n\nBy partner\n\nImports from Mexico reached $3.4 billion.`, '2026-11-05');
    expect(row(rows, 3.4e9)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('reads a heading of the previous month written with its year', () => {
    const rows = releaseRows(`${lead}August 2026 revised\n\nThe August trade balance now stands at a deficit of $0.4 billion.\n\nEnergy products\n\nExports of crude oil climbed 6.1% to $9.8 billion.`, '2026-11-05');
    expect(row(rows, 9.8e9)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('reads the next section in a release on a quarter after a revised quarter', () => {
    const rows = releaseRows('Goods trade, third quarter of 2026\n\nExports rose 2.1% to $160.4 billion in the third quarter of 2026, the statistics bureau said.\n\nSecond quarter revised\n\nSecond-quarter exports were revised to $157.0 billion.\n\nMain markets\n\nExports to Japan came to $12.8 billion.', '2026-11-05');
    expect(row(rows, 12.8e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-09' });
  });
  it('reads "Updates to figures for June" then "Other highlights"', () => {
    const rows = releaseRows(`${lead}Updates to figures for June\n\nJune imports were lowered to $50.9 billion.\n\nOther highlights\n\nExports of aircraft rose 12.0% to $2.6 billion.`, '2026-11-05');
    expect(row(rows, 2.6e9)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it("keeps a heading of the release's own last month over the sections under it (guard)", () => {
    const rows = releaseRows('Trade, January to October 2026\n\nExports rose 4.1% to $512.0 billion in January-October 2026, the bureau said.\n\nOctober 2026 alone\n\nExports in the month were $52.4 billion.\n\nGoods\n\nExports of machinery came to $14.1 billion.', '2026-11-15');
    expect(row(rows, 14.1e9)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('keeps an earlier section going without a heading after it (guard)', () => {
    const rows = releaseRows(`${lead}Revisions to August\n\nAugust exports were revised to $53.1 billion.\n\nImports in that month were revised to $52.9 billion.`, '2026-11-05');
    expect(row(rows, 52.9e9)).toMatchObject({ period_start: '2026-08', period_end: '2026-08' });
  });
});

describe('in a release on rolling three months, the month alone set against the month before is no year-earlier basis', () => {
  const three = 'The goods deficit widened by £1.3 billion to £46.1 billion in the three months to June 2026, compared with the three months to March 2026. Goods imports rose 2.0% to £138.4 billion.';
  it('reads "compared with May 2026" in a paragraph on June alone', () => {
    const rows = releaseRows(`${three}\n\nIn June 2026 alone, goods exports rose 3.4% compared with May 2026, to £31.8 billion.`, '2026-08-11');
    expect(row(rows, 138.4e9)?.yoy_pct).toBeNull();
  });
  it('reads "up 1.1% on April 2026" with May named', () => {
    const rows = releaseRows(`The trade deficit narrowed to £12.0 billion in the three months to May 2026, compared with the three months to February 2026. Exports increased 1.5% to £95.0 billion.\n\nMonthly exports in May 2026 were up 1.1% on April 2026.`, '2026-07-11');
    expect(row(rows, 95e9)?.yoy_pct).toBeNull();
  });
  it('reads "from November 2025" beside "December 2025" across the year end', () => {
    const rows = releaseRows(`The goods balance was a deficit of £45.0 billion in the three months to December 2025, compared with the three months to September 2025. Imports grew 0.8% to £141.0 billion.\n\nDecember 2025 exports fell 2.2% from November 2025.`, '2026-02-11');
    expect(row(rows, 141e9)?.yoy_pct).toBeNull();
  });
  it('reads "than in August 2026" written after the month', () => {
    const rows = releaseRows(`The deficit on goods narrowed in the three months to September 2026, compared with the three months to June 2026. Goods exports were £93.5 billion, up 0.9%.\n\nThe value of goods imports in September 2026 was 1.7% higher than in August 2026.`, '2026-11-11');
    expect(row(rows, 93.5e9)?.yoy_pct).toBeNull();
  });
  it('reads "against March 2026" with the month later in the sentence', () => {
    const rows = releaseRows(`Trade in goods was broadly balanced in the three months to April 2026, compared with the three months to January 2026. Goods exports, however, fell 1.2% to £90.4 billion.\n\nMeasured against March 2026, imports in April 2026 edged up 0.3%.`, '2026-06-11');
    expect(row(rows, 90.4e9)?.yoy_pct).toBeNull();
  });
  it('keeps a base a year before the named month (guard)', () => {
    const rows = releaseRows(`${three}\n\nIn June 2026 alone, goods exports rose 3.4% compared with June 2025, to £31.8 billion.`, '2026-08-11');
    expect(row(rows, 138.4e9)?.yoy_pct).toBe(2);
  });
  it('keeps a month base whose next month the release does not name (guard)', () => {
    const rows = releaseRows(`${three}\n\nExports to China were 5.0% higher than in March 2025.`, '2026-08-11');
    expect(row(rows, 138.4e9)?.yoy_pct).toBe(2);
  });
});
