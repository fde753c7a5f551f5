/**
 * The change index: which periods changed since a version. Normalize records, in the same write
 * that bumps a dataset's change_seq, the period_end of every row it adds, revises or removes
 * (DatasetState.changed_periods: period -> change_seq of its last change). A version covers the
 * change_seq it claimed (its manifest's change_seq), so the periods changed since version N are
 * the entries above N's change_seq. A change is marked before its rows move and again once they
 * are in, so a version that read part of a release's rows still sees its periods as changed.
 */
import type { DatasetState } from '../ports.js';

/**
 * The periods (period_end, '' for rows without one) changed after `seq`, in publish order, or
 * null when the index cannot tell: it does not reach back to `seq` (changes made before the
 * index existed), or `seq` is unknown (a manifest written before manifests carried change_seq).
 */
export function periodsChangedSince(state: Pick<DatasetState, 'changed_periods' | 'changed_periods_since'>, seq: number | undefined): string[] | null {
  if (seq === undefined || seq < state.changed_periods_since) return null;
  return Object.entries(state.changed_periods)
    .filter(([, changedAt]) => changedAt > seq)
    .map(([period]) => period)
    .sort();
}

