import { describe, expect, it } from 'vitest';
import { extractStatisticalTable, looksLikeStatisticalTable } from '../../functions/core/extract/table/index.js';
import { parseSourcesFile } from '../../functions/core/sources.js';
import { accepted, ctx, fixture } from './table-helpers.js';

/** A small customs-regime bulletin in the text rendering, with the parts under test replaceable. */
function bulletin(parts: { title?: string; unit?: string | null; periods?: string; rows?: string[] } = {}): string {
  const rows = parts.rows ?? ['TOTAL 300  3,000  200  2,000 ', '1.0 2.0 3.0 4.0', 'Ordinary Trade  100  1,000  150  1,500 ', '5.0 - -6.0 7.0', 'Other 200  2,000  50  500', '-1.0 -2.0 -3.0 -4.0'];
  return [
    parts.title ?? '(5)Imports and Exports by Customs Regime, 10.2019',
    ...(parts.unit === null ? [] : [parts.unit ?? 'Unit: US$1,000']),
    'Customs Regime  Exports Imports ',
    parts.periods ?? '10 1 to 10 10 1 to 10',
    ...rows,
    '1. Figures in shaded areas refer to percentage change over the same period in the previous year.',
  ].join('\n');
}

describe('period headers and titles', () => {
  it.each([
    ['1 to 10', '10 1 to 10 10 1 to 10'],
    ['1to10', '10 1to10 10 1to10'],
    ['1-to-10', '10 1-to-10 10 1-to-10'],
    ['1- to-10', '10 1- to-10 10 1- to-10'],
    ['October / Jan-October', 'October Jan-October October Jan-October'],
    ['October / January-October', 'October January-October October January-October'],
  ])('reads %s as month and January-to-date', (_name, periods) => {
    const rows = accepted(extractStatisticalTable(bulletin({ periods }), ctx, {})).rows;
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.period_start === '2019-10' && r.period_end === '2019-10')).toHaveLength(6);
    expect(rows.filter((r) => r.period_start === '2019-01' && r.period_end === '2019-10')).toHaveLength(6);
    expect(rows.find((r) => r.breakdown === 'customs regime: Ordinary Trade' && r.flow === 'export' && r.period_start === '2019-01')).toMatchObject({ value: 1_000_000, yoy_pct: null });
  });

  it.each([
    ['(5)Imports and Exports by Customs Regime, 10.2019', 2019],
    ['(5)Imports and Exports by Customs Regime, 10. 2019', 2019],
    ['5Imports and Exports by Customs Regime…10.2023', 2023],
    ['（5）Imports and Exports by Customs Regime，10.2021', 2021],
    ['(5) Imports and Exports by Customs Regime, October 2020', 2020],
  ])('takes the year from the title "%s"', (title, year) => {
    const rows = accepted(extractStatisticalTable(bulletin({ title }), ctx, {})).rows;
    expect(new Set(rows.map((r) => r.period_end))).toEqual(new Set([`${year}-10`]));
  });

  it('makes one row of the January month and January-to-date columns, which hold the same figure', () => {
    const body = bulletin({
      title: '(5)Imports and Exports by Customs Regime, 1.2020',
      periods: '1 1 to 1 1 1 to 1',
      rows: ['TOTAL 300  300  200  200', '1.0 1.0 3.0 3.0', 'Ordinary Trade 300  300  200  200', '1.0 1.0 3.0 3.0'],
    });
    const outcome = accepted(extractStatisticalTable(body, ctx, {}));
    expect(outcome.rows.map((r) => `${r.source_quote} ${r.period_start}..${r.period_end} ${r.value}`)).toEqual([
      'TOTAL | Exports 1 2020-01..2020-01 300000',
      'TOTAL | Imports 1 2020-01..2020-01 200000',
      'Ordinary Trade | Exports 1 2020-01..2020-01 300000',
      'Ordinary Trade | Imports 1 2020-01..2020-01 200000',
    ]);
    expect(outcome.warnings).toEqual([]);
  });

  it('keeps neither January figure when the month and January-to-date columns disagree', () => {
    const body = bulletin({ title: '(5)Imports and Exports by Customs Regime, 1.2020', periods: '1 1 to 1 1 1 to 1', rows: ['Ordinary Trade 300  301  200  200', '1.0 1.0 3.0 3.0'] });
    const outcome = accepted(extractStatisticalTable(body, ctx, {}));
    expect(outcome.rows.map((r) => r.source_quote)).toEqual(['Ordinary Trade | Imports 1']);
    expect(outcome.warnings.join(' ')).toMatch(/same figure but differ/);
  });
});

