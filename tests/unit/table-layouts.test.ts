import { describe, expect, it } from 'vitest';
import { ObservationDraft } from '../../functions/core/contract.js';
import { extractStatisticalTable, looksLikeStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, essentials, fixture } from './table-helpers.js';

// Each known layout in both renderings; the expected rows were computed from the fixture spec,
// not from the extractor, and cover every non-empty value cell of the table.
const LAYOUTS = [
  { name: 'customs-regime', cells: 20, warnings: 2 },
  { name: 'trade-mode', cells: 16, warnings: 0 },
  { name: 'enterprise-regime', cells: 29, warnings: 0 },
  { name: 'commodity-regime', cells: 26, warnings: 0 },
  { name: 'country', cells: 12, warnings: 0 },
];

describe.each(LAYOUTS)('layout $name', ({ name, cells, warnings }) => {
  const expected = JSON.parse(fixture(`${name}.expected.json`));

  it.each(['txt', 'html'])('extracts every cell of the %s rendering', (ext) => {
    const body = fixture(`${name}.${ext}`);
    const outcome = accepted(extractStatisticalTable(body, ctx, { contentType: ext === 'html' ? 'text/html' : 'text/plain' }));
    expect(outcome.rows).toHaveLength(cells);
    expect(outcome.rows.map(essentials)).toEqual(expected);
    expect(outcome.warnings).toHaveLength(warnings);
    for (const row of outcome.rows) {
      expect(ObservationDraft.safeParse(row).success).toBe(true);
      expect(row).toMatchObject({ dataset: ctx.dataset, release_id: ctx.release_id, source_url: ctx.source_url, published: ctx.published, qualifier: 'exact', quote_start: null, quote_end: null });
    }
  });

  it('sniffs the media type when none is given, with the same result', () => {
    for (const ext of ['txt', 'html']) {
      const body = fixture(`${name}.${ext}`);
      expect(accepted(extractStatisticalTable(body, ctx, {})).rows.map(essentials)).toEqual(expected);
    }
  });

  it('is recognised as a statistical table in both renderings', () => {
    expect(looksLikeStatisticalTable(fixture(`${name}.txt`), 'text/plain')).toBe(true);
    expect(looksLikeStatisticalTable(fixture(`${name}.html`), 'text/html')).toBe(true);
  });
});

describe('format quirks in the fixtures', () => {
  it('scales CNY 100 Million exactly (27175.3 → 2717530000000)', () => {
    const rows = accepted(extractStatisticalTable(fixture('trade-mode.txt'), ctx, {})).rows;
    expect(rows[0]).toMatchObject({ source_quote: 'Total Value | August Export & Import', value: 2717530000000, unit: 'CNY', breakdown: '' });
  });

  it('keeps 0.0 as a real value and skips "-" cells', () => {
    const rows = accepted(extractStatisticalTable(fixture('customs-regime.txt'), ctx, {})).rows;
    const aid = rows.filter((r) => r.breakdown === 'customs regime: Aid or Donation Between Governments');
    expect(aid.map((r) => [r.source_quote, r.value, r.yoy_pct])).toEqual([
      ['Aid or Donation Between Governments | Exports 10', 0, null],
      ['Aid or Donation Between Governments | Exports 1 to 10', 800000, 0.7],
      ['Aid or Donation Between Governments | Imports 1 to 10', 10000, 68.7],
    ]);
  });

  it('warns about overflowed "############" cells and makes no row of them', () => {
    const outcome = accepted(extractStatisticalTable(fixture('customs-regime.html'), ctx, {}));
    expect(outcome.rows.some((r) => r.source_quote === 'Other | Exports 1 to 10')).toBe(false);
    expect(outcome.warnings[0]).toMatch(/Other \| Exports 1 to 10.*############.*lost/);
    expect(outcome.rows.find((r) => r.source_quote === 'Other | Imports 10')?.yoy_pct).toBeNull();
  });

  it('keeps year-on-year changes above 10,000 percent', () => {
    const rows = accepted(extractStatisticalTable(fixture('customs-regime.txt'), ctx, {})).rows;
    expect(rows.find((r) => r.source_quote === 'Processing with Imported Materials | Exports 10')?.yoy_pct).toBe(12345.6);
  });

  it('cleans labels: leading quotes, doubled spaces, indentation', () => {
    const rows = accepted(extractStatisticalTable(fixture('commodity-regime.html'), ctx, {})).rows;
    expect(new Set(rows.map((r) => r.commodity))).toEqual(new Set(['Fresh or dried fruits and nuts', 'Soya beans', 'Copper ores and concentrates', 'Mechanical and electrical products']));
  });

  it('turns 10000T quantities into tonnes and T into tonnes', () => {
    const rows = accepted(extractStatisticalTable(fixture('commodity-regime.txt'), ctx, {})).rows;
    expect(rows.find((r) => r.source_quote === 'Fresh or dried fruits and nuts | Ordinary Trade Quantity')).toMatchObject({ value: 6_000_000, unit: 'tonnes', measure: 'quantity' });
    expect(rows.find((r) => r.source_quote === 'Copper ores and concentrates | Ordinary Trade Quantity')).toMatchObject({ value: 1486, unit: 'tonnes' });
    expect(rows.find((r) => r.source_quote === 'Copper ores and concentrates | Other Quantity')).toMatchObject({ value: 0 });
  });

  it('puts enterprise types and customs regimes together in the breakdown', () => {
    const rows = accepted(extractStatisticalTable(fixture('enterprise-regime.txt'), ctx, {})).rows;
    expect(rows.find((r) => r.source_quote === 'Ordinary Trade | POE')).toMatchObject({
      breakdown: 'enterprise type: Private; customs regime: Ordinary Trade',
      flow: 'export',
      period_start: '2022-01',
      period_end: '2022-03',
      value: 280_000_000,
      yoy_pct: 12,
    });
    expect(rows.find((r) => r.source_quote === 'TOTAL | Total')).toMatchObject({ breakdown: '', value: 1_000_000_000 });
  });
});
