/**
 * Rules added in the twelfth round of real releases under variation (issue 9): what re-published and translated text adds
 * around a release's figures (an opening sentence with no figure before the lead, ...). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a62', source_url: 'https://example.org/r/a62', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a figureless sentence opening the lead\'s paragraph leaves the lead a lead', () => {
  const lead = 'Exports dropped more than ten percent year on year in April.\nAccording to preliminary figures from the statistics office on Monday, the country\'s exports stood at 8.4 billion U.S. dollars in April, down 13.2 percent from a year earlier.';
  it('drops the lead\'s rounded growth that the body states exactly, after an opening sentence with no figure', () => {
    const rows = rowsOf(`Trade data released on Monday pointed to a weaker month for the country's shippers. ${lead}`);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
    expect(row(rows, 8.4e9)).toMatchObject({ yoy_pct: -13.2, flow: 'export' });
  });
  it('reads the release as before with no opening sentence (guard)', () => {
    const rows = rowsOf(lead);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('keeps a growth of the lead that the body does not restate (guard)', () => {
    const rows = rowsOf('Trade data released on Monday pointed to a mixed month for the country\'s shippers. Imports rose 4.1 percent year on year in April.\nExports stood at 8.4 billion U.S. dollars in April, down 13.2 percent from a year earlier.');
    expect(rows.find((r) => r.value === null)).toMatchObject({ yoy_pct: 4.1, flow: 'import' });
  });
});

describe('words a speaker "said" that point back at the figure before', () => {
  const level = 'ERENHOT, May 12 -- The land port handled 2.36 million tonnes of import and export cargo in the first quarter of 2026, the railway bureau said.\n\n';
  it('gives "X, head of ..., said the figure represents N percent growth" to the level before', () => {
    const rows = rowsOf(`${level}Zhang Wei, head of the port's customs office, said the figure represents a rise of 12.4 percent year on year.`);
    expect(row(rows, 2.36e6)).toMatchObject({ yoy_pct: 12.4 });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('reads "X said that this was up N percent" the same way', () => {
    const rows = rowsOf(`${level}Zhang said that this was up 12.4 percent from a year earlier.`);
    expect(row(rows, 2.36e6)).toMatchObject({ yoy_pct: 12.4 });
  });
  it('keeps a growth with a subject of its own after "said" a row of its own (guard)', () => {
    const rows = rowsOf(`${level}Zhang said imports rose 8.1 percent year on year in the quarter.`);
    expect(row(rows, 2.36e6)?.yoy_pct).toBeNull();
    expect(rows.find((r) => r.value === null)).toMatchObject({ yoy_pct: 8.1, flow: 'import' });
  });
});

describe('a conversion in brackets right after a comparison base is that base in another money', () => {
  it('dates a dollar conversion of a year-before balance to that year, with the balance\'s sign', () => {
    const rows = rowsOf('TOKYO, April 17 -- Japan logged a trade surplus of ¥512 billion in March, against a deficit of ¥210.6 billion (about US$1.56 billion) a year earlier, the finance ministry said.', '2026-04-17');
    expect(row(rows, -1.56e9)).toMatchObject({ unit: 'USD', period_start: '2025-03', period_end: '2025-03', yoy_pct: null, flow: 'balance' });
    expect(rows.some((r) => r.unit === 'USD' && r.period_start === '2026-03')).toBe(false);
  });
  it('dates a conversion of a base dated by its month and year to that month', () => {
    const rows = rowsOf('FUZHOU, May 12 -- The province\'s exports reached 86.2 billion yuan in April, up from 71.5 billion yuan (roughly 10.1 billion U.S. dollars) in April 2025.');
    expect(row(rows, 10.1e9)).toMatchObject({ unit: 'USD', period_start: '2025-04', yoy_pct: null });
  });
  it('keeps a conversion of the current level in the current period (guard)', () => {
    const rows = rowsOf('FUZHOU, May 12 -- The province\'s exports reached 86.2 billion yuan (about 12.1 billion U.S. dollars) in April, up from 71.5 billion yuan in April 2025.');
    expect(row(rows, 12.1e9)).toMatchObject({ unit: 'USD', period_start: '2026-04' });
  });
});

describe('a count of vehicles takes the year-on-year growth left after a change on the month before', () => {
  it('gives "up N percent from March and M percent year on year" to the units before', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s bus exports were 4,120 units, up 2.4 percent from March and 11.8 percent year on year, according to the industry association.');
    expect(row(rows, 4120)).toMatchObject({ yoy_pct: 11.8, period_start: '2026-04' });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('does so past two changes on the month before', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s bus exports were 4,120 units (up 2.4 percent month-on-month), up 5 percent on the previous month\'s plan, and up 11.8 percent year on year.');
    expect(row(rows, 4120)?.yoy_pct).toBe(11.8);
  });
  it('gives the units no growth when the sentence states only the change on the month before (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s bus exports were 4,120 units, up 2.4 percent from March, according to the industry association.');
    expect(row(rows, 4120)?.yoy_pct).toBeNull();
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});

describe('a clause on other goods after a change on the month before keeps its own year-on-year growth', () => {
  it('leaves "while truck exports rose N percent year on year" to the trucks', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s bus exports were 4,120 units, up 2.4 percent from March, while truck exports rose 11.8 percent year on year.');
    expect(row(rows, 4120)?.yoy_pct).toBeNull();
    expect(rows.find((r) => r.value === null)).toMatchObject({ yoy_pct: 11.8, commodity: 'trucks' });
  });
  it('reads "but copper exports" the same way after a tonnage', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s steel exports were 1.2 million tonnes, down 3.5 percent from March, but copper exports rose 6.4 percent year on year.');
    expect(row(rows, 1.2e6)?.yoy_pct).toBeNull();
  });
  it('still gives the level the year-on-year change beside its monthly one (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April, the country\'s steel exports were 1.2 million tonnes, down 3.5 percent from March, and up 6.4 percent year on year.');
    expect(row(rows, 1.2e6)?.yoy_pct).toBe(6.4);
  });
});
