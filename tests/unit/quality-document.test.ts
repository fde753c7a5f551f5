/**
 * quality.json stays a document a reader (and a JSON parser) can open on a large dataset: every
 * failure is listed, warnings up to a cap, and the counts say what is left out.
 */
import { describe, expect, it } from 'vitest';
import type { JudgedFinding, QualityAssessment } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { MAX_LISTED_WARNINGS, qualityDocument } from '../../functions/core/quality/report.js';

const finding = (n: number, outcome: 'fail' | 'warn'): JudgedFinding => ({
  check: 'implied-growth', severity: outcome, outcome, rows: [], suspects: [], blamed: [], message: `finding ${n}`, evidence: { n }, strength: 'equal',
} as unknown as JudgedFinding);

function assessment(failures: number, warnings: number): QualityAssessment {
  const findings = [...Array.from({ length: warnings }, (_, n) => finding(n, 'warn')), ...Array.from({ length: failures }, (_, n) => finding(warnings + n, 'fail'))];
  return { dataset: 'd', config: DEFAULT_QUALITY_CONFIG, verdicts: [], findings, perCheck: [] };
}

describe('quality.json on a large dataset', () => {
  it('lists every failure and warnings up to the cap, and says how many warnings it leaves out', () => {
    const doc = qualityDocument(assessment(30, MAX_LISTED_WARNINGS + 500), { version: 3, created_at: '2026-12-01T00:00:00Z' }) as { findings: { outcome: string }[]; findings_total: number; warnings_not_listed: number };
    expect(doc.findings.filter((f) => f.outcome === 'fail')).toHaveLength(30);
    expect(doc.findings.filter((f) => f.outcome === 'warn')).toHaveLength(MAX_LISTED_WARNINGS);
    expect(doc.findings_total).toBe(MAX_LISTED_WARNINGS + 530);
    expect(doc.warnings_not_listed).toBe(500);
  });

  it('lists everything when the warnings are fewer than the cap', () => {
    const doc = qualityDocument(assessment(2, 10), { version: 1, created_at: '2026-12-01T00:00:00Z' }) as { findings: unknown[]; warnings_not_listed: number };
    expect(doc.findings).toHaveLength(12);
    expect(doc.warnings_not_listed).toBe(0);
  });
});
