/**
 * Rules of issue 9, part bc: batch 45 (Central Asian, Caucasus, Russian and Mongolian writers on their own trade and
 * their trade with China, fixtures b45-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

describe('a Russian federal district', () => {
  it('reports under its full name, not as a "Federal District"', () => {
    const text = 'NOVOSIBIRSK. Oct 30 - Exports of the Siberian Federal District rose 4.2% in January-September 2026 to $18.4 billion, the customs directorate said. The region\'s imports were $6.1 billion.';
    expect(releaseRows(text, '2026-10-30').map(placed)).toEqual([
      [18400000000, 'Siberian Federal District'],
      [6100000000, 'Siberian Federal District'],
    ]);
  });
});

describe('an amount written as a sum of scaled parts', () => {
  const text = 'Belarus exported goods worth 1 trillion 204.6 billion rubles in January-June 2026, while imports came to 3 billion 75 million dollars.';

  it('adds the smaller part to the larger one', () => {
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit])).toEqual([
      [1204600000000, 'RUB'],
      [3075000000, 'USD'],
    ]);
  });

  it('but two amounts of their own stay two', () => {
    const two = 'Exports rose to 4 billion dollars in June 2026, and 950 million dollars of them went to Russia.';
    expect(releaseRows(two, '2026-07-20').map((r) => r.value)).toEqual([4000000000, 950000000]);
  });
});

describe('"mutual trade" naming no partner', () => {
  it('is with the partner the release first gave its mutual trade', () => {
    const text = [
      'ASTANA. Kazakhstan\'s mutual trade with Uzbekistan reached $3.2 billion in January-September 2026, up 8.1%.',
      '',
      'Exports to Kyrgyzstan were $1.1 billion. In tenge, mutual trade came to 1.56 trillion tenge.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-20').map((r) => [r.value, r.partner, r.yoy_pct])).toEqual([
      [3200000000, 'Uzbekistan', 8.1],
      [1100000000, 'Kyrgyzstan', null],
      [1560000000000, 'Uzbekistan', 8.1],
    ]);
  });
});

describe('datelines of Montsame and of agencies credited before the city', () => {
  it('"City /AGENCY/." is where the release was written', () => {
    const text = 'Copper shipments rise\n\nUlaanbaatar /MONTSAME/. Copper concentrate exports reached 1.02 million tons in January-September 2026.';
    expect(releaseRows(text, '2026-10-12').map(placed)).toEqual([[1020000, 'Mongolia']]);
  });

  it('"Agency, City –" dates the release in that capital, whose country reports', () => {
    const text = 'Cotton sales abroad\n\nKabar news agency, Bishkek – Cotton fibre exports reached 41,200 tonnes in January-June 2026.';
    expect(releaseRows(text, '2026-07-12').map(placed)).toEqual([[41200, 'Kyrgyzstan']]);
  });
});
