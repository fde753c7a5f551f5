/**
 * Issue 9, twenty-fifth session: causes found on blind batch 135 (year-end and half-year reviews that walk
 * through several years). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('an amount followed by a comparative that closes its clause is a change, not a level', () => {
  it('drops "N yuan larger." after a base several years back', () => {
    const rows = releaseRows('FUZHOU, Jan. 21 -- Fujian\'s foreign trade came to 2.05 trillion yuan last year, up 3.3 percent. Against 2019, the province\'s yearly trade was 0.71 trillion yuan bigger.', '2026-01-21');
    expect(rows.map((r) => r.value)).toEqual([2050000000000]);
  });
  it('drops "N dollars higher year on year"', () => {
    const rows = releaseRows('LIMA, Feb. 12 -- Peru\'s exports reached 78.4 billion dollars in 2025, up 8 percent. Copper shipments were 2.2 billion dollars higher year on year, the trade ministry said.', '2026-02-12');
    expect(rows.map((r) => r.value)).toEqual([78400000000]);
  });
  it('keeps a level set off by a comma before a comparative (guard)', () => {
    const rows = releaseRows('LIMA, Feb. 12 -- Peru\'s exports reached 78.4 billion dollars in 2025, up 8 percent. Copper shipments totalled 22.1 billion dollars, larger than any other product.', '2026-02-12');
    expect(rows.map((r) => r.value)).toEqual([78400000000, 22100000000]);
  });
});

describe('a bare year after "compared with" is a base weighed by its year', () => {
  const lead = 'BISHKEK, Jan. 28 -- Kyrgyzstan\'s foreign trade came to 14.2 billion dollars in 2025, up 6 percent.';
  it('drops growth against a year four years back that opens the sentence', () => {
    const rows = releaseRows(`${lead} Compared with 2021, the republic's exports have risen by 48 percent.`, '2026-01-28');
    expect(rows.filter((r) => r.measure === 'growth')).toEqual([]);
  });
  it('drops growth against a year several years back that closes the sentence', () => {
    const rows = releaseRows(`${lead} Exports were 39 per cent higher compared to 2019.`, '2026-01-28');
    expect(rows.filter((r) => r.measure === 'growth')).toEqual([]);
  });
  it('keeps growth against the year before, even in a half-year report (guard)', () => {
    const rows = releaseRows('BISHKEK, July 22 -- Kyrgyzstan\'s foreign trade came to 7.1 billion dollars in the first half of 2026. Exports rose 4.4 percent compared with 2025.', '2026-07-22');
    expect(rows.filter((r) => r.measure === 'growth').map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2026-01', '2026-06', 4.4]]);
  });
});

describe('"a N percent share of" after a change in the same sentence', () => {
  it('reads the percentage before "share" as a share, not a second growth', () => {
    const rows = releaseRows('ASTANA, Feb. 3 -- Kazakhstan\'s foreign trade reached 140.1 billion dollars in 2025. Trade with Russia came to 28.4 billion dollars, up 2.2 percent, which gave Russia a 20.3 percent share of the total.', '2026-02-03');
    expect(rows.filter((r) => r.partner === 'Russia').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[28400000000, 'USD', 2.2], [20.3, 'percent-share', null]]);
  });
  it('still reads "a N percent jump" as growth (guard)', () => {
    const rows = releaseRows('ASTANA, Feb. 3 -- Kazakhstan\'s exports reached 77.4 billion dollars in 2025, up 1.1 percent, and grain sales abroad posted a 12.4 percent jump.', '2026-02-03');
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
});

describe('"and inbound shipments to N" with its verb left out', () => {
  it('reads the amount as imports, not shipments to a place', () => {
    const rows = releaseRows('HANGZHOU, Jan. 19 -- Outbound shipments from Zhejiang came to 3.87 trillion yuan last year, up 6.1 percent, and inbound shipments to 1.41 trillion yuan, up 2.2 percent.', '2026-01-19');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[3870000000000, 'export'], [1410000000000, 'import']]);
  });
  it('still reads shipments to a named place as exports (guard)', () => {
    const rows = releaseRows('HANGZHOU, Jan. 19 -- Zhejiang\'s shipments to Brazil came to 88.2 billion yuan last year, up 6.1 percent.', '2026-01-19');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[88200000000, 'export']]);
  });
});

describe('"the last year of" a span in an aside is no period of its own', () => {
  it('dates the level by the year that opens the sentence', () => {
    const rows = releaseRows('NANJING, Jan. 20 -- Jiangsu\'s foreign trade reached 5.62 trillion yuan in 2025, up 4.1 percent. In 2015, the last year of the 12th plan period, the province\'s trade stood at 3.39 trillion yuan.', '2026-01-20');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2025-01', '2025-12', 5620000000000], ['2015-01', '2015-12', 3390000000000]]);
  });
  it('still reads "last year" as the year before the release (guard)', () => {
    const rows = releaseRows('NANJING, Jan. 20 -- Jiangsu\'s foreign trade reached 5.62 trillion yuan last year, up 4.1 percent.', '2026-01-20');
    expect(rows.map((r) => [r.period_start, r.period_end])).toEqual([['2025-01', '2025-12']]);
  });
});

describe('yearless months in a "when" clause belong to the year the clause hangs on', () => {
  it('dates "since 2022, when it stood at N in the first half" to the first half of 2022', () => {
    const rows = releaseRows('KUNMING, July 16 -- Yunnan\'s foreign trade reached 141.3 billion yuan in the first half of 2026, up 9.2 percent. Half-year trade has grown every year since 2022, when it stood at 87.5 billion yuan in the first six months.', '2026-07-16');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-01', '2026-06', 141300000000], ['2022-01', '2022-06', 87500000000]]);
  });
  it('keeps the release\'s own months when no "when" clause links them to an earlier year (guard)', () => {
    const rows = releaseRows('KUNMING, July 16 -- Yunnan\'s foreign trade has grown every year since 2022. It stood at 141.3 billion yuan in the first six months, up 9.2 percent.', '2026-07-16');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-01', '2026-06', 141300000000]]);
  });
});

describe('a list of quarters that names the noun once, and "the final quarter"', () => {
  it('dates "in the third" after "in the second quarter" to the third quarter, and "the final quarter" to the fourth', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Vietnam\'s exports reached 457.2 billion USD in 2025. By quarter, exports grew 10.2 percent in the second quarter, 13.1 percent in the third and 14.3 percent in the final quarter.', '2026-01-09');
    expect(rows.filter((r) => r.measure === 'growth').map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2025-04', '2025-06', 10.2], ['2025-07', '2025-09', 13.1], ['2025-10', '2025-12', 14.3]]);
  });
  it('leaves "the third largest" alone (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Vietnam\'s exports grew 10.2 percent in the second quarter of 2025, and Japan was the third largest market.', '2026-01-09');
    expect(rows.map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2025-04', '2025-06', 10.2]]);
  });
});

describe('"in the whole year" in a report out by April is the year just ended', () => {
  it('dates a communique\'s yearless figures to the previous calendar year', () => {
    const rows = releaseRows('Statistical Communique of Gansu Province on the 2025 Economic and Social Development\n\nThe total value of imports and exports in the whole year was 61.4 billion yuan, an increase of 4.4 percent over the previous year.', '2026-03-20');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2025-01', '2025-12', 61400000000, 4.4]]);
  });
  it('leaves "in the whole year" undated later in the year (guard)', () => {
    const rows = releaseRows('The total value of imports and exports in the whole year was 61.4 billion yuan, an increase of 4.4 percent.', '2026-09-20');
    expect(rows.map((r) => r.period_end)).not.toContain('2025-12');
  });
});
