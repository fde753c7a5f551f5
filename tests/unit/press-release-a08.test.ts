/**
 * Issue 9, part a08: the surface forms real publishers use for scales, months, periods, growth and units (helper
 * robust3, 2026-12-04). Each release is written here in our own words and read in two spellings that mean the same.
 */
import { describe, expect, it } from 'vitest';
import { releaseDate } from '../../functions/core/extract/press-release/dateline.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('"tln" is a trillion, as "bln" is a billion', () => {
  const text = `ASTANA, March 3 -- Kazakhstan's foreign trade turnover reached 14.6 trillion tenge in 2025, up 4.1 percent year on year, the statistics bureau said. Exports made up 8.9 trillion tenge of it.`;

  it('reads the abbreviated scale like the word', () => {
    const long = rows(text, '2026-03-03');
    expect(long.map((r) => r[2])).toEqual([14_600_000_000_000, 8_900_000_000_000]);
    expect(rows(text.replaceAll(' trillion', ' tln'), '2026-03-03')).toEqual(long);
  });
});

describe('a month abbreviation with its full stop inside a sentence', () => {
  const text = `Harbour territory trade, September 2025

The statistics office said today that the value of total exports of goods rose 9.1% over a year earlier in September 2025.

Comparing September 2025 with September 2024, total exports to Asia grew by 12.5%. Exports to Japan rose 8.0%.`;

  it('reads "Sept. 2024" as the base of the comparison, as "September 2024"', () => {
    const full = rows(text, '2025-10-27');
    expect(full.filter((r) => r[6] !== 'World').map((r) => [r[0], r[1], r[4], r[6]])).toEqual([['2025-09', '2025-09', 12.5, 'Asia'], ['2025-09', '2025-09', 8, 'Japan']]);
    expect(rows(text.replaceAll('September', 'Sept.'), '2025-10-27')).toEqual(full);
    expect(rows(text.replaceAll('September', 'Sep.'), '2025-10-27')).toEqual(full);
  });

  it('keeps a day after the abbreviation a day ("by Nov. 25" is no November of 2025)', () => {
    const trains = `HOHHOT, Nov. 28 -- So far this year, 3,010 freight trains had crossed the border at the port by Nov. 25, compared with 2,615 in the same period last year, the customs said.`;
    expect(releaseRows(trains, '2024-11-28').map(levelTuple)).toEqual([
      ['2024-01', '2024-11', 3010, 'trains', null],
      ['2023-01', '2023-11', 2615, 'trains', null],
    ]);
  });
});

describe('a change from an abbreviated month before is month-on-month', () => {
  const text = `China imported 2.31 million tonnes of copper concentrate in October, customs data showed on Friday. That was 4.6% lower than the 2.42 million tonnes in September.

Zinc ore imports rose 12.0% year on year but fell 3.5% from September to 410,000 tonnes in October.`;
  const expected = [
    ['2025-10', '2025-10', 2_310_000, 'tonnes', null],
    ['2025-09', '2025-09', 2_420_000, 'tonnes', null],
    ['2025-10', '2025-10', 410_000, 'tonnes', 12],
  ];

  it.each([['written out', text], ['abbreviated', text.replaceAll('September', 'Sep').replaceAll('October', 'Oct')], ['abbreviated with a full stop', text.replaceAll('September', 'Sept.').replaceAll('October', 'Oct.')]])('reads the months %s', (_, t) => {
    expect(releaseRows(t, '2025-11-07').map(levelTuple)).toEqual(expected);
  });
});

describe("an abbreviated month's possessive dates the amount after it", () => {
  const text = `China shipped 5,120 tonnes of tungsten products abroad in March, data from the customs administration showed. That was 31.5 per cent more than February's 3,893 tonnes.`;

  it.each([['February', text], ['Feb', text.replace("February's", "Feb's")], ['Feb.', text.replace("February's", "Feb.'s")]])('reads "%s\'s 3,893 tonnes" as February\'s level', (_, t) => {
    expect(releaseRows(t, '2025-04-18').map(levelTuple)).toEqual([
      ['2025-03', '2025-03', 5120, 'tonnes', null],
      ['2025-02', '2025-02', 3893, 'tonnes', null],
    ]);
  });
});

describe('"pc" is read like "pct" and "percent" where a share names the whole it is of', () => {
  it.each([['51 percent'], ['51 pct'], ['51 pc'], ['51pc']])('keeps the province as the place of "%s of the foreign trade of Sichuan province"', (share) => {
    const got = rows(`Gansu's imports reached 2.1 billion yuan in the first quarter, or ${share} of the foreign trade of Sichuan province.`, '2023-04-20');
    expect(got.map((r) => [r[2], r[3], r[5]])).toContainEqual([51, 'percent-share', 'Gansu']);
  });
});

