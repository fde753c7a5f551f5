/**
 * Release calendars with an injected clock: GACC's announced 2025 calendar (preliminary release,
 * monthly bulletin, online query data, yearbook) drives freshness ("due today", "late by N hours",
 * "next due") and how often ingest asks the source.
 */
import { describe, expect, it } from 'vitest';
import { ReleaseCalendar, SourceConfig, type SnapshotManifest } from '../../functions/core/contract.js';
import { calendarDues, calendarFreshness, freshnessOf, localDay, nextExpectedRelease, nextExpectedReleaseOf, pollDecision, zonedInstant } from '../../functions/core/ingest/calendar.js';
import { buildCatalog } from '../../functions/core/publish/documents.js';

const MONTHS_WITH_RELEASES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** GACC's 2025 calendar as announced: preliminary days vary; bulletin on the 18th, online data on the 20th. */
const gacc2025Input = {
  timezone: 'Asia/Shanghai',
  releases: [
    { kind: 'preliminary', title: 'preliminary release', time: '10:00', dates: ['2025-01-13', '2025-03-07', '2025-04-14', '2025-05-09', '2025-06-09', '2025-07-14', '2025-08-07', '2025-09-08', '2025-10-13', '2025-11-07', '2025-12-08'] },
    { kind: 'monthly-bulletin', time: '10:00', dates: MONTHS_WITH_RELEASES.map((m) => `2025-${m}-18`) },
    { kind: 'online-query', time: '10:00', dates: MONTHS_WITH_RELEASES.map((m) => `2025-${m}-20`) },
    { kind: 'yearbook', time: '10:00', dates: ['2025-09-30'] },
  ],
};
const gacc2025 = ReleaseCalendar.parse(gacc2025Input);

const at = (iso: string) => new Date(iso);
const state = (latest_published?: string, last_polled_at?: string) => ({ source_id: 'gacc', latest_published, last_polled_at });

