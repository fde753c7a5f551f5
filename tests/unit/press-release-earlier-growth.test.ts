/**
 * A growth rate given as the base of a comparison belongs to its own earlier period, so it is never
 * the growth of the figure beside it (issue 9, category 8; fixture b12-13 holds one in a release).
 * Where the text pins that period down it is a growth row of it (tests/unit/press-release-9q.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const growths = (text: string) => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published: '2026-07-14' }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows.map((r) => r.yoy_pct);
};

describe('growth rates stated as comparison bases', () => {
  it('keeps the earlier growth out of the figure\'s period', () => {
    expect(growths('Exports grew 7.4 percent year on year in June, compared with 4.8 percent growth a year earlier.')).toEqual([7.4, 4.8]);
    expect(growths('Exports grew 7.4 percent year on year in June, faster than the 5.2 percent rise in May.')).toEqual([7.4, 5.2]);
    expect(growths('Imports fell 2.1 percent year on year in June, versus a 0.8 percent decline in May.')).toEqual([-2.1, -0.8]);
    expect(growths('Exports grew 7.4 percent year on year in June, compared with 4.8 percent growth last year.')).toEqual([7.4]);
  });

  it('leaves hedges, changes measured from a year earlier and shares alone', () => {
    expect(growths('Exports dropped more than 12 percent on-year in the first 20 days of June.')).toEqual([-12]);
    expect(growths('Exports rose 7.4 percent from a year earlier to 3.1 billion dollars in June.')).toEqual([7.4]);
  });
});
