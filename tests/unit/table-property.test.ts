import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObservationDraft, type ExtractionOutcome } from '../../functions/core/contract.js';
import { extractStatisticalTable, looksLikeStatisticalTable } from '../../functions/core/extract/table/index.js';
import { ctx, fixture } from './table-helpers.js';

/** Every outcome is a well-formed value: a reason, or rows that satisfy the contract. */
function wellFormed(outcome: ExtractionOutcome): void {
  if (!outcome.ok) {
    expect(typeof outcome.reason).toBe('string');
    expect(outcome.reason.length).toBeGreaterThan(0);
    return;
  }
  for (const row of outcome.rows) expect(ObservationDraft.safeParse(row).success).toBe(true);
  for (const warning of outcome.warnings) expect(typeof warning).toBe('string');
}

function run(body: string, contentType?: string): void {
  wellFormed(extractStatisticalTable(body, ctx, { contentType }));
  expect(typeof looksLikeStatisticalTable(body, contentType)).toBe('boolean');
}

const pieces = [
  '(5)Imports and Exports by Customs Regime, 9.2019', '(2) Export & Import by Trade Mode, August 2019 (in CNY)', 'Import of Selected Commodities by Major Customs Regimes,12. 2019',
  'Unit: US$1,000', 'Unit: CNY 100 Million', 'Unit: ', 'Customs Regime', 'Exports', 'Imports', 'Export & Import', '9', '1 to 9', '1to9', 'Jan-August', 'Year-on-Year (±%)',
  'Value/±%', 'Quantity', 'Value', 'Quantity Unit', 'SOE', 'FIE', 'Sub.Tot', 'CJV', 'POE', 'Other', 'TOTAL', 'Total Value', 'Ordinary Trade', ' Soya beans', "'Copper",
  '10000T', 'T', '1,234', '0.0', '-', '-12.5', '12,345.6', '############', '99999999999999999999999999', '1. Figures in shaded areas', 'of which:', 'Postcode: 100730', '08/15/2018', '',
];
const tableish = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.constantFrom(' ', '  ', '\n')).map(([words, gap]) => words.join(gap)), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

const cell = fc.record({ text: fc.constantFrom(...pieces), rowspan: fc.integer({ min: 0, max: 4 }), colspan: fc.integer({ min: 0, max: 4 }), th: fc.boolean() });
const htmlTable = fc
  .array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 })
  .map((rows) => `<html><body><p>${pieces[0]}</p><p>Unit: US$1,000</p><table>${rows.map((row) => `<tr>${row.map((c) => `<${c.th ? 'th' : 'td'} rowspan="${c.rowspan}" colspan="${c.colspan}"><span><b>${c.text}&nbsp;</b></span></${c.th ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table></body></html>`);

describe('never throws, never hangs', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(undefined, 'text/html', 'text/plain'), (body, type) => run(body, type)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => run(body)), { numRuns: 200 });
  });

  it('on random table-like text', () => {
    fc.assert(fc.property(tableish, (body) => run(body, 'text/plain')), { numRuns: 300 });
  });

  it('on random HTML tables with spans', () => {
    fc.assert(fc.property(htmlTable, (body) => run(body, 'text/html')), { numRuns: 200 });
  });

  it('on mutated fixtures (lines dropped, duplicated or swapped)', () => {
    const bodies = ['customs-regime.txt', 'trade-mode.txt', 'enterprise-regime.txt', 'commodity-regime.txt', 'customs-regime.html', 'commodity-regime.html'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'swap')), { maxLength: 5 }), (body, edits) => {
        const lines = body.split('\n');
        for (const [a, b, op] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (op === 'drop') lines.splice(i, 1);
          else if (op === 'dup') lines.splice(i, 0, lines[i]);
          else [lines[i], lines[j]] = [lines[j], lines[i]];
        }
        run(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('on huge inputs', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Regime ${'x'.repeat(i % 7)} 1,000  2,000  3,000  4,000\n1.0 2.0 3.0 4.0`).join('\n');
    run(`${fixture('customs-regime.txt').split('TOTAL')[0]}${rows}`, 'text/plain');
    run('9 '.repeat(300_000), 'text/plain');
    run(`<table>${'<tr><td rowspan="9999" colspan="9999">1</td></tr>'.repeat(3000)}</table>`, 'text/html');
    run(`${'<table><tr><td>'.repeat(2000)}1`, 'text/html');
    run('a'.repeat(9 * 1024 * 1024));
  });
});
