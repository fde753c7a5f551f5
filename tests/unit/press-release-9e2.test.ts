/**
 * Rules of issue 9, part e2: the fixing round after blind batch 84 (helper b84, 2026-12-04), each found on a phenomenon
 * of that batch's misses and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);
const levels = (text: string, published: string) => releaseRows(text, published).map((r) => levelTuple(r));

describe('a base dated by a year written before its amount', () => {
  it('dates "from 2025\'s $X" to that year', () => {
    const text = 'For the whole year, the trade surplus reached $842.0 billion, up 9.6% from 2025\'s $768.2 billion.';
    expect(levels(text, '2027-01-13')).toEqual([
      ['2026-01', '2026-12', 842_000_000_000, 'USD', 9.6],
      ['2025-01', '2025-12', 768_200_000_000, 'USD', null],
    ]);
  });

  it('dates "the 2019 full-year figure of X" and "double the 2022 figure of X"', () => {
    const text = [
      'Harbour city trade passes last year\'s mark',
      'In the first ten months of 2020, the city\'s imports and exports were 41.2 billion dollars, already above the 2019 full-year figure of 39.8 billion dollars.',
      'Grain arrivals reached 3.1 million tonnes in 2023, more than double the 2022 figure of 1.4 million tonnes.',
    ].join('\n\n');
    const rows = levels(text, '2024-01-20');
    expect(rows).toContainEqual(['2019-01', '2019-12', 39_800_000_000, 'USD', null]);
    expect(rows).toContainEqual(['2022-01', '2022-12', 1_400_000, 'tonnes', null]);
  });
});

describe('a sentence opened by the lead span\'s last month', () => {
  it('is an aside that ends with its paragraph, like a paragraph the month opens', () => {
    const text = [
      'Tea exports up in first half',
      'The country exported 41,200 tonnes of tea in the first half of 2026, up 12.5 percent year on year, customs data showed. June shipments were 8,300 tonnes, up 4.1 percent.',
      'Green tea made up 9,600 tonnes, up 20.2 percent.',
    ].join('\n\n');
    expect(levels(text, '2026-07-20')).toEqual([
      ['2026-01', '2026-06', 41_200, 'tonnes', 12.5],
      ['2026-06', '2026-06', 8_300, 'tonnes', 4.1],
      ['2026-01', '2026-06', 9_600, 'tonnes', 20.2],
    ]);
  });
});

describe('a place\'s possessive standing for its trade with the verb left out', () => {
  it('gives the next places\' percentages to the levels they lead into', () => {
    const text = 'By city, Lhasa\'s trade rose 18.2 percent to 4.1 billion yuan, Shigatse\'s 9.4 percent to 2.3 billion yuan and Nyingchi\'s 3.3 percent to 0.6 billion yuan in 2026.';
    expect(releaseRows(text, '2027-01-20').map((r) => [r.value, r.yoy_pct])).toEqual([
      [4_100_000_000, 18.2],
      [2_300_000_000, 9.4],
      [600_000_000, 3.3],
    ]);
  });
});

describe('a first flow given both bases', () => {
  it('leaves the second flow\'s unmarked change year-on-year', () => {
    // (The month right before "while" is the first flow's base: it is not read into the second flow's change.)
    const text = 'Exports were 18.40 billion dollars in July, up 11.2 percent year on year but down 3.1 percent from June, while imports rose 15.6 percent to 16.95 billion dollars, 2.4 percent higher than in June.';
    expect(levels(text, '2026-08-15')).toEqual([
      ['2026-07', '2026-07', 18_400_000_000, 'USD', 11.2],
      ['2026-07', '2026-07', 16_950_000_000, 'USD', 15.6],
    ]);
  });

  it('still shares a month-on-month basis when the first flow gave only that one', () => {
    const text = 'Exports were 18.40 billion dollars in May, up 11.2 percent year on year. Goods exports fell 3.1 percent on the month to £9.2 billion, while imports rose 2.2 percent to £12.1 billion.';
    expect(levels(text, '2026-06-15').at(-1)).toEqual(['2026-05', '2026-05', 12_100_000_000, 'GBP', null]);
  });
});

describe('goods declared at a port', () => {
  it('went through it both ways, a bracketed restatement between the amount and the verb', () => {
    const text = [
      'Border railway port busy',
      'KUNMING, Jan. 9 -- Exports carried south on the line reached 2.1 million tonnes in 2026.',
      'Goods worth 9.82 billion yuan (about 1.37 billion U.S. dollars) were declared at the Mohan railway port in 2026, up 14.0 percent.',
    ].join('\n\n');
    expect(tuples(text, '2027-01-09').filter((r) => r[3] === 'CNY' || r[3] === 'USD').map((r) => r[6])).toEqual(['total', 'total']);
  });
});

describe('a period in a closing reason clause', () => {
  it('dates neither the figure before it nor the sentences after it', () => {
    const text = [
      'Copper concentrate imports in 2026',
      'Copper concentrate imports came to 29.6 million tonnes in 2026, up 3.2 percent.',
      'The purchases cost 612.0 billion yuan, up 11.4 percent, as smelter fees collapsed in the second half. Imports from Chile were 9.1 million tonnes.',
    ].join('\n\n');
    expect(levels(text, '2027-01-14')).toEqual([
      ['2026-01', '2026-12', 29_600_000, 'tonnes', 3.2],
      ['2026-01', '2026-12', 612_000_000_000, 'CNY', 11.4],
      ['2026-01', '2026-12', 9_100_000, 'tonnes', null],
    ]);
  });
});

describe('a period right after an amount and its unit', () => {
  it('is that amount\'s own, though a period before it is nearer', () => {
    const text = 'The service carried 41,600 TEUs of goods in October and about 392,000 TEUs in the January-October period, up 5.5 percent and 2.1 percent respectively.';
    expect(levels(text, '2026-11-04')).toEqual([
      ['2026-10', '2026-10', 41_600, 'TEU', 5.5],
      ['2026-01', '2026-10', 392_000, 'TEU', 2.1],
    ]);
  });
});

describe('a bare number a count or quantity changed from', () => {
  it('counts what the count counts after "up N percent from"', () => {
    const text = 'The hub ran 1,214 freight trains in the first half of 2026, up 9.0 percent from 1,114 a year earlier.';
    expect(levels(text, '2026-07-08')).toEqual([
      ['2026-01', '2026-06', 1_214, 'trains', 9],
      ['2025-01', '2025-06', 1_114, 'trains', null],
    ]);
  });

  it('is of the quantity\'s unit after "fell to X tonnes ... from Y million"', () => {
    const text = 'Aluminium exports fell to 0.52 million tonnes in May from 0.61 million in April, customs data showed.';
    expect(levels(text, '2026-06-09')).toEqual([
      ['2026-05', '2026-05', 520_000, 'tonnes', null],
      ['2026-04', '2026-04', 610_000, 'tonnes', null],
    ]);
  });
});

describe('a neighbouring port that goods or trains went through', () => {
  it('is the area of the sentence it opens, in a release on another port', () => {
    const text = [
      'Dongxing port trade up',
      'NANNING, Nov. 3 -- Dongxing Port handled goods worth 31.2 billion yuan in the first ten months of 2026, customs said.',
      'Through the neighbouring Pingxiang railway port, 1,048 China-Vietnam freight trains ran in the period.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-03').map((r) => [r[2], r[5]])).toEqual([
      [31_200_000_000, 'Dongxing Port'],
      [1_048, 'Pingxiang Port'],
    ]);
  });
});

describe('trains "from" the place whose figure it is', () => {
  it('are its own service, not inbound trains', () => {
    const text = 'ZHENGZHOU, July 9 -- China-Europe freight trains from Zhengzhou made 1,406 trips in the first half of 2026, up 6.0 percent.';
    expect(tuples(text, '2026-07-09').map((r) => [r[2], r[5], r[6]])).toEqual([[1_406, 'Zhengzhou', 'total']]);
  });

  it('still come in when the place is a partner at a terminal abroad', () => {
    const text = 'DUISBURG, July 9 -- The terminal handled 96 trains from China in the first half of 2026.';
    expect(tuples(text, '2026-07-09').map((r) => r[6])).toEqual(['import']);
  });
});
