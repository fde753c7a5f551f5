/**
 * Fixing round a197 on b289, b287 and b288 leftovers: frames of a195 and a193 read more widely.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a later clause opening on its own base ("..., and compared with October last year, up 5.87 percent") dates the change after it', () => {
  it('reads the year-before clause after a month-before one, the change without a verb', () => {
    expect(tuples("JAKARTA, Nov 16 -- Indonesia's exports in October 2026 were 24.63 billion US dollars. Compared with September, that is up 3.1 percent, and compared with October last year, up 5.87 percent.", '2026-11-16')).toContainEqual(['2026-10', '2026-10', 24.63e9, 'USD', 5.87]);
  });
  it('reads "and against May 2025, they were down" after a change on April', () => {
    expect(tuples('MANILA, July 10 -- Philippine exports in May 2026 came to 6.8 billion dollars. Against April, they rose 2.4 percent, and against May 2025, they were down 1.9 percent.', '2026-07-10')).toContainEqual(['2026-05', '2026-05', 6.8e9, 'USD', -1.9]);
  });
  it('reads "while compared to the same month last year" in a statistics bureau briefing', () => {
    expect(tuples('HANOI, Sept 6 -- Vietnam imported goods worth 36.2 billion USD in August 2026. Compared to July, imports edged up 0.8 percent, while compared to August last year, they grew 14.3 percent.', '2026-09-06')).toContainEqual(['2026-08', '2026-08', 36.2e9, 'USD', 14.3]);
  });
  it('reads "but relative to the third quarter of 2025" in a quarterly note', () => {
    expect(tuples('WELLINGTON, Nov 20 -- Goods exports in the September 2026 quarter were NZ$17.1 billion. Relative to the June quarter, that was down 4.0 percent, but relative to the September 2025 quarter, it was up 6.2 percent.', '2026-11-20')).toContainEqual(['2026-07', '2026-09', 17.1e9, 'NZD', 6.2]);
  });
  it('reads "and compared with March 2025, an increase of" in a port notice', () => {
    expect(tuples('CHITTAGONG, April 12 -- The port handled 295,000 TEU in March 2026. Compared with February, this is 9.5 percent more, and compared with March 2025, an increase of 7.1 percent.', '2026-04-12')).toContainEqual(['2026-03', '2026-03', 295000, 'TEU', 7.1]);
  });
  it('leaves a later clause on a base two years back without a year-on-year change (near miss)', () => {
    const rows = tuples("JAKARTA, Nov 16 -- Indonesia's exports in October 2026 were 24.63 billion US dollars. Compared with September, that is up 3.1 percent, and compared with October 2024, up 9.9 percent.", '2026-11-16');
    expect(rows).toContainEqual(['2026-10', '2026-10', 24.63e9, 'USD', null]);
    expect(rows.some((t) => t[4] !== null)).toBe(false);
  });
  it('keeps one opening base for every change when no later clause names its own (near miss)', () => {
    const rows = tuples('MANILA, July 10 -- Philippine exports in May 2026 came to 6.8 billion dollars. Against April, exports rose 2.4 percent and imports rose 1.9 percent.', '2026-07-10');
    expect(rows.some((t) => t[4] !== null)).toBe(false);
  });
});
