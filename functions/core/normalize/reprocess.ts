/**
 * Reprocessing: normalize every archived release again, after the extractors or the code lists
 * improved. The raw archive exists for exactly this. Releases are taken in release_id order in
 * bounded batches; each batch names where the next one starts, so a run that stops (a timeout, a
 * closed laptop) resumes from its last cursor and a replayed batch changes nothing twice (normalize
 * is idempotent per release content).
 */
import type { NormalizeRequest, Release } from '../contract.js';

/** One batch: the normalize requests to send, and the cursor of the next batch (null when done). */
export interface ReprocessBatch {
  requests: NormalizeRequest[];
  next: string | null;
}

/** Which releases a reprocessing run covers. */
export interface ReprocessScope {
  /** Only this source's releases (all sources when omitted). */
  sourceId?: string;
  /** Start after this release_id (the cursor a previous batch returned). */
  after?: string;
  /** Releases per batch. */
  limit: number;
}

/**
 * The next bounded batch of releases to normalize again: every release whose content is archived
 * (never-fetched announcements have nothing to re-read), in release_id order after the cursor.
 */
export function planReprocessBatch(releases: Release[], scope: ReprocessScope): ReprocessBatch {
  const candidates = releases
    .filter((r) => r.sha256 !== '' && (!scope.sourceId || r.source_id === scope.sourceId) && (!scope.after || r.release_id > scope.after))
    .sort((a, b) => (a.release_id < b.release_id ? -1 : a.release_id > b.release_id ? 1 : 0));
  const batch = candidates.slice(0, scope.limit);
  return {
    requests: batch.map((r) => ({ source_id: r.source_id, release_id: r.release_id, sha256: r.sha256, reprocess: true })),
    next: candidates.length > batch.length ? batch[batch.length - 1].release_id : null,
  };
}
