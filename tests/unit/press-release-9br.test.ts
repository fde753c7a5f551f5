/**
 * Rules of issue 9, part br: commodity and market wire stories, ninth round (fixtures b54-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const level = (r: { period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null }) => [
  r.period_start,
  r.period_end,
  r.value,
  r.unit,
  r.yoy_pct,
];

describe('gemstones weighed in carats', () => {
  it('are a quantity in carats, not an amount of the currency before them', () => {
    const text = 'MUMBAI, Dec 14 - Exports of polished emeralds rose 12 per cent to US$ 84.5 million in November, or 0.41 million carats, the council said.';
    expect(releaseRows(text, '2026-12-14').map((r) => [r.value, r.unit, r.measure])).toEqual([
      [84500000, 'USD', 'value'],
      [410000, 'carats', 'quantity'],
    ]);
  });
});

describe('a sentence opened by "A year earlier," and its comma', () => {
  it('states levels of the year before, whatever its subject', () => {
    const text = 'WELLINGTON, Dec 16 - Log exports to China were 1.91 million cubic metres in November, Stats NZ said. A year earlier, China took 2.12 million cubic metres.';
    expect(releaseRows(text, '2026-12-16').map(level)).toEqual([
      ['2026-11', '2026-11', 1910000, 'cubic meters', null],
      ['2025-11', '2025-11', 2120000, 'cubic meters', null],
    ]);
  });
});

describe('a part\'s amount, then ", or" and a bare percentage', () => {
  it('is the share of a partner named before the amount', () => {
    const text = 'BEIJING, Dec 20 - China imported 212,400 tons of nickel ore in November, customs data showed, with the Philippines supplying 171,900 tons, or 80.9%.';
    expect(releaseRows(text, '2026-12-20').map((r) => [r.value, r.unit, r.partner])).toEqual([
      [212400, 'tonnes', 'World'],
      [171900, 'tonnes', 'Philippines'],
      [80.9, 'percent-share', 'Philippines'],
    ]);
  });
  it('is the share of a part that "of which" opens', () => {
    const text = 'WELLINGTON, Dec 16 - Sawn timber exports were 162,000 cubic metres in November, of which 58,300 cubic metres, or 36 percent, were bound for Australia.';
    expect(releaseRows(text, '2026-12-16').map((r) => [r.value, r.unit])).toEqual([
      [162000, 'cubic meters'],
      [58300, 'cubic meters'],
      [36, 'percent-share'],
    ]);
  });
  it('stays a change when a word of change follows it', () => {
    const text = 'BEIJING, Dec 20 - Imports from Chile rose to 1.2 million tons in November, or 12% more than a year earlier.';
    expect(releaseRows(text, '2026-12-20').filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
});
