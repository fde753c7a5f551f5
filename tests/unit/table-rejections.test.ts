import { describe, expect, it } from 'vitest';
import { extractStatisticalTable } from '../../functions/core/extract/table/index.js';
import { accepted, ctx, fixture, rejected } from './table-helpers.js';

const reasonFor = (body: string, options = {}) => rejected(extractStatisticalTable(body, ctx, options));

describe('rejections', () => {
  it('rejects a table with no unit line unless a default unit is configured', () => {
    const body = fixture('customs-regime.txt').replace('Unit: US$1,000\n', '');
    expect(reasonFor(body)).toMatch(/no unit line.*never guessed/);
    expect(extractStatisticalTable(body, ctx, { defaultUnit: 'US$1,000' }).ok).toBe(true);
    const html = fixture('customs-regime.html').replace('<tr><td colspan="5" align="right">Unit: US$1,000</td></tr>', '');
    expect(reasonFor(html)).toMatch(/no unit line/);
  });

  it('rejects a unit it does not understand', () => {
    expect(reasonFor(fixture('customs-regime.txt').replace('Unit: US$1,000', 'Unit: bushels of gold'))).toMatch(/unit "bushels of gold" is not understood/);
  });

  it('rejects a title currency that contradicts the unit line', () => {
    expect(reasonFor(fixture('trade-mode.txt').replace('Unit: CNY 100 Million', 'Unit: USD 1 Million'))).toMatch(/title says CNY/);
  });

  it('rejects a table whose rows it cannot name', () => {
    const body = fixture('customs-regime.txt').replace(/Imports and Exports by Customs Regime/g, 'Imports and Exports by Mystery Dimension').replace('Customs Regime  Exports', 'Exports');
    expect(reasonFor(body)).toMatch(/layout is not understood: what the rows are is not understood/);
  });

  it('rejects headings that do not nest', () => {
    const body = fixture('customs-regime.txt').replace('10 1 to 10 10 1 to 10', '10 1 to 10 10');
    expect(reasonFor(body)).toMatch(/layout is not understood: heading row .* does not divide evenly/);
  });

  it('rejects a period heading for another month than the title', () => {
    expect(reasonFor(fixture('customs-regime.txt').replace('10 1 to 10 10 1 to 10', '9 1 to 9 9 1 to 9'))).toMatch(/is for month 9 but the title is for month 10/);
  });

  it('leaves out a text row that lost a cell, names it in a warning, and keeps every other cell', () => {
    const full = accepted(extractStatisticalTable(fixture('customs-regime.txt'), ctx, {}));
    const body = fixture('customs-regime.txt').replace('Ordinary Trade 70,000  640,000  60,000  500,000', 'Ordinary Trade 70,000  640,000  500,000');
    const { rows, warnings } = accepted(extractStatisticalTable(body, ctx, {}));
    expect(rows.some((r) => r.breakdown === 'customs regime: Ordinary Trade')).toBe(false);
    expect(rows).toEqual(full.rows.filter((r) => r.breakdown !== 'customs regime: Ordinary Trade'));
    expect(warnings[0]).toMatch(/row "Ordinary Trade" \(line 10\) has 3 \+ 4 figures, expected 4 \+ 4 .*left out/);
    // With a row missing, totals are not compared with the sum of the rows that are left.
    expect(warnings.filter((w) => /sum/i.test(w))).toEqual([]);
  });

  it('leaves out a cell-per-line row that lost a cell', () => {
    const body = fixture('enterprise-regime.txt').replace('\n1,000 \n\n300 \n', '\n1,000 \n');
    const { warnings } = accepted(extractStatisticalTable(body, ctx, {}));
    expect(warnings[0]).toMatch(/row "Goods on Lease" \(line \d+\) has 15 \(one per line\) figures/);
  });

  it('rejects the whole table when more than half of its rows cannot be placed', () => {
    // Four of the six rows lose their last figure.
    const body = fixture('customs-regime.txt')
      .replace('TOTAL 120,500  1,100,800  99,400  900,310', 'TOTAL 120,500  1,100,800  99,400')
      .replace('Ordinary Trade 70,000  640,000  60,000  500,000', 'Ordinary Trade 70,000  640,000  60,000')
      .replace('Equipment for Processing trade -  -  400  4,300', 'Equipment for Processing trade -  -  400')
      .replace('Other 20,500  ############  19,000  156,000', 'Other 20,500  ############  19,000');
    const reason = reasonFor(body);
    expect(reason).toMatch(/cannot be aligned/);
    expect(reason).toMatch(/rejected as a whole/);
  });

  it('rejects a quantity without a quantity unit', () => {
    const body = fixture('commodity-regime.txt').replace('Mechanical and electrical products - - ', 'Mechanical and electrical products - 5 ');
    expect(reasonFor(body)).toMatch(/"Mechanical and electrical products" has a quantity but no quantity unit/);
  });

  it('rejects a cell that is not a figure', () => {
    const html = fixture('trade-mode.html').replace('<b>4.3&nbsp;</b>', '<b>n.a.&nbsp;</b>');
    expect(reasonFor(html)).toMatch(/cell "n.a." .* is not a figure/);
  });

  it('rejects a page with two tables of figures', () => {
    const html = fixture('trade-mode.html');
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>') + 8);
    expect(reasonFor(html.replace('</body>', `${table}</body>`))).toMatch(/2 tables of figures/);
  });

  it('rejects rows of figures after something it took for the end of the table', () => {
    const body = fixture('customs-regime.txt').replace('Other 20,500', 'Subtotal of the above\nOther 20,500');
    expect(reasonFor(body)).toMatch(/ends the table but line \d+ still looks like a row of figures/);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n'],
    ['prose', 'Customs said exports grew. Nothing else to see here.'],
    ['html without tables', '<html><body><p>Hello 2019</p></body></html>'],
    ['numbers without a title', '1 2 3\n4 5 6\n7 8 9'],
    ['binary noise', '\u0000\u0001\u00ff'.repeat(50)],
  ])('rejects %s with a reason', (_name, body) => {
    expect(reasonFor(body)).toMatch(/^statistical table rejected: .+/);
  });
});
