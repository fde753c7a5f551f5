/**
 * Rules of issue 9, part bt: layouts of real releases the extractor did not read (headings over bullets, pipe
 * tables, labelled strips, flowless product bullets, a month-on-month lead), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const dated = (r: { period_start: string; period_end: string; value: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.flow];

describe("a heading's period over the lines below it", () => {
  it('is read from month names in capitals, and a later heading starts a section of its own', () => {
    const text = [
      'Provincial Customs Statistics',
      'KEY FIGURES, JANUARY-SEPTEMBER 2026',
      '• Exports: 412.5 billion yuan, up 5.1%',
      '• Imports: 210.3 billion yuan, down 2.2%',
      'SEPTEMBER 2026 ALONE',
      '• Exports: 48.2 billion yuan, up 7.4%',
      '• Imports: 22.9 billion yuan, down 1.0%',
    ].join('\n\n');
    expect(releaseRows(text, '2026-10-20').map(dated)).toEqual([
      ['2026-01', '2026-09', 412500000000, 'export'],
      ['2026-01', '2026-09', 210300000000, 'import'],
      ['2026-09', '2026-09', 48200000000, 'export'],
      ['2026-09', '2026-09', 22900000000, 'import'],
    ]);
  });

  it('holds for a markdown heading and a bold one, until the next heading', () => {
    const text = [
      'Trade in the first three quarters of 2026: exports rose 4.0% to $120.4 billion.',
      '## Third quarter 2026',
      '- Exports grew 6.2% to $43.1 billion',
      'Imports came to $33.0 billion, 0.4% less than a year earlier.',
      '**September 2026 alone**',
      '- Exports grew 8.8% to $15.2 billion',
    ].join('\n\n');
    expect(releaseRows(text, '2026-10-20').map(dated)).toEqual([
      ['2026-01', '2026-09', 120400000000, 'export'],
      ['2026-07', '2026-09', 43100000000, 'export'],
      ['2026-07', '2026-09', 33000000000, 'import'],
      ['2026-09', '2026-09', 15200000000, 'export'],
    ]);
  });

  it('is no heading when it is the title or a deck above the first figures', () => {
    const text = ['Exports hit a record 3.1 trillion yuan in 2025', 'Shipments jumped in December as buyers stocked up', 'Exports rose 5.0 percent to 3.1 trillion yuan last year.', 'Imports edged up 0.5 percent to 2.2 trillion yuan.'].join('\n\n');
    expect(releaseRows(text, '2026-01-14').map(dated)).toEqual([
      ['2025-01', '2025-12', 3100000000000, 'export'],
      ['2025-01', '2025-12', 2200000000000, 'import'],
    ]);
  });
});
