/** Release dates of table pages: printed on the page when it fits, else ingest's date, with the basis recorded. */
import { describe, expect, it } from 'vitest';
import { ReleaseCalendar } from '../../functions/core/contract.js';
import { calendarKindOf, calendarReleaseDate, pageReleaseDate, RELEASE_DATE_RULES, tableReleaseDate } from '../../functions/core/normalize/release-date.js';

describe('release date rules', () => {
  // Generated from each rule's own examples: every example must be read by that rule.
  for (const rule of RELEASE_DATE_RULES) {
    for (const example of rule.examples) {
      it(`${rule.name} reads "${example}"`, () => {
        expect(pageReleaseDate(`<p>${example}</p><table></table>`, '2010-01', '2030-12-31')?.rule).toBe(rule.name);
      });
    }
  }

  it('reads month/day/year as GACC writes it, and a year-first date with dots or dashes', () => {
    expect(pageReleaseDate('Home|Statistics\n08/15/2018\n(7) Imports by Type of Enterprise 1-7.2018', '2018-07', '2018-09-01')).toEqual({ date: '2018-08-15', rule: 'month-day-year' });
    expect(pageReleaseDate('<div>2026.6.22</div><b>(7) Imports, 1-5.2026</b>', '2026-05', '2026-07-01')?.date).toBe('2026-06-22');
  });

  it('skips dates that cannot be the release: before the period ends, after the fetch, or not a calendar day', () => {
    expect(pageReleaseDate('Updated 2025/10/05 for the October table', '2025-10', '2025-12-01')).toBeUndefined();
    expect(pageReleaseDate('Next release 2026/01/15', '2025-11', '2025-12-20')).toBeUndefined();
    expect(pageReleaseDate('2025/02/30', '2025-01', '2025-12-31')).toBeUndefined();
    expect(pageReleaseDate('Since 2014, duty-free goods are included.', '2025-01', '2025-12-31')).toBeUndefined();
  });

  it('only looks at the header: a date deep in the notes is not the release date', () => {
    expect(pageReleaseDate(`<h1>(5) Imports and Exports, 10.2025</h1>${'<td>1,234</td>'.repeat(200)}<p>Revised on 12/01/2025</p>`, '2025-10', '2026-01-01')).toBeUndefined();
  });

  const calendar = ReleaseCalendar.parse({
    timezone: 'Asia/Shanghai',
    releases: [
      { kind: 'preliminary', title: 'preliminary release', dates: ['2025-11-07', '2025-12-08'] },
      { kind: 'monthly-bulletin', title: 'monthly bulletin', dates: ['2025-10-20', '2025-11-20', '2025-12-20'] },
    ],
  });

  it("without a date on the page, takes the day the calendar announced for the page's release kind after its period", () => {
    const fetched = { published: '2026-02-01', fetched_at: '2026-01-31T17:30:00.000Z' }; // a backfill, long after
    expect(tableReleaseDate('<div>Statistics | Monthly Bulletin</div>', '2025-10', fetched, calendar)).toEqual({ published: '2025-11-20', published_from: 'calendar' });
    expect(tableReleaseDate('<div>Statistics | Preliminary Release</div>', '2025-10', fetched, calendar)).toEqual({ published: '2025-11-07', published_from: 'calendar' });
    expect(tableReleaseDate('<p>no kind named</p>', '2025-11', { ...fetched, title: 'Monthly bulletin: customs regime' }, calendar).published).toBe('2025-12-20');
    expect(tableReleaseDate('<div>Statistics | Preliminary Release</div>', '2025-10', { ...fetched, published: '2025-12-01' }, calendar)).toMatchObject({ published_from: 'calendar' });
  });

  it('never guesses the kind, and a page fetched before its announced day keeps ingest\'s date', () => {
    expect(calendarKindOf(calendar, '<p>Statistics</p>')).toBeUndefined();
    expect(calendarKindOf(calendar, '<p>Preliminary release and monthly bulletin</p>')).toBeUndefined();
    const early = { published: '2025-11-19', fetched_at: '2025-11-19T02:00:00.000Z' };
    expect(tableReleaseDate('<div>Monthly Bulletin</div>', '2025-10', early, calendar)).toEqual({ published: '2025-11-19', published_from: 'ingest' });
    // The fetch day is the calendar's zone's: 17:30 UTC on the 19th is already the 20th in Shanghai, 15:30 UTC is not.
    expect(calendarReleaseDate(calendar, '2025-10', '2025-11-19T17:30:00.000Z', 'Monthly Bulletin')).toBe('2025-11-20');
    expect(calendarReleaseDate(calendar, '2025-10', '2025-11-19T15:30:00.000Z', 'Monthly Bulletin')).toBeUndefined();
  });

  it("falls back to ingest's date and says so", () => {
    const release = { published: '2025-11-21', fetched_at: '2025-11-22T03:00:00.000Z' };
    expect(tableReleaseDate('<div>11/20/2025</div>', '2025-10', release)).toEqual({ published: '2025-11-20', published_from: 'page' });
    expect(tableReleaseDate('<div>no date here</div>', '2025-10', release)).toEqual({ published: '2025-11-21', published_from: 'ingest' });
  });
});
