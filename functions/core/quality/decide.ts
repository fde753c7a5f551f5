/**
 * The review use case: an operator accepts or rejects a held-back row. The decision is recorded
 * with who, when and why; an acceptance marks the dataset changed, so the next publish includes
 * the row (and records the decision in that version's quality.json).
 */
import type { Clock, DatasetStateStore, QualityReviewStore } from '../ports.js';
import type { HeldRow, ReviewDecision } from './review.js';

/** What a review decision needs. */
export interface ReviewDeps {
  reviews: QualityReviewStore;
  datasets: DatasetStateStore;
  clock: Clock;
}

/** Finds a held-back row by observation id (or a unique prefix of one), in one dataset or all. */
export async function findHeld(reviews: QualityReviewStore, id: string, dataset?: string): Promise<HeldRow> {
  const matches = (await reviews.listHeld(dataset)).filter((h) => h.observation_id === id || h.observation_id.startsWith(id));
  if (matches.length === 0) throw new Error(`no held-back row has id ${id}${dataset ? ` in ${dataset}` : ''}; \`review\` lists them`);
  if (matches.length > 1) throw new Error(`id ${id} matches ${matches.length} held-back rows (${matches.map((m) => `${m.dataset}/${m.observation_id}`).join(', ')}); give more of it or --dataset`);
  return matches[0];
}

/** Records an accept or reject decision on a held-back row; returns the decision stored. */
export async function decideHeldRow(
  request: { id: string; decision: 'accept' | 'reject'; reason: string; by: string; dataset?: string },
  deps: ReviewDeps,
): Promise<{ decision: ReviewDecision; row: HeldRow }> {
  if (!request.reason.trim()) throw new Error('a decision needs --reason "..." (it is published with the version)');
  const row = await findHeld(deps.reviews, request.id, request.dataset);
  const decision: ReviewDecision = {
    dataset: row.dataset,
    observation_id: row.observation_id,
    revision: row.revision,
    decision: request.decision,
    reason: request.reason.trim(),
    by: request.by,
    at: deps.clock.now().toISOString(),
  };
  await deps.reviews.decide(decision);
  if (request.decision === 'accept') {
    await deps.datasets.markChanged(row.dataset);
  } else {
    const held = await deps.reviews.listHeld(row.dataset);
    await deps.reviews.recordHeld(row.dataset, held.map((h) => (h.observation_id === row.observation_id ? { ...h, status: 'rejected' as const } : h)), held);
  }
  return { decision, row };
}
