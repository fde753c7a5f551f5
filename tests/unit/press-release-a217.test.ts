/**
 * Fixing round a217 on b298 (press conferences, ministers' speeches, written answers): plain "pounds" of money said by a
 * pound country's minister, a country's traders said to sell, and another country's customs quoted at a briefing.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published = '2026-03-18') => releaseRows(text, published).map((r) => [r.value, r.unit, r.area]);

describe('a scaled amount in plain "pounds" is the reporting pound country\'s money unless the sentence weighs the goods', () => {
  it('reads "British firms sold 392 billion pounds of goods overseas" as sterling', () => {
    expect(rows('Speech by the Trade Secretary, Leeds\n\nLast year British firms sold 392 billion pounds of goods overseas, 2.1 per cent more than in 2024.')).toContainEqual([392e9, 'GBP', 'United Kingdom']);
  });
  it('reads "UK exports of whisky came to 5.4 billion pounds"', () => {
    expect(rows('Written answer, 18 March 2026. UK exports of Scotch whisky came to 5.4 billion pounds in 2025.')).toContainEqual([5.4e9, 'GBP', 'United Kingdom']);
  });
  it('reads "worth 17.8 billion pounds" after the UK is named', () => {
    expect(rows("Briefing, 18 March 2026. The UK's goods trade with India was worth 17.8 billion pounds last year.")).toContainEqual([17.8e9, 'GBP', 'United Kingdom']);
  });
  it('reads "Britain imported cheese worth 610 million pounds"', () => {
    expect(rows('London, 18 March 2026. Britain imported cheese worth 610 million pounds from France in 2025.')).toContainEqual([610e6, 'GBP', 'United Kingdom']);
  });
  it("reads Egypt's pound: \"non-oil exports earned 1.9 trillion pounds\"", () => {
    expect(rows("Cairo, 18 March 2026. Egypt's non-oil exports earned 1.9 trillion pounds in 2025, the minister told the press conference.")).toContainEqual([1.9e12, 'EGP', 'Egypt']);
  });
  it('keeps pounds of shrimp weight where another currency prices them (near miss)', () => {
    expect(rows('GUAYAQUIL, Nov 18 - Ecuador exported 142.6 million pounds of shrimp in October, worth US$ 381.5 million.', '2026-11-18')).toContainEqual([142.6e6, 'pounds', 'Ecuador']);
  });
  it('keeps pounds weight in a sentence on volume (near miss)', () => {
    expect(rows('Written answer, 18 March 2026. UK imports of salmon reached 98 million pounds in 2025, a record volume.').map((r) => r[1])).not.toContain('GBP');
  });
});

describe("a country's adjective before its traders and a verb of selling names the area", () => {
  it('reads "British firms sold"', () => {
    expect(rows('It is good to be in Leeds, a city that makes things. Last year British firms sold 392 billion pounds of goods abroad.')).toContainEqual([392e9, 'GBP', 'United Kingdom']);
  });
  it('reads "Kenyan exporters shipped"', () => {
    expect(rows('Nairobi, 18 March 2026. Last year Kenyan exporters shipped 610,000 tonnes of tea to 60 markets.')).toContainEqual([610000, 'tonnes', 'Kenya']);
  });
  it('reads "German companies have exported goods worth"', () => {
    expect(rows('Speech at the trade fair, 18 March 2026. In 2025 German companies have exported goods worth 1.56 trillion euros.')).toContainEqual([1.56e12, 'EUR', 'Germany']);
  });
  it('reads "Irish food producers earned ... abroad"', () => {
    expect(rows('Minister\'s address, 18 March 2026. In 2025 Irish food producers earned 19 billion euros abroad.')).toContainEqual([19e9, 'EUR', 'Ireland']);
  });
  it('reads "Chilean fruit growers together shipped"', () => {
    expect(rows('Press conference, 18 March 2026. In 2025 Chilean fruit growers together shipped 2.8 million tonnes of fruit.')).toContainEqual([2.8e6, 'tonnes', 'Chile']);
  });
  it('does not make the traders\' country the area when they buy (near miss)', () => {
    expect(rows('Nairobi, 18 March 2026. Kenya exported 610,000 tonnes of tea in 2025; British firms bought much of it.')).toContainEqual([610000, 'tonnes', 'Kenya']);
  });
  it('keeps a partner named by its firms after "to" (near miss)', () => {
    expect(rows('Nairobi, 18 March 2026. Kenya sold 610,000 tonnes of tea in 2025 to British firms.')).toContainEqual([610000, 'tonnes', 'Kenya']);
  });
});

describe("another country's customs quoted at a briefing gives that country's figure", () => {
  const kz = "Astana, 16 May 2026. Kazakhstan's trade turnover in January-March 2026 amounted to 30.6 billion US dollars. ";
  it('reads "Chinese customs give ... for"', () => {
    expect(rows(kz + 'Chinese customs give 11.1 billion dollars for trade with Kazakhstan in January-March.', '2026-05-16')).toContainEqual([11.1e9, 'USD', 'China']);
  });
  it('reads "Russian customs report ..."', () => {
    expect(rows(kz + 'Russian customs report 6.2 billion dollars of trade with Kazakhstan in the quarter.', '2026-05-16')).toContainEqual([6.2e9, 'USD', 'Russia']);
  });
  it('reads "Turkish customs cited ..."', () => {
    expect(rows(kz + 'Turkish customs cited 1.1 billion dollars of trade with Kazakhstan for January-March.', '2026-05-16')).toContainEqual([1.1e9, 'USD', 'Turkey']);
  });
  it('reads "Chinese customs gave ..."', () => {
    expect(rows(kz + 'Chinese customs gave a figure of 11.1 billion dollars for trade with Kazakhstan in January-March.', '2026-05-16')).toContainEqual([11.1e9, 'USD', 'China']);
  });
  it('reads "Uzbek customs quote ..."', () => {
    expect(rows(kz + 'Uzbek customs quote 1.3 billion dollars of trade with Kazakhstan in January-March.', '2026-05-16')).toContainEqual([1.3e9, 'USD', 'Uzbekistan']);
  });
  it("keeps the reporter's own figure the reporter's (near miss)", () => {
    expect(rows(kz + 'Chinese customs give 11.1 billion dollars for trade with Kazakhstan in January-March.', '2026-05-16')).toContainEqual([30.6e9, 'USD', 'Kazakhstan']);
  });
  it('keeps a figure of goods cleared by customs the reporter\'s when no other country is named (near miss)', () => {
    expect(rows(kz + 'Our customs give 11.1 billion dollars for exports in January-March.', '2026-05-16')).toContainEqual([11.1e9, 'USD', 'Kazakhstan']);
  });
});
