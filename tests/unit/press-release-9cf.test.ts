/**
 * Rules of issue 9, part cf: found by blind batch 64 (statistics offices, customs, ministries and central banks of
 * economies the corpus had not used as reporters; fixtures b64-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const amount = (r: { value: number | null; unit: string }) => [r.value, r.unit];

describe('currencies of small economies, ninth round', () => {
  it('reads Aruba\'s florin "Afl." before an amount, whose full stop ends no sentence', () => {
    const rows = releaseRows('Aruba imported goods worth Afl. 312.4 million in August 2026, up 4.1 percent.', '2026-10-28');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[312400000, 'AWG', 4.1]]);
    expect(releaseRows('Aruba exported goods worth 19.2 million florins in August 2026.', '2026-10-28').map(amount)).toEqual([[19200000, 'AWG']]);
  });

  it('reads the Caribbean guilder "Cg" and by name', () => {
    expect(releaseRows('Curaçao imported goods worth Cg 1,208.3 million in the second quarter of 2026.', '2026-09-01').map(amount)).toEqual([[1208300000, 'XCG']]);
    expect(releaseRows('Curaçao exported goods worth 301.2 million Caribbean guilders in the second quarter of 2026.', '2026-09-01').map(amount)).toEqual([[301200000, 'XCG']]);
  });

  it('reads the CFP franc written "F.CFP", "F CFP" or "CFP francs" after the amount', () => {
    expect(releaseRows('New Caledonia exported goods worth 15.2 billion F.CFP in September 2026.', '2026-10-24').map(amount)).toEqual([[15200000000, 'XPF']]);
    expect(releaseRows('French Polynesia imported goods worth 18.6 billion CFP francs in September 2026.', '2026-10-24').map(amount)).toEqual([[18600000000, 'XPF']]);
  });

  it('reads the ouguiya code "MRU" in brackets after a dollar amount, and ouguiyas by name', () => {
    const rows = releaseRows('Mauritania exported goods worth 3.2 billion US dollars (MRU 127.9 billion) in the first half of 2026.', '2026-09-10');
    expect(rows.map(amount)).toEqual([[3200000000, 'USD'], [127900000000, 'MRU']]);
    expect(releaseRows('Mauritania imported goods worth 61.4 billion ouguiyas in June 2026.', '2026-08-10').map(amount)).toEqual([[61400000000, 'MRU']]);
  });

  it('reads the dalasi "D" glued to an amount with its scale, and no exchange rate without one', () => {
    const rows = releaseRows('The Gambia imported goods worth D16.2 billion in the second quarter of 2026. The dalasi averaged D71.0 per US dollar.', '2026-08-20');
    expect(rows.map(amount)).toEqual([[16200000000, 'GMD']]);
  });

  it('reads Cabo Verde\'s escudos by name and as "ECV"', () => {
    const rows = releaseRows('Cabo Verde imported goods worth 28 412,6 million escudos in the second quarter of 2026, and exported goods worth 2 104,9 million ECV.', '2026-08-12');
    expect(rows.map(amount)).toEqual([[28412600000, 'CVE'], [2104900000, 'CVE']]);
  });

  it('reads Nordic "mio. kr." as millions of the reporter\'s krone', () => {
    const rows = releaseRows('Greenland exported goods for 1,304 mio. kr. in the third quarter of 2026.', '2026-11-19');
    expect(rows.map(amount)).toEqual([[1304000000, 'DKK']]);
  });

  it('reads "M€" after a number with a decimal comma as millions of euros', () => {
    const rows = releaseRows('Imports of goods reached 161,4 M€ in September 2026, and 1.412,2 M€ in January–September.', '2026-10-10');
    expect(rows.map(amount)).toEqual([[161400000, 'EUR'], [1412200000, 'EUR']]);
  });

  it('reads a bare "$" as the New Zealand dollar in the Cook Islands and as the Australian one in Kiribati', () => {
    expect(releaseRows('Cook Islands imports for the June quarter 2026 were valued at $55.1 million.', '2026-09-02').map(amount)).toEqual([[55100000, 'NZD']]);
    expect(releaseRows('Kiribati imports for the June quarter 2026 were valued at $52.4 million.', '2026-09-02').map(amount)).toEqual([[52400000, 'AUD']]);
  });
});

describe('"pct." in Nordic releases', () => {
  it('ends a sentence before a capitalised word', () => {
    const rows = releaseRows('In the first half of 2026 exports rose by 4.2 pct. Imports reached 3,207 mio. kr.', '2026-08-19');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow])).toEqual([[null, '', 4.2, 'export'], [3207000000, 'DKK', null, 'import']]);
  });
});

describe('"pct." with its dot', () => {
  it('is the percent mark, so a comparison after it reads as after "%"', () => {
    const rows = releaseRows('Greenland exported goods for 3,104 mio. kr. in the first half of 2026, which is 4.2 pct. higher than in the same period of 2025.', '2026-08-19');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[3104000000, 'DKK', 4.2]]);
  });
});

describe('bases of year-to-date and monthly figures', () => {
  it('reads "compared with end-September 2025" as the base, not the period the next sentence goes on with', () => {
    const rows = releaseRows('At the end of September 2026, Gabon\'s exports stood at 3,512.4 billion FCFA, down 4.1% compared with end-September 2025. Imports rose by 6.2% to 1,388.0 billion FCFA.', '2026-11-30');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-01', '2026-09', 3512400000000, -4.1], ['2026-01', '2026-09', 1388000000000, 6.2]]);
  });

  it('reads a change in brackets right after a base of the month before as month-on-month', () => {
    const rows = releaseRows('In September 2026, exports reached 121.3 billion CFA francs, up from 99.5 billion CFA francs in August 2026 (+21.9%) and 8.2% higher than in September 2025.', '2026-11-13');
    expect(rows.map((r) => [r.period_start, r.value, r.yoy_pct])).toEqual([['2026-09', 121300000000, 8.2], ['2026-08', 99500000000, null]]);
  });

  it('reads a change "over one month" as month-on-month and one "over one year" as year-on-year', () => {
    const rows = releaseRows('In September 2026, imports fell to 238.4 billion CFA francs, a decrease of 4.9% over one month and of 1.7% over one year.', '2026-11-13');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[238400000000, -1.7]]);
  });
});

describe('periods of small economies\' releases', () => {
  it('reads Haiti\'s fiscal year as October to September', () => {
    const rows = releaseRows("Haiti's exports totalled US$ 998.1 million over fiscal year 2024-2025, up 3.2% from the previous fiscal year.", '2025-11-27');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2024-10', '2025-09', 998100000]]);
  });

  it('reads "year ended <month>" without its article as twelve months', () => {
    const rows = releaseRows('Cook Islands. Annual (year ended June 2026): imports $219.4 million, +4.1 per cent.', '2026-09-02');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.unit])).toEqual([['2025-07', '2026-06', 219400000, 'NZD']]);
  });
});

describe('goods of small economies\' bulletins', () => {
  it('reads no goods in a currency sign glued to "$" after "re-exports of"', () => {
    const rows = releaseRows('In August 2026, exports stood at EC$19.8 mn, with domestic exports of EC$8.1 mn and re-exports of EC$11.7 mn.', '2026-10-20');
    expect(rows.map((r) => r.commodity)).toEqual(['all goods', 'all goods', 'all goods']);
  });

  it('reads goods in lower case right before a bracket opened by their amount', () => {
    const rows = releaseRows('In August 2026, the main domestic exports were kava (VT 139 million), copra (VT 64 million) and beef (VT 41 million).', '2026-10-26');
    expect(rows.map((r) => [r.value, r.commodity])).toEqual([[139000000, 'kava'], [64000000, 'copra'], [41000000, 'beef']]);
  });

  it('gives a later growth naming goods to the one level of those goods, whatever breakdown it has', () => {
    const rows = releaseRows('In August 2026, domestic exports were led by kava (VT 139 million). Kava exports rose 27 percent on a year earlier.', '2026-10-26');
    expect(rows.map((r) => [r.value, r.commodity, r.yoy_pct])).toEqual([[139000000, 'kava', 27]]);
  });
});

describe('a table aligned by spaces', () => {
  it('reads a line that leaves its last columns empty', () => {
    const text = 'Vanuatu. Table 1. Trade summary (VT million)\nItem            Aug 2025   Aug 2026   % change\nExports              331        402       21.5\nTrade balance     -3,611     -3,398';
    const rows = releaseRows(text, '2026-10-26');
    expect(rows.map((r) => [r.period_start, r.value, r.flow])).toEqual([['2025-08', 331000000, 'export'], ['2026-08', 402000000, 'export'], ['2025-08', -3611000000, 'balance'], ['2026-08', -3398000000, 'balance']]);
  });
});
