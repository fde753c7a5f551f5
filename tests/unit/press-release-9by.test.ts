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

describe('a year-before level in brackets among the release\'s first figures', () => {
  it('dates only what the bracket holds, not the sentences after it', () => {
    const rows = releaseRows('In August 2026 imports were US$ 64.0 million (US$ 59.5 million in August 2025). Exports were US$ 2.9 million.', '2026-10-01');
    expect(rows.map((r) => [r.period_start, r.value])).toEqual([['2026-08', 64000000], ['2025-08', 59500000], ['2026-08', 2900000]]);
  });

  it('also written as a label and a colon in a summary bullet', () => {
    const text = 'External Trade, August 2026\n\nHighlights\n• Imports: US$ 64.0 million (August 2025: US$ 59.5 million)\n• Re-exports: US$ 0.4 million\n\nImports in August were 7.6% higher than a year ago.';
    const rows = releaseRows(text, '2026-10-01');
    expect(rows.map((r) => [r.period_start, r.value])).toContainEqual(['2026-08', 400000]);
  });
});

describe('a change "over the month" or "over the quarter"', () => {
  it('is set against the period before, not year-on-year ("over the month of October" is a period)', () => {
    expect(releaseRows('Imports fell 7 percent over the month to SI$352 million in September 2026.', '2026-11-02').map((r) => [r.value, r.yoy_pct])).toEqual([[352000000, null]]);
    expect(releaseRows('Exports rose 2.5% over the quarter to $12.4 billion in the September quarter of 2026.', '2026-11-02').map((r) => [r.value, r.yoy_pct])).toEqual([[12400000000, null]]);
    expect(releaseRows('Exports rose 4 percent over the month of September 2026 to SI$390 million.', '2026-11-02').map((r) => [r.value, r.yoy_pct])).toEqual([[390000000, 4]]);
  });
});

describe('French-speaking offices\' verbs of change', () => {
  it('read "progressed" as a rise and "regressed" as a fall', () => {
    expect(releaseRows('In the second quarter of 2026, imports progressed by 2.1% to 5 102 million euros.', '2026-08-18').map((r) => r.yoy_pct)).toEqual([2.1]);
    expect(releaseRows('In the second quarter of 2026, exports regressed by 3.4% to 3 850 million euros.', '2026-08-18').map((r) => r.yoy_pct)).toEqual([-3.4]);
  });
});

describe('a later clause whose subject is a flow alone', () => {
  it('is the whole of that flow, not the goods an earlier clause named', () => {
    const text = 'In the second quarter of 2026, exports were 3 850 million euros and imports 5 102 million euros. Over one year, exports fell by 3.4%, mainly because of weaker sales of machinery, while imports rose by 2.1%.';
    const rows = releaseRows(text, '2026-08-18');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.commodity])).toEqual([[3850000000, -3.4, 'all goods'], [5102000000, 2.1, 'all goods']]);
  });
});

describe('shares named with no share word', () => {
  const shares = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'share').map((r) => [r.value, r.partner]);

  it('in a line headed by the partners it lists', () => {
    expect(shares('Exports reached USD 690.2 million in the second quarter of 2026.\nMain trading partners (exports): Switzerland 45.2%, United Arab Emirates 19.0%, Guyana 5.8%.', '2026-08-27').map(([v]) => v)).toEqual([45.2, 19, 5.8]);
  });

  it('in a list going on without its verb after a share of the whole, blocs included', () => {
    expect(shares('In the second quarter of 2026 Europe absorbed 40,9% of exports, the ECOWAS zone 23,8% and Asia 16,1%.', '2026-08-25')).toEqual([[40.9, 'Europe'], [23.8, 'ECOWAS'], [16.1, 'Asia']]);
  });

  it('as "N% for <partner>" after a share of the whole', () => {
    expect(shares('In the second quarter of 2026, 81.9% of exports went to EU Member States, of which 25.7% for Germany and 15.0% for France.', '2026-08-18').map(([v]) => v)).toEqual([81.9, 25.7, 15]);
  });

  it('as a ranked partner\'s bracketed size', () => {
    expect(shares('Total imports were T$170.2 million in the June quarter of 2026. New Zealand was the main source of imports (29.8%).', '2026-08-14').map(([v]) => v)).toEqual([29.8]);
  });

  it('as the size of goods ranked first, and of the goods that follow', () => {
    expect(shares('In August 2026, exports were 79.6 million €. The largest export group was "Mineral products" with 24.0%, followed by "Base metals" with 21.5%.', '2026-10-09').map(([v]) => v)).toEqual([24, 21.5]);
  });
});

describe('a change "than in" a span of months written with "to"', () => {
  it('is against the same span a year before, so year-on-year', () => {
    const rows = releaseRows('For the first eight months of the year, domestic exports amounted to BZ$361.0 million, 4.2 percent lower than in January to August 2025.', '2026-10-13');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2026-01', '2026-08', 361000000, -4.2]]);
  });
});

describe('a part introduced by "with" after a change', () => {
  it('is not the level the change leads into', () => {
    const rows = releaseRows('Imports reached US$6,540.1 million between January and September 2026, 3.8 percent above the same period of 2025, with fuels and lubricants at US$990.4 million.', '2026-10-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[6540100000, 3.8], [990400000, null]]);
  });
});

describe('an amount and its change in one bracket, a semicolon between', () => {
  it('are one level with its change', () => {
    const rows = releaseRows('Exports between January and September 2026 rose mainly on beef (US$640.5 million; +5.9 percent).', '2026-10-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[640500000, 5.9]]);
  });
});

describe('a quantity an amount was paid for', () => {
  it('goes the amount\'s way, not both ways', () => {
    const text = 'Cocoa remained the leading export item in the second quarter of 2026. Sales of cocoa beans reached 1 204,0 billion FCFA for 380 100 tonnes, and processed cocoa 398,2 billion FCFA.';
    const rows = releaseRows(text, '2026-08-25');
    expect(rows.map((r) => [r.unit, r.flow])).toEqual([['XOF', 'export'], ['tonnes', 'export'], ['XOF', 'export']]);
  });
});
