/**
 * Rules of issue 9, part fb: periods and places of the blind batch 105 (helper fix105, 2026-12-04), each written here in
 * our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a city placed by "capital of" a named province, with no article', () => {
  it('keeps the trips the city ran: the capital is the city, not money', () => {
    const got = rows(`Changsha's trains keep rolling

CHANGSHA, Jan. 9 -- Freight trains to Europe from Changsha, capital of Hunan, made 1,072 trips in 2024, the city's rail port said.`, '2025-01-09');
    expect(got.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([['2024-01', 1072, 'trains', 'Changsha']]);
  });

  it('still reads a registered capital of an amount as money that is no trade', () => {
    const got = rows(`Hunan firm registers

CHANGSHA, Jan. 9 -- A trading firm with registered capital of 50 million yuan opened in the city. Hunan's exports reached 12 billion yuan in December 2024.`, '2025-01-09');
    expect(got.map((r) => r[2])).toEqual([12_000_000_000]);
  });
});

describe('a paragraph opened by the lead span\'s last month as its subject', () => {
  it('is an aside: the next paragraph reports the half year again', () => {
    const got = rows(`Guangxi's trade up in first half

NANNING, July 15 -- Guangxi's foreign trade rose 5.2 percent to 340 billion yuan in the first half of 2025, the customs said.

June was the busiest month. Exports climbed 12 percent year on year to 41 billion yuan.

Trade with Vietnam grew 8 percent to 130 billion yuan.`, '2025-07-15');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-01', '2025-06', 340_000_000_000],
      ['2025-06', '2025-06', 41_000_000_000],
      ['2025-01', '2025-06', 130_000_000_000],
    ]);
  });
});

describe('a period that owns a holiday ("last year\'s Spring Festival")', () => {
  it('dates the holiday, not the figure before it', () => {
    const got = rows(`Vietnam's February exports rebound

HANOI, March 6 -- Vietnam's trade rose 12 percent to 60 billion U.S. dollars in February 2025, the statistics office said. Exports jumped 18 percent to 31 billion dollars, a rebound from the low base that last year's Tet holiday left.`, '2025-03-06');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-02', '2025-02', 60_000_000_000],
      ['2025-02', '2025-02', 31_000_000_000],
    ]);
  });
});

describe('"the month\'s" after a year-to-date paragraph in a report on one month', () => {
  it('points back to the reported month, and the next sentences go on with it', () => {
    const got = rows(`Korea's September exports climb

SEOUL, Oct. 1 -- South Korea's exports rose 7 percent year on year to 58 billion U.S. dollars in September, the trade ministry said.

In the first nine months, exports came to 500 billion dollars, up 2 percent.

Chip exports jumped 20 percent to 12 billion dollars, a fifth of the month's shipments. Car exports fell 3 percent to 5 billion dollars.`, '2025-10-01');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-09', '2025-09', 58_000_000_000],
      ['2025-01', '2025-09', 500_000_000_000],
      ['2025-09', '2025-09', 12_000_000_000],
      ['2025-09', '2025-09', 5_000_000_000],
    ]);
  });
});

describe('"this ... hub" before any place of the figures', () => {
  it('is the city of the dateline', () => {
    const got = rows(`Rail link marks five years

XI'AN, March 3 -- Five years after trains first linked this inland logistics hub with Hamburg, the service made 1,350 trips in 2024, its operator said.`, '2025-03-03');
    expect(got.map((r) => [r[2], r[5]])).toEqual([[1350, "Xi'an"]]);
  });
});

describe('a total told so long "after the first train left" on a day', () => {
  it('runs from the month of that first run to the publication month', () => {
    const got = rows(`Line to Warsaw turns five

CHENGDU, June 20 -- Five years after the first freight train left the city for Warsaw on June 2, 2020, the line has made more than 3,100 trips, its operator said.`, '2025-06-20');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2020-06', '2025-06', 3100]]);
  });

  it('leaves a figure with its own year alone when no total is told', () => {
    const got = rows(`Line to Warsaw turns five

CHENGDU, June 20 -- Five years after the first freight train left the city for Warsaw, the line made 640 trips in 2024, its operator said.`, '2025-06-20');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2024-01', '2024-12', 640]]);
  });
});

describe('the year a record was set, then ", when" its figure', () => {
  it('dates the figure the "when" clause gives', () => {
    const got = rows(`Erenhot ore imports hit a high

HOHHOT, Dec. 10 -- Iron ore imports through Erenhot Port reached 5.1 million tonnes in the first 11 months of 2025, customs said. The old high was reached in 2021, when 4.2 million tonnes came in.`, '2025-12-10');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2025-01', '2025-11', 5_100_000],
      ['2021-01', '2021-12', 4_200_000],
    ]);
  });
});

describe('a part "of the half year\'s" trips', () => {
  it('counts the part in the noun after the period, as "of the month\'s" does', () => {
    const got = rows(`Xi'an trains in first half

XI'AN, July 9 -- Freight trains from Xi'an to Europe made 2,900 trips in the first half of 2025. Trains heading west made 1,700 of the half year's trips.`, '2025-07-09');
    expect(got.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2025-01', '2025-06', 2900, 'trains'],
      ['2025-01', '2025-06', 1700, 'trains'],
    ]);
  });
});
