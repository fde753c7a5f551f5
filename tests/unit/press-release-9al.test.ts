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

describe('the far side of a crossing', () => {
  it('reads "and the Chinese border town of X" after a port as scenery, also for "the port" later', () => {
    const text = 'Some 4.1 million tons of cargo crossed at the Pogranichny checkpoint in the first ten months of 2026, the regional customs said.\n\nRail cargo between Pogranichny and the Chinese border town of Suifenhe came to 2.7 million tons.\n\nIn October, coal exports through the port stood at 215,000 tons.';
    expect(areas(text, '2026-11-09')).toEqual([[4100000, 'Pogranichny Port'], [2700000, 'Pogranichny Port'], [215000, 'Pogranichny Port']]);
  });
});

describe('a province paired with a country', () => {
  it('reads "trade between <province> and China" as the province\'s trade with China', () => {
    const text = "BLAGOVESHCHENSK, Nov 12 - Trade between Amur Oblast and China came to $1.46 billion in January-September 2026, down 3.1%, the regional customs said. China's share in the region's trade was 88.2%.";
    const rows = releaseRows(text, '2026-11-12').map((r) => [r.value, r.area, r.partner]);
    expect(rows).toEqual([[1460000000, 'Amur Oblast', 'China'], [88.2, 'Amur Oblast', 'China']]);
  });
});

describe('a province placing a town that only locates', () => {
  it('does not carry "in <town> city, <province>," after a port faced into the next paragraph', () => {
    const text = "Trade through the border gates of Lang Son province reached 1.9 billion USD in the first ten months of 2026.\n\nThe Coc Nam gate, opposite China's Pingxiang port in Chongzuo city, Guangxi, handled 0.8 billion USD.\n\nIn October alone, trade through the province's gates was 240 million USD.";
    const rows = releaseRows(text, '2026-11-12').map((r) => [r.value, r.area]);
    expect(rows.at(-1)).toEqual([240000000, 'Lang Son']);
  });
});
