/**
 * The quality engine: runs every named check over the rows the store holds, narrows each failure
 * down to the rows that may be wrong, and gives each row of the dataset being published one
 * outcome (pass, warn or fail) with its evidence. Pure: rows, configuration and decisions in,
 * verdicts out.
 *
 * Blame: a failed comparison says "these rows cannot all be right". The suspects are the rows
 * the check could not clear; a suspect that another, independent figure confirms (its currency
 * twin, last year's figure, another source) is cleared; of the rest, the rows caught in the most
 * failures are blamed (other findings about a row, such as a large revision, break ties, then the
 * row fewer equalities confirmed). A row blamed by a hard check fails and is held back.
 *
 * Streaming: every check compares a row only with rows of its own period, the month before and
 * the same period a year earlier, so `Assessment` takes the rows one period_end at a time and
 * holds only the last twelve months of rows (plus, for two more years, the rows some finding
 * names): a row's findings are all known twelve months after its period, their blame (which
 * weighs the other rows they name, themselves compared up to twelve months later) twelve
 * months after that. Verdicts and findings leave as soon as they are final.
 */
import { CHECK_NAMES, type CheckName, type QualityConfig } from './config.js';
import type { CheckContext, Finding, PeriodRows, QualityCheck } from './model.js';
import { decisionFor, type ReviewDecision } from './review.js';
import { cellNumber, groupBy, hasFigure, rowRef, sameCell, type QualityRow, type RowChange } from './rows.js';
import { BOUNDED, PINNED, RowStates, VOUCHED, type PassDeltas } from './row-states.js';
import { currencyTwinCheck, cumulativeGrowsCheck, impliedGrowthCheck, januaryCheck, largeRevisionCheck, monthAddsToCumulativeCheck, monthWithinCumulativeCheck, signCheck, twoSourcesCheck } from './series-checks.js';
import { flowsAddUpCheck, growthAddsUpCheck } from './flow-checks.js';
import { partsAndTotalsCheck, partWithinWholeCheck, shareOfTotalCheck } from './sum-checks.js';

/** Every check, in CHECK_NAMES order. */
export const QUALITY_CHECKS: QualityCheck[] = [
  signCheck,
  currencyTwinCheck,
  impliedGrowthCheck,
  monthWithinCumulativeCheck,
  cumulativeGrowsCheck,
  monthAddsToCumulativeCheck,
  januaryCheck,
  partsAndTotalsCheck,
  partWithinWholeCheck,
  flowsAddUpCheck,
  growthAddsUpCheck,
  shareOfTotalCheck,
  twoSourcesCheck,
  largeRevisionCheck,
].sort((a, b) => CHECK_NAMES.indexOf(a.name) - CHECK_NAMES.indexOf(b.name));

/** Checks whose agreement vouches for a row (an independent figure of the same thing). */
const CORROBORATING = new Set(QUALITY_CHECKS.filter((c) => c.corroborates).map((c) => c.name));

/** A finding as published: its severity after the hard/soft configuration, and the rows blamed. */
export interface JudgedFinding extends Finding {
  outcome: 'fail' | 'warn';
  blamed: QualityRow[];
  /**
   * For a failure, what blame weighed of each of its rows (in `rows` order): the row's final
   * state. The gate's record keeps it, so that a later version can blame the failure again
   * without the passes over rows of periods it no longer reads (replay.ts).
   */
  weighed?: WeighedState[];
}

/** What blame reads of a row's final state: its weight, its agreements, and whether an independent figure vouched for it (1) or not (0). */
export type WeighedState = [weight: number, agreements: number, vouched: 0 | 1];

/**
 * A recorded verdict the record says cannot move did: a replayed failure, blamed again, blames a row
 * of a period the gate carries differently from the record (replay.ts). The gate then replays from
 * further back, where that row is judged again.
 */
export class RecordedBlameMoved extends Error {
  /** `unread`: the row is one of a period from the cut on that the gate did not read (ReplayedFinding.fixed), not one before the cut. */
  constructor(message: string, readonly unread = false) {
    super(message);
  }
}

