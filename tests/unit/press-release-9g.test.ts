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

describe('a change stated in the next sentence, with a month-on-month one beside it', () => {
  const release = "China's iron ore imports in May came to 98.2 million tons, customs data showed. The volume was 4.4 percent lower than in May last year and 3.0 percent above April's 95.3 million tons.";

  it('gives "The volume was N percent lower than in May last year" to the level before, and no growth row', () => {
    expect(brief(rowsOf(release, '2026-06-09'))).toEqual([
      { value: 98200000, unit: 'tonnes', yoy: -4.4, flow: 'import', start: '2026-05', end: '2026-05' },
      { value: 95300000, unit: 'tonnes', yoy: null, flow: 'import', start: '2026-04', end: '2026-04' },
    ]);
  });

  it('reads a change against "April\'s" level as month-on-month, never as growth', () => {
    const rows = rowsOf("Soybean imports fell 6.1 percent below March's 8.6 million tonnes to 8.1 million tonnes in April 2026.", '2026-05-12');
    expect(rows.every((r) => r.yoy_pct === null)).toBe(true);
  });
});

describe("Singapore's NODX by goods", () => {
  it('names the goods before "NODX", so their growth is not the total\'s', () => {
    const rows = rowsOf('On a seasonally adjusted basis, Singapore\'s NODX slipped 1.2 per cent to $15.3 billion in May 2026.\n\nPharmaceuticals NODX expanded 9.4 per cent year-on-year.', '2026-06-17');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [15300000000, 'SGD', null, 'all goods'],
      [null, '', 9.4, 'pharmaceuticals'],
    ]);
  });
});

describe('an agency whose monthly releases compare with the month before', () => {
  const release = [
    'WASHINGTON - The U.S. trade deficit narrowed 6.2 percent to $61.0 billion in May, the Commerce Department said on Thursday.',
    'Exports rose 1.1 percent to $277.4 billion.',
    'So far this year, the deficit was up 4.8 percent from the same period in 2025.',
  ].join('\n\n');

  it('reads its unmarked changes as month-on-month although a year-earlier base appears', () => {
    expect(brief(rowsOf(release, '2026-07-02'))).toEqual([
      { value: -61000000000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 277400000000, unit: 'USD', yoy: null, flow: 'export', start: '2026-05', end: '2026-05' },
      { value: null, unit: '', yoy: 4.8, flow: 'balance', start: '2026-01', end: '2026-05' },
    ]);
  });

  it('names the rule', () => {
    expect(previousMonthBasis(release)).toBe('month-on-month agency');
  });
});

describe('a commerce department that is not the US one', () => {
  it('leaves the year-on-year reading alone', () => {
    expect(previousMonthBasis('Exports rose 3% to 5 billion yuan, according to the provincial Department of Commerce.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3% to 5 billion yuan, the Hainan Commerce Department said.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3% to $5 billion, the Commerce Department said.')).toBe('month-on-month agency');
  });
});
