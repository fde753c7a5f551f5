import { describe, expect, it } from 'vitest';
import { ObservationDraft } from '../../functions/core/contract.js';
import { extractStatisticalTable, looksLikeStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, essentials, fixture, rejected } from './table-helpers.js';

// Every table family GACC publishes monthly on its English statistics pages, in both renderings,
// with the variants real pages show. The expected rows come from tests/fixtures/tables/r4-generate.mjs,
// which shares no code with the extractor.
export const FAMILIES = [
  'r4-01-prelim-total-usd',
  'r4-02-prelim-trade-mode-cny',
  'r4-03-prelim-country-usd',
  'r4-04-bulletin-country-wrapped',
  'r4-05-continents',
  'r4-06-export-commodities-cut',
  'r4-07-import-commodities-label-units',
  'r4-08-export-commodities-by-regime',
  'r4-09-enterprise-type-rows',
  'r4-10-enterprise-regime-short-header',
  'r4-11-enterprise-regime-named-subcolumns',
  'r4-12-customs-regime-pipes',
  'r4-13-trade-mode-month-title',
  'r4-14-provinces',
  'r4-15-monthly-series',
  'r4-16-prelim-country-short-header',
  'r4-17-enterprise-columns-short-header',
];

interface Expected {
  lost_cells: number;
  cut_rows: number;
  evidence: string[];
  rows: unknown[];
  txt_rows?: unknown[];
}

const read = (body: string, ext: string) => extractStatisticalTable(body, ctx, { contentType: ext === 'html' ? 'text/html' : 'text/plain' });

describe.each(FAMILIES)('table family %s', (name) => {
  const expected = JSON.parse(fixture(`${name}.expected.json`)) as Expected;

  it.each(['txt', 'html'])('extracts every cell of the %s rendering exactly once, and says why when the figures decided the layout', (ext) => {
    const outcome = accepted(read(fixture(`${name}.${ext}`), ext));
    const want = ext === 'txt' && expected.txt_rows ? expected.txt_rows : expected.rows;
    expect(outcome.rows.map((row) => ({ ...essentials(row), area: row.area }))).toEqual(want);
    for (const row of outcome.rows) expect(ObservationDraft.safeParse(row).success).toBe(true);
    const evidence = outcome.warnings.filter((w) => w.startsWith('layout decided by arithmetic'));
    const cut = outcome.warnings.filter((w) => /the last row is cut off/.test(w));
    expect(evidence).toHaveLength(expected.evidence.includes(ext) ? 1 : 0);
    expect(cut).toHaveLength(expected.cut_rows);
    expect(outcome.warnings).toHaveLength(evidence.length + cut.length + expected.lost_cells);
  });

  it('is recognised as a statistical table in both renderings', () => {
    expect(looksLikeStatisticalTable(fixture(`${name}.txt`), 'text/plain')).toBe(true);
    expect(looksLikeStatisticalTable(fixture(`${name}.html`), 'text/html')).toBe(true);
  });
});

describe('layouts decided by arithmetic are refused when the figures do not prove them', () => {
  it('names the rule and the identities that decided a short-headed layout', () => {
    const outcome = accepted(read(fixture('r4-10-enterprise-regime-short-header.txt'), 'txt'));
    expect(outcome.warnings[0]).toMatch(/rule "foreign-invested sub-columns".*headings name 5 columns but the rows print 8; read as sub-total first, then its three members, proven by TOTAL = SOE \+ FIE \+ POE \+ Other on \d+ rows, FIE = CJV \+ EJV \+ FOE on \d+ rows/);
  });

  it('rejects the short-headed table when one FIE member no longer adds up', () => {
    // 1,234,567 is the contractual joint ventures' Ordinary Trade figure; 1,334,567 breaks FIE = CJV + EJV + FOE.
    const body = fixture('r4-10-enterprise-regime-short-header.txt').replace(/(Ordinary Trade .*?)1,234,567/, '$1 1,334,567');
    expect(body).not.toEqual(fixture('r4-10-enterprise-regime-short-header.txt'));
    expect(rejected(read(body, 'txt'))).toMatch(/no layout is consistent with the figures .*FIE = CJV \+ EJV \+ FOE fails on row "Ordinary Trade"/);
  });

  it('rejects an E&I column the arithmetic does not prove', () => {
    const body = fixture('r4-16-prelim-country-short-header.txt').replace('ASEAN 813.5', 'ASEAN 813.9');
    expect(body).not.toEqual(fixture('r4-16-prelim-country-short-header.txt'));
    expect(rejected(read(body, 'txt'))).toMatch(/E&I = E \+ I fails on row "ASEAN"/);
  });
});

