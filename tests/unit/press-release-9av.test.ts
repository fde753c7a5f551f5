/**
 * Rules of issue 9, part av: a fixing round on the open misses of batch 36 (agencies of economies the
 * corpus had not used), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) =>
  releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow]);

describe('a month and its year before a flow noun', () => {
  it('dates "In May 2026 imports reached" to May, not to the whole year 2026', () => {
    const text = 'In May 2026 imports reached 640 million euros, 2.2% more than in May 2025.';
    expect(rows(text, '2026-06-30')).toEqual([['2026-05', '2026-05', 640000000, 'EUR', 2.2, 'import']]);
  });

  it('still reads a year alone before the flow noun as that year', () => {
    const text = 'The ministry said 2025 exports came to 7.4 billion euros.';
    expect(rows(text, '2026-02-10')).toEqual([['2025-01', '2025-12', 7400000000, 'EUR', null, 'export']]);
  });
});

describe('a paragraph framed by the last month, with no comma after it', () => {
  it('goes back to the lead span in the next paragraph', () => {
    const text = [
      'From January to May 2026 exports of goods came to 3 210 million euros, 1.4% more than a year earlier.',
      'In May 2026 exports came to 640 million euros.',
      'Exports to the euro area amounted to 2 105 million euros.',
    ].join('\n\n');
    expect(rows(text, '2026-06-30')).toEqual([
      ['2026-01', '2026-05', 3210000000, 'EUR', 1.4, 'export'],
      ['2026-05', '2026-05', 640000000, 'EUR', null, 'export'],
      ['2026-01', '2026-05', 2105000000, 'EUR', null, 'export'],
    ]);
  });
});

const shares = (text: string, published: string) =>
  releaseRows(text, published).filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.partner, r.flow]);

describe('shares of the next in a ranking', () => {
  it('reads "<goods> followed with N percent" at the end of its clause as a share', () => {
    const text = 'In August 2026 beef accounted for 41.0 percent of total exports. Hides followed with 7.2 percent.';
    expect(shares(text, '2026-10-05')).toEqual([[41, 'World', 'export'], [7.2, 'World', 'export']]);
  });

  it('reads a bare bracketed percentage after "followed with <amount>" or "followed by <goods>" as a share', () => {
    const amount = 'In August 2026 the top export group was furniture, worth EUR 88.4 million. Paper products followed with EUR 61.7 million (9.3 %).';
    expect(shares(amount, '2026-10-05')).toEqual([[9.3, 'World', 'export']]);
    const goods = 'In January-August 2026 textiles held the biggest share in exports with 31.5 %, followed by footwear (14.2 %).';
    expect(shares(goods, '2026-10-05')).toEqual([[31.5, 'World', 'export'], [14.2, 'World', 'export']]);
  });
});

describe('shares of a whole named before', () => {
  it('reads a bare bracketed percentage after a part "Of that amount" as its share', () => {
    const text = 'In January-August 2026 exports totalled US$5,102.6 million. Of that amount, processing-zone exports contributed US$2,948.0 million (57.8%).';
    expect(shares(text, '2026-10-05')).toEqual([[57.8, 'World', 'export']]);
  });

  it('reads ", or N percent" closing "<amount> of re-exports" as the share of that flow', () => {
    const text = 'In the third quarter of 2026 Rwanda re-exported goods worth US$ 108.7 million. Uganda took US$ 52.3 million of re-exports, or 48.1 percent.';
    expect(shares(text, '2026-11-20')).toEqual([[48.1, 'Uganda', 'export']]);
  });

  it('reads a partner\'s amount and percentage in one bracket as its share once a percentage of total exports came before', () => {
    const text = 'In the third quarter of 2026 Rwanda\'s main export destination was Kenya with US$ 61.0 million (35.2 percent of total exports), followed by Tanzania (US$ 30.4 million, 17.5 percent).';
    expect(shares(text, '2026-11-20')).toEqual([[35.2, 'Kenya', 'export'], [17.5, 'Tanzania', 'export']]);
  });
});

describe('levels of the same period of a named year', () => {
  it('dates a bracket opened by "in the same period of <year>" to that year\'s same months', () => {
    const text = 'From January to June 2026 the trade surplus reached 1 402.6 mil. EUR (in the same period of 2025 it was 988.1 mil. EUR).';
    expect(rows(text, '2026-08-10')).toEqual([
      ['2026-01', '2026-06', 1402600000, 'EUR', null, 'balance'],
      ['2025-01', '2025-06', 988100000, 'EUR', null, 'balance'],
    ]);
  });

  it('dates the level of a "when" clause after a compared period to that period, and keeps the change for the new level', () => {
    const text = 'Exports reached US$ 3,410.5 million between January and June 2026, 4.4% more than in the same period of 2025, when they totalled US$ 3,266.8 million.';
    expect(rows(text, '2026-08-10')).toEqual([
      ['2026-01', '2026-06', 3410500000, 'USD', 4.4, 'export'],
      ['2025-01', '2025-06', 3266800000, 'USD', null, 'export'],
    ]);
    const month = 'In June 2026 the trade deficit was US$ 210.4 million. Compared to June 2025, when the deficit was US$ 305.2 million, it narrowed.';
    expect(rows(month, '2026-08-10')).toEqual([
      ['2026-06', '2026-06', -210400000, 'USD', null, 'balance'],
      ['2025-06', '2025-06', -305200000, 'USD', null, 'balance'],
    ]);
  });

  it('keeps a "when" clause after a period that is no comparison as that period\'s own figure', () => {
    const text = 'Exports rose 5.0 percent in 2Q26, after a weak 1Q26, when exports totalled 12.4 billion yuan, up 0.8 percent year on year.';
    expect(rows(text, '2026-07-20').filter((r) => r[2] === 12400000000)).toEqual([['2026-01', '2026-03', 12400000000, 'CNY', 0.8, 'export']]);
  });
});

describe('the coverage of imports by exports', () => {
  it('is a ratio, no fall of trade, when "lower than" follows it', () => {
    const text = 'In January-June 2026 exports were EUR 402.3 million. The coverage of imports by exports is 21.4%, lower than in the same period of 2025.';
    expect(rows(text, '2026-08-10')).toEqual([['2026-01', '2026-06', 402300000, 'EUR', null, 'export']]);
  });
});

describe('the quetzal glued to an amount', () => {
  it('reads "Q" glued to an amount with its scale as quetzales, and "Q3" still as a quarter', () => {
    const text = 'In quetzales, exports from January to June 2026 came to Q42,310.5 million. In Q2 2026 imports were US$ 6.2 billion.';
    expect(rows(text, '2026-08-10')).toEqual([
      ['2026-01', '2026-06', 42310500000, 'GTQ', null, 'export'],
      ['2026-04', '2026-06', 6200000000, 'USD', null, 'import'],
    ]);
    const quarter = 'In Q4 billion-dollar orders lifted exports to US$ 9.1 billion in 2026.';
    expect(rows(quarter, '2027-02-10').map((r) => [r[2], r[3]])).toEqual([[9100000000, 'USD']]);
  });
});

describe('goods named by the label of a bullet', () => {
  const goods = (text: string) => releaseRows(text, '2026-08-10').map((r) => [r.value, r.commodity]);

  it('gives each bulleted amount the goods its label names', () => {
    const text = 'From January to June 2026 exports were US$ 5,800.0 million, up 3.0%.\n\nLeading export products:\n- Cocoa: US$ 910.4 million (+8.2%)\n- Rubber: US$ 402.7 million (-1.5%)';
    expect(goods(text)).toEqual([[5800000000, 'all goods'], [910400000, 'cocoa'], [402700000, 'rubber']]);
  });

  it('names no goods by a label of a flow, a period or a group of firms', () => {
    const text = 'Highlights of January-June 2026:\n- Exports: 4.10 trillion yuan, up 5.1%\n- Private enterprises: 2.30 trillion yuan, up 7.4%';
    expect(goods(text)).toEqual([[4100000000000, 'all goods'], [2300000000000, 'all goods']]);
  });
});

describe('goods sold abroad', () => {
  it('reads "sold N tonnes abroad" and "Sales of <goods> ... to <place>" as exports after a sentence on imports', () => {
    const abroad = 'Imports from January to June 2026 amounted to US$ 3,120.4 million.\n\nIn volume, the country sold 8.4 million tonnes abroad.';
    expect(rows(abroad, '2026-08-10').map((r) => [r[2], r[5]])).toEqual([[3120400000, 'import'], [8400000, 'export']]);
    const sales = 'Imports from January to June 2026 amounted to US$ 3,120.4 million.\n\nSales of soybeans totalled US$ 640.2 million, mainly to Peru and Colombia.';
    expect(rows(sales, '2026-08-10').map((r) => [r[2], r[5]])).toEqual([[3120400000, 'import'], [640200000, 'export']]);
  });
});

describe('a base dated by "the period" and by its noun', () => {
  it('reads "than in the period January – June 2025" as the base of the change, not the level\'s period', () => {
    const text = 'The value of exported goods in the period January – June 2026 was EUR 3 015 200 thousand. The value of imported goods was EUR 4 120 300 thousand, or 2.7 % more than in the period January – June 2025.';
    expect(rows(text, '2026-08-10')).toEqual([['2026-01', '2026-06', 3015200000, 'EUR', null, 'export'], ['2026-01', '2026-06', 4120300000, 'EUR', 2.7, 'import']]);
  });

  it('reads "from the May 2026 value of X" as the level of May', () => {
    const text = 'In June 2026 total imports were P6,912.0 million. Imports rose by 3.2 percent from the May 2026 value of P6,697.7 million.';
    expect(rows(text, '2026-08-10').map((r) => [r[0], r[2]])).toEqual([['2026-06', 6912000000], ['2026-05', 6697700000]]);
  });
});

describe('"MT" after a scale word', () => {
  it('is the metical in Mozambique\'s statistics and tonnes elsewhere', () => {
    const maputo = "Maputo, 20 Aug (AIM) – Mozambique's exports rose to 1,950 million US dollars in the second quarter of 2026, up 4.0 per cent. In meticais, exports for the quarter came to about 124.6 billion MT.";
    expect(rows(maputo, '2026-08-20').map((r) => [r[2], r[3], r[4]])).toEqual([[1950000000, 'USD', 4], [124600000000, 'MZN', 4]]);
    const elsewhere = 'China imported 1.2 billion MT of iron ore in 2025.';
    expect(releaseRows(elsewhere, '2026-02-10').map((r) => [r.value, r.unit])).toEqual([[1200000000, 'tonnes']]);
  });
});

describe('goods ranked first opening the sentence', () => {
  it('names the goods of "Cashew remained the main export, bringing in X"', () => {
    const text = 'In the second quarter of 2026 exports rose to 1,950 million US dollars. Cashew remained the main export, bringing in 402 million dollars.';
    expect(releaseRows(text, '2026-08-20').map((r) => [r.value, r.commodity])).toEqual([[1950000000, 'all goods'], [402000000, 'cashew']]);
  });
});

describe('a change measured from the month before, in the sentence after the level', () => {
  it('is no year-on-year change of the level', () => {
    const text = "In June 2026 Botswana's total imports were P6,912.0 million. Total imports increased by 3.2 percent (P214.3 million) from the May 2026 value of P6,697.7 million.";
    expect(rows(text, '2026-08-10')).toEqual([['2026-06', '2026-06', 6912000000, 'BWP', null, 'import'], ['2026-05', '2026-05', 6697700000, 'BWP', null, 'import']]);
  });
});

describe('a price word that ends the clause before a flow', () => {
  it('leaves the flow after "at current prices –" a level', () => {
    const text = 'In June 2026 the foreign trade turnover of Lithuania amounted to EUR 6.12 billion at current prices – exports accounted for EUR 2.84 billion.';
    expect(rows(text, '2026-08-10').map((r) => [r[2], r[5]])).toEqual([[6120000000, 'total'], [2840000000, 'export']]);
  });

  it('still reads an amount after "the average price of exports" as a price', () => {
    const text = 'In June 2026 Lithuania exported 1.2 million tonnes of grain; the average price of exports was EUR 210 per tonne.';
    expect(rows(text, '2026-08-10').map((r) => [r[2], r[3]])).toEqual([[1200000, 'tonnes']]);
  });
});
