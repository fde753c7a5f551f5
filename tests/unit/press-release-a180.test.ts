/**
 * Fixing round for b278 leftovers (transfer test 13, second round; a180): each cause read as a frame of the language, in five
 * phrasings of our own from different sentence frames, and two near misses that must not trigger. Texts are our own,
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => (r ? [r.period_start, r.period_end] : null);

describe('a running total since a month of the year ends where "so far this year" ends (stocks.ts soFarToReportingMonth)', () => {
  // A release on January-October published in November: its own reporting month is October.
  const tenMonths = 'In the first ten months, exports of the city reached 310 billion yuan, up 6 percent. Imports in the first ten months came to 120 billion yuan, up 2 percent.';
  it('reads "Since July, exports have reached N" in a November release on ten months', () => {
    const rows = releaseRows(`JINHUA, Nov. 20 -- ${tenMonths} Since July, e-commerce exports have reached 23.1 billion yuan.`, '2026-11-20');
    expect(span(row(rows, 23.1e9))).toEqual(['2026-07', '2026-10']);
  });
  it('reads "Since March, the corridor has carried N TEUs" in a July release on the first half', () => {
    const rows = releaseRows('CHENGDU, July 8 -- The hub ran 1,210 trains in the first half of 2026, up 5 percent year on year. The trains carried 98,000 TEUs in the first half. Since March, the corridor to Lodz has carried 30,500 TEUs.', '2026-07-08');
    expect(span(row(rows, 30500))).toEqual(['2026-03', '2026-06']);
  });
  it('reads the total before its "since": "the yard has handled N trains since early May"', () => {
    const rows = releaseRows(`XI'AN, Nov. 12 -- ${tenMonths} The new yard has handled 1,150 trains since early May.`, '2026-11-12');
    expect(span(row(rows, 1150))).toEqual(['2026-05', '2026-10']);
  });
  it('reads a past perfect and a verb of totalling, "Since the start of June, its imports had totalled N"', () => {
    const rows = releaseRows(`NANNING, Nov. 15 -- ${tenMonths} Since the start of June, its imports of durian had totalled 4.2 billion yuan.`, '2026-11-15');
    expect(span(row(rows, 4.2e9))).toEqual(['2026-06', '2026-10']);
  });
  it('reads a "when" clause after the month, "Since April, when a new lane opened, the port has cleared N"', () => {
    const rows = releaseRows(`KASHGAR, Nov. 10 -- ${tenMonths} Since April, when a new lane opened, the port has cleared 62,000 tonnes of fruit.`, '2026-11-10');
    expect(span(row(rows, 62000))).toEqual(['2026-04', '2026-10']);
  });
  it('keeps the publication month when the release reports that month itself (near miss)', () => {
    const rows = releaseRows('JINHUA, Nov. 20 -- Since July, e-commerce exports have reached 23.1 billion yuan, the bureau said on Friday.', '2026-11-20');
    expect(span(row(rows, 23.1e9))).toEqual(['2026-07', '2026-11']);
  });
  it('keeps a total since a launch in an earlier year (near miss)', () => {
    const rows = releaseRows(`JINHUA, Nov. 20 -- ${tenMonths} Since March 2021, the line has carried 410,000 TEUs.`, '2026-11-20');
    expect(span(row(rows, 410000))).toEqual(['2021-03', '2026-11']);
  });
});
