/**
 * Rules of issue 9, part ca: commodity and market wire stories, tenth round (fixtures b60-… in
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

describe('a relative clause closed by its comma', () => {
  it('keeps a quota word inside it from making the figure after it a quota', () => {
    const text = 'SINGAPORE, Dec 17 - Imports of cane molasses, which the ministry watches closely because traders use them to get round quotas, fell to 42,600 tons in November.';
    expect(releaseRows(text, '2026-12-17').map(level)).toEqual([['2026-11', '2026-11', 42600, 'tonnes', null]]);
  });
});

describe('goods counted in bags or weighed in pounds', () => {
  it('reads bags of a stated weight as a quantity in bags', () => {
    const text = 'LIMA, Dec 9 - Peru exported 412,000 60-kg bags of coffee in November, and 95,000 bags of cocoa beans.';
    expect(releaseRows(text, '2026-12-09').map((r) => [r.value, r.unit, r.measure])).toEqual([
      [412000, 'bags', 'quantity'],
      [95000, 'bags', 'quantity'],
    ]);
  });
  it('reads a bare "pounds" after a number as weight, a named currency pound as money', () => {
    const text = 'QUITO, Nov 16 - Shrimp exports were 96.3 million pounds in October. Exports to Egypt earned 410 million Egyptian pounds.';
    expect(releaseRows(text, '2026-11-16').map((r) => [r.value, r.unit])).toEqual([
      [96300000, 'pounds'],
      [410000000, 'EGP'],
    ]);
  });
});

describe('a commercial year that started in a named month', () => {
  it('runs from that month to the last full month before the story', () => {
    const text = 'SAO PAULO, Dec 11 - In the first five months of the 2026/27 commercial year, which started in July, cocoa exports reached 41,000 tonnes.';
    expect(releaseRows(text, '2026-12-11').map(level)).toEqual([['2026-07', '2026-11', 41000, 'tonnes', null]]);
  });
});

describe('the month a trade measure was put on or taken off', () => {
  it('dates the measure in the passive ("after the duties were removed in")', () => {
    const text =
      'ADELAIDE, Oct 21 - Australia’s barley exports to China were worth $1.2 billion in the 12 months ended September 2026, as buyers restocked after the duties were removed in August 2023. Exports to Japan were $210 million.';
    expect(releaseRows(text, '2026-10-21').map(level)).toEqual([
      ['2025-10', '2026-09', 1200000000, 'AUD', null],
      ['2025-10', '2026-09', 210000000, 'AUD', null],
    ]);
  });
  it('dates the measure after the verb of whoever acted ("since Delhi imposed a duty in May")', () => {
    const text =
      'SHANGHAI, Dec 22 - Coke exports were 712,000 t in November. Japan took 120,000 t and India 95,000 t; sales to India have fallen since New Delhi imposed an anti-dumping duty in May.';
    expect(releaseRows(text, '2026-12-22').map((r) => [r.period_start, r.value])).toEqual([
      ['2026-11', 712000],
      ['2026-11', 120000],
      ['2026-11', 95000],
    ]);
  });
});

describe('a growth sentence opened by the basis of its comparison', () => {
  it('points back at the level before ("On a yearly basis the October imports were ...")', () => {
    const text = 'BEIJING, Nov 20 - Imports of ferrochrome rose 18% from September to 412,000 t in October. On a yearly basis the October imports were 6.1% lower.';
    expect(releaseRows(text, '2026-11-20').map(level)).toEqual([['2026-10', '2026-10', 412000, 'tonnes', -6.1]]);
  });
});

describe('the measure as the subject of a change', () => {
  it('gives "volume was" to the quantity and "value was" to the amount of money of the sentence before', () => {
    const text = 'QUITO, Nov 16 - Banana exports were 31.2 million boxes, or 582,000 tonnes, worth US$ 318 million, in October. Volume was 3.5% higher than in October 2025 and value was down 1.8%.';
    expect(releaseRows(text, '2026-11-16').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [582000, 'tonnes', 3.5],
      [318000000, 'USD', -1.8],
    ]);
  });
});
