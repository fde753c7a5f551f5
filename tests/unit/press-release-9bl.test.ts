/**
 * Rules of issue 9, part bl (batch 51, commodity and market wire stories, eighth round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const spans = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.period_start, r.period_end]);

describe('a bare pair of consecutive years in a release of a country that names its fiscal years so', () => {
  it('is that fiscal year (Australia: July to June), also as a base', () => {
    const rows = rowsOf('Resources and Energy Quarterly. Australia’s alumina export earnings rose to $9.4 billion in 2025–26, up 7.1% from $8.8 billion in 2024–25.', '2026-10-02');
    expect(spans(rows)).toEqual([[9400000000, '2025-07', '2026-06'], [8800000000, '2024-07', '2025-06']]);
  });

  it('is no fiscal year elsewhere, and the months before it still name a part of it', () => {
    const chinese = rowsOf('China imported 41.2 million tonnes of barley in 2025-26, customs data show.', '2026-10-02');
    expect(spans(chinese)[0][1]).not.toBe('2025-07');
    const indian = rowsOf("India's commerce ministry said merchandise exports were USD 252.6 billion in April-October 2026-27.", '2026-11-17');
    expect(spans(indian)).toEqual([[252600000000, '2026-04', '2026-10']]);
  });
});

describe("Australia's resources department and its quarterly", () => {
  it('report Australia’s trade, so its bare dollars are Australian and its two-year labels fiscal years', () => {
    const text = 'Resources and Energy Quarterly\n\nDepartment of Industry, Science and Resources\n\nIron ore export earnings fell to $111 billion in 2025–26.\n\nChina took 84% of the shipments in the June quarter of 2026.';
    expect(rowsOf(text, '2026-10-02').map((r) => [r.value, r.unit, r.area, r.partner, r.period_start])).toEqual([
      [111000000000, 'AUD', 'Australia', 'World', '2025-07'],
      [84, 'percent-share', 'Australia', 'China', '2026-04'],
    ]);
  });
});

describe('the month a fiscal year began in, or a measure ended in', () => {
  it('dates that event, not the figures beside it', () => {
    const fiscal = rowsOf('The Australian Bureau of Statistics said that in the first five months of the 2026-27 fiscal year, which began in July, lamb exports totaled 212,000 tons.', '2026-12-04');
    expect(spans(fiscal)).toEqual([[212000, '2026-07', '2026-11']]);
    const ban = rowsOf("China imported 18,400 tonnes of cobalt hydroxide in October. Congo's share was 90%, after its export ban expired in June 2025.", '2026-11-24');
    expect(spans(ban)).toEqual([[18400, '2026-10', '2026-10'], [90, '2026-10', '2026-10']]);
  });
});

const placed = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.area, r.partner, r.flow]);

describe('ore weighed wet or dry', () => {
  it('is counted in tonnes ("wmt", "dry metric tonnes")', () => {
    const rows = rowsOf('China imported 3.92 million wmt of nickel ore in May, and 1.2 million dry metric tonnes of manganese ore.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[3920000, 'tonnes'], [1200000, 'tonnes']]);
  });
});

describe('a breakdown "by destination" or "by source" with no flow word of its own', () => {
  it('is of exports or of imports, whatever balance the sentence before gave', () => {
    const rows = rowsOf('China exported 8.8 million tonnes of rebar in the first half. Net exports came to 8.1 million tonnes.\n\nBy destination, Vietnam ranked first at 1.4 million tonnes.', '2026-07-20');
    expect(placed(rows).at(-1)).toEqual([1400000, 'China', 'Vietnam', 'export']);
  });
});

describe('a supplier called the dominant origin, and cargoes discharged in a country', () => {
  it('are that country’s imports', () => {
    const rows = rowsOf('China’s seaborne coal imports were 20.2 Mt in May.\n\n• Indonesia remained the dominant origin with a 66% share.\n\nIndonesian exports to China were 13.1 Mt. Russian cargoes discharged in China rose 9% to 1.8 Mt.', '2026-06-12');
    expect(placed(rows).map((r) => [r[0], r[3]])).toEqual([[20200000, 'import'], [66, 'import'], [13100000, 'export'], [1800000, 'import']]);
  });
});

describe('an origin adjective before goods and "loadings"', () => {
  it('names the exporting country, as before "exports"', () => {
    const rows = rowsOf('Kpler data show China’s coal imports fell to 19 Mt in May. Indonesian exports to China were 13.1 Mt. Australian coking loadings bound for China were 2.2 Mt.', '2026-06-12');
    expect(placed(rows).at(-1)).toEqual([2200000, 'Australia', 'China', 'export']);
  });
});

const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end]);

describe('a weekly export sales report (USDA)', () => {
  const report = 'EXPORT SALES FOR WEEK ENDING 10/15/2026\n\nWheat: Net sales of 412,300 MT for 2026/2027 were up 11 percent from the previous week. Increases primarily for Japan (96,000 MT) and Korea (71,500 MT). Exports of 388,900 MT were down 6 percent from the previous week and 3 percent from the prior 4-week average. The destinations were primarily to Japan (90,100 MT).';
  it('gives rows of the shipments, dated by the month the week ends in', () => {
    expect(brief(rowsOf(report, '2026-11-02'))).toEqual([[388900, null, '2026-10', '2026-10'], [90100, null, '2026-10', '2026-10']]);
  });

  it('reads the week written out too', () => {
    const rows = rowsOf('For the week ended October 15, exports of corn were 1,104,600 MT, the USDA said.', '2026-11-02');
    expect(brief(rows)).toEqual([[1104600, null, '2026-10', '2026-10']]);
  });

  it('makes no row of sales booked but not shipped', () => {
    const rows = rowsOf('Outstanding sales to China, contracted but not yet shipped, total 3.1 million tons. Reductions were for Taiwan (5,200 MT).', '2026-11-02');
    expect(rows).toEqual([]);
  });
});

describe('a marketing year to a cut-off day, and its pace against the year before', () => {
  const text = 'Accumulated corn exports for the 2026/27 marketing year, which began September 1, stood at 9.84 million tons as of November 5, 12 percent ahead of last year\'s pace. Mexico has taken 3.9 million tons, compared with 3.1 million tons at the same point a year ago.';
  it('runs from the month the year began to the cut-off; "ahead of last year\'s pace" is the change', () => {
    expect(brief(rowsOf(text, '2026-11-13'))).toEqual([
      [9840000, 12, '2026-09', '2026-11'],
      [3900000, null, '2026-09', '2026-11'],
      [3100000, null, '2025-09', '2025-11'],
    ]);
  });
});

describe('"N percent behind last year\'s pace"', () => {
  it('is a fall against the year before, and last year is no period of the figure', () => {
    const rows = rowsOf('Accumulated sorghum exports for the 2026/27 marketing year, which began September 1, stood at 1.2 million tons as of November 5, 30 percent behind last year\'s pace.', '2026-11-13');
    expect(brief(rows)).toEqual([[1200000, -30, '2026-09', '2026-11']]);
  });
});

describe('the energy of batteries', () => {
  it('is counted in kilowatt-hours ("46.3 GWh", "820 MWh")', () => {
    const rows = rowsOf('China exported 41.8 GWh of lithium-ion batteries in May and 820 MWh of storage systems.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[41800000, 'kilowatt-hours'], [820000, 'kilowatt-hours']]);
  });
});

describe('the date of a record level passed', () => {
  it('is no period of the sentences after it', () => {
    const text = 'Brazil shipped 9.6 million tons of soybeans in October, above the previous high of 9.1 million tons set in 2023. The value of the shipments rose 12% to $1.5 billion. Over January-October, exports reached 96.4 million tons, already above the full-year record of 94.5 million tons reached in 2025. Meal exports fell 5% to 2.1 million tons.';
    expect(brief(rowsOf(text, '2026-11-06')).map((r) => [r[0], r[2], r[3]])).toEqual([
      [9600000, '2026-10', '2026-10'],
      [9100000, '2023-01', '2023-12'],
      [1500000000, '2026-10', '2026-10'],
      [96400000, '2026-01', '2026-10'],
      [94500000, '2025-01', '2025-12'],
      [2100000, '2026-01', '2026-10'],
    ]);
  });
});

describe('"and see" after an expectation', () => {
  it('is a forecast: no row', () => {
    const rows = rowsOf('China imported 210,000 tonnes of sorghum in October. Traders had expected about 300,000 tonnes for the month, and see full-year purchases of under 4 million tonnes.', '2026-11-18');
    expect(rows.map((r) => r.value)).toEqual([210000]);
  });
});
