/**
 * Rules of issue 9, part cs: the fixing round of blind batch 73 (fixtures b73-… in tests/corpus/press-release), on the
 * ways agencies date their figures (fiscal years, seasons, weeks, other calendars, periodicals), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];
const withGrowth = (r: Row) => [r.period_start, r.period_end, r.value, r.yoy_pct];

describe('fiscal years of more countries', () => {
  it("Malawi's fiscal year runs April to March", () => {
    const text = "Malawi's tobacco exports earned US$312.5 million in the 2025/26 fiscal year, the Reserve Bank of Malawi said.";
    expect(releaseRows(text, '2026-06-18').map(dated)).toEqual([['2025-04', '2026-03', 312500000]]);
  });

  it("Fiji's fiscal year runs August to July", () => {
    const text = "Fiji's fuel imports amounted to $1,204.6 million in the 2025-2026 fiscal year, the Fiji Bureau of Statistics said.";
    expect(releaseRows(text, '2026-10-02').map(dated)).toEqual([['2025-08', '2026-07', 1204600000]]);
  });

  it("Rwanda names its July-June fiscal years by two years, and a slash joins them as well as a dash", () => {
    const text = "Rwanda's exports of tea rose to $118.4 million in 2025/26 from $104.9 million in 2024/25, the central bank said.";
    expect(releaseRows(text, '2026-09-15').map(dated)).toEqual([
      ['2025-07', '2026-06', 118400000],
      ['2024-07', '2025-06', 104900000],
    ]);
  });

  it('a slash-joined pair is a fiscal year for a country named in TWO_YEAR_FISCAL too (Kenya)', () => {
    const text = "Kenya's coffee exports fell 4.1 per cent to Sh31.7 billion in 2025/26, KNBS data show.";
    expect(releaseRows(text, '2026-09-03').map(withGrowth)).toEqual([['2025-07', '2026-06', 31700000000, -4.1]]);
  });

  it('"the second quarter of 2026/27" without the words "fiscal year" is a quarter of that fiscal year', () => {
    const text = "Pakistan's exports of rice reached $1.12 billion in the second quarter of 2026/27, the bureau said.";
    expect(releaseRows(text, '2027-01-20').map(dated)).toEqual([['2026-10', '2026-12', 1120000000]]);
  });

  it('"which ran from April 2025 to March 2026" after the fiscal year of an unlisted country gives its months', () => {
    const text = "Botswana's diamond exports fell to P38.2 billion in the 2025/26 fiscal year, which ran from April 2025 to March 2026, the central bank said.";
    expect(releaseRows(text, '2026-07-09').map(dated)).toEqual([['2025-04', '2026-03', 38200000000]]);
  });

  it('"the first quarter of the new financial year" is the fiscal quarter, not January-March', () => {
    const text = "Australia's exports of beef were $3.4 billion in the first quarter of the new financial year, up 6.2 per cent.";
    expect(releaseRows(text, '2026-11-10').map(withGrowth)).toEqual([['2026-07', '2026-09', 3400000000, 6.2]]);
  });
});

describe('quarters, twelve-month spans and seasons', () => {
  it('"the June 2026 quarter": Stats NZ writes the year between the month and "quarter"', () => {
    const text = 'Exports of logs to China were $612 million in the June 2026 quarter, Stats NZ said.';
    expect(releaseRows(text, '2026-08-20').map(dated)).toEqual([['2026-04', '2026-06', 612000000]]);
  });

  it('"in year to August" (a headline without its article) is twelve months, not August', () => {
    const text = "Samoa's exports up 8.4% in year to August\n\nExports of nonu juice and coconut cream rose 8.4 percent to $96.3 million in the year to August 2026.";
    expect(releaseRows(text, '2026-10-01').map(withGrowth)).toEqual([['2025-09', '2026-08', 96300000, 8.4]]);
  });

  it('"on a trailing twelve-month basis" is a running year ending in the month reported on', () => {
    const text = [
      "Chile's copper exports were $4.21 billion in October 2026, the central bank said.",
      'On a trailing twelve-month basis, copper exports came to $51.6 billion.',
    ].join(' ');
    expect(releaseRows(text, '2026-11-09').map(dated)).toEqual([
      ['2026-10', '2026-10', 4210000000],
      ['2025-11', '2026-10', 51600000000],
    ]);
  });

  it('a marketing year "that ended in August" is its twelve months, not the month', () => {
    const text = 'Ukraine exported 40.3 million tonnes of grain in the 2025/26 marketing year that ended in June, the ministry said.';
    expect(releaseRows(text, '2026-07-08').map(dated)).toEqual([['2025-07', '2026-06', 40300000]]);
  });
});

describe('weeks and days', () => {
  it('an ISO week number is of the month its Sunday falls in', () => {
    const text = 'Norway exported 21,940 tonnes of fresh salmon in week 40, the Norwegian Seafood Council said.';
    // Week 40 of 2026 runs from Monday 28 September to Sunday 4 October.
    expect(releaseRows(text, '2026-10-07').map(dated)).toEqual([['2026-10', '2026-10', 21940]]);
  });

  it('a week number without a year is the latest such week ended by publication', () => {
    const text = 'Norway exported 19,800 tonnes of fresh salmon in week 51, the council said in its weekly note.';
    // Published in January 2027: week 51 of 2026 (14-20 December).
    expect(releaseRows(text, '2027-01-05').map(dated)).toEqual([['2026-12', '2026-12', 19800]]);
  });

  it('days of one month written day first ("1-20 October") are that month', () => {
    const text = 'Exports of Vietnam reached US$24.6 billion in 1-20 October, the customs office said.';
    expect(releaseRows(text, '2026-10-25').map(dated)).toEqual([['2026-10', '2026-10', 24600000000]]);
  });

  it('"than in the same week last year" is a base: the next sentence does not take last year', () => {
    const text = [
      'Norway exported 24,100 tonnes of fresh salmon in week 44 (26 October - 1 November). That was 6 per cent more than in the same week last year.',
      'Poland bought 3,610 tonnes.',
    ].join(' ');
    expect(releaseRows(text, '2026-11-04').map(withGrowth)).toEqual([
      ['2026-11', '2026-11', 24100, 6],
      ['2026-11', '2026-11', 3610, null],
    ]);
  });
});

describe('comparison bases and periodicals', () => {
  it('"up 7.9pc over August 2025" (the sign glued to the number) is a base: the next clause keeps the month reported', () => {
    const text = "In August, Pakistan's exports were $2.71bn, up 7.9pc over August 2025, and imports stood at $4.95bn.";
    expect(releaseRows(text, '2026-09-03').map(withGrowth)).toEqual([
      ['2026-08', '2026-08', 2710000000, 7.9],
      ['2026-08', '2026-08', 4950000000, null],
    ]);
  });

  it('a month naming a periodical ("its October Economic Review") is no period: "over the same period" keeps the twelve months', () => {
    const text = [
      "Fiji's exports rose 4.2 percent to $1,590.4 million in the year ending August 2026, the Reserve Bank of Fiji said in its October Economic Review.",
      'Imports grew 2.8 percent to $4,702.1 million over the same period.',
    ].join(' ');
    expect(releaseRows(text, '2026-10-30').map(dated)).toEqual([
      ['2025-09', '2026-08', 1590400000],
      ['2025-09', '2026-08', 4702100000],
    ]);
  });

  it('"Monthly Economic Report for November 2026" names the issue, not a month of the figures', () => {
    const text = "Malawi's exports were US$58.3 million in August, the Reserve Bank of Malawi says in its Monthly Economic Report for November 2026. Imports came to US$201.7 million.";
    expect(releaseRows(text, '2026-11-26').map(dated)).toEqual([
      ['2026-08', '2026-08', 58300000],
      ['2026-08', '2026-08', 201700000],
    ]);
  });
});

describe('other calendars and headline spans', () => {
  it('"the previous Iranian year 1404" is March 2025 to March 2026 (the months it touches)', () => {
    const text = "Iran's non-oil imports had totaled $58.2 billion in the previous Iranian year 1404, customs figures show.";
    expect(releaseRows(text, '2026-06-10').map(dated)).toEqual([['2025-03', '2026-03', 58200000000]]);
  });

  it('a span the brackets date may stand after a comma and words in the other calendar\'s months', () => {
    const text = "Nepal's imports rose 6.3 percent to Rs502.1 billion in the first three months of the current fiscal year, from Shrawan to Ashwin (July 17 to October 17), the Department of Customs said.";
    expect(releaseRows(text, '2026-10-26').map(withGrowth)).toEqual([['2026-07', '2026-10', 502100000000, 6.3]]);
  });

  it('a headline amount "in three months" rounding the body\'s fiscal span touching one month more is that figure', () => {
    const text = [
      'Imports climb to Rs502 billion in three months',
      '',
      "KATHMANDU - Nepal's imports rose 6.3 percent to Rs502.1 billion in the first three months of the current fiscal year (mid-July to mid-October), the Department of Customs said.",
    ].join('\n');
    expect(releaseRows(text, '2026-10-26').map(withGrowth)).toEqual([['2026-07', '2026-10', 502100000000, 6.3]]);
  });

  it('a headline threshold "in eight months" over the body\'s eight Iranian months is the body\'s figure', () => {
    const text = [
      'Non-oil exports top $30b in eight months',
      '',
      "TEHRAN - Iran's non-oil exports reached $30.6 billion in the first eight months of the current Iranian year (March 21-November 21), customs said.",
    ].join('\n');
    expect(releaseRows(text, '2026-11-25').map(dated)).toEqual([['2026-03', '2026-11', 30600000000]]);
  });
});
