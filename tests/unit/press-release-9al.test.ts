/**
 * Rules of issue 9, part al: a fixing round on the areas of batches 28 and 33 (land ports, trains,
 * corridors), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('ports that report together', () => {
  it('names ports said to act "together" jointly, in alphabetical order', () => {
    const after = 'Manzhouli, Suifenhe and Erenhot together handled 3.2 million tonnes of imported timber in the first half of 2026.';
    expect(areas(after, '2026-07-20')).toEqual([[3200000, 'Erenhot, Manzhouli and Suifenhe ports']]);
    const before = "Together, Tongjiang and Heihe accounted for 41.5 percent of Heilongjiang's trade with Russia in 2025.";
    expect(areas(before, '2026-02-10')).toEqual([[41.5, 'Heihe and Tongjiang ports']]);
  });

  it('reads "border gates" and "crossings" after a list of ports as the ports word', () => {
    const text = 'The Mong Cai and Lao Cai border gates handled goods worth 2.6 billion USD in the first ten months of 2026.';
    expect(areas(text, '2026-11-12')).toEqual([[2600000000, 'Lao Cai and Mong Cai ports']]);
  });
});
