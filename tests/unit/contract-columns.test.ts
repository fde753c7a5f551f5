/**
 * The public columns (functions/core/columns.ts, written without the schema library so the publish worker's bundle
 * carries none) are exactly the Observation schema's fields, in the schema's order.
 */
import { describe, expect, it } from 'vitest';
import { Observation, OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS } from '../../functions/core/contract.js';
import * as columns from '../../functions/core/columns.js';

describe('public columns', () => {
  it('are the Observation schema\'s fields in its order', () => {
    expect(OBSERVATION_COLUMNS).toEqual(Object.keys(Observation.shape));
    expect(Object.keys(OBSERVATION_COLUMN_DOCS)).toEqual(Object.keys(Observation.shape));
  });

  it('contract.ts re-exports the same objects', () => {
    expect(OBSERVATION_COLUMNS).toBe(columns.OBSERVATION_COLUMNS);
    expect(OBSERVATION_COLUMN_DOCS).toBe(columns.OBSERVATION_COLUMN_DOCS);
  });
});
