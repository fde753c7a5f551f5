/**
 * Rules of issue 9, part ax: a fixing round on the open misses of batches 23–35 (fixtures b23-…, b25-…, b28-…,
 * b33-…, b34-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (r: { period_start: string; period_end: string; value: number | null; yoy_pct: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.yoy_pct, r.flow];

describe('a rolling twelve-month total in a report on one month', () => {
  const text = [
    'LISBON, Nov 3 - Portugal\'s exports grew 4.1% on the year to €7.2 billion in October, the statistics office said.',
    '',
    'Over the twelve months to October, exports came to €86.5 billion, the highest on record.',
    '',
    'Machinery exports rose 6.3% to €1.9 billion, while vehicle imports fell 2.4%.',
  ].join('\n');

  it('is an aside: the next paragraph reports the month again', () => {
    expect(rowsOf(text, '2026-11-03').map(brief)).toEqual([
      ['2026-10', '2026-10', 7200000000, 4.1, 'export'],
      ['2025-11', '2026-10', 86500000000, null, 'export'],
      ['2026-10', '2026-10', 1900000000, 6.3, 'export'],
      ['2026-10', '2026-10', null, -2.4, 'import'],
    ]);
  });

  it('still carries a year to date that a paragraph of its own states into the paragraphs after it', () => {
    const ytd = text.replace('Over the twelve months to October', 'In January-October');
    expect(rowsOf(ytd, '2026-11-03').slice(2).map((r) => [r.period_start, r.period_end])).toEqual([
      ['2026-01', '2026-10'],
      ['2026-01', '2026-10'],
    ]);
  });
});

describe('a table whose items stand one a line under a bracketed caption', () => {
  const text = [
    'Fastmarkets: China\'s ferroalloy trade in September',
    '',
    'Headline figures for September (tonnes, y/y):',
    'Ferrochrome imports  301,500  +9.4%',
    'Ferronickel imports  48,200  -12.0%',
    'Silicon metal exports  66,750  +3.3%',
    '',
    'Most of the ferrochrome came from South Africa.',
  ].join('\n');

  it('reads each line as an item: the flow from its label, the rest of the label as the goods', () => {
    const rows = rowsOf(text, '2026-10-20');
    expect(rows.map((r) => [r.period_start, r.value, r.unit, r.yoy_pct, r.flow, r.commodity])).toEqual([
      ['2026-09', 301500, 'tonnes', 9.4, 'import', 'Ferrochrome'],
      ['2026-09', 48200, 'tonnes', -12, 'import', 'Ferronickel'],
      ['2026-09', 66750, 'tonnes', 3.3, 'export', 'Silicon metal'],
    ]);
  });

  it('reads nothing from the lines when one of them is not an item', () => {
    const broken = text.replace('Ferronickel imports  48,200  -12.0%', 'Ferronickel imports were lower at 48,200 and more');
    expect(rowsOf(broken, '2026-10-20').filter((r) => r.value === 301500)).toEqual([]);
  });
});

describe('the year of an event beside a figure of the reported month', () => {
  const text = [
    'Copper wire trade in September',
    '',
    'Vietnam imported 41,500 tonnes of copper wire in September, up 6.2% on the year. Imports for January-September came to 352,000 tonnes.',
    '',
    'Copper tubes: Vietnam exported 12,900 tonnes in September, down 3.5% on the year, after a duty on them was lifted last year.',
    'Copper foil: exports rose to 8,400 tonnes, up 11% on the year.',
  ].join('\n');

  it('is no period of the figures: the next sentence goes on with the month', () => {
    expect(rowsOf(text, '2026-10-15').map(brief).slice(2)).toEqual([
      ['2026-09', '2026-09', 12900, -3.5, 'export'],
      ['2026-09', '2026-09', 8400, 11, 'export'],
    ]);
  });

  it('still keeps the report\'s own period after a figure dated last year', () => {
    const earlier = text.replace('Copper tubes: Vietnam exported 12,900 tonnes in September, down 3.5% on the year, after a duty on them was lifted last year.', 'In September last year, Vietnam exported 12,900 tonnes of copper tubes.');
    expect(rowsOf(earlier, '2026-10-15').map(brief).slice(2)).toEqual([
      ['2025-09', '2025-09', 12900, null, 'export'],
      ['2026-01', '2026-09', 8400, 11, 'export'],
    ]);
  });
});

describe('a change whose clause opens with the measure it is of', () => {
  it('gives "; in value they fell N%" to the amount of money before it, not to the tonnage', () => {
    const text = 'Uruguay\'s rice exports totaled USD 512.4 million in January-September 2026, corresponding to 0.92 million tonnes; in value they fell 8.3%.';
    const rows = rowsOf(text, '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [512400000, 'USD', -8.3],
      [920000, 'tonnes', null],
    ]);
  });

  it('does not give it across a new subject in the clause before', () => {
    const text = 'Rice exports totaled USD 512.4 million in January-September 2026, while wheat exports reached 0.41 million tonnes; in value they fell 4.0%.';
    const rows = rowsOf(text, '2026-10-20');
    expect(rows.find((r) => r.value === 512400000)?.yoy_pct ?? null).toBe(null);
  });
});

describe('the same point of the season before', () => {
  it('dates a base "at the same point of last season" the same span a year earlier', () => {
    const text = 'Peru\'s avocado shipments for the 2026/27 season reached 48,300 tonnes by November 10, compared with 39,900 tonnes at the same point of last season.';
    const [now, then] = rowsOf(text, '2026-11-20');
    const yearBack = (ym: string) => `${Number(ym.slice(0, 4)) - 1}${ym.slice(4)}`;
    expect([now.value, then?.value, then?.period_start, then?.period_end]).toEqual([48300, 39900, yearBack(now.period_start), yearBack(now.period_end)]);
  });
});

describe('running totals since a launch told in other words', () => {
  it('reads "since its first train in <month year>" as a total running from that month', () => {
    const text = 'Sea-rail trains of the Lianyungang corridor made 1,210 trips in October. The service has run more than 21,000 trips since its first train in April 2015.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-10', '2026-10', 1210, null], ['2015-04', '2026-11', 21000, null]]);
  });

  it('reads "which opened its <facility> in <month year>, has seen N ... since then" as a total running from the opening', () => {
    const text = 'Erenhot, which opened its container yard in June 2014, has seen 31,500 trains pass since then.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2014-06', '2026-11', 31500]]);
  });

  it('still leaves the opening month alone when no word of a total follows', () => {
    const text = 'Erenhot, which opened its container yard in June 2014, handled 3,100 trains in October.';
    expect(rowsOf(text, '2026-11-20').map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-10', '2026-10', 3100]]);
  });
});