/**
 * A judged finding as a row's verdict names it: its check and outcome, whether it blames the row,
 * and, for a failure that does, its message (the reason the row is held). The finding itself,
 * its rows and evidence, goes to the sink when it is judged (AssessmentSink.finding).
 */
export interface VerdictFinding {
  check: CheckName;
  outcome: 'fail' | 'warn';
  blamesRow: boolean;
  message?: string;
}

/** One row's outcome. */
export interface RowVerdict {
  row: QualityRow;
  outcome: 'pass' | 'warn' | 'fail';
  /** The judged findings naming the row, in check order. */
  findings: VerdictFinding[];
  decision?: ReviewDecision;
  /** Not published: failed a hard check and not accepted, or rejected by an operator. */
  held: boolean;
  /** Whether any check compared the row with another figure (or a rule applied to it at all). */
  compared: boolean;
  /** Whether a comparison said what the figure should be (not only how large it may be). */
  pinned: boolean;
}

/** What the quality stage says about a dataset's rows. */
export interface QualityAssessment {
  dataset: string;
  config: QualityConfig;
  verdicts: RowVerdict[];
  /** Findings touching the dataset's rows. */
  findings: JudgedFinding[];
  /** Per check: failures and warnings touching the dataset. */
  perCheck: { name: CheckName; description: string; hard: boolean; failures: number; warnings: number }[];
}

/** What to assess. */
export interface AssessInput {
  dataset: string;
  /** Every current row of every dataset (the dataset's own included): the partners to check against. */
  rows: QualityRow[];
  /** Previous revision of the dataset's revised rows, by rowRef. */
  previousRevisions?: Map<string, QualityRow>;
  config: QualityConfig;
  decisions?: ReviewDecision[];
}

/** Runs the checks over every row at once and judges every row of `input.dataset` (verdicts in the order of `input.rows`). */
export function assessQuality(input: AssessInput): QualityAssessment {
  const verdicts: RowVerdict[] = [];
  const findings: JudgedFinding[] = [];
  const assessment = new Assessment(input.dataset, input.config, input.decisions ?? [], { verdict: (v) => verdicts.push(v), finding: (f) => findings.push(f) });
  assessment.check(input.rows, input.previousRevisions ?? new Map());
  assessment.finish();
  const order = new Map(input.rows.map((row, i) => [row, i]));
  verdicts.sort((a, b) => order.get(a.row)! - order.get(b.row)!);
  return { dataset: input.dataset, config: input.config, verdicts, findings, perCheck: perCheckCounts(input.config, findings) };
}

/** Per check: its failures and warnings among the findings. */
export function perCheckCounts(config: QualityConfig, findings: Iterable<JudgedFinding>): QualityAssessment['perCheck'] {
  const hard = new Set<CheckName>(config.hard_checks);
  const counts = new Map(QUALITY_CHECKS.map((c) => [c.name, { name: c.name, description: c.description, hard: hard.has(c.name), failures: 0, warnings: 0 }]));
  for (const f of findings) counts.get(f.check)![f.outcome === 'fail' ? 'failures' : 'warnings']++;
  return [...counts.values()];
}

/** Where an assessment hands out what is final: each row's verdict, each finding touching the dataset. */
export interface AssessmentSink {
  verdict(verdict: RowVerdict): void;
  finding(finding: JudgedFinding): void;
}

/**
 * Blame that need not be worked out again: a failure the previous version's record holds, whose
 * rows and their comparisons did not change (gate-log.ts). `of` gives the rows the record blames,
 * and throws when the record does not hold the finding.
 */
export interface KnownBlame {
  /** Applies to failures whose latest row's period_end is before this one. */
  before: string;
  of(finding: Finding): QualityRow[];
  /** What the record says the failure's blame weighed (JudgedFinding.weighed), when it says. */
  weighed?(finding: Finding): WeighedState[] | undefined;
}

/** What the checks said about one row so far (kept in columns: RowStates). */
interface RowState {
  /** Comparisons that pin a figure down (equalities) the row passed. */
  agreements: number;
  /** An independent figure of the same thing confirmed it. */
  vouched: boolean;
  /** It stayed within some bound (a comparison, if a weak one). */
  bounded: boolean;
  /** Some comparison pinned it down (an equality, not only a bound). */
  pinned: boolean;
  /** Blame weight: 1000 per hard failure it is a suspect in, 1 per other finding. */
  weight: number;
  /** Findings naming it (a row with none passes as soon as its period closes). */
  findings: number;
  /** The judged findings naming it (rows of the dataset only), once there is one. */
  judged?: JudgedFinding[];
}

