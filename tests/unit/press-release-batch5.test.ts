/**
 * Rules added after batch 5 of the press-release corpus: "respectively" lists of levels, month-on-month
 * comparisons by month name, listed partner shares, gapped count clauses, and place roles in
 * rankings and "neighboring X" subjects.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { findPlaces } from '../../functions/core/extract/press-release/geography.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-09-08'): ObservationDraft[] {
  // Crossing counts kept: tests here read the rules that recognise them (the extractor drops them by default).
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-1', source_url: 'https://example.org/r/1', published }, { crossings: true });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow, r.partner]);

describe('respectively lists', () => {
  it('pairs levels with growth rates and the listed flows in order', () => {
    const rows = rowsOf("China's exports and imports in August reached 321.8 billion U.S. dollars and 219.5 billion dollars, up 4.4 percent and 1.3 percent respectively.");
    expect(brief(rows)).toEqual([
      [321.8e9, 'USD', 4.4, 'export', 'World'],
      [219.5e9, 'USD', 1.3, 'import', 'World'],
    ]);
  });

  it('pairs "imports and exports" the other way round, and levels without growth', () => {
    const rows = rowsOf("In August, the province's imports and exports were 20 billion yuan and 30 billion yuan respectively.");
    expect(rows.map((r) => [r.value, r.flow, r.yoy_pct])).toEqual([
      [20e9, 'import', null],
      [30e9, 'export', null],
    ]);
  });

  it('splits a growth-only pair of flows', () => {
    const rows = rowsOf("In August, China's exports and imports rose 4.4 percent and 1.3 percent respectively.");
    expect(rows.map((r) => [r.yoy_pct, r.flow])).toEqual([
      [4.4, 'export'],
      [1.3, 'import'],
    ]);
  });

  it('leaves levels alone when the counts do not match', () => {
    const rows = rowsOf("In August, China's trade reached 500 billion dollars, with exports and imports up 4.4 percent and 1.3 percent respectively.");
    expect(rows.find((r) => r.value === 500e9)).toMatchObject({ flow: 'total' });
  });
});

describe('month-on-month by month name', () => {
  it('does not take "from July" for a year-on-year change', () => {
    const [row] = rowsOf("China's rare earth exports came to 5,791 tonnes in August, down 8.3 percent from July.");
    expect(row).toMatchObject({ value: 5791, yoy_pct: null });
  });

  it('keeps "compared to October of last year" and "from January to May" as year-on-year', () => {
    expect(rowsOf('In October alone, mutual trade reached $19.04 billion, up 2.1% compared to October of last year.', '2025-11-10')[0].yoy_pct).toBe(2.1);
    expect(rowsOf("China's imports reached 2 trillion yuan, up 3.1 percent from January to May.", '2025-06-10')[0].yoy_pct).toBe(3.1);
  });
});

describe('listed partner shares', () => {
  it('reads a bracketed percentage after a partner amount and "followed by X with N%" as shares', () => {
    const rows = rowsOf("In January-August, Kazakhstan's trade with China reached $22.7 billion, accounting for 24.1% of total turnover; with Russia – $17.2 billion (18.2%).", '2026-10-15');
    expect(brief(rows)).toEqual([
      [22.7e9, 'USD', null, 'total', 'China'],
      [24.1, 'percent-share', null, 'total', 'China'],
      [17.2e9, 'USD', null, 'total', 'Russia'],
      [18.2, 'percent-share', null, 'total', 'Russia'],
    ]);
    const next = rowsOf("In January-June, Uzbekistan's trade turnover was $34.6 billion. China was the main partner with a share of 21.4% ($7.4 billion), followed by Russia with 17.9%.", '2026-07-25');
    expect(next.filter((r) => r.measure === 'share').map((r) => [r.value, r.partner, r.flow, r.area])).toEqual([
      [21.4, 'China', 'total', 'Uzbekistan'],
      [17.9, 'Russia', 'total', 'Uzbekistan'],
    ]);
  });

  it('does not read a signed bracketed percentage as a share', () => {
    const rows = rowsOf('In January-August, exports accounted for $51.2 billion (+3.6%).', '2026-10-15');
    expect(brief(rows)).toEqual([[51.2e9, 'USD', 3.6, 'export', 'World']]);
  });
});

describe('counts and noise', () => {
  it('reads a gapped "and inbound trains 2,428" clause and person-trips', () => {
    const rows = rowsOf('In the first three quarters, outbound trains at Alashankou Port numbered 2,698 and inbound trains 2,428.', '2026-10-09');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [2698, 'trains', 'export'],
      [2428, 'trains', 'import'],
    ]);
    expect(rowsOf('Ruili Port recorded 5.42 million inbound and outbound person-trips in the first eight months.', '2026-09-24')[0]).toMatchObject({ value: 5.42e6, unit: 'trips', flow: 'other' });
  });

  it('does not take a population ("home to 41.9 million people") for a row', () => {
    expect(rowsOf('Fujian, home to 41.9 million people, faces the Taiwan Strait.')).toEqual([]);
  });
});

describe('place roles', () => {
  it('treats the whole a rank is taken in as scenery', () => {
    const places = findPlaces("Shandong's agricultural product exports, which have ranked first in China for 27 consecutive years, rose 6.8 percent.", 'China', 'China');
    expect(places.map((p) => [p.name, p.role])).toEqual([
      ['Shandong', 'area'],
      ['China', 'locator'],
    ]);
    expect(findPlaces("Trade topped 100 billion yuan for the first time in Xinjiang's history.", 'China', 'China')[0]).toMatchObject({ name: 'Xinjiang', role: 'area' });
  });

  it('keeps a "Neighboring X" sentence subject as the area, but not a neighbour named later', () => {
    expect(findPlaces('Neighboring Chongqing reported trade of 380.5 billion yuan.', 'Sichuan', 'China')[0]).toMatchObject({ name: 'Chongqing', role: 'area' });
    expect(findPlaces('The port borders neighboring Kazakhstan.', 'Xinjiang', 'China')[0]).toMatchObject({ name: 'Kazakhstan', role: 'locator' });
  });

  it('does not carry a trade balance into the next paragraph', () => {
    const rows = rowsOf('In January-June 2026, Uzbekistan recorded a negative balance of foreign trade of $2.8 billion.\n\nChina was the main partner ($7.4 billion).', '2026-07-25');
    expect(rows.map((r) => [r.value, r.flow, r.partner])).toEqual([
      [-2.8e9, 'balance', 'World'],
      [7.4e9, 'total', 'China'],
    ]);
  });
});