describe('pipe-drawn renderings', () => {
  it('reads a pipe table with a markdown rule under its headings as it reads it without', () => {
    const body = fixture('r4-12-customs-regime-pipes.txt');
    const ruled = body.replace('| 3 | 1to3 | 3 | 1to3 |\n', '| 3 | 1to3 | 3 | 1to3 |\n|---|:---:|---|---|---|\n');
    expect(ruled).not.toEqual(body);
    expect(accepted(read(ruled, 'txt')).rows).toEqual(accepted(read(body, 'txt')).rows);
  });

  it('reads a yoy line of "-" cells as figures, not as a markdown rule', () => {
    const rows = accepted(read(fixture('r4-12-customs-regime-pipes.txt').replace('| - | 312.1 | - | -99.8 | |', '| - | - | - | - | |'), 'txt')).rows;
    expect(rows.filter((r) => r.source_quote.startsWith('Other Donation')).map((r) => [r.source_quote, r.value, r.yoy_pct])).toEqual([
      ['Other Donation | Exports 3', 100_000, null],
      ['Other Donation | Exports 1to3', 540_000, null],
      ['Other Donation | Imports 1to3', 9_000, null],
    ]);
  });

  it('leaves a "Home|中文站" line alone when the page has no pipe table', () => {
    expect(accepted(read(`Home|中文站\n${fixture('r4-14-provinces.txt')}`, 'txt')).rows).toHaveLength(27);
  });
});

describe('row-level judgement', () => {
  it('leaves out only the row a page cut off, even when it is a figure that still parses ("95,432" of "95,432,109")', () => {
    const outcome = accepted(read(fixture('r4-06-export-commodities-cut.txt'), 'txt'));
    expect(outcome.rows.some((r) => r.commodity.startsWith('Textile'))).toBe(false);
    expect(outcome.warnings).toEqual([expect.stringMatching(/^row "Textile yarn, fabrics and articles" .*the last row is cut off/)]);
  });

  it('names a last line whose last figure is cut to a non-figure ("401,2") as a cut row and reads every row above it', () => {
    const whole = fixture('r4-14-provinces.txt');
    const body = whole.slice(0, whole.indexOf('Tibet 45,678  401,2') + 'Tibet 45,678  401,2'.length);
    const outcome = accepted(read(body, 'txt'));
    const expected = JSON.parse(fixture('r4-14-provinces.expected.json')) as Expected;
    expect(outcome.rows.map((row) => ({ ...essentials(row), area: row.area }))).toEqual(expected.rows.filter((row) => !(row as { area: string }).area.startsWith('Tibet')));
    expect(outcome.warnings).toEqual([expect.stringMatching(/^row "Tibet" .*the last row is cut off/)]);
  });

  it('reads a cut-off last row in an HTML page that ends inside its table as nothing, with a warning', () => {
    const outcome = accepted(read(fixture('r4-06-export-commodities-cut.html'), 'html'));
    expect(outcome.rows.some((r) => r.commodity.startsWith('Textile'))).toBe(false);
    expect(outcome.warnings).toHaveLength(1);
  });

  it('joins a label wrapped onto a row of its own in the HTML page, and reads the row as the text rendering does', () => {
    const html = fixture('r4-04-bulletin-country-wrapped.html');
    const wrapped = html.replace(
      '<tr><td rowspan="2" width="30%"><p>Economies of the Gulf Cooperation Council</p></td>',
      '<tr><td width="30%"><p>Economies of the</p></td><td></td><td></td><td></td><td></td></tr>\n<tr><td rowspan="2" width="30%"><p>Gulf Cooperation Council</p></td>',
    );
    expect(wrapped).not.toEqual(html);
    const rows = (body: string) => accepted(read(body, 'html')).rows.map((r) => [r.source_quote, r.partner, r.value, r.yoy_pct]);
    expect(rows(wrapped)).toEqual(rows(html));
  });

  it('does not join a label line to the next row without a sign that it wraps', () => {
    const body = fixture('r4-04-bulletin-country-wrapped.txt').replace('Economies of the\nGulf', 'Economies of The Region\nGulf');
    expect(rejected(read(body, 'txt'))).toMatch(/ends the table but line \d+ still looks like a row of figures/);
  });

  it('converts kilograms to tonnes and keeps counted goods in their count unit', () => {
    const rows = accepted(read(fixture('r4-07-import-commodities-label-units.html'), 'html')).rows.filter((r) => r.measure === 'quantity' && r.period_start === '2024-08');
    expect(rows.map((r) => [r.commodity, r.value, r.unit])).toEqual([
      ['Soya beans', 12_140_000, 'tonnes'],
      ['Crude oil', 40_501_000, 'tonnes'],
      ['Motor vehicles', 54_321, 'units'],
      ['Pharmaceutical products', 2_345.678, 'tonnes'],
      ['Integrated circuits', 45_600_000_000, 'units'],
    ]);
  });

  it('rejects a quantity whose label bracket is not a unit, rather than guess one', () => {
    const body = fixture('r4-07-import-commodities-label-units.txt').replace('Motor vehicles (units)', 'Motor vehicles (new)');
    expect(rejected(read(body, 'txt'))).toMatch(/row "Motor vehicles \(new\)" has a quantity but no quantity unit/);
  });
});
