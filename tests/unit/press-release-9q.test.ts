/**
 * Rules of issue 9, part q (leftovers of the earlier parts), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { findWordNumbers } from '../../functions/core/extract/press-release/numbers.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));

describe('number words', () => {
  it('knows only its own number words, not names every object inherits', () => {
    // "constructor" is a key of every plain object; a number word before it must still be read.
    expect(findWordNumbers('Seven constructor firms bid for the terminal.').map((t) => t.digits)).toEqual(['7']);
    expect(findWordNumbers('The yard hired a constructor, a welder and a clerk.')).toEqual([]);
    expect(findWordNumbers('Nearly a, constructor said.')).toEqual([]);
    expect(findWordNumbers('Two hundred and forty trucks crossed.').map((t) => t.digits)).toEqual(['240']);
  });
});

describe('a growth rate stated as an earlier base', () => {
  it('is a growth row of a year before the figure it is compared with', () => {
    const rows = rowsOf('Exports from the province rose 11.6 percent year on year to 21.7 billion yuan in September, compared with 3.9 percent growth a year earlier.', '2026-10-21');
    expect(brief(rows)).toEqual([
      { value: 21700000000, unit: 'CNY', yoy: 11.6, flow: 'export', area: 'China', start: '2026-09', end: '2026-09' },
      { value: null, unit: '', yoy: 3.9, flow: 'export', area: 'China', start: '2025-09', end: '2025-09' },
    ]);
  });

  it('is a growth row of the month or quarter it names, with the sign of its noun', () => {
    const rows = rowsOf("Zhejiang's imports dropped 4.2 percent year on year to 9.3 billion yuan in September, a steeper fall than the 1.8 percent decline in August.", '2026-10-21');
    expect(brief(rows)[1]).toEqual({ value: null, unit: '', yoy: -1.8, flow: 'import', area: 'Zhejiang', start: '2026-08', end: '2026-08' });
    const half = rowsOf('Zhejiang trade reached 2.1 trillion yuan in the first half, up 5.8 percent year on year. Growth picked up from 3.1 percent in the first quarter. Imports came to 0.6 trillion yuan.', '2026-07-15');
    expect(brief(half).map((r) => [r.yoy, r.start, r.end])).toEqual([
      [5.8, '2026-01', '2026-06'],
      [3.1, '2026-01', '2026-03'],
      [null, '2026-01', '2026-06'],
    ]);
  });

  it('makes no row when the earlier period is loose, and that period dates nothing else', () => {
    const rows = rowsOf('In the first nine months, foreign trade came to 352.4 billion yuan, up 6.1 percent, versus 2.7 percent growth last year. Imports fell 3 percent.', '2026-10-21');
    expect(brief(rows).map((r) => [r.value, r.yoy, r.start, r.end])).toEqual([
      [352400000000, 6.1, '2026-01', '2026-09'],
      [null, -3, '2026-01', '2026-09'],
    ]);
  });
});

describe('a quarter inside a half-year or year-to-date release', () => {
  it('is an aside: the next paragraph is the release period again', () => {
    const rows = rowsOf(
      'Anhui exports and imports came to 512.6 billion yuan in the first half of 2026, up 7.7 percent year on year.\n\nIn the second quarter, the province\'s trade grew 9.1 percent to 270.4 billion yuan.\n\nExports of solar cells rose 18.3 percent.',
      '2026-07-18',
    );
    expect(brief(rows).map((r) => [r.yoy, r.start, r.end])).toEqual([
      [7.7, '2026-01', '2026-06'],
      [9.1, '2026-04', '2026-06'],
      [18.3, '2026-01', '2026-06'],
    ]);
  });

  it('leaves a month after a year-to-date lead, and a quarter after a running total, as the period that goes on', () => {
    const monthly = rowsOf('Anhui trade reached 860.2 billion yuan in the first ten months, up 6.4 percent year on year.\n\nIn October, trade grew 8.8 percent to 91.5 billion yuan.\n\nExports rose 10.1 percent.', '2026-11-18');
    expect(brief(monthly).map((r) => [r.start, r.end])).toEqual([['2026-01', '2026-10'], ['2026-10', '2026-10'], ['2026-10', '2026-10']]);
    const running = rowsOf('The land port has cleared 12 million tonnes of cargo since it opened in May 2023.\n\nIn the first quarter of this year, it handled 0.9 million tonnes, up 8 percent year on year.\n\nImports rose 11 percent.', '2026-04-10');
    expect(brief(running).map((r) => [r.start, r.end])).toEqual([['2023-05', '2026-04'], ['2026-01', '2026-03'], ['2026-01', '2026-03']]);
  });
});
