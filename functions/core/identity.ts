/**
 * Deterministic identities: the same input always yields the same id, so every write keyed by
 * them is idempotent (a replayed event or a re-fetched release lands on the same item).
 */
import { createHash } from 'node:crypto';
import type { ObservationDraft } from './contract.js';

/** Lower-case hex sha256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The fields that name a series and its period. Two rows with the same key are the same figure
 * reported again (possibly revised); anything else (value, qualifier, yoy, quote) may change.
 */
export function seriesKey(row: Pick<ObservationDraft, 'dataset' | 'area' | 'partner' | 'flow' | 'commodity' | 'breakdown' | 'measure' | 'unit' | 'period_start' | 'period_end'>): string {
  return [row.dataset, row.area, row.partner, row.flow, row.commodity, row.breakdown, row.measure, row.unit, row.period_start, row.period_end]
    .map((part) => part.trim().toLowerCase().replace(/\s+/g, ' '))
    .join('|');
}

/**
 * observation_id: 20 hex characters of sha256(series key). Rows whose period could not be
 * resolved are scoped to their release, so two unresolved figures never collide across releases.
 */
export function observationId(row: Parameters<typeof seriesKey>[0] & { release_id: string }): string {
  const unresolved = row.period_start === '' || row.period_end === '';
  return sha256Hex(unresolved ? `${seriesKey(row)}|release:${row.release_id}` : seriesKey(row)).slice(0, 20);
}

/** Canonical form of a release URL: lower-case scheme and host, no fragment, no default port. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  return u.toString();
}

/** release_id: the source plus 16 hex characters of sha256 of the canonical URL. */
export function releaseId(sourceId: string, url: string): string {
  return `${sourceId}-${sha256Hex(canonicalUrl(url)).slice(0, 16)}`;
}
