/**
 * Rules of issue 9, part e3: the fixing round on blind batch 85 (periods, comparisons, stocks and non-figures; helper
 * b85, 2026-12-04), each found on a phenomenon of the language and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string, options?: PressReleaseOptions) => releaseRows(text, published, options);
const release = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** period, value and growth of every row. */
const tuples = (text: string, published: string) => rows(text, published).map((r) => [`${r.period_start}..${r.period_end}`, r.value, r.yoy_pct]);

describe('a change of a whole fiscal year in a release that compares months with the month before', () => {
  it('keeps the year-on-year change of a financial year in an ABS release', () => {
    const text = release(
      'Goods surplus narrows in June',
      'The Australian Bureau of Statistics said on Thursday the goods surplus narrowed to $4.1 billion in June from $4.7 billion in May. Exports fell 2.2 per cent to $39.8 billion.',
      'Goods exports over the 2025-26 financial year were $471.9 billion, down 3.4 per cent, as iron ore prices softened.',
    );
    const year = rows(text, '2026-08-06').find((r) => r.value === 471_900_000_000);
    expect([year?.period_start, year?.period_end, year?.yoy_pct]).toEqual(['2025-07', '2026-06', -3.4]);
    // The month's change stays month-on-month.
    expect(rows(text, '2026-08-06').find((r) => r.value === 39_800_000_000)?.yoy_pct).toBeNull();
  });
});

describe('a change followed by a clause on the price', () => {
  it('leaves the change to the amount before it when a new subject ("as the price ...") leads to a price', () => {
    const text = release(
      'Copper concentrate sales fall',
      'LIMA, March 9 -- Copper concentrate exports earned USD 2.31 billion in February, down 11.4 percent, as the price fell to about USD 8,900 per tonne, the central bank said.',
    );
    expect(tuples(text, '2026-03-09')).toEqual([['2026-02..2026-02', 2_310_000_000, -11.4]]);
  });
});

describe('non-figures', () => {
  it('reads shipments detained or undeclared at the border as enforcement, not trade', () => {
    const text = release(
      'Customs results for the year',
      'ULAANBAATAR, Jan. 14 -- Mongolia exported goods worth USD 14.6 billion in 2026, the customs office said. Inspectors detained 318 consignments at the borders and found 45 loads of undeclared cargo.',
    );
    expect(tuples(text, '2027-01-14')).toEqual([['2026-01..2026-12', 14_600_000_000, null]]);
  });

  it('reads a freight rate per container as a price', () => {
    const text = release(
      'Chengdu trains',
      'CHENGDU, Aug. 4 (Xinhua) -- Chengdu dispatched 1,402 China-Europe freight trains in the first seven months, up 6.3 percent year on year. Logistics firms said the shipping rate per 40-foot box had fallen to about 5,200 U.S. dollars.',
    );
    expect(tuples(text, '2025-08-04')).toEqual([['2025-01..2025-07', 1402, 6.3]]);
  });

  it('reads customs revenue from import duties as revenue, not imports', () => {
    const text = release(
      'Customs revenue rises',
      'ASTANA, May 2 -- Kazakhstan imported goods worth $3.9 billion in the first quarter, down 4.1 percent, the ministry said.',
      'Revenue from import duties totalled 216 billion tenge in the quarter, officials added.',
    );
    const revenue = rows(text, '2026-05-02', { revenue: true }).find((r) => r.value === 216_000_000_000);
    expect([revenue?.flow, revenue?.yoy_pct]).toEqual(['other', null]);
  });
});

describe('comparisons', () => {
  it('reads a bare number compared with a count after a cut-off day as a count of the same period a year before', () => {
    const text = release(
      'Alashankou trains',
      'URUMQI, Oct. 30 (Xinhua) -- This year, 5,714 freight trains had passed through the Alashankou port by Oct. 28, compared with 5,102 in the same period last year.',
    );
    expect(tuples(text, '2025-10-30')).toEqual([
      ['2025-01..2025-10', 5714, null],
      ['2024-01..2024-10', 5102, null],
    ]);
  });

  it("gives a figure Chinese customs put at an amount to China, in another country's release", () => {
    const text = release(
      'Uzbek trade with China',
      'TASHKENT -- Uzbekistan\'s trade with China reached $6.8 billion in January-September 2026, the Statistics Agency said. Chinese customs put bilateral trade for the same months at $9.4 billion, a rise of 17.2%.',
    );
    const theirs = rows(text, '2026-10-21').find((r) => r.value === 9_400_000_000);
    expect(theirs?.area).toBe('China');
  });
});

describe('growths stated beside other periods', () => {
  it('keeps the growth of a month whose sentence goes on "compared with a N% increase in <month before>"', () => {
    const text = release(
      'Merchandise trade for March',
      'The value of Macao\'s total exports of goods rose 7.4% year on year to MOP 1.12 billion in March 2026, compared with a 3.8% increase in February, the Statistics and Census Service said.',
    );
    expect(tuples(text, '2026-04-28')).toEqual([
      ['2026-03..2026-03', 1_120_000_000, 7.4],
      ['2026-02..2026-02', null, 3.8],
    ]);
  });

  it("reads a headline's growth of a fiscal year, dated by the headline's month, as the body's fiscal-year growth", () => {
    const text = release(
      'Pakistan exports up 6.1% in June, fiscal-year sales up 9.7%',
      'ISLAMABAD, July 20 -- Pakistan\'s exports rose 6.1% year on year to $2.71 billion in June, the statistics bureau said.',
      'In the fiscal year that ended in June, exports totalled $32.4 billion, up 9.7% from the previous fiscal year.',
    );
    expect(tuples(text, '2026-07-20')).toEqual([
      ['2026-06..2026-06', 2_710_000_000, 6.1],
      ['2025-07..2026-06', 32_400_000_000, 9.7],
    ]);
  });
});
