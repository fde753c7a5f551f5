/**
 * Rules of the fixing round for the leftovers of b274 and b276, and the services commodity carried from an earlier
 * sentence (forty-first session): each frame in several phrasings of our own, with near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);

describe('a release whose story is its trade in goods and services keeps it for later figures of its flows', () => {
  it('carries it from a goods-and-services deficit to the next paragraph\'s exports and imports', () => {
    const rows = releaseRows('WASHINGTON, Nov. 6 -- The U.S. goods and services deficit was $58.2 billion in September, the Census Bureau said.\n\nSeptember exports were $270.4 billion. Imports came to $328.6 billion.', '2026-11-06');
    expect(row(rows, 270.4e9)?.commodity).toBe('goods and services');
    expect(row(rows, 328.6e9)?.commodity).toBe('goods and services');
  });
  it('carries it from exports of goods and services to the balance a later sentence gives "in dollar terms"', () => {
    const rows = releaseRows('BEIJING, Nov. 20 -- Receipts from trade in goods and services came to 2,201.5 billion yuan in October and payments to 1,950.2 billion yuan. In dollar terms the surplus was 35.2 billion dollars.', '2026-11-20');
    expect(row(rows, 35.2e9)?.commodity).toBe('goods and services');
  });
  it('carries it from a balance on goods and services to a shortfall for the year two paragraphs on', () => {
    const rows = releaseRows('CANBERRA, Feb. 5 -- The balance on goods and services was a deficit of $512 million in December, the bureau said.\n\nIron ore exports fell to $5.1 billion.\n\nFor the calendar year the shortfall added up to $9.8 billion.', '2027-02-05');
    expect(row(rows, -9.8e9)?.commodity).toBe('goods and services');
    expect(row(rows, 5.1e9)?.commodity).toBe('iron ore');
  });
  it('carries it from an Australian surplus on goods and services trade to "the seasonally adjusted figure"', () => {
    const rows = releaseRows('SYDNEY, Oct. 8 -- Australia\'s surplus on goods and services trade rose to A$5.9 billion in August. The seasonally adjusted figure was up from A$4.2 billion in July.', '2026-10-08');
    expect(row(rows, 4.2e9)?.commodity).toBe('goods and services');
  });
  it('reads "merchandise and services combined" as goods and services and carries it to the imports after', () => {
    const rows = releaseRows('NEW DELHI, Nov. 15 -- The country\'s overall exports (merchandise and services combined) in October are estimated at USD 70.1 billion. Overall imports in October are estimated at USD 84.9 billion.', '2026-11-15');
    expect(row(rows, 70.1e9)?.commodity).toBe('goods and services');
    expect(row(rows, 84.9e9)?.commodity).toBe('goods and services');
  });
  it('carries it past a goods-only sentence to the year-to-date deficit', () => {
    const rows = releaseRows('WASHINGTON, Oct. 7 -- The goods and services gap narrowed to $69.8 billion in August.\n\nGoods exports alone rose to $181.3 billion.\n\nOver the first eight months the deficit reached $560.4 billion.', '2026-10-07');
    expect(row(rows, 181.3e9)?.commodity).toBe('all goods');
    expect(row(rows, -560.4e9)?.commodity).toBe('goods and services');
  });
  it('does not carry it to a balance with a partner, which is of goods (near miss)', () => {
    const rows = releaseRows('WASHINGTON, Nov. 6 -- The U.S. goods and services deficit was $58.2 billion in September.\n\nThe deficit with China narrowed to $20.1 billion.', '2026-11-06');
    expect(row(rows, -20.1e9)?.commodity).toBe('all goods');
  });
  it('does not carry it in a release that led with its merchandise, nor to a goods word or to named goods (near misses)', () => {
    const rows = releaseRows('NEW DELHI, Oct. 15 -- The merchandise trade deficit narrowed to $21.3 billion in September.\n\nOverall exports, including services, were estimated at $68.2 billion.\n\nIn rupee terms, September exports were worth 3.02 lakh crore rupees.', '2026-10-15');
    expect(row(rows, 3.02e12)?.commodity).toBe('all goods');
    const more = releaseRows('CANBERRA, Feb. 5 -- Exports of goods and services rose to A$60.2 billion in December. Coal earnings jumped to A$14.1 billion, while merchandise imports were A$38.4 billion.', '2027-02-05');
    expect(row(more, 14.1e9)?.commodity).not.toBe('goods and services');
    expect(row(more, 38.4e9)?.commodity).toBe('all goods');
  });
});

describe('a later clause whose subject is a whole flow, moved by any verb of change, is the whole flow', () => {
  const imports = (text: string) => row(releaseRows(text, '2026-10-08'), 37.1e9)?.commodity;
  it('reads "while imports slipped" after goods named in a clause of cause', () => {
    expect(imports('CANBERRA, Oct. 8 -- Exports rose to A$43.5 billion in August, driven by a surge in gold exports, while imports slipped 1.1 per cent to A$37.1 billion.')).toBe('all goods');
  });
  it('reads "and imports dipped"', () => {
    expect(imports('CANBERRA, Oct. 8 -- Wool exports climbed to A$1.2 billion in August, and imports dipped to A$37.1 billion.')).toBe('all goods');
  });
  it('reads "whereas imports eased"', () => {
    expect(imports('CANBERRA, Oct. 8 -- Shipments of beef reached A$1.4 billion in August, whereas imports eased to A$37.1 billion.')).toBe('all goods');
  });
  it('reads "but total imports slumped"', () => {
    expect(imports('CANBERRA, Oct. 8 -- Wheat exports doubled to A$2.2 billion in August, but total imports slumped 6 per cent to A$37.1 billion.')).toBe('all goods');
  });
  it('reads "while imports jumped"', () => {
    expect(imports('CANBERRA, Oct. 8 -- Copper ore exports fell to A$0.9 billion in August, while imports jumped 4 per cent to A$37.1 billion.')).toBe('all goods');
  });
  it('keeps goods the clause names itself (near miss)', () => {
    expect(imports('CANBERRA, Oct. 8 -- Wool exports climbed to A$1.2 billion in August, while fuel imports slipped to A$37.1 billion.')).toBe('fuel');
  });
  it('keeps goods of a clause whose subject is not a whole flow (near miss)', () => {
    expect(imports('CANBERRA, Oct. 8 -- Coal exports climbed 4 per cent in August, reaching A$37.1 billion.')).toBe('coal');
  });
});

describe('a currency quote told by "averaged", and its later amounts in a list, are no figures', () => {
  const kept = (text: string) => values(releaseRows(text, '2019-11-12'));
  it('drops both amounts of "Sterling averaged USD 1.289 and EUR 1.163"', () => {
    const v = kept('LONDON, Nov. 12 -- Exports of goods rose to GBP 29.4 billion in October. Sterling averaged USD 1.289 and EUR 1.163 over the month.');
    expect(v).toContain(29.4e9);
    expect(v).not.toContain(1.289);
    expect(v).not.toContain(1.163);
  });
  it('drops "The won averaged USD 0.00075 and JPY 0.11" by their codes', () => {
    const v = kept('SEOUL, Nov. 12 -- Exports rose to $55.2 billion in October. The won averaged USD 0.00075 and JPY 0.11 over the month.');
    expect(v).toEqual([55.2e9]);
  });
  it('drops a list of three quotes after "traded at"', () => {
    const v = kept('TOKYO, Nov. 12 -- Exports came to 8.2 trillion yen in October. The yen traded at $0.0067, EUR 0.0062 and GBP 0.0053 on average.');
    expect(v).toEqual([8.2e12]);
  });
  it('drops "the euro was averaging $1.09 and 0.86 pounds"', () => {
    const v = kept('BRUSSELS, Nov. 12 -- Exports reached EUR 240.1 billion in October; the euro was averaging $1.09 and GBP 0.86.');
    expect(v).toEqual([240.1e9]);
  });
  it('drops "the local currency averages ... and ..." in the present', () => {
    const v = kept('SEOUL, Nov. 12 -- Exports rose to $55.2 billion in October. The local currency averages $0.00074 and EUR 0.00068 so far this quarter.');
    expect(v).toEqual([55.2e9]);
  });
  it('keeps trade told after a quote and "and", with its own verb (near miss)', () => {
    const v = kept('LONDON, Nov. 12 -- Sterling fetched USD 1.29 on average, and exports reached GBP 29.4 billion in October.');
    expect(v).toEqual([29.4e9]);
  });
  it('keeps trade told in pounds after a listed amount (near miss)', () => {
    const v = kept('LONDON, Nov. 12 -- Exports rose to GBP 29.4 billion and imports to GBP 40.1 billion in October.');
    expect(v).toEqual(expect.arrayContaining([29.4e9, 40.1e9]));
  });
});

describe('a price per pack of produce (bale, crate, carton, drum, bundle, maund) is no figure', () => {
  const kept = (text: string) => values(releaseRows(text, '2024-04-03'));
  it('drops "Rs 18,500 per 40-kilogram bale"', () => {
    expect(kept('ISLAMABAD, April 3 -- Cotton exports rose to $0.9 billion in March. Traders quoted cotton at Rs 18,500 per 40-kilogram bale.')).toEqual([0.9e9]);
  });
  it('drops "$22 a crate"', () => {
    expect(kept('NAIROBI, April 3 -- Avocado exports rose to $31 million in March, with growers paid about $22 a crate.')).toEqual([31e6]);
  });
  it('drops "per carton" in an aside', () => {
    expect(kept('MANILA, April 3 -- Banana exports, at about 640 pesos per carton, reached $212 million in March.')).toEqual([212e6]);
  });
  it('drops "per drum" after a verb of trading', () => {
    expect(kept('LAGOS, April 3 -- Palm oil exports were worth $48 million in March; the oil traded at $420 per drum.')).toEqual([48e6]);
  });
  it('drops "per maund" and "per bundle"', () => {
    expect(kept('DHAKA, April 3 -- Jute exports came to $75 million in March. Raw jute sold at Tk 3,400 per maund and Tk 120 per bundle.')).toEqual([75e6]);
  });
  it('keeps a count of bales shipped (near miss)', () => {
    expect(kept('ISLAMABAD, April 3 -- Cotton exports rose to 1.2 million bales in March.')).toEqual([1.2e6]);
  });
  it('keeps money earned by a crop sold in crates (near miss)', () => {
    expect(kept('NAIROBI, April 3 -- Exports of crated avocados earned $31 million in March.')).toEqual([31e6]);
  });
});

describe('an amount in another money after a change and ", or" is the level restated', () => {
  const tuples = (text: string, published = '2023-01-10') => releaseRows(text, published).map(levelTuple);
  it('reads "down 1.3 percent, or NT$5.51 trillion"', () => {
    expect(tuples('TAIPEI, Jan. 10 -- Exports to Japan came to US$185.1 billion in 2022, down 1.3 percent, or NT$5.51 trillion.')).toContainEqual(['2022-01', '2022-12', 5.51e12, 'TWD', -1.3]);
  });
  it('reads "up 4.1%, or 780 billion US dollars"', () => {
    expect(tuples('BEIJING, Jan. 10 -- Exports were 5.6 trillion yuan last year, up 4.1%, or 780 billion US dollars.')).toContainEqual(['2022-01', '2022-12', 780e9, 'USD', 4.1]);
  });
  it('reads "and grew 6.2 per cent, or about $41 billion"', () => {
    expect(tuples('JAKARTA, Jan. 10 -- Palm oil exports totalled Rp 640 trillion in 2022 and grew 6.2 per cent, or about $41 billion.')).toContainEqual(['2022-01', '2022-12', 41e9, 'USD', 6.2]);
  });
  it('reads "having increased by 3 percent, or 91 billion euros"', () => {
    expect(tuples('WARSAW, Jan. 10 -- Exports to Germany hit 420 billion zlotys in 2022, having increased by 3 percent, or 91 billion euros.')).toContainEqual(['2022-01', '2022-12', 91e9, 'EUR', 3]);
  });
  it('reads "down 12 pct, or 2.9 trillion won" after a dollar level', () => {
    expect(tuples('SEOUL, Jan. 10 -- Chip exports stood at $2.2 billion in December, down 12 pct, or 2.9 trillion won.')).toContainEqual(['2022-12', '2022-12', 2.9e12, 'KRW', -12]);
  });
  it('does not read a change in the level\'s own money as a level (near miss)', () => {
    const values2 = releaseRows('TAIPEI, Jan. 10 -- Exports to Japan came to US$185.1 billion in 2022, down 1.3 percent, or US$2.4 billion.', '2023-01-10').map((r) => r.value);
    expect(values2).not.toContain(2.4e9);
  });
  it('does not read a change in the same money written another way as a level (near miss)', () => {
    const values2 = releaseRows('WASHINGTON, Jan. 10 -- Exports to Japan came to $185.1 billion in 2022, down 1.3 percent, or 2.4 billion dollars.', '2023-01-10').map((r) => r.value);
    expect(values2).toEqual([185.1e9]);
  });
});

describe('a peak, high, low or record a bare year owns is that year\'s base', () => {
  const tuples = (text: string) => releaseRows(text, '2024-03-15').map(levelTuple);
  it('reads "lower than the 2022 peak of 396 billion euros"', () => {
    expect(tuples('BRUSSELS, 15 March 2024 -- EU imports from China came to 515.9 billion euros in 2023, lower than the 2022 peak of 626 billion euros.')).toContainEqual(['2022-01', '2022-12', 626e9, 'EUR', null]);
  });
  it('reads "still below their 2021 high of"', () => {
    expect(tuples('BRUSSELS, 15 March 2024 -- EU exports to China came to 223.5 billion euros in 2023, still below their 2021 high of 250.1 billion euros.')).toContainEqual(['2021-01', '2021-12', 250.1e9, 'EUR', null]);
  });
  it('reads "surpassing 2019\'s record of"', () => {
    expect(tuples('ASTANA, 15 March 2024 -- Grain exports reached 11.2 million tonnes in 2023, surpassing 2019\'s record of 10.5 million tonnes.')).toContainEqual(['2019-01', '2019-12', 10.5e6, 'tonnes', null]);
  });
  it('reads "up from the 2020 low of"', () => {
    expect(tuples('HANOI, 15 March 2024 -- Rice exports rose to 8.1 million tonnes in 2023, up from the 2020 low of 6.2 million tonnes.')).toContainEqual(['2020-01', '2020-12', 6.2e6, 'tonnes', null]);
  });
  it('reads "short of the record 2018 level of"', () => {
    expect(tuples('OTTAWA, 15 March 2024 -- Lumber exports were C$14.1 billion in 2023, short of the record 2018 level of C$16.3 billion.')).toContainEqual(['2018-01', '2018-12', 16.3e9, 'CAD', null]);
  });
  it('does not date a peak that no year owns (near miss)', () => {
    const rows = releaseRows('BRUSSELS, 15 March 2024 -- EU imports from China came to 515.9 billion euros in 2023, below the peak of 626 billion euros.', '2024-03-15');
    expect(row(rows, 626e9)?.period_start).not.toBe('2022-01');
  });
  it('does not take a year that counts goods for a base (near miss)', () => {
    const rows = releaseRows('BRUSSELS, 15 March 2024 -- EU imports of the 2023 crop of olive oil came to 2.1 billion euros in 2023.', '2024-03-15');
    expect(row(rows, 2.1e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
});

describe('"That" or "This" standing for the level before keeps its balance and side over a flow word after the figure', () => {
  const first = (rows: ObservationDraft[], value: number) => rows.find((r) => Math.abs(r.value ?? 0) === value);
  it('reads "That is lower than ..., but it is not a sign of balance" as the deficit\'s base', () => {
    const rows = releaseRows('BRUSSELS, 15 March 2024 -- The deficit with China is still 292.4 billion euros. That is lower than the 2022 peak of 396 billion euros, but it is not a sign of balance.', '2024-03-15');
    expect(first(rows, 396e9)).toMatchObject({ flow: 'balance', value: -396e9 });
  });
  it('reads "This compares with ..., the office said of the balance"', () => {
    const rows = releaseRows('OSLO, 15 March 2024 -- The trade deficit narrowed to 12.1 billion kroner in February. This compares with 15.4 billion kroner in February 2023, when exports were weaker.', '2024-03-15');
    expect(first(rows, 15.4e9)).toMatchObject({ flow: 'balance', value: -15.4e9 });
  });
  it('reads "That was down from ..., as imports eased" after a deficit', () => {
    const rows = releaseRows('OSLO, 15 March 2024 -- The trade deficit came to 12.1 billion kroner in February. That was down from 15.0 billion kroner in February 2023, as imports eased.', '2024-03-15');
    expect(first(rows, 15e9)).toMatchObject({ flow: 'balance', value: -15e9 });
  });
  it('reads "This remained below ..." after a deficit', () => {
    const rows = releaseRows('ANKARA, 15 March 2024 -- The trade deficit was $6.8 billion in February. This remained below the 2022 peak of $10.4 billion, even as exports softened.', '2024-03-15');
    expect(first(rows, 10.4e9)).toMatchObject({ flow: 'balance', value: -10.4e9 });
  });
  it('reads "The figure compared with ..." after a deficit', () => {
    const rows = releaseRows('ANKARA, 15 March 2024 -- The trade deficit was $6.8 billion in February. The figure compared with $8.1 billion in February 2023, when imports of energy were high.', '2024-03-15');
    expect(first(rows, 8.1e9)).toMatchObject({ flow: 'balance', value: -8.1e9 });
  });
  it('keeps a flow the clause of the figure names (near miss)', () => {
    const rows = releaseRows('ANKARA, 15 March 2024 -- The trade deficit was $6.8 billion in February. That month, exports rose to $21.1 billion.', '2024-03-15');
    expect(first(rows, 21.1e9)?.flow).toBe('export');
  });
  it('does not make "It" a subject standing for the level (near miss)', () => {
    const rows = releaseRows('ANKARA, 15 March 2024 -- The trade deficit was $6.8 billion in February. It sold $2.1 billion of cars abroad, the ministry said.', '2024-03-15');
    expect(first(rows, 2.1e9)?.value).not.toBe(-2.1e9);
  });
});

describe('a bracketed percentage closing a clause whose subject is a part of a flow is a share', () => {
  const shares = (text: string) => releaseRows(text, '2020-01-05').filter((r) => r.measure === 'share').map((r) => r.value);
  it('reads "the largest slice of exports went there (23.3%)"', () => {
    expect(shares('HANOI, Jan. 5 -- The United States bought $61.3 billion of goods in 2019; the largest slice of exports went there (23.3%).')).toContain(23.3);
  });
  it('reads "the biggest part of imports came from the north (40.2%)"', () => {
    expect(shares('HANOI, Jan. 5 -- Imports rose to $253.5 billion in 2019. The biggest part of imports came from the north (40.2%).')).toContain(40.2);
  });
  it('reads "the bulk of shipments were bound for that market (61%)"', () => {
    expect(shares('HANOI, Jan. 5 -- Rice exports rose to $3.1 billion in 2019. The bulk of shipments were bound for that market (61%).')).toContain(61);
  });
  it('reads "the largest portion of sales abroad went to that market (18%)"', () => {
    expect(shares('HANOI, Jan. 5 -- Exports rose to $263.4 billion in 2019. The largest portion of sales abroad went to that market (18%).')).toContain(18);
  });
  it('reads "a large chunk of purchases is sourced from neighbours (12.5%)"', () => {
    expect(shares('HANOI, Jan. 5 -- Imports rose to $253.5 billion in 2019. A large chunk of purchases is sourced from neighbours (12.5%).')).toContain(12.5);
  });
  it('does not read a signed change in brackets as a share (near miss)', () => {
    expect(shares('HANOI, Jan. 5 -- Exports rose to $263.4 billion in 2019. A larger part of exports went by sea (up 4%).')).toEqual([]);
  });
  it('does not read a bracket after a number in the clause as a share of it (near miss)', () => {
    expect(shares('HANOI, Jan. 5 -- Exports rose to $263.4 billion in 2019, and the share of exports sent by 1,200 firms rose (4%).')).not.toContain(4);
  });
});
