/**
 * Rules of the fixing round for b199 (thirty-third session), the second transfer test: rules of rounds a79–a84 widened
 * from the wording they were written from to the family of their phenomenon (issue 9). Texts are our own, written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a88', source_url: 'https://example.org/r/a88', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthOnly = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a verb that sets an amount equal to a part of a whole, after a change, gives a share', () => {
  it('reads "and was worth N percent of the country\'s total" after a change', () => {
    const rows = rowsOf('BEIJING, May 12 -- Trade with Africa reached 812 billion yuan in the first four months, 5.2 percent higher, and was worth 6.3 percent of the country\'s total.');
    expect(row(rows, 6.3)).toMatchObject({ unit: 'percent-share' });
    expect(growthOnly(rows, 6.3)).toBeUndefined();
  });
  it('reads "amounting to N% of all exports" in a wire register', () => {
    const rows = rowsOf('SHANGHAI, May 12 (Wire) - Electric vehicle exports climbed 18% to 96.4 billion yuan in January-April, amounting to 3.1% of all exports.');
    expect(row(rows, 3.1)).toMatchObject({ unit: 'percent-share' });
  });
  it('reads "equalling N percent of the total" after a fall', () => {
    const rows = rowsOf('DALIAN, May 12 -- Soybean arrivals at the port came to 2.6 million tonnes in the four months, down 4 percent and equalling 41 percent of the provincial total.');
    expect(row(rows, 41)).toMatchObject({ unit: 'percent-share' });
  });
  it('reads "the equivalent of N pct of national exports" with pct', () => {
    const rows = rowsOf('NINGBO, May 12 -- The city\'s exports to Russia were 41 bln yuan in January-April, 12 pct higher, the equivalent of 2.2 pct of national exports.');
    expect(row(rows, 2.2)).toMatchObject({ unit: 'percent-share' });
  });
  it('reads "amounted to N per cent of its total imports" in translated English', () => {
    const rows = rowsOf('HANOI, May 12 -- The import of cotton increased by 7.5 per cent to 1.1 billion US dollars in the four months and amounted to 1.4 per cent of its total imports.');
    expect(row(rows, 1.4)).toMatchObject({ unit: 'percent-share' });
  });
  it('leaves "worth N percent more than a year earlier" a change (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Rice imports rose to 1.2 million tonnes in the first four months and were worth 9.5 percent more than a year earlier.');
    expect(rows.find((r) => r.unit === 'percent-share')).toBeUndefined();
  });
  it('leaves "amounting to N percent growth" without a whole no share (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports of ships increased to 88 billion yuan in the first four months, amounting to 14 percent growth.');
    expect(rows.find((r) => r.unit === 'percent-share')).toBeUndefined();
  });
});

describe('a change against the owner\'s level of a year two or more years back is no year-on-year change', () => {
  it('reads "N percent higher than their 2019 level" as no yoy', () => {
    const rows = rowsOf('BEIJING, May 12 -- Cotton imports came to 610,000 tonnes in the first four months, 18 percent higher than their 2019 level.');
    expect(row(rows, 610000)).toMatchObject({ period_start: '2026-01', yoy_pct: null });
  });
  it('reads "up N pct on its pre-pandemic 2019 figure" in a wire register', () => {
    const rows = rowsOf('HANOI, May 12 -- Rubber shipments reached 1.9 billion US dollars in January-April, up 12 pct on its pre-pandemic 2019 figure.');
    expect(row(rows, 1.9e9)).toMatchObject({ period_start: '2026-01', yoy_pct: null });
  });
  it('reads "stood N% below their 2021 total" after an aside', () => {
    const rows = rowsOf('SANTIAGO, May 12 -- Copper exports, worth 14.2 billion dollars in the four months, stood 22% below their 2021 total.');
    expect(row(rows, 14.2e9)).toMatchObject({ period_start: '2026-01', yoy_pct: null });
  });
  it('reads "N percent over their 2023 tally"', () => {
    const rows = rowsOf('TOKYO, May 12 -- The value of car exports, 5.1 trillion yen over January-April, was 9 percent over their 2023 tally, the ministry said.');
    expect(row(rows, 5.1e12)).toMatchObject({ period_start: '2026-01', yoy_pct: null });
  });
  it('reads "N% above its 2019 level" of a value given in an apposition', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports of lithium batteries rose in the first four months. Their value, 84.6 billion yuan, was 61% above its 2019 level.');
    expect(row(rows, 84.6e9)).toMatchObject({ period_start: '2026-01', yoy_pct: null });
  });
  it('keeps a change against its level of the year before year-on-year (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Coal imports fell 6 percent from their 2025 level to 140 million tonnes in the first four months.');
    expect(row(rows, 140e6)).toMatchObject({ yoy_pct: -6 });
  });
  it('leaves a year with no noun of level after it the figure\'s own (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports of tea reached 1.3 billion yuan in 2025, 8 percent above the 2024 level, while the 2025 harvest was small.', '2026-02-10');
    expect(row(rows, 1.3e9)).toMatchObject({ period_start: '2025-01', yoy_pct: 8 });
  });
});

describe('a percentage set against an average is no rate of the amount', () => {
  it('drops "N percent above the monthly average" after a month\'s count', () => {
    const rows = rowsOf('CHONGQING, May 12 -- The hub ran 410 freight trains in April, which was 7 percent above the monthly average for the year.');
    expect(row(rows, 410)?.yoy_pct ?? null).toBeNull();
    expect(growthOnly(rows, 7)).toBeUndefined();
  });
  it('drops "N% higher than the average for the year so far" as a sentence of its own', () => {
    const rows = rowsOf('BEIJING, May 12 -- China shipped 5,100 tonnes of gallium products in April. That was 13% higher than the average for the year so far.');
    expect(row(rows, 5100)?.yoy_pct ?? null).toBeNull();
    expect(growthOnly(rows, 13)).toBeUndefined();
  });
  it('drops "up some N pct on the five-year average" in a wire register', () => {
    const rows = rowsOf('SINGAPORE, May 12 (Wire) - Malaysian exports of palm oil rose to 1.21 mln tonnes in April, up some 6 pct on the five-year average.');
    expect(row(rows, 1.21e6)?.yoy_pct ?? null).toBeNull();
  });
  it('drops "topping the monthly mean by N percent" with the verb before', () => {
    const rows = rowsOf('QINGDAO, May 12 -- Crude arrivals at the port grew in April to 6.3 million tonnes, rising faster and topping the monthly mean by 9 percent.');
    expect(row(rows, 6.3e6)?.yoy_pct ?? null).toBeNull();
    expect(growthOnly(rows, 9)).toBeUndefined();
  });
  it('drops "an increase of N per cent compared with the average of the past three years" in translated English', () => {
    const rows = rowsOf('ASTANA, May 12 -- Grain exports increased to 2.4 million tonnes in January-April, an increase of 15 per cent compared with the average of the past three years.');
    expect(row(rows, 2.4e6)?.yoy_pct ?? null).toBeNull();
  });
  it('keeps a change against a year earlier next to an average (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- China shipped 5,100 tonnes of gallium products in April, up 13% from a year earlier and well above the average.');
    expect(row(rows, 5100)).toMatchObject({ yoy_pct: 13 });
  });
  it('keeps "an average increase" that is no yardstick a change (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports of grapes rose 8 percent to 92,000 tonnes in the first four months, above the average rise of all fruit.');
    expect(row(rows, 92000)).toMatchObject({ yoy_pct: 8 });
  });
});

describe('words of equality with a year-earlier base ("level with", "on a par with", "in line with") are a change of 0', () => {
  it('reads ", at N, were level with a year earlier" in an aside', () => {
    const rows = rowsOf('NANNING, May 12 -- Exports grew 6 percent in the first four months; imports, at 88.4 billion yuan, were level with a year earlier.');
    expect(row(rows, 88.4e9)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "N tonnes in April, customs data showed on Monday, level with the same month a year earlier"', () => {
    const rows = rowsOf('BEIJING, May 12 -- China exported 3,150 tonnes of tungsten products in April, customs data showed on Monday, level with the same month a year earlier.');
    expect(row(rows, 3150)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "on a par with the same period of last year" in an agency register', () => {
    const rows = rowsOf('URUMQI, May 12 -- Trade through the Alashankou port totalled 31.2 billion yuan in the first four months, on a par with the same period of last year.');
    expect(row(rows, 31.2e9)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "remained in line with a year ago" after the level', () => {
    const rows = rowsOf('SEOUL, May 12 -- Shipments of memory chips came to 8.2 billion dollars in April and remained in line with a year ago.');
    expect(row(rows, 8.2e9)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "stood level with the same quarter of 2025" with a year named', () => {
    const rows = rowsOf('JAKARTA, May 12 -- Coal exports of 118 million tonnes in the first quarter stood level with the same quarter of 2025, the ministry said.');
    expect(row(rows, 118e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves "level with 2024" by a bare year unread (guard, b134-01\'s labelling)', () => {
    const rows = rowsOf('BEIJING, Feb. 10 -- Exports to Chile came to 112 billion yuan last year, roughly level with 2024.', '2026-02-10');
    expect(row(rows, 112e9)?.yoy_pct ?? null).toBeNull();
  });
  it('leaves "in line with expectations" no change (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Iron ore imports came to 98 million tonnes in April, in line with expectations.');
    expect(row(rows, 98e6)?.yoy_pct ?? null).toBeNull();
  });
});

describe('shares of trade by the currency it is invoiced, billed or denominated in are no share of a flow', () => {
  const share = (rows: ObservationDraft[]) => rows.find((r) => r.unit === 'percent-share');
  it('drops "Yen-denominated invoices covered N percent of exports" as an opening subject', () => {
    expect(share(rowsOf('TOKYO, May 12 -- Exports rose 3 percent in April to 9.1 trillion yen. Yen-denominated invoices covered 36.2 percent of exports in the first quarter.'))).toBeUndefined();
  });
  it('drops "Exports invoiced in euros made up N% of the total"', () => {
    expect(share(rowsOf('BERLIN, May 12 -- Exports invoiced in euros made up 61% of the total in April, the office said.'))).toBeUndefined();
  });
  it('drops ", with dollar invoicing accounting for N percent" as a trailing clause', () => {
    const rows = rowsOf('SEOUL, May 12 -- Korea\'s exports rose 4 percent in April to 58 billion dollars, with dollar invoicing accounting for 83.1 percent.');
    expect(share(rows)).toBeUndefined();
    expect(row(rows, 58e9)).toMatchObject({ yoy_pct: 4 });
  });
  it('drops "The share of trade billed in national currencies rose to N percent"', () => {
    expect(share(rowsOf('MOSCOW, May 12 -- The share of trade with India billed in national currencies rose to 48 percent in the first four months.'))).toBeUndefined();
  });
  it('drops "N percent of imports were paid for in US dollars" in the passive', () => {
    expect(share(rowsOf('TOKYO, May 12 -- About 58 percent of imports were paid for in US dollars in April, and 22 percent were denominated in yen.'))).toBeUndefined();
  });
  it('keeps a partner\'s share of exports (guard)', () => {
    expect(share(rowsOf('TOKYO, May 12 -- Exports to China made up 18.5 percent of the total in April, the ministry said.'))).toMatchObject({ value: 18.5 });
  });
  it('keeps a share after an amount in dollars that names no billing (guard)', () => {
    expect(share(rowsOf('SEOUL, May 12 -- Chip exports came to 12 billion dollars in April, accounting for 20.7 percent of all exports.'))).toMatchObject({ value: 20.7 });
  });
});
describe('a flow measured in a currency is no billing share (guard of the invoicing rule)', () => {
  it('keeps "dollar-denominated exports fell N%" a change', () => {
    const rows = rowsOf('BEIJING, June 9 -- China\'s dollar-denominated exports fell 3.5% y/y in May to $301.2 bn.', '2026-06-09');
    expect(row(rows, 301.2e9)).toMatchObject({ yoy_pct: -3.5 });
  });
});

describe('a year-end named before a running total\'s launch phrase is the reporting year\'s end', () => {
  it('ends "By the end of the year ... since it opened in <month year>" in December, in a January release', () => {
    const rows = rowsOf('ZHENGZHOU, Jan. 9 -- The hub ran 3,120 trains in 2025. By the end of the year the service had run 21,400 trains since it opened in July 2013.', '2026-01-09');
    expect(row(rows, 21400)).toMatchObject({ period_start: '2013-07', period_end: '2025-12' });
  });
  it('reads "At the close of last year, ... since its launch in <month year>" in a March release', () => {
    const rows = rowsOf('CHENGDU, March 4 -- At the close of last year, the Chengdu line had carried 610,000 TEU since its launch in April 2013.', '2026-03-04');
    expect(row(rows, 610000)).toMatchObject({ period_start: '2013-04', period_end: '2025-12' });
  });
  it('reads a year-end set in commas mid-sentence in a February release', () => {
    const rows = rowsOf('KUNMING, Feb. 2 -- The railway had, by year-end, moved 48 million tonnes of goods since it entered service in December 2021.', '2026-02-02');
    expect(row(rows, 48e6)).toMatchObject({ period_start: '2021-12', period_end: '2025-12' });
  });
  it('reads "As of the end of last year" in a wire register', () => {
    const rows = rowsOf('YIWU, April 8 (Wire) - As of the end of last year the Yiwu-Madrid route had run 4,800 trains since the line was launched in November 2014.', '2026-04-08');
    expect(row(rows, 4800)).toMatchObject({ period_start: '2014-11', period_end: '2025-12' });
  });
  it('reads "Through the end of the year" in translated English', () => {
    const rows = rowsOf('URUMQI, Jan. 15 -- Through the end of the year, the assembly centre has dispatched 9,350 trains in total since it started operating in May 2016.', '2026-01-15');
    expect(row(rows, 9350)).toMatchObject({ period_start: '2016-05', period_end: '2025-12' });
  });
  it('leaves "by the end of the year" in a release later in the year at the publication month (guard)', () => {
    const rows = rowsOf('CHENGDU, Oct. 9 -- By the end of the year the line will have run more trains; it has made 6,200 trips since it opened in April 2013.', '2026-10-09');
    expect(row(rows, 6200)?.period_end).not.toBe('2025-12');
  });
  it('leaves a goal for the year-end alone (guard)', () => {
    const rows = rowsOf('CHENGDU, Jan. 9 -- The operator aims to pass 30,000 trains by the end of the year; it has run 26,100 trains since it opened in April 2013.', '2026-01-09');
    expect(row(rows, 26100)?.period_end).not.toBe('2025-12');
  });
});
