/**
 * Rows held in columns (row-block.ts): a row read back through its getters is the row put in,
 * field for field, across blocks, with empty texts, nulls, negative zero, fractions and texts
 * outside ASCII; compactRow keeps the id as its own text and reduces the quote to what the checks read.
 * A block whose rows are all released hands its columns on to a later block.
 */
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, type Observation } from '../../functions/core/contract.js';
import { RowColumns } from '../../functions/core/quality/row-block.js';
import { TextDictionary } from '../../functions/core/text-dictionary.js';
import { compactRow, isTableCell } from '../../functions/core/quality/rows.js';

function row(i: number, change: Partial<Observation> = {}): Observation {
  return {
    observation_id: `obs-${i}`,
    dataset: 'tables',
    area: i % 2 ? 'Xinjiang' : 'Guangdong',
    partner: i % 3 ? 'World' : 'Kazakhstan',
    flow: i % 2 ? 'export' : 'import',
    commodity: `HS ${i % 97}`,
    breakdown: i % 5 ? '' : 'customs regime: Ordinary Trade',
    measure: 'value',
    period_start: '2024-01',
    period_end: `2024-${String((i % 12) + 1).padStart(2, '0')}`,
    value: i * 1000.25,
    unit: i % 2 ? 'CNY' : 'USD',
    qualifier: 'exact',
    yoy_pct: i % 4 ? (i % 400) / 10 - 20 : null,
    status: 'preliminary',
    release_id: `release-${i % 7}`,
    source_url: `https://customs.example.test/${i % 7}.html`,
    source_quote: 'Exports rose.',
    published: '2024-02-07',
    revision: (i % 3) + 1,
    period_type: 'month',
    partner_code: i % 3 ? 'WLD' : 'KAZ',
    area_code: '',
    is_total: i % 6 === 0,
    ...change,
  };
}

/** Every public column of a row, as a plain object (the getters read). */
const fields = (r: Observation) => Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, r[c]]));

