/**
 * Fixing round a225: leftovers of b300, b303, b299 and b298, and readings the lead noticed in the code.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a month-on-month basis of a second change of the same flow is that change\'s own: the first, unmarked, stays year-on-year', () => {
  it('reads "increased by 11.5%, and rose by 6.7% month on month" (translated customs English)', () => {
    expect(tuples('In May, the import and export of Yunnan was 21.4 billion yuan, increased by 11.5%, and rose by 6.7% month on month.', '2024-06-20')).toContainEqual(['2024-05', '2024-05', 21.4e9, 'CNY', 11.5]);
  });
  it('reads "an increase of ..., and a month-on-month increase of ..."', () => {
    expect(tuples('In March, exports of Fujian were 64.2 billion yuan, an increase of 8.3%, and a month-on-month increase of 22.1%.', '2024-04-20')).toContainEqual(['2024-03', '2024-03', 64.2e9, 'CNY', 8.3]);
  });
  it('reads "grew ... to ..., and were ... higher month-on-month"', () => {
    expect(tuples('HANOI, Nov 6 -- Vietnam\'s exports grew 9.4 percent to $35.6 billion in October, and were 7.2 percent higher month-on-month.', '2025-11-06')).toContainEqual(['2025-10', '2025-10', 35.6e9, 'USD', 9.4]);
  });
  it('reads "down ...; month on month, they fell ..."', () => {
    expect(tuples('Imports of soybeans were 8.1 million tonnes in August, down 4.2%; month on month, they fell 13.5%.', '2025-09-10')).toContainEqual(['2025-08', '2025-08', 8.1e6, 'tonnes', -4.2]);
  });
  it('reads "up ..., and rose by ... compared with the previous month"', () => {
    expect(tuples('In April, the foreign trade of Ningbo reached 118.3 billion yuan, up 6.6%, and rose by 3.4% compared with the previous month.', '2025-05-22')).toContainEqual(['2025-04', '2025-04', 118.3e9, 'CNY', 6.6]);
  });
  it('reads "climbing ..., rising ... month on month" with the level first', () => {
    expect(tuples('Coal imports came to 42.3 million tonnes in July, climbing 5.1 percent, rising 8.8 percent month on month.', '2025-08-07')).toContainEqual(['2025-07', '2025-07', 42.3e6, 'tonnes', 5.1]);
  });
  it('keeps a lone month-on-month change off the year before (near miss)', () => {
    expect(tuples('In June, exports of Guangxi were 38.2 billion yuan, up 6.7% month on month.', '2019-07-22')).toContainEqual(['2019-06', '2019-06', 38.2e9, 'CNY', null]);
  });
  it('keeps a basis that closes a second flow\'s change governing the sentence (near miss)', () => {
    expect(tuples('In June, exports rose 2.1% to 38.2 billion yuan, and imports rose 6.7% month on month.', '2019-07-22')).toContainEqual(['2019-06', '2019-06', 38.2e9, 'CNY', null]);
  });
});

describe('"in real terms" measures a change against prices, it names no money: a Brazilian real level takes its twin\'s change', () => {
  const brl = (text: string) => releaseRows(text, '2025-02-10').find((r) => r.unit === 'BRL')?.yoy_pct;
  it('reads "up 2.5%, or 4.2% in real terms" after a dollar level and its real twin', () => {
    expect(brl("BRASILIA, Feb 10 -- Brazil's exports were US$337 billion (R$1.71 trillion) in 2024, up 2.5%, or 4.2% in real terms.")).toBe(2.5);
  });
  it('reads "an increase of 9 percent, or 6 percent when measured in real terms"', () => {
    expect(brl("BRASILIA, Feb 10 -- Brazil's imports were $262 billion (R$1.3 trillion) last year, an increase of 9 percent, or 6 percent when measured in real terms.")).toBe(9);
  });
  it('reads "a rise of 38 percent, or 31 percent in real terms" of one kind of goods', () => {
    expect(brl("SAO PAULO, Feb 10 -- Brazil's coffee exports were worth US$12 billion (R$60 billion) in 2024, a rise of 38 percent, or 31 percent in real terms.")).toBe(38);
  });
  // A sentence of its own on the change in real terms is a volume growth (batch 18's convention, a238): a row of its own, given
  // to neither level, the real level no more than the dollar one.
  const realTermsRows = (text: string) => releaseRows(text, '2025-02-10').map((r) => [r.unit, r.value, r.yoy_pct]);
  it('keeps "In real terms, they grew 2 percent" a growth of its own, given to neither money level', () => {
    expect(realTermsRows("BRASILIA, Feb 10 -- Brazil's exports were US$337 billion, or R$1.71 trillion, in 2024. In real terms, they grew 2 percent.")).toEqual([['USD', 337e9, null], ['BRL', 1.71e12, null], ['', null, 2]]);
  });
  it('keeps "Expressed in real terms, exports increased 3.4%" a growth of its own, given to neither money level', () => {
    expect(realTermsRows("BRASILIA, Feb 10 -- Brazil's exports came to US$337 billion, or R$1.71 trillion, in 2024. Expressed in real terms, exports increased 3.4%.")).toEqual([['USD', 337e9, null], ['BRL', 1.71e12, null], ['', null, 3.4]]);
  });
  it('keeps "in reais terms" the money of the real level (near miss)', () => {
    expect(brl("BRASILIA, Feb 10 -- Brazil's exports were US$337 billion (R$1.71 trillion) in 2024, up 2.5%, or 4.2% in reais terms.")).toBe(4.2);
  });
  it('keeps "in Brazilian real terms" the money of the real level (near miss)', () => {
    expect(brl("BRASILIA, Feb 10 -- Brazil's exports were US$337 billion (R$1.71 trillion) in 2024, up 2.5%, or 4.2% in Brazilian real terms.")).toBe(4.2);
  });
});

describe('a levy a concession or a cause names ("despite tariffs", "in spite of anti-dumping duties") is no levy the sentence\'s figures are', () => {
  const lead = 'The customs office released its figures on Monday. ';
  it('reads "In 2024, despite tariffs, exports rose ..."', () => {
    expect(tuples(`${lead}In 2024, despite tariffs, exports rose 4.9 percent to 525 billion yuan.`, '2025-02-10')).toContainEqual(['2024-01', '2024-12', 525e9, 'CNY', 4.9]);
  });
  it('reads "Despite higher tariffs, shipments ... climbed ..." opening the sentence', () => {
    expect(tuples(`${lead}Despite higher tariffs, shipments of aluminium to Europe climbed 8.2 percent to 1.4 million tonnes in 2024.`, '2025-02-10')).toContainEqual(['2024-01', '2024-12', 1.4e6, 'tonnes', 8.2]);
  });
  it('reads "Steel exports, despite anti-dumping duties, rose ..." with the concession between subject and verb', () => {
    expect(tuples(`${lead}Steel exports, despite anti-dumping duties, rose 22.7 percent to 11 billion dollars in 2024.`, '2025-02-10')).toContainEqual(['2024-01', '2024-12', 11e9, 'USD', 22.7]);
  });
  it('reads "reached ... in spite of anti-dumping duties, up ..." after the amount', () => {
    expect(tuples(`${lead}Tyre exports reached 2.3 billion dollars in 2024 in spite of anti-dumping duties, up 12.1 percent.`, '2025-02-10')).toContainEqual(['2024-01', '2024-12', 2.3e9, 'USD', 12.1]);
  });
  it('reads "..., but notwithstanding the duties, exports rose ..." in a second clause', () => {
    expect(tuples(`${lead}Imports slipped 2 percent in 2024, but notwithstanding the duties, exports rose 6.1 percent to 310 billion yuan.`, '2025-02-10')).toContainEqual(['2024-01', '2024-12', 310e9, 'CNY', 6.1]);
  });
  it('reads "... in the face of tariffs" and "in retaliation for duties"', () => {
    expect(tuples(`${lead}Soybean exports held at 4.1 billion dollars in 2024 in the face of tariffs, while pork sales fell to 900 million dollars in retaliation for duties.`, '2025-02-10').map((t) => t[2])).toEqual([4.1e9, 9e8]);
  });
  it('keeps "collected ... in import duties" a levy (near miss)', () => {
    expect(releaseRows(`${lead}The office collected 2.41 billion yuan in import duties in 2024, up 9.3 percent.`, '2025-02-10')).toEqual([]);
  });
  it('keeps "In 2024, customs duties rose ..." a levy (near miss)', () => {
    expect(releaseRows(`${lead}In 2024, customs duties rose 5 percent to 820 million dollars.`, '2025-02-10')).toEqual([]);
  });
});

describe('an amount bought "in return" (or "in exchange") after the subject\'s sales to a partner is the subject\'s imports', () => {
  const flowOf = (text: string, value: number, published = '2024-07-09') => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "sold ... to the US, while buying only ... in return"', () => {
    expect(flowOf('In January-June 2024 Vietnam sold US$55.2 billion of goods to the US, while buying only US$7.1 billion in return.', 7.1e9)).toBe('import');
  });
  it('reads "shipped ... to the EU, while purchasing a mere ... in return"', () => {
    expect(flowOf('In the first half Cambodia shipped $4.8 billion of garments to the EU, while purchasing a mere $0.9 billion in return.', 0.9e9)).toBe('import');
  });
  it('reads "buying ... worth in return" set off by a comma alone', () => {
    expect(flowOf('Bangladesh sold $8.4 billion of clothing to the United States last year, buying about $2.6 billion worth in return.', 2.6e9, '2025-02-10')).toBe('import');
  });
  it('reads "but purchased only ... in return"', () => {
    expect(flowOf('In 2024 Chile sold $38 billion of copper and fruit to China but purchased only $21 billion in return.', 21e9, '2025-02-10')).toBe('import');
  });
  it('reads "and bought just ... of goods in exchange"', () => {
    expect(flowOf('Last year Peru sold $24 billion of minerals to China and bought just $13 billion of goods in exchange.', 13e9, '2025-02-10')).toBe('import');
  });
  it('keeps a partner "buying ... worth" of the subject\'s goods an export (near miss)', () => {
    expect(flowOf('Exports reached 405 billion USD in 2025. The United States remained the largest export market, buying 137 billion USD worth of Vietnamese goods.', 137e9, '2026-01-06')).toBe('export');
  });
  it('keeps "with the United States alone buying ... worth of goods" an export (near miss)', () => {
    expect(flowOf('Exports of medical devices reached US$7.9 billion in 2025. By destination, North America received 46.9% of exports, with the United States alone buying US$5,902 million worth of goods.', 5.902e9, '2026-01-20')).toBe('export');
  });
});

describe('what the release says its trade data leave out ("which is not counted in customs trade data") is no trade figure', () => {
  const lead = "Hainan's trade rose 20 percent to 277.6 billion yuan in 2024. ";
  const values = (text: string) => releaseRows(text, '2025-01-20').map((r) => r.value);
  it('drops "Offshore duty-free shopping, which is not counted in customs trade data, fell ... to ..."', () => {
    expect(values(`${lead}Offshore duty-free shopping, which is not counted in customs trade data, fell 29.3 percent to 30.94 billion yuan.`)).toEqual([277.6e9]);
  });
  it('drops "Parcel sales, which customs statistics do not include, reached ..."', () => {
    expect(values(`${lead}Parcel sales, which customs statistics do not include, reached 4 billion yuan.`)).toEqual([277.6e9]);
  });
  it('drops "Re-exports through bonded zones, excluded from the official trade figures, rose ..."', () => {
    expect(values(`${lead}Re-exports through bonded zones, excluded from the official trade figures, rose 5 percent to 12 billion yuan.`)).toEqual([277.6e9]);
  });
  it('drops "Sales to mainland buyers, which fall outside customs statistics, came to ..."', () => {
    expect(values(`${lead}Sales to mainland buyers, which fall outside customs statistics, came to 8 billion yuan.`)).toEqual([277.6e9]);
  });
  it('drops "Services trade, not included in the goods trade data, grew ..."', () => {
    expect(values(`${lead}Services trade, not included in the goods trade data, grew 9 percent to 31 billion yuan.`)).toEqual([277.6e9]);
  });
  it('keeps a trade figure in a clause after the one left out (near miss)', () => {
    expect(values(`${lead}Duty-free sales are not counted in customs data, while exports rose 26 percent to 109.4 billion yuan.`)).toEqual([277.6e9, 109.4e9]);
  });
  it('keeps goods "not included in the zero-tariff list" (near miss: a list, no data)', () => {
    expect(values(`${lead}Imports of goods not included in the zero-tariff list rose 8 percent to 120 billion yuan.`)).toEqual([277.6e9, 120e9]);
  });
});
