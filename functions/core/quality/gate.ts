/**
 * The quality gate publish calls before it writes a version: reads the dataset's current rows and
 * looks up, in every other dataset, only the rows they are compared with (their partners), judges
 * the dataset's rows, records what it holds back for review, and hands publish a view of the
 * store without the held-back rows plus the version's quality.json.
 */
import type { Observation } from '../contract.js';
import type { DatasetStateStore, ObservationStore, QualityReviewStore, ReleaseLedger } from '../ports.js';
import { assessQuality } from './assess.js';
import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from './config.js';
import { heldRows, qualityDocument, qualitySummary, type QualitySummary } from './report.js';
import type { HeldRow } from './review.js';
import { partnerCells, partnerIds } from './partners.js';
import { rowRef } from './rows.js';

/** Where quality.json sits in a version. */
export const QUALITY_FILE = { path: 'quality.json', media_type: 'application/json' } as const;

/** What the gate needs. */
export interface QualityGateDeps {
  observations: ObservationStore;
  datasets: DatasetStateStore;
  /** Where held rows are listed and decisions kept; without it nothing is recorded and no decision applies. */
  reviews?: QualityReviewStore;
  quality?: QualityConfig;
  /** Where each release's held-back rows are noted with their reasons. */
  ledger?: Pick<ReleaseLedger, 'noteHeldBack'>;
}

/** The gate's answer. */
export interface QualityGate {
  /** The store as publish should see it: held-back rows (and their held revisions) left out. */
  observations: ObservationStore;
  /** quality.json, to be written into the version. */
  file: { path: string; media_type: string; body: Uint8Array };
  summary: QualitySummary;
  held: HeldRow[];
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/**
 * The rows of other datasets the dataset's rows are compared with, looked up by id: only the
 * series and periods a check can use (partners.ts), never a whole dataset.
 */
async function lookUpPartners(deps: Pick<QualityGateDeps, 'observations' | 'datasets'>, dataset: string, own: Observation[]): Promise<Observation[]> {
  const others = (await deps.datasets.list()).map((s) => s.dataset).filter((d) => d !== dataset).sort();
  // A dataset alone in the store has no partners elsewhere (its cells cost seconds at 100,000 rows).
  if (others.length === 0) return [];
  const cells = partnerCells(own);
  const found = await Promise.all(others.map((other) => deps.observations.get(other, partnerIds(cells, other))));
  return found.flat();
}

/** Previous revision of every revised row of a dataset, by rowRef. */
async function previousRevisions(store: ObservationStore, dataset: string, current: Observation[]): Promise<Map<string, Observation>> {
  const wanted = new Map(current.filter((r) => r.revision > 1).map((r) => [r.observation_id, r.revision - 1]));
  const found = new Map<string, Observation>();
  if (wanted.size === 0) return found;
  for await (const r of store.scanRevisions(dataset)) if (wanted.get(r.observation_id) === r.revision) found.set(rowRef(r), r);
  return found;
}

/** Runs the quality stage for the version about to be written. */
export async function runQualityGate(plan: { dataset: string; version: number; createdAt: string }, deps: QualityGateDeps): Promise<QualityGate> {
  const { dataset } = plan;
  const own = await collect(deps.observations.scan(dataset));
  const rows = [...own, ...(await lookUpPartners(deps, dataset, own))];
  const previous = await previousRevisions(deps.observations, dataset, own);
  const assessment = assessQuality({
    dataset,
    rows,
    previousRevisions: previous,
    config: deps.quality ?? DEFAULT_QUALITY_CONFIG,
    decisions: deps.reviews ? await deps.reviews.decisions(dataset) : [],
  });
  const heldBefore = deps.reviews ? await deps.reviews.listHeld(dataset) : [];
  const held = heldRows(assessment, plan.version, heldBefore);
  await deps.reviews?.recordHeld(dataset, held);
  if (deps.ledger) await noteInLedger(deps.ledger, held, heldBefore);
  const body = new TextEncoder().encode(`${JSON.stringify(qualityDocument(assessment, { version: plan.version, created_at: plan.createdAt }), null, 2)}\n`);
  return { observations: withoutHeld(deps.observations, dataset, held, standIns(dataset, held, heldBefore, previous)), file: { ...QUALITY_FILE, body }, summary: qualitySummary(assessment), held };
}

/** Notes each release's held-back rows in the ledger, and clears the notes of releases with none left. */
async function noteInLedger(ledger: Pick<ReleaseLedger, 'noteHeldBack'>, held: HeldRow[], heldBefore: HeldRow[]): Promise<void> {
  const notes = new Map<string, string[]>(heldBefore.map((h) => [h.release_id, []]));
  for (const h of held) notes.set(h.release_id, [...(notes.get(h.release_id) ?? []), `${h.dataset}/${h.observation_id} rev ${h.revision} (${h.label}): ${h.reasons.join('; ')}`]);
  for (const [releaseId, list] of notes) await ledger.noteHeldBack(releaseId, list);
}

/** For a held revision of a row published before, the earlier figure stays (unless it was held too). */
function standIns(dataset: string, held: HeldRow[], heldBefore: HeldRow[], previous: Map<string, Observation>): Map<string, Observation> {
  const found = new Map<string, Observation>();
  for (const h of held) {
    const before = previous.get(`${dataset}/${h.observation_id}`);
    const wasHeld = heldBefore.some((b) => b.observation_id === h.observation_id && b.revision === before?.revision);
    if (before && before.revision < h.revision && !wasHeld) found.set(h.observation_id, before);
  }
  return found;
}

/**
 * The store minus held-back rows: their held revision (and later ones) are not published; where
 * an earlier revision was published, it stays the current row until the new one is accepted.
 */
function withoutHeld(store: ObservationStore, dataset: string, held: HeldRow[], standIns: Map<string, Observation>): ObservationStore {
  const heldFrom = new Map(held.map((h) => [h.observation_id, h.revision]));
  const isHeld = (row: Observation) => row.dataset === dataset && heldFrom.has(row.observation_id) && row.revision >= heldFrom.get(row.observation_id)!;
  return {
    applyRelease: (d, releaseId, drafts) => store.applyRelease(d, releaseId, drafts),
    async *scan(d, range) {
      for await (const row of store.scan(d, range)) {
        if (!isHeld(row)) yield row;
        else if (standIns.has(row.observation_id)) yield standIns.get(row.observation_id)!;
      }
    },
    async *scanRevisions(d, range) {
      for await (const row of store.scanRevisions(d, range)) if (!isHeld(row)) yield row;
    },
    async get(d, ids) {
      return (await store.get(d, ids)).flatMap((row) => (!isHeld(row) ? [row] : standIns.has(row.observation_id) ? [standIns.get(row.observation_id)!] : []));
    },
  };
}
