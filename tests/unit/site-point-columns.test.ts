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
