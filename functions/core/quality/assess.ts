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
 */
import { CHECK_NAMES, type CheckName, type QualityConfig } from './config.js';
import type { CheckContext, Finding, QualityCheck } from './model.js';
import { decisionFor, type ReviewDecision } from './review.js';
import { rowRef, type QualityRow } from './rows.js';
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

/** A finding as published: its severity after the hard/soft configuration, and the rows blamed. */
export interface JudgedFinding extends Finding {
  outcome: 'fail' | 'warn';
  blamed: QualityRow[];
}

/** One row's outcome. */
export interface RowVerdict {
  row: QualityRow;
  outcome: 'pass' | 'warn' | 'fail';
  findings: JudgedFinding[];
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

/** Runs the checks and judges every row of `input.dataset`. */
export function assessQuality(input: AssessInput): QualityAssessment {
  const run = runChecks(input);
  const hard = new Set<CheckName>(input.config.hard_checks);
  const judged = judge(run.findings, hard, run).filter((f) => f.rows.some((r) => r.dataset === input.dataset));
  const byRow = new Map<string, JudgedFinding[]>();
  for (const f of judged) for (const r of f.rows) if (r.dataset === input.dataset) (byRow.get(rowRef(r)) ?? byRow.set(rowRef(r), []).get(rowRef(r))!).push(f);

  const verdicts = input.rows
    .filter((r) => r.dataset === input.dataset)
    .map((row): RowVerdict => {
      const mine = byRow.get(rowRef(row)) ?? [];
      const fails = mine.some((f) => f.outcome === 'fail' && f.blamed.includes(row));
      const outcome = fails ? 'fail' : mine.length > 0 ? 'warn' : 'pass';
      const decision = decisionFor(input.decisions ?? [], row);
      const held = decision ? decision.decision === 'reject' : fails;
      return { row, outcome, findings: mine, decision, held, compared: mine.length > 0 || run.agreements.has(row) || run.bounded.has(row), pinned: run.pinned.has(row) };
    });
  const perCheck = QUALITY_CHECKS.map((c) => ({
    name: c.name,
    description: c.description,
    hard: hard.has(c.name),
    failures: judged.filter((f) => f.check === c.name && f.outcome === 'fail').length,
    warnings: judged.filter((f) => f.check === c.name && f.outcome === 'warn').length,
  }));
  return { dataset: input.dataset, config: input.config, verdicts, findings: judged, perCheck };
}

/** What running the checks leaves behind: the findings, and per row what vouched for it and how often it agreed. */
interface CheckRun {
  findings: Finding[];
  /** Rows an independent figure of the same thing confirmed. */
  vouched: Set<QualityRow>;
  /** Comparisons that pin a figure down (equalities) each row passed. */
  agreements: Map<QualityRow, number>;
  /** Rows that stayed within some bound (a comparison, if a weak one). */
  bounded: Set<QualityRow>;
  /** Rows some comparison pinned down (an equality, not only a bound). */
  pinned: Set<QualityRow>;
}

function runChecks(input: AssessInput): CheckRun {
  const run: CheckRun = { findings: [], vouched: new Set(), agreements: new Map(), bounded: new Set(), pinned: new Set() };
  const context: CheckContext = {
    rows: input.rows,
    config: input.config,
    previousRevisions: input.previousRevisions ?? new Map(),
    report: (f) => {
      const finding = { ...f, suspects: f.suspects ?? f.rows, relation: f.relation ?? 'equal' };
      run.findings.push(finding);
      if (finding.relation === 'equal') for (const r of f.rows) run.pinned.add(r);
    },
    agree: (check, rows, relation = 'equal') => {
      if (relation !== 'equal') return void rows.forEach((r) => run.bounded.add(r));
      for (const r of rows) run.agreements.set(r, (run.agreements.get(r) ?? 0) + 1);
      for (const r of rows) run.pinned.add(r);
      if (QUALITY_CHECKS.find((c) => c.name === check)?.corroborates) for (const r of rows) run.vouched.add(r);
    },
  };
  for (const check of QUALITY_CHECKS) check.run(context);
  return run;
}

/**
 * Severity after configuration, and blame within each failure. A suspect's weight is the number of
 * hard failures it is a suspect in; other findings about it (a large revision, a soft check) break
 * ties, then the row fewer equalities agreed with (a total that exports plus imports confirm is not
 * the one a part contradicts; a bound such as month ≤ year-to-date confirms nothing), and then the most revised rows are blamed.
 */
function judge(findings: Finding[], hard: Set<CheckName>, run: Pick<CheckRun, 'vouched' | 'agreements'>): JudgedFinding[] {
  const outcomeOf = (f: Finding): 'fail' | 'warn' => (f.severity === 'fail' && hard.has(f.check) ? 'fail' : 'warn');
  const weight = new Map<QualityRow, number>();
  for (const f of findings) for (const r of f.suspects) weight.set(r, (weight.get(r) ?? 0) + (outcomeOf(f) === 'fail' ? 1000 : 1));
  const agreed = (r: QualityRow) => run.agreements.get(r) ?? 0;
  return findings.map((f) => {
    const outcome = outcomeOf(f);
    if (outcome === 'warn') return { ...f, outcome, blamed: [] };
    const confirmed = f.suspects.filter((r) => !run.vouched.has(r));
    const candidates = confirmed.length > 0 ? confirmed : f.suspects.length > 0 ? f.suspects : f.rows;
    const most = Math.max(...candidates.map((r) => weight.get(r) ?? 0));
    const heaviest = candidates.filter((r) => (weight.get(r) ?? 0) === most);
    const fewest = Math.min(...heaviest.map(agreed));
    const tied = heaviest.filter((r) => agreed(r) === fewest);
    // A revision that breaks what held before is the suspect, not the figures it contradicts.
    const latest = Math.max(...tied.map((r) => r.revision));
    return { ...f, outcome, blamed: tied.filter((r) => r.revision === latest) };
  });
}
