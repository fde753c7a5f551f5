/**
 * Fixing round a211 on b296 (explainers, Q&A and FAQ pages about trade figures): worked examples and rules of thumb are no
 * figures, verbs of winning raw goods name production, a year before a balance noun dates it, and a statistics office's bare
 * credits and debits are exports and imports. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published = '2025-08-07') => releaseRows(text, published).map((r) => r.value);
const has = (text: string, value: number, published = '2025-08-07') => values(text, published).includes(value);
const flowOf = (text: string, value: number, published = '2025-08-07') => releaseRows(text, published).find((r) => r.value === value)?.flow;

describe('a worked example (Suppose / Imagine / Example: if, with an invented actor or amount) gives no figure', () => {
  it('sets aside "Suppose a country exports $50 billion ..."', () => {
    expect(has('CANBERRA, 7 August 2025 -- Exports were $45.9 billion in June. Suppose a country exports $50 billion of goods and imports $45 billion in a month.', 50e9)).toBe(false);
  });
  it('sets aside "Imagine a firm that imports 2 million euros of parts"', () => {
    expect(has('BRUSSELS, 7 August 2025 -- Imports fell 3 percent in June. Imagine a firm that imports 2 million euros of parts and re-exports them as machines.', 2e6)).toBe(false);
  });
  it('sets aside "Say an exporter ships 100 tonnes ..."', () => {
    expect(has('JAKARTA, 7 August 2025 -- Coal exports rose 4 percent in July. Say an exporter ships 100,000 tonnes of coal under a long-term contract.', 100000)).toBe(false);
  });
  it('sets aside "Example: if 100 euros of machinery enters a bonded warehouse ..."', () => {
    expect(has('LUXEMBOURG, 7 August 2025 -- Extra-EU imports were 210 billion euros in June. Example: if €400 of machinery enters a bonded warehouse and €250 of it is cleared, only €250 is recorded.', 250)).toBe(false);
  });
  it('sets aside "For instance, if a company sells $1 million abroad ..."', () => {
    expect(has('OTTAWA, 7 August 2025 -- Exports rose 2 percent in June. For instance, if a company sells $3 million of lumber abroad, that amount counts as an export.', 3e6)).toBe(false);
  });
  it('sets aside "Let\'s assume a trader buys ..."', () => {
    expect(has("MUMBAI, 7 August 2025 -- Gold imports rose in July. Let's assume a trader buys $800,000 of gold in Dubai and sells it in Mumbai.", 8e5)).toBe(false);
  });
  it('keeps a condition on a named subject, a fact (near miss)', () => {
    expect(has('CANBERRA, 7 August 2025 -- If gold is excluded, exports were $41.2 billion in June.', 41.2e9)).toBe(true);
  });
  it('keeps a plain sentence opening on a country (near miss)', () => {
    expect(has('CANBERRA, 7 August 2025 -- A country-wide drought cut grain exports, which fell to $2.1 billion in June.', 2.1e9)).toBe(true);
  });
});

describe('a sum written out with an equals sign is a worked answer, no figure', () => {
  it('sets aside "(50 + 10) − (45 + 12) = a surplus of $3 billion"', () => {
    expect(has('CANBERRA, 7 August 2025 -- Exports were $45.9 billion in June. Its balance is (50 + 10) − (45 + 12) = a surplus of $3 billion.', 3e9)).toBe(false);
  });
  it('sets aside "60 - 45 = 15 billion"', () => {
    expect(has('OTTAWA, 7 August 2025 -- Exports rose 2 percent in June. The surplus is then 60 - 45 = 15 billion dollars.', 15e9)).toBe(false);
  });
  it('sets aside "(120 × 0.2) = 24 million tonnes"', () => {
    expect(has('BRASILIA, 7 August 2025 -- Soybean exports rose in July. Its share works out as (120 × 0.2) = 24 million tonnes.', 24e6)).toBe(false);
  });
  it('sets aside "100 + 40 = 140 million euros of trade"', () => {
    expect(has('BERLIN, 7 August 2025 -- Exports fell in June. Trade in the example is 100 + 40 = 140 million euros.', 140e6)).toBe(false);
  });
  it('sets aside "so the gap is (9 − 7) = $2 billion"', () => {
    expect(has('MANILA, 7 August 2025 -- Imports rose in June. So the gap is (9 − 7) = $2 billion.', 2e9)).toBe(false);
  });
  it('keeps an exchange rate aside with an equals sign and no sum (near miss)', () => {
    expect(has('WARSAW, 7 August 2025 -- Exports were 120 billion zloty in June (1 EUR = 4.3 PLN).', 120e9)).toBe(true);
  });
  it('keeps a plain figure in a sentence with no equals sign (near miss)', () => {
    expect(has('CANBERRA, 7 August 2025 -- Exports of goods and services were $50 billion in June, up 10 percent.', 50e9)).toBe(true);
  });
});

describe('a rule of thumb (every/each step of a price or rate and what it adds) gives no figure', () => {
  const published = '2021-02-04';
  it('sets aside "Every US$10 rise adds roughly A$3 billion"', () => {
    expect(values('PERTH, 4 February 2021 -- Iron ore exports were A$153 billion in 2020. Every US$10 rise adds roughly A$3 billion to nominal GDP.', published)).not.toContain(3e9);
  });
  it('sets aside "each 1 percent fall in the yen lifts exports by 200 billion yen"', () => {
    expect(has('TOKYO, 4 February 2021 -- Exports were 68 trillion yen in 2020. Each 1 percent fall in the yen lifts exports by 200 billion yen, the ministry says.', 200e9, published)).toBe(false);
  });
  it('sets aside "For every dollar the price goes up, the budget gains A$1 billion"', () => {
    expect(has('PERTH, 4 February 2021 -- Iron ore exports rose 14 percent in 2020. For every dollar the price goes up, the Treasury says, revenue means A$1 billion more.', 1e9, published)).toBe(false);
  });
  it('sets aside "Each additional 10-cent rise in the freight rate cuts earnings by $40 million"', () => {
    expect(has('SANTIAGO, 4 February 2021 -- Copper exports were $38 billion in 2020. Each additional 10-cent rise in the freight rate cuts earnings by $40 million.', 40e6, published)).toBe(false);
  });
  it('sets aside "every $5 drop in oil takes $2 billion off the import bill"', () => {
    expect(has('NEW DELHI, 4 February 2021 -- Crude imports were $65 billion in 2020. Every $5 drop in oil takes $2 billion off the import bill.', 2e9, published)).toBe(false);
  });
  it('keeps the figure before the step (near miss)', () => {
    expect(has('PERTH, 4 February 2021 -- Iron ore exports were A$153 billion in 2020, and every US$10 rise adds roughly A$3 billion.', 153e9, published)).toBe(true);
  });
  it('keeps "each increase lifted the total" with no amount in the step (near miss)', () => {
    expect(has('PERTH, 4 February 2021 -- Iron ore exports rose in each month of 2020, and each increase lifted the total, which came to A$153 billion in 2020.', 153e9, published)).toBe(true);
  });
});

describe('a verb of winning raw goods (mined, pumped, refined, harvested) right before an amount is production', () => {
  it('sets aside "China mined about 270,000 tonnes of rare earth oxide"', () => {
    expect(has('SINGAPORE, 10 March 2026 -- Exports of rare earths were 9,412 tonnes in January-February. China mined about 270,000 tonnes of rare earth oxide in 2025.', 270000, '2026-03-10')).toBe(false);
  });
  it('sets aside "the country pumped 9.4 million tonnes"', () => {
    expect(has('RIYADH, 10 March 2026 -- Crude exports were 6.1 million tonnes in February. The country pumped 9.4 million tonnes in the month.', 9.4e6, '2026-03-10')).toBe(false);
  });
  it('sets aside "smelters refined some 12 million tonnes"', () => {
    expect(has('LUSAKA, 10 March 2026 -- Copper exports were 830,000 tonnes in 2025. Smelters refined some 1.2 million tonnes of copper in 2025.', 1.2e6, '2026-03-10')).toBe(false);
  });
  it('sets aside "farmers harvested 5 million tonnes"', () => {
    expect(has('BANGKOK, 10 March 2026 -- Rice exports were 7.5 million tonnes in 2025. Farmers harvested 20 million tonnes of paddy in 2025.', 20e6, '2026-03-10')).toBe(false);
  });
  it('sets aside "Kazakhstan extracted 21,000 tonnes of uranium"', () => {
    expect(has('ASTANA, 10 March 2026 -- Uranium exports were 18,000 tonnes in 2025. Kazakhstan extracted 21,000 tonnes of uranium in 2025.', 21000, '2026-03-10')).toBe(false);
  });
  it('keeps "refined copper exports reached" (near miss)', () => {
    expect(has('LUSAKA, 10 March 2026 -- Refined copper exports reached 830,000 tonnes in 2025.', 830000, '2026-03-10')).toBe(true);
  });
  it('keeps "mined goods worth" where no amount follows the verb (near miss)', () => {
    expect(has('LIMA, 10 March 2026 -- Exports of mined goods reached $48 billion in 2025.', 48e9, '2026-03-10')).toBe(true);
  });
});

describe('a year right before a balance or shipments noun dates the figure (the 2023 shortfall, a 2024 surplus of)', () => {
  const tuples = (text: string) => releaseRows(text, '2024-01-25').map(levelTuple);
  it('reads "put the 2023 shortfall at 9.29 trillion yen"', () => {
    expect(tuples('TOKYO, Jan 25, 2024 -- Finance ministry data released on Wednesday put the 2023 shortfall at 9.29 trillion yen.')).toContainEqual(['2023-01', '2023-12', -9.29e12, 'JPY', null]);
  });
  it('reads "showed a 2023 deficit of"', () => {
    expect(tuples('LONDON, Jan 25, 2024 -- Figures out on Tuesday showed a 2023 deficit of £190 billion in goods.')).toContainEqual(['2023-01', '2023-12', -190e9, 'GBP', null]);
  });
  it('reads "Korea\'s 2023 surplus came to"', () => {
    expect(tuples("SEOUL, Jan 25, 2024 -- Korea's 2023 surplus came to $10.3 billion, the ministry said.")).toContainEqual(['2023-01', '2023-12', 10.3e9, 'USD', null]);
  });
  it('reads "its 2023 shipments of copper reached"', () => {
    expect(tuples("LIMA, Jan 25, 2024 -- The country's 2023 shipments of copper reached 2.4 million tonnes.")).toContainEqual(['2023-01', '2023-12', 2.4e6, 'tonnes', null]);
  });
  it('reads "the 2023 surpluses with ASEAN ..."', () => {
    expect(tuples('BEIJING, Jan 25, 2024 -- The 2023 surpluses with ASEAN totalled $120 billion.')).toContainEqual(['2023-01', '2023-12', 120e9, 'USD', null]);
  });
  it('keeps a month before the year as the month (near miss)', () => {
    expect(tuples('TOKYO, Jan 25, 2024 -- The December 2023 deficit was 62 billion yen.')).toContainEqual(['2023-12', '2023-12', -62e9, 'JPY', null]);
  });
  it('does not date a balance by a year after another noun (near miss)', () => {
    expect(tuples('TOKYO, Jan 25, 2024 -- In the 2023 review, the December deficit was 62 billion yen.')).not.toContainEqual(['2023-01', '2023-12', -62e9, 'JPY', null]);
  });
});

describe("a statistics office's bare credits and debits are exports and imports", () => {
  it('reads "Credits were $45,876 million and debits $40,511 million"', () => {
    const text = 'CANBERRA, 7 August 2025 -- In June 2025 the balance on goods and services was a surplus of $5,365 million. Credits were $45,876 million and debits $40,511 million.';
    expect([flowOf(text, 45876e6), flowOf(text, 40511e6)]).toEqual(['export', 'import']);
  });
  it('reads "as credits rose to ... while debits fell to"', () => {
    const text = 'WELLINGTON, 7 August 2025 -- In June the goods and services balance was a surplus of NZ$365 million, as credits rose to NZ$6.8 billion while debits fell to NZ$6.4 billion.';
    expect([flowOf(text, 6.8e9), flowOf(text, 6.4e9)]).toEqual(['export', 'import']);
  });
  it('reads "total credits of ... and total debits of"', () => {
    const text = 'CANBERRA, 7 August 2025 -- The June goods and services surplus was $5 billion, with total credits of $46 billion and total debits of $41 billion.';
    expect([flowOf(text, 46e9), flowOf(text, 41e9)]).toEqual(['export', 'import']);
  });
  it('reads "Debits increased ... ; credits fell"', () => {
    const text = 'CANBERRA, 7 August 2025 -- The June goods and services surplus narrowed to $4 billion. Debits increased to $42 billion; credits fell to $46 billion.';
    expect([flowOf(text, 46e9), flowOf(text, 42e9)]).toEqual(['export', 'import']);
  });
  it('reads "Credits stood at"', () => {
    const text = 'OTTAWA, 7 August 2025 -- The June goods and services balance was a surplus of C$1.1 billion. Credits stood at C$64.2 billion.';
    expect(flowOf(text, 64.2e9)).toBe('export');
  });
  it('keeps tax credits out of exports (near miss)', () => {
    const text = 'WELLINGTON, 7 August 2025 -- Imports rose to NZ$6.8 billion in June. Tax credits were NZ$2 billion.';
    expect(flowOf(text, 2e9)).not.toBe('export');
  });
  it('keeps carbon credits, not the subject of their clause, out of exports (near miss)', () => {
    const text = 'WELLINGTON, 7 August 2025 -- Imports rose to NZ$6.8 billion in June, and carbon credits were NZ$2 billion.';
    expect(flowOf(text, 2e9)).not.toBe('export');
  });
});

describe('a question heading that asks about the balance hands it to the answer under it', () => {
  const published = '2025-10-16';
  it('reads "Has that surplus always been so large?" over "In 2019-20 it was about ..."', () => {
    const text = 'New Delhi, October 16, 2025\n\nImports from the US were US$45.3 billion in 2024-25, so India ran a goods surplus of US$41.2 billion with America.\n\nHas that surplus always been so large?\nNo. In 2019-20 it was about US$17.3 billion.';
    expect(flowOf(text, 17.3e9, published)).toBe('balance');
  });
  it('reads "And the surplus?" over "In 2019-20 it was ..."', () => {
    const text = 'New Delhi, October 16, 2025\n\nImports from the US were US$45.3 billion in 2024-25.\n\nAnd the surplus?\nIn 2019-20 it was about US$17.3 billion.';
    expect(flowOf(text, 17.3e9, published)).toBe('balance');
  });
  it('reads "Q. What happened to the trade balance?" over "A. It came to ..."', () => {
    const text = 'BERLIN, October 16, 2025\n\nQ. How did imports do?\nA. Imports fell 2 percent to 110 billion euros in August.\n\nQ. What happened to the trade balance?\nA. It came to 17.2 billion euros in August.';
    expect(flowOf(text, 17.2e9, published)).toBe('balance');
  });
  it('reads "How big is the surplus now?" over "Last month it stood at ..."', () => {
    const text = 'SEOUL, October 16, 2025\n\nExports rose 12.7 percent to $65.9 billion in September.\n\nHow big is the surplus now?\nIn September it stood at $9.5 billion, the largest in seven years.';
    expect(flowOf(text, 9.5e9, published)).toBe('balance');
  });
  it('reads "Is the trade surplus shrinking?" over "Yes: it fell to ..."', () => {
    const text = 'BRASILIA, October 16, 2025\n\nImports climbed 9 percent to $24.1 billion in September.\n\nIs the trade surplus shrinking?\nYes. In September it fell to $2.99 billion.';
    expect(flowOf(text, 2.99e9, published)).toBe('balance');
  });
  it('keeps a balance stated in a sentence from carrying into the next paragraph (near miss)', () => {
    const text = 'New Delhi, October 16, 2025\n\nImports from the US were US$45.3 billion in 2024-25, so India ran a goods surplus with America.\n\nIn 2019-20 they were about US$35.7 billion.';
    expect(flowOf(text, 35.7e9, published)).toBe('import');
  });
  it('keeps a question about exports as exports (near miss)', () => {
    const text = 'SEOUL, October 16, 2025\n\nThe surplus was $9.5 billion in September.\n\nWhat about exports?\nIn September they rose 12.7 percent to $65.9 billion.';
    expect(flowOf(text, 65.9e9, published)).toBe('export');
  });
});
