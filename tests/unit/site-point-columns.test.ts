/**
 * Series points in shared columns (series.ts, PointColumns): series whose rows come interleaved
 * keep their own points, in the order first set, a later value of a point replacing the earlier
 * one; texts outside ASCII, empty texts, negative zero and fractions come back as set.
 */
import { describe, expect, it } from 'vitest';
import { CollectedPoints, PointColumns } from '../../functions/core/site/series.js';

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
});
