/**
 * Issue 9, twenty-fifth session: causes found on blind batch 137 (real releases: national customs, provinces, land ports
 * and trains, commodities, other countries' agencies). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('"expects X to change by between minus A percent and plus B percent": both ends of a forecast range', () => {
  const head = "Korea's May exports rise 4%\n\nSEOUL, June 1 -- South Korea's exports rose 4.0 percent from a year earlier to US$58.1 billion in May, the trade ministry said. ";
  it('reads no row from the far end of a forecast range of growth, however far the forecast verb stands', () => {
    const rows = releaseRows(head + 'The ministry expects exports in June to change by between minus 3 percent and plus 2 percent from a year earlier.', '2026-06-01');
    expect(rows.map((r) => [r.period_start, r.yoy_pct])).toEqual([['2026-05', 4]]);
  });
  it('leaves a result growth after "trade between A and B" alone (guard)', () => {
    const rows = releaseRows('Trade between China and Russia rose 2.5 percent to 1.1 trillion yuan in the first five months, customs data showed.', '2026-06-09');
    expect(rows.map((r) => r.yoy_pct)).toEqual([2.5]);
  });
});
