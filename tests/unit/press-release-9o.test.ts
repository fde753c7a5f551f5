/**
 * Rules of issue 9, part o: the language of agencies outside mainland China found by blind batch 18
 * (fixtures b18-… in tests/corpus/press-release), in our own words: the month of an earlier growth,
 * Singapore's NODX and its seasonally adjusted level, "year-over-year", balances with "its largest
 * trading partner" and "on goods and services trade", dated bases opening a sentence, "mtm",
 * "shortfall" and levels of "the same period last year", spans of a fiscal year "through" a month.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
type Brief = [number | null, string, string, number | null, string];
const brief = (text: string, published?: string): Brief[] => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end, r.yoy_pct, r.flow]);

describe('the month of an earlier growth is no running period', () => {
  it('keeps the report month after "after a rise of 6.0% in June"', () => {
    const text =
      "The value of Hong Kong's total exports of goods rose 9.4% over a year earlier to $401.2 billion in July, after a rise of 6.0% in June. Imports of goods grew 7.7% to $430.5 billion.";
    expect(brief(text, '2026-08-27')).toEqual([
      [401200000000, '2026-07', '2026-07', 9.4, 'export'],
      [null, '2026-06', '2026-06', 6, 'export'],
      [430500000000, '2026-07', '2026-07', 7.7, 'import'],
    ]);
  });

  it('reads "reversing the 4.3 per cent expansion in May" as a rise in May, and the next sentence as June', () => {
    const text = 'NODX slipped 1.2 per cent year-on-year in June, reversing the 4.3 per cent expansion in May. Electronics NODX climbed 6.6 per cent.';
    expect(brief(text, '2026-07-17')).toEqual([
      [null, '2026-06', '2026-06', -1.2, 'export'],
      [null, '2026-05', '2026-05', 4.3, 'export'],
      [null, '2026-06', '2026-06', 6.6, 'export'],
    ]);
  });
});

describe("Singapore's NODX", () => {
  it('are domestic exports', () => {
    expect(rowsOf('NODX reached S$16.1 billion in June 2026.', '2026-07-17').map((r) => r.breakdown)).toEqual(['export type: domestic exports']);
  });

  it('keeps the lead growth off a seasonally adjusted level stated later', () => {
    const text = 'NODX fell 2.4 per cent year-on-year in May. Pharmaceuticals dropped 19.0 per cent. On a month-on-month seasonally adjusted basis, NODX rose 1.1 per cent to S$14.6 billion.';
    const level = rowsOf(text, '2026-06-17').find((r) => r.value !== null);
    expect(level?.value).toBe(14600000000);
    expect(level?.yoy_pct).toBeNull();
  });
});

describe('"year-over-year" is a year-on-year marker', () => {
  it('gives the level of a month-on-month release its year-on-year change', () => {
    const text = "Statistics Canada said exports rose 1.2% to $64.0 billion in August. On a year-over-year basis, exports were down 3.1% in August.";
    expect(brief(text, '2026-10-07')).toEqual([[64000000000, '2026-08', '2026-08', -3.1, 'export']]);
  });
});

describe('balance wording', () => {
  it('reads "surplus with its largest trading partner" as a balance with that partner', () => {
    const rows = rowsOf("Exports to the United States rose 2.0%, and Canada's surplus with its largest trading partner narrowed to $9.9 billion in August.", '2026-10-07');
    expect(rows.filter((r) => r.value !== null).map((r) => [r.value, r.flow, r.partner])).toEqual([[9900000000, 'balance', 'United States']]);
  });

  it('reads "surplus on goods and services trade" as a balance', () => {
    expect(rowsOf("Australia's surplus on goods and services trade rose to $5,100 million in August.", '2026-10-02').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [5100000000, 'AUD', 'balance'],
    ]);
  });

  it('reads a "shortfall" dated "in the same month last year" as last year\'s deficit', () => {
    const text = 'Korea posted a trade surplus of $1.1 billion in the first 10 days of August. It had run a $0.4 billion shortfall in the same month last year.';
    expect(brief(text, '2026-08-11')).toEqual([
      [1100000000, '2026-08', '2026-08', null, 'balance'],
      [-400000000, '2025-08', '2025-08', null, 'balance'],
    ]);
  });

  it('dates a base that "compares with" a level "in the same month a year earlier"', () => {
    const text = 'Japan logged a trade deficit of 612.5 billion yen in August. The deficit compares with one of 701.3 billion yen in the same month a year earlier.';
    expect(rowsOf(text, '2026-09-17').map((r) => [r.value, r.period_start])).toEqual([
      [-612500000000, '2026-08'],
      [-701300000000, '2025-08'],
    ]);
  });
});

describe('changes against another month', () => {
  it('reads a change after "Compared with July 2026," in an August report as month-on-month', () => {
    const text = "Malaysia's exports rose 8.0 per cent year-on-year to RM140.2 billion in August 2026. Compared with July 2026, exports rose 2.5 per cent and imports were up 0.9 per cent.";
    expect(brief(text, '2026-09-18')).toEqual([[140200000000, '2026-08', '2026-08', 8, 'export']]);
  });

  it('keeps a change after "Compared with August 2025," in an August 2026 report year-on-year', () => {
    expect(brief('Compared with August 2025, exports rose 2.5 per cent in August 2026.', '2026-09-18')).toEqual([[null, '2026-08', '2026-08', 2.5, 'export']]);
  });

  it('reads "mtm" and "month to month" as month-on-month', () => {
    expect(brief('Exports reached US$22.1 billion in July, up 5.2 percent yoy and 1.9 percent mtm.', '2026-08-15')).toEqual([[22100000000, '2026-07', '2026-07', 5.2, 'export']]);
    expect(brief('Imports were US$19.8 billion in July, 3.3 percent lower month to month.', '2026-08-15')).toEqual([[19800000000, '2026-07', '2026-07', null, 'import']]);
  });

  it('reads "lost" as a fall', () => {
    expect(brief('Shipments to China rose 4.4 percent in July, and those to the U.S. lost 2.2 percent.', '2026-08-01').map((r) => r[3])).toEqual([4.4, -2.2]);
  });
});

describe('a span of a fiscal year "through" a month', () => {
  it('reads "the first five months of fiscal 2026 through August" as April to August', () => {
    expect(brief('In the first five months of fiscal 2026 through August, Japan\'s exports totaled 45.10 trillion yen.', '2026-09-17')).toEqual([
      [45100000000000, '2026-04', '2026-08', null, 'export'],
    ]);
  });
});
