/**
 * CSV formula injection (issue 14, item 8). Text cells come from third-party pages; one starting
 * with =, +, -, @, tab or CR reached spreadsheets as a formula. Policy: such text cells get a
 * leading apostrophe in CSV only (spreadsheets read it as "text" and hide it); numbers are numbers
 * and are never touched; JSON, NDJSON and Parquet keep the exact text.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { csvField, csvRecord, inertCsvText, jsonRecord } from '../../functions/core/publish/render.js';

const row: Observation = {
  observation_id: '0123456789abcdef0123', dataset: 'd1', area: 'China', partner: '=HYPERLINK("http://evil.example","click")', flow: 'export',
  commodity: '@SUM(A1:A9)', breakdown: '+cmd|calc', measure: 'value', period_start: '2025-01', period_end: '2025-10', value: -12.5, unit: 'USD',
  qualifier: 'exact', yoy_pct: -3.2, status: 'preliminary', release_id: 'r1', source_url: 'https://example.org', source_quote: '-2+3 | Value',
  published: '2025-11-07', revision: 1, period_type: 'year_to_date', partner_code: '', area_code: 'CN', is_total: false,
};

describe('CSV formula policy', () => {
  it('makes every hostile text cell start with an apostrophe, quoted where RFC 4180 needs it', () => {
    const record = csvRecord(row);
    expect(record).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(record).toContain(`,'@SUM(A1:A9),'+cmd|calc,`);
    expect(record).toContain(`,'-2+3 | Value,`);
    // No field of the record starts with a formula character.
    const fields = record.trimEnd().match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"/, ''));
    const textColumns = fields.filter((_, i) => ![10, 13, 19, 23].includes(i)); // value, yoy_pct, revision, is_total
    for (const f of textColumns) expect(f).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('never touches numbers: negative values and growth rates stay numbers', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(-3.2)).toBe('-3.2');
    expect(csvRecord(row)).toContain(',-12.5,USD,exact,-3.2,');
  });

  it('leaves ordinary text alone, and JSON keeps the exact text', () => {
    expect(inertCsvText('China')).toBe('China');
    expect(inertCsvText('Soya beans - raw')).toBe('Soya beans - raw');
    expect(inertCsvText('\tindented')).toBe("'\tindented");
    expect(JSON.parse(jsonRecord(row)).partner).toBe(row.partner);
  });
});
