import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, CSV_HEADER, jsonRecord, numberText } from '../../functions/core/publish/render.js';
import type { Observation } from '../../functions/core/contract.js';

const row: Observation = {
  observation_id: 'abc', dataset: 'x', area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: 'customs regime: Ordinary Trade',
  measure: 'value', period_start: '2025-10', period_end: '2025-10', value: 2717530000000, unit: 'CNY', qualifier: 'exact', yoy_pct: null, status: 'preliminary',
  release_id: 'r', source_url: 'https://x', source_quote: 'Exports rose "sharply", to 2.7 trillion yuan\nin October', published: '2025-11-07', revision: 1,
  period_type: 'month', partner_code: 'WLD', area_code: 'CN', is_total: false,
};

describe('CSV rendering', () => {
  it('quotes fields per RFC 4180 and leaves nulls empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    const record = csvRecord(row);
    expect(record.endsWith('\r\n')).toBe(true);
    expect(record).toContain(',2717530000000,CNY,exact,,preliminary,');
    expect(record).toContain('"Exports rose ""sharply"", to 2.7 trillion yuan\nin October"');
  });

  it('writes large and small numbers without exponents', () => {
    expect(numberText(1.5e20)).toBe('150000000000000000000');
    expect(numberText(2.5e-7)).toBe('0.00000025');
    expect(numberText(-3.2)).toBe('-3.2');
  });

  it('has a header with the contract columns in order', () => {
    const columns = CSV_HEADER.trim().split(',');
    expect(columns).toHaveLength(24);
    // Schema 1.1.0 appended four columns after the first twenty, which kept their places.
    expect(columns.slice(0, 2)).toEqual(['observation_id', 'dataset']);
    expect(columns.slice(19)).toEqual(['revision', 'period_type', 'partner_code', 'area_code', 'is_total']);
    expect(Object.keys(JSON.parse(jsonRecord(row)))).toEqual(CSV_HEADER.trim().split(','));
  });
});
