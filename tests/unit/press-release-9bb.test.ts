/**
 * Rules of issue 9, part bb: the area and flow of port, crossing and freight-train stories (the leftovers of batches
 * 41 and 43, fixtures b41-… and b43-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

describe('towns an apposition calls ports, and "the three ports" after them', () => {
  const text = [
    'Border ports of Gansu busier',
    '',
    'Mazongshan, Qiaowan and Hongliuyuan, Gansu\'s three land ports on the Mongolian frontier, together cleared 2.18 million tonnes of goods in January-October, up 9.4 percent.',
    '',
    'Qiaowan, the busiest, took 1.31 million tonnes. Mazongshan followed with 0.52 million tonnes.',
    '',
    'Gansu\'s foreign trade grew 3 percent to 61.2 billion yuan over the period.',
    '',
    'In October, the three ports cleared 236,000 tonnes.',
  ].join('\n');

  it('gives the list its joint area, each town its port, and "the three ports" the joint area again', () => {
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [2180000, 'Hongliuyuan, Mazongshan and Qiaowan ports'],
      [1310000, 'Qiaowan Port'],
      [520000, 'Mazongshan Port'],
      [61200000000, 'Gansu'],
      [236000, 'Hongliuyuan, Mazongshan and Qiaowan ports'],
    ]);
  });

  it('works for two known ports called "the two railway ports of" a region', () => {
    const two = 'Erenhot and Manzhouli, the two railway ports of Inner Mongolia, had together cleared 9,870 freight trains by the end of October 2026.';
    expect(releaseRows(two, '2026-11-20').map(placed)).toEqual([[9870, 'Erenhot and Manzhouli ports']]);
  });
});

describe('"the two ports combined" after two ports named one by one', () => {
  const text = [
    'River crossings report more freight',
    '',
    'The Jiayin port handled 812,000 tonnes of cargo in January-November, Jiamusi Customs said.',
    '',
    'Upstream, Heihe port moved 2.05 million tonnes. In November alone, Jiayin handled 61,000 tonnes.',
    '',
    'Trade through the two ports combined came to 5.6 billion yuan.',
  ].join('\n');

  it('is the two ports jointly, and a bare town opening the main clause is its port', () => {
    expect(releaseRows(text, '2026-12-05').map(placed)).toEqual([
      [812000, 'Jiayin Port'],
      [2050000, 'Heihe Port'],
      [61000, 'Jiayin Port'],
      [5600000000, 'Heihe and Jiayin ports'],
    ]);
  });
});