describe('units', () => {
  it.each([
    ['Unit: US$1,000', 'USD', 100_000],
    ['Unit:US$1,000', 'USD', 100_000],
    ['Unit: USD1 Million', 'USD', 100_000_000],
    ['Value Unit: CNY 100 Million', 'CNY', 10_000_000_000],
    ['Unit: RMB 10,000', 'CNY', 1_000_000],
  ])('%s', (unit, code, value) => {
    const rows = accepted(extractStatisticalTable(bulletin({ unit }), ctx, {})).rows;
    expect(rows.find((r) => r.source_quote === 'Ordinary Trade | Exports 10')).toMatchObject({ unit: code, value });
  });

  it('uses the configured default unit only when the table has none', () => {
    const rows = accepted(extractStatisticalTable(bulletin({ unit: null }), ctx, { defaultUnit: 'USD1 Million' })).rows;
    expect(rows[0]).toMatchObject({ unit: 'USD', value: 300_000_000 });
    const own = accepted(extractStatisticalTable(bulletin(), ctx, { defaultUnit: 'USD1 Million' })).rows;
    expect(own[0]).toMatchObject({ value: 300_000 });
  });
});

describe('cross-checks', () => {
  it('warns when a Total row differs from the sum of the customs regimes', () => {
    const body = bulletin({ rows: ['TOTAL 305  3,000  200  2,000 ', '1.0 2.0 3.0 4.0', 'Ordinary Trade  100  1,000  150  1,500 ', '5.0 - -6.0 7.0', 'Other 200  2,000  50  500', '-1.0 -2.0 -3.0 -4.0'] });
    const outcome = accepted(extractStatisticalTable(body, ctx, {}));
    expect(outcome.rows).toHaveLength(12);
    expect(outcome.warnings).toEqual(['cross-check: "TOTAL | Exports 10" is 305 but the rows below it sum to 300']);
  });

  it('accepts sums that differ only by rounding', () => {
    // Three figures printed to the unit may each be off by half a unit: 301 against 100 + 200 is fine.
    const body = bulletin({ rows: ['TOTAL 301  3,000  200  2,000 ', '1 2 3 4', 'Ordinary Trade  100  1,000  150  1,500 ', '5 - 6 7', 'Other 200  2,000  50  500', '1 2 3 4'] });
    expect(accepted(extractStatisticalTable(body, ctx, {})).warnings).toEqual([]);
    const rounded = fixture('trade-mode.txt').replace('16,000.0  8,600.5  7,399.5', '16,000.1  8,600.5  7,399.5');
    expect(accepted(extractStatisticalTable(rounded, ctx, {})).warnings).toEqual([]);
  });

  it('warns when Export & Import is not Export plus Import', () => {
    const body = fixture('trade-mode.txt').replace('16,000.0  8,600.5  7,399.5', '16,010.0  8,600.5  7,399.5');
    const warnings = accepted(extractStatisticalTable(body, ctx, {})).warnings;
    expect(warnings).toContain('cross-check: "Ordinary Trade | August Export & Import" is 16,010 but exports plus imports make 16,000');
    expect(warnings).toContain('cross-check: "Total Value | August Export & Import" is 27,175.3 but the rows below it sum to 27,185.3');
  });

  it('warns when the enterprise types do not add up to the total or FIE', () => {
    const body = fixture('enterprise-regime.txt').replace('\n150,000 \n\n150,000 \n', '\n150,000 \n\n150,100 \n');
    const warnings = accepted(extractStatisticalTable(body, ctx, {})).warnings;
    expect(warnings.some((w) => w.includes('"Ordinary Trade | FIE Sub.Tot" is 150,100 but CJV + EJV + FOE make 150,000'))).toBe(true);
  });
});

