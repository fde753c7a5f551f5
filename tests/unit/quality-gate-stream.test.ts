/**
 * The streaming quality gate (one period at a time, about a year of rows held) against the whole
 * assessment it replaces (every row of the dataset and every partner at once): on five years of
 * generated trade tables with injected errors, revisions and a second source, quality.json and the
 * held rows are the same, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import type { MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { assessQuality } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { partnerCells, partnerIds } from '../../functions/core/quality/partners.js';
import { heldRows, qualityDocument } from '../../functions/core/quality/report.js';
import { rowRef } from '../../functions/core/quality/rows.js';
import { NEWS, qualityJsonOf, storeOf, TABLES } from '../support/trade-world.js';

const META = { version: 4, created_at: '2024-02-01T00:00:00Z' };

/** The gate as it was: the dataset and all its partners read at once, judged in one assessment. */
async function wholeAssessment(observations: MemoryObservationStore) {
  const own: Observation[] = [];
  for await (const r of observations.scan(TABLES)) own.push(r);
  const partners = await observations.get(NEWS, partnerIds(partnerCells(own), NEWS));
  const current = new Map(own.map((r) => [r.observation_id, r.revision]));
  const previousRevisions = new Map<string, Observation>();
  for await (const r of observations.scanRevisions(TABLES)) if (current.get(r.observation_id) === r.revision + 1) previousRevisions.set(rowRef(r), r);
  return assessQuality({ dataset: TABLES, rows: [...own, ...partners], previousRevisions, config: DEFAULT_QUALITY_CONFIG });
}

/** A quality.json with its findings in one canonical order. */
function inAnyOrder(document: { findings: unknown[] }) {
  return { ...document, findings: document.findings.map((f) => JSON.stringify(f)).sort() };
}

describe('the streaming quality gate', () => {
  for (const seed of [1, 2, 3]) {
    it(`finds what the whole assessment finds and holds back the same rows (seed ${seed})`, async () => {
      const { datasets, observations } = await storeOf(seed);
      const whole = await wholeAssessment(observations);
      const gate = await runQualityGate({ dataset: TABLES, version: META.version, createdAt: META.created_at }, { observations, datasets });

      const document = await qualityJsonOf(gate);
      // Findings are listed check by check in the order found: period by period in the stream, while the whole assessment met the partners' rows after the dataset's.
      expect(inAnyOrder(document)).toEqual(inAnyOrder(JSON.parse(JSON.stringify(qualityDocument(whole, META)))));
      const held = [...gate.heldRows()];
      // The whole assessment knows no earlier revisions of held rows: the gate's list also says what stands in for them.
      expect(held.map(({ shown_revision: _shown, ...row }) => row)).toEqual([...heldRows(whole, META.version)]);
      // Not vacuous: the injected errors are found and held, by checks that compare periods too.
      const found = new Set(whole.findings.map((f) => f.check));
      expect(held.length).toBeGreaterThan(20);
      for (const check of ['implied-growth', 'month-adds-to-cumulative', 'cumulative-grows', 'parts-and-totals', 'flows-add-up', 'same-figure-two-sources', 'large-revision']) expect(found).toContain(check);
      expect(document.summary.rows_checked).toBeGreaterThan(4000);
    });
  }
});
