/**
 * Rules widened in the fixing round for b221, b234 and b248 (thirty-seventh session): each phenomenon in several frames of
 * our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);

describe('goods carried "in" from a source or along a route came in', () => {
  it('reads "shipped into the country" as an import, not a sale to it', () => {
    const rows = releaseRows('BEIJING, Nov. 7 -- China\'s foreign trade rose 3 percent in the first ten months. Frozen beef shipped into the country totalled 2.3 million tonnes over the ten months, down 5 percent.');
    expect(row(rows, 2.3e6)?.flow).toBe('import');
  });
  it('reads "carried in by rail from" with the mode between', () => {
    const rows = releaseRows('HOHHOT, Nov. 2 -- Inner Mongolia\'s foreign trade grew 3 percent in the first ten months. Timber carried in by rail from Russia reached 2.6 million cubic metres, worth 5.1 billion yuan.');
    expect(row(rows, 5.1e9)?.flow).toBe('import');
  });
  it('reads "hauled in through" a border crossing in a relative clause', () => {
    const rows = releaseRows('URUMQI, July 12 -- Xinjiang\'s trade climbed 9 percent in the first half. The copper ore, which was hauled in through the Alashankou crossing, came to 880,000 tonnes.');
    expect(row(rows, 880000)?.flow).toBe('import');
  });
  it('reads "ferried into the country" as an import', () => {
    const rows = releaseRows('HAIKOU, Aug. 4 -- Hainan\'s trade rose 11 percent in the first seven months. Seafood ferried into the country amounted to 96,000 tonnes over those months.');
    expect(row(rows, 96000)?.flow).toBe('import');
  });
  it('reads "transported in along" a pipeline as an import', () => {
    const rows = releaseRows('KUNMING, Sept. 6 -- Yunnan\'s foreign trade was up 4 percent in the first eight months. Natural gas transported in along the Myanmar pipeline was valued at 7.4 billion yuan, down 3 percent.');
    expect(row(rows, 7.4e9)?.flow).toBe('import');
  });
  it('reads "flown in from" with an amount before the verb', () => {
    const rows = releaseRows('CHENGDU, June 3 -- Sichuan\'s trade rose 2 percent in the first five months. Some 41,000 tonnes of cherries flown in from Chile arrived at the airport, worth 2.2 billion yuan.');
    expect(row(rows, 2.2e9)?.flow).toBe('import');
  });
  it('does not read "shipped in bulk" (no source after "in") as an import', () => {
    const rows = releaseRows('NANNING, Oct. 9 -- Guangxi\'s foreign trade rose 6 percent in the first nine months. Exports rose 8 percent, and cane sugar shipped in bulk to Vietnam came to 310,000 tonnes.');
    expect(row(rows, 310000)?.flow).not.toBe('import');
  });
  it('does not read "carried in the first half" (a time, no source) as an import', () => {
    const rows = releaseRows('XI\'AN, July 5 -- The hub\'s exports grew 12 percent. Machinery carried in the first half to Central Asia reached 1.2 million tonnes.');
    expect(row(rows, 1.2e6)?.flow).not.toBe('import');
  });
});

describe('a total named by its period and set against a base is the whole trade of both', () => {
  const opening = 'HANGZHOU -- The province\'s imports and exports rose 4.2 percent to 3.9 trillion yuan in 2025. Exports grew 5 percent to 2.8 trillion yuan, 14 percent of the country\'s exports.';
  it('reads "The 2025 total compares with" after an export share', () => {
    const rows = releaseRows(`${opening} The 2025 total compares with 3.74 trillion yuan in 2024.`, '2026-01-20');
    expect(row(rows, 3.74e12)?.flow).toBe('total');
  });
  it('reads "Last year\'s total was set against" a base', () => {
    const rows = releaseRows(`${opening} Last year's total was set against 3.74 trillion yuan a year earlier.`, '2026-01-20');
    expect(row(rows, 3.74e12)?.flow).toBe('total');
  });
  it('reads "the full-year figure compared with" in a subordinate clause', () => {
    const rows = releaseRows(`${opening} Officials noted that the full-year figure compared with 3.74 trillion yuan in 2024.`, '2026-01-20');
    expect(row(rows, 3.74e12)?.flow).toBe('total');
  });
  it('reads "the annual tally stands against" a base', () => {
    const rows = releaseRows(`${opening} By comparison, the annual tally stands against 3.74 trillion yuan in 2024.`, '2026-01-20');
    expect(row(rows, 3.74e12)?.flow).toBe('total');
  });
  it('reads "the first-half total is compared with" a half year earlier', () => {
    const rows = releaseRows('NANJING, July 14 -- Jiangsu\'s trade rose 3 percent to 2.7 trillion yuan in the first half. Imports rose 1 percent to 1.0 trillion yuan. The first-half total is compared with 2.62 trillion yuan a year earlier.', '2026-07-14');
    expect(row(rows, 2.62e12)?.flow).toBe('total');
  });
  it('does not read "the 2025 export total compares with" as total trade', () => {
    const rows = releaseRows(`${opening} The 2025 export total compares with 2.67 trillion yuan in 2024.`, '2026-01-20');
    expect(row(rows, 2.67e12)?.flow).toBe('export');
  });
  it('does not read an unperioded "the export figure compares with" as total trade', () => {
    const rows = releaseRows(`${opening} That export figure compares with 2.67 trillion yuan in 2024.`, '2026-01-20');
    expect(row(rows, 2.67e12)?.flow).toBe('export');
  });
});

describe('"the period" in a figure\'s own clause points back past a month a later clause names', () => {
  const opening = 'ALMATY, Oct. 14 -- Dostyk station handled 14.1 million tonnes of freight in the first three quarters of 2026, up 4 percent year on year.';
  const ytd = { period_start: '2026-01', period_end: '2026-09' };
  it('reads "made 2,480 trips in the period, ..., and 301 ran in September"', () => {
    const rows = releaseRows(`${opening} Container trains made 2,480 trips in the period, a rise of 7.5 percent, and 301 ran in September.`, '2026-10-14');
    expect(row(rows, 2480)).toMatchObject(ytd);
  });
  it('reads "over those months" after the figure, a later clause on one month', () => {
    const rows = releaseRows(`${opening} The crossing cleared 1,950 trains over those months, while September alone saw 240 trains.`, '2026-10-14');
    expect(row(rows, 1950)).toMatchObject(ytd);
  });
  it('reads "during that span" with a "with" clause on the month', () => {
    const rows = releaseRows(`${opening} The station sent 1,130 westbound trains during that span, with 128 trains leaving in September.`, '2026-10-14');
    expect(row(rows, 1130)).toMatchObject(ytd);
  });
  it('reads "for the period" with a passive verb', () => {
    const rows = releaseRows(`${opening} Grain loadings of 2.2 million tonnes were recorded for the period, and 260,000 tonnes were loaded in September.`, '2026-10-14');
    expect(row(rows, 2.2e6)).toMatchObject(ytd);
  });
  it('reads "across the same period" with a growth after', () => {
    const rows = releaseRows(`${opening} Across the same period, the pipeline carried 3.42 million tonnes of oil, up 11 percent, though only 280,000 tonnes moved in September.`, '2026-10-14');
    expect(row(rows, 3.42e6)).toMatchObject(ytd);
  });
  it('reads "Within the period" opening a clause, a "including" aside on the month', () => {
    const rows = releaseRows(`${opening} Within the period the terminal moved 610,000 containers, 9 percent more than a year before, including 72,000 containers in September.`, '2026-10-14');
    expect(row(rows, 610000)).toMatchObject(ytd);
  });
  it('does not move a month\'s figure that stands in its own clause', () => {
    const rows = releaseRows(`${opening} Container trains made 2,480 trips in the period, and 301 trains ran in September.`, '2026-10-14');
    expect(row(rows, 301)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('does not read "in the same period last year" as pointing back', () => {
    const rows = releaseRows(`${opening} The station handled 13.5 million tonnes in the same period last year, and 1.4 million tonnes in September.`, '2026-10-14');
    expect(row(rows, 13.5e6)?.period_start).not.toBe('2026-01');
  });
});

describe('a running total since a bare date that a "when" clause makes the start of a service', () => {
  const opening = 'URUMQI, Dec. 3 -- By the end of November, the border port had handled 4,527 trains this year, up 40.6 percent year on year.';
  const since = (rows: ObservationDraft[], value: number) => [row(rows, value)?.period_start, row(rows, value)?.period_end];
  it('reads "Since March 2016, when the first train crossed ..., the port had seen"', () => {
    const rows = releaseRows(`${opening} Since March 2016, when the first train crossed the border here, the port had seen more than 11,000 such trains.`, '2026-12-03');
    expect(since(rows, 11000)[0]).toBe('2016-03');
  });
  it('reads a passive launch in the "when" clause and a pronoun subject', () => {
    const rows = releaseRows(`${opening} Since May 2019, when the line was launched, it has carried 3.1 million tonnes.`, '2026-12-03');
    expect(since(rows, 3.1e6)[0]).toBe('2019-05');
  });
  it('reads "the month the line was launched" in place of "when"', () => {
    const rows = releaseRows(`${opening} Since May 2019, the month the line was launched, the crossing has carried 3.1 million tonnes.`, '2026-12-03');
    expect(since(rows, 3.1e6)[0]).toBe('2019-05');
  });
  it('reads a maiden service that left for a named city', () => {
    const rows = releaseRows(`${opening} Since June 2021, when its maiden service left for Minsk, the terminal has handled 2,300 trains.`, '2026-12-03');
    expect(since(rows, 2300)[0]).toBe('2021-06');
  });
  it('reads "opened to freight" and a perfect of dispatching', () => {
    const rows = releaseRows(`${opening} Since April 2018, when the corridor opened to freight, the border station has dispatched 5,200 trains.`, '2026-12-03');
    expect(since(rows, 5200)[0]).toBe('2018-04');
  });
  it('reads "entered service" and a value cleared in the past perfect', () => {
    const rows = releaseRows(`${opening} Since October 2017, when the railway entered service, the port had cleared goods worth 84 billion yuan.`, '2026-12-03');
    expect(since(rows, 84e9)[0]).toBe('2017-10');
  });
  it('does not read a simple past after the "when" clause as a running total', () => {
    const rows = releaseRows(`${opening} Since March 2016, when the first train crossed the border here, trade grew 5 percent to 3,000 trains.`, '2026-12-03');
    expect(since(rows, 3000)[0]).not.toBe('2016-03');
  });
  it('does not read a change against a year earlier as a running total', () => {
    const rows = releaseRows(`${opening} Since May 2019 the line has carried 3.1 million tonnes, up 5 percent from a year earlier.`, '2026-12-03');
    expect(since(rows, 3.1e6)[0]).not.toBe('2019-05');
  });
});

describe('an opening base two years back from the release dates no period a year after it', () => {
  const opening = 'Exports rose 12.4 percent year on year in May to 98.2 billion dollars.\n\nThe figures are flattered by the weak months of last year.';
  const yoyOf29 = (rows: ObservationDraft[]) => rows.filter((r) => r.yoy_pct === 29);
  it('reads "Against the first quarter of 2024, ..." in a release of June 2026', () => {
    expect(yoyOf29(releaseRows(`${opening} Against the first quarter of 2024, exports were about 29 percent higher.`, '2026-06-10'))).toEqual([]);
  });
  it('reads "Compared with May 2024" before a change in another verb', () => {
    expect(yoyOf29(releaseRows(`${opening} Compared with May 2024, shipments abroad had climbed 29 percent.`, '2026-06-10'))).toEqual([]);
  });
  it('reads "Set against the second quarter of 2024" with a noun subject', () => {
    expect(yoyOf29(releaseRows(`${opening} Set against the second quarter of 2024, outbound sales were up some 29 percent.`, '2026-06-10'))).toEqual([]);
  });
  it('reads "Relative to the first half of 2023" in a release of early 2026', () => {
    expect(yoyOf29(releaseRows(`Imports grew 3.1 percent in January.\n\nThe base was unusual. Relative to the first half of 2023, imports were 29 percent larger.`, '2026-02-09'))).toEqual([]);
  });
  it('reads "Versus 2023 as a whole" for a year', () => {
    expect(yoyOf29(releaseRows(`${opening} Versus 2023, the year's exports ran 29 percent ahead.`, '2026-06-10'))).toEqual([]);
  });
  it('reads "Measured against March 2024" for one month', () => {
    expect(yoyOf29(releaseRows(`${opening} Measured against March 2024, exports were 29 percent higher.`, '2026-06-10'))).toEqual([]);
  });
  it('keeps a base one year back: "Against the first quarter of 2025" dates the first quarter of 2026', () => {
    const rows = releaseRows(`${opening} Against the first quarter of 2025, exports were about 29 percent higher.`, '2026-06-10');
    expect(yoyOf29(rows).map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-03']]);
  });
  it('keeps an annual base a year back early in the next year', () => {
    const rows = releaseRows('Exports rose 5 percent in 2025.\n\nThe year closed strongly. Compared with 2024, exports were 29 percent higher in value.', '2026-01-14');
    expect(yoyOf29(rows).length).toBeGreaterThan(0);
  });
});
