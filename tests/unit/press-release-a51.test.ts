/**
 * Rules added in the ninth round of real releases under variation (issue 9): a month-on-month aside set after an amount
 * that has a year-on-year change of its own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const LEAD = 'XIAMEN, May 12 -- The province\'s foreign trade rose 7.3 percent year on year to 40.6 billion yuan in the first four months. ';

describe('a change after a comma leads with its own words, not the basis words of the change before it', () => {
  it('keeps "up 5.6%" year-on-year after "a 6.0% increase from March,"', () => {
    const rows = rowsOf(`${LEAD}In April, furniture exports reached 318.2 million U.S. dollars, a 6.0% increase from March, up 5.6%.`);
    expect(row(rows, 318.2e6)).toMatchObject({ period_start: '2026-04', yoy_pct: 5.6 });
  });
  it('reads the same after "a 2.1 percent drop from March,"', () => {
    const rows = rowsOf(`${LEAD}In April, toy exports came to 96.4 million U.S. dollars, a 2.1 percent drop from March, up 11.2 percent.`);
    expect(row(rows, 96.4e6)?.yoy_pct).toBe(11.2);
  });
  it('still reads a change whose own lead names the month as month-on-month (guard)', () => {
    const rows = rowsOf(`${LEAD}In April, toy exports came to 96.4 million U.S. dollars, up 2.1 percent from March.`);
    expect(row(rows, 96.4e6)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a month-on-month aside on an amount with its own change does not set the sentence\'s basis', () => {
  it('keeps the change before the amount year-on-year beside "up N% from the previous month"', () => {
    const rows = rowsOf(`${LEAD}In April, furniture exports rose 3.7 percent to 1.02 billion yuan, up 3.8% from the previous month, helped by new orders.`);
    expect(row(rows, 1.02e9)).toMatchObject({ period_start: '2026-04', yoy_pct: 3.7 });
  });
  it('reads "N percent lower than the previous month" after the amount the same way', () => {
    const rows = rowsOf(`${LEAD}In April, tea exports went up 4.1% to 41.5 million U.S. dollars, 5.4 percent lower than the previous month.`);
    expect(row(rows, 41.5e6)?.yoy_pct).toBe(4.1);
  });
  it('keeps the change right after a bracketed month-on-month aside the amount\'s', () => {
    const rows = rowsOf(`${LEAD}In April, ceramics imports were 212.6 million U.S. dollars (up 7.4% month-on-month), up 7.6%, the customs said.`);
    expect(row(rows, 212.6e6)?.yoy_pct).toBe(7.6);
  });
  it('still lets a month-on-month change with no other change set the basis of the next flow (guard)', () => {
    const rows = rowsOf(`${LEAD}In April, exports were 2.24 billion yuan, up 3.8% month-on-month, while imports fell 4%.`);
    expect(rows.some((r) => r.yoy_pct === -4)).toBe(false);
  });
});

describe('a year-on-year change keeps the amount it leads into from a month-on-month aside trailing it', () => {
  it('gives "rose N percent to X, up M percent on a monthly basis" the year-on-year N', () => {
    const rows = rowsOf(`${LEAD}Exports rose 12.5 percent to 22.8 billion yuan, up 6.1 percent on a monthly basis, and imports increased 3.6 percent to 17.8 billion yuan.`);
    expect(row(rows, 22.8e9)).toMatchObject({ yoy_pct: 12.5, flow: 'export' });
    expect(rows.filter((r) => r.flow === 'export' && r.value === null)).toEqual([]);
  });
  it('still lets a year-on-year change trailing the amount win over one leading into it (guard)', () => {
    const rows = rowsOf(`${LEAD}Monthly arrivals were 27 percent higher than a year earlier and lifted four-month imports to 12.61 million tonnes, up by 9 percent.`);
    expect(row(rows, 12.61e6)?.yoy_pct).toBe(9);
  });
});

describe('a change after a month-on-month aside leads with its own words', () => {
  it('keeps "X, N percent lower than the previous month, up M percent" the year-on-year M', () => {
    const rows = rowsOf(`${LEAD}In the first four months, the province's trade with the EU reached 1.93 billion yuan, 6.2 percent lower than the previous month, up 16.6 percent.`);
    expect(row(rows, 1.93e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04', yoy_pct: 16.6 });
  });
  it('keeps "up N% from the previous month, up M percent" the amount\'s year-on-year M', () => {
    const rows = rowsOf(`${LEAD}In April, tea exports hit 41.5 million U.S. dollars, up 3.2% from the previous month, up 8.4 percent.`);
    expect(row(rows, 41.5e6)?.yoy_pct).toBe(8.4);
  });
});

describe('a line ending in a preposition, an article or a conjunction runs on into the next line', () => {
  it('keeps "tonnes of soybeans in" + newline + "April, down N%" one sentence', () => {
    const rows = rowsOf('QINGDAO, May 12 (Wire) - The port took in 2.46 million tonnes of iron ore in\nApril, down 4.2% from a year earlier, the customs office said on Tuesday.\n\nArrivals for the first four months came to 9.81 million tonnes.');
    expect(row(rows, 2.46e6)).toMatchObject({ period_start: '2026-04', period_end: '2026-04', yoy_pct: -4.2 });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('reads a line ending in "the" before a capitalised name the same way (the name stays the partner)', () => {
    const rows = rowsOf('QINGDAO, May 12 (Wire) - Tyre exports rose 6.4% in the first four months to the\nUnited States, reaching 118 million U.S. dollars.');
    expect(row(rows, 118e6)).toMatchObject({ partner: 'United States', yoy_pct: 6.4 });
    expect(row(rows, 118e6)?.area).not.toBe('United States');
  });
  it('still ends a short headline line that closes on a noun (guard)', () => {
    const rows = rowsOf('Port exports climb\nQINGDAO, May 12 (Wire) - Exports rose 6.4% to 118 million U.S. dollars in April.');
    expect(row(rows, 118e6)).toMatchObject({ period_start: '2026-04', yoy_pct: 6.4 });
  });
});

describe('a month-on-month aside on the first flow\'s amount gives the second flow no month-on-month basis', () => {
  it('keeps the imports\' change year-on-year after "to X, a N% increase from March, and imports climbed"', () => {
    const rows = rowsOf(`${LEAD}In April, exports rose 19 % from a year earlier to 8.75 billion yuan, a 4.6% increase from March, and imports climbed 47.2 % to 10.19 billion yuan.`);
    expect(row(rows, 10.19e9)).toMatchObject({ flow: 'import', yoy_pct: 47.2 });
  });
  it('reads a bracketed aside the same way ("(up 9.2% month-on-month), while ...")', () => {
    const rows = rowsOf(`${LEAD}In April, steel exports decreased 5.5% to 2.24 billion yuan (up 9.2% month-on-month), while glass exports tumbled 40% to 2.1 billion yuan.`);
    expect(row(rows, 2.24e9)?.yoy_pct).toBe(-5.5);
    expect(row(rows, 2.1e9)?.yoy_pct).toBe(-40);
  });
  it('still shares the basis of a first flow whose only change is month-on-month (guard)', () => {
    const rows = rowsOf(`${LEAD}In April, exports rose 2.4% month-on-month to 2.24 billion yuan, while imports dropped 3.1% to 1.9 billion yuan.`);
    expect(row(rows, 1.9e9)?.yoy_pct ?? null).toBeNull();
  });
});
