/**
 * The quality gate publish calls before it writes a version: reads the dataset's current rows
 * period by period and looks up, in every other dataset, only the rows they are compared with
 * (their partners), judges the dataset's rows, records what it holds back for review, and hands
 * publish a view of the store without the held-back rows plus the version's quality.json.
 */
import type { Observation } from '../contract.js';
import type { BlobStore, CopiedRange, DatasetState, DatasetStateStore, ObservationStore, QualityReviewStore, ReleaseLedger, ScanRange } from '../ports.js';
import { readManifest, versionPrefix } from '../publish/documents.js';
import { HeldViewBuilder, heldViews, type HeldViewList } from '../publish/change-index.js';
import { filterMapped } from '../publish/streams.js';
import { Assessment, CarriedPeriod, RecordedBlameMoved, type JudgedFinding, type KnownBlame, type ReplayedFinding, type RowVerdict, type WeighedState } from './assess.js';
import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from './config.js';
import { carryPlan, gateBasis, gateLogChunks, gateLogKey, NEVER, readGateLog, type CarryPlan, type GateBasis, type GateLog, type RecordPart } from './gate-log.js';
import { composedQualityText, HELD_INDEX_LIST, HELD_LIST, heldRows, QualityReport, type QualitySummary, type ReportEntry, type RowCounts } from './report.js';
import { copyableItems, type QualityTextBase, type QualityTextIndex } from './list-text.js';
import type { HeldRow, ReviewDecision } from './review.js';
import { partnerCells, partnerIds } from './partners.js';
import { compactRow, groupBy, rowRef, shiftMonth } from './rows.js';
import { RowColumns } from './row-block.js';
import { PassDeltas } from './row-states.js';
import { HeldRows, RecordedPasses, rowKey, stateLine, STATES_LIST, UnreplayablePass } from './replay.js';

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
  /**
   * Where the gate keeps its record of each version (with the version's seq): the next version
   * judges only what changed, and its quality.json copies the previous one's unchanged lists.
   */
  blobs?: Pick<BlobStore, 'getStream' | 'putStream' | 'get'>;
  /**
   * What the version before this one published of the held rows (publish reads it from that
   * version's files): only that revision may stand in for a held one. Without it nothing counts
   * as published, and no earlier revision stands in.
   */
  published?: PublishedBefore;
  /**
   * Reads every month from a year before the first change on, as the gate did before it read only
   * the months its passes reach (the rest carried from the record): tests compare the two.
   */
  readEveryMonth?: boolean;
}

/** A held row as the look-up of what was published before needs it: its id, period and current (held) revision. */
export interface HeldRowRef {
  observation_id: string;
  period_end: string;
  revision: number;
}

/** What the version before the one being written published of some rows. */
export interface PublishedBefore {
  /** The revision it published of each row, by observation_id; null (or absent) for none. */
  revisions(rows: HeldRowRef[]): Promise<Map<string, number | null>>;
}

/** The gate's answer. */
export interface QualityGate {
  /** The store as publish should see it: held-back rows (and their held revisions) left out. */
  observations: ObservationStore;
  /**
   * What `observations` shows of a current row of the store (of any dataset): the row itself, the
   * earlier revision that stands in for a held one, or undefined (held, with nothing shown).
   */
  shown(row: Observation): Observation | undefined;
  /**
   * quality.json, to be written into the version: its bytes are written as they are read (never
   * whole in memory). With `copies`, the body holds ranges of the previous version's quality.json
   * among its bytes (copied inside the store, read back for the checksum).
   */
  file: { path: string; media_type: string; copies: boolean; body: () => AsyncIterable<Uint8Array | CopiedRange> };
  summary: QualitySummary;
  /** The rows held back, by observation_id: the revision held (later ones are held too). */
  heldFrom: ReadonlyMap<string, number>;
  /**
   * What the version shows of each row it holds back (the layout keeps it: held rows shown
   * differently from the previous version change their period). The rows of periods the gate
   * carried from the previous version's record are as that record judged them (no change reached
   * them since, and the review decisions are the same, or nothing would be carried), so only the
   * held rows judged again are read from the store. What is shown of a carried one is worked out
   * now all the same: whether its earlier revision stands in depends on what the previous version
   * published (PublishedBefore), which a version can change without any change to the row.
   */
  heldViews(): Promise<HeldViewList>;
  /** The rows held back as the review lists them, read back from the report. */
  heldRows(): Iterable<HeldRow>;
  /**
   * How many of the rows this gate recorded in the review store wait for a decision (status
   * 'held'): what the store lists until the next run or decision. Undefined without a review store.
   */
  waiting?: number;
  /** Writes the gate's record of the version (gate-log.ts), for the next version to carry: once the version is sure to be written. */
  keepRecord(): Promise<void>;
  /** How much the gate read, replayed and checked (publish logs it). */
  scope: GateScope;
}

/**
 * What a gate did, counted over every attempt: the dataset's months it read (passed over), the
 * check passes it replayed from the record and those it ran, its scans of the dataset, and how often
 * the replay from a year before the first change fell back to the one from two years before (why, the last time).
 */
