/**
 * Rules added in the fixing round for the leftovers of b195, b196, b197, b199, b200 and b201 (thirty-third session).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-10-28'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a93', source_url: 'https://example.org/r/a93', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

const LEAD = 'Pretoria, 28 October 2026 - SARS released trade statistics for September 2026, which recorded a surplus of R9.4 billion. This was attributable to exports of R120.4 billion and imports of R111.0 billion. ';
const growths = (rows: ObservationDraft[]) => [row(rows, 120.4e9)?.yoy_pct, row(rows, 111e9)?.yoy_pct];

describe('a change against a named month less than a year before the figure is not year-on-year', () => {
  it('drops a trailing "from <month> <year>" base shared by two changes in amounts and brackets', () => {
    expect(growths(rowsOf(`${LEAD}Exports grew by R3.1 billion (2.6%) and imports fell by R0.8 billion (0.7%) from August 2026.`))).toEqual([null, null]);
  });
  it('drops a base given as an opening phrase', () => {
    expect(growths(rowsOf(`${LEAD}Compared with June 2026, exports were 4.1 per cent higher and imports 1.2 per cent lower.`))).toEqual([null, null]);
  });
  it('reads wire abbreviations and "than in"', () => {
    expect(growths(rowsOf(`${LEAD}Exports were 3.2pc higher and imports 0.4pc lower than in Aug. 2026.`))).toEqual([null, null]);
  });
  it('reads a base in a trailing aside ("both measured against")', () => {
    expect(growths(rowsOf(`${LEAD}Exports rose by 2.6% and imports by 0.7%, both measured against August 2026.`))).toEqual([null, null]);
  });
  it('reads a base some months back, after "relative to the level of"', () => {
    expect(growths(rowsOf(`${LEAD}Exports increased 2.6 percent, while imports declined 0.7 percent, relative to the level of May 2026.`))).toEqual([null, null]);
  });
  it('reads "versus <month> of <year>" and a rate written with a trailing zero', () => {
    const rows = rowsOf('Exports for March 2026 were valued at 8.4 billion euros and increased by 5.0% relative to the level of December 2025.', '2026-04-30');
    expect(row(rows, 8.4e9)).toMatchObject({ period_start: '2026-03', yoy_pct: null });
    const two = rowsOf('Exports were $3.3 billion and imports $2.9 billion in August 2026. Exports rose 6.1% and imports eased 0.8% versus July of 2026.', '2026-09-20');
    expect([row(two, 3.3e9)?.yoy_pct, row(two, 2.9e9)?.yoy_pct]).toEqual([null, null]);
  });
  it('keeps a base twelve months back year-on-year (guard)', () => {
    expect(growths(rowsOf(`${LEAD}Exports grew by R3.1 billion (2.6%) from September 2025.`))[0]).toBe(2.6);
  });
  it('keeps a rate named year-on-year before a later month base (guard)', () => {
    expect(growths(rowsOf(`${LEAD}Exports grew 2.6% year on year but slipped 1.1% from August 2026.`))[0]).toBe(2.6);
  });
});

describe('a change right after a level, undated, is the change that brought the level there', () => {
  const P = '2025-11-07';
  it('reads "worth <level> after an N percent increase" as a comma aside', () => {
    const rows = rowsOf('BEIJING, Nov. 7 -- In the first ten months, machinery goods, worth 9.62 trillion yuan after a 6.4 percent increase, made up 58.3 percent of exports.', P);
    expect(row(rows, 9.62e12)).toMatchObject({ yoy_pct: 6.4 });
  });
  it('reads it as a trailing phrase after "reached"', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In the first ten months, exports of machinery reached 9.62 trillion yuan after an 6.4 percent increase.', P), 9.62e12)).toMatchObject({ yoy_pct: 6.4 });
  });
  it('reads "at <level> after an N% gain" in an aside', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In the first ten months, exports of steel products, at 715 billion yuan after a 3.3% gain, led the list.', P), 715e9)).toMatchObject({ yoy_pct: 3.3 });
  });
  it('reads "following a N pct rise" in the wire register', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In the first ten months, imports of crude climbed to 1.92 trillion yuan following a 2.7 pct rise.', P), 1.92e12)).toMatchObject({ yoy_pct: 2.7 });
  });
  it('reads a fall and a quantity', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In the first ten months, soybean imports totalled 84.1 million tonnes after a 1.9% decline.', P), 84.1e6)).toMatchObject({ yoy_pct: -1.9 });
  });
  it('keeps the rate an earlier one when the level has its own rate before it (guard)', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In October, exports rose 3 percent to 2.1 trillion yuan after a 2 percent fall.', P), 2.1e12)).toMatchObject({ yoy_pct: 3 });
  });
  it('keeps a dated change after the level an earlier one (guard)', () => {
    expect(row(rowsOf('BEIJING, Nov. 7 -- In October, exports came to 2.1 trillion yuan after a 2 percent fall in September.', P), 2.1e12)).toMatchObject({ yoy_pct: null });
  });
});

describe('a sentence opened by its year-ago basis keeps every change in it year-on-year in a monthly release', () => {
  const LEAD_AU = 'CANBERRA, Nov. 6 -- The value of goods exports rose 2.4 per cent in September to A$39.8 billion, the Australian Bureau of Statistics said on Thursday, while goods imports slipped 1.1 per cent to A$35.2 billion. The surplus narrowed to A$4.6 billion. ';
  const END = ' The office publishes seasonally adjusted figures.';
  const both = (opening: string) => {
    const rows = rowsOf(`${LEAD_AU}${opening}${END}`, '2025-11-06');
    return [row(rows, 39.8e9)?.yoy_pct, row(rows, 35.2e9)?.yoy_pct];
  };
  it('reads "From a year earlier," for both flows', () => {
    expect(both('From a year earlier, exports were 4.4 per cent lower and imports 2.6 per cent higher.')).toEqual([-4.4, 2.6]);
  });
  it('reads "Relative to twelve months before,"', () => {
    expect(both('Relative to twelve months before, exports fell 4.4% and imports rose 2.6%.')).toEqual([-4.4, 2.6]);
  });
  it('reads "In annual terms,"', () => {
    expect(both('In annual terms, exports were down 4.4 percent and imports up 2.6 percent.')).toEqual([-4.4, 2.6]);
  });
  it('reads "Versus the same month last year," with a comma list', () => {
    expect(both('Versus the same month last year, exports dropped 4.4 per cent, imports gained 2.6 per cent.')).toEqual([-4.4, 2.6]);
  });
  it('reads "Over the previous year,"', () => {
    expect(both('Over the previous year, exports shrank 4.4 per cent while imports grew 2.6 per cent.')).toEqual([-4.4, 2.6]);
  });
  it('does not read "From the previous month," as a year-ago opening (guard)', () => {
    expect(both('From the previous month, exports were 4.4 per cent lower and imports 2.6 per cent higher.')).toEqual([null, null]);
  });
  it('does not read "From a month earlier," as one (guard)', () => {
    expect(both('From a month earlier, exports fell 4.4% and imports rose 2.6%.')).toEqual([null, null]);
  });
});
