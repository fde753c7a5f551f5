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