export interface GateScope { months_read: number; passes_replayed: number; passes_checked: number; scans: number; fallbacks: number; fallback?: string }

/** Rows of one period_end, from a stream in publish order, as the gate holds them (compactRow). */
async function* stripesOf(rows: AsyncIterable<Observation>, columns: RowColumns): AsyncGenerator<Observation[]> {
  let stripe: Observation[] = [];
  for await (const row of rows) {
    if (stripe.length > 0 && stripe[0].period_end !== row.period_end) {
      yield stripe;
      stripe = [];
    }
    stripe.push(compactRow(row, columns));
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
    private readonly columns: RowColumns,
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
    return (await Promise.all(wanted.filter(({ ids }) => ids.length > 0).map(({ other, ids }) => this.store.get(other, ids)))).flat().map((row) => compactRow(row, this.columns));
  }

  /** Forgets what was asked for periods before `end`: no check reaches them any more. */
  forget(end: string): void {
    for (const period of this.asked.keys()) if (period < end) this.asked.delete(period);
  }
}

/**
 * The previous revision of each revised row, read from the dataset's revisions as the rows come
 * (both in publish order), from the first period with a revised row on (a new month's revisions
 * of the last months: only those months' revisions are read).
 */
class PreviousRevisions {
  private revisions?: AsyncIterator<Observation>;
  private ahead?: Observation;
  constructor(
    private readonly store: ObservationStore,
    private readonly dataset: string,
    /** The last period read (a run of the months read: readRuns); every one when undefined. */
    private readonly through?: string,
  ) {}

