/**
 * Rules of issue 9, part ao: the language of commodity and market wire stories found by blind batch 38
 * (fixtures b38-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const placed = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area, r.partner, r.flow]);

describe('periods of the commodity desks', () => {
  it('does not let "the highest monthly volume this year" date the next sentence', () => {
    const text = 'China took in 41,300 tonnes of lactose in September, the largest monthly intake this year, customs figures show. Germany supplied 9,800 tonnes.';
    expect(tuples(text, '2026-10-22')).toEqual([
      ['2026-09', '2026-09', 41300, 'tonnes', null],
      ['2026-09', '2026-09', 9800, 'tonnes', null],
    ]);
  });
});

describe('shares of the commodity desks', () => {
  it('reads "down from a 46 percent share a year earlier" as the share of the year before', () => {
    const text = "China's pea imports reached 52,000 tonnes in August. Canada supplied 18,200 tonnes, or 35 percent of the total, down from a 41 percent share a year earlier.";
    expect(tuples(text, '2026-09-21').filter((t) => t[3] === 'percent-share')).toEqual([
      ['2026-08', '2026-08', 35, 'percent-share', null],
      ['2025-08', '2025-08', 41, 'percent-share', null],
    ]);
  });
});

describe('places of the commodity desks', () => {
  it('reads the country after "led by" in a list of suppliers as a partner, not the area', () => {
    const text = "China's imports of casein were 7,400 tonnes in August, customs data show. European suppliers sent 4,100 tonnes, led by Ireland with 1,900 tonnes.";
    expect(placed(text, '2026-09-21')).toEqual([
      [7400, 'China', 'World', 'import'],
      [4100, 'China', 'World', 'import'],
      [1900, 'China', 'Ireland', 'import'],
    ]);
  });

  it("reads a country's bare shipments after a supplier named with \"from\" as the reporter's imports from it", () => {
    const text = "China's imports of needle coke fell to 24,000t in August. Receipts from Japan dropped by 12pc to 9,100t, while South Korea's shipments eased to 6,300t.";
    expect(placed(text, '2026-09-21')).toEqual([
      [24000, 'China', 'World', 'import'],
      [9100, 'China', 'Japan', 'import'],
      [6300, 'China', 'South Korea', 'import'],
    ]);
  });
});
