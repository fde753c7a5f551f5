/**
 * The order of rows in every published file: period first (period_end, then period_start), then
 * observation_id. A new month's rows sort after every earlier month and revisions land in the
 * recent months, so a new version differs from the previous one only near the end of each file:
 * everything before the first changed period is the previous version's bytes, reused as they are.
 * The rows of one period_end form a stripe, the unit a version reuses or renders again.
 */
import type { Observation } from '../contract.js';
import type { ScanRange } from '../ports.js';

/** Sorts before every character of an id or a period, so that keys compare field by field. */
const SEPARATOR = '\u0000';

/** The sort key of a row in publish order. */
export function publishOrderKey(row: Pick<Observation, 'period_end' | 'period_start' | 'observation_id'>): string {
  return `${row.period_end ?? ''}${SEPARATOR}${row.period_start ?? ''}${SEPARATOR}${row.observation_id}`;
}

/** Compares two rows in publish order. */
export function comparePublishOrder(a: Observation, b: Observation): number {
  const x = publishOrderKey(a);
  const y = publishOrderKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The stripe of a row (or of a publish order key): its period_end. */
export function stripeOf(key: string): string {
  return key.slice(0, key.indexOf(SEPARATOR));
}

/** The text value of a top-level string member of one JSON line we wrote (no parse: keys are written unescaped and quotes inside values are escaped). */
function memberText(line: string, name: string): string | null {
  const marker = `,"${name}":`;
  const at = line.indexOf(marker);
  if (at < 0) return null;
  const start = at + marker.length;
  if (line.startsWith('null', start)) return '';
  if (line[start] !== '"') return null;
  const end = line.indexOf('"', start + 1);
  const text = line.slice(start + 1, end);
  return text.includes('\\') ? null : text;
}

/** The publish order key of one line of observations.ndjson or vintages.ndjson (id already known). */
export function lineOrderKey(line: string, id: string): string {
  const end = memberText(line, 'period_end');
  const start = memberText(line, 'period_start');
  if (end !== null && start !== null) return publishOrderKey({ period_end: end, period_start: start, observation_id: id });
  return publishOrderKey(JSON.parse(line) as Observation);
}

/** Whether a row falls in a scan's range (period_end at or after fromPeriodEnd, and at or before throughPeriodEnd). */
export function inRange(range: ScanRange): (row: Pick<Observation, 'period_end'>) => boolean {
  const from = range.fromPeriodEnd ?? '';
  const through = range.throughPeriodEnd;
  return (row) => (row.period_end ?? '') >= from && (through === undefined || (row.period_end ?? '') <= through);
}

/** Sorts rows in publish order, then by revision (each key built once, not per comparison). */
export function sortInPublishOrder<T extends Observation>(rows: T[]): T[] {
  const keyed = rows.map((row) => ({ key: publishOrderKey(row), row }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.revision - b.row.revision));
  return keyed.map((k) => k.row);
}
