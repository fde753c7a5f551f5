/**
 * Issue 9, twenty-fifth session: causes found on blind batch 133 (dollars and other currencies from context: real agencies'
 * monthly, quarterly and half-year notes). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('a paragraph opening on "Monthly ..." after a paragraph on the month, in a release led by the year ended that month', () => {
  const lead = 'Annual goods exports were $71.2 billion in the year ended August 2026, Stats NZ said today.\n\nIn August 2026 the monthly value of goods exports fell 3.1 percent compared with August 2025, to $5.42 billion.\n\n';
  it('keeps the month for the figures of the "Monthly" paragraph', () => {
    const rows = releaseRows(`${lead}Monthly goods imports rose 6.5 percent to $6.08 billion, leaving a monthly deficit of $660 million.`, '2026-09-24');
    expect(rows.filter((r) => r.flow !== 'export').map((r) => [r.period_start, r.period_end, r.value, r.flow])).toEqual([
      ['2026-08', '2026-08', 6080000000, 'import'],
      ['2026-08', '2026-08', -660000000, 'balance'],
    ]);
  });
  it('keeps the month for "The monthly trade balance ..."', () => {
    const rows = releaseRows(`${lead}The monthly trade balance was a deficit of $660 million.`, '2026-09-24');
    expect(rows.filter((r) => r.flow === 'balance').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-08', '2026-08', -660000000]]);
  });
  it('still returns to the year ended the month for a paragraph that does not say "monthly" (guard)', () => {
    const rows = releaseRows(`${lead}Annual goods imports rose 2.0 percent to $75.9 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.flow === 'import').map((r) => [r.period_start, r.period_end])).toEqual([['2025-09', '2026-08']]);
  });
});

describe('"a N per cent increase over <month year>" names the base of the change, not the figure\'s period', () => {
  it('keeps the month in force for the level and reads the change against the same month a year before as its growth', () => {
    const rows = releaseRows('PUTRAJAYA, July 18 -- Malaysia\'s exports rose 5.1 per cent year-on-year to RM131.4 billion in June 2026. Imports climbed to RM118.9 billion, a 3.3 per cent increase over June 2025.', '2026-07-18');
    expect(rows.filter((r) => r.flow === 'import').map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-06', '2026-06', 118900000000, 3.3]]);
  });
  it('reads "a 2.0% rise over May 2026" in a June report as a change on the month before: the level stays June\'s, with no year-on-year growth', () => {
    const rows = releaseRows('WELLINGTON, July 18 -- Exports reached $6.1 billion in June 2026, a 2.0% rise over May 2026.', '2026-07-18');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-06', '2026-06', 6100000000, null]]);
  });
  it('still reads "a N percent increase over the same period of <year>" as a year-on-year change of the span stated (guard)', () => {
    const rows = releaseRows('HANOI, Nov 6 -- Vietnam\'s exports came to $402.3 billion in the first ten months of 2026, a 12.1 percent increase over the same period of 2025.', '2026-11-06');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-01', '2026-10', 402300000000, 12.1]]);
  });
});

describe('"compared with the same three months of <year>" is the base of the figures\' own months a year back', () => {
  const lead = 'LONDON, Nov 13 -- Goods exports rose by 1.2% to £88.4 billion in the three months to September 2026 compared with the previous three months, while goods imports fell by 0.4% to £141.7 billion.\n\n';
  it('gives the year-on-year changes of the next sentence to the quarter\'s levels', () => {
    const rows = releaseRows(`${lead}Compared with the same three months of 2025, goods exports were 2.3% higher and goods imports were 0.8% lower.`, '2026-11-13');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.flow, r.yoy_pct])).toEqual([
      ['2026-07', '2026-09', 88400000000, 'export', 2.3],
      ['2026-07', '2026-09', 141700000000, 'import', -0.8],
    ]);
  });
  it('reads "the same 6-month period of 2025" the same way (guard: read before the rule)', () => {
    const rows = releaseRows('LONDON, Aug 14 -- Goods exports were £176.0 billion in the six months to June 2026. Compared with the same 6-month period of 2025, goods exports were 1.9% lower.', '2026-08-14');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-01', '2026-06', 176000000000, -1.9]]);
  });
  it('still reads "the first three months of 2025" as January to March (guard)', () => {
    const rows = releaseRows('LONDON, May 14 -- Goods exports were £86.1 billion in the first three months of 2026, up 2.0% on the first three months of 2025.', '2026-05-14');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-01', '2026-03', 86100000000, 2]]);
  });
});

describe('"the shortfall (gap, deficit) between imports and exports" is the balance', () => {
  it('reads the shortfall between imports and exports as a deficit of all goods', () => {
    const rows = releaseRows('NAIROBI, Oct 2 -- The shortfall between imports and exports reached KSh980.5 billion in January-June 2026, the bureau said.', '2026-10-02');
    expect(rows.map((r) => [r.value, r.flow, r.commodity])).toEqual([[-980500000000, 'balance', 'all goods']]);
  });
  it('reads "the gap between exports and imports" the same way', () => {
    const rows = releaseRows('NAIROBI, Oct 2 -- The gap between exports and imports widened to KSh980.5 billion in January-June 2026.', '2026-10-02');
    expect(rows.map((r) => [r.value, r.flow, r.commodity])).toEqual([[-980500000000, 'balance', 'all goods']]);
  });
  it('still reads "imports and exports" with no balance noun before it as total trade (guard)', () => {
    const rows = releaseRows('NAIROBI, Oct 2 -- Imports and exports together reached KSh2.2 trillion in January-June 2026.', '2026-10-02');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[2200000000000, 'total']]);
  });
});


describe('the amount of the whole a share is taken of ("N pc of Malaysia\'s total trade of MYR...") is the trade with the world', () => {
  it('gives the whole partner World in a sentence on bilateral trade', () => {
    const rows = releaseRows('KUALA LUMPUR, Aug 14 - Trade between Malaysia and Japan rose 3.1pc to MYR78.2bn in January-June 2026. Bilateral trade made up 5.4pc of Malaysia\'s total trade of MYR1.45tn in the first half.', '2026-08-14');
    expect(rows.filter((r) => r.value === 1450000000000).map((r) => [r.partner, r.flow])).toEqual([['World', 'total']]);
  });
  it('gives the whole partner World after a partner\'s share', () => {
    const rows = releaseRows('JAKARTA, Aug 14 - China accounted for 24.3 percent of Indonesia\'s total exports, worth $128.6 billion, in the first half of 2026.', '2026-08-14');
    expect(rows.map((r) => [r.value, r.partner, r.flow])).toEqual([[24.3, 'China', 'export'], [128600000000, 'World', 'export']]);
  });
  it('keeps the partner a whole names after its amount ("of the region\'s total trade of ... with ASEAN") (guard)', () => {
    const rows = releaseRows('NANNING, Aug 14 -- Vietnam made up 23.6 percent of the region\'s total trade of 120.2 billion yuan with ASEAN in the first half of 2026.', '2026-08-14');
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => r.partner)).toEqual(['ASEAN']);
  });
  it('keeps the partner of an amount that is no whole of a share (guard)', () => {
    const rows = releaseRows('KUALA LUMPUR, Aug 14 - Trade between Malaysia and Japan rose 3.1pc to MYR78.2bn in January-June 2026. Bilateral trade was worth 5.4pc more than a year earlier, at MYR78.2bn.', '2026-08-14');
    expect(rows.every((r) => r.partner === 'Japan')).toBe(true);
  });
});

describe('the parts of a whole named between commas (", comprising ... ,") are neither its goods nor its breakdown', () => {
  it('keeps the total of exports "comprising domestic exports and re-exports" all goods with no breakdown', () => {
    const rows = releaseRows('MUSCAT, Dec 1 - The total value of Oman\'s merchandise exports, comprising exports of national origin and re-exports, came to about OMR1.6bn in October 2026, down 4.1 percent year on year.', '2026-12-01');
    expect(rows.map((r) => [r.value, r.commodity, r.breakdown])).toEqual([[1600000000, 'all goods', '']]);
  });
  it('reads ", made up of ... ," the same way', () => {
    const rows = releaseRows('MUSCAT, Dec 1 - Total exports, made up of national exports and re-exports, came to OMR1.6bn in October 2026.', '2026-12-01');
    expect(rows.map((r) => [r.value, r.commodity, r.breakdown])).toEqual([[1600000000, 'all goods', '']]);
  });
  it('still reads the re-exports a sentence is about as that breakdown (guard)', () => {
    const rows = releaseRows('MUSCAT, Dec 1 - Re-exports came to OMR0.3bn in October 2026, up 2.2 percent year on year.', '2026-12-01');
    expect(rows.map((r) => [r.value, r.breakdown])).toEqual([[300000000, 'export type: re-exports']]);
  });
});

describe('goods that "remained the leading foreign exchange earner" open the sentence of their exports', () => {
  const lead = 'NAIROBI, Sept 24 - Kenya\'s exports grew 4.1 percent to KSh578.3 billion in January-June 2026.';
  it('names the goods of the amount after "the leading foreign exchange earner"', () => {
    const rows = releaseRows(`${lead} Coffee remained the leading foreign exchange earner, with exports valued at KSh31.2 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.value === 31200000000).map((r) => [r.commodity, r.flow])).toEqual([['coffee', 'export']]);
  });
  it('names them after "the top export earner" too (guard: read before the rule as "the top export")', () => {
    const rows = releaseRows(`${lead} Coffee was the top export earner, bringing in KSh31.2 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.value === 31200000000).map((r) => r.commodity)).toEqual(['coffee']);
  });
  it('does not give the first-ranked goods to the figures of the goods "followed by" them', () => {
    const rows = releaseRows(`${lead} Coffee remained the leading foreign exchange earner at KSh31.2 billion, followed by cut flowers, whose earnings rose 6.1 percent to KSh22.4 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.value === 22400000000).map((r) => r.commodity)).not.toContain('coffee');
  });
  it('still names them after "the main export" (guard)', () => {
    const rows = releaseRows(`${lead} Coffee remained the main export, with exports valued at KSh31.2 billion.`, '2026-09-24');
    expect(rows.filter((r) => r.value === 31200000000).map((r) => r.commodity)).toEqual(['coffee']);
  });
});
