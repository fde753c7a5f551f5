/**
 * The change index: which periods changed since a version. Normalize records, in the same write
 * that bumps a dataset's change_seq, the period_end of every row it adds, revises or removes
 * (DatasetState.changed_periods: period -> change_seq of its last change). A version covers the
 * change_seq it claimed (its manifest's change_seq), so the periods changed since version N are
 * the entries above N's change_seq. A change is marked before its rows move and again once they
 * are in, so a version that read part of a release's rows still sees its periods as changed.
 */
import type { Observation } from '../contract.js';
import type { BlobStore, DatasetState, DatasetStateStore, ObservationStore } from '../ports.js';
import { readManifest } from './documents.js';

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


/**
 * What a version shows of a row the quality gate holds back: an earlier revision standing in for
 * it, or nothing (null). Kept in the version's layout, because a row whose showing changes (held
 * now, accepted later) changes the version's files without any change to the store's rows.
 */
export interface HeldView {
  observation_id: string;
  period_end: string;
  shown: number | null;
}

/** What a version must read of the store: every row, nothing (nothing changed), or the rows from a period on. */
export type ChangedFrom = { all: true } | { none: true } | { period: string };

/**
 * The periods whose rows may differ from the previous version's: those the index lists as changed
 * and those of held-back rows shown differently now (`before` is the previous version's list; a
 * row absent from a list is shown as it is in the store). Null when the change is unknown.
 */
export function changedPeriodSet(changed: string[] | null | undefined, now: HeldView[] | undefined, before: HeldView[] | undefined): Set<string> | null {
  if (!changed || !now || !before) return null;
  const periods = new Set(changed);
  heldDifferences(now, before, (period) => periods.add(period));
  return periods;
}

/**
 * The first period whose rows may differ from the previous version's (changedPeriodSet's
 * earliest). Unknown changes or an unknown list: every row.
 */
export function firstChangedPeriod(changed: string[] | null | undefined, now: HeldView[] | undefined, before: HeldView[] | undefined): ChangedFrom {
  const periods = changedPeriodSet(changed, now, before);
  if (!periods) return { all: true };
  if (periods.size === 0) return { none: true };
  let first: string | undefined;
  for (const period of periods) if (first === undefined || period < first) first = period;
  return { period: first! };
}

const sortedById = (views: HeldView[]) => views.every((h, i) => i === 0 || views[i - 1].observation_id < h.observation_id);

/**
 * Calls `changed` with the period of every held row shown differently in the two lists. Lists
 * sorted by id (heldViews writes them so) are walked side by side: at a million rows a gate can
 * hold back a hundred thousand, and two maps of them cost more than the walk.
 */
function heldDifferences(now: HeldView[], before: HeldView[], changed: (period: string) => void): void {
  if (!sortedById(now) || !sortedById(before)) {
    const shownBefore = new Map(before.map((h) => [h.observation_id, h]));
    const shownNow = new Map(now.map((h) => [h.observation_id, h]));
    for (const [id, h] of shownNow) {
      const b = shownBefore.get(id);
      if (!b || b.shown !== h.shown) changed(h.period_end);
    }
    for (const [id, h] of shownBefore) if (!shownNow.has(id)) changed(h.period_end);
    return;
  }
  let i = 0;
  let j = 0;
  while (i < now.length || j < before.length) {
    const a = now[i];
    const b = before[j];
    if (b === undefined || (a !== undefined && a.observation_id < b.observation_id)) {
      changed(a.period_end);
      i++;
    } else if (a === undefined || b.observation_id < a.observation_id) {
      changed(b.period_end);
      j++;
    } else {
      if (a.shown !== b.shown) changed(a.period_end);
      i++;
      j++;
    }
  }
}

/** Held rows looked up at once. */
const HELD_BATCH = 1_000;

/**
 * What the gate's view of the store shows of each row it holds back (`shown`: the gate's rule for
 * a current row of `store`, QualityGate.shown), sorted by id, with `known` (views worked out
 * without reading their rows, none of `heldIds`). Each held row is read once: the view's own
 * look-up would read the same rows from the store again, and a gate can hold back a hundred thousand.
 */
export async function heldViews(dataset: string, heldIds: string[], store: ObservationStore, shown: (row: Observation) => Observation | undefined, known: HeldView[] = []): Promise<HeldView[]> {
  const ids = [...new Set(heldIds)].sort();
  const views = [...known];
  // In batches: never all read at once.
  for (let at = 0; at < ids.length; at += HELD_BATCH) {
    // A held row no longer in the store was removed: its period is in the index anyway.
    for (const r of await store.get(dataset, ids.slice(at, at + HELD_BATCH))) views.push({ observation_id: r.observation_id, period_end: r.period_end ?? '', shown: shown(r)?.revision ?? null });
  }
  return views.sort((a, b) => (a.observation_id < b.observation_id ? -1 : 1));
}

/**
 * The periods changed since the previous version by the index (null when it cannot tell): the
 * entries above the change_seq that version's manifest records.
 */
export async function changedSincePrevious(dataset: string, previousVersion: number | null, deps: { datasets: DatasetStateStore; blobs: BlobStore }): Promise<string[] | null> {
  const manifest = previousVersion === null ? null : await readManifest(deps.blobs, dataset, previousVersion);
  return manifest && periodsChangedSince(await deps.datasets.get(dataset), manifest.change_seq);
}
