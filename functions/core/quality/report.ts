/**
 * quality.json: what the quality stage checked in a version and what it found, in words a reader
 * understands, with the rows involved. Part of the version (listed in datapackage.json and the
 * manifest), so the decisions that let a held-back row through are part of its provenance.
 */
import type { QualityAssessment, RowVerdict } from './assess.js';
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
  const count = (test: (v: RowVerdict) => boolean) => assessment.verdicts.filter(test).length;
  return {
    rows_checked: assessment.verdicts.length,
    without_partner: count((v) => !v.compared),
    pass: count((v) => v.outcome === 'pass'),
    warn: count((v) => v.outcome === 'warn'),
    fail: count((v) => v.outcome === 'fail'),
    held_back: count((v) => v.held),
    accepted_by_review: count((v) => v.decision?.decision === 'accept'),
    rejected_by_review: count((v) => v.decision?.decision === 'reject'),
  };
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
export function heldRows(assessment: QualityAssessment, version: number, previouslyHeld: HeldRow[] = []): HeldRow[] {
  return assessment.verdicts
    .filter((v) => v.held)
    .map((v) => {
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

/** The findings quality.json lists: every failure, then warnings up to the cap. */
function listedFindings(findings: QualityAssessment['findings']) {
  const failures = findings.filter((f) => f.outcome !== 'warn');
  const warnings = findings.filter((f) => f.outcome === 'warn');
  return { listed: [...failures, ...warnings.slice(0, MAX_LISTED_WARNINGS)], omittedWarnings: Math.max(0, warnings.length - MAX_LISTED_WARNINGS) };
}

/** The quality.json document of a version. */
export function qualityDocument(assessment: QualityAssessment, meta: { version: number; created_at: string }): Record<string, unknown> {
  const held = heldRows(assessment, meta.version);
  const decisions = assessment.verdicts.filter((v) => v.decision).map((v) => v.decision!);
  const { listed, omittedWarnings } = listedFindings(assessment.findings);
  return {
    dataset: assessment.dataset,
    version: meta.version,
    created_at: meta.created_at,
    summary: qualitySummary(assessment),
    about: 'Every figure is compared with the others the publisher holds (other currencies, last year, cumulative totals, parts and totals, other sources). A row that fails a hard check is held back from this version until an operator reviews it; warnings are published.',
    checks: assessment.perCheck,
    configuration: assessment.config,
    held_back: held.map((h) => ({ observation_id: h.observation_id, revision: h.revision, row: h.label, release_id: h.release_id, source_url: h.source_url, status: h.status, reasons: h.reasons })),
    findings_total: assessment.findings.length,
    warnings_not_listed: omittedWarnings,
    findings: listed.map((f) => ({
      check: f.check,
      outcome: f.outcome,
      message: f.message,
      evidence: f.evidence,
      rows: f.rows.map((r) => rowEntry(r, f.blamed)),
    })),
    review_decisions: decisions,
    accepted_rows: assessment.verdicts.filter((v) => v.decision?.decision === 'accept').map((v) => rowRef(v.row)),
  };
}
