/** Shared helpers for the statistical table tests: fixture loading and the fields every cell is checked on. */
import { readFileSync } from 'node:fs';
import type { ExtractionContext, ExtractionOutcome, ObservationDraft } from '../../functions/core/contract.js';

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
