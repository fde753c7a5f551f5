/**
 * The quality gate publish calls before it writes a version: reads the dataset's current rows and
 * looks up, in every other dataset, only the rows they are compared with (their partners), judges
 * the dataset's rows, records what it holds back for review, and hands publish a view of the
 * store without the held-back rows plus the version's quality.json.
 */
import type { Observation } from '../contract.js';
import type { DatasetStateStore, ObservationStore, QualityReviewStore, ReleaseLedger } from '../ports.js';
import { Assessment } from './assess.js';
import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from './config.js';
import { heldRows, qualityDocument, QualityReport, type QualitySummary } from './report.js';
import type { HeldRow } from './review.js';
import { partnerCells, partnerIds } from './partners.js';
import { groupBy, rowRef, shiftMonth } from './rows.js';

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

/** Rows of one period_end, from a stream in publish order. */
async function* stripesOf(rows: AsyncIterable<Observation>): AsyncGenerator<Observation[]> {
  let stripe: Observation[] = [];
  for await (const row of rows) {
    if (stripe.length > 0 && stripe[0].period_end !== row.period_end) {
      yield stripe;
      stripe = [];
    }
    stripe.push(row);
  }
  if (stripe.length > 0) yield stripe;
}

/**
 * The rows of other datasets the dataset's rows are compared with, looked up by id period by
 * period: only the series and periods a check can use (partners.ts), never a whole dataset, and
 * each id once while its period can still be compared.
 */
class PartnerLookup {
  private readonly asked = new Map<string, Set<string>>();
  constructor(
    private readonly store: ObservationStore,
    private readonly others: string[],
  ) {}

  /** The partners of one stripe of the dataset's rows, of any period, not found before. */
  async of(own: Observation[]): Promise<Observation[]> {
    // A dataset alone in the store has no partners elsewhere (its cells cost seconds at 100,000 rows).
    if (this.others.length === 0) return [];
    const wanted = this.others.map((other) => ({ other, ids: [] as string[] }));
    for (const [end, cells] of groupBy(partnerCells(own), (c) => c.period_end)) {
      const asked = this.asked.get(end) ?? this.asked.set(end, new Set()).get(end)!;
      for (const { other, ids } of wanted) {
        for (const id of partnerIds(cells, other)) {
          if (!asked.has(`${other}/${id}`)) ids.push(id);
          asked.add(`${other}/${id}`);
        }
      }
    }
    return (await Promise.all(wanted.map(({ other, ids }) => this.store.get(other, ids)))).flat();
  }

  /** Forgets what was asked for periods before `end`: no check reaches them any more. */
  forget(end: string): void {
    for (const period of this.asked.keys()) if (period < end) this.asked.delete(period);
  }
}

/**
 * The previous revision of each revised row, read from the dataset's revisions as the rows come
 * (both in publish order), from the first period with a revised row on.
 */
class PreviousRevisions {
  private revisions?: AsyncIterator<Observation>;
  private ahead?: Observation;
  constructor(
    private readonly store: ObservationStore,
    private readonly dataset: string,
  ) {}

  /** The previous revisions of the stripe's revised rows, by rowRef. */
  async of(stripe: Observation[]): Promise<Map<string, Observation>> {
    const found = new Map<string, Observation>();
    const wanted = new Map(stripe.filter((r) => r.revision > 1).map((r) => [r.observation_id, r.revision - 1]));
    if (wanted.size === 0) return found;
    const end = stripe[0].period_end;
    this.revisions ??= this.store.scanRevisions(this.dataset)[Symbol.asyncIterator]();
    for (;;) {
      const next = this.ahead ?? (await this.revisions.next()).value;
      this.ahead = undefined;
      if (next === undefined) break;
      if (next.period_end < end) continue;
      if (next.period_end > end) {
        this.ahead = next;
        break;
      }
      if (wanted.get(next.observation_id) === next.revision) found.set(rowRef(next), next);
    }
    return found;
  }
}

/**
 * Runs the quality stage for the version about to be written, period by period: the dataset's
 * rows stream in publish order and the assessment holds about a year of them (see assess.ts),
 * so memory does not grow with the dataset.
 */
export async function runQualityGate(plan: { dataset: string; version: number; createdAt: string }, deps: QualityGateDeps): Promise<QualityGate> {
  const { dataset } = plan;
  const config = deps.quality ?? DEFAULT_QUALITY_CONFIG;
  const report = new QualityReport(dataset, config);
  // Previous revisions of rows still being judged, and of the held ones (their stand-ins).
  const previous = new Map<string, Observation>();
  const heldPrevious = new Map<string, Observation>();
  const assessment = new Assessment(dataset, config, deps.reviews ? await deps.reviews.decisions(dataset) : [], {
    verdict(v) {
      report.verdict(v);
      const ref = rowRef(v.row);
      if (v.held && previous.has(ref)) heldPrevious.set(ref, previous.get(ref)!);
      previous.delete(ref);
    },
    finding: (f) => report.finding(f),
  });
  const others = (await deps.datasets.list()).map((s) => s.dataset).filter((d) => d !== dataset).sort();
  const partners = new PartnerLookup(deps.observations, others);
  const revisions = new PreviousRevisions(deps.observations, dataset);
  // Partners of periods after the one being checked, checked when their period comes.
  const later = new Map<string, Observation[]>();
  const checkLater = (upTo: string | null) => {
    for (const end of [...later.keys()].sort()) {
      if (upTo !== null && end >= upTo) break;
      assessment.check(later.get(end)!, new Map());
      later.delete(end);
      assessment.settle(end);
    }
  };

  for await (const own of stripesOf(deps.observations.scan(dataset))) {
    const end = own[0].period_end;
    checkLater(end);
    const found = groupBy(await partners.of(own), (r) => (r.period_end < end ? 'earlier' : r.period_end > end ? 'later' : 'same'));
    assessment.hold(found.get('earlier') ?? []);
    for (const row of found.get('later') ?? []) (later.get(row.period_end) ?? later.set(row.period_end, []).get(row.period_end)!).push(row);
    const before = await revisions.of(own);
    for (const [ref, row] of before) previous.set(ref, row);
    assessment.check([...own, ...(found.get('same') ?? []), ...(later.get(end) ?? [])], before);
    later.delete(end);
    assessment.settle(end);
    if (end !== '') partners.forget(shiftMonth(end, -11));
  }
  checkLater(null);
  assessment.finish();

  const heldBefore = deps.reviews ? await deps.reviews.listHeld(dataset) : [];
  const held = heldRows(report, plan.version, heldBefore);
  await deps.reviews?.recordHeld(dataset, held);
  if (deps.ledger) await noteInLedger(deps.ledger, held, heldBefore);
  const body = new TextEncoder().encode(`${JSON.stringify(qualityDocument(report, { version: plan.version, created_at: plan.createdAt }), null, 2)}\n`);
  return { observations: withoutHeld(deps.observations, dataset, held, standIns(dataset, held, heldBefore, heldPrevious)), file: { ...QUALITY_FILE, body }, summary: report.summary, held };
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
