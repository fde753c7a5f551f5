/**
 * Rules of issue 9, part cu: the fixing round of blind batch 75 (fixtures b75-… in tests/corpus/press-release), statistics
 * agencies around the world on their own totals and their trade with China, and the ISO 4217 code table. In our own words.
 */
import { describe, expect, it } from 'vitest';
import { ISO_4217, MONEY_CODES } from '../../functions/core/extract/iso4217.js';
import { parseValueUnit } from '../../functions/core/extract/table/units.js';
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

describe('ISO 4217 codes (one table, iso4217.ts)', () => {
  it('the table gives each code its minor units, and the codes of metals and of no currency are no money', () => {
    expect([ISO_4217.JPY, ISO_4217.KWD, ISO_4217.CLF, ISO_4217.UYW, ISO_4217.XAU, ISO_4217.EUR]).toEqual([0, 3, 4, 4, null, 2]);
    expect(Object.keys(ISO_4217).every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(MONEY_CODES).toContain('PYG');
    expect(MONEY_CODES).toContain('XDR');
    expect(MONEY_CODES).not.toContain('XAU');
    expect(MONEY_CODES).not.toContain('XXX');
  });

  it.each([
    ["Paraguay's exports reached PYG 12.4 trillion in October 2026, the central bank said.", 12400000000000, 'PYG'],
    ["Uruguay's exports reached UYU48.3 billion in October 2026, the institute said.", 48300000000, 'UYU'],
    ["Moldova's imports amounted to MDL 9.6 billion in September 2026, the bureau said.", 9600000000, 'MDL'],
    ["Rwanda's exports reached RWF 412.5 billion in the third quarter of 2026, the institute said.", 412500000000, 'RWF'],
    ["Nicaragua's exports came to NIO21.4 billion in September 2026, the central bank said.", 21400000000, 'NIO'],
    ["Afghanistan's imports reached AFN 38.4 billion in September 2026, the authority said.", 38400000000, 'AFN'],
    ["Costa Rica's imports reached 684.2 billion CRC in September 2026, the central bank said.", 684200000000, 'CRC'],
    ["Sudan's exports reached SDG 1.9 trillion in the first half of 2026, the ministry said.", 1900000000000, 'SDG'],
  ])('a code before, glued to or after an amount is that currency: %s', (text, value, unit) => {
    expect(releaseRows(text, '2026-11-20').map(money)).toEqual([[value, unit]]);
  });

  it('codes that are also words or abbreviations in capitals read no amount without a scale ("TOP 5", "SDG 8", "COP28", "ALL 12")', () => {
    const text = [
      "Uruguay's exports reached US$ 1.18 billion in October 2026, the institute said.",
      'TOP 5 MARKETS',
      'The note ties trade policy to SDG 8 and to the pledges made at COP28. ALL 12 border posts reported on time.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-20').map(money)).toEqual([[1180000000, 'USD']]);
  });
});

describe('unit lines of statistical tables read by the same table of codes', () => {
  it('an ISO code before or after the factor of a unit line is that currency ("KRW 1 Million", "thousand PYG")', () => {
    expect(parseValueUnit('KRW 1 Million')).toMatchObject({ unit: 'KRW', scale: 1000000n });
    expect(parseValueUnit('thousand PYG')).toMatchObject({ unit: 'PYG', scale: 1000n });
    expect(parseValueUnit('thousand XAU')).toBeNull();
  });
});
