/**
 * Rules added in the fixing round for b156 and b157 (issue 9): Chinese magnitudes half written in words in translated
 * official English, and the commodity trade desks' wires (a month's pace as a base, a year to date through a month, peaks,
 * forecasts with a bound, a month's possessive, a value pointing back, gas prices). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"10 thousand" after a number is the unit of ten thousand, as "10,000" is', () => {
  it('reads "31.7 10 thousand TEUs" as 317,000 TEU, not 10,000 TEU', () => {
    const rows = rowsOf('In the first four months, container throughput at Qinzhou Port came to 31.7 10 thousand TEUs, an increase of 5.4%, according to Nanning Customs.');
    expect(row(rows, 317000)).toMatchObject({ unit: 'TEU', yoy_pct: 5.4 });
    expect(row(rows, 10000)).toBeUndefined();
  });
  it('reads "10 thousand tonnes" the same way', () => {
    const rows = rowsOf('From January to April, the port handled 82.5 10 thousand tonnes of imported grain, up 3.3%.');
    expect(row(rows, 825000)).toMatchObject({ unit: 'tonnes', flow: 'import' });
  });
  it('still reads a year before "10 thousand" as no amount scaled by it (guard)', () => {
    const rows = rowsOf('In 2025 10 thousand TEUs of goods went out by rail each month; in the first four months of this year exports reached 12.6 billion yuan.');
    expect(rows.some((r) => r.value === 20250000)).toBe(false);
  });
});

describe('a change against a month\'s pace is month-on-month', () => {
  it('keeps the year-on-year change for the level when "below August\'s pace" comes first', () => {
    const rows = rowsOf('BEIJING, Oct 9 - Iron ore arrivals fell to 98.2 million tonnes in September, 2.7% below August\'s pace but 6.1% higher than a year earlier, customs data showed.', '2026-10-09');
    expect(row(rows, 98.2e6)).toMatchObject({ period_start: '2026-09', period_end: '2026-09', yoy_pct: 6.1 });
    expect(rows.some((r) => r.yoy_pct === -2.7)).toBe(false);
  });
});

describe('"year-to-date ... through" a month runs from January to that month', () => {
  it('dates "year-to-date shipments through August" January to August', () => {
    const rows = rowsOf('BEIJING, Sept 8 - Copper imports were 460,000 tonnes in August. Year-to-date shipments through August came to 3.71 million tonnes, up 2.2% on the year.', '2026-09-08');
    expect(row(rows, 3.71e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-08', yoy_pct: 2.2 });
  });
  it('ends at the month named even when it is not the month before publication', () => {
    const rows = rowsOf('BEIJING, Sept 8 - Copper imports were 460,000 tonnes in August. Year to date imports to July totalled 3.25 million tonnes.', '2026-09-08');
    expect(row(rows, 3.25e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-07' });
  });
});

describe('a change from a peak named by its month is no year-on-year change', () => {
  it('drops "about 12% below their June peak"', () => {
    const rows = rowsOf('BEIJING, Aug 7 - Soybean imports reached 10.4 million tonnes in July. Soymeal futures ended the week at 3,050 yuan a tonne, about 12% below their June peak.', '2026-08-07');
    expect(rows.some((r) => r.yoy_pct === -12)).toBe(false);
  });
  it('still reads a change from June itself as a base, not a peak (guard)', () => {
    const rows = rowsOf('BEIJING, Aug 7 - Soybean imports reached 10.4 million tonnes in July, 8% higher than a year earlier.', '2026-08-07');
    expect(row(rows, 10.4e6)?.yoy_pct).toBe(8);
  });
});

describe('an amount traders expected, with a bound after it, is a forecast', () => {
  it('drops "the 11 million tonnes or more that traders had expected"', () => {
    const rows = rowsOf('BEIJING, Aug 7 - China imported 10.4 million tonnes of soybeans in July, short of the 11 million tonnes or more that traders had expected.', '2026-08-07');
    expect(row(rows, 11e6)).toBeUndefined();
    expect(row(rows, 10.4e6)).toBeDefined();
  });
});

describe('a month\'s possessive before a change dates the clause', () => {
  it('dates "The value of June\'s exports fell 21.4% y/y to $63.5 million" June, after a year-to-date sentence', () => {
    const rows = rowsOf('BEIJING, July 9 - China exported 4,120 tonnes of tungsten products in June. Shipments in the first half rose 3.9% on the year to 24,800 tonnes. The value of June\'s exports fell 21.4% y/y to $63.5 million.', '2026-07-09');
    expect(row(rows, 63.5e6)).toMatchObject({ period_start: '2026-06', period_end: '2026-06', yoy_pct: -21.4 });
  });
  it('still dates only the amount a month owns ("after May\'s 4.3 million tonnes") (guard)', () => {
    const rows = rowsOf('BEIJING, July 9 - Exports of steel in the first half rose 7.2% to 31.4 million tonnes. June\'s shipments eased to 4.1 million tonnes after May\'s 4.3 million tonnes.', '2026-07-09');
    expect(row(rows, 4.3e6)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
});

describe('"Their value" after a quantity is of that quantity\'s period', () => {
  it('dates the value of a month set apart with "alone" that month', () => {
    const rows = rowsOf('ULAANBAATAR, Sept 10 - Mongolia exported 52.1 million tonnes of coal in the first eight months of 2026, up 9.3%.\n\nShipments in August alone were 7.4 million tonnes. Their value was $705 million.', '2026-09-10');
    expect(row(rows, 705e6)).toMatchObject({ period_start: '2026-08', period_end: '2026-08' });
  });
  it('keeps the running period for a value that does not point back (guard)', () => {
    const rows = rowsOf('ULAANBAATAR, Sept 10 - Mongolia exported 52.1 million tonnes of coal in the first eight months of 2026, up 9.3%.\n\nShipments in August alone were 7.4 million tonnes. Total exports were worth $10.2 billion.', '2026-09-10');
    expect(row(rows, 10.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-08' });
  });
});

describe('gas priced per million British thermal units is a price', () => {
  it('drops "$14 per million British thermal units"', () => {
    const rows = rowsOf('BEIJING, March 15 - China\'s LNG imports rose 6.2% to 12.1 million tonnes in January-February. Asian spot LNG was assessed at about $14 per million British thermal units this week.', '2026-03-15');
    expect(row(rows, 14)).toBeUndefined();
    expect(row(rows, 12.1e6)).toBeDefined();
  });
  it('drops a pipeline price "per thousand cubic metres" too', () => {
    const rows = rowsOf('ASTANA, March 15 - Kazakhstan\'s gas exports reached 2.3 billion cubic metres in January-February. Buyers paid $190 per thousand cubic metres.', '2026-03-15');
    expect(row(rows, 190)).toBeUndefined();
  });
});
