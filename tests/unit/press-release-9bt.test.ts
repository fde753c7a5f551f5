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

const cells = (r: { period_start: string; value: number | null; unit: string; yoy_pct: number | null; partner: string; flow: string }) => [r.period_start, r.value, r.unit, r.yoy_pct, r.partner, r.flow];

describe('a table written with bars between its cells', () => {
  it('is read from a markdown head row over a separator row, under a caption naming period and flow', () => {
    const text = [
      'Imports by main source, September 2026',
      '| Source | USD million | share | y/y |\n|---|---:|---:|---:|\n| Japan | 812.4 | 11.2% | -3.5% |\n| Germany | 640.0 | 8.8% | +6.1% |\n| Total | 7,254.9 | 100.0% | +1.9% |',
    ].join('\n\n');
    expect(releaseRows(text, '2026-10-25').map(cells)).toEqual([
      ['2026-09', 812400000, 'USD', -3.5, 'Japan', 'import'],
      ['2026-09', 11.2, 'percent-share', null, 'Japan', 'import'],
      ['2026-09', 640000000, 'USD', 6.1, 'Germany', 'import'],
      ['2026-09', 8.8, 'percent-share', null, 'Germany', 'import'],
      ['2026-09', 7254900000, 'USD', 1.9, 'World', 'import'],
      ['2026-09', 100, 'percent-share', null, 'World', 'import'],
    ]);
  });

  it('is read when the caption heads the columns in its bracket and each row glues its label to the first number', () => {
    const text = 'Exports by leading market, August 2026 (RM billion | share | y-o-y):\nThailand 6.21 | 4.9% | +2.2%\nIndia 5.87 | 4.6% | -8.1%';
    expect(releaseRows(text, '2026-09-20').map(cells)).toEqual([
      ['2026-08', 6210000000, 'MYR', 2.2, 'Thailand', 'export'],
      ['2026-08', 4.9, 'percent-share', null, 'Thailand', 'export'],
      ['2026-08', 5870000000, 'MYR', -8.1, 'India', 'export'],
      ['2026-08', 4.6, 'percent-share', null, 'India', 'export'],
    ]);
  });

  it('takes each row\'s flow from its label under a caption on trade in general, and skips a month-on-month column', () => {
    const text = 'Merchandise trade, third quarter 2026\n| Flow | EUR billion | q/q | y/y |\n|---|---|---|---|\n| Exports | 41.7 | +0.6% | +3.0% |\n| Imports | 38.2 | -1.1% | -0.4% |';
    expect(releaseRows(text, '2026-11-10').map(cells)).toEqual([
      ['2026-07', 41700000000, 'EUR', 3, 'World', 'export'],
      ['2026-07', 38200000000, 'EUR', -0.4, 'World', 'import'],
    ]);
  });

  // The contract changed in the nineteenth session (press-release-9f1): a column the reader passes over is set aside and
  // the others are read; the ranks are no figures.
  it('reads no figure from a rank column, and the levels beside it', () => {
    const text = 'Exports by main destination, September 2026\n| Destination | USD million | rank |\n|---|---|---|\n| Japan | 812.4 | 1 |\n| Korea | 640.0 | 2 |';
    const rows = releaseRows(text, '2026-10-25');
    expect(rows.filter((r) => r.value === 1 || r.value === 2 || r.value === 1_000_000 || r.value === 2_000_000)).toEqual([]);
    expect(rows.filter((r) => r.partner === 'Japan' && r.value === 812400000 && r.period_start === '2026-09').length).toBe(1);
  });
});

describe('a list of goods under a heading that names no direction', () => {
  it('is of the direction the release leads with, not the whole trade after a balance', () => {
    const text = [
      "Kenya's exports rise 6.0% in September",
      "Kenya's exports in September 2026 rose 6.0% to KSh 98.2 billion, while imports rose 2.1% to KSh 210.4 billion, leaving a trade deficit of KSh 112.2 billion.",
      'Main products in September 2026:\n• Tea: +12.5%\n• Cut flowers: -3.0%',
    ].join('\n\n');
    const goods = releaseRows(text, '2026-10-28').filter((r) => r.value === null);
    expect(goods.map((r) => [r.commodity, r.yoy_pct, r.flow])).toEqual([
      ['tea', 12.5, 'export'],
      ['cut flowers', -3, 'export'],
    ]);
  });
});

const level = (r: { value: number | null; yoy_pct: number | null; partner: string; flow: string }) => [r.value, r.yoy_pct, r.partner, r.flow];

