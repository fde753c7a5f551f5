/** Freshness from a source's state and cadence: when the next release is due and when it counts as delayed. */
import { describe, expect, it } from 'vitest';
import { nextWindow, sourceFreshness, type CadenceConfig } from '../../functions/core/ingest/freshness.js';
import { ingestMetricFields } from '../../functions/core/ingest/metrics.js';
import { backoffMs } from '../../functions/core/ingest/ingest-sources.js';

const monthly: CadenceConfig = { every: 'month', day_from: 10, day_to: 20, grace_days: 7 };
const at = (iso: string) => new Date(iso);
const state = { source_id: 'gacc', latest_published: '2025-10-13' };

describe('sourceFreshness', () => {
  it.each([
    ['2025-11-01T00:00:00Z', 'awaiting', 0],
    ['2025-11-10T00:00:00Z', 'due', 0],
    ['2025-11-20T23:59:59Z', 'due', 0],
    ['2025-11-21T00:00:00Z', 'late', 1],
    ['2025-11-27T23:59:59Z', 'late', 7],
    ['2025-11-28T00:00:00Z', 'delayed', 8],
  ] as const)('a monthly source (days 10-20, 7 days grace) last published 2025-10-13 is, at %s, %s', (now, status, overdue) => {
    expect(sourceFreshness(state, monthly, at(now))).toEqual({
      source_id: 'gacc',
      status,
      last_release: '2025-10-13',
      next_window_start: '2025-11-10',
      next_due_by: '2025-11-20',
      delayed_after: '2025-11-27',
      days_overdue: overdue,
    });
  });

  it('is unknown without a cadence or before any release arrived', () => {
    expect(sourceFreshness(state, undefined, at('2026-01-01T00:00:00Z'))).toMatchObject({ status: 'unknown', last_release: '2025-10-13' });
    expect(sourceFreshness({ source_id: 'new' }, monthly, at('2026-01-01T00:00:00Z'))).toEqual({ source_id: 'new', status: 'unknown', days_overdue: 0 });
  });

  it('counts from the publication date, not from when a backlog was fetched; falls back to arrival when no date is known', () => {
    const backlog = { source_id: 'x', latest_published: '2025-08-12', last_new_release_at: '2025-12-01T06:00:00.000Z' };
    expect(sourceFreshness(backlog, monthly, at('2025-12-01T06:00:00Z')).status).toBe('delayed');
    expect(sourceFreshness({ source_id: 'x', last_new_release_at: '2025-12-01T06:00:00.000Z' }, monthly, at('2025-12-02T00:00:00Z')).next_due_by).toBe('2026-01-20');
  });

  it('clamps window days to short months and lets a window run across a month end', () => {
    expect(nextWindow(at('2025-01-15T00:00:00Z'), { every: 'month', day_from: 25, day_to: 31, grace_days: 0 })).toEqual({ start: at('2025-02-25T00:00:00Z'), end: at('2025-02-28T00:00:00Z') });
    expect(nextWindow(at('2025-01-27T00:00:00Z'), { every: 'month', day_from: 25, day_to: 5, grace_days: 0 })).toEqual({ start: at('2025-02-25T00:00:00Z'), end: at('2025-03-05T00:00:00Z') });
  });

  it('knows quarters, weeks (ISO weekdays) and days', () => {
    expect(nextWindow(at('2025-10-20T00:00:00Z'), { every: 'quarter', day_from: 10, day_to: 20, grace_days: 0 })).toEqual({ start: at('2026-01-10T00:00:00Z'), end: at('2026-01-20T00:00:00Z') });
    // Wednesday 2025-11-12 → the following week's Monday to Tuesday.
    expect(nextWindow(at('2025-11-12T00:00:00Z'), { every: 'week', day_from: 1, day_to: 2, grace_days: 0 })).toEqual({ start: at('2025-11-17T00:00:00Z'), end: at('2025-11-18T00:00:00Z') });
    expect(nextWindow(at('2025-12-31T00:00:00Z'), { every: 'day', day_from: 1, day_to: 28, grace_days: 0 })).toEqual({ start: at('2026-01-01T00:00:00Z'), end: at('2026-01-01T00:00:00Z') });
  });
});

describe('ingestMetricFields', () => {
  it('is a CloudWatch EMF document with one value per declared metric', () => {
    const fields = ingestMetricFields({ source_id: 'gacc', requests: 3, writes: 7, new_releases: 2, revised_releases: 0, failures: 1 }, sourceFreshness(state, monthly, at('2025-12-01T00:00:00Z')), at('2025-12-01T00:00:00Z'));
    const declared = (fields._aws as { CloudWatchMetrics: Array<{ Metrics: Array<{ Name: string }> }> }).CloudWatchMetrics[0].Metrics.map((m) => m.Name);
    for (const name of declared) expect(typeof fields[name], name).toBe('number');
    expect(fields).toMatchObject({ SourceId: 'gacc', SourceDelayed: 1, ReleasesFetched: 2, FetchFailures: 1, Writes: 7 });
  });
});

describe('backoffMs', () => {
  it('doubles per attempt and jitters within the upper half', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, () => 0.999999))).toEqual([1000, 2000, 4000]);
  });
});
