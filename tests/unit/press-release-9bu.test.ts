/**
 * Rules of issue 9, part bu: area and flow on ports and trains (the leftovers of batches 37, 41, 43, 45, 50 and 52,
 * fixtures in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string; flow: string }) => [r.value, r.area, r.flow];

describe('a national railway company named after a city reports for its country', () => {
  it('reads the Ulaanbaatar Railway and its initials as Mongolia, not the capital', () => {
    const text = [
      'The Ulaanbaatar Railway hauled 3.1 million tonnes of transit cargo in January-August 2026, up 9 percent.',
      '',
      'Over the same months UBTZ moved 18.2 million tonnes of freight in all, the company said.',
    ].join('\n');
    expect(releaseRows(text, '2026-09-10').map(placed)).toEqual([
      [3100000, 'Mongolia', 'total'],
      [18200000, 'Mongolia', 'total'],
    ]);
  });
});

describe("a province's border ports all together report for the province", () => {
  it("reads freight through Jilin's border ports as Jilin's", () => {
    const text = "Cargo moving through Jilin's 12 border ports reached 3.9 million tonnes in January-September 2026, up 4.2 percent, Changchun Customs said.";
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([[3900000, 'Jilin', 'total']]);
  });
});

describe("a part of a place's total, named by the place before the total", () => {
  it('keeps tonnes a bridge carried of the port total two-way after a paragraph on imports', () => {
    const text = [
      'Hunchun Port handled 2.6 million tonnes of cargo in January-September 2026.',
      '',
      'The port took in 1.1 million tonnes of imports, chiefly seafood and coal.',
      '',
      'The Quanhe bridge carried 0.9 million tonnes of the Hunchun total, and the railway 0.7 million tonnes of the Hunchun figure.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([
      [2600000, 'Hunchun Port', 'total'],
      [1100000, 'Hunchun Port', 'import'],
      [900000, 'Hunchun Port', 'total'],
      [700000, 'Hunchun Port', 'total'],
    ]);
  });

  it('leaves a part of a month total to the flow before it', () => {
    const text = 'China exported 51.2 million tyres in October 2026, up 6 percent.\n\nCar tyres made up 38.1 million units of the October total.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.flow)).toEqual(['export', 'export']);
  });
});
