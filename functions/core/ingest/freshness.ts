/**
 * Freshness: from when a source's latest release arrived and its expected cadence, when the next
 * one is due and whether it is overdue. Pure, so the run summary, the metrics and the published
 * catalog all compute the same answer from the same SourceState.
 */
import type * as z from '../zod.js';
import type { Cadence } from '../contract.js';
import type { SourceState } from '../ports.js';

export type CadenceConfig = z.infer<typeof Cadence>;

/**
 * `awaiting`: the next release's window has not opened; `due`: inside the window; `late`: past the
 * window but within the grace period; `delayed`: past the grace period (reported and alarmed on);
 * `unknown`: no cadence configured or no release seen yet.
 */
export type FreshnessStatus = 'unknown' | 'awaiting' | 'due' | 'late' | 'delayed';

/** A source's freshness at one instant. Dates are YYYY-MM-DD (UTC). */
export interface SourceFreshness {
  source_id: string;
  status: FreshnessStatus;
  /** The date the freshness clock starts from: the latest release's publication date (or arrival when unknown). */
  last_release?: string;
  /** First and last day of the window in which the next release is expected. */
  next_window_start?: string;
  next_due_by?: string;
  /** After this day the source counts as delayed. */
  delayed_after?: string;
  /** Whole days past `next_due_by` (0 when not past it). */
  days_overdue: number;
  /** Set when the answer rests on the publisher's announced calendar rather than the cadence. */
  basis?: 'calendar';
  /** Calendar sources: the next announced release (instant, ISO) and its kind. */
  next_due_at?: string;
  next_due_kind?: string;
  /** Calendar sources: whole hours since an announced release that has not arrived. */
  hours_late?: number;
  /** One line for people: "due today at 10:00 Asia/Shanghai (preliminary)", "late by 5 hours (...)", "next due 2025-04-14 (...)". */
  summary?: string;
}

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const utcDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
const dayOfMonth = (year: number, month: number, dayNumber: number) => new Date(Date.UTC(year, month, Math.min(dayNumber, daysInMonth(year, month))));

/** The window [start, end] (inclusive days) of the release expected after one published on `anchor`. */
export function nextWindow(anchor: Date, cadence: CadenceConfig): { start: Date; end: Date } {
  const { every, day_from, day_to } = cadence;
  if (every === 'day') {
    const next = new Date(anchor.getTime() + DAY_MS);
    return { start: next, end: next };
  }
  if (every === 'week') {
    // ISO weeks: day_from/day_to are weekdays 1 (Monday) to 7 (Sunday) of the following week.
    const weekday = ((anchor.getUTCDay() + 6) % 7) + 1;
    const nextMonday = anchor.getTime() + (8 - weekday) * DAY_MS;
    const from = Math.min(Math.max(day_from, 1), 7);
    const to = Math.min(Math.max(day_to, from), 7);
    return { start: new Date(nextMonday + (from - 1) * DAY_MS), end: new Date(nextMonday + (to - 1) * DAY_MS) };
  }
  const months = every === 'quarter' ? 3 : 1;
  const year = anchor.getUTCFullYear();
  const month = anchor.getUTCMonth() + months;
  const start = dayOfMonth(year, month, day_from);
  // A window such as day 25 to day 5 runs into the following month.
  const end = day_to >= day_from ? dayOfMonth(year, month, day_to) : dayOfMonth(year, month + 1, day_to);
  return { start, end };
}

/** Freshness of one source from its state, its cadence (if configured) and the current time. */
export function sourceFreshness(state: Pick<SourceState, 'source_id' | 'last_new_release_at' | 'latest_published'>, cadence: CadenceConfig | undefined, now: Date): SourceFreshness {
  // The publication date is what users care about: a backlog ingested today is not a fresh release.
  const anchor = state.latest_published ?? state.last_new_release_at?.slice(0, 10);
  if (!anchor) return { source_id: state.source_id, status: 'unknown', days_overdue: 0 };
  if (!cadence) return { source_id: state.source_id, status: 'unknown', last_release: anchor, days_overdue: 0 };
  const { start, end } = nextWindow(utcDate(anchor), cadence);
  const endOfDueDay = end.getTime() + DAY_MS;
  const delayedAfter = new Date(end.getTime() + cadence.grace_days * DAY_MS);
  const t = now.getTime();
  const status: FreshnessStatus = t < start.getTime() ? 'awaiting' : t < endOfDueDay ? 'due' : t < delayedAfter.getTime() + DAY_MS ? 'late' : 'delayed';
  return {
    source_id: state.source_id,
    status,
    last_release: anchor,
    next_window_start: day(start),
    next_due_by: day(end),
    delayed_after: day(delayedAfter),
    days_overdue: t >= endOfDueDay ? Math.floor((t - endOfDueDay) / DAY_MS) + 1 : 0,
  };
}