describe('a month-on-month lead with the year-on-year changes apart from the levels', () => {
  const lead =
    'Exports rose by 1.1% in September 2026 compared with August 2026 on a calendar and seasonally adjusted basis. Compared with September 2025, exports were up 2.4% and imports fell 1.2% (calendar and seasonally adjusted).';

  it('gives the adjusted changes to the levels of the next paragraph, which are on the same basis', () => {
    const text = `${lead}\n\nIn September 2026, goods worth €128.0 billion were exported and goods worth €111.5 billion were imported.`;
    expect(releaseRows(text, '2026-11-09').map(level)).toEqual([
      [128000000000, 2.4, 'World', 'export'],
      [111500000000, -1.2, 'World', 'import'],
    ]);
  });

  it('keeps them from levels a later paragraph says are not adjusted', () => {
    const text = `${lead}\n\nNon-adjusted figures: in September 2026, exports amounted to €131.0 billion.`;
    expect(releaseRows(text, '2026-11-09').map(level)).toEqual([
      [null, 2.4, 'World', 'export'],
      [null, -1.2, 'World', 'import'],
      [131000000000, null, 'World', 'export'],
    ]);
  });

  it('reads the unmarked changes after a change against the month before, in its paragraph, on that basis', () => {
    const text = 'Exports to France declined by 2.0% to €9.8 billion in September 2026 compared with August 2026. Exports to Italy rose 1.5% to €6.1 billion.';
    expect(releaseRows(text, '2026-11-09').map(level)).toEqual([
      [9800000000, null, 'France', 'export'],
      [6100000000, null, 'Italy', 'export'],
    ]);
  });

  it('but not after a sentence that also gives the change on a year earlier', () => {
    const text = 'Exports in the third quarter of 2026 came to Rs 25.4 billion, up 6.3% on the third quarter of 2025 and 3.1% on the second quarter of 2026. Re-exports went up by 11.7% to Rs 11.3 billion.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct])).toEqual([
      [25400000000, 6.3],
      [11300000000, 11.7],
    ]);
  });
});

describe('a strip of labelled cells between bars', () => {
  it('reads each cell on its own: the count its label names, a direction only for the count before, no direction carried over', () => {
    const text = 'Manzhouli port, January-October 2026:\nTrains run: 2,310 (up 4.4%) | Westbound: 1,350 | Eastbound: 960 | Containers: 150,200 TEUs (up 3.0%)';
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.unit, r.yoy_pct, r.flow])).toEqual([
      [2310, 'trains', 4.4, 'total'],
      [1350, 'trains', null, 'export'],
      [960, 'trains', null, 'import'],
      [150200, 'TEU', 3, 'total'],
    ]);
  });

  it('counts the noun of a longer label, but nothing under a label with no noun after a cell of money', () => {
    const text = 'Port of Erenhot, January-October 2026:\nValue of goods: 41.0 billion yuan | Westbound: 1,350 | Of which trains to Europe: 1,010';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [41000000000, 'CNY'],
      [1010, 'trains'],
    ]);
  });
});

describe('a strip of flows whose one unit closes it in a bracket', () => {
  it('reads each flow in that unit, with its change, under the caption\'s period and place', () => {
    const text = 'Trade with Kazakhstan in the third quarter of 2026:\nExports: 3.1 (up 6.0%) | Imports: 1.2 (down 2.5%) | Balance: 1.9 (US$ billion)';
    expect(releaseRows(text, '2026-10-20').map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.partner, r.flow])).toEqual([
      ['2026-07', '2026-09', 3100000000, 'USD', 6, 'Kazakhstan', 'export'],
      ['2026-07', '2026-09', 1200000000, 'USD', -2.5, 'Kazakhstan', 'import'],
      ['2026-07', '2026-09', 1900000000, 'USD', null, 'Kazakhstan', 'balance'],
    ]);
  });

  it('gives a caption\'s partner to the goods of a table with bars', () => {
    const text = 'Exports to Japan by product, September 2026\n| Product | USD million | y/y |\n|---|---|---|\n| Seafood | 212.0 | +4.0% |\n| Textiles | 98.5 | -1.5% |';
    expect(releaseRows(text, '2026-10-20').map((r) => [r.value, r.yoy_pct, r.partner, r.flow, r.commodity])).toEqual([
      [212000000, 4, 'Japan', 'export', 'seafood'],
      [98500000, -1.5, 'Japan', 'export', 'textiles'],
    ]);
  });
});