describe('a year-on-year mark in brackets right after a change', () => {
  it.each([['y-o-y'], ['(y-o-y)'], ['(year on year)'], ['(YoY)']])('makes a change marked %s right after its percentage year-on-year', (mark) => {
    const got = releaseRows(`Demand abroad meant the country's net steel export rocketed 85.4% ${mark} to 2.61 million tonnes in August, customs figures showed.`, '2025-09-10');
    expect(got.map((r) => [r.value, r.yoy_pct])).toEqual([[2_610_000, 85.4]]);
  });
});

describe('a growth leading into a daily rate with a glued scale is the rate\'s', () => {
  const text = `India's crude oil imports rose 8.2% year on year to 5.02 million b/d in May, tanker tracking and customs data showed.

Measured in tonnes, May arrivals totaled 21.3 million mt, the customs data showed.`;

  it.each([['million', text], ['m', text.replaceAll(' million', 'm')], ['mn', text.replaceAll(' million', 'mn')]])('leaves the tonnes without the rate\'s change (scale "%s")', (_, t) => {
    expect(releaseRows(t, '2025-06-12').map(levelTuple)).toEqual([['2025-05', '2025-05', 21_300_000, 'tonnes', null]]);
  });
});

describe('a quarter or half written as a code, then "this year" or "last year"', () => {
  it.each([
    ['the first quarter of this year', '2025-01', '2025-03'],
    ['Q1 this year', '2025-01', '2025-03'],
    ['H1 this year', '2025-01', '2025-06'],
    ['Q1-Q3 this year', '2025-01', '2025-09'],
    ['Q4 last year', '2024-10', '2024-12'],
  ])('dates "in %s" as one span', (span, start, end) => {
    const got = releaseRows(`According to customs figures, in ${span}, the port handled 84,000 tonnes of timber imports, up 12.4% year on year.`, '2025-10-20');
    expect(got.map(levelTuple)).toEqual([[start, end, 84_000, 'tonnes', 12.4]]);
  });
});

describe('a dateline of a place and a full date dates a release that comes without one', () => {
  const body = `Ningxia's foreign trade rose 8.3 percent year on year to 12.6 billion yuan in the first quarter, the local customs said.`;

  it.each([['Yinchuan, 18 April 2025 – '], ['Yinchuan, April 18, 2025 – '], ['YINCHUAN, 18 April 2025 (Agency) -- ']])('reads "%s"', (dateline) => {
    expect(releaseDate(dateline + body, dateline + body)).toMatchObject({ date: '2025-04-18', rule: 'dateline of a place and a full date' });
  });

  it('does not take a date inside the first sentence for a dateline', () => {
    expect(releaseDate(body, `Exports through Yinchuan, 18 April 2025 figures show – ${body}`)).toBeNull();
  });
});

describe('days of the month abbreviated with a full stop are the figure\'s own month, not a base', () => {
  const text = `Taiwan's total outbound shipments reached $21.4 billion from Oct. 1 to 20, down 3.6% from $22.2 billion a year earlier, the finance ministry said.`;

  it.each([['dated', '2024-10-21'], ['undated', '']])('keeps the year-on-year change (%s)', (_, published) => {
    expect(releaseRows(text, published).map((r) => [r.value, r.yoy_pct])).toEqual(published ? [[21_400_000_000, -3.6], [22_200_000_000, null]] : [[21_400_000_000, -3.6]]);
  });
});

describe('"Chinese yuan" is the yuan', () => {
  const text = `Jilin's foreign trade reached 58.3 billion yuan in the first half of 2025, up 6.1 percent year on year, the provincial customs said.`;

  it.each([['yuan'], ['Chinese yuan'], ['Chinese renminbi']])('reads "58.3 billion %s" as CNY', (name) => {
    expect(releaseRows(text.replace(' yuan', ` ${name}`), '2025-07-20').map(levelTuple)).toEqual([['2025-01', '2025-06', 58_300_000_000, 'CNY', 6.1]]);
  });
});

describe('a quarter code with its number first, then "this year"', () => {
  it.each([['1Q this year', '2025-01', '2025-03'], ['1Q 2024', '2024-01', '2024-03']])('dates "in %s" as one quarter', (span, start, end) => {
    const got = releaseRows(`According to customs figures, in ${span}, the port handled 84,000 tonnes of timber imports, up 12.4% year on year.`, '2025-10-20');
    expect(got.map(levelTuple)).toEqual([[start, end, 84_000, 'tonnes', 12.4]]);
  });
});
