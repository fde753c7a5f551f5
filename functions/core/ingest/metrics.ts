/**
 * Ingest metrics as CloudWatch Embedded Metric Format fields: logged as one JSON line per source
 * and run, CloudWatch turns them into metrics (no PutMetricData call, no extra permission, no write).
 */
import type { SourceFreshness } from './freshness.js';

/** Metric namespace of the ingest stage. */
export const INGEST_METRICS_NAMESPACE = 'CustomsPublisher/Ingest';

/** The per-source numbers one run produces. */
export interface SourceRunMetrics {
  source_id: string;
  requests: number;
  writes: number;
  new_releases: number;
  revised_releases: number;
  failures: number;
}

const METRICS = [
  ['Requests', 'Count'],
  ['Writes', 'Count'],
  ['ReleasesFetched', 'Count'],
  ['ReleasesRevised', 'Count'],
  ['FetchFailures', 'Count'],
  ['SourceDelayed', 'Count'],
  ['DaysOverdue', 'Count'],
] as const;

/** The root-level fields of one EMF log line for one source's run (dimension SourceId). */
export function ingestMetricFields(run: SourceRunMetrics, freshness: SourceFreshness, now: Date): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: now.getTime(),
      // Per source, and once more without a dimension: one alarm on the latter covers every source.
      CloudWatchMetrics: [{ Namespace: INGEST_METRICS_NAMESPACE, Dimensions: [['SourceId'], []], Metrics: METRICS.map(([Name, Unit]) => ({ Name, Unit })) }],
    },
    SourceId: run.source_id,
    Requests: run.requests,
    Writes: run.writes,
    ReleasesFetched: run.new_releases,
    ReleasesRevised: run.revised_releases,
    FetchFailures: run.failures,
    // 1 while the source is overdue beyond its grace period: an alarm on Maximum >= 1 pages someone.
    SourceDelayed: freshness.status === 'delayed' ? 1 : 0,
    DaysOverdue: freshness.days_overdue,
    freshness: freshness.status,
  };
}
