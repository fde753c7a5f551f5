/**
 * Tables flattened into release text (issue 9, category 13), in our own words: a header of column
 * heads over label-and-numbers rows, and self-describing rows with a period before each value.
 * Space-grouped thousands are read whole, the unit comes from the header or caption, the period
 * from the column, the growth from a growth or index column; when the structure is ambiguous
 * nothing is read, and the prose reader never reads the same numbers as fragments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, partner: r.partner, start: r.period_start, end: r.period_end }));

describe('a header over rows', () => {
  it('reads space-grouped thousands whole, with the unit from the header and the period from the column', () => {
    const rows = rowsOf(
      ['EU trade in goods, first estimate', '', 'EUR billion | Jan-Sep 2025 | Jan-Sep 2026 | growth', 'Extra-EU exports 1 692.3 1 741.9 2.9%', 'Extra-EU imports 1 540.2 1 512.8 -1.8%'].join('\n'),
      '2026-11-16',
    );
    expect(brief(rows)).toEqual([
      { value: 1692300000000, unit: 'EUR', yoy: null, flow: 'export', partner: 'World', start: '2025-01', end: '2025-09' },
      { value: 1741900000000, unit: 'EUR', yoy: 2.9, flow: 'export', partner: 'World', start: '2026-01', end: '2026-09' },
      { value: 1540200000000, unit: 'EUR', yoy: null, flow: 'import', partner: 'World', start: '2025-01', end: '2025-09' },
      { value: 1512800000000, unit: 'EUR', yoy: -1.8, flow: 'import', partner: 'World', start: '2026-01', end: '2026-09' },
    ]);
    // The source quote is the row itself.
    expect(rows[1].source_quote).toBe('Extra-EU exports 1 692.3 1 741.9 2.9%');
  });

  it('reads a balance row that leaves the growth cells out', () => {
    const rows = rowsOf(['Trade summary', '', 'EUR billion | Mar 2025 | Mar 2026 | growth', 'Extra-EU exports 240.1 251.3 4.7%', 'Trade balance 18.4 22.9'].join('\n'), '2026-05-15');
    expect(brief(rows).filter((r) => r.flow === 'balance')).toEqual([
      { value: 18400000000, unit: 'EUR', yoy: null, flow: 'balance', partner: 'World', start: '2025-03', end: '2025-03' },
      { value: 22900000000, unit: 'EUR', yoy: null, flow: 'balance', partner: 'World', start: '2026-03', end: '2026-03' },
    ]);
  });

  it('reads an index column (last year = 100) as the growth, with partners from a caption "by partner"', () => {
    const rows = rowsOf(
      [
        'Tajikistan trade in the first quarter',
        '',
        'Foreign trade turnover of Tajikistan with main partner countries, thousand US dollars',
        'Country | January-March 2025 | January-March 2026 | January-March 2026 in % to January-March 2025',
        'Russia 512 004.1 560 138.7 109.4',
        'China 430 977.0 408 135.2 94.7',
      ].join('\n'),
      '2026-04-25',
    );
    expect(brief(rows)).toEqual([
      { value: 512004100, unit: 'USD', yoy: null, flow: 'total', partner: 'Russia', start: '2025-01', end: '2025-03' },
      { value: 560138700, unit: 'USD', yoy: 9.4, flow: 'total', partner: 'Russia', start: '2026-01', end: '2026-03' },
      { value: 430977000, unit: 'USD', yoy: null, flow: 'total', partner: 'China', start: '2025-01', end: '2025-03' },
      { value: 408135200, unit: 'USD', yoy: -5.3, flow: 'total', partner: 'China', start: '2026-01', end: '2026-03' },
    ]);
    expect(rows.every((r) => r.area === 'Tajikistan')).toBe(true);
  });

  it('reads a pasted Chinese summary: "100 million yuan" in the caption, one value column dated by the caption, y/y', () => {
    const rows = rowsOf(
      ['Yunnan trade grows', '', 'Table: Yunnan foreign trade, January-August 2026 (100 million yuan)', 'Item | Value | y/y (%)', 'Total 2 105.6 4.4', 'Exports 1 230.8 8.1'].join('\n'),
      '2026-09-20',
    );
    expect(brief(rows)).toEqual([
      { value: 210560000000, unit: 'CNY', yoy: 4.4, flow: 'total', partner: 'World', start: '2026-01', end: '2026-08' },
      { value: 123080000000, unit: 'CNY', yoy: 8.1, flow: 'export', partner: 'World', start: '2026-01', end: '2026-08' },
    ]);
    expect(rows.every((r) => r.area === 'Yunnan')).toBe(true);
  });
});

describe('how tables write their numbers and heads', () => {
  it('reads decimal commas in a row that writes no decimal point, its thousands being spaces', () => {
    const rows = rowsOf(['Trade summary', '', 'EUR billion | Jan-Sep 2025 | Jan-Sep 2026 | growth', 'Extra-EU exports 1 692,3 1 741,9 2,9%'].join('\n'), '2026-11-16');
    expect(brief(rows).map((r) => [r.value, r.yoy])).toEqual([
      [1692300000000, null],
      [1741900000000, 2.9],
    ]);
  });

  it('reads bare years as whole years, but under a caption that names months as those months of each year', () => {
    const table = ['USD million | 2024 | 2025 | growth', 'Exports 12 480.5 13 105.2 5.0%'];
    const periods = (rows: ReturnType<typeof brief>) => rows.map((r) => [r.value, r.start, r.end, r.yoy]);
    expect(periods(brief(rowsOf(['Annual trade', '', ...table].join('\n'), '2026-02-10')))).toEqual([
      [12480500000, '2024-01', '2024-12', null],
      [13105200000, '2025-01', '2025-12', 5],
    ]);
    expect(periods(brief(rowsOf(['Trade so far', '', 'Exports in January-September', ...table].join('\n'), '2026-10-10')))).toEqual([
      [12480500000, '2024-01', '2024-09', null],
      [13105200000, '2025-01', '2025-09', 5],
    ]);
    expect(rowsOf(['Trade so far', '', 'Exports in the first half', ...table].join('\n'), '2026-10-10')).toEqual([]);
  });

  it('reads a growth column headed "growth y/y, %" or "year-on-year growth (%)" as one column, and skips a share column', () => {
    const rows = rowsOf(
      ['Trade summary', '', 'USD million | Jan-Sep 2026 | share in total (%) | year-on-year growth (%)', 'Trade with Russia 1 388.0 22.5 14.7', '', 'USD million | Jan-Sep 2026 | growth y/y, %', 'Exports 1 210.5 -3.1'].join('\n'),
      '2026-10-20',
    );
    expect(brief(rows).map((r) => [r.value, r.yoy, r.flow, r.partner])).toEqual([
      [1388000000, 14.7, 'total', 'Russia'],
      [1210500000, -3.1, 'export', 'World'],
    ]);
  });

  it('takes the unit a row label states, and reads nothing from the row when it differs from the table\'s', () => {
    const rows = rowsOf(['Trade summary', '', 'Q3 2025 | Q3 2026 | growth', 'Exports (USD million) 1 210.5 1 388.0 14.7%', 'Imports (EUR million) 1 210.5 1 388.0 14.7%'].join('\n'), '2026-10-20');
    expect(brief(rows).map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1210500000, 'USD', 'export'],
      [1388000000, 'USD', 'export'],
      [1210500000, 'EUR', 'import'],
      [1388000000, 'EUR', 'import'],
    ]);
    const mixed = rowsOf(['Trade summary', '', 'USD million | Q3 2025 | Q3 2026 | growth', 'Exports (EUR million) 1 210.5 1 388.0 14.7%', 'Imports 1 210.5 1 388.0 14.7%'].join('\n'), '2026-10-20');
    expect(brief(mixed).map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1210500000, 'USD', 'import'],
      [1388000000, 'USD', 'import'],
    ]);
  });

  it('reads a row short of cells only when it is a balance, never shifting a growth into a level column', () => {
    const rows = rowsOf(['Trade summary', '', 'USD million | Q3 2025 | Q3 2026 | growth', 'Exports 1 388.0 14.7', 'Imports 1 210.5 1 388.0 14.7%'].join('\n'), '2026-10-20');
    expect(brief(rows).map((r) => [r.value, r.flow])).toEqual([
      [1210500000, 'import'],
      [1388000000, 'import'],
    ]);
  });

  it('reads no header whose period wording is not a column head ("9 months of 2026")', () => {
    const rows = rowsOf(
      ['Trade summary', '', 'USD million | 9 months of 2025 | 9 months of 2026', 'Exports 1 210.5 1 388.0', '', 'USD million | Q3 2025 | Q3 2026', 'Imports 1 110.5 1 288.0'].join('\n'),
      '2026-10-20',
    );
    expect(brief(rows).map((r) => [r.value, r.flow, r.start, r.end])).toEqual([
      [1110500000, 'import', '2025-07', '2025-09'],
      [1288000000, 'import', '2026-07', '2026-09'],
    ]);
  });
});

describe('a table of an HTML page', () => {
  it('reads the cells of each row apart, not glued into one number', () => {
    const html = [
      '<html><body><article><h1>Hungary trade in goods</h1><p>The statistical office published its first estimate.</p>',
      '<table><tr><th>HUF billion</th><th>Aug 2025</th><th>Aug 2026</th><th>change, %</th></tr>',
      '<tr><td>Exports</td><td>4 512.8</td><td>4 790.1</td><td>6.1</td></tr>',
      '<tr><td>Imports</td><td>4 120.3</td><td>4 301.9</td><td>4.4</td></tr></table></article></body></html>',
    ].join('');
    const outcome = extractPressRelease(html, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published: '2026-10-08' }, { contentType: 'text/html' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(brief(outcome.rows)).toEqual([
      { value: 4512800000000, unit: 'HUF', yoy: null, flow: 'export', partner: 'World', start: '2025-08', end: '2025-08' },
      { value: 4790100000000, unit: 'HUF', yoy: 6.1, flow: 'export', partner: 'World', start: '2026-08', end: '2026-08' },
      { value: 4120300000000, unit: 'HUF', yoy: null, flow: 'import', partner: 'World', start: '2025-08', end: '2025-08' },
      { value: 4301900000000, unit: 'HUF', yoy: 4.4, flow: 'import', partner: 'World', start: '2026-08', end: '2026-08' },
    ]);
  });
});

describe('a self-describing row', () => {
  it('reads a period before each value and the change after the last', () => {
    const rows = rowsOf(
      ['Uzbekistan trade', '', 'UZS figures aside, the committee gave these in dollars.', '', 'Trade with Russia, million US dollars: Jan-Sep 2025 7 120.4 Jan-Sep 2026 7 905.3 change 11.0%'].join('\n'),
      '2026-10-20',
    );
    expect(brief(rows)).toEqual([
      { value: 7120400000, unit: 'USD', yoy: null, flow: 'total', partner: 'Russia', start: '2025-01', end: '2025-09' },
      { value: 7905300000, unit: 'USD', yoy: 11, flow: 'total', partner: 'Russia', start: '2026-01', end: '2026-09' },
    ]);
  });

  it('reads nothing from a row whose change disagrees with its two values', () => {
    // 7 905.3 over 7 120.4 is 11.0%, not the 4.0% printed after it.
    const rows = rowsOf(['Kyrgyz trade', '', 'Trade with Kazakhstan, million US dollars: Jan-Sep 2025 7 120.4 Jan-Sep 2026 7 905.3 change 4.0%'].join('\n'), '2026-10-20');
    expect(brief(rows)).toEqual([]);
  });

  it('reads nothing from a row whose year comes before a half ("2025 H1"), whose period would be guessed', () => {
    const rows = rowsOf(
      ['Mongolia trade', '', 'Exports, million US dollars: 2025 H1 7 912.4 2026 H1 8 355.0', 'Imports, million US dollars: H1 2025 4 406.1 H1 2026 4 187.9 change -5.0%'].join('\n'),
      '2026-07-15',
    );
    expect(brief(rows)).toEqual([
      { value: 4406100000, unit: 'USD', yoy: null, flow: 'import', partner: 'World', start: '2025-01', end: '2025-06' },
      { value: 4187900000, unit: 'USD', yoy: -5, flow: 'import', partner: 'World', start: '2026-01', end: '2026-06' },
    ]);
  });
});

describe('when the structure is ambiguous, nothing', () => {
  const header = 'USD million | Q3 2025 | Q3 2026';
  const exportRows = (growth: number | null) => [
    { value: 1210500000, unit: 'USD', yoy: null, flow: 'export', partner: 'World', start: '2025-07', end: '2025-09' },
    { value: 1388000000, unit: 'USD', yoy: growth, flow: 'export', partner: 'World', start: '2026-07', end: '2026-09' },
  ];

  it('reads nothing from digits that group into the columns two ways, and the prose reader reads no fragment', () => {
    // "12 345 678" is 12 and 345,678 or 12,345 and 678.
    const rows = rowsOf(['Port trade', '', header, 'Exports 1 210.5 1 388.0', 'Imports 12 345 678'].join('\n'), '2026-10-20');
    expect(brief(rows)).toEqual(exportRows(null));
  });

  it('reads nothing from a row whose growth disagrees with its two levels', () => {
    const rows = rowsOf(['Port trade', '', `${header} | change`, 'Exports 1 210.5 1 388.0 14.7%', 'Imports 1 210.5 1 388.0 4.2%'].join('\n'), '2026-10-20');
    expect(brief(rows)).toEqual(exportRows(14.7));
  });

  it('reads nothing from a bare place label when the table says neither "by partner" nor "by region"', () => {
    const rows = rowsOf(['Trade by item', '', `${header} | growth`, 'Exports 1 210.5 1 388.0 14.7%', 'ASEAN 1 210.5 1 388.0 14.7%'].join('\n'), '2026-10-20');
    expect(brief(rows)).toEqual(exportRows(14.7));
  });

  it('reads nothing from table residue without a header, and the prose reader reads no fragment of it', () => {
    const rows = rowsOf(['Euro area trade', '', 'Extra-EA20 exports 234.0 241.3 3.1%', 'Extra-EA20 imports 228.9 227.1 -0.8%'].join('\n'), '2026-08-18');
    expect(rows).toEqual([]);
  });
});

describe('tables of goods', () => {
  it('reads nothing from a table whose caption names goods or counts in tonnes: its rows are not all goods', () => {
    const rows = rowsOf(
      [
        'Trade notes',
        '',
        'Coal exports of the region (USD million)',
        'Q3 2025 | Q3 2026 | growth',
        'Exports 1 210.5 1 388.0 14.7%',
        '',
        'Foreign trade of the region, January-August 2026 (10,000 tonnes)',
        'Item | Value | y/y (%)',
        'Imports 5 120.4 7.5',
        '',
        'Foreign trade of the region (USD million)',
        'Q3 2025 | Q3 2026 | growth',
        'Imports 1 110.5 1 288.0 16.0%',
      ].join('\n'),
      '2026-10-20',
    );
    expect(brief(rows).map((r) => [r.value, r.flow, r.unit])).toEqual([
      [1110500000, 'import', 'USD'],
      [1288000000, 'import', 'USD'],
    ]);
  });
});

describe('a table left unread', () => {
  it('is named in a warning, quoting its first line', () => {
    const outcome = extractPressRelease(['Euro area trade', '', 'Extra-EA20 exports 234.0 241.3 3.1%', 'Extra-EA20 imports 228.9 227.1 -0.8%'].join('\n'), { dataset: 'd', release_id: 'r', source_url: 'u', published: '2026-08-18' }, {});
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.warnings).toContain('2 line(s) of a table flattened into the text not read (structure ambiguous, or not trade): "Extra-EA20 exports 234.0 241.3 3.1%"');
  });
});

describe('numbers in rows that are not trade', () => {
  it('reads no prices, counts, years or phone numbers next to a table of trade', () => {
    const rows = rowsOf(
      [
        'Port notes',
        '',
        'Average export price, yuan per tonne | Sep 2025 | Sep 2026 | change',
        'Steel products 4 150 4 230 1.9%',
        '',
        'Registered foreign trade enterprises 1 204 1 355 12.5%',
        '',
        'Annual reports are archived for 2021 2022 2023 2024 2025',
        '',
        'Hotline 0777 2881 5021',
        '',
        'USD million | Q3 2025 | Q3 2026 | growth',
        'Exports 1 210.5 1 388.0 14.7%',
      ].join('\n'),
      '2026-10-12',
    );
    expect(brief(rows)).toEqual([
      { value: 1210500000, unit: 'USD', yoy: null, flow: 'export', partner: 'World', start: '2025-07', end: '2025-09' },
      { value: 1388000000, unit: 'USD', yoy: 14.7, flow: 'export', partner: 'World', start: '2026-07', end: '2026-09' },
    ]);
  });
});

/** "1234567" tenths → "123 456.7": thousands grouped by spaces, one decimal. */
const spaceGrouped = (tenths: number): string => `${Math.floor(tenths / 10).toLocaleString('en-US').replace(/,/g, ' ')}.${tenths % 10}`;

describe('any table written consistently', () => {
  it('is read exactly: every space-grouped level whole, in its column, with its growth', () => {
    const level = fc.integer({ min: 1, max: 99_999_999 });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 3 }), fc.boolean(), (pairs, wide) => {
        const labels = ['Exports', 'Imports', 'Trade balance'];
        const gap = wide ? '  ' : ' ';
        const growth = (a: number, b: number) => Number(((b / a - 1) * 100).toFixed(1));
        const lines = pairs.map(([a, b], k) => [labels[k], spaceGrouped(a), spaceGrouped(b), `${growth(a, b)}%`].join(gap));
        const rows = rowsOf(['Trade summary', '', 'USD million | Jan-Sep 2025 | Jan-Sep 2026 | growth', ...lines].join('\n'), '2026-10-20');
        const expected = pairs.flatMap(([a, b], k) => [
          [labels[k], a * 1e5, null],
          [labels[k], b * 1e5, growth(a, b) || 0],
        ]);
        const flowLabel = { export: 'Exports', import: 'Imports', balance: 'Trade balance' } as Record<string, string>;
        expect(rows.map((r) => [flowLabel[r.flow], r.value, r.yoy_pct === null ? null : r.yoy_pct || 0])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
