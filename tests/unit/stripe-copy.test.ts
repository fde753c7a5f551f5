/** Which periods a composed version reads from the store and which byte ranges of the previous version it reads back (stripe-copy.ts). */
import { describe, expect, it } from 'vitest';
import type { VersionLayout } from '../../functions/core/publish/layout.js';
import { copyableStripes, previousRanges, readRanges, rowsBefore } from '../../functions/core/publish/stripe-copy.js';

const state = { h: [0, 0, 0, 0, 0, 0, 0, 0], bytes: 0, tail: '' };
/** A layout whose stripe i starts at 100 * i in observations.ndjson; `counted` false: a stripe without its row count. */
function layout(keys: string[], counted = keys.map(() => true)): VersionLayout {
  return {
    dataset: 'd', version: 1, order: 'period_end,period_start,observation_id', rendering: 'r', sources: {},
    stripes: keys.map((key, i) => ({ key, digest: 'x', starts: { 'observations.ndjson': { at: 100 * i, state } }, row_groups_before: i, ...(counted[i] ? { rows: 2, first_start: key, releases: [] } : {}) })),
    ends: { 'observations.ndjson': { at: 100 * keys.length, state } },
    parquet: { row_group_size: null, row_groups: keys.length, saved: '' },
  };
}

describe('stripes copied between changed ones', () => {
  const keys = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];

  it('reads each run of changed periods, and new periods between copied stripes', () => {
    const l = layout(keys);
    const changed = new Set(['2024-02', '2024-04', '2024-04x', '2024-06']);
    const copyable = copyableStripes(l, changed);
    expect(copyable).toEqual([true, false, true, false, true]);
    expect(readRanges(l, copyable, 1, changed, '2024-02')).toEqual([
      { fromPeriodEnd: '2024-02', throughPeriodEnd: '2024-02' },
      { fromPeriodEnd: '2024-04', throughPeriodEnd: '2024-04x' },
      { fromPeriodEnd: '2024-06' },
    ]);
    expect(previousRanges(l, copyable, 1, 'observations.ndjson')).toEqual([[100, 200], [300, 400]]);
    expect(rowsBefore(l.stripes)).toEqual([0, 2, 4, 6, 8]);
  });

  it('copies nothing when the change is unknown or the layout cannot count a stripe', () => {
    const l = layout(keys, [true, false, true, true, true]);
    expect(copyableStripes(l, null)).toEqual([false, false, false, false, false]);
    const changed = new Set(['2024-04']);
    const copyable = copyableStripes(l, changed);
    expect(copyable).toEqual([true, false, true, false, true]);
    // Nothing before the first stripe read is read when a copied one precedes it.
    expect(readRanges(l, copyable, 0, changed, undefined)).toEqual([{ fromPeriodEnd: '2024-02', throughPeriodEnd: '2024-02' }, { fromPeriodEnd: '2024-04', throughPeriodEnd: '2024-04' }]);
    expect(readRanges(l, [false, false, false, false, false], 0, changed, undefined)).toEqual([{}]);
  });
});
