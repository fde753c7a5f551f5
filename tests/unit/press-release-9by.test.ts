/**
 * Rules of issue 9, part by: found by blind batch 58 (statistics offices, central banks and customs of economies the
 * corpus had not used as reporters; fixtures b58-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const amount = (r: { value: number | null; unit: string }) => [r.value, r.unit];

describe('currencies of small economies written with their own signs', () => {
  it('reads "SI$" as the Solomon Islands dollar, not the US dollar', () => {
    const rows = releaseRows('Solomon Islands exported goods worth SI$377 million in August 2026.', '2026-10-30');
    expect(rows.map(amount)).toEqual([[377000000, 'SBD']]);
  });

  it('reads "T$" as the pa\'anga, while "NT$" stays the Taiwan dollar', () => {
    expect(releaseRows('Tonga imported goods worth T$51.6 million in June 2026.', '2026-08-20').map(amount)).toEqual([[51600000, 'TOP']]);
    expect(releaseRows('Taiwan exported goods worth NT$1.2 trillion in June 2026.', '2026-07-09').map(amount)).toEqual([[1200000000000, 'TWD']]);
  });

  it('reads the new leone "NLe" and the ariary, pa\'anga and leones by name', () => {
    expect(releaseRows('Sierra Leone imported goods worth NLe 3,904.1 million in July 2026.', '2026-09-15').map(amount)).toEqual([[3904100000, 'SLE']]);
    expect(releaseRows('Madagascar exported goods worth 702,5 billion ariary in July 2026.', '2026-09-15').map(amount)).toEqual([[702500000000, 'MGA']]);
    expect(releaseRows('Tonga exported squash worth 2.4 million pa\'anga in the first half of 2026.', '2026-08-15').map(amount)).toEqual([[2400000, 'TOP']]);
  });

  it('reads the loti "M" spaced or glued before an amount with its scale, and no "M" without one', () => {
    const rows = releaseRows('Lesotho exported goods worth M 1,604.2 million in August 2026, and imports reached M2,911.0 million.', '2026-10-20');
    expect(rows.map(amount)).toEqual([[1604200000, 'LSL'], [2911000000, 'LSL']]);
    expect(releaseRows('Lesotho exported M 16 textiles lines worth US$12.4 million in August 2026.', '2026-10-20').map(amount)).toEqual([[12400000, 'USD']]);
  });

  it('reads the euro sign written after the scale', () => {
    const rows = releaseRows('In August 2026, exports of goods amounted to 79.6 million €, while imports were 498.2 million €.', '2026-10-09');
    expect(rows.map(amount)).toEqual([[79600000, 'EUR'], [498200000, 'EUR']]);
  });
});

describe('fixed rates and parities given in a note', () => {
  it('are no amounts traded', () => {
    expect(releaseRows('Imports totalled BZ$2,101.0 million in 2025. Figures may be converted at the fixed rate of BZ$2.00 to US$1.00.', '2026-03-01').map(amount)).toEqual([[2101000000, 'BZD']]);
    expect(releaseRows('Exports were M 4,400.0 million in 2025. Note: One loti (plural maloti) is at par with the South African rand.', '2026-03-01').map(amount)).toEqual([[4400000000, 'LSL']]);
  });
});

describe('capitals that date the releases of smaller statistics offices', () => {
  it('give the area of a release that names its country nowhere else', () => {
    const rows = releaseRows('INSTAT\nForeign trade, August 2026\n\nAntananarivo, 16 October 2026.\n\nIn August 2026, exports stood at 980,2 billion Ariary.', '2026-10-16');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[980200000000, 'Madagascar']]);
    const tonga = releaseRows("Nuku'alofa, 14 August 2026\n\nTotal imports for the June quarter were T$170.2 million.", '2026-08-14');
    expect(tonga.map((r) => r.area)).toEqual(['Tonga']);
  });

  it('read an office named "<Country> Statistics Department" as the reporter', () => {
    const rows = releaseRows('TONGA STATISTICS DEPARTMENT\nOverseas trade\n\nImports from New Zealand were T$52.1 million in the June quarter of 2026, and total imports T$170.2 million.', '2026-08-14');
    expect(rows.map((r) => r.area)).toEqual(['Tonga', 'Tonga']);
  });
});
