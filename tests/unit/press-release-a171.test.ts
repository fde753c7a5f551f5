/**
 * Rules widened in the fixing round for the leftovers of b276 and b274 (fortieth session): each frame in several
 * sentences of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a growth owned by an earlier year or month is that period\'s, not the level\'s', () => {
  it('reads "building on 2024\'s ... increase" after a change of its own', () => {
    const t = tuples('WUHAN, Feb. 3 -- The city\'s freight trains made 1,240 trips in 2025, up 20 percent, building on 2024\'s 6.5 percent increase, the operator said.', '2026-02-03');
    expect(t).toContainEqual(['2025-01', '2025-12', 1240, 'trains', 20]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 6.5]);
  });
  it('reads "after last year\'s ... rise" at the end of a sentence', () => {
    const t = tuples('HEFEI, Jan. 20 -- Exports from the province reached 310 billion yuan in 2025, up 4.2 percent, after last year\'s 9.1 percent rise.', '2026-01-20');
    expect(t).toContainEqual(['2025-01', '2025-12', 310e9, 'CNY', 4.2]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 9.1]);
  });
  it('reads "on top of the previous year\'s ... gain" with the owner spelled as the year before', () => {
    const t = tuples('NANNING, Jan. 15 -- On top of the previous year\'s 12 percent gain, fruit imports climbed 7 percent to 4.4 million tonnes in 2025.', '2026-01-15');
    expect(t).toContainEqual(['2025-01', '2025-12', 4.4e6, 'tonnes', 7]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 12]);
  });
  it('reads "slower than 2023\'s ... growth" as the earlier year\'s', () => {
    const t = tuples('KUNMING, Mar. 2 -- Border trade grew 3.5 percent to 88 billion yuan in 2024, slower than 2023\'s 11.2 percent growth.', '2025-03-02');
    expect(t).toContainEqual(['2024-01', '2024-12', 88e9, 'CNY', 3.5]);
    expect(t).toContainEqual(['2023-01', '2023-12', null, '', 11.2]);
  });
  it('reads "reversing last month\'s ... drop" as the month before', () => {
    const t = tuples('SEOUL, Nov. 1 -- Exports rose 5.1 percent to 57 billion dollars in October, reversing last month\'s 2.3 percent drop.', '2026-11-01');
    expect(t).toContainEqual(['2026-10', '2026-10', 57e9, 'USD', 5.1]);
    expect(t).toContainEqual(['2026-09', '2026-09', null, '', -2.3]);
  });
  it('reads "extending 2025\'s ... expansion" with the level\'s own change written before it', () => {
    const t = tuples('XIAMEN, Feb. 8 -- Container throughput rose by a quarter to 15 million TEU in 2026, extending 2025\'s 4 percent expansion.', '2027-02-08');
    expect(t).toContainEqual(['2026-01', '2026-12', 15e6, 'TEU', 25]);
    expect(t).toContainEqual(['2025-01', '2025-12', null, '', 4]);
  });
  it('near miss: "2024\'s share of 8.5 percent" is no earlier growth', () => {
    const t = tuples('HARBIN, Feb. 4 -- Trade with Russia rose 6 percent to 220 billion yuan in 2025, above 2024\'s 8.5 percent share of the total.', '2026-02-04');
    expect(t.some((r) => r[0] === '2024-01' && r[4] === 8.5)).toBe(false);
  });
  it('near miss: a year with no possessive before the rate keeps the rate the level\'s', () => {
    const t = tuples('JINAN, Feb. 6 -- Exports in 2025 rose 8.5 percent to 1.9 trillion yuan, building on gains in 2024.', '2026-02-06');
    expect(t).toContainEqual(['2025-01', '2025-12', 1.9e12, 'CNY', 8.5]);
  });
});
