/**
 * Rules of issue 9, part x: the language of statistics agencies, ministries and customs of Asia-Pacific and
 * the Americas found by blind batch 24 (fixtures b24-… in tests/corpus/press-release), in our own words:
 * running twelve-month totals, fiscal years cut off at a day, fiscal-year comparison bases, sentences opened
 * by the same period a year before, revisions, and changes of daily averages.
 */
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../functions/core/extract/press-release/periods.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const spans = (s: string, published: string, country?: string) => {
  const [year, month, day] = published.split('-').map(Number);
  return findPeriods(s, { year, month, day, country }).map((p) => `${p.kind} ${p.periodStart}..${p.periodEnd}`);
};

describe('a running twelve months', () => {
  it('reads "over the last twelve months" as the twelve months to the last full month', () => {
    expect(spans('Over the last twelve months, the balance added up to a surplus of US$17.2 billion.', '2026-12-08')).toEqual(['period 2025-12..2026-11']);
    expect(spans('Shipments in the past 12 months came to 41 million tonnes.', '2027-01-15')).toEqual(['period 2026-01..2026-12']);
  });

  it('leaves the headline shorthand for the year so far, a streak and the previous twelve months as they were', () => {
    expect(spans('Exports rose 3% in the past 11 months.', '2026-12-08')).toEqual(['period 2026-01..2026-11']);
    expect(spans('It was the biggest monthly gain in the past 12 months.', '2026-12-08')).toEqual([]);
    expect(spans('Over the previous twelve months the deficit had been wider.', '2026-12-08')).toEqual([]);
  });
});

describe('fiscal years written the short way and the long way round', () => {
  it('reads "FY26" and "the 2025-2026 FY" by the reporting country\'s fiscal calendar', () => {
    expect(spans('earnings of $20.1 billion in FY26', '2026-12-03', 'Bangladesh')).toEqual(['period 2025-07..2026-06']);
    expect(spans('trade in the 2025-2026 FY', '2026-11-26', 'Myanmar')).toEqual(['period 2025-04..2026-03']);
    expect(spans('During July-September FY27, imports grew 4pc.', '2026-10-04', 'Pakistan')).toEqual(['period 2026-07..2026-09']);
  });

  it('reads a cut-off day "in the current financial year" as the fiscal year\'s first month to that day\'s month', () => {
    expect(spans('exports reached $8.9 billion as of 14 November in the current financial year 2026-2027', '2026-11-20', 'Myanmar')).toEqual(['period 2026-04..2026-11']);
    expect(spans('imports reached $7.2 billion by Oct. 31 of this fiscal year', '2026-11-20', 'Bangladesh')).toEqual(['period 2026-07..2026-10']);
    // No fiscal calendar known for the country: the span stays open rather than being read as January onwards.
    expect(spans('exports reached $8.9 billion as of 14 November in the current financial year', '2026-11-20', 'Laos')).toEqual(['unresolved ..']);
  });

  it('takes a headline\'s still-running fiscal year as the body\'s part of it', () => {
    const rows = rowsOf('Myanmar exports pass $9 bln in FY2026-2027\n\nNAY PYI TAW, 20 Nov - Myanmar\'s exports came to more than US$9.04 billion as of 14 November in the current financial year 2026-2027, the commerce ministry said.');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-04', '2026-11', 9040000000]]);
  });
});

describe('the same period of a fiscal year as a base', () => {
  it('moves the fiscal months back into the fiscal year named', () => {
    const text = "Bangladesh's export receipts in the first four months (July-October) of fiscal year 2026-27 were $16.3 billion, up 4.2 percent from $15.64 billion in the same period of FY26.";
    expect(tuples(text, '2026-11-04')).toEqual([
      ['2026-07', '2026-10', 16300000000, 'USD', 4.2],
      ['2025-07', '2025-10', 15640000000, 'USD', null],
    ]);
  });
});

