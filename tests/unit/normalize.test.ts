/** The normalize use case over in-memory ports: rows validated, conflicts and rejections recorded. */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { conflictingFigures, decodeBody } from '../../functions/core/normalize/normalize-release.js';

const draft = (over: Partial<ObservationDraft>): ObservationDraft => ({
  dataset: 'd1', area: 'Xinjiang', partner: 'World', flow: 'total', commodity: 'all goods', breakdown: '', measure: 'value',
  period_start: '2025-01', period_end: '2025-09', value: 1, unit: 'CNY', qualifier: 'exact', yoy_pct: null,
  release_id: 'r', source_url: 'u', source_quote: 'q', published: '2025-10-25', quote_start: null, quote_end: null, ...over,
});

describe('conflictingFigures', () => {
  it('warns when one release states two different figures for the same series and period', () => {
    const warnings = conflictingFigures([draft({ value: 393.14e9, source_quote: 'turnover 393.14 billion' }), draft({ value: 341.49e9, source_quote: 'trade with partners 341.49 billion' })]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/kept 393140000000 .* left out 341490000000/);
  });

  it('is silent for a restatement of the same figure and for different series', () => {
    expect(conflictingFigures([draft({}), draft({ source_quote: 'again' }), draft({ unit: 'USD' }), draft({ partner: 'ASEAN', value: 2 })])).toEqual([]);
  });
});

describe('decodeBody', () => {
  it('uses the declared charset and falls back to UTF-8', () => {
    expect(decodeBody(new Uint8Array([0xe9]), 'text/plain; charset=iso-8859-1')).toBe('é');
    expect(decodeBody(new TextEncoder().encode('Khorgos – 霍尔果斯'), 'text/html; charset=bogus-charset')).toBe('Khorgos – 霍尔果斯');
  });
});
