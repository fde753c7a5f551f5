import { describe, expect, it } from 'vitest';
import { extractStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, describeHeldOutTables, essentials, fixture, rejected } from './table-helpers.js';

// Held-out GACC table families written before the extractor was generalised. The expected rows come
// from tests/fixtures/tables/h-generate.mjs, which shares no code with the extractor.
const FAMILIES = [
  'h01-total-series-cny',
  'h02-country-bulletin',
  'h03-export-commodities',
  'h04-import-commodities-cny',
  'h05-enterprise-columns',
  'h06-locations-usd',
  'h08-january-imports',
  'h09-trade-mode-overflow',
];

describeHeldOutTables('held-out table', FAMILIES);

describe('held-out table of an unknown layout', () => {
  it.each(['txt', 'html'])('rejects the %s rendering with a reason', (ext) => {
    const reason = rejected(extractStatisticalTable(fixture(`h10-unknown-layout.${ext}`), ctx, {}));
    expect(reason).toMatch(/^statistical table rejected: .*layout is not understood/);
  });
});

describe('held-out variants of the new layouts', () => {
  const series = fixture('h01-total-series-cny.txt');
  const seriesRows = (body: string, contentType = 'text/plain') => accepted(extractStatisticalTable(body, ctx, { contentType })).rows;
  const withoutQuote = (rows: ReturnType<typeof seriesRows>) => rows.map(({ source_quote: _q, ...rest }) => rest);

  it('reads the series headings when the copy lost the tabs ("Current Month ±%" spread over spaces)', () => {
    expect(seriesRows(series.replace(/\t/g, ' ')).map(essentials)).toEqual(seriesRows(series).map(essentials));
  });

  it('takes the month of each row from labels such as "2023.03", in both renderings', () => {
    const names = ['January', 'February', 'March', 'April', 'May'];
    const relabel = (body: string, sep: string) => names.reduce((text, name, i) => text.replace(new RegExp(`(^|>|\\n)${name}(?=${sep})`), `$12023.0${i + 1}`), body);
    expect(withoutQuote(seriesRows(relabel(series, '\\t')))).toEqual(withoutQuote(seriesRows(series)));
    const html = fixture('h01-total-series-cny.html');
    expect(withoutQuote(seriesRows(relabel(html, '<'), 'text/html'))).toEqual(withoutQuote(seriesRows(html, 'text/html')));
  });

  it('warns when a Balance is not exports minus imports', () => {
    const warnings = accepted(extractStatisticalTable(series.replace('\t-456.8\t', '\t-458.8\t'), ctx, {})).warnings;
    expect(warnings).toEqual(['cross-check: "February | Current Month Balance" is -458.8 but exports minus imports make -456.8']);
  });

  it('rejects a series table with a row that is not a month', () => {
    expect(rejected(extractStatisticalTable(series.replace('\nMay\t', '\nTotal\t'), ctx, {}))).toMatch(/row "Total" is not a month/);
  });

  it('warns when the Export & Import row is not the Exports row plus the Imports row', () => {
    const body = fixture('h05-enterprise-columns.txt').replace('Export & Import\t395,061,590', 'Export & Import\t395,061,690');
    expect(accepted(extractStatisticalTable(body, ctx, {})).warnings).toEqual([
      'cross-check: "Export & Import | Total 6" is 395,061,690 but SOE + FIE + POE + Other make 395,061,590',
      'cross-check: "Export & Import | Total 6" is 395,061,690 but exports plus imports make 395,061,590',
    ]);
  });

  it('gives enterprise types as rows the labels the enterprise-type columns get', () => {
    const body = [
      '(4) Imports and Exports by Type of Enterprise, 9.2019',
      'Unit: US$1,000',
      'Type of Enterprise  Exports Imports',
      '9 1 to 9 9 1 to 9',
      'TOTAL 60  600  40  400',
      '1.0 2.0 3.0 4.0',
      'State-owned Enterprises 10  100  20  200',
      '1.0 2.0 3.0 4.0',
      'Foreign-invested Enterprises 50  500  20  200',
      '1.0 2.0 3.0 4.0',
    ].join('\n');
    const rows = accepted(extractStatisticalTable(body, ctx, {})).rows;
    expect([...new Set(rows.map((r) => r.breakdown))]).toEqual(['', 'enterprise type: State-owned', 'enterprise type: Foreign-invested']);
  });
});
