/**
 * Rules added in the fixing round for blind batch b139 (the real set's mix, real releases). Texts are our own, written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-03-10'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a39', source_url: 'https://example.org/r/a39', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('runs made "to and from" a home town with no place before it', () => {
  it('gives the count to the hub, not to a partner', () => {
    const rows = rowsOf(
      'CHENGDU, March 10 (Xinhua) -- Some 2,140 freight train trips were made to and from Chengdu in the first two months, up 9.4 percent year on year.',
    );
    expect(row(rows, 2140)).toMatchObject({ area: 'Chengdu', partner: 'World', yoy_pct: 9.4 });
  });
  it('does the same for services run to and from a port town', () => {
    const rows = rowsOf('Container services to and from Qingdao carried 410,000 TEUs in February, up 5.5 percent from a year earlier.');
    expect(row(rows, 410000)).toMatchObject({ area: 'Qingdao', partner: 'World' });
  });
  it('keeps a place that already holds the figure, and the far end as scenery', () => {
    const rows = rowsOf('Chongqing ran 1,380 train trips to and from Qinzhou Port in the first two months, up 12 percent year on year.');
    expect(row(rows, 1380)).toMatchObject({ area: 'Chongqing' });
  });
});

describe('a share after a change and its year-on-year words ("up 31.5 percent from a year earlier and 39.7 percent of all ...")', () => {
  it('reads the second percentage as a share, not as the growth of a row with no level', () => {
    const rows = rowsOf('Hybrid car exports reached 61,000 units in February, a rise of 18.2 percent from a year earlier and 27.4 percent of all car exports.');
    expect(row(rows, 61000)).toMatchObject({ yoy_pct: 18.2 });
    expect(row(rows, 27.4)).toMatchObject({ unit: 'percent-share', measure: 'share', yoy_pct: null });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('does the same after a bare "year on year" and "and"', () => {
    const rows = rowsOf('Hybrid car exports reached 61,000 units in February, up 18.2 percent year on year and 27.4 percent of all car exports.');
    expect(row(rows, 27.4)).toMatchObject({ unit: 'percent-share', yoy_pct: null });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('does the same after "over the same period last year" and ", or"', () => {
    const rows = rowsOf('Steel exports came to 8.1 million tonnes in February, up 6.3 percent over the same period last year, or 12.5 percent of total exports by weight.');
    expect(row(rows, 12.5)).toMatchObject({ unit: 'percent-share', yoy_pct: null });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});

describe('prices named with where they were ("prices on the world market cut the value of ... by")', () => {
  it('keeps the change as the value\'s, with the level it fell to', () => {
    const rows = rowsOf(
      'Kazakhstan exported 9.2 million tonnes of wheat in the first two months, up 3.1 percent. Weaker prices on the world market cut the value of wheat exports by 14.6 percent to 1.9 billion dollars.',
    );
    expect(row(rows, 1.9e9)).toMatchObject({ yoy_pct: -14.6, flow: 'export' });
  });
  it('does the same for prices abroad that "have lifted" the value', () => {
    const rows = rowsOf('Higher prices abroad have lifted the value of copper exports by 22 percent to 3.4 billion dollars in the first two months.');
    expect(row(rows, 3.4e9)).toMatchObject({ yoy_pct: 22 });
  });
  it('still sets aside a change of the prices themselves', () => {
    const rows = rowsOf('Wheat prices on the world market fell 14.6 percent in February.');
    expect(rows.filter((r) => r.yoy_pct === -14.6)).toEqual([]);
  });
});
