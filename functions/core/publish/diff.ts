/**
 * The diff of a version against the one before it, one observation_id at a time, so it can run
 * inside the streaming merge: what changed (added, revised, removed), how to record each change
 * in changes.json, the tallies per area and flow, the largest revisions for the notification,
 * and which versions each revision belongs to (vintages).
 */
import type { Observation, SnapshotManifest } from '../contract.js';
import { jsonValue, type VintageInterval } from './render.js';

export type ChangeKind = 'added' | 'revised' | 'removed';

/**
 * Classifies one observation_id from its current row's ndjson line and the previous version's
 * line. Lines are compared as text: the renderer is deterministic, so equal text is an equal row.
 */
export function classifyChange(currentLine: string | undefined, previousLine: string | undefined): ChangeKind | 'unchanged' {
  if (currentLine === undefined) return previousLine === undefined ? 'unchanged' : 'removed';
  if (previousLine === undefined) return 'added';
  return currentLine === previousLine ? 'unchanged' : 'revised';
}

/** `,"key":` for each member of a changes.json entry, built once. */
const KEY = (name: string) => `,${JSON.stringify(name)}:`;
const IDENTITY_KEYS = (['observation_id', 'area', 'partner', 'flow', 'commodity', 'breakdown', 'measure', 'period_start', 'period_end', 'unit'] as const).map((name) => [name, KEY(name)] as const);
const FIGURE_KEYS = (['qualifier', 'revision', 'status', 'release_id', 'published'] as const).map((name) => [name, KEY(name)] as const);

/** `"key":value` as JSON.stringify writes it, or nothing for undefined (which it omits). */
const member = (key: string, value: unknown) => (value === undefined ? '' : key + jsonValue(value));

/** The figure part of a row, as changes.json shows it before and after. */
function figure(row: Observation): string {
  let out = `{"value":${jsonValue(row.value ?? null)},"yoy_pct":${jsonValue(row.yoy_pct ?? null)}`;
  for (const [name, key] of FIGURE_KEYS) out += member(key, row[name]);
  return `${out}}`;
}

/**
 * One entry of changes.json: the series identity, then the figure before and/or after. Built as
 * text, byte-identical to JSON.stringify of the entry object (a unit test holds it to that).
 */
export function changeEntry(kind: ChangeKind, current: Observation | undefined, previous: Observation | undefined): string {
  const row = (current ?? previous)!;
  let out = `{"change":${JSON.stringify(kind)}`;
  for (const [name, key] of IDENTITY_KEYS) out += member(key, row[name]);
  if (previous) out += `,"old":${figure(previous)}`;
  if (current) out += `,"new":${figure(current)}`;
  // The release whose report changed the figure: what a user asks first about a revision.
  if (kind === 'revised') out += member(',"revised_by":', current!.release_id);
  // The store removes a row only when the release that reported it, normalized again (a revised
  // page, or a reprocessing with better extractors or code lists), no longer reports it.
  if (kind === 'removed') out += member(',"reason":', `release ${previous!.release_id} no longer reports this figure (re-normalized)`);
  return `${out}}`;
}

/** Relative change of value in percent, or null when it cannot be computed. */
export function changePct(oldValue: number | null, newValue: number | null): number | null {
  if (oldValue === null || newValue === null || oldValue === 0) return null;
  return Math.round(((newValue - oldValue) / Math.abs(oldValue)) * 1e6) / 1e4;
}

type Counts = { added: number; revised: number; removed: number };
type LargestChange = NonNullable<SnapshotManifest['largest_changes']>[number];

/**
 * Running totals of a diff. Everything it keeps is bounded by the number of distinct areas, flows
 * and commodities (capped) and by `largestCount`, never by the number of rows.
 */
export class ChangeTally {
  readonly counts: Counts = { added: 0, revised: 0, removed: 0 };
  private readonly byArea = new Map<string, Counts>();
  private readonly byFlow = new Map<string, Counts>();
  private readonly areas = new Set<string>();
  private readonly flows = new Set<string>();
  private readonly commodities = new Set<string>();
  private largest: Array<LargestChange & { score: number }> = [];

  constructor(
    private readonly largestCount = 10,
    private readonly touchedCap = 1000,
  ) {}

