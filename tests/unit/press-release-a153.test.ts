/**
 * Rules of the fixing round for b272 (periods and areas): provincial and city statistical communiques and economic reviews.
 * Each phenomenon in several frames of our own; texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('an opening sentence on the economy at large dates the trade figures no sentence dates otherwise', () => {
  it('reads "in the first half of the year" of a GDP sentence for the trade paragraph after it', () => {
    const rows = releaseRows('Hunan trade review\n\nCHANGSHA, July 20 -- Hunan Province kept a steady course in the first half of the year, its gross regional product reaching 2,510.3 billion yuan, up 4.9% year-on-year.\n\nForeign trade realized a total import and export volume of 305.6 billion yuan, an increase of 6.2%.', '2026-07-20');
    expect(row(rows, 305.6e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('reads "in 2025" written after the subject of a communique\'s GDP sentence', () => {
    const rows = releaseRows('Communique of Jiangxi\n\nThe gross domestic product of the whole province in 2025 was 3,488.1 billion yuan, up 5.0 percent at comparable prices.\n\nThe value of goods imported and exported stood at 582.4 billion yuan, a rise of 3.3 percent.', '2026-03-10');
    expect(row(rows, 582.4e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads a quarter after investment and grain figures, for a bare "Exports" sentence', () => {
    const rows = releaseRows('Guizhou review\n\nFixed-asset investment in Guizhou fell 3.1 percent in the first quarter, while grain output was stable.\n\nExports came to 14.9 billion yuan, climbing 8.7 percent.', '2026-04-22');
    expect(row(rows, 14.9e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads the first three quarters of a city review for a later sentence of imports', () => {
    const rows = releaseRows('Ningbo economy\n\nNINGBO, Oct. 24 -- During the first three quarters, the city\'s GDP grew by 5.3 percent to 1,302.6 billion yuan, the municipal statistics bureau said.\n\nImports amounted to 312.5 billion yuan, down 2.1 percent, while exports totalled 701.8 billion yuan.', '2026-10-24');
    expect(row(rows, 312.5e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
    expect(row(rows, 701.8e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
  });
  it('reads a year opening a city page whose trade sentence points back to "the city"', () => {
    const rows = releaseRows('Erenhot reviews its year\n\nIn 2025, Erenhot posted a gross regional product of 14.2 billion yuan, 6.1% more than the year before.\n\nThe city\'s foreign trade turnover was 28.7 billion yuan, an increase of 9.0%.', '2026-02-05');
    expect(row(rows, 28.7e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('does not override a trade sentence\'s own period (guard)', () => {
    const rows = releaseRows('Hunan trade review\n\nCHANGSHA, July 20 -- Hunan Province kept a steady course in the first half of the year, its gross regional product reaching 2,510.3 billion yuan, up 4.9% year-on-year.\n\nIn June alone, foreign trade came to 55.1 billion yuan, up 3.8%.', '2026-07-20');
    expect(row(rows, 55.1e9)).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
  });
  it('does not take a year the opening sentence only compares with (guard)', () => {
    const rows = releaseRows('Review\n\nCompared with 2019, the gross regional product of Gansu grew 21.4 percent.\n\nForeign trade realized a total import and export volume of 49.2 billion yuan, an increase of 2.2%.', '2026-07-20');
    expect(row(rows, 49.2e9)?.period_start).not.toBe('2019-01');
  });
});

describe('"the whole year" as the measure\'s own complement in a communique out by April is the year just ended', () => {
  it('reads "of goods of the whole year"', () => {
    const rows = releaseRows('Communique\n\nThe total import and export volume of goods of the whole year was 211.4 billion yuan, an increase of 4.1% over the previous year.', '2026-03-15');
    expect(row(rows, 211.4e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "the value of exports over the entire year"', () => {
    const rows = releaseRows('Annual bulletin\n\nThe value of exports over the entire year reached 98.6 billion yuan, growing 7.5 percent.', '2026-03-27');
    expect(row(rows, 98.6e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "across the full year" after the figure', () => {
    const rows = releaseRows('Bulletin of the city\n\nImports rose 2.9 percent to 40.3 billion yuan across the full year.', '2026-04-02');
    expect(row(rows, 40.3e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "of the whole year" before the measure in a possessive-free phrasing', () => {
    const rows = releaseRows('Statistical bulletin\n\nForeign trade of the whole year amounted to 67.5 billion yuan, 3.0 percent less than in the previous year.', '2026-03-30');
    expect(row(rows, 67.5e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "Over the whole year," opening the sentence', () => {
    const rows = releaseRows('Bulletin\n\nOver the whole year, the region imported goods worth 12.2 billion yuan, up 1.4 percent.', '2026-03-12');
    expect(row(rows, 12.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('does not read "half of the whole year" as the year (guard)', () => {
    const rows = releaseRows('Bulletin\n\nExports in the fourth quarter came to 30.2 billion yuan, almost half of the whole year total.', '2026-03-01');
    expect(row(rows, 30.2e9)).toMatchObject({ period_start: '2025-10', period_end: '2025-12' });
  });
  it('does not read "of the whole year" in a release out after April (guard)', () => {
    const rows = releaseRows('Bulletin\n\nThe import and export value of the whole year is expected to reach 500 billion yuan.', '2026-09-01');
    expect(row(rows, 500e9)?.period_start ?? '').not.toBe('2025-01');
  });
});

describe('a year modifying the economy a review reports on dates the review', () => {
  const body = '\n\nProvincial Bureau of Statistics\n\nVII. Foreign Economy\n\nThe total import and export volume of goods was 759.3 billion yuan, an increase of 5.8%.';
  it('reads "on the 2025 National Economic and Social Development"', () => {
    const rows = releaseRows(`Statistical Communique of Shaanxi Province on the 2025 National Economic and Social Development${body}`, '2026-03-20');
    expect(row(rows, 759.3e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "reviews 2024 economic performance"', () => {
    const rows = releaseRows(`Pingxiang reviews 2024 economic performance${body}`, '2025-02-10');
    expect(row(rows, 759.3e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "2025 statistical bulletin"', () => {
    const rows = releaseRows(`Hainan 2025 statistical bulletin released${body}`, '2026-03-20');
    expect(row(rows, 759.3e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "the 2023 municipal economy" in a possessive headline', () => {
    const rows = releaseRows(`A look back at the 2023 municipal economy of Dalian${body}`, '2024-02-10');
    expect(row(rows, 759.3e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "2022 socio-economic development results"', () => {
    const rows = releaseRows(`Qinghai announces its 2022 socio-economic development results${body}`, '2023-02-10');
    expect(row(rows, 759.3e9)).toMatchObject({ period_start: '2022-01', period_end: '2022-12' });
  });
  it('does not read a target\'s year (guard)', () => {
    const rows = releaseRows(`Notes on the 2025 economic targets${body}`, '2026-03-20');
    expect(row(rows, 759.3e9)?.period_start ?? '').toBe('');
  });
  it('does not read the year of a month before the words (guard)', () => {
    const rows = releaseRows(`Statement of March 2025 economic data${body}`, '2026-03-20');
    expect(row(rows, 759.3e9)?.period_start ?? '').not.toBe('2025-01');
  });
});

describe('the province or city an opening review sentence names is the one "the province" or "the city" points to', () => {
  it('reads "from the city" after a city\'s retail sales', () => {
    const rows = releaseRows('Review\n\nWeihai\'s total retail sales of consumer goods rose 4.0 percent in 2025.\n\nExports from the city reached 101.2 billion yuan, up 6.6 percent.', '2026-02-20');
    expect(row(rows, 101.2e9)).toMatchObject({ area: 'Weihai' });
  });
  it('reads "the city\'s" after a city that achieved a GDP', () => {
    const rows = releaseRows('City economy\n\nIn 2024, Manzhouli City achieved a gross regional product of 17.26 billion yuan, an increase of 5.4 percent.\n\nThe city\'s total foreign trade import and export value was 41.37 billion yuan, an increase of 5.2%.', '2025-02-12');
    expect(row(rows, 41.37e9)).toMatchObject({ area: 'Manzhouli' });
  });
  it('reads "the whole region" after a region named with its retail sales', () => {
    const rows = releaseRows('Review\n\nRetail sales of consumer goods in Ningxia rose 4.8 percent in the first three quarters.\n\nThe import and export value of the whole region came to 16.9 billion yuan, up 12.4 percent.', '2026-10-25');
    expect(row(rows, 16.9e9)).toMatchObject({ area: 'Ningxia' });
  });
  it('reads "the city\'s imports" after a city\'s unemployment and prices', () => {
    const rows = releaseRows('Review\n\nThe urban unemployment rate of Xuzhou held at 5.1 percent in the first half, and the city\'s CPI rose 0.2 percent.\n\nThe city\'s imports grew 3.3 percent to 30.1 billion yuan.', '2026-07-20');
    expect(row(rows, 30.1e9)).toMatchObject({ area: 'Xuzhou' });
  });
  it('reads "the whole region" after an autonomous region\'s GDP', () => {
    const rows = releaseRows('Review\n\nIn 2025 the gross regional product of Inner Mongolia grew by 5.3 percent to 2,615.6 billion yuan.\n\nThe value of imports and exports of the whole region reached 218.4 billion yuan.', '2026-03-02');
    expect(row(rows, 218.4e9)).toMatchObject({ area: 'Inner Mongolia' });
  });
  it('reads "the city" after a CPI sentence on a city', () => {
    const rows = releaseRows('Quarterly review\n\nThe consumer price index of Qingdao rose 0.6 percent in the first quarter.\n\nImports and exports of the city stood at 210.4 billion yuan, a decrease of 1.5 percent.', '2026-04-25');
    expect(row(rows, 210.4e9)).toMatchObject({ area: 'Qingdao' });
  });
  it('does not take a partner country named in the opening sentence (guard)', () => {
    const rows = releaseRows('Review\n\nThe consumer price index of Qingdao rose 0.6 percent in the first quarter, while investment from South Korea grew 12 percent.\n\nThe country\'s exports stood at 210.4 billion yuan.', '2026-04-25');
    expect(row(rows, 210.4e9)?.area).not.toBe('South Korea');
  });
  it('does not change "the city" once a trade figure has led (guard)', () => {
    const rows = releaseRows('Review\n\nFoshan\'s imports and exports reached 90.1 billion yuan in the first quarter.\n\nThe consumer price index of Jiangmen rose 0.6 percent.\n\nThe city\'s exports stood at 60.4 billion yuan.', '2026-04-25');
    expect(row(rows, 60.4e9)?.area).not.toBe('Jiangmen');
  });
});

describe('a city sized as its part of the provincial or regional whole is an aside; the next sentence is the province\'s again', () => {
  const lead = 'Henan review\n\nZHENGZHOU, Jan. 19 -- Henan\'s import and export of goods realized 852.4 billion yuan in 2022, up 4.4 percent.';
  const next = ' Trade with other RCEP members came to 214.3 billion yuan, up 9.1 percent.';
  it('reads "contributed ... to the provincial total"', () => {
    const rows = releaseRows(`${lead}\n\nZhengzhou contributed 606.9 billion yuan to the provincial total, accounting for 71.2 percent.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Henan' });
  });
  it('reads "a share in the province\'s foreign trade"', () => {
    const rows = releaseRows(`${lead}\n\nLuoyang traded 40.2 billion yuan, a 4.7 percent share in the province's foreign trade.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Henan' });
  });
  it('reads "within the provincial imports and exports"', () => {
    const rows = releaseRows(`${lead}\n\nZhengzhou's 606.9 billion yuan made it the largest city within the provincial imports and exports.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Henan' });
  });
  it('reads "of the entire provincial turnover"', () => {
    const rows = releaseRows(`${lead}\n\nKaifeng's foreign trade, 9.1 billion yuan, was 1.1 percent of the entire provincial turnover.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Henan' });
  });
  it('reads "of the whole provincial trade"', () => {
    const rows = releaseRows(`${lead}\n\nZhengzhou's trade, at 606.9 billion yuan, made up 71.2 percent of the whole provincial trade.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Henan' });
  });
  it('keeps the city when its part is of the national total (guard)', () => {
    const rows = releaseRows(`${lead}\n\nZhengzhou contributed 606.9 billion yuan, 1.5 percent of the national total.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Zhengzhou' });
  });
  it('keeps the city when the whole is a month\'s (guard)', () => {
    const rows = releaseRows(`${lead}\n\nZhengzhou contributed 60.9 billion yuan to the December total.${next}`, '2023-01-19');
    expect(row(rows, 214.3e9)).toMatchObject({ area: 'Zhengzhou' });
  });
});

describe('"the country" in a relative aside that ranks the province is not whose figure it is', () => {
  const lead = 'Shandong review\n\nJINAN, April 20 -- Shandong province foreign trade reached 648.3 billion yuan in the first quarter, up 39.7 percent.\n\n';
  const areaOf = (text: string, value: number) => row(releaseRows(lead + text, '2021-04-20'), value)?.area;
  it('reads "of which Shandong is the country\'s largest supplier"', () => {
    expect(areaOf('Exports of agricultural products, of which Shandong is the country\'s largest supplier, were 28.4 billion yuan, up 13.3 percent.', 28.4e9)).toBe('Shandong');
  });
  it('reads "where Shandong leads the country by far"', () => {
    expect(areaOf('Garlic, where Shandong leads the country by far, brought in 3.3 billion yuan of exports.', 3.3e9)).toBe('Shandong');
  });
  it('reads "for which Shandong is the nation\'s main source"', () => {
    expect(areaOf('Peanut exports, for which Shandong is the nation\'s main source, totalled 4.4 billion yuan.', 4.4e9)).toBe('Shandong');
  });
  it('reads "whose volume made Shandong the country\'s leader"', () => {
    expect(areaOf('Exports of apples, whose volume made Shandong the country\'s leader, were 2.6 billion yuan, up 8 percent.', 2.6e9)).toBe('Shandong');
  });
  it('reads "whose growth outpaced the country\'s average"', () => {
    expect(areaOf('Chemical exports, whose growth outpaced the country\'s average, climbed to 15.5 billion yuan.', 15.5e9)).toBe('Shandong');
  });
  it('reads "where Shandong has led the country for a decade"', () => {
    expect(areaOf('Ginger sales abroad, where Shandong has led the country for a decade, came to 1.9 billion yuan.', 1.9e9)).toBe('Shandong');
  });
  it('keeps "the country\'s" that opens the subject outside the aside (guard)', () => {
    expect(areaOf('The country\'s own tyre exports, which Shandong dominates, rose to 40.1 billion yuan.', 40.1e9)).toBe('China');
  });
  it('keeps "the port" in a relative aside pointing to the port (guard)', () => {
    const rows = releaseRows('Qingdao Port review\n\nQINGDAO, July 5 -- Qingdao Port handled 13.2 million TEU in the first half, up 7 percent.\n\nSea-rail traffic, which carries boxes between the port and inland cities such as Xi\'an, reached 1.1 million TEU, up 12 percent.', '2026-07-05');
    expect(row(rows, 1.1e6)).toMatchObject({ area: 'Qingdao Port' });
  });
});
