/**
 * Operator review of held-back rows: what is held and why, and the decisions taken on it.
 * A decision is about one revision of one observation: a later revision is checked afresh.
 */
import * as z from '../zod.js';
import { IsoDate, Slug } from '../contract.js';

/** A row the quality stage held back from publication, as the review lists it. */
export const HeldRow = z.strictObject({
  dataset: Slug,
  observation_id: z.string().check(z.minLength(1)),
  revision: z.int().check(z.positive()),
  release_id: z.string(),
  source_url: z.string(),
  published: IsoDate,
  /** The row in words: series, period, figure and unit. */
  label: z.string(),
  /** The hard checks it failed. */
  checks: z.array(z.string()),
  /** Why, in words, one sentence per failed comparison. */
  reasons: z.array(z.string()),
  /** `held` while no one decided; `rejected` once an operator confirmed it is wrong. */
  status: z.enum(['held', 'rejected']),
  /** The version that first held it back. */
  since_version: z.int().check(z.positive()),
  /**
   * Of a revised row: the earlier revision the version shows in its place (the one the version
   * before published), or null (nothing shown). Absent on a row with no earlier revision, and on
   * lists recorded before it was kept.
   */
  shown_revision: z.optional(z.nullable(z.int().check(z.positive()))),
});
export type HeldRow = z.infer<typeof HeldRow>;

/** An operator's decision on a held-back row: who, when and why. */
export const ReviewDecision = z.strictObject({
  dataset: Slug,
  observation_id: z.string().check(z.minLength(1)),
  revision: z.int().check(z.positive()),
  decision: z.enum(['accept', 'reject']),
  reason: z.string().check(z.minLength(1, 'a decision needs a reason')),
  by: z.string().check(z.minLength(1)),
  at: z.string().check(z.minLength(1)),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** The decision that applies to a row as it is now (its current revision), if any; the latest wins. */
export function decisionFor(decisions: ReviewDecision[], row: { dataset: string; observation_id: string; revision: number }): ReviewDecision | undefined {
  return decisions
    .filter((d) => d.dataset === row.dataset && d.observation_id === row.observation_id && d.revision === row.revision)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .at(-1);
}
