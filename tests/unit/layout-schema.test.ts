/**
 * The layout's held rows are checked by a loop, not a schema per item (layout.ts): the check still
 * accepts what publish writes and refuses what it never writes, so a damaged layout is not used.
 */
import { describe, expect, it } from 'vitest';
import { VersionLayout } from '../../functions/core/publish/layout.js';

const state = { h: [1, 2, 3, 4, 5, 6, 7, 8], bytes: 0, tail: '' };
const layout = (held: unknown) => ({
  dataset: 'd', version: 1, order: 'period_end,period_start,observation_id', stripes: [], held,
  parquet: { row_group_size: null, row_groups: 0, saved: '' }, ends: { 'observations.csv': { at: 0, state } },
});

describe('the layout of a version', () => {
  it('accepts held rows as publish writes them, or none', () => {
    const held = [{ observation_id: 'a1', period_end: '2024-05', shown: 2 }, { observation_id: 'b2', period_end: '', shown: null }];
    expect(VersionLayout.safeParse(layout(held))).toMatchObject({ success: true, data: { held } });
    expect(VersionLayout.safeParse(layout(undefined)).success).toBe(true);
    expect(VersionLayout.safeParse(layout([])).success).toBe(true);
  });

  it('refuses held rows publish never writes', () => {
    for (const bad of [
      [{ observation_id: 'a1', period_end: '2024-05', shown: 0 }],
      [{ observation_id: 'a1', period_end: '2024-05', shown: 1.5 }],
      [{ observation_id: 'a1', period_end: '2024-05', shown: '2' }],
      [{ observation_id: 'a1', shown: null }],
      [{ observation_id: 7, period_end: '2024-05', shown: null }],
      [null],
      { observation_id: 'a1', period_end: '2024-05', shown: null },
    ]) expect(VersionLayout.safeParse(layout(bad)).success, JSON.stringify(bad)).toBe(false);
  });

  it('reads layouts before format 2 (row groups as JSON) and of format 2 (the footer record), not of a later format', () => {
    const footer = { at: [100, 180, 260], rows: [40, 40], indexed: [] };
    const format2 = { ...layout(undefined), format: 2, parquet: { row_group_size: null, row_groups: 2, end: 300, footer } };
    expect(VersionLayout.safeParse(layout(undefined))).toMatchObject({ success: true, data: { parquet: { saved: '' } } });
    expect(VersionLayout.safeParse(format2)).toMatchObject({ success: true, data: { format: 2, parquet: { end: 300, footer } } });
    // A later format is not read: readLayout gives null and the version is rendered whole.
    expect(VersionLayout.safeParse({ ...format2, format: 3 }).success).toBe(false);
  });

  it('checks the stripes by hand as the schema did: accepts what publish writes, refuses the rest', () => {
    const stripe = { key: '2024-05', digest: 'ab', starts: { 'observations.csv': { at: 10, state } }, row_groups_before: 0, rows: 3, first_start: '2024-05', releases: ['r1'] };
    const withStripes = (stripes: unknown) => ({ ...layout(undefined), stripes });
    expect(VersionLayout.safeParse(withStripes([stripe]))).toMatchObject({ success: true, data: { stripes: [stripe] } });
    const { rows: _rows, first_start: _first, releases: _releases, ...bare } = stripe;
    expect(VersionLayout.safeParse(withStripes([bare])).success).toBe(true);
    for (const bad of [
      { ...stripe, key: 5 },
      { ...stripe, row_groups_before: -1 },
      { ...stripe, rows: 1.5 },
      { ...stripe, releases: [1] },
      { ...stripe, starts: { 'observations.csv': { at: -1, state } } },
      { ...stripe, starts: { 'observations.csv': { at: 1, state: { ...state, h: [1, 2, 3] } } } },
      { ...stripe, starts: { 'observations.csv': { at: 1, state: { ...state, tail: null } } } },
      { ...stripe, starts: null },
      null,
    ]) expect(VersionLayout.safeParse(withStripes([bad])).success, JSON.stringify(bad)).toBe(false);
    expect(VersionLayout.safeParse(withStripes({})).success).toBe(false);
  });
});
