/**
 * What the alarms on published data watch, one CloudWatch Embedded Metric Format line per dataset
 * and publish run (logged: no PutMetricData call, no extra permission): rows the quality stage holds
 * back until a person decides, and how old the version `latest.json` points at is, against the
 * release rhythm (calendar or cadence) of the sources that feed the dataset. A latest version older
 * than every rhythm allows means releases stopped reaching users: publish is stuck, or the sources
 * are late (then `SourceDelayed` fires too).
 */
import { describeFreshness, freshnessOf } from '../ingest/calendar.js';
import type { BlobStore, QualityReviewStore } from '../ports.js';
import { latestPointerKey } from './documents.js';
import type { DatasetAbout } from './provenance.js';

/** Metric namespace of the publish stage. */
export const PUBLISH_METRICS_NAMESPACE = 'CustomsPublisher/Publish';

/** A dataset's state as the alarms see it. */
export interface DatasetHealth {
  dataset: string;
  /** Rows held back and waiting for a decision (rejected rows wait for no one). */
  held_back: number;
  /** The version `latest.json` points at, and its age; absent before the first version. */
  latest?: { version: number; created_at: string; age_hours: number };
  /** Sources by whose rhythm a newer version is overdue, each with what its rhythm says. */
  overdue_by: string[];
}

type Rhythm = NonNullable<DatasetAbout['rhythms']>[number];

/**
 * The sources by whose rhythm a version made on `versionDay` (YYYY-MM-DD) is overdue at `now`:
 * the freshness rules ingest applies to a source's last release, applied to the version instead.
 */
export function overdueRhythms(rhythms: Rhythm[], versionDay: string, now: Date): string[] {
  return rhythms.flatMap((rhythm) => {
    const freshness = freshnessOf(rhythm, { source_id: rhythm.id, latest_published: versionDay }, now);
    return freshness.status === 'delayed' ? [`${rhythm.id}: ${describeFreshness(freshness)}`] : [];
  });
}

/**
 * Reads what `latest.json` points at and the rows held for review, and judges the latest version's
 * age. `waiting`: the rows held for review as this run's quality gate just recorded them, when it
 * ran (the list is then not read again: a Query of the whole list, tens of MB at a hundred thousand
 * held rows, only to count it).
 */
export async function datasetHealth(
  dataset: string,
  deps: { blobs: BlobStore; reviews?: QualityReviewStore; describeDataset?: (dataset: string) => Partial<DatasetAbout> },
  now: Date,
  waiting?: number,
): Promise<DatasetHealth> {
  const held = !deps.reviews ? 0 : (waiting ?? (await deps.reviews.listHeld(dataset)).filter((row) => row.status === 'held').length);
  const body = await deps.blobs.get(latestPointerKey(dataset));
  if (!body) return { dataset, held_back: held, overdue_by: [] };
  const pointer = JSON.parse(new TextDecoder().decode(body)) as { version: number; created_at: string };
  const ageHours = Math.max(0, (now.getTime() - Date.parse(pointer.created_at)) / 3_600_000);
  const overdue = overdueRhythms(deps.describeDataset?.(dataset).rhythms ?? [], pointer.created_at.slice(0, 10), now);
  return { dataset, held_back: held, latest: { version: pointer.version, created_at: pointer.created_at, age_hours: Math.round(ageHours * 10) / 10 }, overdue_by: overdue };
}

/** The root-level fields of one EMF log line for a dataset (dimension Dataset, and none for one alarm over all). */
export function publishMetricFields(health: DatasetHealth, now: Date): Record<string, unknown> {
  const metrics: Array<[string, string, number]> = [['HeldBackRows', 'Count', health.held_back]];
  // Before the first version there is no age to report; a metric without a value is left out.
  if (health.latest) metrics.push(['LatestAgeHours', 'None', health.latest.age_hours], ['LatestOverdue', 'Count', health.overdue_by.length > 0 ? 1 : 0]);
  return {
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [{ Namespace: PUBLISH_METRICS_NAMESPACE, Dimensions: [['Dataset'], []], Metrics: metrics.map(([Name, Unit]) => ({ Name, Unit })) }],
    },
    Dataset: health.dataset,
    ...Object.fromEntries(metrics.map(([name, , value]) => [name, value])),
    ...(health.latest ? { latest_version: health.latest.version } : {}),
    ...(health.overdue_by.length ? { overdue_by: health.overdue_by } : {}),
  };
}