  /** Records one change. */
  add(kind: ChangeKind, current: Observation | undefined, previous: Observation | undefined): void {
    const row = (current ?? previous)!;
    this.counts[kind]++;
    bump(this.byArea, row.area, kind);
    bump(this.byFlow, row.flow, kind);
    capAdd(this.areas, row.area, this.touchedCap);
    capAdd(this.flows, row.flow, this.touchedCap);
    capAdd(this.commodities, row.commodity, this.touchedCap);
    if (kind === 'revised' && current && previous) this.considerLargest(current, previous);
  }

  /** Total number of changed rows. */
  get total(): number {
    return this.counts.added + this.counts.revised + this.counts.removed;
  }

  /** Distinct areas, flows and commodities touched, sorted. */
  touched(): NonNullable<SnapshotManifest['touched']> {
    return { areas: [...this.areas].sort(), flows: [...this.flows].sort(), commodities: [...this.commodities].sort() };
  }

  /** The largest revisions, largest first. */
  largestChanges(): LargestChange[] {
    return this.largest.map(({ score: _score, ...change }) => change);
  }

  /** Counts per area and per flow, keys sorted, for changes.json. */
  breakdown(): { by_area: Record<string, Counts>; by_flow: Record<string, Counts> } {
    const sorted = (map: Map<string, Counts>) => Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { by_area: sorted(this.byArea), by_flow: sorted(this.byFlow) };
  }

  private considerLargest(current: Observation, previous: Observation): void {
    const pct = changePct(previous.value, current.value);
    // Rank by relative change; a revision of the growth rate alone ranks by its percentage points.
    const score = pct !== null ? Math.abs(pct) : Math.abs((current.yoy_pct ?? 0) - (previous.yoy_pct ?? 0));
    if (this.largest.length === this.largestCount && score <= this.largest[this.largest.length - 1].score) return;
    this.largest.push({
      observation_id: current.observation_id,
      area: current.area,
      flow: current.flow,
      commodity: current.commodity,
      period_start: current.period_start,
      period_end: current.period_end,
      unit: current.unit,
      old_value: previous.value ?? null,
      new_value: current.value ?? null,
      change_pct: pct,
      release_id: current.release_id,
      score,
    });
    // Stable for equal scores: earlier (smaller) observation_ids stay ahead, so the list is deterministic.
    this.largest.sort((a, b) => b.score - a.score);
    if (this.largest.length > this.largestCount) this.largest.pop();
  }
}

function bump(map: Map<string, Counts>, key: string, kind: ChangeKind): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = { added: 0, revised: 0, removed: 0 }));
  counts[kind]++;
}

function capAdd(set: Set<string>, value: string, cap: number): void {
  if (set.size < cap) set.add(value);
}

/**
 * The versions each revision of one observation belongs to, as of `version`. Intervals already
 * closed in the previous version's vintages stay as they were; a revision that was open (or is
 * new) stays open only if it is the current row, otherwise it closes at `version`. A revision
 * written and superseded between two versions gets the empty interval [version, version).
 */
export function vintageIntervals(
  revisions: number[],
  previous: Map<number, VintageInterval>,
  currentRevision: number | null,
  version: number,
): VintageInterval[] {
  return revisions.map((revision) => vintageInterval(revision, previous.get(revision), currentRevision, version));
}

/** The interval of one revision (see vintageIntervals), given its interval in the previous version's vintages. */
export function vintageInterval(revision: number, before: VintageInterval | undefined, currentRevision: number | null, version: number): VintageInterval {
  const introduced_in = before?.introduced_in ?? version;
  if (before && before.superseded_in !== null) return { introduced_in, superseded_in: before.superseded_in };
  return { introduced_in, superseded_in: revision === currentRevision ? null : version };
}

/** Whether a vintage is part of version `version`: introduced_in <= version and (still current or version < superseded_in). */
export function inVersion(vintage: VintageInterval, version: number): boolean {
  return vintage.introduced_in <= version && (vintage.superseded_in === null || version < vintage.superseded_in);
}

/** The rows of version `version` from vintage records: the revision whose interval contains it. */
export function rowsAsOf<T extends VintageInterval>(vintages: Iterable<T>, version: number): T[] {
  const rows: T[] = [];
  for (const v of vintages) if (inVersion(v, version)) rows.push(v);
  return rows;
}