describe('rows in columns', () => {
  it('reads back every field of every row, over several blocks', () => {
    const columns = new RowColumns();
    const rows = Array.from({ length: 5000 }, (_, i) => row(i));
    const held = rows.map((r) => columns.add(r, r.observation_id, r.source_quote));
    held.forEach((h, i) => expect(fields(h)).toEqual(fields(rows[i])));
  });

  it('keeps empty texts, nulls, negative zero, fractions, large figures and texts outside ASCII', () => {
    const columns = new RowColumns();
    const odd = [
      row(1, { area: '', partner: '', commodity: '', breakdown: '', period_start: '', period_end: '', unit: '', source_url: '', partner_code: '', area_code: '' }),
      row(2, { value: null, yoy_pct: null }),
      row(3, { value: -0, yoy_pct: -0 }),
      row(4, { value: 0.1 + 0.2, yoy_pct: -99.95, revision: 2 ** 31 + 5 }),
      row(5, { value: Number.MAX_SAFE_INTEGER * 1000, yoy_pct: 1e-300 }),
      row(6, { area: '新疆维吾尔自治区', partner: 'Türkiye', commodity: 'café ☕ 🚢', breakdown: 'régime: ordinaire', source_quote: 'Ausfuhr | März' }),
      row(7, { is_total: true, value: -123456789.125 }),
    ];
    for (const r of odd) {
      const h = columns.add(r, r.observation_id, r.source_quote);
      expect(fields(h)).toEqual(fields(r));
      expect(Object.is(h.value, r.value)).toBe(true);
      expect(Object.is(h.yoy_pct, r.yoy_pct)).toBe(true);
    }
  });

  it('reads back runs of repeated texts, texts that come back, equal texts of other objects and missing fields, the first row included', () => {
    // A code remembered per column (tried: no measurable gain, not kept) must not give a row whose field is missing another text.
    const columns = new RowColumns();
    const missing = { ...row(0) } as Partial<Observation>;
    delete missing.area_code;
    delete missing.partner_code;
    const rows = [missing as Observation, row(1), row(1), row(1, { area: ['Xin', 'jiang'].join('') }), missing as Observation, row(2), row(1), ...Array.from({ length: 3000 }, (_, i) => row(Math.floor(i / 500)))];
    const held = rows.map((r) => columns.add(r, r.observation_id, r.source_quote));
    held.forEach((h, i) => expect(fields(h)).toEqual(fields(rows[i])));
    expect(held[0].area_code).toBeUndefined();
  });

  it('tells a null figure from a zero one', () => {
    const columns = new RowColumns();
    expect(columns.add(row(1, { value: 0, yoy_pct: 0 }), 'a', '').value).toBe(0);
    expect(columns.add(row(1, { value: 0, yoy_pct: 0 }), 'a', '').yoy_pct).toBe(0);
    expect(columns.add(row(1, { value: null }), 'a', '').value).toBeNull();
    expect(columns.add(row(1, { yoy_pct: null }), 'a', '').yoy_pct).toBeNull();
  });

  it('gives a text one number, the same each time it is seen', () => {
    const dictionary = new TextDictionary();
    const codes = ['World', '', 'World', 'Türkiye', '', '🚢'].map((t) => dictionary.code(t));
    expect(codes).toEqual([0, 1, 0, 2, 1, 3]);
    expect(dictionary.texts).toEqual(['World', '', 'Türkiye', '🚢']);
  });

  it('compactRow keeps the id, and of the quote only whether it is a table cell', () => {
    const columns = new RowColumns();
    const cell = compactRow(row(1, { source_quote: 'Exports | 2024-01' }), columns);
    const prose = compactRow(row(2, { source_quote: 'Exports rose by a tenth.' }), columns);
    expect(isTableCell(cell)).toBe(true);
    expect(isTableCell(prose)).toBe(false);
    expect(prose.source_quote).toBe('');
    expect(cell.observation_id).toBe('obs-1');
    expect({ ...fields(prose), source_quote: 'Exports rose by a tenth.' }).toEqual(fields(row(2, { source_quote: 'Exports rose by a tenth.' })));
  });

  /** The rows of `n` rows added to `columns`, with the rows put in. */
  const added = (columns: RowColumns, from: number, n: number) =>
    Array.from({ length: n }, (_, k) => {
      const r = row(from + k);
      return { r, held: columns.add(r, r.observation_id, r.source_quote) };
    });

  it('hands a block on once every row of it is released: its rows read nothing, the rows after it read their own', () => {
    const columns = new RowColumns();
    // Two full blocks (2,048 rows each) and the start of a third.
    const first = added(columns, 0, 4100);
    for (const { held } of first.slice(0, 2048)) columns.release(held);
    // The first block's rows read nothing but their ids.
    expect(first[0].held.area).toBeUndefined();
    expect(first[2047].held.value).toBeUndefined();
    expect(first[2047].held.observation_id).toBe('obs-2047');
    // Its columns now hold the rows added after the third block: each reads its own fields, as do the rows of the second.
    const next = added(columns, 5000, 2100);
    for (const { r, held } of [...first.slice(2048), ...next]) expect(fields(held)).toEqual(fields(r));
  });

  it('keeps a block while one of its rows is not released, whatever is released twice', () => {
    const columns = new RowColumns();
    const rows = added(columns, 0, 2049);
    // Every row of the first block but its last, the first of them twice: the last still reads its fields.
    columns.release(rows[0].held);
    for (const { held } of rows.slice(0, 2047)) columns.release(held);
    added(columns, 3000, 2048);
    expect(fields(rows[2047].held)).toEqual(fields(rows[2047].r));
    expect(fields(rows[5].held)).toEqual(fields(rows[5].r));
    // Rows of another RowColumns, or plain rows, are left alone.
    columns.release(row(1));
    new RowColumns().release(rows[2047].held);
    expect(fields(rows[2047].held)).toEqual(fields(rows[2047].r));
  });
});