describe('declared layouts', () => {
  const foreign = [
    'Comercio por regimen aduanero / Trade by regime, 3.2022',
    'Unit: USD 1 Million',
    'Regimen  Mes Acumulado Variacion',
    'Definitivo 10  25  1.5',
    'Temporal 4  9  -',
  ].join('\n');
  const layout = {
    row_dimension: 'customs regime',
    columns: [
      { flow: 'export' as const, period: 'month' as const, measure: 'value' as const },
      { flow: 'export' as const, period: 'cumulative' as const, measure: 'value' as const },
      { flow: 'export' as const, period: 'cumulative' as const, measure: 'value' as const, yoy_of: 1 },
    ],
    yoy: 'columns' as const,
  };

  it('extracts a table the built-in layouts do not know', () => {
    const rows = accepted(extractStatisticalTable(foreign, ctx, { layout })).rows;
    expect(rows.map((r) => [r.breakdown, r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['customs regime: Definitivo', '2022-03', '2022-03', 10_000_000, null],
      ['customs regime: Definitivo', '2022-01', '2022-03', 25_000_000, 1.5],
      ['customs regime: Temporal', '2022-03', '2022-03', 4_000_000, null],
      ['customs regime: Temporal', '2022-01', '2022-03', 9_000_000, null],
    ]);
  });

  it('rejects the same table without a layout, saying what was not understood', () => {
    expect(extractStatisticalTable(foreign, ctx, {})).toMatchObject({ ok: false });
  });

  // The extractor takes a layout as the sources file's schema left it (validated, defaults filled).
  const sourceWith = (table_layout: unknown) =>
    parseSourcesFile(JSON.stringify({ sources: [{ id: 'foreign-tables', kind: 'statistical-table', dataset: 'foreign-trade', discovery: { type: 'feed', url: 'https://example.org/feed.xml' }, table_layout }] }), 'sources.json');

  it('refuses an invalid declared layout where the sources file is read, naming the source and the field', () => {
    const { sources, errors } = sourceWith({ row_dimension: '', columns: [], yoy: 'none' });
    expect(sources).toEqual([]);
    expect(errors[0]).toMatch(/^sources\.json: source foreign-tables: table_layout\.row_dimension: /);
  });

  it('extracts with a declared layout as the sources file reads it (defaults filled)', () => {
    const { sources, errors } = sourceWith({ ...layout, columns: layout.columns.map(({ measure: _measure, ...column }) => column) });
    expect(errors).toEqual([]);
    expect(sources[0].table_layout?.columns.map((c) => c.measure)).toEqual(['value', 'value', 'value']);
    expect(accepted(extractStatisticalTable(foreign, ctx, { layout: sources[0].table_layout })).rows).toHaveLength(4);
  });
});

describe('kind detection and the dispatcher', () => {
  it('tells prose press releases from tables', () => {
    const prose = [
      'China’s foreign trade grew steadily in the first ten months',
      'According to customs statistics, the total value of imports and exports in the first 10 months of 2019 was 25.47 trillion yuan, up 2.4% year on year.',
      'Exports reached 13.95 trillion yuan, up 5.3%, and imports 11.52 trillion yuan, down 0.8%.',
      'Trade with ASEAN rose 14.1% to 3.52 trillion yuan, 13.8% of the total.',
    ].join('\n\n');
    expect(looksLikeStatisticalTable(prose, 'text/plain')).toBe(false);
    expect(looksLikeStatisticalTable(`<html><body>${prose.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`, 'text/html')).toBe(false);
    expect(looksLikeStatisticalTable('', 'text/plain')).toBe(false);
    expect(looksLikeStatisticalTable(bulletin())).toBe(true);
  });

});

describe('"of which:" lines', () => {
  // The parts after an "of which:" line are inside a part above them, so they are read as rows but the
  // table's totals are not compared with them (the sum would count them twice).
  it('reads the rows after an "of which:" line of the text rendering without a false total warning', () => {
    const rows = ['TOTAL 300  3,000  200  2,000 ', '1.0 2.0 3.0 4.0', 'Ordinary Trade  100  1,000  150  1,500 ', '5.0 - -6.0 7.0', 'Other 200  2,000  50  500', '-1.0 -2.0 -3.0 -4.0', 'of which:', 'Bonded Warehousing 40  400  10  100', '8.0 9.0 -1.5 2.5'];
    const outcome = accepted(extractStatisticalTable(bulletin({ rows }), ctx, {}));
    expect(outcome.rows.filter((r) => r.breakdown === 'customs regime: Bonded Warehousing').map((r) => r.value)).toEqual([40_000, 400_000, 10_000, 100_000]);
    expect(outcome.warnings).toEqual([]);
  });

  it('reads the rows after a full-width "of which:" row of an HTML table instead of ending the table there', () => {
    const html = tradeModePage([
      ...TRADE_MODE_ROWS,
      '<tr><td colspan=7>of which:</td></tr>',
      tradeModeRow('Processing with Imported Materials', ['60.0', '30.0', '30.0', '5.0', '6.0', '4.0']),
    ]);
    const outcome = accepted(extractStatisticalTable(html, MAY_2024, {}));
    expect(outcome.rows.filter((r) => r.breakdown?.includes('Processing with Imported Materials')).map((r) => r.value)).toEqual([6_000_000_000, 3_000_000_000, 3_000_000_000]);
    expect(outcome.warnings).toEqual([]);
  });
});

describe('an HTML page that ends inside its table', () => {
  it('leaves out the last row when the page stops between its cells, rather than reading its levels without their changes', () => {
    const whole = tradeModePage(TRADE_MODE_ROWS);
    const cut = whole.slice(0, whole.lastIndexOf('<td align=right>-2.0'));
    const outcome = accepted(extractStatisticalTable(cut, MAY_2024, {}));
    expect(outcome.rows.map((r) => r.breakdown)).not.toContain('trade mode: Processing Trade');
    expect(outcome.rows).toHaveLength(6);
    expect(outcome.warnings).toEqual([expect.stringMatching(/^row "Processing Trade" .*the last row is cut off/)]);
  });
});

/** A trade-mode table row of the HTML page: the label and its six cells. */
function tradeModeRow(label: string, figures: string[]): string {
  return `<tr><td>${label}</td>${figures.map((f) => `<td align=right>${f}&nbsp;</td>`).join('')}</tr>`;
}

const TRADE_MODE_ROWS = [
  tradeModeRow('Total Value', ['300.0', '200.0', '100.0', '1.0', '2.0', '-1.0']),
  tradeModeRow('Ordinary Trade', ['200.0', '150.0', '50.0', '3.0', '4.0', '1.0']),
  tradeModeRow('Processing Trade', ['100.0', '50.0', '50.0', '-2.0', '-1.0', '-3.0']),
];

const MAY_2024 = { ...ctx, published: '2024-06-20' };

/** A small trade-mode table page for May 2024 in CNY, with the given body rows. */
function tradeModePage(rows: string[]): string {
  return [
    "<html><body><p><b>(2) China's Total Export &amp; Import Values by Trade Mode, May 2024 (Only May, in CNY)</b></p><p>Unit: CNY 100 Million</p><table>",
    '<tr><td rowspan=2><b>Trade Mode</b></td><td colspan=3><b>May</b></td><td colspan=3><b>Year-on-Year (±%)</b></td></tr>',
    '<tr><td><b>Export &amp; Import</b></td><td><b>Export</b></td><td><b>Import</b></td><td><b>Export &amp; Import</b></td><td><b>Export</b></td><td><b>Import</b></td></tr>',
    ...rows,
    '</table></body></html>',
  ].join('\n');
}
