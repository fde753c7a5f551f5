/**
 * Rules added in the fourteenth round of real releases under variation (issue 9): wire abbreviations ("tn" for tonnes,
 * "mths" for months), a copy re-published weeks after its wire dateline, and a change set off by dashes. Texts are our
 * own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a72', source_url: 'https://example.org/r/a72', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"tn" after a number of thousands, with no currency, is tonnes', () => {
  it('reads "4,618 tn of graphite" as tonnes', () => {
    const rows = rowsOf('BEIJING, May 12 -- China shipped 4,618 tn of graphite abroad in April, up 7.3 percent from a year earlier.');
    expect(row(rows, 4618)).toMatchObject({ unit: 'tonnes', yoy_pct: 7.3, flow: 'export' });
  });
  it('reads "812,500 tn" with a decimal-free thousands figure as tonnes', () => {
    const rows = rowsOf('HARBIN, May 12 -- Grain imports through the border crossing totalled 812,500 tn in the first four months of 2026.');
    expect(row(rows, 812500)).toMatchObject({ unit: 'tonnes' });
  });
  it('reads "6.21 mln tn" (a multiplier, then tn) as tonnes', () => {
    const rows = rowsOf('MANZHOULI, May 12 -- The port handled 6.21 mln tn of freight in the first four months of 2026, up 4.4 percent.');
    expect(row(rows, 6.21e6)).toMatchObject({ unit: 'tonnes', yoy_pct: 4.4 });
  });
  it('keeps "3.9 tn yuan" and "KRW 1,320 tn" trillions (guard)', () => {
    const a = rowsOf('BEIJING, May 12 -- Exports reached 3.9 tn yuan in the first four months of 2026.');
    expect(row(a, 3.9e12)).toMatchObject({ unit: 'CNY' });
    const b = rowsOf('SEOUL, May 12 -- South Korea\'s exports came to KRW 1,320 tn in 2025.');
    expect(row(b, 1.32e15)).toMatchObject({ unit: 'KRW' });
  });
});

describe('"mths" and "mos" are months in "the first N mths"', () => {
  it('dates "in the first 11 mths of 2025" January to November', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports to the bloc reached 41.6 billion dollars in the first 11 mths of 2025.');
    expect(row(rows, 41.6e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-11' });
  });
  it('dates "first four mths" of this year from the publication date', () => {
    const rows = rowsOf('BEIJING, May 12 -- In the first four mths, imports of copper ore rose 3.2 percent to 9.1 million tonnes.');
    expect(row(rows, 9.1e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('dates "the first 10 mos. of 2025" January to October', () => {
    const rows = rowsOf('BEIJING, May 12 -- Trade with the region totalled 88.4 billion dollars in the first 10 mos. of 2025.');
    expect(row(rows, 88.4e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-10' });
  });
  it('does not read "talks over 11 mths" as a span (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- After talks over 11 mths, exports in April 2026 came to 3.1 billion dollars.');
    expect(row(rows, 3.1e9)).toMatchObject({ period_start: '2026-04', period_end: '2026-04' });
  });
});

describe('a copy re-published a week to a month after its wire dateline is dated by the dateline', () => {
  it('ends "since the line opened" at the dateline\'s month, not the page\'s', () => {
    const rows = rowsOf('KUNMING, April 6 (Xinhua) -- The cross-border line has carried 2.35 million tonnes of goods since it opened in June 2025.', '2026-05-02');
    expect(row(rows, 2.35e6)).toMatchObject({ period_end: '2026-04' });
  });
  it('reads "so far this year" to the dateline\'s month, and keeps the caller\'s date on the rows', () => {
    const rows = rowsOf('URUMQI, March 28 (Xinhua) -- So far this year, the port has handled 1,840 freight trains, up 9.6 percent.', '2026-04-20');
    expect(row(rows, 1840)).toMatchObject({ period_start: '2026-01', period_end: '2026-03', published: '2026-04-20' });
  });
  it('reads a day-first dateline the same way', () => {
    const rows = rowsOf('Nanning, 7 April (Xinhua) - So far this year, the border station has handled 1,120 freight trains.', '2026-05-01');
    expect(row(rows, 1120)).toMatchObject({ period_end: '2026-04' });
  });
  it('keeps the caller\'s date when the dateline is the same day or months away (guard)', () => {
    const same = rowsOf('URUMQI, May 12 (Xinhua) -- So far this year, the port has handled 2,410 freight trains.', '2026-05-12');
    expect(row(same, 2410)).toMatchObject({ period_end: '2026-05' });
    const far = rowsOf('URUMQI, Jan. 20 (Xinhua) -- So far this year, the port has handled 2,410 freight trains.', '2026-05-12');
    expect(row(far, 2410)).toMatchObject({ period_end: '2026-05' });
  });
});

describe('a change set off by dashes trails the level before it', () => {
  it('pairs "— up N percent —" with the level before, not the next subject\'s', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first four months, the outbound freight of the road crossings was 640,000 tonnes — up 38.2 percent — and the volume of goods unloaded at the rail yards came to 410,000 tonnes.');
    expect(row(rows, 640000)).toMatchObject({ yoy_pct: 38.2 });
    expect(row(rows, 410000)?.yoy_pct).toBeNull();
  });
  it('reads "--" and a spaced hyphen the same way', () => {
    const a = rowsOf('URUMQI, May 12 -- In the first four months, the outbound freight of the road crossings was 640,000 tonnes -- down 4.1 percent -- and the volume of goods unloaded at the rail yards came to 410,000 tonnes.');
    expect(row(a, 640000)).toMatchObject({ yoy_pct: -4.1 });
    const b = rowsOf('URUMQI, May 12 -- In the first four months, the outbound freight of the road crossings was 640,000 tonnes - an increase of 12 percent - and the volume of goods unloaded at the rail yards came to 410,000 tonnes.');
    expect(row(b, 640000)).toMatchObject({ yoy_pct: 12 });
  });
  it('reads an unspaced em dash the same way', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first four months, the outbound freight of the road crossings was 640,000 tonnes—up 38.2 percent—and the volume of goods unloaded at the rail yards came to 410,000 tonnes.');
    expect(row(rows, 640000)).toMatchObject({ yoy_pct: 38.2 });
  });
  it('leaves a dash before a new clause without a change alone (guard)', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first four months, the road crossings handled 640,000 tonnes — the most since 2019 — while imports rose 5.5 percent to 2.2 billion yuan.');
    expect(row(rows, 640000)?.yoy_pct ?? null).toBeNull();
    expect(row(rows, 2.2e9)).toMatchObject({ yoy_pct: 5.5 });
  });
});

describe('a spelled decimal with a glued wire scale ("two-point-44bln") is one number', () => {
  it('reads "a trade deficit of two-point-44bln dollars" as 2.44 billion', () => {
    const rows = rowsOf('SEOUL, May 12 -- In the first ten days of May, the country posted a trade deficit of three-point-18bln dollars.');
    expect(row(rows, -3.18e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('reads "seven-point-9pct" and "15-point-6bln" in one sentence', () => {
    const rows = rowsOf('SEOUL, May 12 -- Exports in the first ten days of May rose seven-point-9pct on-year to 15-point-6bln dollars.');
    expect(row(rows, 15.6e9)).toMatchObject({ yoy_pct: 7.9, flow: 'export' });
  });
  it('reads "18-point-7mln tonnes" as 18.7 million tonnes', () => {
    const rows = rowsOf('SEOUL, May 12 -- Crude imports in the first ten days of May reached 18-point-7mln tonnes.');
    expect(row(rows, 18.7e6)).toMatchObject({ unit: 'tonnes' });
  });
  it('does not read glued letters that are no scale ("two-point-44b") as a decimal (guard)', () => {
    const rows = rowsOf('SEOUL, May 12 -- Under clause two-point-44b of the rules, exports in the first ten days of May reached 15.6 billion dollars.');
    expect(rows.some((r) => r.value !== null && Math.abs(r.value - 2.44) < 1e-9)).toBe(false);
  });
});
