/**
 * Fixing round a205 on b291-08..b291-14 (live blogs and market wraps, second half): entries about other markets, a
 * capital city that stands for its country, a port named bare in a live entry, a heading that names a buyer.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** Whether the release gives a row with this year-on-year change. */
const hasGrowth = (text: string, pct: number, published = '2026-04-15') => releaseRows(text, published).some((r) => r.yoy_pct === pct);

describe("a stock index's move: an index on its own, a move stated as 'is up' or 'opened up', a level quoted before the move", () => {
  it('sets aside "South Korea\'s Kospi is up 0.2%"', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports rose 6.1% in March. Elsewhere, South Korea\'s Kospi is up 0.2% and Japan\'s markets are shut.', 0.2)).toBe(false);
  });
  it('sets aside "The benchmark opened up 0.6% at 2,734"', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports rose 6.1% in March.\n\n09:00 The benchmark opened up 0.6% at 2,734.', 0.6)).toBe(false);
  });
  it('sets aside a page line "VN-Index at the midday break: 1,251.4, down 0.7%"', () => {
    expect(hasGrowth('HANOI, Jan 6 -- Exports rose 14.3% in 2024.\n\n-- VN-Index at the midday break: 1,251.4, down 0.7% --', -0.7, '2025-01-06')).toBe(false);
  });
  it('sets aside "the Nikkei closed at 38,120, down 1.1%"', () => {
    expect(hasGrowth('TOKYO, May 21 -- Exports rose 4.8% in April. In Tokyo the Nikkei closed at 38,120, down 1.1%.', -1.1, '2026-05-21')).toBe(false);
  });
  it('sets aside "The Sensex was trading 0.4 percent higher"', () => {
    expect(hasGrowth('NEW DELHI, Sept 15 -- Merchandise exports grew 9.3 percent in August. The Sensex was trading 0.4 percent higher by noon.', 0.4, '2026-09-15')).toBe(false);
  });
  it('sets aside "the benchmark traded 1.3% lower"', () => {
    expect(hasGrowth('TAIPEI, March 9 -- Exports jumped 22.1% in February. The benchmark traded 1.3% lower after the release.', -1.3, '2026-03-09')).toBe(false);
  });
  it('keeps exports that are up in a sentence after an index (near miss)', () => {
    expect(hasGrowth('SEOUL, April 15 -- The Kospi is up 0.2%. Exports are up 6.1% from a year earlier in March.', 6.1)).toBe(true);
  });
  it('keeps a trade level quoted before its move (near miss)', () => {
    expect(hasGrowth('HANOI, Jan 6 -- Exports in December: $36.8 billion, up 12.5% from a year earlier.', 12.5, '2025-01-06')).toBe(true);
  });
});

describe("a currency's move to a new rate per dollar or euro", () => {
  it('sets aside "The won gained 0.4% to 1,402.5 per dollar"', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports rose 6.1% in March. The won gained 0.4% to 1,402.5 per dollar after the rate decision.', 0.4)).toBe(false);
  });
  it('sets aside "the rupee slipped 0.2 percent to 83.9 a dollar"', () => {
    expect(hasGrowth('NEW DELHI, Sept 15 -- Merchandise exports grew 9.3 percent in August, while the rupee slipped 0.2 percent to 83.9 a dollar.', 0.2, '2026-09-15')).toBe(false);
  });
  it('sets aside "The ringgit firmed 0.3% to 4.41 to the U.S. dollar"', () => {
    expect(hasGrowth('KUALA LUMPUR, Aug 19 -- Exports rose 11.8% in July. The ringgit firmed 0.3% to 4.41 to the U.S. dollar.', 0.3, '2026-08-19')).toBe(false);
  });
  it('sets aside "the baht weakened 0.5 per cent to about 36.2 per US dollar"', () => {
    expect(hasGrowth('BANGKOK, May 27 -- Exports climbed 7.2 per cent in April; the baht weakened 0.5 per cent to about 36.2 per US dollar.', 0.5, '2026-05-27')).toBe(false);
  });
  it('sets aside "the zloty rose 0.6% to 4.27 per euro"', () => {
    expect(hasGrowth('WARSAW, June 12 -- Exports rose 3.5% in April, and the zloty rose 0.6% to 4.27 per euro.', 0.6, '2026-06-12')).toBe(false);
  });
  it('keeps exports that rose to an amount in dollars (near miss)', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports rose 6.1% to 58.1 billion dollars in March.', 6.1)).toBe(true);
  });
  it('keeps a price that rose to so much per tonne (near miss)', () => {
    expect(hasGrowth('HANOI, April 15 -- Rice exports rose 8.2% to 2.1 million tonnes in March, and their price rose 3.4% to 540 dollars per tonne.', 8.2)).toBe(true);
  });
});

describe('shares of listed firms, named by what they make or do, move on the market', () => {
  it('sets aside "Shares of the big three shipbuilders rose between 2% and 5%"', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports rose 6.1% in March. Shares of the big three shipbuilders rose between 2% and 5% on new orders.', 2)).toBe(false);
  });
  it('sets aside "shares in Asian chipmakers slid 3%"', () => {
    expect(hasGrowth('TAIPEI, March 9 -- Exports jumped 22.1% in February, although shares in Asian chipmakers slid 3% on the day.', 3, '2026-03-09')).toBe(false);
  });
  it('sets aside "Stocks of steelmakers gained 1.8 percent"', () => {
    expect(hasGrowth('BEIJING, June 7 -- Iron ore imports fell 3.2 percent in May. Stocks of steelmakers gained 1.8 percent.', 1.8, '2026-06-07')).toBe(false);
  });
  it('sets aside "shares of the two big carmakers fell 2.4%"', () => {
    expect(hasGrowth('TOKYO, May 21 -- Car exports rose 4.8% in April, while shares of the two big carmakers fell 2.4%.', -2.4, '2026-05-21')).toBe(false);
  });
  it('sets aside "Shares of listed companies in the port sector rose 1.5 per cent"', () => {
    expect(hasGrowth('SYDNEY, Aug 5 -- Exports rose 3 per cent in June. Shares of listed companies in the port sector rose 1.5 per cent.', 1.5, '2026-08-05')).toBe(false);
  });
  it('keeps shipments of the shipbuilders (near miss)', () => {
    expect(hasGrowth('SEOUL, April 15 -- Shipments of the big three shipbuilders rose 12.4% in March.', 12.4)).toBe(true);
  });
  it('keeps exports of ships by the shipbuilders (near miss)', () => {
    expect(hasGrowth('SEOUL, April 15 -- Exports of ships by the big three shipbuilders rose 12.4% in March.', 12.4)).toBe(true);
  });
});
