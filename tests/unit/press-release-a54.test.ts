/**
 * Rules added in the tenth round of real releases under variation (issue 9): a release varied as real writers vary it
 * (a headline restating a newer month, a figureless line above the lead, a hedge before a verb of arriving). Texts are
 * our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-04-20'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a headline line on the newest month does not make a release on a longer span a report on that month', () => {
  const BODY = 'TOKYO, April 20 -- Japan\'s trade deficit in fiscal 2025 narrowed 41 percent to 3.12 trillion yen, the ministry said.\n\n'
    + 'Imports slid 6.2 percent to 96.45 trillion yen, led by lower fuel costs.\n\n'
    + 'In March, exports rose 4.4 percent to 8.71 trillion yen.';
  it('keeps a paragraph with no period of its own on the fiscal year after a headline on March', () => {
    const rows = rowsOf(`Japan's exports near 8.7 trillion yen in March 2026\n\n${BODY}`);
    expect(row(rows, 96.45e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03', yoy_pct: -6.2 });
  });
  it('reads the same with the headline on a growth alone', () => {
    const rows = rowsOf(`March exports up 4.4 percent as fiscal-year deficit narrows\n\n${BODY}`);
    expect(row(rows, 96.45e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('still dates the same paragraph by the fiscal year with no headline (guard)', () => {
    const rows = rowsOf(BODY);
    expect(row(rows, 96.45e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('still makes a year-to-date paragraph an aside of a release on one month led by a dated headline (guard)', () => {
    const rows = rowsOf('Ridgeland trade figures\nMarch 2026\n\nExports rose 3.1% to $4.2 billion in March 2026.\n\n'
      + 'In the year ended March 2026, exports were $49.5 billion.\n\nImports fell 2.2% to $4.6 billion.', '2026-04-28');
    expect(row(rows, 4.6e9)).toMatchObject({ period_start: '2026-03', period_end: '2026-03' });
  });
});

describe('a figureless line above the lead does not push the lead out of the headline block', () => {
  const LEAD = 'Exports dropped more than ten percent on-year in the first ten days of May due to fewer working days.\n'
    + 'According to preliminary customs data, the country\'s exports stood at 14.8 billion U.S. dollars in the period, down 12.7 percent from a year earlier.';
  it('keeps the lead\'s rounded growth a restatement of the body\'s exact one below a photo caption', () => {
    const rows = rowsOf(`Photo: Trucks wait at the northern border gate.\n${LEAD}`, '2026-05-12');
    expect(rows.filter((r) => r.flow === 'export').map((r) => r.yoy_pct)).toEqual([-12.7]);
  });
  it('reads the same below a line of scenery', () => {
    const rows = rowsOf(`Officials from the neighbouring ports met this week to discuss queues.\n${LEAD}`, '2026-05-12');
    expect(rows.filter((r) => r.flow === 'export').map((r) => r.yoy_pct)).toEqual([-12.7]);
  });
  it('still keeps a title that writes its figure in words as the headline (guard)', () => {
    const rows = rowsOf('Port freight tops one million tonnes in five months\nThe land port handled 1.04 million tonnes of freight in the first five months of 2026, up 8.2 percent, the customs said.', '2026-06-10');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => r.value)).toEqual([1.04e6]);
  });
});

describe('a hedge before a verb of arriving hedges the headline number after it', () => {
  const BODY = 'QINGDAO, Aug 14 -- The country\'s total barley imports in July rose 31 percent on year to a record 2.85 million tonnes, customs data showed.';
  it('reads "almost hits 3 million tonnes" as the body\'s 2.85 million restated', () => {
    const rows = rowsOf(`Barley imports almost hit 3 million tonnes in July\n\n${BODY}`, '2026-08-14');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => r.value)).toEqual([2.85e6]);
  });
  it('reads "nearly reached" the same way', () => {
    const rows = rowsOf(`Barley imports nearly reached 3 million tonnes in July\n\n${BODY}`, '2026-08-14');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => r.value)).toEqual([2.85e6]);
  });
  it('still keeps a plain "hits" figure the body does not restate (guard)', () => {
    const rows = rowsOf(`Barley imports hit 3 million tonnes in June\n\n${BODY}`, '2026-08-14');
    expect(rows.some((r) => r.value === 3e6)).toBe(true);
  });
});
