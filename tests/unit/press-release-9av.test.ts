/**
 * Rules of issue 9, part av: a fixing round on the open misses of batch 36 (agencies of economies the
 * corpus had not used), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) =>
  releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow]);

describe('a month and its year before a flow noun', () => {
  it('dates "In May 2026 imports reached" to May, not to the whole year 2026', () => {
    const text = 'In May 2026 imports reached 640 million euros, 2.2% more than in May 2025.';
    expect(rows(text, '2026-06-30')).toEqual([['2026-05', '2026-05', 640000000, 'EUR', 2.2, 'import']]);
  });

  it('still reads a year alone before the flow noun as that year', () => {
    const text = 'The ministry said 2025 exports came to 7.4 billion euros.';
    expect(rows(text, '2026-02-10')).toEqual([['2025-01', '2025-12', 7400000000, 'EUR', null, 'export']]);
  });
});

describe('a paragraph framed by the last month, with no comma after it', () => {
  it('goes back to the lead span in the next paragraph', () => {
    const text = [
      'From January to May 2026 exports of goods came to 3 210 million euros, 1.4% more than a year earlier.',
      'In May 2026 exports came to 640 million euros.',
      'Exports to the euro area amounted to 2 105 million euros.',
    ].join('\n\n');
    expect(rows(text, '2026-06-30')).toEqual([
      ['2026-01', '2026-05', 3210000000, 'EUR', 1.4, 'export'],
      ['2026-05', '2026-05', 640000000, 'EUR', null, 'export'],
      ['2026-01', '2026-05', 2105000000, 'EUR', null, 'export'],
    ]);
  });
});
