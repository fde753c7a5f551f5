/**
 * Issue 9, older misses of the corpus, round four (session 24): wording that real releases use and the extractor read
 * wrongly. Each describe names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2026-07-16') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const placesOf = (text: string, value: number, published?: string) => rowsOf(text, published).filter((r) => r.value === value).map((r) => [r.area, r.partner]);

describe('a role in a place\'s economy, set off by commas, describes the subject', () => {
  it('keeps the province as the area of a trade mode called the backbone of a delta economy', () => {
    const text = "Fujian province's imports and exports rose 6.1 percent to 1.02 trillion yuan in the first half of 2026. Processing trade, long the backbone of the Xiamen economy, slipped 2.4 percent to 210.5 billion yuan.";
    expect(placesOf(text, 210_500_000_000)).toEqual([['Fujian', 'World']]);
  });
  it('reads "the main engine of" the same way, and the next sentence keeps the province', () => {
    const text = "Zhejiang province's foreign trade grew 5.3 percent to 2.61 trillion yuan in the first half of 2026. Market procurement trade, the main engine of Yiwu's growth, rose 12.8 percent to 301.4 billion yuan. Exports of textiles rose 3.3 percent to 180.2 billion yuan.";
    expect(placesOf(text, 301_400_000_000)).toEqual([['Zhejiang', 'World']]);
    expect(placesOf(text, 180_200_000_000)).toEqual([['Zhejiang', 'World']]);
  });
  it('leaves a place that is the subject of its own figure', () => {
    const text = "Zhejiang province's foreign trade grew 5.3 percent to 2.61 trillion yuan in the first half of 2026. Yiwu, a city of small-commodity markets, saw its trade rise 14.1 percent to 380.6 billion yuan.";
    expect(placesOf(text, 380_600_000_000)).toEqual([['Yiwu', 'World']]);
  });
});
