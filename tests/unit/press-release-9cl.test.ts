/**
 * Rules of batch 69 (agencies of China's neighbours and partners on their own trade), in our own words:
 * translated English of statistics committees, customs services and the news agencies quoting them.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));
const where = (rows: ObservationDraft[]) => rows.map((r) => `${r.value} ${r.area}/${r.partner}/${r.flow}`);

describe('a fiscal year restated by its two years in brackets', () => {
  it('keeps "the first five months of the current fiscal year (2026-27)" as July to November', () => {
    const text = "ISLAMABAD - Pakistan's imports during the first five months of the current fiscal year (2026-27) were recorded at $24,310 million, up 3.2 percent.";
    expect(brief(rowsOf(text, '2026-12-04'))).toEqual([{ value: 24310000000, unit: 'USD', yoy: 3.2, flow: 'import', start: '2026-07', end: '2026-11' }]);
  });
});

describe('a balance said to be negative in translated wording', () => {
  it('reads "minus" written before a balance amount as a deficit', () => {
    const text = 'BISHKEK - In January-June 2026 the foreign trade balance of Kyrgyzstan was formed at minus USD 2 410.7 million.';
    expect(brief(rowsOf(text, '2026-08-10'))).toEqual([{ value: -2410700000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-01', end: '2026-06' }]);
  });

  it('reads a balance that "remains negative at" an amount as a deficit', () => {
    const text = "DUSHANBE - Tajikistan's trade balance in January-June 2026 remains negative at USD 1 804.2 million.";
    expect(brief(rowsOf(text, '2026-08-10'))).toEqual([{ value: -1804200000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-01', end: '2026-06' }]);
  });
});
