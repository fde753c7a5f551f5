/**
 * Release calendars: publishers such as GACC announce a year's release days in advance. From a
 * source's calendar and its state this module answers three questions, all pure (the clock is an
 * argument):
 *  - when is the next release due, and is the last one late? (freshness: "due today", "late by
 *    N hours", "next due ...");
 *  - should ingest ask the source now? (often from the announced time on, rarely otherwise);
 *  - what does the catalog announce as the next expected release?
 * A calendar with no date left (not yet renewed for the new year) answers nothing, and the
 * source's cadence rule applies again.
 */
import type { ReleaseCalendar, SourceConfig } from '../contract.js';
import type { SourceState } from '../ports.js';
import { sourceFreshness, type FreshnessStatus, type SourceFreshness } from './freshness.js';

/** One announced release: its kind, its day in the publisher's zone and the instant it is due. */
export interface CalendarDue {
  kind: string;
  title?: string;
  /** YYYY-MM-DD in the calendar's time zone. */
  date: string;
  /** The announced local time as an instant. */
  at: Date;
}

/** Whether to ask a source now, why, and when it will next be worth asking. */
export interface PollDecision {
  poll: boolean;
  reason: string;
  /** Earliest instant at which the next poll is due (ISO); absent when every run polls. */
  next_poll_at?: string;
}

