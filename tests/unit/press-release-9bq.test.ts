/**
 * Rules of issue 9, part bq: found by blind batch 53 (national statistics offices, customs services and central
 * banks of economies the corpus had used little; fixtures b53-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const amount = (r: { value: number | null; unit: string }) => [r.value, r.unit];

describe('currencies of Angola, Trinidad and Tobago and Panama', () => {
  it('reads the kwanza written "Kz" before the amount, with a dollar restatement in brackets', () => {
    const rows = releaseRows('Luanda, 18 November 2026 – Angola sold goods worth Kz 6 204.9 billion (USD 6.6 billion) abroad in the third quarter of 2026.', '2026-11-18');
    expect(rows.map(amount)).toEqual([[6204900000000, 'AOA'], [6600000000, 'USD']]);
  });

  it('reads "TT$" as the Trinidad and Tobago dollar, not the US dollar', () => {
    const rows = releaseRows('Trinidad and Tobago imported goods worth TT$14,208.6 million in the first quarter of 2026.', '2026-08-30');
    expect(rows.map(amount)).toEqual([[14208600000, 'TTD']]);
  });

  it('reads the balboa written "B/." and keeps the sentence whole after its full stop', () => {
    const rows = releaseRows('Panama exported goods worth B/. 512.3 million in the first eight months of 2026, up 3.1%.', '2026-10-01');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[512300000, 'PAB', 3.1]]);
  });

  it('reads kwanzas and balboas by name', () => {
    const rows = releaseRows('Angola imported goods worth 2 911.4 billion kwanzas in the second quarter of 2026.', '2026-09-01');
    expect(rows.map(amount)).toEqual([[2911400000000, 'AOA']]);
    const balboas = releaseRows('Panama imported fuels worth 1,204.7 million balboas in the first half of 2026.', '2026-08-01');
    expect(balboas.map(amount)).toEqual([[1204700000, 'PAB']]);
  });
});

describe('a capital set off from the date by a dash', () => {
  it('datelines the release in that capital\'s country', () => {
    const text = 'DEPARTMENT OF STATISTICS\nMonthly report on external trade\n\nAmman – 12 November 2026\n\nNational exports rose 3.1% to JD 640.2 million in October 2026. India bought goods worth JD 61.0 million.';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[640200000, 'Jordan'], [61000000, 'Jordan']]);
  });
});

describe('a change from one month to the next', () => {
  it('is month-on-month, and its level is of the later month', () => {
    const rows = releaseRows('Seasonally adjusted, exports of goods fell by 1.3% from July to August 2026 and came to DKK 110.2 billion.', '2026-10-09');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-08', '2026-08', 110200000000, null]]);
  });

  it('also with the year written after both months, the change after them', () => {
    const rows = releaseRows('Exports increased from July 2026 to August 2026 by 3.0% to R201.4 billion and imports fell by 1.1% to R188.0 billion.', '2026-09-30');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-08', '2026-08', 201400000000, null], ['2026-08', '2026-08', 188000000000, null]]);
  });
});

describe('a second flow after a change set against another period', () => {
  it('shares that base: its change is not year-on-year either', () => {
    const rows = releaseRows('In the three months June–August 2026, imports were 2.2% higher than in March–May 2026, while exports were 0.4% lower.', '2026-10-09');
    expect(rows).toEqual([]);
  });
});

describe('a country\'s main customer', () => {
  it('buys its exports', () => {
    const rows = releaseRows('ALGIERS, Oct 20 (APS) – Spain was Algeria\'s main customer in the first eight months of 2026, with 4.61 billion USD.', '2026-10-20');
    expect(rows.map((r) => [r.value, r.partner, r.flow])).toEqual([[4610000000, 'Spain', 'export']]);
  });
});

describe('goods that remained the bulk of sales abroad', () => {
  it('name the level, so a restatement of the exports in the local money takes the total\'s change', () => {
    const text = 'ALGIERS, Oct 20 (APS) – Exports reached 30.2 billion USD in January-August 2026, down 4.1%. Hydrocarbons remained the bulk of sales abroad at 27.0 billion USD, a decrease of 5.9%. In national currency, exports came to 4 020.3 billion dinars (DA).';
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [30200000000, 'USD', -4.1, 'all goods'],
      [27000000000, 'USD', -5.9, 'hydrocarbons'],
      [4020300000000, 'DZD', -4.1, 'all goods'],
    ]);
  });
});

describe('a gap left by imports over exports', () => {
  it('is the trade balance, negative', () => {
    const rows = releaseRows('BEIRUT – In September 2026 imports came to $1.48bn and exports to $231m, leaving a monthly gap of $1.25bn.', '2026-10-28');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[1480000000, 'import'], [231000000, 'export'], [-1250000000, 'balance']]);
  });
});

describe('a dated base opening the sentence with its level in brackets', () => {
  it('dates the bracketed level, and the change against it is not year-on-year', () => {
    const text = 'In the second quarter of 2026 the trade deficit narrowed to 301.2 billion FCFA. Compared with the first quarter of 2026 (a deficit of 344.6 billion FCFA), it eased by 12.6%.';
    const rows = releaseRows(text, '2026-08-20');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['2026-04', '2026-06', -301200000000, null],
      ['2026-01', '2026-03', -344600000000, null],
    ]);
  });
});

describe('a change compared with the previous quarter', () => {
  it('is no year-on-year change', () => {
    const rows = releaseRows('Exports in the second quarter of 2026 came to Kz 7 480.0 billion, down 2.2% compared with the same quarter of 2025 and up 4.1% compared with the previous quarter.', '2026-08-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[7480000000000, -2.2]]);
  });
});

describe('a dated base after the sentence\'s own period', () => {
  it('opens the sentence all the same: its changes compare with that base', () => {
    const rows = releaseRows('In August 2026, compared to July 2026, exports increased by 3.9 per cent, imports – by 0.8 per cent.', '2026-10-10');
    expect(rows).toEqual([]);
  });
});

describe('a bulleted list after a sentence of both exports and imports', () => {
  it('lets an item with no flow word go on with the flow of the item before', () => {
    const text = 'Exports fell 4.2 per cent to TT$18,204.5 million, while imports rose 2.0 per cent to TT$14,112.0 million.\n\n* Mineral fuels, the largest section of exports, earned TT$10,905.3 million.\n* Chemicals contributed TT$4,866.1 million.';
    const rows = releaseRows(text, '2026-08-30');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[18204500000, 'export'], [14112000000, 'import'], [10905300000, 'export'], [4866100000, 'export']]);
  });
});

describe('an amount of a flow', () => {
  it('is that flow, whatever flow an earlier verb named', () => {
    const rows = releaseRows('The United States remained the main partner, buying TT$5,102.9 million of exports and supplying TT$4,470.2 million of imports in the first quarter of 2026.', '2026-06-30');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[5102900000, 'export'], [4470200000, 'import']]);
  });
});

describe('an amount of the total with a bracketed percentage', () => {
  it('gives the amount\'s share of the total', () => {
    const rows = releaseRows('Panama\'s national exports reached B/. 610.2 million in January-August 2026. Fresh bananas represented B/. 133.0 million of the total (21.8%).', '2026-10-01');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[610200000, 'PAB'], [133000000, 'PAB'], [21.8, 'percent-share']]);
  });
});

describe('a partner\'s amount and share in one bracket', () => {
  it('read with a currency sign of a capital and a small letter, and digits grouped by spaces', () => {
    const text = 'Luanda, 20 August 2026 – Angola\'s exports in the second quarter of 2026 amounted to Kz 7 000.1 billion. Main destinations: China (Kz 3 104.2 billion, 44.1%) and India (Kz 790.5 billion, 11.2%).';
    const rows = releaseRows(text, '2026-08-20');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([
      [7000100000000, 'AOA', 'World'],
      [3104200000000, 'AOA', 'China'], [44.1, 'percent-share', 'China'],
      [790500000000, 'AOA', 'India'], [11.2, 'percent-share', 'India'],
    ]);
  });
});