/** A change to a row's state as one object (RowStates.add takes it; the passes note numbers: RuleChange, DeltaItem). */
export type StateDelta = Omit<RowState, 'judged'>;

/**
 * What one check pass added to a row's state, as the record's state line writes it (replay.ts):
 * the row's key, then agreements, flag bits (VOUCHED 1, BOUNDED 2, PINNED 4: RowStates' own),
 * blame weight and findings naming it. Recorded, so that a later version can replay the pass
 * without running it.
 */
export type DeltaItem = [key: string, agreements: number, flags: number, weight: number, findings: number];

/**
 * What one rule adds to a row's state, as RowStates.addBits takes it: agreements, flag bits, blame
 * weight, findings named. The rules are numbers worked out once per agreement or finding, not an
 * object or a closure per row: a pass over a month of a million-row dataset notes tens of
 * thousands of agreements.
 */
type RuleChange = [agreements: number, flags: number, weight: number, findings: number];

/** A row's state after a comparison it agreed with (`vouches`: a corroborating check's equality). */
const AGREED_BOUND: RuleChange = [0, BOUNDED, 0, 0];
const AGREED_EQUAL: RuleChange = [1, PINNED, 0, 0];
const AGREED_VOUCHING: RuleChange = [1, PINNED | VOUCHED, 0, 0];
const agreed = (relation: 'equal' | 'bound', vouches: boolean): RuleChange => (relation !== 'equal' ? AGREED_BOUND : vouches ? AGREED_VOUCHING : AGREED_EQUAL);

/** A row's state after a finding named it. */
const NAMED_BOUND: RuleChange = [0, 0, 0, 1];
const NAMED_EQUAL: RuleChange = [0, PINNED, 0, 1];

/**
 * A finding of a replayed pass (replay.ts). One whose blame the record gives (its latest row more
 * than a year before the first change) keeps its recorded line and the rows that line blames.
 * `fixed` holds its rows of periods the gate does not judge again (carried): their final state
 * as the record weighed it, their entry as the record lists it, and whether it blamed them.
 */
export type ReplayedFinding = Finding & { recorded?: { line: string; blamed: QualityRow[] }; fixed?: Map<QualityRow, FixedRow> };

/** A row of a replayed finding whose period is carried (ReplayedFinding.fixed). */
export interface FixedRow {
  /** Its final state as the record weighed it (absent for a warning's rows: nothing weighs them). */
  state?: WeighedState;
  /** Its entry in the recorded finding (report.ts's RowEntry). */
  entry: { suspected: boolean };
  /** A row of a period from the cut on that the gate carries without reading it (gate.ts, the months the passes reach), not one before the cut. */
  unread?: true;
}

/**
 * A period from the cut on whose rows the gate does not read (no pass it runs reaches them) and
 * whose verdicts it carries from the record (gate.ts): its stripe closes where the read one would,
 * and `counted` is told when a full gate would hand out the period's first verdict (so the
 * report's periods come in the order a full gate gives them): when the stripe closes if some row
 * of it was named by no finding (`passes`), else when its first row named by one (`waits`) would
 * leave the queue of rows waiting for their findings' judgement.
 */
export class CarriedPeriod {
  private told = false;
  constructor(
    private readonly onCounted: () => void,
    readonly passes: boolean,
    readonly waits: boolean,
  ) {}
  counted(): void {
    if (this.told) return;
    this.told = true;
    this.onCounted();
  }
}

/**
 * What a replayed pass brings: the rows it touched and, four numbers each in `deltas`, what it
 * added to each one's state (agreements, flag bits, blame weight, findings: a DeltaItem without
 * its key, and no object per row); the findings in the order found, with the month of their
 * latest row.
 */
export interface ReplayedPass {
  states: { rows: QualityRow[]; deltas: number[] };
  findings: { finding: ReplayedFinding; month: number }[];
}

