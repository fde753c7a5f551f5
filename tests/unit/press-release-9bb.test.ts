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

describe('a border town\'s cargo centre, and a bridge named by its pair of towns in brackets', () => {
  const text = [
    'Freight to Turkmenistan rises',
    '',
    'Tashkent, 10 November (UzA). In January–October 2026, 1.84 million tonnes of freight went through the Alat cargo centre, up 12%.',
    '',
    'Exports to Turkmenistan over the Amu Darya bridge (Farap – Alat) came to 0.77 million tonnes.',
  ].join('\n');

  it('is the town\'s port', () => {
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [1840000, 'Alat Port'],
      [770000, 'Farap Port'],
    ]);
  });

  it('but a known city\'s logistics centre stays the city', () => {
    const city = 'The Wuhan logistics centre handled 2.3 million tonnes of cargo in January-October 2026.';
    expect(releaseRows(city, '2026-11-10').map(placed)).toEqual([[2300000, 'Wuhan']]);
  });
});

describe('two ports of the lexicon paired by a spaced dash, with no crossing noun', () => {
  it('is the first port\'s crossing', () => {
    const text = 'Containers moved through Grodekovo – Suifenhe rose 9% to 141,000 TEU in January-October 2026, the railway said.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[141000, 'Grodekovo Port']]);
  });
});

describe('a Russian "Territory"', () => {
  it('is a region of its own, not the crossing named before', () => {
    const text = [
      'The Pogranichny checkpoint handled 2.9 million tonnes of freight in January-October 2026.',
      '',
      'Trade of the Khabarovsk Territory with China reached $2.41 billion in nine months, the regional customs said.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [2900000, 'Pogranichny Port'],
      [2410000000, 'Khabarovsk Territory'],
    ]);
  });
});

describe('railway companies', () => {
  it('a regional railway reports its own freight, and "by the railway" goes back to it', () => {
    const text = [
      'Exports carried across the border by the Sverdlovsk Railway came to 8.3 million tonnes in January-October 2026, up 2.1%, its press service said.',
      '',
      'Imports moved by the railway fell 6% to 1.9 million tonnes.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [8300000, 'Sverdlovsk Railway'],
      [1900000, 'Sverdlovsk Railway'],
    ]);
  });

  it('a crossing the sentence names outranks the railway named as the source', () => {
    const text = 'The Naushki crossing handled 5.2 million tonnes in January-October 2026, the East Siberian Railway said.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[5200000, 'Naushki Port']]);
  });

  it('a national railway\'s figures are its country\'s, over a country its trains pass through', () => {
    const text = [
      'Poti, Georgia, November 14. The port of Poti handled 5.1 million tonnes in January-October 2026.',
      '',
      'Georgian Railways said container trains running from China via Kazakhstan numbered 311.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-14').map(placed)).toEqual([
      [5100000, 'Poti Port'],
      [311, 'Georgia'],
    ]);
  });
});
