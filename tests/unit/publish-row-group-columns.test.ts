/**
 * A Parquet row group's values kept in columns while it fills (row-group-columns.ts): each column
 * comes back as it was set, row for row, across growth and after a new row group starts: unique
 * texts as their UTF-8 bytes, with empty texts, nulls, negative zero and texts outside ASCII.
 */
import { describe, expect, it } from 'vitest';
import { RowGroupColumns, type ColumnKind } from '../../functions/core/publish/row-group-columns.js';

const KINDS: ColumnKind[] = ['bytes', 'coded', 'number', 'coded', 'bytes'];

/** What the writer took before: texts of a bytes column as Buffers of their UTF-8, everything else as set. */
const expected = (kind: ColumnKind, value: unknown) => (kind === 'bytes' && typeof value === 'string' ? Buffer.from(value, 'utf8') : value);

function fill(columns: RowGroupColumns, rows: unknown[][]): void {
  for (const row of rows) {
    row.forEach((value, i) => columns.set(i, value));
    columns.next();
  }
}

function check(columns: RowGroupColumns, rows: unknown[][]): void {
  expect(columns.rows).toBe(rows.length);
  KINDS.forEach((kind, i) => {
    const got = columns.values(i);
    rows.forEach((row, r) => {
      expect(got[r]).toEqual(expected(kind, row[i]));
      if (typeof row[i] === 'number') expect(Object.is(got[r], row[i])).toBe(true);
    });
  });
}

const ROWS: unknown[][] = Array.from({ length: 5000 }, (_, i) => [
  `id-${i}`,
  i % 3 ? 'World' : 'Kazakhstan',
  i * 1000.5 - 7,
  i % 4 ? (i % 400) / 10 : null,
  `Exports rose in month ${i % 12}.`,
]);

describe('a row group in columns', () => {
  it('gives every column back as set, over several doublings', () => {
    const columns = new RowGroupColumns(KINDS);
    fill(columns, ROWS);
    check(columns, ROWS);
  });

  it('keeps empty texts, nulls, negative zero, texts outside ASCII and values of another kind', () => {
    const odd: unknown[][] = [
      ['', '', 0, 0, ''],
      [null, null, null, null, null],
      ['a', -0, -0, -0, 'b'],
      ['新疆维吾尔自治区', 'Türkiye', -123.25, 0, 'café ☕ 🚢 | März'],
      ['x'.repeat(30_000), true, 5, false, 'y'],
      [undefined, undefined, undefined, undefined, 7],
    ];
    const columns = new RowGroupColumns(KINDS);
    fill(columns, odd);
    check(columns, odd);
    expect(Object.is(columns.values(1)[2], -0)).toBe(true);
    expect(Object.is(columns.values(3)[3], 0)).toBe(true);
  });

  it('starts a new row group empty, and leaves the bytes given out before unchanged', () => {
    const columns = new RowGroupColumns(KINDS);
    fill(columns, ROWS.slice(0, 100));
    const before = columns.values(0);
    columns.clear();
    expect(columns.rows).toBe(0);
    const next = ROWS.slice(100, 300);
    fill(columns, next);
    check(columns, next);
    before.forEach((value, r) => expect(value).toEqual(Buffer.from(`id-${r}`)));
  });
});