/** No findings (shared, so frozen). */
const NONE = Object.freeze([]) as unknown as VerdictFinding[];

/** Months since year 0 of a YYYY-MM period_end; rows without a period come first. */
export function monthOf(periodEnd: string): number {
  return periodEnd === '' ? -Infinity : Number(periodEnd.slice(0, 4)) * 12 + Number(periodEnd.slice(5, 7)) - 1;
}

/** How far back a check looks: the same period a year earlier. */
const LOOK_BACK_MONTHS = 12;

/** The rows of one period_end held by an assessment. */
class Stripe implements PeriodRows {
  readonly rows: QualityRow[] = [];
  /** Indexes by key function, each with whether the current pass used it. */
  private indexes = new Map<(row: QualityRow) => string | undefined, { index: Map<string, QualityRow[]>; used: boolean }>();
  /** Rows with a figure by the number of their cell (cellNumber), built at the first look-up after rows were added. */
  private cells?: CellIndex;
  /** The period's verdicts are carried, its own rows not read (CarriedPeriod). */
  carried?: CarriedPeriod;
  constructor(readonly month: number) {}
  add(rows: QualityRow[]): void {
    for (const row of rows) this.rows.push(row);
    this.indexes.clear();
    this.cells = undefined;
  }
  index(key: (row: QualityRow) => string | undefined): Map<string, QualityRow[]> {
    let known = this.indexes.get(key);
    if (!known) this.indexes.set(key, (known = { index: groupBy(this.rows, key), used: true }));
    known.used = true;
    return known.index;
  }
  cell(row: QualityRow, change?: RowChange): QualityRow[] {
    this.cells ??= new CellIndex(this.rows.filter(hasFigure));
    return this.cells.rowsOf(row, change);
  }
  /**
   * Drops the indexes the pass just run did not use (a later look-up builds them again). A row is
   * looked up in its own period, the month after and a year later: an index kept from one to the
   * next would hold a key per row for the whole year. The cell index stays while the stripe does:
   * it is typed arrays (about 100 KB for a month of a million-row dataset), and built again a
   * year later it cost every row's cell number a second time.
   */
  dropUnused(): void {
    for (const [key, known] of this.indexes) {
      if (!known.used) this.indexes.delete(key);
      known.used = false;
    }
  }
}
/**
 * A first-in first-out queue of items, each with a month (kept in a list of their own, not an
 * object per item: the queues hold a year of findings and rows). Taking from the front of a long
 * array (shift) would move every item after it.
 */