describe('a release calendar as data', () => {
  it('parses GACC 2025 with defaults: 48 h grace, every 5 min for 4 h from the announced time, daily otherwise', () => {
    expect(gacc2025.grace_hours).toBe(48);
    expect(gacc2025.poll).toEqual({ due_every_minutes: 5, due_for_hours: 4, late_every_minutes: 60, otherwise_every_hours: 24 });
    const dues = calendarDues(gacc2025);
    expect(dues).toHaveLength(11 + 11 + 11 + 1);
    expect(dues.filter((d) => d.date.startsWith('2025-02'))).toEqual([]);
    expect(dues.filter((d) => d.kind === 'monthly-bulletin').map((d) => d.date.slice(8))).toEqual(Array(11).fill('18'));
    // 10:00 in Beijing is 02:00 UTC (no daylight saving in China).
    expect(dues[0]).toEqual({ kind: 'preliminary', title: 'preliminary release', date: '2025-01-13', at: at('2025-01-13T02:00:00Z') });
    expect(dues.find((d) => d.kind === 'yearbook')?.at).toEqual(at('2025-09-30T02:00:00Z'));
  });

  it.each([
    [{ timezone: 'Mars/Olympus', releases: [{ kind: 'preliminary', dates: ['2025-01-13'] }] }, 'timezone', 'IANA time zone'],
    [{ timezone: 'UTC', releases: [{ kind: 'preliminary', dates: ['2025-03-07', '2025-01-13'] }] }, 'releases.0.dates', 'ascending'],
    [{ timezone: 'UTC', releases: [{ kind: 'preliminary', dates: ['2025-02-30x'] }] }, 'releases.0.dates.0', 'YYYY-MM-DD'],
    [{ timezone: 'UTC', releases: [{ kind: 'preliminary', time: '25:00', dates: ['2025-01-13'] }] }, 'releases.0.time', 'HH:MM'],
    [{ timezone: 'UTC', releases: [] }, 'releases', ''],
  ])('rejects a broken calendar and names the field (%#)', (calendar, path, message) => {
    const parsed = SourceConfig.safeParse({ id: 'x1', kind: 'statistical-table', dataset: 'x1', discovery: { type: 'urls', urls: ['https://example.org/t.html'] }, calendar });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path.join('.') === `calendar.${path}`);
    expect(issue, JSON.stringify(parsed.error!.issues)).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it('turns local days and times into instants across daylight-saving changes', () => {
    expect(zonedInstant('2025-01-15', '08:30', 'America/New_York')).toEqual(at('2025-01-15T13:30:00Z'));
    expect(zonedInstant('2025-07-03', '08:30', 'America/New_York')).toEqual(at('2025-07-03T12:30:00Z'));
    expect(zonedInstant('2025-03-30', '11:00', 'Europe/Luxembourg')).toEqual(at('2025-03-30T09:00:00Z'));
    expect(localDay(at('2025-03-06T17:00:00Z'), 'Asia/Shanghai')).toBe('2025-03-07');
  });
});

describe('freshness from the GACC 2025 calendar', () => {
  it('after January data, in February (no release that month): next due is the preliminary release on 7 March', () => {
    expect(calendarFreshness(state('2025-01-20'), gacc2025, at('2025-02-15T00:00:00Z'))).toEqual({
      source_id: 'gacc',
      basis: 'calendar',
      status: 'awaiting',
      last_release: '2025-01-20',
      next_window_start: '2025-03-07',
      next_due_by: '2025-03-07',
      next_due_at: '2025-03-07T02:00:00.000Z',
      next_due_kind: 'preliminary',
      days_overdue: 0,
      summary: 'next due 2025-03-07 10:00 Asia/Shanghai (preliminary: preliminary release)',
    });
  });

  it('on 7 March before 10:00 Beijing time: due today', () => {
    const f = calendarFreshness(state('2025-01-20'), gacc2025, at('2025-03-07T00:30:00Z'))!;
    expect(f).toMatchObject({ status: 'due', summary: 'due today at 10:00 Asia/Shanghai (preliminary: preliminary release)' });
  });

  it('on 7 March at 15:10 Beijing time with nothing new: late by 5 hours; past 48 hours: delayed', () => {
    expect(calendarFreshness(state('2025-01-20'), gacc2025, at('2025-03-07T07:10:00Z'))).toMatchObject({
      status: 'late',
      hours_late: 5,
      days_overdue: 0,
      delayed_after: '2025-03-09',
      next_due_kind: 'monthly-bulletin',
      next_due_at: '2025-03-18T02:00:00.000Z',
      summary: 'late by 5 hours (preliminary: preliminary release was due 2025-03-07 10:00 Asia/Shanghai)',
    });
    expect(calendarFreshness(state('2025-01-20'), gacc2025, at('2025-03-09T03:00:00Z'))).toMatchObject({ status: 'delayed', hours_late: 49, days_overdue: 2 });
  });

  it('once the preliminary release arrived: next due is the monthly bulletin on the 18th, then the online data on the 20th', () => {
    expect(calendarFreshness(state('2025-03-07'), gacc2025, at('2025-03-08T00:00:00Z'))).toMatchObject({ status: 'awaiting', next_due_kind: 'monthly-bulletin', next_due_by: '2025-03-18' });
    expect(calendarFreshness(state('2025-03-18'), gacc2025, at('2025-03-18T05:00:00Z'))).toMatchObject({ status: 'awaiting', next_due_kind: 'online-query', next_due_by: '2025-03-20' });
    expect(calendarFreshness(state('2025-09-20'), gacc2025, at('2025-09-29T20:00:00Z'))).toMatchObject({ status: 'due', next_due_kind: 'yearbook', next_due_by: '2025-09-30' });
  });

  it('before any release was seen, names the next due date without judging', () => {
    expect(calendarFreshness(state(), gacc2025, at('2025-04-01T00:00:00Z'))).toMatchObject({ status: 'unknown', next_due_by: '2025-04-14' });
  });

  it('when the calendar ran out and its last date was met, has nothing to say: the cadence applies', () => {
    expect(calendarFreshness(state('2025-12-20'), gacc2025, at('2026-01-05T00:00:00Z'))).toBeUndefined();
    const source = { calendar: gacc2025, cadence: { every: 'month' as const, day_from: 7, day_to: 20, grace_days: 7 } };
    expect(freshnessOf(source, state('2025-12-20'), at('2026-01-05T00:00:00Z'))).toMatchObject({ status: 'awaiting', next_window_start: '2026-01-07', next_due_by: '2026-01-20' });
    expect(freshnessOf(source, state('2025-12-20'), at('2026-01-05T00:00:00Z')).basis).toBeUndefined();
  });

  it('writes the next expected release into the catalog, the earliest of a dataset\'s calendars after the catalog\'s time', () => {
    const hongKongLike = ReleaseCalendar.parse({ timezone: 'Asia/Hong_Kong', releases: [{ kind: 'monthly', time: '16:30', dates: ['2025-02-27'] }] });
    expect(nextExpectedReleaseOf([gacc2025, hongKongLike], at('2025-02-01T00:00:00Z'))).toMatchObject({ kind: 'monthly', date: '2025-02-27', due_at: '2025-02-27T08:30:00.000Z' });
    expect(nextExpectedReleaseOf([gacc2025, hongKongLike], at('2025-03-01T00:00:00Z'))).toMatchObject({ kind: 'preliminary', date: '2025-03-07' });
    expect(nextExpectedReleaseOf([], at('2025-03-01T00:00:00Z'))).toBeUndefined();
    const manifest = { dataset: 'china-trade', version: 3, row_count: 10, period_start: '2025-01', period_end: '2025-12', created_at: '2025-12-08T03:00:00Z', data_as_of: '2025-12-08', citation: 'c', files: [] } as unknown as SnapshotManifest;
    const catalog = buildCatalog([manifest, { ...manifest, dataset: 'other' }], undefined, manifest.created_at, (d) => (d === 'china-trade' ? nextExpectedReleaseOf([gacc2025], new Date(manifest.created_at)) : undefined)) as { datasets: Array<{ dataset: string; next_release: unknown }> };
    expect(catalog.datasets.map((d) => [d.dataset, d.next_release])).toEqual([
      ['china-trade', { kind: 'monthly-bulletin', date: '2025-12-18', due_at: '2025-12-18T02:00:00.000Z', timezone: 'Asia/Shanghai' }],
      ['other', null],
    ]);
  });

  it('announces the next expected release for the catalog', () => {
    expect(nextExpectedRelease(gacc2025, at('2025-02-01T00:00:00Z'))).toEqual({ kind: 'preliminary', title: 'preliminary release', date: '2025-03-07', due_at: '2025-03-07T02:00:00.000Z', timezone: 'Asia/Shanghai' });
    expect(nextExpectedRelease(gacc2025, at('2025-12-21T00:00:00Z'))).toBeUndefined();
  });
});

describe('polling from the GACC 2025 calendar', () => {
  it('asks every 5 minutes from the announced time on, in slots counted from it (a run a minute early counts)', () => {
    expect(pollDecision(gacc2025, state('2025-01-20', '2025-03-07T01:56:00Z'), at('2025-03-07T02:00:30Z'))).toMatchObject({ poll: true, reason: 'preliminary due 2025-03-07: every 5 min for 4 h' });
    expect(pollDecision(gacc2025, state('2025-01-20', '2025-03-07T02:01:00Z'), at('2025-03-07T02:03:00Z'))).toEqual({ poll: false, reason: 'preliminary due 2025-03-07: every 5 min for 4 h', next_poll_at: '2025-03-07T02:04:00.000Z' });
    expect(pollDecision(gacc2025, state('2025-01-20', '2025-03-07T02:01:00Z'), at('2025-03-07T02:05:10Z')).poll).toBe(true);
  });

  it('keeps asking every 5 minutes in the window even after the release arrived (revisions land the same day)', () => {
    expect(pollDecision(gacc2025, state('2025-03-07', '2025-03-07T03:00:00Z'), at('2025-03-07T03:05:00Z')).poll).toBe(true);
  });

  it('past the window with the release missing: hourly', () => {
    const late = state('2025-01-20', '2025-03-07T07:10:00Z');
    expect(pollDecision(gacc2025, late, at('2025-03-07T07:50:00Z'))).toMatchObject({ poll: false, next_poll_at: '2025-03-07T07:59:00.000Z', reason: 'preliminary due 2025-03-07 not seen yet: every 60 min' });
    expect(pollDecision(gacc2025, late, at('2025-03-07T07:59:00Z')).poll).toBe(true);
  });

  it('between releases: once a day, but never sleeping through the next announced time', () => {
    // Daily slots start at 02:00 UTC, the last announced time of day (a minute early counts).
    expect(pollDecision(gacc2025, state('2025-01-20', '2025-02-15T02:30:00Z'), at('2025-02-15T20:00:00Z'))).toEqual({
      poll: false,
      reason: 'next preliminary due 2025-03-07: every 24 h until then',
      next_poll_at: '2025-02-16T01:59:00.000Z',
    });
    expect(pollDecision(gacc2025, state('2025-01-20', '2025-02-15T02:30:00Z'), at('2025-02-16T01:59:00Z')).poll).toBe(true);
    const weekly = ReleaseCalendar.parse({ ...gacc2025Input, poll: { otherwise_every_hours: 168 } });
    expect(pollDecision(weekly, state('2025-01-20', '2025-03-06T20:00:00Z'), at('2025-03-07T01:30:00Z'))).toMatchObject({ poll: false, next_poll_at: '2025-03-07T02:00:00.000Z' });
    expect(pollDecision(weekly, state('2025-01-20', '2025-03-06T20:00:00Z'), at('2025-03-07T02:00:00Z')).poll).toBe(true);
  });

  it('with otherwise_every_hours 0, asks on every run, around due times too', () => {
    const always = ReleaseCalendar.parse({ ...gacc2025Input, poll: { otherwise_every_hours: 0 } });
    expect(pollDecision(always, state('2025-01-20', '2025-02-15T12:00:00Z'), at('2025-02-15T12:00:05Z')).poll).toBe(true);
    expect(pollDecision(always, state('2025-01-20', '2025-03-07T02:01:00Z'), at('2025-03-07T02:01:05Z')).poll).toBe(true);
    expect(pollDecision(always, state('2025-01-20', '2025-03-07T08:01:00Z'), at('2025-03-07T08:01:05Z')).poll).toBe(true);
  });

  it('asks a source never polled, and one whose calendar ran out, on every run', () => {
    expect(pollDecision(gacc2025, state(), at('2025-02-15T12:00:00Z'))).toMatchObject({ poll: true, reason: expect.stringContaining('never polled') });
    expect(pollDecision(gacc2025, state('2025-12-20', '2026-01-05T00:00:00Z'), at('2026-01-05T00:01:00Z'))).toEqual({ poll: true, reason: 'calendar ends with 2025-12-20: polled every run until it is renewed' });
  });
});
