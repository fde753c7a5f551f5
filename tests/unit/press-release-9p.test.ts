/**
 * Rules of issue 9, part p (precision on real releases), written here in our own words: what
 * economists expected is no figure, and a change against a named month is year-on-year only when
 * that month is a year before the figure's own.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));

describe('expectations of others', () => {
  it('drops the deficit economists had expected and keeps the one reported', () => {
    const rows = rowsOf(
      'Statistics Canada said the merchandise trade deficit widened to $3.1 billion in March. Market economists had expected a shortfall of $2.2 billion for the month, a survey showed.',
      '2026-05-06',
    );
    expect(brief(rows)).toEqual([{ value: -3100000000, unit: 'CAD', yoy: null, flow: 'balance', start: '2026-03', end: '2026-03' }]);
  });

  it('drops a figure analysts forecast', () => {
    const rows = rowsOf('Exports from the province reached 41.5 billion yuan in April. Analysts polled by a news agency had forecast exports of 39 billion yuan.', '2026-05-12');
    expect(rows.map((r) => r.value)).toEqual([41500000000]);
  });
});

describe('a change against a named month', () => {
  it('reads a change from the month before as no year-on-year growth, and one from a year before as yoy', () => {
    const rows = rowsOf(
      'Customs data showed that the country exported 5,210 tonnes of tungsten products in August 2026. That marks a 41-percent rise from August 2025 and an 18-percent rise from July 2026.',
      '2026-09-20',
    );
    // The year-on-year 41% points back to the level; the month-on-month 18% is no row.
    expect(brief(rows)).toEqual([{ value: 5210, unit: 'tonnes', yoy: 41, flow: 'export', start: '2026-08', end: '2026-08' }]);
  });

  it('keeps a level whose change is stated against the previous named month without yoy', () => {
    const rows = rowsOf('Exports of the region totalled 12.4 billion yuan in April 2026, up 6.1 percent from March 2026.', '2026-05-18');
    expect(brief(rows)).toEqual([{ value: 12400000000, unit: 'CNY', yoy: null, flow: 'export', start: '2026-04', end: '2026-04' }]);
  });
});

describe('a change trailing a level set aside', () => {
  it('drops the change of a unit price together with the price', () => {
    const rows = rowsOf(
      'In the first quarter, the country exported 42,000 vehicles, up 12.5% year on year; the average export price was 31,000 yuan per unit, down 4.2% year on year.',
      '2026-04-20',
    );
    expect(brief(rows)).toEqual([{ value: 42000, unit: 'vehicles', yoy: 12.5, flow: 'export', start: '2026-01', end: '2026-03' }]);
  });
});

describe('a dated heading over numbered items', () => {
  it('starts each item from the heading period, not from a month named in the item before', () => {
    const text = [
      'Customs said the country exported 96,000 vehicles in the first half of 2026, up 8% year on year.',
      'How exports went in the first half:',
      "(1) Growth every month. This June's exports were 19,000 vehicles, up 11% year on year.",
      '(2) General trade led. Under general trade, exports were 81,000 vehicles, up 9.5% year on year.',
    ].join('\n\n');
    const rows = rowsOf(text, '2026-07-15').map((r) => ({ value: r.value, start: r.period_start, end: r.period_end }));
    expect(rows).toEqual([
      { value: 96000, start: '2026-01', end: '2026-06' },
      { value: 19000, start: '2026-06', end: '2026-06' },
      { value: 81000, start: '2026-01', end: '2026-06' },
    ]);
  });
});

describe('a change from a level of a named month', () => {
  it('reads "from a record level in <month>" as no year-on-year growth', () => {
    const rows = rowsOf('The agency said imports came to $38.2 billion in April, down 3.4 per cent from a record level in March.', '2026-06-04');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 38200000000, yoy: null }]);
  });
});

describe('relative bases stay year-on-year', () => {
  it('keeps "from the same period last year" and "from last year" as yoy', () => {
    const a = rowsOf('In the first half of 2026, exports of the province rose 7.2% from the same period last year to 88.1 billion yuan.', '2026-07-14');
    expect(a.map((r) => r.yoy_pct)).toEqual([7.2]);
    const b = rowsOf('Imports of the city reached 5.6 billion yuan in May 2026, up 3.9 percent from last year.', '2026-06-10');
    expect(b.map((r) => r.yoy_pct)).toEqual([3.9]);
  });
});
