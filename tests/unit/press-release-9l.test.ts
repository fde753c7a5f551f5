/**
 * Rules of issue 9, part l: the language of China-side national and provincial customs releases found
 * by blind batch 15 (fixtures b15-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const values = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.unit, r.yoy_pct]);
const periods = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end, r.yoy_pct]);

describe('"100 million yuan" translated word for word', () => {
  it('multiplies "N 100 million yuan" out (the unit 亿 of Chinese customs pages)', () => {
    const text = 'According to Hefei Customs, in the first half of this year the import and export value of Anhui was 4,215.8 100 million yuan, increase 6.1%. Export 2,690.4 100 million yuan.';
    expect(values(text, '2026-07-20')).toEqual([
      [421580000000, 'CNY', 6.1],
      [269040000000, 'CNY', null],
    ]);
  });

  it('keeps a year before a plain "100 million" amount a year', () => {
    expect(periods('Exports of tea from Fujian reached 100 million yuan in 2025 for the first time.', '2026-02-10')).toEqual([[100000000, '2025-01', '2025-12', null]]);
  });
});

describe('"the capital" is a city, not money', () => {
  it('reads levels of "the capital\'s trade" and of "the provincial capital"', () => {
    const text =
      "Hunan's foreign trade reached 512.3 billion yuan in 2025, up 4.4 percent. Changsha, the provincial capital, contributed 281.6 billion yuan of trade, up 7.2 percent. In December alone, the capital's exports stood at 21.5 billion yuan.";
    expect(periods(text, '2026-01-22')).toEqual([
      [512300000000, '2025-01', '2025-12', 4.4],
      [281600000000, '2025-01', '2025-12', 7.2],
      [21500000000, '2025-12', '2025-12', null],
    ]);
  });

  it('still drops registered capital', () => {
    expect(values('The new trading firm in Ningbo has registered capital of 50 million yuan.')).toEqual([]);
  });
});

describe('a month-on-month basis opening its own clause', () => {
  it('belongs to the percentage after it; the unmarked one before it stays year on year', () => {
    const text = 'In the first ten months of this year, Jiangxi import and export 4,620.3 100 million yuan, compared with the same period of last year increase 3.2%. In October, import and export 498.7 100 million yuan, increase 8.4%, month-on-month increase 12.6%.';
    expect(periods(text)).toEqual([
      [462030000000, '2026-01', '2026-10', 3.2],
      [49870000000, '2026-10', '2026-10', 8.4],
    ]);
  });

  it('still governs a sentence when it is not tied to one percentage', () => {
    const text = 'In the first ten months, exports grew 3.3 percent year on year to 240.5 billion dollars.\n\nOn a month-on-month basis, exports rose 2.1 percent to 25.3 billion dollars in October, and imports rose 1.2 percent to 20.1 billion dollars.';
    expect(rowsOf(text).map((r) => [r.value, r.yoy_pct])).toEqual([
      [240500000000, 3.3],
      [25300000000, null],
      [20100000000, null],
    ]);
  });
});