type StateView = Pick<SourceState, 'source_id' | 'last_new_release_at' | 'latest_published' | 'last_polled_at'>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Scheduler jitter: a run a little early for its slot still counts as the slot's run. */
const SLACK_MS = MINUTE_MS;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(instant: Date, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = Object.fromEntries(zoneFormat(timeZone).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { y: parts.year, mo: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
}

/** The day (YYYY-MM-DD) an instant falls on in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  const { y, mo, d } = wallClock(instant, timeZone);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The instant a local day and time (HH:MM) in a zone denote; daylight-saving shifts included. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at a guess, then again at the corrected instant (it differs across a DST change).
  const offsetAt = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - t;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

const duesCache = new WeakMap<ReleaseCalendar, CalendarDue[]>();

/** Every announced release of a calendar, earliest first (computed once per parsed calendar: time-zone arithmetic is not free). */
export function calendarDues(calendar: ReleaseCalendar): CalendarDue[] {
  let dues = duesCache.get(calendar);
  if (!dues) {
    dues = calendar.releases
      .flatMap((r) => r.dates.map((date) => ({ kind: r.kind, title: r.title, date, at: zonedInstant(date, r.time, calendar.timezone) })))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    duesCache.set(calendar, dues);
  }
  return dues.map((d) => ({ ...d, at: new Date(d.at) }));
}

/** The latest release due at or before `now`, and the first one due after it. */
function around(calendar: ReleaseCalendar, now: Date): { last?: CalendarDue; next?: CalendarDue } {
  const dues = calendarDues(calendar);
  const t = now.getTime();
  return { last: dues.filter((d) => d.at.getTime() <= t).at(-1), next: dues.find((d) => d.at.getTime() > t) };
}

/** Whether the source has a release published on or after a due day (the publisher's day). */
function releasedSince(state: StateView, due: CalendarDue): boolean {
  const anchor = state.latest_published ?? state.last_new_release_at?.slice(0, 10);
  return anchor !== undefined && anchor >= due.date;
}

const hhmm = (due: CalendarDue, zone: string) => {
  const { h, mi } = wallClock(due.at, zone);
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
};
const label = (due: CalendarDue) => due.title ? `${due.kind}: ${due.title}` : due.kind;

/**
 * Freshness of a calendar source at `now`, or undefined when the calendar has nothing to say (every
 * date passed and the last one was met: the calendar needs renewing, and the cadence applies).
 */
export function calendarFreshness(state: StateView, calendar: ReleaseCalendar, now: Date): SourceFreshness | undefined {
  const zone = calendar.timezone;
  const { last, next } = around(calendar, now);
  const anchor = state.latest_published ?? state.last_new_release_at?.slice(0, 10);
  const base = { source_id: state.source_id, basis: 'calendar' as const, last_release: anchor, days_overdue: 0 };
  const nextFields = next ? { next_due_at: next.at.toISOString(), next_due_kind: next.kind, next_window_start: next.date, next_due_by: next.date } : {};
  if (last && anchor !== undefined && !releasedSince(state, last)) {
    const hoursLate = Math.floor((now.getTime() - last.at.getTime()) / HOUR_MS);
    const delayed = now.getTime() - last.at.getTime() > calendar.grace_hours * HOUR_MS;
    const status: FreshnessStatus = delayed ? 'delayed' : 'late';
    return {
      ...base,
      ...nextFields,
      status,
      hours_late: hoursLate,
      days_overdue: Math.floor(hoursLate / 24),
      delayed_after: localDay(new Date(last.at.getTime() + calendar.grace_hours * HOUR_MS), zone),
      summary: `late by ${hoursLate} hour${hoursLate === 1 ? '' : 's'} (${label(last)} was due ${last.date} ${hhmm(last, zone)} ${zone})`,
    };
  }
  if (!next) return undefined;
  const today = localDay(now, zone) === next.date;
  return {
    ...base,
    ...nextFields,
    status: anchor === undefined ? 'unknown' : today ? 'due' : 'awaiting',
    summary: today ? `due today at ${hhmm(next, zone)} ${zone} (${label(next)})` : `next due ${next.date} ${hhmm(next, zone)} ${zone} (${label(next)})`,
  };
}

/** A source's freshness: from its calendar while the calendar has dates to offer, else from its cadence. */
export function freshnessOf(source: Pick<SourceConfig, 'calendar' | 'cadence'>, state: StateView, now: Date): SourceFreshness {
  const fromCalendar = source.calendar ? calendarFreshness(state, source.calendar, now) : undefined;
  if (fromCalendar) return fromCalendar;
  return sourceFreshness(state, source.cadence, now);
}

/**
 * Whether ingest should ask a calendar source now. From an announced time on, every
 * `due_every_minutes` for `due_for_hours`; past that window with the release still missing, every
 * `late_every_minutes`; otherwise every `otherwise_every_hours` (0: every run). A source never
 * polled, or whose calendar's dates have all passed and been met, is asked on every run.
 */
export function pollDecision(calendar: ReleaseCalendar, state: StateView, now: Date): PollDecision {
  const { poll } = calendar;
  const { last, next } = around(calendar, now);
  if (!next && last && releasedSince(state, last)) return { poll: true, reason: `calendar ends with ${last.date}: polled every run until it is renewed` };
  let intervalMs: number;
  let reason: string;
  if (last && now.getTime() - last.at.getTime() < poll.due_for_hours * HOUR_MS) {
    intervalMs = poll.due_every_minutes * MINUTE_MS;
    reason = `${last.kind} due ${last.date}: every ${poll.due_every_minutes} min for ${poll.due_for_hours} h`;
  } else if (last && !releasedSince(state, last)) {
    intervalMs = poll.late_every_minutes * MINUTE_MS;
    reason = `${last.kind} due ${last.date} not seen yet: every ${poll.late_every_minutes} min`;
  } else {
    intervalMs = poll.otherwise_every_hours * HOUR_MS;
    // Here `next` exists: a calendar whose last date passed was met (returned above) or is late (the branch before).
    reason = `next ${next!.kind} due ${next!.date}: every ${poll.otherwise_every_hours} h until then`;
  }
  // Around a due time a source is never asked less often than between releases.
  intervalMs = Math.min(intervalMs, poll.otherwise_every_hours * HOUR_MS);
  if (!state.last_polled_at) return { poll: true, reason: `never polled; ${reason}` };
  if (intervalMs === 0) return { poll: true, reason };
  // Slots counted from the last announced time, so polls keep their rhythm whatever the scheduler's jitter.
  const anchor = last?.at.getTime() ?? 0;
  const polledAt = Date.parse(state.last_polled_at);
  const slot = (t: number) => Math.floor((t - anchor + SLACK_MS) / intervalMs);
  if (polledAt < anchor || slot(now.getTime()) > slot(polledAt)) return { poll: true, reason };
  // A rare poll must not sleep through the next announced time.
  const nextPoll = Math.min(anchor + (slot(polledAt) + 1) * intervalMs - SLACK_MS, next?.at.getTime() ?? Infinity);
  return { poll: false, reason, next_poll_at: new Date(nextPoll).toISOString() };
}

/** The next release a calendar announces after `now`, for the catalog; undefined when none is announced. */
export function nextExpectedRelease(calendar: ReleaseCalendar, now: Date): { kind: string; title?: string; date: string; due_at: string; timezone: string } | undefined {
  const { next } = around(calendar, now);
  return next ? { kind: next.kind, ...(next.title ? { title: next.title } : {}), date: next.date, due_at: next.at.toISOString(), timezone: calendar.timezone } : undefined;
}

/** One line on a source's freshness for people, whether it rests on a calendar or a cadence. */
export function describeFreshness(f: SourceFreshness): string {
  if (f.summary) return f.summary;
  if (f.status === 'unknown') return f.last_release ? `last release ${f.last_release}; no calendar or cadence configured` : 'no release seen yet';
  return `${f.status}: next release expected ${f.next_window_start} to ${f.next_due_by}${f.days_overdue ? ` (${f.days_overdue} day(s) overdue)` : ''}`;
}

/** The earliest release any of the calendars announces after `now` (a dataset fed by several sources has several). */
export function nextExpectedReleaseOf(calendars: ReleaseCalendar[], now: Date): ReturnType<typeof nextExpectedRelease> {
  return calendars
    .map((calendar) => nextExpectedRelease(calendar, now))
    .filter((next) => next !== undefined)
    .sort((a, b) => a.due_at.localeCompare(b.due_at))[0];
}
