/**
 * Rules of issue 9, part a0d: customs revenue is no trade figure (category 10 of the non-figures), in our own
 * words. The reader still reads it as flow `other` so that it is never taken for trade; by default its rows are dropped,
 * and the `revenue` option keeps them.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const read = (text: string, revenue = false) =>
  releaseRows(text, '2026-11-10', revenue ? { revenue: true } : {}).map((r) => [r.value, r.unit, r.measure, r.yoy_pct, r.flow]);

// Each phrasing gives one revenue row when kept: a level in money, a growth-only row or a share of the revenue.
const REVENUE: [string, string, unknown[]][] = [
  ['customs duties', 'NANNING, Oct 20 -- Pingxiang Customs collected 1.7 billion yuan in import duties and taxes in January-September 2026.', [1_700_000_000, 'CNY', 'value', null, 'other']],
  ['import taxes with their growth', 'ULAANBAATAR. Import taxes collected in January-June 2026 came to MNT 2.4 trillion, up 8 percent.', [2_400_000_000_000, 'MNT', 'value', 8, 'other']],
  ['money paid into the budget', 'BISHKEK. In January-May 2026 customs paid 41.3 billion soms into the state budget.', [41_300_000_000, 'KGS', 'value', null, 'other']],
  ['customs payments to the budget', 'MOSCOW. Customs payments to the federal budget reached 2.1 trillion rubles in January-March 2026.', [2_100_000_000_000, 'RUB', 'value', null, 'other']],
  ['duties a branch collected', 'HANOI. The customs branch of Quang Ninh collected 9,400 billion VND in duties in January-October 2026.', [9_400_000_000_000, 'VND', 'value', null, 'other']],
  ['growth of customs revenue alone', 'ALMATY. Customs revenue rose 6.3 percent in January-September 2026, the finance ministry said.', [null, '', 'growth', 6.3, 'other']],
  ['growth of taxes on imports alone', 'Taxes on imports collected by customs grew 12.5 percent in January-October 2026.', [null, '', 'growth', 12.5, 'other']],
  ['a port\'s share of the revenue', 'ULAANBAATAR. Zamyn-Uud accounted for 28.1 percent of the customs revenue collected in Mongolia in January-August 2026.', [28.1, 'percent-share', 'share', null, 'other']],
  ['a levy\'s share of budget revenue', 'MOSCOW. Customs payments made up 31.5 percent of federal budget revenue in January-March 2026.', [31.5, 'percent-share', 'share', null, 'other']],
];

describe('customs revenue (duties, import taxes, payments to the budget)', () => {
  it.each(REVENUE)('is no row by default: %s', (_kind, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each(REVENUE)('is kept, still read as flow other, with the revenue option: %s', (_kind, text, row) => {
    expect(read(text, true)).toEqual([row]);
  });

  it('leaves a trade figure in the same sentence as it was', () => {
    const text = 'NANNING, Oct 20 -- Exports through Pingxiang reached 48.2 billion yuan in January-September 2026, up 6 percent, while duties collected at the port came to 1.7 billion yuan.';
    const exports = [48_200_000_000, 'CNY', 'value', 6, 'export'];
    expect(read(text)).toEqual([exports]);
    expect(read(text, true)).toEqual([exports, [1_700_000_000, 'CNY', 'value', null, 'other']]);
  });

  it('leaves other figures of no direction: vessels a port handled', () => {
    expect(read('The port handled 1,340 inbound and outbound vessels in January-October 2026.')).toEqual([[1340, 'vessels', 'count', null, 'other']]);
  });

  it('leaves a sale of goods with no direction and no levy word', () => {
    expect(read('YIWU. Value of goods: 41.2 billion yuan (up 10.6%) in January-October 2026.')).toEqual([[41_200_000_000, 'CNY', 'value', 10.6, 'other']]);
  });
});
