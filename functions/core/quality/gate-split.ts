/**
 * A whole judgement on two cores: the gate judges the earlier periods of the dataset in its own thread while another
 * thread judges the later ones (`GateSplit`: a worker, adapters/worker-gate.ts), and the two reports are joined in
 * order. Why each share is what one whole judgement gives (README, "How the gate scales"):
 * 1. A pass over period p compares rows of p, p − 1 and p − 12 only, so a row of period r gains state only in the
 *    passes over r to r + 12, and a finding of the pass over p names rows of p − 12 to p.
 * 2. The later share (from M) reads rows from M − 24 and checks from M − 12: every row from M − 12 on has all its
 *    passes, so the findings of the passes from M on are blamed from complete states, and every finding naming a row
 *    from M on is found there. It hands out those findings and the verdicts of the rows from M on.
 * 3. The earlier share reads rows up to M + 23: the findings naming a row before M come from passes up to M + 11,
 *    their rows' states are complete after the passes up to M + 23. It hands out the findings of the passes before M
 *    and the verdicts of the rows before M.
 * 4. Only for a dataset judged without partner datasets: a partner row is passed with its period when an own row
 *    asks for it in a look-up block that reaches that period, else only held, and the blocks are counted in rows
 *    from the dataset's first; the later share's would fall elsewhere, and a partner row can be compared in a pass
 *    without any row of the share asking for it.
 * 5. Every list of the report is in order if the earlier share's lines come first: findings are judged in the order
 *    found, held rows, decisions and the passes' states are listed by period. The one exception is the order in
 *    which periods are first counted (the record lists the counts so): a row of the later share is counted no sooner
 *    than the pass over M + 12 settles, so the join is exact when every period of the earlier share was first counted
 *    before it. The earlier share checks that; when it was not (a period whose every row waits for a finding), or the
 *    other thread fails, the gate judges everything again in its own thread.
 */
import type { DatasetState, ObservationStore } from '../ports.js';
import type { QualityConfig } from './config.js';
import type { ReviewDecision } from './review.js';
import { monthOf } from './assess.js';
import { judged, LOOK_BACK, type JudgeInputs } from './gate.js';
import { QualityReport, type ReportShare } from './report.js';
import { shiftMonth } from './rows.js';

/** Which share of a whole judgement a gate hands out: the verdicts of rows, and the findings of passes, of the periods in [from, before). */
export interface JudgedShare {
  from?: string;
  before?: string;
  /** Filled by the earlier share: the month of the pass whose settling first counted each period (Infinity: the end). */
  firsts?: Map<string, number>;
}

/** What the thread judging the later share needs (everything else it reads from the store). */
export interface SplitJob {
  dataset: string;
  config: QualityConfig;
  decisions: ReviewDecision[];
  others: string[];
  statesFrom: string;
  /** The first period of the share (M). */
  from: string;
  /** Whether the report keeps every warning (one kept as the gate's record). */
  complete: boolean;
}

/** The later share as its thread hands it over. */
export interface SplitPart {
  report: ReportShare;
  scope: { months_read: number; passes_checked: number };
}

/** Judges the later share of a whole judgement elsewhere: null when it cannot with this store (it cannot be opened in another thread). */
export interface GateSplit {
  start(job: SplitJob, observations: ObservationStore): Promise<SplitPart> | null;
  /** Datasets spanning fewer months are judged in one thread (SPLIT_MONTHS by default; tests split shorter ones). */
  minMonths?: number;
}

/** Datasets spanning fewer months are judged in one thread: each share would read two years more than its half. */
const SPLIT_MONTHS = 72;

/** The periods a share from `from` reads, judges (reads previous revisions) and checks from (gate.ts StripeRange). */
export function shareRange(from: string): { readFrom: string; cut: string; checkFrom: string } {
  return { readFrom: shiftMonth(from, -2 * LOOK_BACK), cut: shiftMonth(from, -LOOK_BACK), checkFrom: shiftMonth(from, -LOOK_BACK) };
}

/**
 * Where a whole judgement of the dataset splits (M), from the periods its state says changed (a version 1: every one):
 * each share then passes over about as many months (the earlier one to M + 23, the later one from M − 12). Null for
 * a span under SPLIT_MONTHS, or periods not months.
 */
export function splitPoint(states: DatasetState[], dataset: string, minMonths = SPLIT_MONTHS): string | null {
  const periods = Object.keys(states.find((s) => s.dataset === dataset)?.changed_periods ?? {}).filter((p) => /^\d{4}-\d{2}$/.test(p));
  if (periods.length === 0) return null;
  const [first, last] = periods.reduce(([lo, hi], p) => [p < lo ? p : lo, p > hi ? p : hi], [periods[0], periods[0]]);
  const span = monthOf(last) - monthOf(first) + 1;
  return span < minMonths ? null : shiftMonth(first, Math.floor((span - LOOK_BACK) / 2));
}

/** The later share of a whole judgement (from `job.from`), judged with this store: what GateSplit's thread runs. */
export async function judgeLaterShare(job: SplitJob, observations: ObservationStore): Promise<SplitPart> {
  const scope = { months_read: 0, passes_replayed: 0, passes_checked: 0, scans: 0, fallbacks: 0 };
  const report = new QualityReport(job.dataset, job.config, job.complete);
  await judged(report, null, { deps: { observations }, dataset: job.dataset, config: job.config, decisions: job.decisions, others: job.others, statesFrom: job.statesFrom, scope }, { from: job.from });
  return { report: report.share(), scope: { months_read: scope.months_read, passes_checked: scope.passes_checked } };
}

/**
 * A whole judgement (`report` makes an empty report): in two shares when `split` can judge the later one elsewhere
 * and the dataset is long enough, else (or when the join would not be exact) in this thread alone.
 */
export async function judgedWhole(report: () => QualityReport, inputs: JudgeInputs, states: DatasetState[], split?: GateSplit): Promise<QualityReport> {
  // With partner datasets, which partner rows a pass takes depends on where the look-up blocks fall (gate.ts
  // blocksOf), counted from the dataset's first row: the later share's blocks would fall elsewhere.
  const from = split && inputs.others.length === 0 ? splitPoint(states, inputs.dataset, split.minMonths) : null;
  const job: SplitJob | null = from ? { dataset: inputs.dataset, config: inputs.config, decisions: inputs.decisions, others: inputs.others, statesFrom: inputs.statesFrom, from, complete: report().complete } : null;
  const later = job && split!.start(job, inputs.deps.observations);
  if (!later || !from) return judged(report(), null, inputs);
  // Settled (and its failure kept) as soon as it comes: the earlier share runs meanwhile.
  const part = later.then((p) => p, (error: unknown) => error as Error);
  const firsts = new Map<string, number>();
  const earlier = await judged(report(), null, inputs, { before: from, firsts });
  const joined = await part;
  const unsound = joined instanceof Error ? `the other thread failed: ${joined.message}` : [...firsts.values()].some((m) => m >= monthOf(from) + LOOK_BACK) ? 'a period of the earlier share was first counted after the later share began counting' : null;
  if (unsound || joined instanceof Error) {
    inputs.scope.split_fallback = unsound ?? '';
    return judged(report(), null, inputs);
  }
  earlier.merge(joined.report);
  inputs.scope.split = from;
  inputs.scope.months_read += joined.scope.months_read;
  inputs.scope.passes_checked += joined.scope.passes_checked;
  return earlier;
}
