/**
 * Rules added in the fixing round for b192 (press conferences, briefings and five-year reviews): reviews that span several
 * years. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-02-10'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a82', source_url: 'https://example.org/r/a82', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthRows = (rows: ObservationDraft[]) => rows.filter((r) => r.value === null);

describe('a multiple of a level two or more years back is no year-on-year change', () => {
  it('reads no growth from "N times that of <year>" after a sentence on last year (wire)', () => {
    const rows = rowsOf('BEIJING, Feb. 10 -- The country\'s goods trade reached 45.2 trillion yuan in 2025. Over the period, trade grew steadily, and last year\'s figure was 2.3 times that of 2016, an official said.');
    expect(growthRows(rows)).toEqual([]);
    expect(rows.every((r) => r.yoy_pct !== 230)).toBe(true);
  });
  it('reads none from "N times the level of <year>" after a change in the clause before (agency)', () => {
    const rows = rowsOf('HANGZHOU, Feb. 10 -- The province\'s exports hit 3.9 trillion yuan last year, up 6 percent, and were 2.1 times the level of 2017.');
    expect(rows.every((r) => r.yoy_pct !== 210)).toBe(true);
    expect(row(rows, 3.9e12)?.yoy_pct).toBe(6);
  });
  it('reads none from "N times what it was in <year>" (local outlet)', () => {
    const rows = rowsOf('NANNING, Feb. 10 -- In 2025 the region\'s foreign trade came to 710 billion yuan, up 3.2 percent, which is 2.8 times what it was in 2015.');
    expect(rows.map((r) => r.yoy_pct)).toEqual([3.2]);
  });
  it('keeps the level of the base year in a "when" clause a row of that year without the multiple as its growth (translated English)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- The island province\'s imports and exports reached 301 billion yuan in 2025, up 7 percent, and was 3.2 times that of 2020, when it stood at 93 billion yuan.');
    expect(row(rows, 93e9)).toMatchObject({ period_start: '2020-01', period_end: '2020-12', yoy_pct: null });
  });
  it('reads none from "N times the <year> figure" said of a year stated in the sentence', () => {
    const rows = rowsOf('XI\'AN, Feb. 10 -- Shaanxi\'s trade totalled 420 billion yuan in 2025, up 4 percent year on year and 1.9 times the 2018 figure.');
    expect(rows.map((r) => r.yoy_pct)).toEqual([4]);
  });
  it('still reads "grew 2.1 times" as up 210 percent (near miss)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- The port\'s exports of seafood grew 2.1 times in 2025 to 3.1 billion yuan.');
    expect(row(rows, 3.1e9)?.yoy_pct).toBe(210);
  });
  it('still reads a multiple of the year before\'s level as a year-on-year change (near miss)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- The port handled 4.2 million tonnes of cargo in 2025, 1.3 times the amount in 2024.');
    expect(row(rows, 4.2e6)?.yoy_pct).toBe(30);
  });
});

describe('a change in percent "from" or "over" a year two or more years back is no year-on-year change', () => {
  it('gives no growth to "up N percent from <year>" (wire)', () => {
    const rows = rowsOf('KUNMING, Feb. 10 -- Yunnan\'s trade with ASEAN was 190 billion yuan in 2025, up 180 percent from 2015.');
    expect(row(rows, 190e9)?.yoy_pct).toBeNull();
  });
  it('gives none to "up N% over <year>" before the speaker (agency)', () => {
    const rows = rowsOf('JINAN, Feb. 10 -- Shandong\'s exports were 2.1 trillion yuan in 2025, up 62% over 2021, the provincial customs said.');
    expect(row(rows, 2.1e12)?.yoy_pct).toBeNull();
  });
  it('gives none to "a rise of N per cent over <year>" (local outlet)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- Hainan\'s exports reached 112 billion yuan in 2025, a rise of 45 per cent over 2019.');
    expect(row(rows, 112e9)?.yoy_pct).toBeNull();
  });
  it('gives none to a change "from <year>" before the verb of its level (translated English)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- Hainan\'s exports jumped 45 percent from 2019 to reach 112 billion yuan last year.');
    expect(row(rows, 112e9)?.yoy_pct).toBeNull();
  });
  it('keeps a change over the year before year-on-year (near miss)', () => {
    const rows = rowsOf('ALMATY, Feb. 10 -- Kazakhstan\'s trade with China grew 12.4 percent over 2024 to 43.8 billion U.S. dollars last year.');
    expect(row(rows, 43.8e9)?.yoy_pct).toBe(12.4);
  });
  it('keeps "up N percent from <year>" year-on-year when that year is the one before (near miss)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- Hainan\'s trade reached 301 billion yuan in 2025, up 7.5 percent from 2024.');
    expect(row(rows, 301e9)?.yoy_pct).toBe(7.5);
  });
});

describe('a rate said to hold on average for each year is growth averaged over several years, no row', () => {
  it('reads no growth from "grew by an average of N percent a year" in a quote (interview)', () => {
    const rows = rowsOf('HAIKOU, Feb. 10 -- "Over the past five years, our trade grew by an average of 26 percent a year," he said.');
    expect(rows).toEqual([]);
  });
  it('reads none from "risen N percent a year on average" (wire)', () => {
    const rows = rowsOf('NINGBO, Feb. 10 -- The port\'s exports reached 900 billion yuan in 2025. They have risen 9 percent a year on average since 2020.');
    expect(growthRows(rows)).toEqual([]);
  });
  it('reads none from "at an average of N% per year" (agency)', () => {
    const rows = rowsOf('HEFEI, Feb. 10 -- Anhui\'s trade hit 820 billion yuan last year; during the 14th Five-Year Plan period it expanded at an average of 8.5% per year.');
    expect(growthRows(rows)).toEqual([]);
  });
  it('reads none from "has averaged N per cent annually" (translated English)', () => {
    const rows = rowsOf('LANZHOU, Feb. 10 -- Gansu\'s trade totalled 70 billion yuan last year. Growth has averaged 7.1 per cent annually since 2021.');
    expect(growthRows(rows)).toEqual([]);
  });
  it('reads none from "average yearly growth of N percent" beside a level', () => {
    const rows = rowsOf('LANZHOU, Feb. 10 -- Gansu\'s trade totalled 70 billion yuan last year, with average yearly growth of 6 percent in the five years.');
    expect(row(rows, 70e9)?.yoy_pct).toBeNull();
  });
  it('keeps a year-on-year change beside a national average (near miss)', () => {
    const rows = rowsOf('LANZHOU, Feb. 10 -- Gansu\'s exports grew 6.1 percent year on year to 40 billion yuan last year, above the national average of 4.2 percent.');
    expect(row(rows, 40e9)?.yoy_pct).toBe(6.1);
  });
});

describe('what a speaker hopes a level will come to is an aim, no row', () => {
  it('reads no row from "we hope the port will handle" (Q&A answer)', () => {
    const rows = rowsOf('MANZHOULI, June 12 -- The port handled 6.9 million tonnes in the first five months. We hope the port will handle more than 16 million tonnes for the full year.', '2026-06-12');
    expect(row(rows, 16e6)).toBeUndefined();
    expect(row(rows, 6.9e6)).toBeDefined();
  });
  it('reads none from "is hoping to lift exports to" (local outlet)', () => {
    const rows = rowsOf('GANZHOU, June 12 -- Exports from the city rose 8 percent in the first five months. The city is hoping to lift exports to 50 billion yuan this year.', '2026-06-12');
    expect(row(rows, 50e9)).toBeUndefined();
  });
  it('reads none from "hope that trade ... can reach" (wire)', () => {
    const rows = rowsOf('MOHAN, June 12 -- Officials hope that trade through the railway port can reach 10 billion yuan this year, the report said.', '2026-06-12');
    expect(rows).toEqual([]);
  });
  it('reads none from "we are hoping to see N trains" in a quote', () => {
    const rows = rowsOf('ERENHOT, June 12 -- "We are hoping to see 2,500 China-Europe trains pass through Erenhot this year," the station master said.', '2026-06-12');
    expect(rows).toEqual([]);
  });
  it('reads none from "hopes its imports will double to" (translated English)', () => {
    const rows = rowsOf('DONGXING, June 12 -- The port authority said it hopes its durian imports will double to 80,000 tonnes in 2026.', '2026-06-12');
    expect(rows).toEqual([]);
  });
  it('keeps a result told after a hope that names no level (near miss)', () => {
    const rows = rowsOf('HEIHE, June 12 -- Customs officials said they hoped the growth would continue after exports rose 8 percent to 1.2 billion yuan in May.', '2026-06-12');
    expect(row(rows, 1.2e9)).toMatchObject({ period_start: '2026-05', yoy_pct: 8 });
  });
});

describe('in a list of years each amount keeps the year written right after it', () => {
  it('dates the last amount of "A in 2023 and B in 2024" by 2024 (agency)', () => {
    const rows = rowsOf('ERENHOT, Feb. 10 -- The port handled 18.6 million tonnes in 2023 and 20.4 million tonnes in 2024.');
    expect(row(rows, 20.4e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
    expect(row(rows, 18.6e6)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('dates "and to B last year" after "to A in 2024" by last year (wire)', () => {
    const rows = rowsOf('BEIJING, Feb. 10 -- The country\'s trade climbed to 43.7 trillion yuan in 2024 and to 45.2 trillion yuan last year.');
    expect(row(rows, 45.2e12)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('dates dollar amounts in a list the same way (statistics office, translated English)', () => {
    const rows = rowsOf('TASHKENT, Feb. 10 -- Uzbekistan\'s exports stood at $12.1 billion in 2022 and $13.4 billion in 2023, the ministry said.');
    expect(row(rows, 13.4e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "for 2024" after a unit the same way (port news)', () => {
    const rows = rowsOf('QINGDAO, Feb. 10 -- The port\'s container throughput was 28.8 million TEU in 2023 and 30.9 million TEU for 2024.');
    expect(row(rows, 30.9e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('keeps a record "set in" a year that year\'s, beside the sentence\'s own year (near miss)', () => {
    const rows = rowsOf('QINGDAO, Feb. 10 -- In 2025 the port handled 31.2 million TEU, close to the record 31.5 million TEU set in 2024.');
    expect(row(rows, 31.2e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
});

describe('a total over a stated span of whole years covers the span', () => {
  it('dates "over the five years from 2021 to 2025 ... added up to" by the span (local outlet)', () => {
    const rows = rowsOf('CHONGQING, Jan. 30 -- Over the five years from 2021 to 2025, the city\'s imports and exports added up to 3.79 trillion yuan, an official said.');
    expect(row(rows, 3.79e12)).toMatchObject({ period_start: '2021-01', period_end: '2025-12', yoy_pct: null });
  });
  it('dates a cumulative total after "plan period (2016-2020)" by the bracketed span (agency)', () => {
    const rows = rowsOf('NANNING, Jan. 30 -- During the 13th Five-Year Plan period (2016-2020), the region\'s cumulative trade with ASEAN exceeded 1.2 trillion yuan.');
    expect(row(rows, 1.2e12)).toMatchObject({ period_start: '2016-01', period_end: '2020-12', qualifier: 'more_than' });
  });
  it('dates "between 2019 and 2023 ... a combined" total by the span (wire)', () => {
    const rows = rowsOf('NINGBO, Jan. 30 -- Between 2019 and 2023, the port handled a combined 410 million tonnes of cargo.');
    expect(row(rows, 410e6)).toMatchObject({ period_start: '2019-01', period_end: '2023-12' });
  });
  it('dates "in 2021-25" with a two-digit end year by the span (translated English)', () => {
    const rows = rowsOf('URUMQI, Jan. 30 -- In 2021-25 the crossing cleared 48 million tonnes of goods in all.');
    expect(row(rows, 48e6)).toMatchObject({ period_start: '2021-01', period_end: '2025-12' });
  });
  it('gives no row to a change over the span ("grew 40 percent from 2021 to 2025")', () => {
    const rows = rowsOf('HARBIN, Jan. 30 -- Trade with Russia grew 40 percent from 2021 to 2025.');
    expect(rows).toEqual([]);
  });
  it('keeps "rose from A in 2021 to B in 2025" two rows of their own years (near miss)', () => {
    const rows = rowsOf('HANGZHOU, Jan. 30 -- Zhejiang\'s imports and exports rose from 4.14 trillion yuan in 2021 to 5.52 trillion yuan in 2025.');
    expect(row(rows, 5.52e12)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
    expect(row(rows, 4.14e12)).toMatchObject({ period_start: '2021-01', period_end: '2021-12' });
  });
  it('keeps a fiscal year written "2024-25" a fiscal year (near miss)', () => {
    const rows = rowsOf('NEW DELHI, Jan. 30 -- India\'s merchandise exports in 2024-25 were 437 billion U.S. dollars.');
    expect(row(rows, 437e9)).toMatchObject({ period_start: '2024-04', period_end: '2025-03' });
  });
});

describe('a past year after "by", then a level the subject "had" come to, is that year\'s level', () => {
  it('dates "by 2023 it had reached" by 2023 after a clause on 2021 (quoted official)', () => {
    const rows = rowsOf('HARBIN, Jan. 30 -- "In 2021, our trade with Russia was 123.6 billion yuan; by 2023 it had reached 217.5 billion yuan," she said.');
    expect(row(rows, 217.5e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('dates "By 2024, exports ... had climbed to" by 2024 (agency)', () => {
    const rows = rowsOf('NANNING, Jan. 30 -- The region\'s trade with Vietnam was 190 billion yuan in 2020. By 2024, exports to the country had climbed to 160 billion yuan.');
    expect(row(rows, 160e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('dates "and by 2022 the volume had grown to" by 2022 (local outlet)', () => {
    const rows = rowsOf('KUNMING, Jan. 30 -- The province shipped 1.1 million tonnes of fruit abroad in 2019, and by 2022 the volume had grown to 1.9 million tonnes.');
    expect(row(rows, 1.9e6)).toMatchObject({ period_start: '2022-01', period_end: '2022-12' });
  });
  it('reads no row from a target "by 2027" (near miss)', () => {
    const rows = rowsOf('KUNMING, Jan. 30 -- The province aims to lift trade to 600 billion yuan by 2027.');
    expect(rows).toEqual([]);
  });
});
