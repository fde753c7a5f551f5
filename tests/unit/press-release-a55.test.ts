/**
 * Rules added in the fixing round for the blind batches b158 and b159 (issue 9): forecasts of turnover, shares after a
 * comparative change, a plan's fulfilment, a change "in exports of" a sum, "since last year", "flat from the year before",
 * a supplier "supplying" an amount, "growth slowed to", running totals from a bare "opened in" apposition or an assembly
 * centre's start, and the two sides of a border crossing. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthRow = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a ministry that "projects turnover of" a sum forecasts it', () => {
  it('gives no row for the projected turnover', () => {
    const rows = rowsOf('BISHKEK, May 12 -- Kyrgyzstan\'s trade turnover reached 4.1 billion US dollars in the first quarter. The economy ministry projects turnover of 17 billion US dollars for the year.');
    expect(row(rows, 4.1e9)).toBeDefined();
    expect(row(rows, 17e9)).toBeUndefined();
  });
  it('reads "sees trade of about" the same way', () => {
    const rows = rowsOf('TASHKENT, May 12 -- Exports reached 6.2 billion US dollars in January-April. The agency sees trade of about 70 billion US dollars this year.');
    expect(row(rows, 70e9)).toBeUndefined();
  });
});

describe('"N% higher than a year earlier, or M% of the total": M is a share', () => {
  it('reads the second percentage as the partner\'s share, not a growth', () => {
    const rows = rowsOf('BISHKEK, May 12 -- In January-April, trade with Turkey came to 640 million US dollars, 14% higher than a year earlier, or 9.3% of the total.');
    expect(row(rows, 640e6)?.yoy_pct).toBe(14);
    expect(row(rows, 9.3)).toMatchObject({ unit: 'percent-share' });
    expect(growthRow(rows, 9.3)).toBeUndefined();
  });
});

describe('a percentage of a plan or target met is no figure', () => {
  it('gives no share for "N% of the planned figure"', () => {
    const rows = rowsOf('MOSCOW, May 12 -- Foreign trade turnover was 190.4 billion US dollars in January-March. Customs transferred 1.7 trillion rubles to the budget, 98.1% of the planned figure.');
    expect(rows.some((r) => r.value === 98.1 || r.yoy_pct === 98.1)).toBe(false);
  });
  it('nor for "percent of the targeted figure"', () => {
    const rows = rowsOf('ASTANA, May 12 -- Grain exports reached 3.9 million tonnes in January-April, 101.3 percent of the targeted figure.');
    expect(row(rows, 3.9e6)).toBeDefined();
    expect(rows.some((r) => r.value === 101.3 || r.yoy_pct === 101.3)).toBe(false);
  });
});

describe('"an increase in exports of" a sum is a change, its bracketed rate a growth', () => {
  it('gives the bracketed rate as growth and no level', () => {
    const rows = rowsOf('HONG KONG, May 12 -- Among the major commodity groups, telecommunications equipment recorded an increase in total exports of HK$3.2 billion (6.7%) in April.');
    expect(row(rows, 3.2e9)).toBeUndefined();
    expect(growthRow(rows, 6.7)).toBeDefined();
  });
});

describe('"since last year" never dates a figure to last year', () => {
  it('does not give a growth the whole of last year', () => {
    const rows = rowsOf('LANZHOU, May 12 -- Gansu\'s foreign trade reached 21.3 billion yuan in the first four months. Exports of lithium batteries, counted on their own since last year, grew 1.6 times.');
    expect(growthRow(rows, 160)?.period_start).not.toBe('2025-01');
  });
});

describe('"roughly flat from the year before" is growth 0', () => {
  it('gives the level a growth of 0', () => {
    const rows = rowsOf('BEIJING, May 12 -- China imported 1.12 million tonnes of pork in 2025, roughly flat from the year before.');
    expect(row(rows, 1.12e6)?.yoy_pct).toBe(0);
  });
  it('reads "unchanged on the prior year" too', () => {
    const rows = rowsOf('BEIJING, May 12 -- China imported 880,000 tonnes of mutton in 2025, unchanged on the prior year.');
    expect(row(rows, 880000)?.yoy_pct).toBe(0);
  });
});

describe('a partner "supplying" an amount right after the verb', () => {
  it('makes the amount an import of the release\'s country', () => {
    const rows = rowsOf('BEIJING, May 12 -- Saudi Arabia remained China\'s second-largest source of crude oil, supplying 79.4 million tonnes last year, 2.2% less than in 2024.');
    expect(row(rows, 79.4e6)).toMatchObject({ flow: 'import', partner: 'Saudi Arabia' });
  });
});

describe('"growth slowed to N%" is the growth of the level before it', () => {
  it('gives the level that growth', () => {
    const rows = rowsOf('BEIJING, May 12 -- Trade between China and Brazil rose to a record $190.2 billion in 2025, but growth slowed to 3.4% as soybean prices fell.');
    expect(row(rows, 190.2e9)?.yoy_pct).toBe(3.4);
  });
  it('still gives no growth for a forecast pace ("sees growth slowing to")', () => {
    const rows = rowsOf('BEIJING, May 12 -- China\'s exports rose 4.5% in April to $315.7 billion. An analyst sees export growth slowing to about 2% by the third quarter.');
    expect(rows.some((r) => r.yoy_pct === 2)).toBe(false);
  });
});

describe('a running total from the opening told in a bare apposition', () => {
  it('runs from the opening month even with "since opening" after the total', () => {
    const rows = rowsOf('HEIHE, May 12 -- The road bridge at Heihe, opened in June 2022, has carried 1.64 million tonnes of goods since opening, the customs said.');
    expect(row(rows, 1.64e6)).toMatchObject({ period_start: '2022-06', period_end: '2026-05' });
  });
  it('runs from the start of an assembly centre', () => {
    const rows = rowsOf('XI\'AN, May 12 -- Since the assembly center started operating in April 2017, it had handled 21,300 trains by the end of April.');
    expect(row(rows, 21300)?.period_start).toBe('2017-04');
  });
});

describe('the two sides of a border crossing are not the area and partner', () => {
  it('keeps the port the area of the figure after an apposition naming the crossing', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Erenhot Port cleared 3,120 freight trains in the first four months. The port, the main road and rail crossing between China and Mongolia, handled 7.9 million tonnes of freight in the period, up 6.2 percent.');
    expect(row(rows, 7.9e6)?.area).toBe('Erenhot Port');
  });
});
