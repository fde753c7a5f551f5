/**
 * Rules of issue 9, part bn: leftovers of the agency, news-wire and China-side batches (fixtures b12 … b42 in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const balance = (r: { value: number | null; unit: string; partner?: string; flow: string }) => [r.value, r.unit, r.partner, r.flow];

describe('partner balances listed with their amounts in brackets, the scale stated once', () => {
  const text = [
    'Canada posts goods surplus in August',
    '',
    'OTTAWA. Canada recorded surpluses, in billions of dollars, with the United States ($11.4) and Britain ($1.3) in August 2026. Deficits, in billions of dollars, were recorded with China ($4.7), Japan ($3.1) and Mexico ($2.6).',
  ].join('\n');
  const rows = releaseRows(text, '2026-10-05');

  it('scale each bracketed amount by the frame "in billions of dollars"', () => {
    expect(rows.map((r) => Math.abs(r.value ?? 0))).toEqual([11400000000, 1300000000, 4700000000, 3100000000, 2600000000]);
  });

  it('read "surpluses" and "deficits" as balances, the deficits negative', () => {
    expect(rows.map((r) => [r.flow, Math.sign(r.value ?? 0)])).toEqual([['balance', 1], ['balance', 1], ['balance', -1], ['balance', -1], ['balance', -1]]);
  });

  it('give each amount alone in its bracket to the place right before it', () => {
    expect(rows.map((r) => r.partner)).toEqual(['United States', 'United Kingdom', 'China', 'Japan', 'Mexico']);
  });

  it('leave an amount that carries its own scale as written', () => {
    const own = 'OTTAWA. Canadian exports, in millions of dollars, reached $2.4 billion in August 2026.';
    expect(releaseRows(own, '2026-10-05').map(balance)[0]?.[0]).toBe(2400000000);
  });
});

describe('a change trailing one flow\'s amount before "and imported" or "and exported"', () => {
  const growthOf = (r: { value: number | null; yoy_pct: number | null; flow: string }) => [r.flow, r.value, r.yoy_pct];

  it('stays with that amount: the verb of the other flow starts a new subject', () => {
    const text = 'MINSK. In January-August 2026, Belarus exported goods worth USD 21,400.5 mn, 3.1% more than a year before, and imported goods worth USD 24,010.2 mn (-2.6%).';
    expect(releaseRows(text, '2026-10-10').map(growthOf)).toEqual([
      ['export', 21400500000, 3.1],
      ['import', 24010200000, -2.6],
    ]);
  });

  it('but "imported and exported" names one two-way subject', () => {
    const text = 'Goods worth 48.2 billion yuan were imported and exported through the river port in January-August 2026, up 6.3 percent.';
    expect(releaseRows(text, '2026-09-20').map(growthOf)).toEqual([['total', 48200000000, 6.3]]);
  });
});

describe('goods named before "sales"', () => {
  const goodsOf = (r: { value: number | null; commodity?: string }) => [r.value, r.commodity];

  it('are the goods of the amount, as before "exports" or "shipments"', () => {
    const text = 'QUITO. Ecuador\'s shrimp sales abroad reached $3.1 billion in January-September 2026.';
    expect(releaseRows(text, '2026-10-20').map(goodsOf)).toEqual([[3100000000, 'shrimp']]);
  });

  it('without a comparative or "overseas" before them', () => {
    const text = 'QUITO. The drop reflects weaker banana sales abroad, which came to $2.2 billion in January-September 2026.';
    expect(releaseRows(text, '2026-10-20').map(goodsOf)).toEqual([[2200000000, 'banana']]);
  });
});

describe('the Honduran lempira written as a glued "L"', () => {
  it('is read before an amount with its scale', () => {
    const text = 'TEGUCIGALPA. Honduran exports came to L61,204.7 million in January-June 2026.';
    expect(releaseRows(text, '2026-08-10').map((r) => [r.value, r.unit])).toEqual([[61204700000, 'HNL']]);
  });

  it('and a restatement in lempiras takes the change of the headline flow, not of goods named since', () => {
    const text = [
      'TEGUCIGALPA. Exports of goods totalled US$2,510.3 million in January-June 2026, 4.1% less than a year before. Lower melon sales abroad, which reached US$96.2 million, fell 12.5%.',
      '',
      'In lempiras, exports equalled L61,204.7 million.',
    ].join('\n');
    const lempiras = releaseRows(text, '2026-08-10').filter((r) => r.unit === 'HNL');
    expect(lempiras.map((r) => [r.value, r.yoy_pct])).toEqual([[61204700000, -4.1]]);
  });
});

describe('a sentence opening "In the comparison of daily averages"', () => {
  it('gives changes of daily averages, which are no rows, and none of them joins the week\'s exports', () => {
    const text = [
      'Trade balance posts surplus in the second week of October',
      '',
      'BRASILIA. Brazil recorded a trade surplus of US$ 1.2 billion in the second week of October 2026. Exports totalled US$ 5.9 billion and imports US$ 4.7 billion.',
      '',
      'In the comparison of daily averages, exports of manufactured goods grew 7.4%, while shipments of the mining industry fell 3.9%.',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-14');
    expect(rows.map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([
      ['balance', 1200000000, null],
      ['export', 5900000000, null],
      ['import', 4700000000, null],
    ]);
  });
});

describe('a paragraph opening with goods that "followed, with" amounts', () => {
  it('goes on with the port of the paragraph before', () => {
    const text = [
      'Mango imports through Guangxi border port climb',
      '',
      'NANNING, July 2 (Xinhua) -- Pingxiang, a border city in Guangxi, imported 300,000 tonnes of fruit in January-June 2026, according to local customs.',
      '',
      'Mangoes led. Imports of mangoes through the city\'s Youyiguan Port reached 120,000 tonnes.',
      '',
      'Longans and lychees followed, with 61,000 tonnes and 38,000 tonnes, respectively.',
    ].join('\n');
    const rows = releaseRows(text, '2026-07-02');
    expect(rows.slice(-2).map((r) => [r.value, r.area])).toEqual([
      [61000, 'Youyiguan Port'],
      [38000, 'Youyiguan Port'],
    ]);
  });
});
