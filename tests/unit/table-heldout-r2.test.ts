import { describe, expect, it } from 'vitest';
import { extractStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, describeHeldOutTables, fixture, rejected } from './table-helpers.js';

// Second round of held-out GACC table families, written before the extractor was read. The expected
// rows come from tests/fixtures/tables/r2-generate.mjs, which shares no code with the extractor.
const FAMILIES = [
  'r2-01-annual-series-usd',
  'r2-02-major-countries-usd',
  'r2-03-export-values-commodities',
  'r2-04-imports-rmb',
  'r2-05-regime-percent-lines',
  'r2-06-enterprise-lines',
  'r2-07-footnote-markers',
  'r2-08-navigation-noise',
];

describeHeldOutTables('held-out round 2 table', FAMILIES);

describe('held-out round 2 variants', () => {
  const series = fixture('r2-01-annual-series-usd.txt');
  const rowsOf = (body: string, contentType = 'text/plain') => accepted(extractStatisticalTable(body, ctx, { contentType }));
  /** Periods of the rows of the row labelled `label`. */
  const periods = (body: string, label: string, contentType?: string) =>
    rowsOf(body, contentType).rows.filter((r) => r.source_quote.startsWith(`${label} |`)).map((r) => `${r.period_start}..${r.period_end}`);

  it('reads a closing "1-12" row as the year to date, like "Total", in both renderings', () => {
    expect(periods(series.replace('\nTotal ', '\n1-12 '), '1-12')).toEqual(Array(4).fill('2019-01..2019-12'));
    const html = fixture('r2-01-annual-series-usd.html');
    expect(periods(html.replace('>Total<', '>1-12<'), '1-12', 'text/html')).toEqual(Array(4).fill('2019-01..2019-12'));
  });

  it('rejects a closing row whose months are not the months above it', () => {
    expect(rejected(extractStatisticalTable(series.replace('\nTotal ', '\n1-11 '), ctx, {}))).toMatch(/row "1-11" is not a month/);
  });

  it('rejects a Total row that is not the last row of the series', () => {
    const moved = series.replace(/\n(Total [^\n]*)/, '').replace('\nDecember', `\n${/\n(Total [^\n]*)/.exec(series)![1]}\nDecember`);
    expect(rejected(extractStatisticalTable(moved, ctx, {}))).toMatch(/row "Total" is not a month/);
  });

  it('checks the closing Total row against the sum of the months', () => {
    const warnings = rowsOf(series.replace('Total 4,122,582,086', 'Total 4,122,582,186')).warnings;
    expect(warnings).toEqual([
      'cross-check: "Total | Export & Import" is 4,122,582,186 but exports plus imports make 4,122,582,086',
      'cross-check: "Total | Export & Import" is 4,122,582,186 but the rows below it sum to 4,122,582,086',
    ]);
  });

  it('drops footnote markers from row labels but keeps parenthesised words', () => {
    const body = fixture('r2-07-footnote-markers.txt').replace('Processing Trade ', 'Processing Trade (Imported Materials) ');
    const labels = new Set(rowsOf(body).rows.map((r) => r.breakdown));
    expect(labels).toContain('customs regime: Processing Trade (Imported Materials)');
    expect(labels).toContain('customs regime: Other');
  });

  it('reads a quantity unit spelled in words off the end of a text label', () => {
    const rows = rowsOf(fixture('r2-04-imports-rmb.txt')).rows.filter((r) => r.measure === 'quantity');
    expect(rows.map((r) => r.commodity)).toEqual(['Soya beans', 'Crude oil', 'Natural gas', 'Beef', 'Integrated circuits', 'Medicaments']);
    expect(rows.map((r) => r.unit)).toEqual(['tonnes', 'tonnes', 'tonnes', 'tonnes', 'units', 'tonnes']);
  });
});
