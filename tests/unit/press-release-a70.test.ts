/**
 * Rules added in the fixing round for blind batches b177 and b179 (issue 9): promises of effort, a daily rate restating a
 * level with the goods between them, a fiscal year restated by an apposition, spans closing at a month's end, shipments from
 * the area's own country, and every port of a route told in a long aside. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a70', source_url: 'https://example.org/r/a70', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a promise of effort ("would work to", "vowed to", "will try to") states an aim, not a figure', () => {
  it('sets aside a growth officials "would work to keep" above a mark', () => {
    const rows = rowsOf('ZHENGZHOU, Oct 25 -- The province\'s trade rose 9.2 percent to 586.4 billion yuan in the first three quarters. Officials said they would work to keep full-year growth above 8 percent.', '2026-10-25');
    expect(row(rows, 586.4e9)).toMatchObject({ yoy_pct: 9.2 });
    expect(growth(rows, 8)).toBeUndefined();
  });
  it('sets aside an amount a customs district "vowed to" reach', () => {
    const rows = rowsOf('HEFEI, May 12 -- The city\'s exports grew 6.4 percent to 18.2 billion dollars in the first four months. The customs district vowed to lift exports to 60 billion dollars over the full year.');
    expect(row(rows, 18.2e9)).toBeDefined();
    expect(row(rows, 60e9)).toBeUndefined();
  });
  it('sets aside a pace the city "will do its utmost to keep"', () => {
    const rows = rowsOf('NANCHANG, May 12 -- Foreign trade rose 4.1 percent to 152 billion yuan in the first four months. The city will do its utmost to keep annual trade growth above 6 percent.');
    expect(row(rows, 152e9)).toMatchObject({ yoy_pct: 4.1 });
    expect(growth(rows, 6)).toBeUndefined();
  });
  it('sets aside an amount officials "would try to keep" exports above', () => {
    const rows = rowsOf('NANCHANG, May 12 -- Foreign trade rose 4.1 percent to 152 billion yuan in the first four months. Local officials said they would try to keep exports above 90 billion yuan in the first half.');
    expect(row(rows, 90e9)).toBeUndefined();
  });
  it('sets aside an amount the province "will make every effort to" pass', () => {
    const rows = rowsOf('JINAN, May 12 -- Exports climbed 7 percent to 98.6 billion yuan in April. The province will make every effort to push exports past 1.2 trillion yuan this year.');
    expect(row(rows, 98.6e9)).toBeDefined();
    expect(row(rows, 1.2e12)).toBeUndefined();
  });
  it('keeps a figure after a past "worked to", which tells what was done (guard)', () => {
    const rows = rowsOf('XIAMEN, May 12 -- Customs worked to speed up clearance, and exports rose 7.5 percent to 12 billion yuan in the first quarter.');
    expect(row(rows, 12e9)).toMatchObject({ yoy_pct: 7.5 });
  });
});

describe('a daily rate restating a level, the goods named between them, leaves the change to the level', () => {
  it('gives "N tonnes of crude oil in April, equal to about M barrels per day, down X%" the change', () => {
    const rows = rowsOf('BEIJING, May 12 -- China imported 45.56 million tonnes of crude oil in April, equal to about 11.07 million barrels per day, down 0.6% from a year earlier.');
    expect(row(rows, 45.56e6)).toMatchObject({ yoy_pct: -0.6, period_start: '2026-04' });
  });
  it('reads "of crude from Russia last month, the equivalent of M barrels a day, up X percent" the same way', () => {
    const rows = rowsOf('BEIJING, May 12 -- Arrivals totalled 9.54 million tonnes of crude from Russia last month, the equivalent of 2.32 million barrels a day, up 6.1 percent on the year.');
    expect(row(rows, 9.54e6)).toMatchObject({ yoy_pct: 6.1 });
  });
  it('reads "of oil in April, or roughly M barrels per day, X percent more than a year earlier"', () => {
    const rows = rowsOf('QINGDAO, May 12 -- Refiners in the province took in 3.1 million tonnes of imported oil in April, or roughly 750,000 barrels per day, 4.4 percent more than a year earlier.');
    expect(row(rows, 3.1e6)).toMatchObject({ yoy_pct: 4.4 });
  });
  it('leaves a change of another subject\'s daily rate off the level (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- China imported 45.56 million tonnes of crude oil in April, while refinery runs averaged 14.2 million barrels per day, up 1.5 percent.');
    expect(row(rows, 45.56e6)?.yoy_pct).not.toBe(1.5);
  });
});

describe('a fiscal year restated by an apposition ("the year that ended in March") is that year, no month of its own', () => {
  it('dates the next sentence\'s change by the fiscal year and pairs it with the balance', () => {
    const rows = rowsOf('TOKYO, April 20 -- Japan ran a trade deficit of 2.41 trillion yen in fiscal 2025, the year that ended in March, the ministry said. The shortfall narrowed 46.2 percent from fiscal 2024.', '2026-04-20');
    expect(row(rows, -2.41e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03', yoy_pct: -46.2 });
  });
  it('reads ", the twelve months that ended in March," the same way', () => {
    const rows = rowsOf('TOKYO, April 20 -- Japan\'s exports came to 111.37 trillion yen in fiscal 2025, the twelve months that ended in March, the ministry said. Imports rose 2 percent.', '2026-04-20');
    expect(growth(rows, 2)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('reads "(the year which closed in March)" in brackets', () => {
    const rows = rowsOf('TOKYO, April 20 -- Exports came to 111.37 trillion yen in FY2025 (the year which closed in March), the ministry said. Imports rose 2 percent.', '2026-04-20');
    expect(growth(rows, 2)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('reads ", the year ending in March 2026" with its year', () => {
    const rows = rowsOf('TOKYO, April 20 -- Japan\'s exports came to 111.37 trillion yen in fiscal year 2025, the year ending in March 2026. Imports rose 2 percent.', '2026-04-20');
    expect(growth(rows, 2)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('keeps a month named as the last of a fiscal year that month (guard)', () => {
    const rows = rowsOf('TOKYO, April 20 -- Japan\'s exports rose 6.1 percent to 9.87 trillion yen in March, the last month of fiscal 2025.', '2026-04-20');
    expect(row(rows, 9.87e12)).toMatchObject({ period_start: '2026-03', period_end: '2026-03' });
  });
});

describe('a span from a dated month to the end of a later one runs over both', () => {
  it('reads "From December 2021 to the end of June" as the whole span', () => {
    const rows = rowsOf('KUNMING, July 8 -- From December 2021 to the end of June, the railway ran 21,400 freight trains.', '2025-07-08');
    expect(row(rows, 21400)).toMatchObject({ period_start: '2021-12', period_end: '2025-06' });
  });
  it('reads "Between December 2021 and the end of June" the same way', () => {
    const rows = rowsOf('KUNMING, July 8 -- Between December 2021 and the end of June, the railway ran 21,400 freight trains.', '2025-07-08');
    expect(row(rows, 21400)).toMatchObject({ period_start: '2021-12', period_end: '2025-06' });
  });
  it('reads "from December 2021 to end-June"', () => {
    const rows = rowsOf('KUNMING, July 8 -- In the period from December 2021 to end-June, the railway ran 21,400 freight trains.', '2025-07-08');
    expect(row(rows, 21400)).toMatchObject({ period_start: '2021-12', period_end: '2025-06' });
  });
  it('reads "from March 2019 through the end of June 2025" after the figure', () => {
    const rows = rowsOf('XI\'AN, July 8 -- The line carried 21,400 trains from March 2019 through the end of June 2025.', '2025-07-08');
    expect(row(rows, 21400)).toMatchObject({ period_start: '2019-03', period_end: '2025-06' });
  });
  it('keeps "by the end of June" alone the year to date (guard)', () => {
    const rows = rowsOf('KUNMING, July 8 -- By the end of June, the railway had run 4,260 freight trains this year.', '2025-07-08');
    expect(row(rows, 4260)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
});

describe('shipments "from" the place whose figures a release gives went out', () => {
  it('reads "Coal shipments from Mongolia" in a Mongolian release as exports', () => {
    const rows = rowsOf('ULAANBAATAR, Oct. 28 -- Coal shipments from Mongolia have reached 64.2 million tonnes so far this year, 2.6 percent more than a year earlier.', '2025-10-28');
    expect(row(rows, 64.2e6)).toMatchObject({ area: 'Mongolia', partner: 'World', flow: 'export' });
  });
  it('reads "Wheat deliveries from Kazakhstan" in a Kazakh release as exports', () => {
    const rows = rowsOf('ASTANA, Oct. 28 -- Wheat deliveries from Kazakhstan rose 12 percent to 6.1 million tonnes in the first nine months, the statistics bureau said.', '2025-10-28');
    expect(row(rows, 6.1e6)).toMatchObject({ area: 'Kazakhstan', flow: 'export' });
  });
  it('reads "Supplies from Australia of iron ore" in an Australian release as exports', () => {
    const rows = rowsOf('CANBERRA, Oct. 28 -- Supplies from Australia of iron ore rose 3 percent to 690 million tonnes in 2024-25, the department said.', '2025-10-28');
    expect(row(rows, 690e6)).toMatchObject({ area: 'Australia', flow: 'export' });
  });
  it('keeps shipments from a partner imports in the buyer\'s release (guard)', () => {
    const rows = rowsOf('BEIJING, Oct. 28 -- Coal shipments from Mongolia rose 2.6 percent to 64.2 million tonnes in the first nine months, customs data showed.', '2025-10-28');
    expect(row(rows, 64.2e6)).toMatchObject({ partner: 'Mongolia', flow: 'import' });
  });
  it('keeps deliveries from a partner imports where a region of another country is the area (guard)', () => {
    const rows = rowsOf('VLADIVOSTOK, Oct. 28 -- The Far Eastern Federal District\'s trade with China reached 13.6 billion dollars in the first nine months. Deliveries from China came to 6.7 billion dollars.', '2025-10-28');
    expect(row(rows, 6.7e9)).toMatchObject({ partner: 'China', flow: 'import' });
  });
});

describe('every port of the route part of the goods took, told in a long aside, is scenery', () => {
  const earnings = 'Earnings from coal exports stood at 6.1 billion U.S. dollars over the period, down 22.4 percent.';
  it('carries no port of "most of it by truck through the A and B border crossings" to the next sentence', () => {
    const rows = rowsOf(`ULAANBAATAR, Oct. 28 -- Mongolia's coal exports reached 64.2 million tonnes in the first nine months, up 2.6 percent. China took nearly the whole volume, most of it by truck through the Gashuunsukhait and Shiveekhuren border crossings. ${earnings}`, '2025-10-28');
    expect(row(rows, 6.1e9)?.area).toBe('Mongolia');
  });
  it('nor of "much of it trucked via A, B and C"', () => {
    const rows = rowsOf(`ULAANBAATAR, Oct. 28 -- Mongolia's coal exports reached 64.2 million tonnes in the first nine months, up 2.6 percent. Buyers in China took almost all of it, much of it trucked via Gashuunsukhait, Shiveekhuren and Bichigt. ${earnings}`, '2025-10-28');
    expect(row(rows, 6.1e9)?.area).toBe('Mongolia');
  });
  it('nor of "most of it hauled in rail wagons via the A and B stations"', () => {
    const rows = rowsOf('ALMATY, May 12 -- Kazakhstan\'s exports to China rose 8 percent to 3.1 billion dollars in the first quarter. Grain led the way, most of it hauled in rail wagons via the Dostyk and Altynkol stations. Exports to Uzbekistan grew 5 percent to 1.2 billion dollars.');
    expect(row(rows, 1.2e9)?.area).toBe('Kazakhstan');
  });
  it('nor of "the bulk of it moved by road and rail through the A and B crossings"', () => {
    const rows = rowsOf('URUMQI, May 12 -- Xinjiang\'s exports to Kazakhstan rose 8 percent to 60 billion yuan in the first quarter. Kazakh buyers took the lion\'s share, the bulk of it moved by road and rail through the Horgos and Alashankou crossings. Exports to Kyrgyzstan grew 5 percent to 20 billion yuan.');
    expect(row(rows, 20e9)?.area).toBe('Xinjiang');
  });
  it('keeps ports that are the subject of their own figure a joint area (guard)', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first quarter the Alashankou and Horgos ports handled 9.1 million tonnes of cargo, most of it by rail.');
    expect(row(rows, 9.1e6)?.area).toBe('Alashankou and Horgos ports');
  });
});
