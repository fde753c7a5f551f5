/**
 * Rules of issue 9, part g (found by a blind batch of releases written before the extractor was run
 * on them, b8-… in tests/corpus/press-release), in our own words: balance-of-payments wording and
 * "on <month>" comparisons of a month-on-month agency, a "trading partner" apposition, the euro area
 * as a reporter, and dated comparison bases given in brackets.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { previousMonthBasis } from '../../functions/core/extract/press-release/release-basis.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));

describe('a month-on-month agency in balance-of-payments wording', () => {
  const release = [
    'International trade in goods and services: key figures, reference period March 2026.',
    'The goods and services balance was a surplus of $2,140m in March, down $310m on February.',
    'Goods and services credits rose $95m (0.4%) to $24,310m.',
    'Goods and services debits fell $120m (0.5%) to $22,170m.',
  ].join('\n\n');

  it('reads credits as exports and debits as imports', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => [r.value, r.flow])).toEqual([
      [2140000000, 'balance'],
      [24310000000, 'export'],
      [22170000000, 'import'],
    ]);
  });

  it('takes "down $310m on February" for a comparison: the next sentences stay in March', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => `${r.period_start}..${r.period_end}`)).toEqual(['2026-03..2026-03', '2026-03..2026-03', '2026-03..2026-03']);
  });

  it('reads "(0.4%)" after a month-on-month change as no year-on-year growth', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => r.yoy_pct)).toEqual([null, null, null]);
  });

  it('recognises "<amount> on <month>" as the previous-month basis, and a month with its year only as a base', () => {
    expect(previousMonthBasis('Exports fell $905m on June to $32,105m.')).toBe('previous-month release');
    expect(previousMonthBasis('Reference period: July 2026. Exports fell $905m on June to $32,105m.')).toBe('previous-month release');
    expect(previousMonthBasis('Exports rose 2.1% compared with July 2025. Exports fell $905m on June.')).toBeNull();
    expect(previousMonthBasis('Turnover was 3.1% more than in January-September 2024, and $2m more on June.')).toBeNull();
  });
});

describe('a "trading partner" apposition', () => {
  it('keeps the flow of the sentence: exports to the partner, not total trade', () => {
    const rows = rowsOf("Exports to Japan, the country's second-largest trading partner, rose 3.2 per cent to RM9.4 billion in March 2026.", '2026-04-20');
    expect(rows.map((r) => [r.value, r.flow, r.partner])).toEqual([[9400000000, 'export', 'Japan']]);
  });

  it('still reads a share of the top trading partner as total trade', () => {
    const rows = rowsOf('In January-March 2026, China remained the largest trading partner with 21.4% of the turnover.', '2026-04-20');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[21.4, 'percent-share', 'total']]);
  });
});

describe('the euro area as a reporter', () => {
  const release = 'The first estimate for euro area (EA20) imports of goods from the rest of the world in May 2026 was €201.7 billion. As a result, the euro area recorded a €9.8 bn surplus in May 2026.';

  it('is the area of its figures, lower case or not', () => {
    expect(rowsOf(release, '2026-07-15').map((r) => [r.value, r.area, r.flow])).toEqual([
      [201700000000, 'Euro area', 'import'],
      [9800000000, 'Euro area', 'balance'],
    ]);
  });
});

describe('dated comparison bases in brackets or with a sign', () => {
  it('are rows of their own period without growth', () => {
    const rows = rowsOf('Exports of goods in May 2026 were €233.9 billion, a fall of 1.2% compared with May 2025 (€236.7 bn). The surplus was €9.8 bn, compared with +€12.4 bn in May 2025.', '2026-07-15');
    expect(brief(rows)).toEqual([
      { value: 233900000000, unit: 'EUR', yoy: -1.2, flow: 'export', start: '2026-05', end: '2026-05' },
      { value: 236700000000, unit: 'EUR', yoy: null, flow: 'export', start: '2025-05', end: '2025-05' },
      { value: 9800000000, unit: 'EUR', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 12400000000, unit: 'EUR', yoy: null, flow: 'balance', start: '2025-05', end: '2025-05' },
    ]);
  });
});

describe('a land port named as a border crossing', () => {
  it('is a port of its own name, with a capitalised article before it', () => {
    const rows = rowsOf('The Longbang border crossing in Jingxi city handled 84,000 tonnes of fruit imports in March 2026, up 12 percent year on year.', '2026-04-18');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([[84000, 'Longbang Port', 'import']]);
  });
});
