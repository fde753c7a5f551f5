/**
 * Rules of issue 9, part c (wording of releases we have not seen), in our own words: a release that
 * only ever compares with the month before, quarter and half-year spellings, regional currencies and
 * Indian scales, one-word multiples, two-year comparisons, list items separated by semicolons,
 * balances "on trade in goods" and changes "over <month year>".
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

describe('a release that compares with the previous month throughout', () => {
  const release = [
    'OTTAWA - Statistics Canada says the merchandise trade deficit widened to $2.7 billion in June from $1.8 billion in May.',
    'Imports climbed 2.2 per cent to $66.0 billion, while exports fell 0.4 per cent to $63.3 billion.',
  ].join('\n\n');

  it('reads its unmarked changes as month-on-month: levels keep no yoy', () => {
    expect(brief(rowsOf(release, '2026-08-06'))).toEqual([
      { value: -2700000000, unit: 'CAD', yoy: null, flow: 'balance', start: '2026-06', end: '2026-06' },
      { value: -1800000000, unit: 'CAD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 66000000000, unit: 'CAD', yoy: null, flow: 'import', start: '2026-06', end: '2026-06' },
      { value: 63300000000, unit: 'CAD', yoy: null, flow: 'export', start: '2026-06', end: '2026-06' },
    ]);
  });

  it('says so in the warnings, naming the rule', () => {
    const outcome = extractPressRelease(release, { dataset: 'd', release_id: 'r', source_url: 'u', published: '2026-08-06' }, {});
    expect(outcome.ok && outcome.warnings.some((w) => w.includes('previous-month release'))).toBe(true);
  });

  it('keeps year-on-year reading as soon as the release names a year-earlier base anywhere', () => {
    expect(previousMonthBasis('Exports rose 3 per cent from May to $40 billion. Compared with a year earlier, exports were up 6 per cent.')).toBeNull();
    expect(previousMonthBasis('Exports rose 5.1 percent to 2.2 trillion yuan in June.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3 per cent to $40 billion, up from a record level in May.')).toBe('previous-month release');
  });
});

describe('quarter and half-year spellings', () => {
  it('reads "the first half (H1) of 2026" as January to June, not the whole year', () => {
    const rows = rowsOf("In the first half (H1) of 2026, the province's exports reached 88.4 billion yuan, up 4.4 percent year on year.", '2026-07-15');
    expect(brief(rows)).toEqual([{ value: 88400000000, unit: 'CNY', yoy: 4.4, flow: 'export', start: '2026-01', end: '2026-06' }]);
  });

  it('reads "the first quarter (Q1) of 2026" as January to March', () => {
    const rows = rowsOf("In the first quarter (Q1) of 2026, the province's imports came to 30.1 billion yuan.", '2026-04-15');
    expect(brief(rows)).toEqual([{ value: 30100000000, unit: 'CNY', yoy: null, flow: 'import', start: '2026-01', end: '2026-03' }]);
  });

  it("reads glued two-digit years: 1Q26, Q3'25, 2H25", () => {
    const periods = (text: string) => rowsOf(text, '2026-07-20').map((r) => `${r.period_start}..${r.period_end}`);
    expect(periods("The port's exports in 1Q26 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2026-01..2026-03']);
    expect(periods("The port's exports in Q3'25 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2025-07..2025-09']);
    expect(periods("The port's exports in 2H25 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2025-07..2025-12']);
  });
});

describe('one-word multiples', () => {
  it('reads "a threefold increase" as up 300 percent, like "three-fold"', () => {
    const rows = rowsOf("The city's exports of drones registered a threefold increase year on year in May, reaching 1.4 billion yuan.", '2026-06-12');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 1400000000, yoy: 300 }]);
  });
});

describe('regional currencies and Indian scales', () => {
  it('reads ringgit written RM, glued or spaced', () => {
    const rows = rowsOf("Malaysia's exports rose 4.1 per cent year-on-year to RM128.9 billion in April 2026, while imports grew 2.6 per cent to RM 112.5 billion.", '2026-05-20');
    expect(brief(rows)).toEqual([
      { value: 128900000000, unit: 'MYR', yoy: 4.1, flow: 'export', start: '2026-04', end: '2026-04' },
      { value: 112500000000, unit: 'MYR', yoy: 2.6, flow: 'import', start: '2026-04', end: '2026-04' },
    ]);
  });

  it('reads rupiah, pesos and rupees with their signs', () => {
    expect(rowsOf("Indonesia's exports reached Rp 352.8 trillion in April 2026.", '2026-05-15').map((r) => [r.value, r.unit])).toEqual([[352800000000000, 'IDR']]);
    expect(rowsOf("The Philippines' exports came to ₱401.3 billion in April 2026.", '2026-06-10').map((r) => [r.value, r.unit])).toEqual([[401300000000, 'PHP']]);
  });

  it('reads crore and lakh crore, with Indian digit grouping', () => {
    const rows = rowsOf("India's merchandise exports in April 2026 were Rs 2,98,760 crore, and imports were ₹3.9 lakh crore.", '2026-05-15');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [2987600000000, 'INR'],
      [3900000000000, 'INR'],
    ]);
  });
});

describe('a change against a period two years back', () => {
  it('gives no yoy for "more than in the same period of 2024" in a 2026 release, and keeps the one of 2025', () => {
    const rows = rowsOf(
      "The province's foreign trade in the first five months of 2026 came to 71.9 billion yuan, which is 12.2 percent more than in the same period of 2024. Its exports in the first five months of 2026 came to 24.1 billion yuan, 6.5 percent more than the same period of 2025.",
      '2026-06-18',
    );
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([
      { value: 71900000000, yoy: null },
      { value: 24100000000, yoy: 6.5 },
    ]);
  });
});

describe('a list whose next item is a unit price', () => {
  it('keeps the growth before "; and average export price at ..." with its own value', () => {
    const rows = rowsOf(
      'In the first quarter of this year, the country exported 96,000 tractors, up 9.9% YOY; value totalling CNY 2.71 billion, up 7.3% YOY; and average export price at 28,200 yuan per tractor, down 2.3% YOY.',
      '2026-04-28',
    );
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 2710000000, yoy: 7.3 }]);
  });

  it('counts motorcycles as vehicles', () => {
    const rows = rowsOf('In the first half of this year, the country exported 412,000 motorcycles, up 18.2% YOY.', '2026-07-25');
    expect(brief(rows)).toEqual([{ value: 412000, unit: 'vehicles', yoy: 18.2, flow: 'export', start: '2026-01', end: '2026-06' }]);
  });
});

describe('balances and bases in agency wording', () => {
  it('reads "the surplus on trade in goods" as a balance, not total trade', () => {
    const rows = rowsOf("Australia's surplus on trade in goods narrowed to $4.6 billion in May, the bureau said.", '2026-07-02');
    expect(brief(rows)).toEqual([{ value: 4600000000, unit: 'AUD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' }]);
  });

  it('reads "an increase of 7.1 per cent over May 2025" as the base of the change, not the period of the level', () => {
    const rows = rowsOf("India's merchandise imports for May 2026 stood at $61.2 billion. Exports for the month came to $38.4 billion, an increase of 7.1 per cent over May 2025.", '2026-06-16');
    expect(brief(rows)).toEqual([
      { value: 61200000000, unit: 'USD', yoy: null, flow: 'import', start: '2026-05', end: '2026-05' },
      { value: 38400000000, unit: 'USD', yoy: 7.1, flow: 'export', start: '2026-05', end: '2026-05' },
    ]);
  });
});
