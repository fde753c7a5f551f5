import { describe, expect, it } from 'vitest';
import { extractStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, describeHeldOutTables, fixture, rejected } from './table-helpers.js';

// Third round of held-out GACC tables, aimed at silent errors and written before the extractor was
// read. The expected rows come from tests/fixtures/tables/r3-generate.mjs, which shares no code
// with the extractor.
const FAMILIES = [
  'r3-01-cumulative-title-month-columns',
  'r3-02-trade-mode-small-figures',
  'r3-03-mixed-quantity-units',
  'r3-04-partner-punctuation-space-groups',
  'r3-05-january-enterprise-regime',
  'r3-06-large-yoy-overflow',
];

describeHeldOutTables('held-out round 3 table', FAMILIES);

describe('held-out round 3 variants: unreadable cells are refused, never misread', () => {
  const read = (body: string, contentType = 'text/plain') => extractStatisticalTable(body, ctx, { contentType });
  const quotes = (body: string, prefix: string, contentType?: string) =>
    accepted(read(body, contentType)).rows.filter((r) => r.source_quote.startsWith(prefix)).map((r) => [r.source_quote, r.value, r.yoy_pct]);

  it('keeps no row for a value printed as a bound ("<0.1"), with a warning', () => {
    const outcome = accepted(read(fixture('r3-06-large-yoy-overflow.txt').replace('5,210 ', '<0.1 ')));
    expect(outcome.rows.some((r) => r.source_quote === 'Equipment for Processing Trade | Exports 3')).toBe(false);
    expect(outcome.warnings).toContain('Equipment for Processing Trade | Exports 3: the cell shows "<0.1", a bound rather than a figure; no row');
  });

  it('reads a bound year-on-year as none in the HTML rendering too, instead of rejecting the table', () => {
    const rows = quotes(fixture('r3-06-large-yoy-overflow.html'), 'Equipment for Processing Trade | Exports 3', 'text/html');
    expect(rows).toEqual([['Equipment for Processing Trade | Exports 3', 5_210_000, null]]);
  });

  it('rejects space-grouped figures when the text has no tabs to say where cells end', () => {
    expect(rejected(read(fixture('r3-04-partner-punctuation-space-groups.txt').replace(/\t/g, ' ')))).toMatch(/cannot be aligned/);
  });

  it('rejects a cell with spaces that are not thousands grouping ("1572 06")', () => {
    const html = fixture('r3-04-partner-punctuation-space-groups.html').replace('157 206', '1572 06');
    expect(rejected(read(html, 'text/html'))).toMatch(/cell "1572 06" .* is not a figure/);
  });

  it('leaves out a row whose label ends in a digit and which lost a cell, instead of reading the digit as its first figure', () => {
    const body = fixture('r3-02-trade-mode-small-figures.txt').replace('Processing Trade 2 5,803.0  3,726.1  2,076.9  0.0', 'Processing Trade 2 5,803.0  3,726.1  2,076.9 ');
    const outcome = accepted(read(body));
    expect(outcome.rows.filter((r) => r.source_quote.startsWith('Processing Trade'))).toEqual([]);
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatch(/"2" under "August Export & Import" has 0 decimal\(s\) where every other figure of the column has 1/);
  });

  it('does not take a label digit into the label when the next figure could continue it ("3 221.2" in a table without commas)', () => {
    const outcome = accepted(read(fixture('r3-02-trade-mode-small-figures.txt').replace(/(\d),(\d)/g, '$1$2')));
    expect(outcome.rows.some((r) => r.source_quote.startsWith('Frontier Petty Trade'))).toBe(false);
    expect(outcome.warnings).toEqual([expect.stringMatching(/^row "Frontier Petty Trade" \(line \d+\) has 7 figures, expected 6/)]);
  });

  it('rejects month columns that disagree with the month of a cumulative-only title', () => {
    const body = fixture('r3-01-cumulative-title-month-columns.txt').replace(/January-November 2019/g, 'January-October 2019');
    expect(rejected(read(body))).toMatch(/column "Exports 11" is for month 11 but the title is for month 10/);
  });

  it.each(['10 000 units', '10K units'])('rejects a text unit "%s" whose multiplier would otherwise be read into the label', (unit) => {
    const body = fixture('r3-03-mixed-quantity-units.txt').replace('Mobile phones 10000 units', `Mobile phones ${unit}`);
    expect(rejected(read(body))).toMatch(/quantity unit ".*units" is not understood/);
  });

  it('still reads multipliers it knows, spelled out or in figures, in both renderings', () => {
    for (const [unit, value] of [['Ten thousand sets', 679_670_000], ['100 Million Units', 6_796_700_000_000], ['10,000T', 679_670_000]] as const) {
      const txt = fixture('r3-03-mixed-quantity-units.txt').replace('Mobile phones 10000 units', `Mobile phones ${unit}`);
      const html = fixture('r3-03-mixed-quantity-units.html').replace('>10000 units<', `>${unit}<`);
      for (const [body, ct] of [[txt, 'text/plain'], [html, 'text/html']]) {
        const row = accepted(read(body, ct)).rows.find((r) => r.source_quote === 'Mobile phones | October Quantity');
        expect(row?.value).toBe(value);
        expect(row?.commodity).toBe('Mobile phones');
      }
    }
  });

  it('pairs an unlabelled year-on-year block with the value columns in order, and only when the counts match', () => {
    expect(quotes(fixture('r3-03-mixed-quantity-units.txt'), 'Tea |')).toEqual([
      ['Tea | October Quantity', 2.667, -25.3],
      ['Tea | October Value', 3_965_774_000, -16.5],
      ['Tea | January-October Quantity', 730.346, -17.6],
      ['Tea | January-October Value', 27_336_139_000, -29.1],
    ]);
    // A year-on-year block whose order differs from the value columns' is not paired by position: rejected.
    const swapped = fixture('r3-03-mixed-quantity-units.txt').replace('Quantity Value Quantity Value Quantity Value Quantity Value', 'Quantity Value Quantity Value Value Quantity Value Quantity');
    expect(rejected(read(swapped))).toMatch(/year-on-year column .* matches more than one value column/);
  });
});
