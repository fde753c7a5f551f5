/**
 * Wire and broker shorthand in trade stories, in our own words: "10M 2026" is January to October,
 * and words that say how a figure is counted ("year-to-date", "cumulative", "seasonally adjusted")
 * are no names of goods; "those of aluminium" after "exports of steel" are exports of aluminium.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string) => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published: '2026-11-07' }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};

describe('shorthand of wires and brokers', () => {
  it('reads "10M 2026" and "9M2026" as the first months of the year', () => {
    expect(rowsOf('Exports for 10M 2026 reached $3.1tn, up 5.3% YoY.').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-01', '2026-10', 3_100_000_000_000]]);
    expect(rowsOf('In 9M2026, imports fell 2% to $1.9 trillion.').map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-09']]);
    // A count of millions before a model year is no period.
    expect(rowsOf('Exports reached $3.1 trillion in October. The firm sold 5M 2026-model phones.').map((r) => r.period_end)).toEqual(['2026-10']);
  });

  it('keeps words of counting out of the goods', () => {
    for (const [text, commodity] of [
      ['Year-to-date exports were up 5.3% at $3.1 trillion.', 'all goods'],
      ['Cumulative coal exports reached 70 million tonnes in the first ten months.', 'coal'],
    ] as const)
      expect(rowsOf(text).map((r) => r.commodity), text).toEqual([commodity]);
  });

  it('reads a half with its year first and "N months of <year>" without a preposition', () => {
    expect(rowsOf('Exports reached 2.1 billion dollars in 2025 H1, up 4 percent.').map((r) => [r.period_start, r.period_end])).toEqual([['2025-01', '2025-06']]);
    expect(rowsOf('9 months of 2026: exports rose 5 percent to 3.3 billion dollars.').map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-09']]);
  });

  it('reads "those of <goods>" as the flow named before, of those goods', () => {
    const rows = rowsOf('Exports of steel rose 4 percent to 2.1 million tonnes in October, while those of aluminium fell 2 percent to 0.5 million tonnes.');
    expect(rows.map((r) => [r.flow, r.commodity, r.value])).toEqual([['export', 'steel', 2_100_000], ['export', 'aluminium', 500_000]]);
  });
});