  /** The previous revisions of the stripe's revised rows, by rowRef. */
  async of(stripe: Observation[]): Promise<Map<string, Observation>> {
    const found = new Map<string, Observation>();
    const wanted = new Map(stripe.filter((r) => r.revision > 1).map((r) => [r.observation_id, r.revision - 1]));
    if (wanted.size === 0) return found;
    const end = stripe[0].period_end;
    this.revisions ??= this.store.scanRevisions(this.dataset, { fromPeriodEnd: end, ...(this.through !== undefined ? { throughPeriodEnd: this.through } : {}) })[Symbol.asyncIterator]();
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
 * so memory does not grow with the dataset. With a bucket and the change_seq the version covers,
 * it keeps a complete record of its findings (gate-log.ts); the next version then judges again
 * only the periods a change can reach and carries the previous version's entries for the rest.
 */
export async function runQualityGate(plan: { dataset: string; version: number; createdAt: string; seq?: number }, deps: QualityGateDeps): Promise<QualityGate> {
  const { dataset } = plan;
  const config = deps.quality ?? DEFAULT_QUALITY_CONFIG;
  const decisions = deps.reviews ? await deps.reviews.decisions(dataset) : [];
  const states = await deps.datasets.list();
  const basis = deps.blobs && plan.seq !== undefined ? gateBasis(plan.seq, dataset, states, config, decisions) : null;
  const others = states.map((s) => s.dataset).filter((d) => d !== dataset).sort();
  const inputs: JudgeInputs = { deps, dataset, config, decisions, others, statesFrom: basis ? statesFromOf(states, dataset) : NEVER, scope: { months_read: 0, passes_replayed: 0, passes_checked: 0, scans: 0, fallbacks: 0 } };
  let fromRecord: FromRecord | null = null;
  if (basis && plan.version > 1) {
    // Without a usable record (none, another basis, one that breaks off, lacks a failure it should hold or names a row not held): judged whole.
    const fromPrevious = (mode: ReplayMode) =>
      judgedFromRecord(deps.blobs!, plan.version - 1, basis, states, inputs, mode).catch((error: unknown) => {
        if (error instanceof RecordUnusable || error instanceof UnreplayablePass || error instanceof RecordedBlameMoved) return null;
        throw error;
      });
    // The passes from a year before the first change replayed first, reading only the months the passes run reach (when
    // the dataset has no partner dataset) and then every month from there; where the record cannot show a carried verdict
    // stays, from two years before. Each fallback is counted and its reason kept.
    const replayed = (mode: ReplayMode): Promise<FromRecord | null> =>
      fromPrevious(mode).catch(async (error: unknown) => {
        const next = mode === 'reached' && error instanceof ReachedReplayFailed ? 'narrow' : mode !== 'wide' && error instanceof NarrowReplayFailed ? 'wide' : null;
        if (!next) throw error;
        inputs.scope.fallbacks++;
        inputs.scope.fallback = (error as Error).message;
        return replayed(next);
      });
    fromRecord = await replayed(deps.readEveryMonth ? 'narrow' : 'reached');
  }
  const report = fromRecord?.report ?? (await judged(new QualityReport(dataset, config, basis !== null), null, inputs));
  const base = fromRecord ? await qualityTextBase(deps.blobs!, dataset, plan.version - 1, fromRecord) : undefined;
  // Where quality.json's lists went, once it is written whole: kept in the record for the next version.
  let written: QualityTextIndex | undefined;

  const keepRecord = async () => {
    if (basis) await deps.blobs!.putStream(gateLogKey(dataset, plan.version), toAsync(gateLogChunks(basis, report, written?.bytes ? written : undefined, fromRecord?.statesFrom ?? inputs.statesFrom)), { contentType: 'application/x-ndjson', cacheControl: 'no-cache', metadata: { 'content-encoding': 'gzip' } });
  };
  const standIns = await standInsOf(report, deps);
  const heldBefore = deps.reviews ? await deps.reviews.listHeld(dataset) : [];
  // By observation_id, once: held lists run to six figures on large datasets, and the list is asked per row.
  const heldBeforeById = new Map(heldBefore.map((b) => [b.observation_id, b]));
  const held = () => heldRows(report, plan.version, heldBeforeById, standIns);
  let waiting: number | undefined;
  if (deps.reviews) {
    const recorded = [...held()];
    await deps.reviews.recordHeld(dataset, recorded, heldBefore);
    waiting = recorded.reduce((n, h) => (h.status === 'held' ? n + 1 : n), 0);
  }
  if (deps.ledger) await noteInLedger(deps.ledger, held(), heldBefore);
  const meta = { version: plan.version, created_at: plan.createdAt };
  const rule = heldRule(dataset, report.heldFrom, standIns);
  return {
    observations: withoutHeld(deps.observations, rule),
    shown: rule.shown,
    file: {
      ...QUALITY_FILE,
      copies: base !== undefined,
      body: () => {
        const index: QualityTextIndex = { bytes: 0, lists: {} };
        written = index;
        return toAsync(composedQualityText(report, meta, base, index));
      },
    },
    summary: report.summary,
    heldFrom: report.heldFrom,
    heldViews: () => heldViewsOf(report, deps.observations, rule),
    heldRows: held,
    waiting,
    keepRecord,
    scope: inputs.scope,
  };
}

/** The previous version's record cannot be carried (it breaks off, or lacks a finding it should hold). */
class RecordUnusable extends Error {}

/**
 * How a version judged from the previous version's record replays it: from a year before the first
 * change reading only the months the passes it runs reach ('reached'), or every month from there
 * ('narrow'), or from two years before ('wide'): each falls back to the next.
 */
type ReplayMode = 'reached' | 'narrow' | 'wide';

/** What judging needs besides the report and the plan. */
interface JudgeInputs {
  deps: QualityGateDeps;
  dataset: string;
  config: QualityConfig;
  decisions: ReviewDecision[];
  others: string[];
  /** The first period whose check pass is kept for the next version's record (replay.ts). */
  statesFrom: string;
  /** Counted as the gate goes. */
  scope: GateScope;
}

/** How much of its check passes a version's record keeps: those of the dataset's latest three years (replay.ts). */
const STATES_MONTHS = 36;

/** The first period whose check pass the gate keeps: STATES_MONTHS before the dataset's latest period (NEVER when none is known). */
function statesFromOf(states: DatasetState[], dataset: string): string {
  const periods = Object.keys(states.find((s) => s.dataset === dataset)?.changed_periods ?? {}).filter((p) => p !== '');
  return periods.length === 0 ? NEVER : shiftMonth(periods.reduce((a, b) => (a > b ? a : b)), -STATES_MONTHS);
}

/** What a version judged from the previous version's record judges again (CarryPlan), and how (`unread`: the periods from the cut on it carries unread, with their recorded counts). */
type Carry = CarryPlan & { blame: KnownBlame; replay?: RecordedPasses; unread?: UnreadCarry };

/**
 * Judges the dataset's rows into `report`: every row (`carry` null), or only the periods from
 * `carry.cut` on, the report already holding what the record carries for the periods before.
 */
async function judged(report: QualityReport, carry: Carry | null, { deps, dataset, config, decisions, others, statesFrom, scope }: JudgeInputs): Promise<QualityReport> {
  // Previous revisions of rows still being judged (a held one's stays in the report as its stand-in).
  const previous = new Map<string, Observation>();
  const sink = {
    verdict(v: RowVerdict) {
      const stood = v.row.revision > 1 ? previous.get(rowRef(v.row)) : undefined;
      if (!carry || v.row.period_end >= carry.cut) report.verdict(v, stood);
      if (stood) previous.delete(rowRef(v.row));
    },
    finding(f: JudgedFinding) {
      // A replayed finding keeping its recorded line may name rows not held (periods before the cut): its latest one is after it.
      if (!carry || (f as ReplayedFinding).recorded || f.rows.some((r) => r.period_end >= carry.cut)) report.finding(f);
    },
  };
  const assessment = new Assessment(dataset, config, decisions, sink, carry?.blame);
  // The periods carried unread are counted when a full gate would hand out their first verdict.
  for (const [period, counts] of carry?.unread?.counts ?? []) assessment.carryPeriod(period, new CarriedPeriod(() => report.add({ period, counts }), counts.pass > 0, counts.rows_checked > counts.pass));
  const passes = new PeriodPasses(assessment, report, carry && rangeOf(carry), statesFrom, scope);
  await judgeStripes(passes, deps, dataset, others, previous);
  return report;
}

/** Which periods are read, replayed (from the record) and checked: replayed from the cut when the record keeps those passes, else checked from it (rows read 36 months before the first change). */
function rangeOf(carry: Carry): StripeRange {
  if (carry.replay) return { readFrom: carry.cut, cut: carry.cut, checkFrom: carry.first, replay: carry.replay, unread: carry.unread?.periods };
  return { readFrom: carry.readFrom, cut: carry.cut, checkFrom: carry.cut };
}

/**
 * The periods a gate reads from, judges from (`cut`: the previous revisions of its rows are read),
 * and checks from; those between the cut and the checks are replayed. Rows of the `unread` periods
 * (all between the cut and the checks) are not read.
 */
interface StripeRange { readFrom: string; cut: string; checkFrom: string; replay?: RecordedPasses; unread?: ReadonlySet<string> }

/** How far back a pass reaches: the same period a year before (assess.ts). */
const LOOK_BACK = 12;

/**
 * How the gate passes over each period: checks it (keeping its state line for the record from
 * `statesFrom` on), replays it from the record (its rows held, and found by key), or only holds its rows.
 */
class PeriodPasses {
  private readonly held = new HeldRows();
  constructor(
    readonly assessment: Assessment,
    private readonly report: QualityReport,
    readonly range: StripeRange | null,
    private readonly statesFrom: string,
    readonly scope: GateScope,
  ) {}

  /** Rows of periods passed already (partners found late): later checks compare with them. */
  hold(rows: Observation[]): void {
    if (this.range?.replay) this.held.note(rows);
    this.assessment.hold(rows);
  }

  /** Whether the period's rows need their previous revisions (they are judged, not only held). */
  judges(end: string): boolean {
    return !this.range || end >= this.range.cut;
  }

  pass(end: string, rows: Observation[], before: Map<string, Observation>): void {
    const range = this.range;
    this.catchUp(end);
    if (range && end < range.checkFrom) {
      if (range.replay?.covers(end)) {
        this.held.note(rows);
        if (end !== '') this.held.forgetBefore(shiftMonth(end, -LOOK_BACK));
        this.assessment.replay(rows, range.replay.pass(end, this.held));
        this.scope.passes_replayed++;
      } else this.hold(rows);
    } else {
      // A pass run compares rows of its period, the month before and a year before: never of a period not read.
      const unread = range?.unread;
      if (unread && end !== '' && (unread.has(end) || unread.has(shiftMonth(end, -1)) || unread.has(shiftMonth(end, -LOOK_BACK)))) throw new ReachedReplayFailed(`the pass over ${end} compares rows of a month not read`);
      this.scope.passes_checked++;
      this.held.clear();
      const deltas = end >= this.statesFrom ? new PassDeltas() : undefined;
      this.assessment.check(rows, before, deltas);
      if (deltas) this.report.passStates(end, stateLine(end, deltas));
    }
    this.assessment.settle(end);
  }

  /** Replays the recorded passes of periods before `end` (null: all) that no row read brought. */
  catchUp(end: string | null): void {
    const replay = this.range?.replay;
    for (const period of replay?.left(end) ?? []) {
      if (period !== '') this.held.forgetBefore(shiftMonth(period, -LOOK_BACK));
      this.assessment.replay([], replay!.pass(period, this.held));
      this.scope.passes_replayed++;
      this.assessment.settle(period);
    }
  }
}

/**
 * A report judged from the previous version's record, with what it carried: the periods before
 * `cut`, the lines of each list, where that version's quality.json put its lists, and the first
 * period from which the new record keeps every check pass (replay.ts).
 */
interface FromRecord {
  report: QualityReport;
  cut: string;
  carried: Map<string, number>;
  qualityText?: QualityTextIndex;
  statesFrom: string;
}

/**
 * The report of a version judged from the previous version's record: null when the record cannot
 * tell what changed. `narrow`: replaying from a year before the first change where the record
 * allows it; it throws NarrowReplayFailed when a carried verdict is not shown to stand.
 */
async function judgedFromRecord(blobs: Pick<BlobStore, 'getStream'>, version: number, basis: GateBasis, states: DatasetState[], inputs: JudgeInputs, mode: ReplayMode): Promise<FromRecord | null> {
  const report = new QualityReport(inputs.dataset, inputs.config, true);
  const reach = mode === 'reached' && inputs.others.length === 0 ? latestOf(states, inputs.dataset) : null;
  let carry: Awaited<ReturnType<typeof carried>>;
  try {
    carry = await carried(blobs, inputs.dataset, version, basis, states, report, inputs.statesFrom, mode !== 'wide', reach);
  } catch (error) {
    if (reach !== null && error instanceof UnreplayablePass) throw new ReachedReplayFailed(error.message);
    throw error;
  }
  if (!carry) return null;
  // Counted before judging: the carried lines lead each list, the lines judged again follow. Those of the periods carried unread
  // (in the middle of the periods judged again) are taken after.
  const counts = report.listCounts();
  for (const take of carry.unread?.deferred ?? []) take();
  try {
    return { report: await judged(report, carry, inputs), cut: carry.cut, carried: counts, qualityText: carry.qualityText, statesFrom: carry.statesFrom };
  } catch (error) {
    // A carried row of a period not read, blamed otherwise, or a finding that cannot be replayed: every month from the cut is read.
    if (carry.unread && (error instanceof UnreplayablePass || (error instanceof RecordedBlameMoved && error.unread) || error instanceof ReachedReplayFailed)) throw new ReachedReplayFailed(error.message);
    if (carry.narrowed && (error instanceof RecordedBlameMoved || error instanceof UnreplayablePass)) throw new NarrowReplayFailed(error.message);
    throw error;
  }
}

/** The replay from a year before the first change could not show that the verdicts it carries stand (the gate replays from two years before). */
class NarrowReplayFailed extends Error {}

/** The replay reading only the months its passes reach could not show that the verdicts it carries unread stand (the gate reads every month from the cut). */
class ReachedReplayFailed extends Error {}

/** The dataset's latest period as its change index knows it (null when none is known). */
function latestOf(states: DatasetState[], dataset: string): string | null {
  const periods = Object.keys(states.find((s) => s.dataset === dataset)?.changed_periods ?? {}).filter((p) => p !== '');
  return periods.length === 0 ? null : periods.reduce((a, b) => (a > b ? a : b));
}

/**
 * The periods from the cut to the first change whose rows a replay from a year before the first
 * change need not read, when the dataset's latest period is `latest`: the passes it runs (from the
 * first change to the latest period) compare rows of their period, the month before and a year
 * before only, so every other period there keeps the verdicts the record gives (README, "The gate
 * reads only the months it reaches"). Empty when the passes reach every one.
 */
function unreadPeriods(plan: CarryPlan, latest: string): string[] {
  const reached = new Set<string>();
  for (let p = plan.first; p <= latest; p = shiftMonth(p, 1)) for (const by of [0, -1, -LOOK_BACK]) reached.add(shiftMonth(p, by));
  const unread: string[] = [];
  for (let p = plan.cut; p < plan.first; p = shiftMonth(p, 1)) if (!reached.has(p)) unread.push(p);
  return unread;
}

/**
 * The periods carried unread (unreadPeriods): their counts as the record gives them (counted when
 * a full gate would count them: CarriedPeriod), and the carrying of their held rows and review
 * decisions, done once the lists' carried lines are counted.
 */
interface UnreadCarry { periods: ReadonlySet<string>; counts: Map<string, RowCounts>; deferred: (() => void)[] }

/**
 * The plan of a replay from a year before the first change (C − 12, README "How the gate scales"):
 * the passes from C − 12 on replayed and the checks run from C on, the rows read from C − 12, and
 * every entry before it carried; null when the record does not keep the passes from C − 12 on.
 */
function narrowed(plan: CarryPlan, statesFrom: string | undefined): CarryPlan | null {
  if (plan.first === NEVER || statesFrom === undefined) return null;
  const from = shiftMonth(plan.first, -LOOK_BACK);
  return statesFrom <= from ? { cut: from, readFrom: from, blameFrom: from, first: plan.first } : null;
}

/**
 * What the version's quality.json copies of the previous version's (list-text.ts): the leading
 * items of each list the gate carried, when the record says where that file put them and the
 * file is the one described (the previous version's manifest gives its size); else undefined,
 * and quality.json is written whole.
 */
async function qualityTextBase(blobs: Pick<BlobStore, 'get'>, dataset: string, version: number, from: FromRecord): Promise<QualityTextBase | undefined> {
  const index = from.qualityText;
  if (!index) return undefined;
  const manifest = await readManifest(blobs, dataset, version);
  if (manifest?.files.find((f) => f.path === QUALITY_FILE.path)?.bytes !== index.bytes) return undefined;
  const copied = new Map([...from.carried].map(([name, carried]) => [name, copyableItems(index.lists[name], carried, from.cut)]));
  return { fromKey: versionPrefix(dataset, version) + QUALITY_FILE.path, index, copied };
}

/** A synchronous sequence of chunks as the async one a blob store takes. */
async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Rows whose partners are looked up together: one look-up per other dataset for many periods, memory still bounded. */
const LOOK_UP_ROWS = 5_000;

/** Stripes of a stream grouped into blocks of about LOOK_UP_ROWS rows (whole stripes). */
async function* blocksOf(stripes: AsyncIterable<Observation[]>): AsyncGenerator<Observation[][]> {
  let block: Observation[][] = [];
  let rows = 0;
  for await (const stripe of stripes) {
    block.push(stripe);
    rows += stripe.length;
    if (rows >= LOOK_UP_ROWS) {
      yield block;
      block = [];
      rows = 0;
    }
  }
  if (block.length > 0) yield block;
}

/**
 * Streams the dataset's rows (every row, or from `range.readFrom` on) through the passes one
 * period at a time, with their partners (looked up for a block of periods at once; those of a
 * period not passed yet are passed with it) and the previous revisions of revised rows judged
 * (kept in `previous` until the row's verdict). Periods before `range.cut` are only held: the
 * passes of the periods after compare with them.
 */
async function judgeStripes(passes: PeriodPasses, deps: QualityGateDeps, dataset: string, others: string[], previous: Map<string, Observation>): Promise<void> {
  // The rows held, and their partners, in columns (row-block.ts).
  const columns = new RowColumns();
  // A row's columns are handed on once its verdict is out; not when replaying, whose held rows (HeldRows) outlive their verdicts.
  if (!passes.range?.replay) passes.assessment.concluded = (row) => columns.release(row);
  const partners = new PartnerLookup(deps.observations, others, columns);
  const range = passes.range;
  // The runs of months read (all from range.readFrom on, but for the months carried unread), each scanned on its own.
  const runs = range ? readRuns(range) : [undefined];
  let run = 0;
  // The previous revisions read run by run: a run's from its first revised row to its end.
  let revisions = new PreviousRevisions(deps.observations, dataset, runs[0]?.throughPeriodEnd);
  // Partners of periods not passed yet, passed when their period comes.
  const later = new Map<string, Observation[]>();
  const passLater = (upTo: string | null) => {
    for (const end of [...later.keys()].sort()) {
      if (upTo !== null && end >= upTo) break;
      passes.pass(end, later.get(end)!, new Map());
      later.delete(end);
    }
  };
  for await (const block of blocksOf(stripesOf(scanRuns(deps.observations, dataset, runs, passes.scope), columns))) {
    passes.scope.months_read += block.length;
    const first = block[0][0].period_end;
    const found = await partners.of(block.flat());
    passes.hold(found.filter((r) => r.period_end < first));
    for (const row of found) if (row.period_end >= first) (later.get(row.period_end) ?? later.set(row.period_end, []).get(row.period_end)!).push(row);
    for (const own of block) {
      const end = own[0].period_end;
      passLater(end);
      while (runs[run]?.throughPeriodEnd !== undefined && end > runs[run]!.throughPeriodEnd!) revisions = new PreviousRevisions(deps.observations, dataset, runs[++run]?.throughPeriodEnd);
      const before = passes.judges(end) ? await revisions.of(own) : new Map<string, Observation>();
      for (const [ref, row] of before) previous.set(ref, row);
      passes.pass(end, [...own, ...(later.get(end) ?? [])], before);
      later.delete(end);
    }
    const last = block.at(-1)![0].period_end;
    if (last !== '') partners.forget(shiftMonth(first === '' ? last : first, -11));
  }
  passLater(null);
  passes.catchUp(null);
  passes.assessment.finish();
}

/** The ranges of months a gate reads (StripeRange): from `readFrom` on, leaving out the months carried unread. */
function readRuns(range: StripeRange): ScanRange[] {
  const unread = [...(range.unread ?? [])].sort();
  const runs: ScanRange[] = [];
  let from = range.readFrom;
  for (const period of unread) {
    if (period > from) runs.push({ fromPeriodEnd: from, throughPeriodEnd: shiftMonth(period, -1) });
    if (period >= from) from = shiftMonth(period, 1);
  }
  runs.push({ fromPeriodEnd: from });
  return runs;
}

/** The dataset's rows of each range (`undefined`: all), one scan after the other, each counted when it starts. */
async function* scanRuns(store: ObservationStore, dataset: string, runs: (ScanRange | undefined)[], scope: GateScope): AsyncGenerator<Observation> {
  for (const range of runs) {
    scope.scans++;
    yield* store.scan(dataset, range);
  }
}

/**
 * Carries the previous version's entries of the periods no change reaches into the report; the
 * plan of what to judge again with the blame the record gives the failures that keep it, or null
 * (everything).
 */
async function carried(blobs: Pick<BlobStore, 'getStream'>, dataset: string, version: number, basis: GateBasis, states: DatasetState[], report: QualityReport, statesFrom: string, narrow: boolean, latest: string | null = null): Promise<(Carry & { qualityText?: QualityTextIndex; statesFrom: string; narrowed: boolean }) | null> {
  let log: GateLog | null;
  try {
    log = await readGateLog(blobs, dataset, version);
  } catch (error) {
    throw new RecordUnusable(`the quality record of ${dataset} v${version} cannot be read: ${String(error)}`);
  }
  const wide = log && carryPlan(log.basis, basis, dataset, states);
  if (!log || !wide) return null;
  const narrowPlan = narrow ? narrowed(wide, log.statesFrom) : null;
  const plan = narrowPlan ?? wide;
  // The passes from the cut to the first change are replayed when the record keeps them all.
  const canReplay = log.statesFrom !== undefined && log.statesFrom <= plan.cut && plan.first !== NEVER;
  // Replaying from a year before the first change, the months no pass run reaches are carried unread.
  const unreadList = canReplay && narrowPlan && latest !== null ? unreadPeriods(plan, latest) : [];
  const unread: UnreadCarry | undefined = unreadList.length > 0 ? { periods: new Set(unreadList), counts: new Map(), deferred: [] } : undefined;
  const replay = canReplay ? new RecordedPasses(plan.cut, plan.first, plan.blameFrom, unread?.periods) : undefined;
  let suspected: Map<string, RecordedBlame>;
  try {
    suspected = await carryRecord(log.parts, plan, report, log.heldIndex, { keepFrom: statesFrom, replay, unread });
  } catch (error) {
    throw new RecordUnusable(`the quality record of ${dataset} v${version} breaks off: ${String(error)}`);
  }
  const blame: KnownBlame = {
    before: plan.blameFrom,
    of(finding) {
      const known = suspected.get(findingKey(finding.check, finding.message, finding.rows));
      if (!known) throw new RecordUnusable(`the quality record of ${dataset} v${version} lacks a ${finding.check} failure it should hold: ${finding.message}`);
      return finding.rows.filter((_, i) => known.flags[i]);
    },
    weighed: (finding) => suspected.get(findingKey(finding.check, finding.message, finding.rows))?.weighed,
  };
  // The new record keeps every pass from where the previous one did (up to the cut) or from the cut (checked or replayed again).
  const kept = log.statesFrom !== undefined && log.statesFrom < plan.cut ? log.statesFrom : plan.cut;
  return { ...plan, blame, qualityText: log.qualityText, replay, ...(unread ? { unread } : {}), statesFrom: kept > statesFrom ? kept : statesFrom, narrowed: narrowPlan !== null };
}

/**
 * Carries a record's entries of the periods before `plan.cut` into `report`, and returns the blame
 * the record gives each failure judged again whose latest row is before `plan.blameFrom` (which of
 * its rows are suspected, by findingKey). A member whose every line is carried is taken as it was
 * gzipped (QualityReport.adopt: most of a large record); the others are read line by line. With
 * `heldIndex` (the record holds the held rows' index), held rows are read from the index. With
 * `passes`, the passes' state lines are kept from `keepFrom` on (carryStates), and the findings
 * and state lines of the passes `passes.replay` covers are noted there.
 */
export async function carryRecord(parts: AsyncIterable<RecordPart>, plan: Pick<CarryPlan, 'cut' | 'blameFrom'>, report: QualityReport, heldIndex = false, passes?: { keepFrom: string; replay?: RecordedPasses; unread?: UnreadCarry }): Promise<Map<string, RecordedBlame>> {
  const suspected = new Map<string, RecordedBlame>();
  const unread = passes?.unread;
  for await (const part of parts) {
    const member = part.member;
    // A held row's member, or its index's, holds one period: one carried unread is taken whole (deferred: UnreadCarry).
    if (member && unread?.periods.has(member.last) && (member.list === HELD_LIST || member.list === HELD_INDEX_LIST)) {
      unread.deferred.push(() => void report.adopt(member.list, member, heldIndex));
      continue;
    }
    if (member?.list === HELD_INDEX_LIST) {
      // Its lines name held rows only; those of periods judged again are judged anew.
      if (member.last < plan.cut) report.adopt(member.list, member, heldIndex);
      continue;
    }
    if (member?.list === STATES_LIST) {
      await carryStates(part, plan.cut, report, passes);
      continue;
    }
    if (member && member.last < plan.cut && report.adopt(member.list, member, heldIndex)) continue;
    // Replaying, every failure before blameFrom is replayed with its line: no blame is looked up.
    const replay = passes?.replay;
    const findings = member !== undefined && FINDING_LIST.test(member.list);
    for await (const { period, line } of part.entries()) {
      if (period < plan.cut) report.carry(line);
      else if (unread && !findings && unread.periods.has(period)) {
        // A period carried unread: its counts (the header's lines) counted when a full gate counts them, its other lines taken after the lists' carried lines.
        if (member === undefined) unread.counts.set(period, (JSON.parse(line) as { counts: RowCounts }).counts);
        else unread.deferred.push(() => report.carry(line));
      } else if (replay) {
        if (findings && replay.covers(period)) replay.noteFinding(period, line);
      } else if (period < plan.blameFrom && line.includes('"outcome":"fail"')) {
        const entry = JSON.parse(line) as ReportEntry;
        if ('finding' in entry && entry.finding.outcome === 'fail') suspected.set(findingKey(entry.finding.check, entry.finding.message, entry.finding.rows), { flags: entry.finding.rows.map((r) => r.suspected), weighed: entry.weighed });
      }
    }
  }
  return suspected;
}

/** What the record says of a failure's blame: which of its rows it blames, and what it weighed of each (records that keep it). */
interface RecordedBlame { flags: boolean[]; weighed?: WeighedState[] }

/** The record's lists of findings (QualityReport.recordMembers). */
const FINDING_LIST = /^(failed|warned):/;

/**
 * A member of the passes' state lines (one period's): kept in the new record from `keepFrom` on,
 * up to the cut (the passes after it are checked again) or through the passes replayed (the same
 * again), whose lines are noted for the replay. Without `passes` none is kept.
 */
async function carryStates(part: RecordPart, cut: string, report: QualityReport, passes?: { keepFrom: string; replay?: RecordedPasses }): Promise<void> {
  const member = part.member!;
  const replayed = passes?.replay?.covers(member.last) ?? false;
  if (!passes || member.last < passes.keepFrom || (member.last >= cut && !replayed)) return;
  // A pass whose rows are all of months not read (nor held) adds to no row's state the gate holds: its lines are not read.
  if (replayed && passes.replay!.touchesNothingRead(member.last)) passes.replay!.noteStates(member.last, '');
  else if (replayed) for await (const { period, line } of part.entries()) passes.replay!.noteStates(period, line);
  report.adopt(STATES_LIST, member);
}

/** A finding told apart from every other: its check, its message and its rows (each revision). */
const findingKey = (check: string, message: string, rows: Pick<Observation, 'dataset' | 'observation_id' | 'revision'>[]) => `${check}\n${message}\n${rows.map(rowKey).join(' ')}`;

/** Notes each release's held-back rows in the ledger, and clears the notes of releases with none left. */
async function noteInLedger(ledger: Pick<ReleaseLedger, 'noteHeldBack'>, held: Iterable<HeldRow>, heldBefore: HeldRow[]): Promise<void> {
  const notes = new Map<string, string[]>(heldBefore.map((h) => [h.release_id, []]));
  for (const h of held) (notes.get(h.release_id) ?? notes.set(h.release_id, []).get(h.release_id)!).push(`${h.dataset}/${h.observation_id} rev ${h.revision} (${h.label}): ${h.reasons.join('; ')}`);
  for (const [releaseId, list] of notes) await ledger.noteHeldBack(releaseId, list);
}

/**
 * For a held revision of a row published before, the figure the version before published stays:
 * that revision, if it is an earlier one, stands in (PublishedBefore); a revision no version
 * published (one superseded between two versions, or of a row new since) never does, nor does
 * one held itself. It is the earlier revision the gate read with the row, or else read now.
 */
async function standInsOf(report: QualityReport, deps: QualityGateDeps): Promise<Map<string, Observation>> {
  const found = new Map<string, Observation>();
  const revised: HeldRowRef[] = [];
  for (const [id, period] of report.revisedHeld) revised.push({ observation_id: id, period_end: period, revision: report.heldFrom.get(id)! });
  if (!deps.published || revised.length === 0) return found;
  const published = await deps.published.revisions(revised);
  const older: HeldRowRef[] = [];
  for (const held of revised) {
    const shown = published.get(held.observation_id);
    if (shown === null || shown === undefined || shown >= held.revision) continue;
    const previous = report.previousOfHeld.get(held.observation_id);
    if (previous?.revision === shown) found.set(held.observation_id, previous);
    else older.push({ ...held, revision: shown });
  }
  for (const row of await revisionsOf(deps.observations, report.dataset, older)) found.set(row.observation_id, row);
  return found;
}

/** These revisions of rows of a dataset, read from the store's revisions of their periods. */
async function revisionsOf(store: ObservationStore, dataset: string, wanted: HeldRowRef[]): Promise<Observation[]> {
  const found: Observation[] = [];
  for (const [period, refs] of groupBy(wanted, (w) => w.period_end)) {
    const revision = new Map(refs.map((r) => [r.observation_id, r.revision]));
    for await (const row of store.scanRevisions(dataset, { fromPeriodEnd: period, throughPeriodEnd: period })) {
      if (revision.get(row.observation_id) === row.revision) found.push(row);
    }
  }
  return found;
}

/**
 * The held rows' views (QualityGate.heldViews): those carried from the record from the report,
 * whose current row is the held revision itself (so `shownHeld` is what is shown of it), the
 * others read from the store.
 */
function heldViewsOf(report: QualityReport, store: ObservationStore, rule: HeldRule): Promise<HeldViewList> {
  const carried = new HeldViewBuilder();
  const known = new Set<string>();
  for (const [period, ids] of report.carriedHeld) {
    for (const id of ids) {
      carried.add(id, period, rule.shownHeld(id));
      known.add(id);
    }
  }
  const judged = [...report.heldFrom.keys()].filter((id) => !known.has(id));
  return heldViews(report.dataset, judged, store, rule.shown, carried);
}

/** Which rows the gate holds back, and what publish shows of a current row instead (`shownHeld`: the revision shown of a held row, by id). */
interface HeldRule {
  isHeld(row: Observation): boolean;
  shown(row: Observation): Observation | undefined;
  shownHeld(id: string): number | null;
}

/**
 * A held-back revision (and later ones) is not published; where an earlier revision was
 * published, it stays the current row until the new one is accepted.
 */
function heldRule(dataset: string, heldFrom: ReadonlyMap<string, number>, standIns: Map<string, Observation>): HeldRule {
  const isHeld = (row: Observation) => row.dataset === dataset && heldFrom.has(row.observation_id) && row.revision >= heldFrom.get(row.observation_id)!;
  return { isHeld, shown: (row) => (isHeld(row) ? standIns.get(row.observation_id) : row), shownHeld: (id) => standIns.get(id)?.revision ?? null };
}

/** The store minus held-back rows (heldRule): each current row read is shown as it is, by its stand-in, or not at all. */
function withoutHeld(store: ObservationStore, rule: HeldRule): ObservationStore {
  return {
    applyRelease: (d, releaseId, drafts) => store.applyRelease(d, releaseId, drafts),
    scan: (d, range) => filterMapped(store.scan(d, range), rule.shown),
    scanRevisions: (d, range) => filterMapped(store.scanRevisions(d, range), (row) => (rule.isHeld(row) ? undefined : row)),
    async get(d, ids) {
      return (await store.get(d, ids)).flatMap((row) => rule.shown(row) ?? []);
    },
  };
}