describe('a sentence opened by the same period a year before', () => {
  it('dates its levels a year before the period carried from the sentence before', () => {
    const text = 'Laos trade\n\nVIENTIANE, 20 Nov - Laos exported goods worth $6.2 billion in the first ten months of 2026. In the same period last year, exports stood at $5.8 billion and imports at $5.1 billion.';
    expect(tuples(text)).toEqual([
      ['2026-01', '2026-10', 6200000000, 'USD', null],
      ['2025-01', '2025-10', 5800000000, 'USD', null],
      ['2025-01', '2025-10', 5100000000, 'USD', null],
    ]);
  });

  it('reads "the previous FY" the same way', () => {
    const text = "Myanmar's imports were $7.9 billion as of 14 November in the current financial year 2026-2027. During the same period of the previous FY, imports totalled $8.3 billion.";
    expect(tuples(text)).toEqual([
      ['2026-04', '2026-11', 7900000000, 'USD', null],
      ['2025-04', '2025-11', 8300000000, 'USD', null],
    ]);
  });
});

describe('a revision\'s starting point', () => {
  it('is no row: "was revised from $X", "revised down to $Y from $X"', () => {
    expect(tuples("Canada's trade surplus was $1.3 billion in October. The September surplus was revised from $0.9 billion in last month's release.", '2026-12-04').map((t) => t[2])).toEqual([1300000000]);
    expect(tuples("Canada's deficit for August was revised down to $2.2 billion from $2.7 billion in September.", '2026-10-06').map((t) => t[2])).toEqual([-2200000000]);
  });
});

describe('changes of a daily average', () => {
  it('labels no change of a sentence opened "By the daily average" or "On a daily-average basis"', () => {
    const text = "BRASILIA, Dec 1 - Brazil's exports were US$ 27.4 billion in November. By the daily average, exports rose 3.9% compared with November 2025, while imports grew 1.7%. On a daily-average basis, oil shipments climbed 8.8 percent.";
    expect(tuples(text, '2026-12-01')).toEqual([['2026-11', '2026-11', 27400000000, 'USD', null]]);
  });
});

describe('a growth leading into a record', () => {
  it('joins "jumped 27.5 percent to a monthly record of $15.8 billion" into one row', () => {
    expect(tuples('SEJONG, Dec. 1 (Yonhap) -- South Korea\'s display exports climbed 12.2 percent to a monthly record of US$3.1 billion in November.', '2026-12-01')).toEqual([['2026-11', '2026-11', 3100000000, 'USD', 12.2]]);
    expect(tuples('Chip exports rose 9.4 percent to an all-time record of $14.2 billion in October.', '2026-11-02')).toEqual([['2026-10', '2026-10', 14200000000, 'USD', 9.4]]);
  });
});

describe('a change in money in brackets after a change in percent', () => {
  it('is no row: "fell 1.8% ($791m) to $43,208m"', () => {
    const text = 'The Australian Bureau of Statistics said exports of goods fell 2.3% ($902m) to $38,114m in October, while imports rose 0.4% (A$139 million) to A$34,020 million.';
    expect(tuples(text, '2026-12-03').map((t) => t[2])).toEqual([38114000000, 34020000000]);
  });
});

describe("a month's revised level as a base", () => {
  it('dates "from September\'s revised surplus of $5,974m" to September', () => {
    const text = 'Australia\'s surplus on goods and services was A$4,870m in October, a decrease of A$611m from September\'s revised surplus of A$5,481m.';
    expect(tuples(text, '2026-12-03')).toEqual([
      ['2026-10', '2026-10', 4870000000, 'AUD', null],
      ['2026-09', '2026-09', 5481000000, 'AUD', null],
    ]);
  });
});

describe('a share after a change and "or"', () => {
  it('reads "up 15.8 percent, or 35.1 percent of total exports" as a growth and a share', () => {
    const text = 'PHNOM PENH, Nov 12 - Cambodia\'s exports to the European Union reached $3.02 billion in the first ten months of 2026, up 11.6 percent, or 11.4 percent of total exports.';
    const rows = rowsOf(text, '2026-11-12');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.measure])).toEqual([
      [3020000000, 'USD', 11.6, 'value'],
      [11.4, 'percent-share', null, 'share'],
    ]);
  });
});