class MonthQueue<T> {
  private items: T[] = [];
  private months: number[] = [];
  private head = 0;
  get empty(): boolean {
    return this.head >= this.items.length;
  }
  /** The month of the first item (Infinity when none). */
  get firstMonth(): number {
    return this.empty ? Infinity : this.months[this.head];
  }
  push(item: T, month: number): void {
    this.items.push(item);
    this.months.push(month);
  }
  take(): T {
    const item = this.items[this.head];
    // Taken items are not kept alive by the array.
    this.items[this.head++] = undefined as T;
    // Drops the taken part once it is most of the array (amortized constant time per item).
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.months = this.months.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const NO_ROWS: QualityRow[] = [];
const EMPTY_STRIPE: PeriodRows = { rows: [], index: () => new Map(), cell: () => NO_ROWS };

/**
 * A stripe's rows with a figure by the number of their cell (cellNumber), in one typed array: an
 * open-addressing table of each number's first row, and each row's number and next row of the same
 * number (so a number's rows come in stripe order). At a million rows a stripe holds some 5,000
 * rows; as a Map of a list per number, its index was a few hundred kilobytes of objects that lived
 * through a pass or two, the largest of them allocated straight in the old generation, and the
 * indexes were the largest share of what the gate's full collections swept.
 */
class CellIndex {
  /** [table (size `mask + 1`: first row + 1, 0 for none) | each row's number | each row's next row + 1]. */
  private readonly words: Int32Array;
  private readonly mask: number;
  constructor(private readonly rows: QualityRow[]) {
    const n = rows.length;
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    const words = (this.words = new Int32Array(size + 2 * n));
    const numbers = size;
    const next = size + n;
    for (let i = 0; i < n; i++) words[numbers + i] = cellNumber(rows[i]);
    // From the last row back, each put before the rows of its number already placed: stripe order.
    for (let i = n - 1; i >= 0; i--) {
      const slot = this.slotOf(words[numbers + i]);
      words[next + i] = words[slot];
      words[slot] = i + 1;
    }
  }

  /** The table slot of a number: its rows' slot, or the empty one where they would go. */
  private slotOf(number: number): number {
    const words = this.words;
    const numbers = this.mask + 1;
    let slot = number & this.mask;
    while (words[slot] !== 0 && words[numbers + words[slot] - 1] !== number) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The rows in the cell of `row` changed by `change` (sameCell), in stripe order. */
  rowsOf(row: QualityRow, change?: RowChange): QualityRow[] {
    const words = this.words;
    const first = words[this.slotOf(cellNumber(row, change))];
    if (first === 0) return NO_ROWS;
    const next = this.mask + 1 + this.rows.length;
    const found: QualityRow[] = [];
    for (let i = first; i !== 0; i = words[next + i - 1]) {
      const candidate = this.rows[i - 1];
      if (sameCell(candidate, undefined, row, change)) found.push(candidate);
    }
    return found;
  }
}

/**
 * The quality engine over a stream of periods. `check` runs every check on rows of one or more
 * period_ends (later than any checked before) against the periods held; `settle` hands out what
 * is final once the checks reached a period; `finish` hands out the rest.
 */
export class Assessment {
  private readonly stripes = new Map<string, Stripe>();
  private readonly states = new RowStates();
  /** Findings not judged yet, in the order found (so by the period of their latest row). */
  private readonly unjudged = new MonthQueue<Finding>();
  /** Rows named by findings, their periods closed, waiting for those findings to be judged. */
  private readonly waiting = new MonthQueue<QualityRow | CarriedPeriod>();
  private readonly hard: Set<CheckName>;
  private readonly decisions: Map<string, ReviewDecision[]>;
  /** Months before which failures keep a known blame (none without `known`). */
  private readonly knownBefore: number;
  /** Told of each row once its verdict is out (or it leaves, of another dataset): no finding names it any more. */
  concluded?: (row: QualityRow) => void;

  constructor(
    private readonly dataset: string,
    private readonly config: QualityConfig,
    decisions: ReviewDecision[],
    private readonly sink: AssessmentSink,
    private readonly known?: KnownBlame,
  ) {
    this.hard = new Set(config.hard_checks);
    this.decisions = groupBy(decisions, (d) => `${d.dataset}/${d.observation_id}`);
    this.knownBefore = known ? monthOf(known.before) : -Infinity;
  }

  /** Marks a period whose own rows are not read and whose verdicts are carried (CarriedPeriod). */
  carryPeriod(end: string, period: CarriedPeriod): void {
    this.stripe(end).carried = period;
  }

  /** Adds rows of periods already checked (a partner found later): later checks compare with them. */
  hold(rows: QualityRow[]): void {
    for (const [end, group] of groupBy(rows, (r) => r.period_end)) this.stripe(end).add(group);
  }

  /**
   * Runs every check on `rows`, comparing them with each other and with the earlier periods held;
   * with `deltas`, notes there what the pass added to each row's state (DeltaItem, PassDeltas).
   */
  check(rows: QualityRow[], previousRevisions: Map<string, QualityRow>, deltas?: PassDeltas): void {
    this.hold(rows);
    const states = this.states;
    // One rule changes a row's state (RuleChange): added to the row's slot, and to the pass's delta when kept.
    const note = (r: QualityRow, change: RuleChange) => {
      const slot = states.slot(r);
      states.addBits(slot, change[0], change[1], change[2], change[3]);
      deltas?.add(r, slot, change[0], change[1], change[2], change[3]);
    };
    const context: CheckContext = {
      rows,
      config: this.config,
      previousRevisions,
      period: (end) => this.stripes.get(end) ?? EMPTY_STRIPE,
      report: (f) => {
        const finding = { ...f, suspects: f.suspects ?? f.rows, relation: f.relation ?? 'equal' };
        const month = Math.max(...finding.rows.map((r) => monthOf(r.period_end)));
        this.unjudged.push(finding, month);
        // A suspect's blame weight: 1000 per hard failure, else 1.
        const suspected: RuleChange = [0, 0, finding.severity === 'fail' && this.hard.has(finding.check) ? 1000 : 1, 0];
        for (const r of finding.suspects) note(r, suspected);
        const named = finding.relation === 'equal' ? NAMED_EQUAL : NAMED_BOUND;
        for (const r of finding.rows) note(r, named);
      },
      agree: (check, rows, relation = 'equal') => {
        const change = agreed(relation, relation === 'equal' && CORROBORATING.has(check));
        for (const r of rows) note(r, change);
      },
    };
    for (const check of QUALITY_CHECKS) check.run(context);
    for (const stripe of this.stripes.values()) stripe.dropUnused();
  }

  /**
   * Takes the rows of a period with what a pass over them gave before, instead of running it
   * (replay.ts): the same states, and the same findings to judge, in the order found.
   */
  replay(rows: QualityRow[], pass: ReplayedPass): void {
    this.hold(rows);
    const { rows: touched, deltas } = pass.states;
    for (let i = 0; i < touched.length; i++) this.states.addBits(this.states.slot(touched[i]), deltas[4 * i], deltas[4 * i + 1], deltas[4 * i + 2], deltas[4 * i + 3]);
    for (const found of pass.findings) this.unjudged.push(found.finding, found.month);
  }

  /**
   * Hands out what the checks can no longer change once they reached `periodEnd`: rows more than
   * a year older take part in no further comparison (those named by no finding pass or are
   * compared, and leave), findings whose latest row is more than a year older can be judged, and
   * rows two years older have every finding judged.
   */
  settle(periodEnd: string): void {
    const month = monthOf(periodEnd);
    this.closeStripes((stripe) => stripe.month <= month - LOOK_BACK_MONTHS);
    while (this.unjudged.firstMonth <= month - LOOK_BACK_MONTHS) this.judgeFirst();
    while (this.waiting.firstMonth <= month - 2 * LOOK_BACK_MONTHS) this.leaveWaiting();
  }

  /** Hands out everything still held. */
  finish(): void {
    this.closeStripes(() => true);
    while (!this.unjudged.empty) this.judgeFirst();
    while (!this.waiting.empty) this.leaveWaiting();
  }

  /** The first row waiting for its findings' judgement gets its verdict (a carried period's mark: the period is counted). */
  private leaveWaiting(): void {
    const next = this.waiting.take();
    if (next instanceof CarriedPeriod) next.counted();
    else this.conclude(next);
  }

  private stripe(end: string): Stripe {
    let stripe = this.stripes.get(end);
    if (!stripe) this.stripes.set(end, (stripe = new Stripe(monthOf(end))));
    return stripe;
  }

  /** Drops stripes, oldest first: their rows named by no finding are final, the others wait for their findings' judgement. */
  private closeStripes(closing: (stripe: Stripe) => boolean): void {
    for (const [end, stripe] of [...this.stripes].filter(([, s]) => closing(s)).sort((a, b) => a[1].month - b[1].month)) {
      this.stripes.delete(end);
      const carried = stripe.carried;
      if (carried?.passes) carried.counted();
      if (carried?.waits) this.waiting.push(carried, stripe.month);
      for (const row of stripe.rows) {
        if (this.states.findings(this.states.find(row)) > 0) this.waiting.push(row, stripe.month);
        else this.conclude(row);
      }
    }
  }

  /** Judges the first finding waiting. */
  private judgeFirst(): void {
    const month = this.unjudged.firstMonth;
    this.judge(this.unjudged.take(), month);
  }

  /**
   * Severity after configuration, and blame within a failure. A suspect's weight is the number of
   * hard failures it is a suspect in; other findings about it (a large revision, a soft check)
   * break ties, then the row fewer equalities agreed with (a total that exports plus imports
   * confirm is not the one a part contradicts; a bound such as month ≤ year-to-date confirms
   * nothing), and then the most revised rows are blamed. The row's verdict keeps what it needs of
   * the judged finding (VerdictFinding); the finding itself goes to the sink.
   */
  private judge(f: Finding, month: number): void {
    // A finding naming none of the dataset's rows decides nothing the assessment hands out.
    if (!f.rows.some((r) => r.dataset === this.dataset)) return;
    const outcome = f.severity === 'fail' && this.hard.has(f.check) ? 'fail' : 'warn';
    const { recorded, fixed } = f as ReplayedFinding;
    const knows = outcome === 'fail' && !recorded && month < this.knownBefore;
    const blamed = outcome !== 'fail' ? [] : recorded ? recorded.blamed : knows ? this.known!.of(f) : this.blame(f, fixed);
    for (const r of f.rows) {
      if (r.dataset !== this.dataset) continue;
      const blamesRow = blamed.includes(r);
      const carried = fixed?.get(r);
      // A carried row's verdict is the record's: it stands only if this blame is the record's too.
      if (carried) {
        if (carried.entry.suspected !== blamesRow) throw new RecordedBlameMoved(`a ${f.check} failure blames ${r.dataset}/${r.observation_id} otherwise than the record: ${f.message}`, carried.unread === true);
        continue;
      }
      this.states.judge(this.states.slot(r), { check: f.check, outcome, blamesRow, message: f.message });
    }
    const weighed = outcome !== 'fail' || recorded ? undefined : knows ? this.known!.weighed?.(f) : f.rows.map((r) => this.weighed(r, fixed));
    this.sink.finding({ ...f, outcome, blamed, ...(weighed ? { weighed } : {}) });
  }

  /** What blame reads of a row: the record's state of a carried row (`fixed`), else the state the passes gave it. */
  private weighed(r: QualityRow, fixed?: Map<QualityRow, FixedRow>): WeighedState {
    const known = fixed?.get(r)?.state;
    if (known) return known;
    const slot = this.states.find(r);
    return [this.states.weight(slot), this.states.agreements(slot), this.states.vouched(slot) ? 1 : 0];
  }

  private blame(f: Finding, fixed?: Map<QualityRow, FixedRow>): QualityRow[] {
    const state = (r: QualityRow) => this.weighed(r, fixed);
    const weight = (r: QualityRow) => state(r)[0];
    const agreed = (r: QualityRow) => state(r)[1];
    const confirmed = f.suspects.filter((r) => state(r)[2] === 0);
    const candidates = confirmed.length > 0 ? confirmed : f.suspects.length > 0 ? f.suspects : f.rows;
    const most = Math.max(...candidates.map(weight));
    const heaviest = candidates.filter((r) => weight(r) === most);
    const fewest = Math.min(...heaviest.map(agreed));
    const tied = heaviest.filter((r) => agreed(r) === fewest);
    // A revision that breaks what held before is the suspect, not the figures it contradicts.
    const latest = Math.max(...tied.map((r) => r.revision));
    return tied.filter((r) => r.revision === latest);
  }

  /** A row's verdict, once every finding naming it is judged (rows of other datasets only leave). */
  private conclude(row: QualityRow): void {
    const states = this.states;
    const slot = states.find(row);
    const mine = states.judged(slot) ?? NONE;
    const compared = mine.length > 0 || states.agreements(slot) > 0 || states.bounded(slot);
    const pinned = states.pinned(slot);
    states.release(row);
    if (row.dataset !== this.dataset) return void this.concluded?.(row);
    // In check order, as a whole assessment finds them (the stream finds them period by period).
    if (mine.length > 1) mine.sort((a, b) => CHECK_NAMES.indexOf(a.check) - CHECK_NAMES.indexOf(b.check));
    const fails = mine.some((f) => f.outcome === 'fail' && f.blamesRow);
    const outcome = fails ? 'fail' : mine.length > 0 ? 'warn' : 'pass';
    const decision = this.decisions.size > 0 ? decisionFor(this.decisions.get(rowRef(row)) ?? [], row) : undefined;
    const held = decision ? decision.decision === 'reject' : fails;
    this.sink.verdict({ row, outcome, findings: mine, decision, held, compared, pinned });
    this.concluded?.(row);
  }
}
