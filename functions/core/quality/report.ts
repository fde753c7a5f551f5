/**
 * quality.json: what the quality stage checked in a version and what it found, in words a reader
 * understands, with the rows involved. Part of the version (listed in datapackage.json and the
 * manifest), so the decisions that let a held-back row through are part of its provenance.
 */
import { QUALITY_CHECKS, type AssessmentSink, type JudgedFinding, type QualityAssessment, type RowVerdict } from './assess.js';
import { CHECK_NAMES, type QualityConfig } from './config.js';
import { describeRow, rowRef, type QualityRow } from './rows.js';
import type { HeldRow } from './review.js';

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

/**
 * What quality.json needs of an assessment, gathered as verdicts and findings come (an
 * AssessmentSink, so the streaming gate holds no more than this): the counts, the held and
 * decided rows, every failure and the first warnings.
 */
export class QualityReport implements AssessmentSink {
  readonly summary: QualitySummary = { rows_checked: 0, without_partner: 0, pass: 0, warn: 0, fail: 0, held_back: 0, accepted_by_review: 0, rejected_by_review: 0 };
  /** Verdicts of the rows held back, and of the rows an operator decided on. */
  readonly held: RowVerdict[] = [];
  readonly decided: RowVerdict[] = [];
  findingsTotal = 0;
  /** Per check (in CHECK_NAMES order): its counts, every failure and its first MAX_LISTED_WARNINGS warnings, in the order found. */
  private readonly byCheck: Map<string, { failures: number; warnings: number; failed: JudgedFinding[]; warned: JudgedFinding[] }>;

  constructor(
    readonly dataset: string,
    readonly config: QualityConfig,
  ) {
    this.byCheck = new Map(CHECK_NAMES.map((name) => [name, { failures: 0, warnings: 0, failed: [], warned: [] }]));
  }

  verdict(v: RowVerdict): void {
    const s = this.summary;
    s.rows_checked++;
    if (!v.compared) s.without_partner++;
    s[v.outcome]++;
    if (v.held) {
      s.held_back++;
      this.held.push(v);
    }
    if (v.decision) {
      s[v.decision.decision === 'accept' ? 'accepted_by_review' : 'rejected_by_review']++;
      this.decided.push(v);
    }
  }

  finding(f: JudgedFinding): void {
    this.findingsTotal++;
    const check = this.byCheck.get(f.check)!;
    if (f.outcome === 'fail') {
      check.failures++;
      check.failed.push(f);
    } else if (check.warnings++ < MAX_LISTED_WARNINGS) check.warned.push(f);
  }

  /** Per check: what it verifies, whether it is hard, its failures and warnings. */
  get perCheck(): QualityAssessment['perCheck'] {
    const hard = new Set<string>(this.config.hard_checks);
    return QUALITY_CHECKS.map((c) => ({ name: c.name, description: c.description, hard: hard.has(c.name), failures: this.byCheck.get(c.name)!.failures, warnings: this.byCheck.get(c.name)!.warnings }));
  }

  /** The findings quality.json lists: every failure, then warnings up to MAX_LISTED_WARNINGS, each by check. */
  listed(): { findings: JudgedFinding[]; warningsNotListed: number } {
    const checks = [...this.byCheck.values()];
    const warnings = checks.flatMap((c) => c.warned).slice(0, MAX_LISTED_WARNINGS);
    const total = checks.reduce((sum, c) => sum + c.warnings, 0);
    return { findings: [...checks.flatMap((c) => c.failed), ...warnings], warningsNotListed: total - warnings.length };
  }
}

const rowEntry = (row: QualityRow, blamed: QualityRow[]) => ({
  dataset: row.dataset,
  observation_id: row.observation_id,
  revision: row.revision,
  row: describeRow(row),
  release_id: row.release_id,
  suspected: blamed.includes(row),
});

/** The rows held back from a version, as the review lists them. */
export function heldRows(assessment: QualityAssessment | QualityReport, version: number, previouslyHeld: HeldRow[] = []): HeldRow[] {
  const held = assessment instanceof QualityReport ? assessment.held : assessment.verdicts.filter((v) => v.held);
  return held.map((v) => {
    const failed = v.findings.filter((f) => f.outcome === 'fail' && f.blamed.includes(v.row));
    const before = previouslyHeld.find((h) => h.observation_id === v.row.observation_id && h.revision === v.row.revision);
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
      status: v.decision?.decision === 'reject' ? ('rejected' as const) : ('held' as const),
      since_version: before?.since_version ?? version,
    };
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
    findings: listed.findings.map((f) => ({
      check: f.check,
      outcome: f.outcome,
      message: f.message,
      evidence: f.evidence,
      rows: f.rows.map((r) => rowEntry(r, f.blamed)),
    })),
    review_decisions: report.decided.map((v) => v.decision!),
    accepted_rows: report.decided.filter((v) => v.decision?.decision === 'accept').map((v) => rowRef(v.row)),
  };
}
