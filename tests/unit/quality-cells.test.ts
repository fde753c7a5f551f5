/**
 * How the checks key rows: a row's series (seriesOf), its cell as text (cellOf), the number that
 * stands for the cell (cellNumber) and the test that tells two cells apart (sameCell) must agree
 * with each other, with a field replaced by a change exactly as the same row written with that
 * field, and with labels compared as normalized (case and runs of spaces do not matter). These
 * are worked out field by field from remembered labels, with nothing kept per row; a row asked
 * about again, in another order or after many other rows, gets the same answers.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { cellNumber, cellOf, sameCell, seriesOf, type RowChange } from '../../functions/core/quality/rows.js';

const AREAS = ['Shanghai', ' shanghai ', 'Guangdong', 'GUANGDONG'];
const PARTNERS = ['World', 'European  Union', 'european union', 'Japan'];
const FLOWS = ['export', 'import'] as const;
const COMMODITIES = ['all goods', 'All Goods', 'steel products'];
const BREAKDOWNS = ['', 'customs regime: Ordinary Trade'];
const UNITS = ['CNY', 'USD'];
const PERIODS = ['2025-01', '2025-02', '2026-01'];

/** A small deterministic generator, so a failure names the row it failed on. */
function picker(seed: number) {
  let x = seed;
  return <T>(list: readonly T[]): T => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return list[(x >>> 8) % list.length];
  };
}

function row(pick: ReturnType<typeof picker>, i: number): Observation {
  const period = pick(PERIODS);
  return {
    observation_id: `r${i}`, dataset: 'cells-test', area: pick(AREAS), partner: pick(PARTNERS), flow: pick(FLOWS), commodity: pick(COMMODITIES),
    breakdown: pick(BREAKDOWNS), measure: 'value', period_start: period, period_end: period, value: 100 + i, unit: pick(UNITS), qualifier: 'exact',
    yoy_pct: null, status: 'preliminary', release_id: 'rel', source_url: 'https://example.test/', source_quote: 'q', published: '2026-03-01',
    revision: 1, period_type: 'month', partner_code: '', area_code: '', is_total: false,
  };
}

function change(pick: ReturnType<typeof picker>): RowChange | undefined {
  const choice = pick([0, 1, 2, 3]);
  if (choice === 0) return undefined;
  if (choice === 1) return { partner: 'WORLD', commodity: pick(COMMODITIES) };
  if (choice === 2) return { period_start: pick(PERIODS), period_end: pick(PERIODS) };
  return { area: pick(AREAS), flow: pick(FLOWS), unit: pick(UNITS), breakdown: '' };
}

/** The row with the change's fields written into it. */
const applied = (r: Observation, c: RowChange | undefined): Observation => ({ ...r, ...c });

describe('cells of rows', () => {
  const pick = picker(7);
  const rows = Array.from({ length: 400 }, (_, i) => ({ row: row(pick, i), change: change(pick) }));

  it('key a changed row as the same row written with those fields', () => {
    for (const { row: r, change: c } of rows) {
      expect(seriesOf(r, c)).toBe(seriesOf(applied(r, c)));
      expect(cellOf(r, c)).toBe(cellOf(applied(r, c)));
      expect(cellNumber(r, c)).toBe(cellNumber(applied(r, c)));
    }
  });

  it('give equal cells equal numbers, and tell cells apart as their text does', () => {
    for (const a of rows) {
      for (const b of rows.slice(0, 60)) {
        const same = cellOf(a.row, a.change) === cellOf(b.row, b.change);
        expect(sameCell(a.row, a.change, b.row, b.change), `${cellOf(a.row, a.change)} / ${cellOf(b.row, b.change)}`).toBe(same);
        if (same) expect(cellNumber(a.row, a.change)).toBe(cellNumber(b.row, b.change));
      }
    }
  });

  it('compare labels as normalized: case and runs of spaces do not make another series', () => {
    const base = rows[0].row;
    const shouted = { ...base, area: 'SHANGHAI', partner: 'European Union', commodity: 'ALL GOODS' };
    const spaced = { ...base, area: ' shanghai', partner: 'european   union ', commodity: 'all  goods' };
    expect(seriesOf(shouted)).toBe(seriesOf(spaced));
    expect(seriesOf(shouted)).toBe('shanghai|european union|' + base.flow + '|all goods|' + base.breakdown.toLowerCase() + '|value');
    expect(cellNumber(shouted)).toBe(cellNumber(spaced));
    expect(sameCell(shouted, undefined, spaced, undefined)).toBe(true);
    expect(sameCell(shouted, undefined, spaced, { flow: base.flow === 'export' ? 'import' : 'export' })).toBe(false);
  });

  it('answer the same for a row asked about again, after others and in another order', () => {
    const first = rows.map(({ row: r, change: c }) => [seriesOf(r, c), cellNumber(r, c)]);
    const again = [...rows].reverse().map(({ row: r, change: c }) => [seriesOf(r, c), cellNumber(r, c)]).reverse();
    expect(again).toEqual(first);
  });
});
