/**
 * Rules of issue 9, part e9: the fixing round after blind batch 89 (helper b89, 2026-12-04), each found on a phenomenon
 * of that batch's misses and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('a supplier named by its possessive with the noun left out', () => {
  it('is a partner of the reporter, like the supplier named with "from" before it', () => {
    const text = [
      'Japan coal imports edge up',
      'Japan imported 9.4 million tonnes of thermal coal in May, customs data showed. Cargoes from Indonesia climbed 12.5 percent to 2.2 million tonnes, while Russia\'s dropped 8.4 percent.',
    ].join('\n\n');
    const rows = releaseRows(text, '2026-06-18');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.area, r.partner])).toEqual([
      [9_400_000, null, 'Japan', 'World'],
      [2_200_000, 12.5, 'Japan', 'Indonesia'],
      [null, -8.4, 'Japan', 'Russia'],
    ]);
  });
});

describe('an amount in brackets after a base a year before', () => {
  it('is the level of the same months a year earlier', () => {
    const text = 'Mongolia\'s foreign trade turnover in January-August 2026 reached 16.9 billion US dollars, 5.1% more than a year earlier (16.08 billion dollars), the customs office said.';
    expect(tuples(text, '2026-09-15')).toEqual([
      ['2026-01', '2026-08', 16_900_000_000, 'USD', 5.1, 'Mongolia', 'total'],
      ['2025-01', '2025-08', 16_080_000_000, 'USD', null, 'Mongolia', 'total'],
    ]);
  });

  it('reads "from the previous year (US$ ...)" the same way', () => {
    const text = 'Exports of the republic in the first half of 2026 came to 4.07 billion dollars, down 3.1 percent from the previous year (US$4.2 billion), the statistics committee reported.';
    expect(releaseRows(text, '2026-07-20').map((r) => levelTuple(r))).toEqual([
      ['2026-01', '2026-06', 4_070_000_000, 'USD', -3.1],
      ['2025-01', '2025-06', 4_200_000_000, 'USD', null],
    ]);
  });
});

describe('an amount in brackets after the same period of last year', () => {
  it('is the level of the same months, not of the whole of last year', () => {
    const text = 'Imports of the republic in January-September 2026 reached 6.31 billion dollars, up 8.2 percent from the same period of last year (5.83 billion dollars), the statistics committee reported.';
    expect(releaseRows(text, '2026-10-20').map((r) => levelTuple(r))).toEqual([
      ['2026-01', '2026-09', 6_310_000_000, 'USD', 8.2],
      ['2025-01', '2025-09', 5_830_000_000, 'USD', null],
    ]);
  });
});

describe('a scaled bare number a scaled count is compared with', () => {
  it('counts what the count counts', () => {
    const text = 'Country-wide, car makers shipped 1.64 million vehicles abroad in 2025, up 23.5 percent from 1.33 million in 2024, the industry association said.';
    expect(releaseRows(text, '2026-01-14').map((r) => levelTuple(r))).toEqual([
      ['2025-01', '2025-12', 1_640_000, 'vehicles', 23.5],
      ['2024-01', '2024-12', 1_330_000, 'vehicles', null],
    ]);
  });
});

describe('tonnes said to go toward a place by a compass word', () => {
  it('went out, while those that came into the country came in', () => {
    const text = [
      'Cross-border railway freight rises',
      'The China-Laos Railway carried 1.84 million tonnes of cross-border goods in the first quarter of 2026. Of that, 0.71 million tonnes went south to Vientiane and beyond, and 1.13 million tonnes came north into China.',
    ].join('\n\n');
    expect(tuples(text, '2026-04-10').map((t) => [t[2], t[6]])).toEqual([
      [1_840_000, 'total'],
      [710_000, 'export'],
      [1_130_000, 'import'],
    ]);
  });
});

describe('a running total dated by the first train\'s trip', () => {
  it('takes no direction from the verb of that first trip', () => {
    const text = 'By the end of 2025, the Xiamen China-Europe freight train service had made 3,210 trips since the first one left the city for Lodz in August 2015, the operator said.';
    expect(tuples(text, '2026-01-09')).toEqual([['2015-08', '2025-12', 3_210, 'trains', null, 'Xiamen', 'total']]);
  });
});

describe('a place in an aside saying where the subject is centred', () => {
  it('locates the subject; the figure stays the province\'s', () => {
    const text = [
      'Guangdong trade grows in 2025',
      'GUANGZHOU, Jan. 22 (Xinhua) -- Foreign trade of south China\'s Guangdong Province rose 4.2 percent to 9.33 trillion yuan in 2025, local customs said. Toy exports, centred on the coastal city of Shantou, grew 7.4 percent to 61.8 billion yuan.',
    ].join('\n\n');
    expect(tuples(text, '2026-01-22')).toEqual([
      ['2025-01', '2025-12', 9_330_000_000_000, 'CNY', 4.2, 'Guangdong', 'total'],
      ['2025-01', '2025-12', 61_800_000_000, 'CNY', 7.4, 'Guangdong', 'export'],
    ]);
  });
});
