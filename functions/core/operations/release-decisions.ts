/**
 * What an operator can decide about one release after reading its reason in the ledger: try it
 * again from the start (attempts cleared, handed to normalize now) or stop trying (quarantine).
 */
import type { Release } from '../contract.js';
import type { NormalizeQueue, ReleaseLedger } from '../ports.js';

/** The outcome of a decision, as a value the CLI prints. */
export type DecisionOutcome = { ok: true; release: Release; message: string } | { ok: false; message: string };

/**
 * Clears a release's attempts. One holding content goes back to `fetched` and is handed to
 * normalize at once; one never fetched goes back to `failed`, and the next ingest run fetches it.
 */
export async function retryRelease(releaseId: string, deps: { ledger: ReleaseLedger; queue?: NormalizeQueue }): Promise<DecisionOutcome> {
  const release = await deps.ledger.override(releaseId, 'retry', 'retry requested by an operator');
  if (!release) return { ok: false, message: `release ${releaseId} is not in the ledger` };
  if (release.sha256 === '') return { ok: true, release, message: `release ${releaseId}: attempts cleared; the next ingest run fetches ${release.url} again` };
  if (!deps.queue) return { ok: true, release, message: `release ${releaseId}: attempts cleared; no normalize queue configured, so the next ingest run hands it on` };
  await deps.queue.enqueue({ source_id: release.source_id, release_id: release.release_id, sha256: release.sha256 });
  return { ok: true, release, message: `release ${releaseId}: attempts cleared and handed to normalize again` };
}

/** Stops every further attempt on a release (ingest and normalize leave quarantined releases alone). */
export async function quarantineRelease(releaseId: string, reason: string, deps: { ledger: ReleaseLedger }): Promise<DecisionOutcome> {
  const release = await deps.ledger.override(releaseId, 'quarantine', `quarantined by an operator: ${reason}`);
  if (!release) return { ok: false, message: `release ${releaseId} is not in the ledger` };
  return { ok: true, release, message: `release ${releaseId}: quarantined (${release.reason})` };
}
