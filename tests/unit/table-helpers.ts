/** Shared helpers for the statistical table tests: fixture loading and the fields every cell is checked on. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ObservationDraft, type ExtractionContext, type ExtractionOutcome } from '../../functions/core/contract.js';
import { extractStatisticalTable, looksLikeStatisticalTable } from '../../functions/core/extract/table/index.js';

export const FIXTURES = new URL('../fixtures/tables/', import.meta.url);

export const ctx: ExtractionContext = {
  dataset: 'gacc-tables',
  release_id: 'gacc-tables-0123456789abcdef',
  source_url: 'http://example.test/table.html',
  published: '2021-11-20',
};

/** Reads a fixture file. */
export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** The fields a fixture's expected rows pin down, in a stable key order. */
export function essentials(row: ObservationDraft) {
  return {
    source_quote: row.source_quote,
    flow: row.flow,
    commodity: row.commodity,
    partner: row.partner,
    breakdown: row.breakdown,
    measure: row.measure,
    period_start: row.period_start,
    period_end: row.period_end,
    value: row.value,
    unit: row.unit,
    yoy_pct: row.yoy_pct,
  };
}

/** Narrows an outcome to its accepted form, failing with the rejection reason otherwise. */
export function accepted(outcome: ExtractionOutcome): { rows: ObservationDraft[]; warnings: string[] } {
  if (!outcome.ok) throw new Error(`expected the table to be extracted, got: ${outcome.reason}`);
  return outcome;
}

/** Narrows an outcome to its rejection reason. */
export function rejected(outcome: ExtractionOutcome): string {
  if (outcome.ok) throw new Error(`expected a rejection, got ${outcome.rows.length} rows`);
  return outcome.reason;
}

/**
 * The checks every held-out table family gets, in both renderings: every cell exactly once as in
 * `<name>.expected.json` (written by a generator that shares no code with the extractor), rows that
 * satisfy the contract, and no warning but one per overflowed cell and one per bounded yoy.
 */
export function describeHeldOutTables(title: string, families: string[]): void {
  describe.each(families)(`${title} %s`, (name) => {
    const expected = JSON.parse(fixture(`${name}.expected.json`)) as { lost_cells?: number; bounded_yoy?: number; rows: unknown[] };
    const lost = expected.lost_cells ?? 0;
    const bounded = expected.bounded_yoy ?? 0;

    it.each(['txt', 'html'])('extracts every cell of the %s rendering exactly once', (ext) => {
      const outcome = accepted(extractStatisticalTable(fixture(`${name}.${ext}`), ctx, { contentType: ext === 'html' ? 'text/html' : 'text/plain' }));
      expect(outcome.rows.map((row) => ({ ...essentials(row), area: row.area }))).toEqual(expected.rows);
      for (const row of outcome.rows) expect(ObservationDraft.safeParse(row).success).toBe(true);
      expect(outcome.warnings.filter((w) => w.includes('############'))).toHaveLength(lost);
      expect(outcome.warnings.filter((w) => w.includes('a bound rather than a figure'))).toHaveLength(bounded);
      expect(outcome.warnings).toHaveLength(lost + bounded);
    });

    it('is recognised as a statistical table in both renderings', () => {
      expect(looksLikeStatisticalTable(fixture(`${name}.txt`), 'text/plain')).toBe(true);
      expect(looksLikeStatisticalTable(fixture(`${name}.html`), 'text/html')).toBe(true);
    });
  });
}
