/**
 * Rules added in the fifteenth round of real releases under variation (issue 9): the level verbs of agencies and
 * translators after "and" ("grew 20 percent and posted ..."), a change before "at" and a bare count ("was up 3 percent
 * at 8,990"), and a network's reach as a stock ("had covered 216 cities"). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-07-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a74', source_url: 'https://example.org/r/a74', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"and posted", "and registered", "and logged" lead a change into its level', () => {
  it('pairs "has grown by 14 percent and posted $9.2 billion"', () => {
    const rows = rowsOf('ASTANA, July 20 -- In the first half of 2026, trade between the two neighbours has grown by 14 percent and posted 9.2 billion U.S. dollars.');
    expect(row(rows, 9.2e9)).toMatchObject({ yoy_pct: 14, unit: 'USD' });
    expect(rows.filter((r) => r.value === null)).toHaveLength(0);
  });
  it('pairs "rose 6.5 percent and registered 41.3 billion yuan"', () => {
    const rows = rowsOf('NANNING, July 20 -- The region\'s exports rose 6.5 percent year on year and registered 41.3 billion yuan in the first half of 2026.');
    expect(row(rows, 41.3e9)).toMatchObject({ yoy_pct: 6.5, flow: 'export' });
    expect(rows.filter((r) => r.value === null)).toHaveLength(0);
  });
  it('pairs "fell 3.8 percent and logged 2.04 billion dollars"', () => {
    const rows = rowsOf('SEOUL, July 20 -- Imports from the region fell 3.8 percent and logged 2.04 billion U.S. dollars in June 2026.');
    expect(row(rows, 2.04e9)).toMatchObject({ yoy_pct: -3.8, flow: 'import' });
    expect(rows.filter((r) => r.value === null)).toHaveLength(0);
  });
  it('leaves "grew 9 percent and posted a surplus of" to the balance (guard)', () => {
    const rows = rowsOf('SEOUL, July 20 -- Exports grew 9 percent in June 2026 and the country posted a surplus of 3.1 billion U.S. dollars.');
    expect(row(rows, 3.1e9)).toMatchObject({ flow: 'balance', yoy_pct: null });
  });
});

describe('"was up N percent at" a bare count reads the count from the subject', () => {
  it('reads "the number of freight train trips was up 4 percent year on year at 7,310"', () => {
    const rows = rowsOf('BEIJING, July 20 (Xinhua) -- In the first half of 2026, the number of freight train trips between China and Europe was up 4 percent year on year at 7,310.');
    expect(row(rows, 7310)).toMatchObject({ unit: 'trains', yoy_pct: 4 });
  });
  it('reads "trips were down 2.5 percent at 1,146"', () => {
    const rows = rowsOf('BEIJING, July 20 (Xinhua) -- In June 2026, freight train trips through the border port were down 2.5 percent at 1,146.');
    expect(row(rows, 1146)).toMatchObject({ unit: 'trains', yoy_pct: -2.5 });
  });
  it('reads "the number of trains was up by 11 percent from a year earlier at 920"', () => {
    const rows = rowsOf('BEIJING, July 20 (Xinhua) -- In the first half of 2026, the number of China-Laos freight trains was up by 11 percent from a year earlier at 920.');
    expect(row(rows, 920)).toMatchObject({ unit: 'trains', yoy_pct: 11 });
  });
  it('does not read a count after "at" without a change before it (guard)', () => {
    const rows = rowsOf('BEIJING, July 20 (Xinhua) -- Freight trains left at 6 a.m. each day in June 2026, and the trips numbered 1,146.');
    expect(row(rows, 6)).toBeUndefined();
  });
});

describe('a network that "had hit" or "had covered" so many cities is a stock', () => {
  const text = (verb: string) => `BEIJING, July 20 (Xinhua) -- China-Europe freight trains made 9,120 trips in the first half of 2026.\n\nAs of the end of June, the services had ${verb} 229 cities in 26 European countries, with more than 7.4 million TEU of goods carried through 81,000 train trips.`;
  for (const verb of ['hit', 'covered', 'extended to']) {
    it(`leaves the since-opening totals without a start after "had ${verb}"`, () => {
      const rows = rowsOf(text(verb));
      expect(row(rows, 7.4e6)).toMatchObject({ period_start: '', period_end: '2026-06' });
      expect(row(rows, 81000)).toMatchObject({ period_start: '', period_end: '2026-06' });
    });
  }
  it('keeps a year-to-date flow "as of" June a flow (guard)', () => {
    const rows = rowsOf('BEIJING, July 20 (Xinhua) -- As of the end of June, the trains had carried 1.1 million TEU of goods this year, up 6 percent year on year.');
    expect(row(rows, 1.1e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
});

describe('a hedged figure rounds only a figure within one unit of its last digit', () => {
  it('keeps a lead "to about 47.36 billion yuan" beside a body part of 43.02 billion', () => {
    const rows = rowsOf('The foreign trade of the region rose 21.4 percent year on year to about 47.36 billion yuan in the first half of 2026.\n\nDuring the period, its trade with Belt and Road countries totaled 43.02 billion yuan, up 19.8 percent.');
    expect(row(rows, 47.36e9)).toMatchObject({ yoy_pct: 21.4, partner: 'World' });
    expect(row(rows, 43.02e9)).toMatchObject({ yoy_pct: 19.8 });
  });
  it('keeps a lead "to nearly 8.75 billion dollars" beside a body part of 8.12 billion', () => {
    const rows = rowsOf('The province\'s exports grew 9.6 percent year on year to nearly 8.75 billion U.S. dollars in the first half of 2026.\n\nIn the same period, its exports to ASEAN countries came to 8.12 billion dollars, up 11.2 percent.');
    expect(row(rows, 8.75e9)).toMatchObject({ yoy_pct: 9.6 });
    expect(row(rows, 8.12e9)).toMatchObject({ yoy_pct: 11.2 });
  });
  it('keeps a lead "to some 3.184 million tonnes" beside a body part of 2.95 million', () => {
    const rows = rowsOf('Grain imports through the port rose 6.1 percent year on year to some 3.184 million tonnes in the first half of 2026.\n\nDuring the period, its imports of grain from Russia totaled 2.95 million tonnes, up 4.8 percent.');
    expect(row(rows, 3.184e6)).toMatchObject({ yoy_pct: 6.1 });
    expect(row(rows, 2.95e6)).toMatchObject({ yoy_pct: 4.8 });
  });
  it('still drops a hedged copy "about 242 billion" of the exact 241.7 billion (guard)', () => {
    const rows = rowsOf('HONG KONG, July 20 -- The value of goods exports totalled $241.7 billion in June 2026. Exports thus rose 7.2 percent to about $242 billion, the department said.');
    expect(rows.filter((r) => r.value !== null && r.flow === 'export')).toHaveLength(1);
    expect(row(rows, 241.7e9)).toMatchObject({ yoy_pct: 7.2 });
  });
});

describe('a change leading into a hedged daily rate is the rate\'s, not the month\'s tonnage', () => {
  const tonnes = (lead: string) => rowsOf(`${lead}\n\nThe customs bureau publishes data in metric tons.\n\nThe country's crude imports in June 2026 totaled 46.82 million mt, the data showed.`);
  it('leaves "rose 6.2% year on year to hit about 11.07 million b/d" off the tonnage', () => {
    expect(row(tonnes('BEIJING, July 20 -- China\'s crude oil imports rose 6.2% year on year to hit about 11.07 million b/d in June 2026, customs data showed.'), 46.82e6)).toMatchObject({ yoy_pct: null });
  });
  it('leaves "rose 2.9% year on year to reach around 10.7 million bpd" off the tonnage', () => {
    expect(row(tonnes('BEIJING, July 20 -- China\'s crude oil imports rose 2.9% year on year to reach around 10.7 million bpd in June 2026.'), 46.82e6)).toMatchObject({ yoy_pct: null });
  });
  it('leaves "fell 3.1% year on year, reaching roughly 10.4 million bpd" off the tonnage', () => {
    expect(row(tonnes('BEIJING, July 20 -- China\'s crude oil imports fell 3.1% year on year, reaching roughly 10.4 million bpd in June 2026.'), 46.82e6)).toMatchObject({ yoy_pct: null });
  });
  it('keeps a change that leads into the tonnage itself (guard)', () => {
    const rows = rowsOf('BEIJING, July 20 -- China\'s crude oil imports rose 6.2% year on year to about 46.8 million tonnes in June 2026, or 11.07 million b/d.');
    expect(row(rows, 46.8e6)).toMatchObject({ yoy_pct: 6.2 });
  });
});
