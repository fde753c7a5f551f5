/**
 * Rules of blind batch 29 (commodity and market wire stories, fourth round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.flow, r.period_start, r.period_end]);

describe('a glued single-letter scale before a unit of goods', () => {
  it('scales tonnes as it scales a currency ("1.25m tonnes")', () => {
    const rows = rowsOf('China exported 1.25m tonnes of ammonium nitrate in May, customs figures showed.', '2026-06-20');
    expect(brief(rows)).toEqual([[1250000, 'tonnes', null, 'China', 'export', '2026-05', '2026-05']]);
  });

  it('scales thousands of tons ("640k tons")', () => {
    const rows = rowsOf("China's imports of sulphur were 640k tons in May, customs figures showed.", '2026-06-20');
    expect(rows.map((r) => r.value)).toEqual([640000]);
  });
});

describe('a lead on China with unnamed customs data, and another country\'s agency quoted later', () => {
  const story = [
    "China buys more Argentine barley",
    "BEIJING, May 20 (Reuters) - China imported 410,000 metric tons of barley from Argentina in April, up 35% from a year earlier, customs data showed on Wednesday.",
    "Imports from France were 96,000 tons.",
    "Buyers also booked cargoes for June.",
    "In the first four months, China took in 1.3 million tons of Argentine barley.",
    "Data from Argentina's statistics institute INDEC showed the country exported 880,000 tons of barley in April, worth $190 million. Argentine barley exports to Saudi Arabia were 210,000 tons.",
  ].join('\n\n');

  it('keeps China as the release country (INDEC named only after the lead)', () => {
    const rows = rowsOf(story, '2026-05-20');
    expect(rows.filter((r) => r.value === 96000).map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'France', 'import']]);
  });
});

describe('a country naming the goods after an amount', () => {
  it('is the origin of the goods, a partner of the release country', () => {
    const rows = rowsOf("BEIJING, May 20 (Reuters) - China's sorghum imports reached 1.1 million tons in April, customs data showed. In the first four months China took in 3.2 million tons of Australian sorghum and 2.4 million tons of U.S. sorghum.", '2026-05-20');
    expect(rows.filter((r) => r.value === 2400000).map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'United States', 'import']]);
  });
});

describe('a running total the clause goes on to ("bringing the year\'s total so far to ...")', () => {
  const text = "China exported 41,000 tons of zinc alloy in October, customs data showed. Exports of aluminium foil climbed 6.1% to 138,000 tons, bringing the year's total so far to 1.21 million tons.";

  it('is the year to date, not a running total since a launch', () => {
    const rows = rowsOf(text, '2026-11-20');
    expect(brief(rows.filter((r) => r.value === 1210000))).toEqual([[1210000, 'tonnes', null, 'China', 'export', '2026-01', '2026-10']]);
  });

  it('leaves the figure before it in the period in force', () => {
    const rows = rowsOf(text, '2026-11-20');
    expect(brief(rows.filter((r) => r.value === 138000))).toEqual([[138000, 'tonnes', 6.1, 'China', 'export', '2026-10', '2026-10']]);
  });

  it('does the same for a span written out ("taking the January-October tally to")', () => {
    const rows = rowsOf('China exported 41,000 tons of zinc alloy in October, customs data showed. Exports of aluminium foil climbed 6.1% to 138,000 tons, taking the January-October tally to 1.21 million tons.', '2026-11-20');
    expect(rows.filter((r) => r.value === 138000).map((r) => r.period_start)).toEqual(['2026-10']);
  });
});
