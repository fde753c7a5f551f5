/**
 * Rules of issue 9, part o: the language of agencies outside mainland China found by blind batch 18
 * (fixtures b18-… in tests/corpus/press-release), in our own words: the month of an earlier growth,
 * Singapore's NODX and its seasonally adjusted level, "year-over-year", balances with "its largest
 * trading partner" and "on goods and services trade", dated bases opening a sentence, "mtm",
 * "shortfall" and levels of "the same period last year", spans of a fiscal year "through" a month.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
type Brief = [number | null, string, string, number | null, string];
const brief = (text: string, published?: string): Brief[] => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end, r.yoy_pct, r.flow]);

describe('the month of an earlier growth is no running period', () => {
  it('keeps the report month after "after a rise of 6.0% in June"', () => {
    const text =
      "The value of Hong Kong's total exports of goods rose 9.4% over a year earlier to $401.2 billion in July, after a rise of 6.0% in June. Imports of goods grew 7.7% to $430.5 billion.";
    expect(brief(text, '2026-08-27')).toEqual([
      [401200000000, '2026-07', '2026-07', 9.4, 'export'],
      [null, '2026-06', '2026-06', 6, 'export'],
      [430500000000, '2026-07', '2026-07', 7.7, 'import'],
    ]);
  });

  it('reads "reversing the 4.3 per cent expansion in May" as a rise in May, and the next sentence as June', () => {
    const text = 'NODX slipped 1.2 per cent year-on-year in June, reversing the 4.3 per cent expansion in May. Electronics NODX climbed 6.6 per cent.';
    expect(brief(text, '2026-07-17')).toEqual([
      [null, '2026-06', '2026-06', -1.2, 'export'],
      [null, '2026-05', '2026-05', 4.3, 'export'],
      [null, '2026-06', '2026-06', 6.6, 'export'],
    ]);
  });
});

describe("Singapore's NODX", () => {
  it('are domestic exports', () => {
    expect(rowsOf('NODX reached S$16.1 billion in June 2026.', '2026-07-17').map((r) => r.breakdown)).toEqual(['export type: domestic exports']);
  });

  it('keeps the lead growth off a seasonally adjusted level stated later', () => {
    const text = 'NODX fell 2.4 per cent year-on-year in May. Pharmaceuticals dropped 19.0 per cent. On a month-on-month seasonally adjusted basis, NODX rose 1.1 per cent to S$14.6 billion.';
    const level = rowsOf(text, '2026-06-17').find((r) => r.value !== null);
    expect(level?.value).toBe(14600000000);
    expect(level?.yoy_pct).toBeNull();
  });
});

describe('"year-over-year" is a year-on-year marker', () => {
  it('gives the level of a month-on-month release its year-on-year change', () => {
    const text = "Statistics Canada said exports rose 1.2% to $64.0 billion in August. On a year-over-year basis, exports were down 3.1% in August.";
    expect(brief(text, '2026-10-07')).toEqual([[64000000000, '2026-08', '2026-08', -3.1, 'export']]);
  });
});

describe('balance wording', () => {
  it('reads "surplus with its largest trading partner" as a balance with that partner', () => {
    const rows = rowsOf("Exports to the United States rose 2.0%, and Canada's surplus with its largest trading partner narrowed to $9.9 billion in August.", '2026-10-07');
    expect(rows.filter((r) => r.value !== null).map((r) => [r.value, r.flow, r.partner])).toEqual([[9900000000, 'balance', 'United States']]);
  });

  it('reads "surplus on goods and services trade" as a balance', () => {
    expect(rowsOf("Australia's surplus on goods and services trade rose to $5,100 million in August.", '2026-10-02').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [5100000000, 'AUD', 'balance'],
    ]);
  });

  it('reads a "shortfall" dated "in the same month last year" as last year\'s deficit', () => {
    const text = 'Korea posted a trade surplus of $1.1 billion in the first 10 days of August. It had run a $0.4 billion shortfall in the same month last year.';
    expect(brief(text, '2026-08-11')).toEqual([
      [1100000000, '2026-08', '2026-08', null, 'balance'],
      [-400000000, '2025-08', '2025-08', null, 'balance'],
    ]);
  });

  it('dates a base that "compares with" a level "in the same month a year earlier"', () => {
    const text = 'Japan logged a trade deficit of 612.5 billion yen in August. The deficit compares with one of 701.3 billion yen in the same month a year earlier.';
    expect(rowsOf(text, '2026-09-17').map((r) => [r.value, r.period_start])).toEqual([
      [-612500000000, '2026-08'],
      [-701300000000, '2025-08'],
    ]);
  });
});

describe('changes against another month', () => {
  it('reads a change after "Compared with July 2026," in an August report as month-on-month', () => {
    const text = "Malaysia's exports rose 8.0 per cent year-on-year to RM140.2 billion in August 2026. Compared with July 2026, exports rose 2.5 per cent and imports were up 0.9 per cent.";
    expect(brief(text, '2026-09-18')).toEqual([[140200000000, '2026-08', '2026-08', 8, 'export']]);
  });

  it('keeps a change after "Compared with August 2025," in an August 2026 report year-on-year', () => {
    expect(brief('Compared with August 2025, exports rose 2.5 per cent in August 2026.', '2026-09-18')).toEqual([[null, '2026-08', '2026-08', 2.5, 'export']]);
  });

  it('reads "mtm" and "month to month" as month-on-month', () => {
    expect(brief('Exports reached US$22.1 billion in July, up 5.2 percent yoy and 1.9 percent mtm.', '2026-08-15')).toEqual([[22100000000, '2026-07', '2026-07', 5.2, 'export']]);
    expect(brief('Imports were US$19.8 billion in July, 3.3 percent lower month to month.', '2026-08-15')).toEqual([[19800000000, '2026-07', '2026-07', null, 'import']]);
  });

  it('reads "lost" as a fall', () => {
    expect(brief('Shipments to China rose 4.4 percent in July, and those to the U.S. lost 2.2 percent.', '2026-08-01').map((r) => r[3])).toEqual([4.4, -2.2]);
  });
});

describe('a span of a fiscal year "through" a month', () => {
  it('reads "the first five months of fiscal 2026 through August" as April to August', () => {
    expect(brief('In the first five months of fiscal 2026 through August, Japan\'s exports totaled 45.10 trillion yen.', '2026-09-17')).toEqual([
      [45100000000000, '2026-04', '2026-08', null, 'export'],
    ]);
  });
});

describe('year to date in a report on part of a month', () => {
  it('runs "year-to-date" to the month reported, and keeps that month after the aside', () => {
    const text =
      "Korea's exports for the first 20 days of the month rose 6.1 percent from a year earlier to $35.2 billion.\n\nYear-to-date, the trade surplus stands at $51.3 billion.\n\nChip exports climbed 22.4 percent to $9.1 billion.";
    expect(brief(text, '2026-11-21')).toEqual([
      [35200000000, '2026-11', '2026-11', 6.1, 'export'],
      [51300000000, '2026-01', '2026-11', null, 'balance'],
      [9100000000, '2026-11', '2026-11', 22.4, 'export'],
    ]);
  });

  it('keeps a year-to-date paragraph running when the release leads with the year to date', () => {
    const text =
      "As of October 15, Vietnam's import-export turnover reached 701.2 billion USD, up 14.1% over the same period last year.\n\nIn the first half of October alone, trade came to 36.9 billion USD.\n\nSince the start of the year, exports have amounted to 359.8 billion USD.\n\nPhones and components earned 47.2 billion USD.";
    expect(brief(text, '2026-10-17').map((r) => [r[0], r[1], r[2]])).toEqual([
      [701200000000, '2026-01', '2026-10'],
      [36900000000, '2026-10', '2026-10'],
      [359800000000, '2026-01', '2026-10'],
      [47200000000, '2026-01', '2026-10'],
    ]);
  });

  it('still lets "during the period" point back to the aside', () => {
    const text =
      "Anhui's foreign trade reached 9.7 billion yuan in June, up 3.2 percent from a year earlier.\n\nYear to date, its imports and exports totaled 52.4 billion yuan, up 4.0 percent year on year.\n\nDuring the period, exports to ASEAN grew 11.3 percent.";
    expect(brief(text, '2026-08-04').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['2026-06', '2026-06', 3.2],
      ['2026-01', '2026-06', 4],
      ['2026-01', '2026-06', 11.3],
    ]);
  });

  it('reads "by mid-October" as a cut-off and "the second half of September" as a month', () => {
    const text =
      "As of mid-October, Vietnam's import-export turnover had reached 702.4 billion USD, up 13.9% over the same period last year. In the first half of October alone, trade came to 38.1 billion USD, up 4.2% from the second half of September. Since the start of the year, exports have amounted to 360.1 billion USD.";
    expect(brief(text, '2026-10-18').map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [702400000000, '2026-01', '2026-10', 13.9],
      [38100000000, '2026-10', '2026-10', null],
      [360100000000, '2026-01', '2026-10', null],
    ]);
  });
});

describe('a year-to-date change in a month-on-month release', () => {
  it('stays year-on-year when the sentence goes on with the year to date', () => {
    const text =
      'The U.S. goods and services deficit was $58.1 billion in August, the Census Bureau said. Year-to-date, the deficit increased $40.2 billion, or 7.1 percent, from the same period in 2025. Exports increased 3.6 percent and imports increased 4.8 percent.';
    expect(brief(text, '2026-10-06').filter((r) => r[0] === null)).toEqual([
      [null, '2026-01', '2026-08', 7.1, 'balance'],
      [null, '2026-01', '2026-08', 3.6, 'export'],
      [null, '2026-01', '2026-08', 4.8, 'import'],
    ]);
  });
});

describe('numbers that are not the period\'s trade', () => {
  it('sets aside export orders', () => {
    expect(rowsOf('Export orders, a gauge of future shipments, rose 9.2 percent to US$58.4 billion in August.', '2026-09-20')).toEqual([]);
  });

  it('sets aside a three-month average', () => {
    expect(rowsOf('The three-month average goods deficit fell $0.8 billion to $82.3 billion in August.', '2026-10-06')).toEqual([]);
  });
});

describe('the release country as the seller and its earnings', () => {
  it('reads "Mongolia shipped ... abroad" in a Mongolian release as exports, and "earning" as export earnings', () => {
    const text = 'In January-September 2026, Mongolia shipped 64.1 million tons of coal abroad, up 7.5 percent, with coal earning USD 5.44 billion.';
    expect(brief(text, '2026-10-12').map((r) => [r[0], r[4]])).toEqual([
      [64100000, 'export'],
      [5440000000, 'export'],
    ]);
  });

  it('does not take a dateline city on a line of its own as the area', () => {
    const rows = rowsOf('Ulaanbaatar, October 12 (MONTSAME).\nIn January-September 2026, Mongolia traded with 151 countries, with its foreign trade turnover amounting to USD 18.2 billion.', '2026-10-12');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[18200000000, 'Mongolia']]);
  });
});

describe('shares after an amount', () => {
  it('reads a bracketed percentage after a partner\'s amount as its share', () => {
    const text = 'China remained the largest trading partner with 9.8 billion dollars (19.6% of the turnover), followed by Russia with 8.7 billion dollars (17.4%).';
    expect(rowsOf(text, '2026-10-20').map((r) => [r.value, r.unit])).toEqual([
      [9800000000, 'USD'],
      [19.6, 'percent-share'],
      [8700000000, 'USD'],
      [17.4, 'percent-share'],
    ]);
  });

  it('reads ", or N percent" after an amount in a share sentence as its share', () => {
    expect(rowsOf('Gold accounted for 6.9 billion dollars of exports in January-September 2026, or 31.2 percent.', '2026-10-20').map((r) => [r.value, r.unit])).toEqual([
      [6900000000, 'USD'],
      [31.2, 'percent-share'],
    ]);
  });
});

describe('second blind round', () => {
  it("reads Statistics Canada's The Daily by its title as a month-on-month release", () => {
    const text =
      "Canadian international merchandise trade, July 2026\n\nCanada's merchandise exports rose 1.3% in July, while imports were down 0.4%. Total exports edged up to $64.0 billion in July.\n\nYear over year, total exports were 2.2% lower in July.";
    expect(brief(text, '2026-09-04')).toEqual([[64000000000, '2026-07', '2026-07', -2.2, 'export']]);
  });

  it('reads "smaller"/"larger" after a percentage as the direction of the change', () => {
    expect(brief('In the seven months to July, the trade gap stood at $30.1 billion, 3.9% smaller than a year earlier.', '2026-09-10')).toEqual([
      [-30100000000, '2026-01', '2026-07', -3.9, 'balance'],
    ]);
    expect(brief('In the seven months to July, the trade deficit stood at $30.1 billion, 2.5% larger than a year earlier.', '2026-09-10')).toEqual([
      [-30100000000, '2026-01', '2026-07', 2.5, 'balance'],
    ]);
  });

  it('reads "H1FY27" and "the first half of the financial year" by the reporting country\'s fiscal year', () => {
    expect(brief("In H1FY27, India's merchandise exports stood at $210.5 billion.", '2026-10-15').map((r) => [r[1], r[2]])).toEqual([['2026-04', '2026-09']]);
    expect(brief("For the first half of the financial year, India's merchandise imports were $361.0 billion.", '2026-10-15').map((r) => [r[1], r[2]])).toEqual([['2026-04', '2026-09']]);
    expect(brief("In Q1FY27, India's exports were $109.2 billion.", '2026-07-15').map((r) => [r[1], r[2]])).toEqual([['2026-04', '2026-06']]);
  });

  it('reads "and China\'s at 22.7%" after a partner\'s share as China\'s share', () => {
    const rows = rowsOf("In January-August 2026, Russia's share in Kazakhstan's trade stood at 18.4%, and China's at 22.1%.", '2026-10-15');
    expect(rows.map((r) => [r.value, r.unit, r.area, r.partner])).toEqual([
      [18.4, 'percent-share', 'Kazakhstan', 'Russia'],
      [22.1, 'percent-share', 'Kazakhstan', 'China'],
    ]);
  });

  it('sets aside a balance measured against imports', () => {
    const rows = rowsOf("Hong Kong's imports rose 9.2 percent to HK$470.1 billion in August, leaving a visible trade deficit of HK$31.4 billion, or 6.7 percent of the value of imports.", '2026-09-25');
    expect(rows.map((r) => r.unit)).toEqual(['HKD', 'HKD']);
  });
});
