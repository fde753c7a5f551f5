/**
 * Rules of issue 9, part a11: the fixing round for the blind batches b113 (periods, stocks, physical units) and
 * b114 (the real development set's mix), fixtures b113-… and b114-… in tests/corpus/press-release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published?: string) => releaseRows(text, published).map((r) => r.value);

describe('an aim to hold a level', () => {
  it('reads no row from a level a province means to keep or maintain', () => {
    const text = 'Hubei recorded exports of 410.2 billion yuan in 2025, up 6.1 percent. The customs office said the province aimed to keep its foreign trade above 700 billion yuan in 2026.';
    expect(values(text, '2026-01-22')).toEqual([410200000000]);
    const other = 'Exports reached $52.3 billion in 2025. The ministry plans to maintain exports at about $55 billion this year.';
    expect(values(other, '2026-01-22')).toEqual([52300000000]);
  });
});

describe('the size of a ranking', () => {
  it('reads no row from "top five" or "top 10" after a determiner', () => {
    const text = "Tianjin Port handled 18.6 million TEUs in January-September 2025, up 5.2 pct, staying among the world's top ten container ports. Brazil remained one of its top 5 suppliers.";
    expect(values(text, '2025-10-20')).toEqual([18600000]);
  });

  it('still reads "top" as a verb before an amount', () => {
    const text = 'Container throughput at Tianjin Port will top 20 million TEUs this year. In January-September 2025 exports of the port top 5 million tonnes.';
    expect(values(text, '2025-10-20')).toContain(5000000);
  });
});

describe('an earlier growth named by a noun of rise', () => {
  const growths = (text: string, published?: string) =>
    releaseRows(text, published).filter((r) => r.value === null).map((r) => [r.period_start, r.period_end, r.yoy_pct]);

  it('keeps the earlier rate positive after "a gain of" even when the current change is a fall', () => {
    const text = 'Steel exports from Japan fell 3.1 percent year-on-year in October, compared with a gain of 4.4 percent in September.';
    expect(growths(text, '2025-11-18')).toEqual([
      ['2025-10', '2025-10', -3.1],
      ['2025-09', '2025-09', 4.4],
    ]);
  });
});

describe('where a price went next', () => {
  it('reads no row from an amount in full that a unit price eased or rose to', () => {
    const text = 'Nickel imports reached 41,200 tonnes in May 2025, up 8.8% from a year earlier. Nickel on the exchange touched $16,400 a tonne early in the month, the highest since January, before slipping back to about $15,100 by Friday.';
    expect(values(text, '2025-06-20')).toEqual([41200]);
  });

  it('still reads an amount with a scale word after a unit price', () => {
    const text = 'Coal exports averaged $98 a tonne in May 2025, and export earnings rose to $2.3 billion.';
    expect(values(text, '2025-06-20')).toContain(2300000000);
  });
});

describe('a count of statistics compared', () => {
  it('reads no row from "the two sets of figures"', () => {
    const text = "Uzbekistan's trade with China reached $13.7 billion in 2024, up 9.2%. Analysts trace the gap between the two sets of figures to re-exports.";
    expect(values(text, '2025-02-10')).toEqual([13700000000]);
  });
});
