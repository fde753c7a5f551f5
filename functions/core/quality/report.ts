/**
 * quality.json: what the quality stage checked in a version and what it found, in words a reader
 * understands, with the rows involved. Part of the version (listed in datapackage.json and the
 * manifest), so the decisions that let a held-back row through are part of its provenance.
 */
import type { Observation } from '../contract.js';
import { QUALITY_CHECKS, type AssessmentSink, type JudgedFinding, type QualityAssessment, type RowVerdict } from './assess.js';
import { CHECK_NAMES, type CheckName, type QualityConfig } from './config.js';
import { describeRow, rowRef, type QualityRow } from './rows.js';
import type { HeldRow, ReviewDecision } from './review.js';

/** The counts a version's quality summary shows. */
export interface QualitySummary {
  rows_checked: number;
  /** Rows no check could compare with another figure: a pass says nothing about them. */
  without_partner: number;
  pass: number;
  warn: number;
  fail: number;
  held_back: number;
  accepted_by_review: number;
  rejected_by_review: number;
}

/** Counts of a quality assessment. */
export function qualitySummary(assessment: QualityAssessment): QualitySummary {
  return reportOf(assessment).summary;
}

/** An assessment's verdicts and findings gathered into a report. */
function reportOf(assessment: QualityAssessment): QualityReport {
  const report = new QualityReport(assessment.dataset, assessment.config);
  for (const v of assessment.verdicts) report.verdict(v);
  for (const f of assessment.findings) report.finding(f);
  return report;
}

/** A row named by a finding, as quality.json lists it. */
export interface RowEntry { dataset: string; observation_id: string; revision: number; row: string; release_id: string; suspected: boolean }

/** A finding as quality.json lists it. */
export interface FindingEntry { check: CheckName; outcome: 'fail' | 'warn'; message: string; evidence: Record<string, number | string | null>; rows: RowEntry[] }

/** A held-back row as the review lists it (the version that first held it is known only when the list is recorded), and the earlier revision published instead. */
export interface HeldEntry extends Omit<HeldRow, 'since_version'> { previous?: Observation }

/** Verdict counts of the rows of one period. */
export type RowCounts = Pick<QualitySummary, 'rows_checked' | 'without_partner' | 'pass' | 'warn' | 'fail'>;

/**
 * What a report is made of, each tagged with its period (a row's period_end; for a finding, that
 * of its latest row): the quality stage of the next version carries the entries of the periods
 * no change reaches (gate-log.ts) and judges only the rest.
 */
export type ReportEntry =
  | { period: string; counts: RowCounts }
  | { period: string; held: HeldEntry }
  | { period: string; decided: ReviewDecision; row: string }
  | { period: string; finding: FindingEntry };

const rowEntry = (row: QualityRow, blamed: QualityRow[]): RowEntry => ({
  dataset: row.dataset,
  observation_id: row.observation_id,
  revision: row.revision,
  row: describeRow(row),
  release_id: row.release_id,
  suspected: blamed.includes(row),
});

/** The latest period_end among a finding's rows. */
const periodOf = (f: JudgedFinding) => f.rows.reduce((end, r) => (r.period_end > end ? r.period_end : end), '');

/** A held row's entry: why it is held, from the hard checks that blamed it (or the operator's rejection). */
function heldEntry(v: RowVerdict, previous?: Observation): HeldEntry {
  const failed = v.findings.filter((f) => f.outcome === 'fail' && f.blamed.includes(v.row));
  return {
    dataset: v.row.dataset,
    observation_id: v.row.observation_id,
    revision: v.row.revision,
    release_id: v.row.release_id,
    source_url: v.row.source_url,
    published: v.row.published,
    label: describeRow(v.row),
    checks: [...new Set(failed.map((f) => f.check))],
    reasons: failed.length > 0 ? failed.map((f) => `${f.check}: ${f.message}`) : [`rejected by review: ${v.decision?.reason ?? ''}`],
    status: v.decision?.decision === 'reject' ? 'rejected' : 'held',
    ...(previous ? { previous } : {}),
  };
}

/**
 * What quality.json needs of an assessment, gathered as verdicts and findings come (so the
 * streaming gate holds no more than this): the counts, the held and decided rows, every failure
 * and the first warnings of each check, rendered as they come (no row is kept). With `complete`,
 * it also keeps every entry (all warnings) for the next version to carry.
 */
export class QualityReport implements AssessmentSink {
  readonly summary: QualitySummary = { rows_checked: 0, without_partner: 0, pass: 0, warn: 0, fail: 0, held_back: 0, accepted_by_review: 0, rejected_by_review: 0 };
  readonly held: HeldEntry[] = [];
  readonly decided: { decision: ReviewDecision; row: string }[] = [];
  findingsTotal = 0;
  /** Per check (in CHECK_NAMES order): its counts, every failure and its first MAX_LISTED_WARNINGS warnings, in the order found. */
  private readonly byCheck: Map<string, { failures: number; warnings: number; failed: FindingEntry[]; warned: FindingEntry[] }>;
  /** Every entry but the counts (kept only when complete), and the counts per period. */
  readonly entries: ReportEntry[] = [];
  readonly counts = new Map<string, RowCounts>();

