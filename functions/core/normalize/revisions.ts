/** Revision rules: when a reported figure counts as changed, and how a draft becomes a row. */
import { OBSERVATION_COLUMNS, type Observation, type ObservationDraft } from '../contract.js';
import { derivedColumns, harmonizeDraft } from '../codes/harmonize.js';
import { observationId } from '../identity.js';

/**
 * A draft as a public row with its id, at the given revision. Labels are harmonized first, so the
 * id names the harmonized series whichever table family or release the figure came from.
 */
export function observationFromDraft(raw: ObservationDraft, revision: number): Observation {
  const draft = harmonizeDraft(raw);
  const filled: Record<string, unknown> = { ...draft, ...derivedColumns(draft), observation_id: observationId(draft), status: revision > 1 ? 'revised' : 'preliminary', revision };
  // Built in column order, so every file written from it has the public column order.
  const row: Record<string, unknown> = {};
  for (const column of OBSERVATION_COLUMNS) row[column] = filled[column];
  return row as Observation;
}

/**
 * Whether two reports state the same figure. The value, its qualifier and its growth rate are the
 * figure; provenance (release, quote, publication date) is not, so a restatement is not a revision.
 */
export function sameFigure(a: Pick<Observation, 'value' | 'qualifier' | 'yoy_pct'>, b: Pick<Observation, 'value' | 'qualifier' | 'yoy_pct'>): boolean {
  return (a.value ?? null) === (b.value ?? null) && a.qualifier === b.qualifier && (a.yoy_pct ?? null) === (b.yoy_pct ?? null);
}
