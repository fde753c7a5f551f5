/**
 * Rules of issue 9, part cu: the fixing round of blind batch 75 (fixtures b75-… in tests/corpus/press-release), statistics
 * agencies around the world on their own totals and their trade with China, and the ISO 4217 code table. In our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const money = (r: Row) => [r.value, r.unit];
const signed = (r: Row) => [r.value, r.flow, r.partner];

describe('signs an agency writes after the amount', () => {
  it('"Kč" after an amount and its scale is the Czech koruna', () => {
    const text = 'Czech Statistical Office, Prague, 7 October 2026. In August 2026, exports rose y/y by 2.2% to 388.4 bn Kč, while imports reached 371.9 bn Kč.';
    expect(releaseRows(text, '2026-10-07').map(levelTuple)).toEqual([
      ['2026-08', '2026-08', 388400000000, 'CZK', 2.2],
      ['2026-08', '2026-08', 371900000000, 'CZK', null],
    ]);
  });
});

describe('changes in money', () => {
  it('a second flow joined to a change "by" an amount, its verb left out ("and imports by R1.18 billion"), is a change too', () => {
    const text = [
      'Pretoria, 30 December 2026. The South African Revenue Service reported exports of R201.3 billion and imports of R188.2 billion for November 2026.',
      'Exports increased from October 2026 to November 2026 by R6.41 billion and imports by R1.18 billion.',
    ].join(' ');
    expect(releaseRows(text, '2026-12-30').map(money)).toEqual([
      [201300000000, 'ZAR'],
      [188200000000, 'ZAR'],
    ]);
  });

  it('"decreased from October by" an amount (the month compared with, no "to") is a change, not a level', () => {
    const text = 'Windhoek, 28 December 2026. Namibia Statistics Agency: imports were N$9.84 billion in November 2026. Imports decreased from October by N$0.62 billion.';
    expect(releaseRows(text, '2026-12-28').map(money)).toEqual([[9840000000, 'NAD']]);
  });

  it('"while exports by" after a change of imports reads the same way', () => {
    const text = 'Windhoek, 28 December 2026. Namibia Statistics Agency: imports were N$9.84 billion in November 2026. Imports decreased from October by N$0.62 billion, while exports by N$0.35 billion.';
    expect(releaseRows(text, '2026-12-28').map(money)).toEqual([[9840000000, 'NAD']]);
  });
});

describe('balances', () => {
  it('"the deficit of the trade balance with" a partner is a deficit, though the word "balance" follows it', () => {
    const text = 'Czech Statistical Office, Prague, 6 November 2026. In September 2026 the deficit of the trade balance with Poland widened y/y to CZK 12.4 bn.';
    expect(releaseRows(text, '2026-11-06').map(signed)).toEqual([[-12400000000, 'balance', 'Poland']]);
  });
});