  constructor(
    readonly dataset: string,
    readonly config: QualityConfig,
    private readonly complete = false,
  ) {
    this.byCheck = new Map(CHECK_NAMES.map((name) => [name, { failures: 0, warnings: 0, failed: [], warned: [] }]));
  }

  /** Takes a row's verdict (with the earlier revision that stands in for it when it is held). */
  verdict(v: RowVerdict, previous?: Observation): void {
    const period = v.row.period_end;
    const counts = this.countsOf(period);
    for (const c of [counts, this.summary]) {
      c.rows_checked++;
      if (!v.compared) c.without_partner++;
      c[v.outcome]++;
    }
    if (v.held) this.add({ period, held: heldEntry(v, previous) });
    if (v.decision) this.add({ period, decided: v.decision, row: rowRef(v.row) });
  }

  finding(f: JudgedFinding): void {
    this.add({ period: periodOf(f), finding: { check: f.check, outcome: f.outcome, message: f.message, evidence: f.evidence, rows: f.rows.map((r) => rowEntry(r, f.blamed)) } });
  }

  /** Adds one entry: judged now, or carried from the previous version. */
  add(entry: ReportEntry): void {
    const s = this.summary;
    if ('counts' in entry) {
      const period = this.countsOf(entry.period);
      for (const key of Object.keys(entry.counts) as (keyof RowCounts)[]) {
        period[key] += entry.counts[key];
        s[key] += entry.counts[key];
      }
      return;
    }
    if (this.complete) this.entries.push(entry);
    if ('held' in entry) {
      s.held_back++;
      this.held.push(entry.held);
    } else if ('decided' in entry) {
      s[entry.decided.decision === 'accept' ? 'accepted_by_review' : 'rejected_by_review']++;
      this.decided.push({ decision: entry.decided, row: entry.row });
    } else {
      this.findingsTotal++;
      const check = this.byCheck.get(entry.finding.check)!;
      if (entry.finding.outcome === 'fail') {
        check.failures++;
        check.failed.push(entry.finding);
      } else if (check.warnings++ < MAX_LISTED_WARNINGS) check.warned.push(entry.finding);
    }
  }

  private countsOf(period: string): RowCounts {
    return this.counts.get(period) ?? this.counts.set(period, { rows_checked: 0, without_partner: 0, pass: 0, warn: 0, fail: 0 }).get(period)!;
  }

  /** Per check: what it verifies, whether it is hard, its failures and warnings. */
  get perCheck(): QualityAssessment['perCheck'] {
    const hard = new Set<string>(this.config.hard_checks);
    return QUALITY_CHECKS.map((c) => ({ name: c.name, description: c.description, hard: hard.has(c.name), failures: this.byCheck.get(c.name)!.failures, warnings: this.byCheck.get(c.name)!.warnings }));
  }

  /** The findings quality.json lists: every failure, then warnings up to MAX_LISTED_WARNINGS, each by check. */
  listed(): { findings: FindingEntry[]; warningsNotListed: number } {
    const checks = [...this.byCheck.values()];
    const warnings = checks.flatMap((c) => c.warned).slice(0, MAX_LISTED_WARNINGS);
    const total = checks.reduce((sum, c) => sum + c.warnings, 0);
    return { findings: [...checks.flatMap((c) => c.failed), ...warnings], warningsNotListed: total - warnings.length };
  }
}

/** The rows held back from a version, as the review lists them. */
export function heldRows(assessment: QualityAssessment | QualityReport, version: number, previouslyHeld: HeldRow[] = []): HeldRow[] {
  const held = assessment instanceof QualityReport ? assessment.held : reportOf(assessment).held;
  return held.map(({ previous: _previous, ...h }) => {
    const before = previouslyHeld.find((b) => b.observation_id === h.observation_id && b.revision === h.revision);
    return { ...h, since_version: before?.since_version ?? version };
  });
}

/**
 * Warnings listed in quality.json, at most. Every failure is listed (it holds a row back), but a
 * large dataset can carry hundreds of thousands of warnings: listing them all made the document
 * of a million-row version too large to build (over 4 GB, a RangeError). The counts per check stay
 * complete, and the document says how many warnings it leaves out.
 */
export const MAX_LISTED_WARNINGS = 2_000;

/** The quality.json document of a version. */
export function qualityDocument(assessment: QualityAssessment | QualityReport, meta: { version: number; created_at: string }): Record<string, unknown> {
  const report = assessment instanceof QualityReport ? assessment : reportOf(assessment);
  const held = heldRows(report, meta.version);
  const listed = report.listed();
  return {
    dataset: report.dataset,
    version: meta.version,
    created_at: meta.created_at,
    summary: report.summary,
    about: 'Every figure is compared with the others the publisher holds (other currencies, last year, cumulative totals, parts and totals, other sources). A row that fails a hard check is held back from this version until an operator reviews it; warnings are published.',
    checks: report.perCheck,
    configuration: report.config,
    held_back: held.map((h) => ({ observation_id: h.observation_id, revision: h.revision, row: h.label, release_id: h.release_id, source_url: h.source_url, status: h.status, reasons: h.reasons })),
    findings_total: report.findingsTotal,
    warnings_not_listed: listed.warningsNotListed,
    findings: listed.findings,
    review_decisions: report.decided.map((d) => d.decision),
    accepted_rows: report.decided.filter((d) => d.decision.decision === 'accept').map((d) => d.row),
  };
}
