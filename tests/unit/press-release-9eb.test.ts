/**
 * Rules of issue 9, part eb: freight trains, land ports and logistics hubs, found by the blind batch 91 (helper b91,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('the worth of goods carried by trains or along a route', () => {
  it('is two-way trade when the carriers or the route come between "carried" and "were worth"', () => {
    const text = [
      'Hefei received 288 return trains in the first half of 2026.',
      "Goods carried by Hefei's trains were worth 11.4 billion yuan, up 12 percent.",
    ].join('\n\n');
    expect(rows(text, '2026-07-15').at(-1)).toEqual(['2026-01', '2026-06', 11_400_000_000, 'CNY', 12, 'Hefei', 'total']);
  });

  it('reads a route after "on" the same way', () => {
    const text = 'Lanzhou received 96 return trains in 2025. Cargo moved on the corridor in 2025 was worth 5.2 billion yuan.';
    expect(rows(text, '2026-01-20').at(-1)?.[6]).toBe('total');
  });
});

describe('a place and its part of the count before, then the next place with its verb left out', () => {
  const before = 'The two railway ports of the region handled 2,480 freight trains in the first quarter of 2026, up 7.1 percent.';

  it('counts both parts, each for its own port', () => {
    const text = `${before} Erenhot handled 1,310 of them and Manzhouli 1,170.`;
    expect(rows(text, '2026-04-12').slice(1).map((r) => [r[2], r[3], r[5]])).toEqual([
      [1310, 'trains', 'Erenhot Port'],
      [1170, 'trains', 'Manzhouli Port'],
    ]);
  });

  it('gives the first count to the place before it when the next item names its own place', () => {
    const text = `${before} Alashankou handled 1,310 trains and Horgos 1,170.`;
    expect(rows(text, '2026-04-12').slice(1).map((r) => r[5])).toEqual(['Alashankou Port', 'Horgos Port']);
  });

  it('reads a hub that "sent out" its part, and the next hub after a growth, as sending trains out', () => {
    const text = `China-Europe freight trains made 8,100 trips in the first half of 2026. Chengdu sent out 1,250 of them, up 9.2 percent, and Wuhan 640, up 4.4 percent.`;
    expect(rows(text, '2026-07-10').slice(1)).toEqual([
      ['2026-01', '2026-06', 1250, 'trains', 9.2, 'Chengdu', 'export'],
      ['2026-01', '2026-06', 640, 'trains', 4.4, 'Wuhan', 'export'],
    ]);
  });
});
