/**
 * Rules of the fixing round for b268 (trade fairs, expos and promotion events): customs figures standing among a fair's own
 * numbers. Each frame in several sentence frames of our own, with near misses that must keep their reading.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rowOf = (text: string, value: number, published = '2026-09-25') => releaseRows(text, published).find((r) => r.value === value);
const values = (text: string, published = '2026-09-25') => releaseRows(text, published).map((r) => r.value);

describe('the Arab League is a bloc of partners, never an Inner Mongolian league named "Arab"', () => {
  const lead = "YINCHUAN, Sept. 25 -- Ningxia's foreign trade reached 14.8 billion yuan in the first eight months. ";
  it('reads "trade with the 22 member states of the Arab League"', () => {
    expect(rowOf(lead + 'Trade with the 22 member states of the Arab League came to 1.93 billion yuan, up 37.5%.', 1.93e9)).toMatchObject({ area: 'Ningxia', partner: 'Arab League' });
  });
  it('reads "exports to the League of Arab States" by its full name', () => {
    expect(rowOf(lead + 'Exports to the League of Arab States rose 8 percent to 2.1 billion yuan.', 2.1e9)).toMatchObject({ area: 'Ningxia', partner: 'Arab League' });
  });
  it('reads "Arab League members" as the subject buying', () => {
    expect(rowOf(lead + 'Arab League members bought 2.1 billion yuan of its goods, up 8 percent.', 2.1e9)).toMatchObject({ area: 'Ningxia', partner: 'Arab League' });
  });
  it('reads "Arab countries" after "with"', () => {
    expect(rowOf(lead + 'Its trade with Arab countries climbed 12 percent to 3.4 billion yuan.', 3.4e9)).toMatchObject({ area: 'Ningxia', partner: 'Arab League' });
  });
  it('reads the bare "Arab League" in a partner share', () => {
    expect(rowOf(lead + 'The Arab League took 13 percent of the total, or 1.9 billion yuan.', 1.9e9)?.area).toBe('Ningxia');
  });
  it('still reads a league of Inner Mongolia as a place of its own (near miss)', () => {
    expect(rowOf("HOHHOT, Sept. 25 -- Inner Mongolia's foreign trade came to 14.8 billion yuan. The Xilingol League's foreign trade came to 3.2 billion yuan, up 12%.", 3.2e9)?.area).toBe('Xilingol');
  });
  it('keeps Saudi Arabia a country of its own (near miss)', () => {
    expect(rowOf(lead + 'Trade with Saudi Arabia came to 620 million yuan, up 9 percent.', 620e6)).toMatchObject({ area: 'Ningxia', partner: 'Saudi Arabia' });
  });
});

describe('a flow word inside the name of a fair or expo is no flow of the deals counted there', () => {
  it('drops the deals of "the China International Import Expo ... with tentative deals worth"', () => {
    expect(values('SHANGHAI, Nov. 10 -- The China International Import Expo wrapped up with tentative deals worth 80.1 billion U.S. dollars, up 2 percent on last year.', '2026-11-10')).not.toContain(80.1e9);
  });
  it('drops "the Kunming Import and Export Fair closed with intended contracts of"', () => {
    expect(values('KUNMING, Aug. 19 -- The Kunming Import and Export Fair closed with intended contracts of 9.8 billion dollars, organisers said.', '2026-08-19')).not.toContain(9.8e9);
  });
  it('drops "buyers at the Export Commodities Fair came away with deals of"', () => {
    expect(values('GUANGZHOU, May 5 -- Overseas buyers at the Export Commodities Fair came away with deals of 25.4 billion dollars.', '2026-05-05')).not.toContain(25.4e9);
  });
  it('drops "the Import Goods Exhibition ended on Sunday with agreements worth"', () => {
    expect(values('MOSCOW, Dec. 12 -- The Import Goods Exhibition ended on Sunday with agreements worth 1.2 billion dollars.', '2026-12-12')).not.toContain(1.2e9);
  });
  it('drops "the sixth Import Expo ended in Shanghai with intended one-year deals of"', () => {
    expect(values('SHANGHAI, Nov. 10 -- The sixth Import Expo ended in Shanghai with intended one-year deals of 71.1 billion U.S. dollars.', '2026-11-10')).not.toContain(71.1e9);
  });
  it('keeps imports named beside the expo (near miss)', () => {
    expect(rowOf("SHANGHAI, Nov. 10 -- As the Import Expo closed, Shanghai's imports reached 2.14 trillion yuan in the first ten months, up 1.9 percent.", 2.14e12, '2026-11-10')).toMatchObject({ flow: 'import' });
  });
  it('keeps "import and export" of the province before a fair (near miss)', () => {
    expect(rowOf("KUNMING, Aug. 19 -- Yunnan's import and export value was 187.6 billion yuan from January to July, up 10.2 percent, as the fair opened.", 187.6e9, '2026-08-19')).toMatchObject({ flow: 'total' });
  });
});

describe("a fair's or mission's agreements, memorandums and on-site sales are no trade", () => {
  it('drops "agreements worth about 12 billion yuan were expected to be signed"', () => {
    expect(values('HARBIN, May 20 -- Organisers said that agreements worth about 12 billion yuan were expected to be signed over the five days.', '2026-05-20')).not.toContain(12e9);
  });
  it('drops "memorandums worth 3.5 billion US dollars"', () => {
    expect(values('ALMATY, Nov. 22 -- The ministry said memorandums worth 3.5 billion US dollars would be signed during the week.', '2026-11-22')).not.toContain(3.5e9);
  });
  it('drops "visitors signed supply agreements totalling"', () => {
    expect(values('KUNMING, Aug. 19 -- Visitors signed supply agreements totalling 9.8 billion U.S. dollars.', '2026-08-19')).not.toContain(9.8e9);
  });
  it('drops "MoUs worth 400 million dollars with Chinese buyers"', () => {
    expect(values('ALMATY, Nov. 22 -- Kazakh firms signed MoUs worth 400 million dollars with Chinese buyers.', '2026-11-22')).not.toContain(400e6);
  });
  it('drops "sales at the show\'s retail pavilion reached"', () => {
    expect(values('MOSCOW, Dec. 12 -- Sales at the show\'s retail pavilion reached 85 million roubles on the first day.', '2026-12-12')).not.toContain(85e6);
  });
  it('drops "turnover at the four-day fair reached"', () => {
    expect(values('URUMQI, July 1 -- Turnover at the four-day fair reached 2.6 billion yuan, officials said.', '2026-07-01')).not.toContain(2.6e9);
  });
  it('drops "80.1 bln USD in tentative deals" named after the amount', () => {
    expect(values('Expo closes with 80.1 bln USD in tentative deals\n\nSHANGHAI, Nov. 10 -- The city\'s imports rose 1.9 percent to 2.14 trillion yuan in the first ten months.', '2026-11-10')).not.toContain(80.1e9);
  });
  it('drops "1.2 billion dollars of signed contracts"', () => {
    expect(values('ASTANA, Oct. 3 -- The trade mission came home with 1.2 billion dollars of signed contracts, the ministry said.', '2026-10-03')).not.toContain(1.2e9);
  });
  it('keeps tariff savings under a trade agreement as they were read (near miss)', () => {
    expect(values('JINAN, Sept. 9 -- Tariff savings for Shandong exporters under the agreement were estimated at 1.05 billion yuan this year.', '2026-09-09')).not.toContain(1.05e9);
  });
  it('keeps exports under an agreement a trade figure (near miss)', () => {
    expect(rowOf('NANNING, Sept. 9 -- Exports under the agreement rose 6 percent to 3.1 billion yuan in the first eight months.', 3.1e9, '2026-09-09')).toMatchObject({ flow: 'export' });
  });
  it("keeps a country's foreign trade turnover (near miss)", () => {
    expect(rowOf("ALMATY, Oct. 20 -- Kazakhstan's foreign trade turnover came to 84.2 billion dollars in January-September.", 84.2e9, '2026-10-20')).toMatchObject({ flow: 'total' });
  });
});

describe("a partner written as a noun before its owner's trade noun", () => {
  const lead = "HARBIN, May 20 -- Heilongjiang's foreign trade amounted to 88.9 billion yuan in the first four months. ";
  it('reads "the province\'s Russia trade was worth"', () => {
    expect(rowOf(lead + "In April alone, the province's Russia trade was worth 15.7 billion yuan.", 15.7e9, '2026-05-20')).toMatchObject({ area: 'Heilongjiang', partner: 'Russia' });
  });
  it('reads "Heilongjiang\'s Russia trade" with the owner named', () => {
    expect(rowOf(lead + "Heilongjiang's Russia trade slipped 2.3 percent to 60.4 billion yuan.", 60.4e9, '2026-05-20')).toMatchObject({ area: 'Heilongjiang', partner: 'Russia' });
  });
  it('reads "the city\'s ASEAN exports" with a bloc', () => {
    expect(rowOf(lead + "The city's ASEAN exports rose 5 percent to 4.2 billion yuan.", 4.2e9, '2026-05-20')).toMatchObject({ partner: 'ASEAN', flow: 'export' });
  });
  it('reads "its EU sales" after "its"', () => {
    expect(rowOf(lead + 'Its EU sales, meanwhile, reached 3.3 billion yuan.', 3.3e9, '2026-05-20')).toMatchObject({ area: 'Heilongjiang', partner: 'European Union' });
  });
  it('reads "China\'s Russia imports" with a country as owner', () => {
    expect(rowOf("BEIJING, Dec. 12 -- China's Russia imports grew 12.7 percent to 117.9 billion dollars in the first 11 months.", 117.9e9, '2026-12-12')).toMatchObject({ area: 'China', partner: 'Russia', flow: 'import' });
  });
  it('keeps "Russia\'s trade" the area\'s own (near miss)', () => {
    expect(rowOf("MOSCOW, Dec. 12 -- Russia's trade rose 5 percent to 15.7 billion dollars in November.", 15.7e9, '2026-12-12')?.area).toBe('Russia');
  });
  it('keeps "Russia trade" with no owner before it as it was read (near miss)', () => {
    expect(rowOf("HARBIN, May 20 -- Heilongjiang's trade with Russia came to 60.4 billion yuan in the first four months.", 60.4e9, '2026-05-20')).toMatchObject({ area: 'Heilongjiang', partner: 'Russia' });
  });
});

describe('level tuples of the frames stay whole', () => {
  it('reads the tuple of a partner noun row', () => {
    const rows = releaseRows("HARBIN, May 20 -- In April, the province's Russia trade was worth 15.7 billion yuan.", '2026-05-20');
    expect(rows.map(levelTuple)).toContainEqual(['2026-04', '2026-04', 15.7e9, 'CNY', null]);
  });
});
