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

/**
 * Held rows' views sorted by id, kept in three parallel lists rather than an object per row: a
 * gate can hold back a hundred thousand rows, publish keeps the previous version's list and the
 * new one through the files step, and every full garbage collection walks what is kept. Written
 * into the layout as the list of views (toJSON), read back from it with `of`.
 */
export class HeldViewList implements Iterable<HeldView> {
  private constructor(
    private readonly ids: string[],
    private readonly periods: string[],
    /** The revision shown, 0 for none (revisions are positive). */
    private readonly shownRevisions: Int32Array,
  ) {}

  /** The views sorted by id (a later view of the same id replaces an earlier one). */
  static of(views: Iterable<HeldView> | HeldViewList): HeldViewList {
    if (views instanceof HeldViewList) return views;
    const list = new HeldViewBuilder();
    for (const view of views) list.add(view.observation_id, view.period_end, view.shown);
    return list.build();
  }

  get length(): number {
    return this.ids.length;
  }
  id(i: number): string {
    return this.ids[i];
  }
  period(i: number): string {
    return this.periods[i];
  }
  shown(i: number): number | null {
    return this.shownRevisions[i] === 0 ? null : this.shownRevisions[i];
  }
  *[Symbol.iterator](): Iterator<HeldView> {
    for (let i = 0; i < this.ids.length; i++) yield { observation_id: this.ids[i], period_end: this.periods[i], shown: this.shown(i) };
  }
  /** The layout's JSON: the list of views, as before. */
  toJSON(): HeldView[] {
    return [...this];
  }

  /** Made by HeldViewBuilder only: lists already sorted by unique id. */
  static sorted(ids: string[], periods: string[], shown: Int32Array): HeldViewList {
    return new HeldViewList(ids, periods, shown);
  }
}

/** Collects held rows' views in any order into a HeldViewList (sorted by id, each period string kept once). */
export class HeldViewBuilder {
  private readonly ids: string[] = [];
  private readonly periods: string[] = [];
  private readonly shown: number[] = [];
  private readonly periodNames = new Map<string, string>();

  add(id: string, period: string, shown: number | null): void {
    let name = this.periodNames.get(period);
    if (name === undefined) this.periodNames.set(period, (name = period));
    this.ids.push(id);
    this.periods.push(name);
    this.shown.push(shown ?? 0);
  }

  build(): HeldViewList {
    // A list read back from a layout is sorted already.
    if (this.ids.every((id, i) => i === 0 || this.ids[i - 1] < id)) return HeldViewList.sorted(this.ids, this.periods, Int32Array.from(this.shown));
    const order = this.ids.map((_, i) => i).sort((a, b) => (this.ids[a] < this.ids[b] ? -1 : this.ids[a] > this.ids[b] ? 1 : a - b));
    // Of views with the same id, the last added stands.
    const kept = order.filter((i, k) => k + 1 === order.length || this.ids[order[k + 1]] !== this.ids[i]);
    return HeldViewList.sorted(
      kept.map((i) => this.ids[i]),
      kept.map((i) => this.periods[i]),
      Int32Array.from(kept, (i) => this.shown[i]),
    );
  }
}

/** Views as the change index takes them: a HeldViewList, or views in any order. */
export type HeldViews = HeldViewList | Iterable<HeldView>;

/** What a version must read of the store: every row, nothing (nothing changed), or the rows from a period on. */
export type ChangedFrom = { all: true } | { none: true } | { period: string };

/**
 * The periods whose rows may differ from the previous version's: those the index lists as changed
 * and those of held-back rows shown differently now (`before` is the previous version's list; a
 * row absent from a list is shown as it is in the store). Null when the change is unknown.
 */
export function changedPeriodSet(changed: string[] | null | undefined, now: HeldViews | undefined, before: HeldViews | undefined): Set<string> | null {
  if (!changed || !now || !before) return null;
  const periods = new Set(changed);
  heldDifferences(HeldViewList.of(now), HeldViewList.of(before), (period) => periods.add(period));
  return periods;
}

/**
 * The first period whose rows may differ from the previous version's (changedPeriodSet's
 * earliest). Unknown changes or an unknown list: every row.
 */
export function firstChangedPeriod(changed: string[] | null | undefined, now: HeldViews | undefined, before: HeldViews | undefined): ChangedFrom {
  const periods = changedPeriodSet(changed, now, before);
  if (!periods) return { all: true };
  if (periods.size === 0) return { none: true };
  let first: string | undefined;
  for (const period of periods) if (first === undefined || period < first) first = period;
  return { period: first! };
}

/**
 * Calls `changed` with the period of every held row shown differently in the two lists, walked
 * side by side (both sorted by id): at a million rows a gate can hold back a hundred thousand,
 * and two maps of them cost more than the walk.
 */
function heldDifferences(now: HeldViewList, before: HeldViewList, changed: (period: string) => void): void {
  let i = 0;
  let j = 0;
  while (i < now.length || j < before.length) {
    if (j === before.length || (i < now.length && now.id(i) < before.id(j))) {
      changed(now.period(i));
      i++;
    } else if (i === now.length || before.id(j) < now.id(i)) {
      changed(before.period(j));
      j++;
    } else {
      if (now.shown(i) !== before.shown(j)) changed(now.period(i));
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
export async function heldViews(dataset: string, heldIds: string[], store: ObservationStore, shown: (row: Observation) => Observation | undefined, known?: HeldViewBuilder): Promise<HeldViewList> {
  const ids = [...new Set(heldIds)].sort();
  const views = known ?? new HeldViewBuilder();
  // In batches: never all read at once.
  for (let at = 0; at < ids.length; at += HELD_BATCH) {
    // A held row no longer in the store was removed: its period is in the index anyway.
    for (const r of await store.get(dataset, ids.slice(at, at + HELD_BATCH))) views.add(r.observation_id, r.period_end ?? '', shown(r)?.revision ?? null);
  }
  return views.build();
}

/**
 * The periods changed since the previous version by the index (null when it cannot tell): the
 * entries above the change_seq that version's manifest records.
 */
export async function changedSincePrevious(dataset: string, previousVersion: number | null, deps: { datasets: DatasetStateStore; blobs: BlobStore }): Promise<string[] | null> {
  const manifest = previousVersion === null ? null : await readManifest(deps.blobs, dataset, previousVersion);
  return manifest && periodsChangedSince(await deps.datasets.get(dataset), manifest.change_seq);
}