describe('currency signs written with a full stop', () => {
  it('does not end the sentence at "Rs." or "Tk." before the amount', () => {
    expect(tuples("COLOMBO, 20 November 2026 - Sri Lanka's tea exports in October were worth Rs. 41.7 billion, the Export Development Board said.")).toEqual([['2026-10', '2026-10', 41700000000, 'LKR', null]]);
    expect(tuples("DHAKA, Nov 4 - Bangladesh's export earnings in October came to Tk. 47,210 crore, the Export Promotion Bureau said.", '2026-11-04')).toEqual([['2026-10', '2026-10', 472100000000, 'BDT', null]]);
  });
});

describe('an earlier month stated as an aside', () => {
  it('does not carry a revised month to the sentences after it', () => {
    const text = "WASHINGTON, Dec 3 - The U.S. trade deficit narrowed to $58.3 billion in October, the Commerce Department said. August's deficit was revised to $61.0 billion. Exports increased 0.7% to $290.2 billion.";
    expect(tuples(text, '2026-12-03')).toEqual([
      ['2026-10', '2026-10', -58300000000, 'USD', null],
      ['2026-08', '2026-08', -61000000000, 'USD', null],
      ['2026-10', '2026-10', 290200000000, 'USD', null],
    ]);
  });

  it('does not carry "October last year" to the sentences after it', () => {
    const text = "TOKYO, Nov. 19 - Japan's exports rose 2.9 pct in October from a year earlier to 9,480.2 billion yen. In October last year, the country posted a surplus of 120.4 billion yen. Imports increased 1.4 pct to 9,702.0 billion yen.";
    expect(tuples(text, '2026-11-19')).toEqual([
      ['2026-10', '2026-10', 9480200000000, 'JPY', 2.9],
      ['2025-10', '2025-10', 120400000000, 'JPY', null],
      ['2026-10', '2026-10', 9702000000000, 'JPY', 1.4],
    ]);
  });
});

describe('a round headline threshold', () => {
  it('is the body figure it holds for: "over US$1 billion" over US$1.37 billion', () => {
    const text = "Cambodia's rice exports earn over US$1 billion in ten months\n\nPHNOM PENH, Nov 12 - Cambodia exported rice worth US$1.37 billion in the first ten months of 2026, up 9.2 percent, the customs department said.";
    expect(tuples(text, '2026-11-12')).toEqual([['2026-01', '2026-10', 1370000000, 'USD', 9.2]]);
  });
});

describe("a market's turnover", () => {
  it('takes the flow of "the largest export market" or "import market" it names', () => {
    const text = 'Hanoi, November 6, 2026 - In the ten months, Japan was Vietnam\'s third-largest export market with an estimated turnover of US$21.3 billion. South Korea was the second-largest import market with a turnover of US$48.2 billion.';
    expect(rowsOf(text, '2026-11-06').map((r) => [r.value, r.flow, r.partner])).toEqual([
      [21300000000, 'export', 'Japan'],
      [48200000000, 'import', 'South Korea'],
    ]);
  });
});

describe('a year-before base in a release that compares with the month before', () => {
  it('makes "Compared with October 2025, exports were down 2.4 per cent" the October level\'s year-on-year change', () => {
    const text = 'OTTAWA - Statistics Canada says total exports fell 1.4 per cent to $63.2 billion in October. Imports rose 0.6 per cent to $64.0 billion.\n\nCompared with October 2025, exports were down 3.1 per cent.';
    expect(tuples(text, '2026-12-04')).toEqual([
      ['2026-10', '2026-10', 63200000000, 'CAD', -3.1],
      ['2026-10', '2026-10', 64000000000, 'CAD', null],
    ]);
  });
});
