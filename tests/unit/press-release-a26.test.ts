/**
 * Issue 9, fixing round for blind batches b123 and b128 (session 24): regional customs wires about port towns, zones
 * and the cities inside a province. Each test names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2025-09-06') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const areaOf = (text: string, value: number | null, published?: string) =>
  rowsOf(text, published).find((r) => r.value === value)?.area;

describe('a free trade zone named by two areas written with a space is one zone, hyphenated', () => {
  const cases: Array<[string, string]> = [
    ['The Qianhai Shekou Free Trade Zone traded goods worth 88.2 billion yuan in the first half, up 12.1 percent.', 'Qianhai-Shekou FTZ'],
    ['Imports and exports of the Qianhai and Shekou free trade zone reached 88.2 billion yuan in the first half.', 'Qianhai-Shekou FTZ'],
    ['In the first half, the Nansha Pilot Free Trade Zone handled trade of 88.2 billion yuan, up 12.1 percent.', 'Nansha FTZ'],
    ['The Shenzhen Qianhai Free Trade Zone recorded trade of 88.2 billion yuan in the first half.', 'Qianhai FTZ'],
  ];
  for (const [text, area] of cases) {
    it(`labels "${text.slice(0, 40)}..." ${area}`, () => {
      expect(areaOf(text, 88_200_000_000, '2025-07-20')).toBe(area);
    });
  }
});
