/**
 * Series points in shared columns (series.ts, PointColumns): series whose rows come interleaved
 * keep their own points, in the order first set, a later value of a point replacing the earlier
 * one; texts outside ASCII, empty texts, negative zero and fractions come back as set. A
 * collector gives some of its series one block of periods at a time, in the order a page's piece
 * lists points (SeriesCollector.byBlock), the same points their maps hold.
 */
import { describe, expect, it } from 'vitest';
import { CollectedPoints, PointColumns, SeriesCollector, type OrderedPoints } from '../../functions/core/site/series.js';
import type { Observation } from '../../functions/core/contract.js';

describe('points in shared columns', () => {
  it('keeps interleaved series apart, across growth of the columns', () => {
    const store = new PointColumns();
    const a = new CollectedPoints(store);
    const b = new CollectedPoints(store);
    const expectA = new Map<string, Map<string, number>>();
    const expectB = new Map<string, Map<string, number>>();
    for (let i = 0; i < 3000; i++) {
      const period = `20${10 + Math.floor(i / 120)}-${String((Math.floor(i / 10) % 12) + 1).padStart(2, '0')}`;
      const [points, expected] = i % 3 ? [a, expectA] : [b, expectB];
      const flow = ['export', 'import', 'total'][i % 4 === 0 ? 0 : i % 2];
      points.set(period, flow, i * 1.5);
      if (!expected.has(period)) expected.set(period, new Map());
      expected.get(period)!.set(flow, i * 1.5);
    }
    expect(a.toMap()).toEqual(expectA);
    expect(b.toMap()).toEqual(expectB);
    expect([...a.toMap().keys()]).toEqual([...expectA.keys()]);
    expect(a.months).toBe(expectA.size);
    expect(b.months).toBe(expectB.size);
  });

  it('keeps points apart across the columns’ blocks (the first grown by doubling, then one block after another)', () => {
    const store = new PointColumns();
    // Three series of 70,000 points each, interleaved: 210,000 points, four blocks of 65,536.
    const series = [0, 1, 2].map(() => new CollectedPoints(store));
    for (let i = 0; i < 210_000; i++) series[i % 3].set(`p${String(Math.floor(i / 3)).padStart(6, '0')}`, i % 2 ? 'export' : 'import', i + 0.5);
    for (const [k, points] of series.entries()) {
      const map = points.toMap();
      expect(map.size).toBe(70_000);
      expect(points.months).toBe(70_000);
      for (const n of [0, 1, 21_845, 21_846, 43_690, 65_535, 65_536, 69_999]) {
        const i = 3 * n + k;
        expect([...map.get(`p${String(n).padStart(6, '0')}`)!]).toEqual([[i % 2 ? 'export' : 'import', i + 0.5]]);
      }
    }
  });

  it('gives back texts outside ASCII, empty texts, negative zero and fractions', () => {
    const points = new CollectedPoints();
    points.set('', 'Ausfuhr', -0);
    points.set('2025-03', 'Einfuhr ☕', 0.1 + 0.2);
    points.set('2025-03', '出口', -7.25);
    points.set('2025-03', 'Einfuhr ☕', 3);
    const map = points.toMap();
    expect(Object.is(map.get('')!.get('Ausfuhr'), -0)).toBe(true);
    expect([...map.get('2025-03')!]).toEqual([['Einfuhr ☕', 3], ['出口', -7.25]]);
    expect(points.months).toBe(2);
    expect(points.periods).toEqual(['', '2025-03', '2025-03']);
  });

  it('holds nothing before a first point', () => {
    const points = new CollectedPoints();
    expect(points.toMap().size).toBe(0);
    expect(points.months).toBe(0);
    expect(points.periods).toEqual([]);
  });

  it('gives a collector’s series one block of periods at a time, each in period and flow order, as their maps hold them', () => {
    const collector = new SeriesCollector();
    const row = (area: string, period: string, flow: string, value: number) => ({ area, partner: 'World', commodity: 'all goods', breakdown: '', unit: 'USD', measure: 'value', flow, period_start: period, period_end: period, value }) as unknown as Observation;
    // Four series over five years, rows out of period order, points set again, flows in varied orders, a month of ninety-nine years before.
    const areas = ['A', 'B', 'C', 'D'];
    const flows = ['total', 'export', 'import', 'balance', 'other'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor(seed / 65536) % n);
    for (let i = 0; i < 4000; i++) {
      const period = `${2020 + next(5)}-${String(1 + next(12)).padStart(2, '0')}`;
      collector.add(row(areas[next(areas.length)], period, flows[next(flows.length)], next(1000) / 8 - 60));
    }
    collector.add(row('B', '1921-03', 'import', -0));
    const seriesOf = (area: string) => [...collector.series.values()].find((s) => s.parts.area === area)!.points;
    // C is left out: its points are in the store between the others' but not asked for.
    const asked = [seriesOf('A'), seriesOf('B'), seriesOf('D')];
    const blockOf = (period: string) => period.slice(0, 4);
    const listed = (points: OrderedPoints | null) => {
      const out: Array<[string, string, number]> = [];
      points?.forEach((period, flow, value) => out.push([period, flow, value]));
      if (points) expect(points.size).toBe(out.length);
      return out;
    };
    const blocks = [...collector.byBlock(asked, blockOf)];
    expect(blocks.map(([name]) => name)).toEqual(['1921', '2020', '2021', '2022', '2023', '2024']);
    for (const [name, bySeries] of blocks) {
      expect(bySeries).toHaveLength(asked.length);
      asked.forEach((points, k) => {
        const expected = [...points.toMap()]
          .filter(([period]) => blockOf(period) === name)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .flatMap(([period, byFlow]) => [...byFlow].sort(([a], [b]) => (a < b ? -1 : 1)).map(([flow, value]): [string, string, number] => [period, flow, value]));
        if (expected.length === 0) expect(bySeries[k]).toBeNull();
        expect(listed(bySeries[k])).toEqual(expected);
      });
    }
    expect(Object.is(listed(blocks[0][1][1])[0][2], -0)).toBe(true);
  });
});
