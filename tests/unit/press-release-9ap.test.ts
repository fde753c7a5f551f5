/**
 * Rules of issue 9, part ap: open misses of the agency batches 30, 31 and 34 (fixtures b30-…, b31-…, b34-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';
import { anchorOf, findPeriods } from '../../functions/core/extract/press-release/periods.js';

const rowsOf = releaseRows;
const tuple = (r: { period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow];

describe('months written as Roman numerals', () => {
  const at = anchorOf('2026-11-20');

  it('reads a span of Roman months with its year as those months', () => {
    const found = findPeriods('Preliminary figures for I.–VIII. 2026 and for I - VIII 2025', at).map((p) => [p.periodStart, p.periodEnd]);
    expect(found).toEqual([
      ['2026-01', '2026-08'],
      ['2025-01', '2025-08'],
    ]);
  });

  it('does not read numbered parts of a text, or a span out of month order, as months', () => {
    expect(findPeriods('as set out in Chapter II-IV 2026 of the code', at).filter((p) => p.kind === 'period')).toEqual([]);
    expect(findPeriods('totals for VI–II 2026', at).filter((p) => p.kind === 'period' && p.periodEnd === '2026-02')).toEqual([]);
  });

  it('reads a table whose columns are Roman spans, with an index column of one span over the other', () => {
    const text = [
      'Zagreb, 20 November 2026 - The national statistical office of Slovenia published provisional figures.',
      '',
      'EUR million',
      '               I. – VIII. 2025   I. – VIII. 2026   Indices I. – VIII. 2026 / I. – VIII. 2025',
      'Exports        40 000,0          42 000,0          105,0',
      'Imports        41 000,0          40 590,0          99,0',
    ].join('\n');
    const rows = rowsOf(text, '2026-11-20').filter((r) => r.flow === 'export' || r.flow === 'import');
    expect(rows.map(tuple)).toEqual([
      ['2025-01', '2025-08', 40000000000, 'EUR', null, 'export'],
      ['2026-01', '2026-08', 42000000000, 'EUR', 5, 'export'],
      ['2025-01', '2025-08', 41000000000, 'EUR', null, 'import'],
      ['2026-01', '2026-08', 40590000000, 'EUR', -1, 'import'],
    ]);
  });
});

describe('a change stated before its level', () => {
  it('joins a change to the level it leads into past a period and a year-before base', () => {
    const text = "TALLINN, 20 November 2026 - Estonia's exports of goods fell by 3.1% in January–August 2026 compared with the same period of the previous year and amounted to 8 400.0 million euros.";
    expect(rowsOf(text, '2026-11-20').map(tuple)).toEqual([['2026-01', '2026-08', 8400000000, 'EUR', -3.1, 'export']]);
  });
});

describe('a balance defined in a bracket', () => {
  it('keeps the balance as the flow when a bracket after it names both flows', () => {
    const text = "TALLINN, 20 November 2026 - Estonia's exports of goods were 1.1 billion euros in August 2026. The trade balance (exports minus imports) was negative and amounted to 0.3 billion euros.";
    expect(rowsOf(text, '2026-11-20').map(tuple)).toEqual([
      ['2026-08', '2026-08', 1100000000, 'EUR', null, 'export'],
      ['2026-08', '2026-08', -300000000, 'EUR', null, 'balance'],
    ]);
  });
});

describe('a level restated in the local money', () => {
  it('takes the change of the whole, not of one of two parts listed in the sentence before', () => {
    const text = [
      "Kampala - Uganda's merchandise exports rose 9.5 percent to US$1.90 billion in the third quarter of 2026.",
      'Tea fetched US$84.0 million, while cocoa earned US$61.2 million, up 21.3 percent.',
      '',
      'In shilling terms, exports were worth Shs7.05 trillion.',
    ].join('\n');
    const local = rowsOf(text, '2026-11-20').filter((r) => r.unit === 'UGX');
    expect(local.map(tuple)).toEqual([['2026-07', '2026-09', 7050000000000, 'UGX', 9.5, 'export']]);
  });
});

describe('what imports cost', () => {
  it('reads the amount imports "cost" as their value', () => {
    const text = "Kampala - Uganda's fuel imports (refined products) cost US$390.2 million in the third quarter of 2026.";
    expect(rowsOf(text, '2026-11-20').map(tuple)).toEqual([['2026-07', '2026-09', 390200000, 'USD', null, 'import']]);
  });

  it('still reads a cost per unit as a price', () => {
    const text = "Kampala - Uganda's fuel imports cost US$1.20 per litre in the third quarter of 2026.";
    expect(rowsOf(text, '2026-11-20')).toEqual([]);
  });
});

describe('shares with no share word', () => {
  const shares = (text: string) => rowsOf(text, '2026-11-20').filter((r) => r.measure === 'share').map((r) => [r.value, r.partner]);

  it('reads a partner ranked by an ordinal alone, and the partner that follows it, as shares', () => {
    const text = 'Quito, 20 November 2026. Ecuador exported goods worth US$2,100 million in October 2026. The European Union was the third market at 14.2%, followed by China with 12.5%.';
    expect(shares(text)).toEqual([
      [14.2, 'European Union'],
      [12.5, 'China'],
    ]);
  });

  it('leaves "followed by X with N%" a growth in a sentence of changes', () => {
    const text = 'Quito, 20 November 2026. Ecuador exported goods worth US$2,100 million in October 2026. Exports to Peru grew fastest, by 14.2%, followed by China with 12.5%.';
    expect(shares(text)).toEqual([]);
  });

  it('does not take a noun in a bracketed aside for the subject of a bracketed share after an amount', () => {
    const text =
      'In January-September 2026, exports of domestic goods amounted to 1 650,0 million US dollars (60,0% of the total), while re-exports of foreign goods after processing (mostly under tolling contracts) accounted for 687,5 million US dollars (25,0%) and other re-exports for 412,5 million US dollars (15,0%).';
    expect(rowsOf(text, '2026-11-20').filter((r) => r.measure === 'share').map((r) => r.value)).toEqual([60, 25, 15]);
  });
});

describe('an amount running to a month', () => {
  it('dates a headline amount "to October" from January, as a change "to October" is', () => {
    const text = 'Exports reach US$9,480 million to October\n\nSan José, 20 November 2026. Costa Rica exported goods worth US$9,480 million between January and October 2026, up 6.1% on a year earlier.';
    expect(rowsOf(text, '2026-11-20').map(tuple)).toEqual([['2026-01', '2026-10', 9480000000, 'USD', 6.1, 'export']]);
  });
});

describe('capital goods', () => {
  it('reads an amount of capital goods as goods, not as capital', () => {
    const text = 'Quito, 20 November 2026. Ecuador\'s imports totaled USD 9,000.0 million in January–September 2026; fuels accounted for USD 2,000.0 million, consumer goods for USD 3,000.0 million and capital goods for USD 4,000.0 million.';
    expect(rowsOf(text, '2026-11-20').map((r) => r.value)).toEqual([9000000000, 2000000000, 3000000000, 4000000000]);
  });
});

describe('a pronoun after a semicolon', () => {
  it('gives the change to the part just named, not to the total before it', () => {
    const text =
      "Riga, 20 November 2026. Latvia's exports of goods amounted to EUR 9.10 billion in January–September 2026. Exports of goods of Latvian origin accounted for EUR 6.20 billion, or 68.1 per cent of all exports; they were 4.4 per cent higher than a year before.";
    const levels = rowsOf(text, '2026-11-20').filter((r) => r.measure === 'value');
    expect(levels.map((r) => [r.value, r.yoy_pct])).toEqual([
      [9100000000, null],
      [6200000000, 4.4],
    ]);
  });
});

describe('a deficit named after its amount, and a balance that improves', () => {
  it('reads "records BD 95 million deficit" as a deficit', () => {
    const text = "Bahrain's trade balance records BD 95 million deficit in September\n\nManama, Oct. 12 (BNA) - Exports of national origin reached BD 300 million in September 2026.";
    const balance = rowsOf(text, '2026-10-12').filter((r) => r.flow === 'balance');
    expect(balance.map((r) => r.value)).toEqual([-95000000]);
  });

  it('reads an improvement of a deficit, and a deterioration of a surplus, as a fall of its size', () => {
    const deficit = "Manama, Oct. 12 (BNA) - Bahrain's trade balance showed a deficit of BD 95 million in September 2026, against BD 125 million in September 2025, an improvement of 24%.";
    const surplus = "Manama, Oct. 12 (BNA) - Bahrain's trade balance showed a surplus of BD 95 million in September 2026, against BD 125 million in September 2025, a deterioration of 24%.";
    const yoy = (text: string) => rowsOf(text, '2026-10-12').filter((r) => r.period_start === '2026-09').map((r) => r.yoy_pct);
    expect(yoy(deficit)).toEqual([-24]);
    expect(yoy(surplus)).toEqual([-24]);
  });
});

describe('prices named before an aside', () => {
  const growths = (text: string) => rowsOf(text, '2026-11-20').filter((r) => r.value === null).map((r) => r.yoy_pct);

  it('does not read the change of export prices past an aside as export growth', () => {
    const text = 'Lisbon, 20 November 2026. In volume terms, Portuguese exports of goods rose by 2.6% in January–September 2026, as export prices, measured by unit value indices, fell 0.8%.';
    expect(growths(text)).toEqual([2.6]);
  });

  it('keeps the change of exports whose aside mentions prices', () => {
    const text = 'Lisbon, 20 November 2026. Portuguese exports of wine to Brazil, which are priced in euros, rose 7.5% in January–September 2026.';
    expect(growths(text)).toEqual([7.5]);
  });
});
