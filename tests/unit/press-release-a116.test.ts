/**
 * Rules of the fixing round for b237, b239, b235 (thirty-sixth session): whose trade a figure is, a month versus the year
 * to date, balances' signs, fiscal years. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tupleOf = (text: string, published: string, value: number) => {
  const r = releaseRows(text, published).find((x) => x.value === value);
  return r ? levelTuple(r) : undefined;
};

describe('an amount in brackets after the same span of a named year is that span\'s level', () => {
  it('reads "than in the corresponding period of 2025 (N)"', () => {
    expect(tupleOf('ASTANA, July 8 -- Exports to Uzbekistan in January-May 2026 came to 1.9 billion US dollars, 6.2% more than in the corresponding period of 2025 (1.79 billion US dollars).', '2026-07-08', 1.79e9))
      .toEqual(['2025-01', '2025-05', 1.79e9, 'USD', null]);
  });
  it('reads "down from the same months of 2024 (US$N)"', () => {
    expect(tupleOf('HANOI, Oct 6 -- Seafood shipments over the first nine months of 2025 slipped to US$6.8 billion, down from the same months of 2024 (US$7.1 billion).', '2025-10-06', 7.1e9))
      .toEqual(['2024-01', '2024-09', 7.1e9, 'USD', null]);
  });
  it('reads "compared with the comparable quarter of 2023 (€N)" with a currency sign', () => {
    expect(tupleOf('BRUSSELS, May 15 -- In the first quarter of 2024 imports of steel reached €9.2 billion, compared with the comparable quarter of 2023 (€8.4 billion).', '2024-05-15', 8.4e9))
      .toEqual(['2023-01', '2023-03', 8.4e9, 'EUR', null]);
  });
  it('reads "against the like period of 2022 (about N tonnes)" with a hedge inside the bracket', () => {
    expect(tupleOf('Coal imports in the first half of 2023 totalled 221.6 million tonnes, 93% more than against the like period of 2022 (about 114.7 million tonnes), the bureau said.', '2023-07-20', 114.7e6))
      .toEqual(['2022-01', '2022-06', 114.7e6, 'tonnes', null]);
  });
  it('reads "versus the equivalent half of 2021 (N)" in a balance sentence', () => {
    expect(tupleOf('The country ran a surplus of 12.4 billion dollars in the first half of 2022, versus the equivalent half of 2021 (9.8 billion dollars).', '2022-07-25', 9.8e9))
      .toEqual(['2021-01', '2021-06', 9.8e9, 'USD', null]);
  });
  it('does not read a bracketed change "(US$ N more)" as the base (near miss)', () => {
    const rows = releaseRows('Exports in September 2025 grew 7.5% compared with the same month of 2024 (US$ 420 million more), the institute said.', '2025-10-20');
    expect(rows.find((r) => r.value === 420e6)).toBeUndefined();
  });
  it('does not date a bracketed amount after a year that names no same span (near miss)', () => {
    const rows = releaseRows('Trade with the bloc in 2025 reached 40.2 billion dollars, a record for the year (and 3.1 billion dollars above the plan).', '2026-02-10');
    expect(rows.find((r) => r.value === 40.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
    expect(rows.find((r) => r.value === 3.1e9 && r.period_start === '2024-01')).toBeUndefined();
  });
});

describe('forecasters polled at a time, not by a name, make the figure before them a forecast', () => {
  const result = (text: string, published: string, yoy: number) => releaseRows(text, published).filter((r) => r.yoy_pct === yoy);
  it('drops "the 3.5 percent growth that analysts polled beforehand had predicted"', () => {
    expect(result('Imports rose 6.1 percent to 180.2 billion dollars in the month, well ahead of the 3.5 percent growth that analysts polled beforehand had predicted.', '2024-08-07', 3.5)).toEqual([]);
  });
  it('drops "the 2% fall economists surveyed in advance had expected"', () => {
    expect(result('Exports dropped 4.4% in October, a steeper slide than the 2% fall economists surveyed in advance had expected.', '2025-11-14', -2)).toEqual([]);
  });
  it('drops "the 7.8 per cent rise that strategists canvassed ahead of the data had pencilled in"', () => {
    expect(result('Shipments abroad climbed 9.1 per cent in June, beating the 7.8 per cent rise that strategists canvassed ahead of the data had pencilled in.', '2025-07-14', 7.8)).toEqual([]);
  });
  it('drops "the 4.1 percent growth that experts surveyed this week had expected"', () => {
    expect(result('Exports grew 5.2 percent to 88.1 billion dollars in May, ahead of the 4.1 percent growth that experts surveyed this week had expected.', '2025-06-09', 4.1)).toEqual([]);
  });
  it('drops "the 5 percent increase which forecasters polled earlier had projected"', () => {
    expect(result('Rice exports grew 8 percent in March, above the 5 percent increase which forecasters polled earlier had projected.', '2025-04-10', 5)).toEqual([]);
  });
  it('keeps a result that analysts only commented on (near miss)', () => {
    expect(result('Exports rose 6.2 percent in July, and analysts polled beforehand said demand from Europe was holding up.', '2024-08-07', 6.2)).toHaveLength(1);
  });
  it('keeps the figure when the polled analysts are the subject of another clause (near miss)', () => {
    expect(result('Imports grew 3.3 percent in the month; analysts polled beforehand had predicted a fall in purchases of coal.', '2024-08-07', 3.3)).toHaveLength(1);
  });
});

describe('"over" a twelve-month span closing at a month is the span a change ran over, not its base', () => {
  it('reads "fell 4.0 per cent over the year to June" in a financial-year story', () => {
    expect(tupleOf('Canberra posted a goods surplus of A$98.1 billion in the 2024-25 financial year. Exports slipped 2.7 per cent over the year to June to A$610.4 billion.', '2025-08-07', 610.4e9))
      .toEqual(['2024-07', '2025-06', 610.4e9, 'AUD', -2.7]);
  });
  it('reads "over the twelve months ended March" with the amount first', () => {
    expect(tupleOf('WELLINGTON, May 2 - Dairy exports reached NZ$24.1 billion, up 5.3 percent over the twelve months ended March 2025.', '2025-05-02', 24.1e9))
      .toEqual(['2024-04', '2025-03', 24.1e9, 'NZD', 5.3]);
  });
  it('reads "over the 12 months to September" in digits after a sentence giving the year', () => {
    expect(tupleOf('The trade balance for the year ended September 2024 was a deficit of 4.2 billion dollars. Merchandise imports climbed 6.4% over the 12 months to September to $71.9 billion.', '2024-11-05', 71.9e9))
      .toEqual(['2023-10', '2024-09', 71.9e9, 'USD', 6.4]);
  });
  it('reads "up N per cent over the past 12 months to August" as an aside before the verb', () => {
    expect(tupleOf('In the twelve months to August 2025 the deficit was 0.8 billion dollars. Wine exports, up 8.2 per cent over the past 12 months to August, totalled 1.9 billion dollars.', '2025-10-01', 1.9e9))
      .toEqual(['2024-09', '2025-08', 1.9e9, 'USD', 8.2]);
  });
  it('reads "over the year ended December" before the amount, after a calendar year', () => {
    expect(tupleOf('In 2024 the surplus was 3.3 billion dollars. Exports of goods rose 3.6 per cent over the year ended December 2024 to 95.2 billion dollars.', '2025-02-20', 95.2e9))
      .toEqual(['2024-01', '2024-12', 95.2e9, 'USD', 3.6]);
  });
  it('keeps "over the same period" a base (near miss)', () => {
    expect(tupleOf('Exports in the first half of 2025 reached 61.2 billion dollars, 4.4 per cent over the same period of 2024.', '2025-07-20', 61.2e9))
      .toEqual(['2025-01', '2025-06', 61.2e9, 'USD', 4.4]);
  });
  it('keeps "over October 2025" a base that is not a year before (near miss)', () => {
    expect(tupleOf('Exports reached 38.2 billion dollars in December 2025, up 6.5% over October 2025.', '2026-01-20', 38.2e9)?.[4]).toBeNull();
  });
});

describe('a year-to-date balance summed as a tally in a monthly release is an aside; the next paragraph is the month again', () => {
  const periodOf = (text: string, published: string, value: number) => {
    const r = releaseRows(text, published).find((x) => x.value === value);
    return r ? [r.period_start, r.period_end] : undefined;
  };
  it('reads "The accumulated deficit for the January-September period" then exports', () => {
    expect(periodOf('SEOUL, Oct. 1 -- The country posted a trade deficit of $3.8 billion in September, the ministry said. The accumulated deficit for the January-September period reached $28.9 billion.\n\nExports of steel fell 12.1 percent to $2.6 billion.', '2025-10-01', 2.6e9))
      .toEqual(['2025-09', '2025-09']);
  });
  it('reads "The shortfall for January-August combined" then a paragraph on imports', () => {
    expect(periodOf('TOKYO, Sept 18 -- A trade gap of 0.9 trillion yen was logged in August. The shortfall for January-August combined stood at 4.4 trillion yen.\n\nImports grew 3.2 percent from a year earlier to 9.1 trillion yen.', '2025-09-18', 9.1e12))
      .toEqual(['2025-08', '2025-08']);
  });
  it('reads "the cumulative trade surplus for the first ten months" written as its own sentence', () => {
    expect(periodOf('MANILA, Dec 9 -- Exports in October rose 4 percent to 7.2 billion dollars. For the first ten months, the cumulative trade surplus came to 1.1 billion dollars.\n\nElectronics shipments rose 6.5 percent to 4.1 billion dollars.', '2025-12-09', 4.1e9))
      .toEqual(['2025-10', '2025-10']);
  });
  it('reads "the combined deficit over January to May" with the tally word before the noun', () => {
    expect(periodOf('ANKARA, June 30 -- The trade deficit narrowed to 6.4 billion dollars in May. Over January to May, the combined deficit was 37.2 billion dollars.\n\nExports to Germany rose 8 percent to 1.9 billion dollars.', '2025-06-30', 1.9e9))
      .toEqual(['2025-05', '2025-05']);
  });
  it('reads "the surplus, taken together for the first seven months" with the tally after the noun', () => {
    expect(periodOf('CANBERRA, Aug 28 -- The goods surplus was 5.2 billion dollars in July. The surplus, taken together for the first seven months of 2025, was 38.6 billion dollars.\n\nCoal exports fell 9 percent to 4.4 billion dollars.', '2025-08-28', 4.4e9))
      .toEqual(['2025-07', '2025-07']);
  });
  it('keeps a tally of imports in force for the paragraph after it (near miss)', () => {
    expect(periodOf('Bauxite imports reached 18.1 million tonnes in September, up 6 percent. From January to September, cumulative imports were 150.2 million tonnes.\n\nImports from Guinea were 14.2 million tonnes.', '2025-10-20', 14.2e6))
      .toEqual(['2025-01', '2025-09']);
  });
  it('keeps a plain year-to-date balance in force for the paragraph after it (near miss)', () => {
    expect(periodOf('HANOI, Dec 6 -- Exports rose 9 percent in November to 39.1 billion dollars. In the first eleven months, the trade surplus was 21.4 billion dollars.\n\nExports of phones rose 5 percent to 52.3 billion dollars.', '2025-12-06', 52.3e9))
      .toEqual(['2025-01', '2025-11']);
  });
});

describe('a partner that is the subject of a verb of having a balance owns it: the area\'s balance has the other sign', () => {
  const balanceOf = (text: string, published: string, amount: number) => releaseRows(text, published).find((r) => r.flow === 'balance' && Math.abs(r.value ?? 0) === amount)?.value;
  it('reads "Brazil posted a surplus of N with China" in a story on China\'s trade', () => {
    expect(balanceOf('BEIJING, Jan. 18 -- China\'s trade with Brazil reached 171.2 billion dollars in 2025, customs data showed. Brazil posted a surplus of 44.6 billion dollars with China, mainly on soybeans.', '2026-01-18', 44.6e9)).toBe(-44.6e9);
  });
  it('reads "Chile ran a deficit of N" with an adverb before the verb', () => {
    expect(balanceOf('BEIJING, Jan. 18 -- China\'s trade with Chile came to 61.5 billion dollars in 2025, the General Administration of Customs said. Chile again ran a deficit of 2.3 billion dollars in its trade with China.', '2026-01-18', 2.3e9)).toBe(2.3e9);
  });
  it('reads "Australia recorded a record trade surplus of" with words before the noun', () => {
    expect(balanceOf('BEIJING, Jan. 14 -- Chinese customs data show that China\'s trade with Australia totalled 1.48 trillion yuan in 2025. Australia recorded a record trade surplus of 402.3 billion yuan with China.', '2026-01-14', 402.3e9)).toBe(-402.3e9);
  });
  it('reads "Peru has had a surplus of" in the perfect', () => {
    expect(balanceOf('BEIJING, Jan. 20 -- China\'s imports from Peru rose 9 percent in 2025, according to the General Administration of Customs. Peru has had a surplus of 21.4 billion dollars in its trade with China.', '2026-01-20', 21.4e9)).toBe(-21.4e9);
  });
  it('reads "Angola chalked up a surplus of" with a phrasal verb', () => {
    expect(balanceOf('BEIJING, Jan. 20 -- China\'s trade with Angola fell 4 percent in 2025 to 22.1 billion dollars, according to China\'s customs. Angola chalked up a surplus of 14.6 billion dollars.', '2026-01-20', 14.6e9)).toBe(-14.6e9);
  });
  it('keeps the sign where trade with the partner is the subject (near miss)', () => {
    expect(balanceOf('JAKARTA, Nov 15 -- Exports to China reached US$5.2 billion in October 2026, while imports from China came to US$6.4 billion, so that trade with China posted a deficit of US$1.2 billion.', '2026-11-15', 1.2e9)).toBe(-1.2e9);
  });
  it('keeps the sign where the release\'s own country posts the balance (near miss)', () => {
    expect(balanceOf('HANOI, Nov 6 -- Trade with Cambodia totalled 4.93 billion USD in the first ten months, up 8.1 percent, with Vietnam posting a trade surplus of 2.15 billion USD.', '2026-11-06', 2.15e9)).toBe(2.15e9);
  });
});

describe('the place a sentence\'s figures belong to is no partner that a later "mutual" or "bilateral" trade is with', () => {
  const rowOf = (text: string, published: string, value: number) => {
    const r = releaseRows(text, published).find((x) => x.value === value);
    return r ? [r.area, r.partner] : undefined;
  };
  const lead2 = 'MOSCOW, Oct 14 -- Trade between Russia and China in January-September 2024 came to $180.4 billion, up 1.7%, according to the General Administration of Customs of China.';
  const lead = 'MOSCOW, Oct 14 -- Russia-China trade in January-September 2024 came to $180.4 billion, up 1.7%, according to the General Administration of Customs of China.';
  it('reads "supplies from Russia to China" then "mutual trade" in the month', () => {
    expect(rowOf(`${lead}\n\nChinese exports to Russia fell 1.9% to $80.7 billion, while supplies from Russia to China grew 4.7% to $99.7 billion.\n\nIn September, mutual trade reached $20.3 billion.`, '2024-10-14', 20.3e9)).toEqual(['China', 'Russia']);
  });
  it('reads "Russian exporters sold goods worth N to China" then "mutual trade"', () => {
    expect(rowOf(`${lead2}\n\nRussian exporters sold goods worth $99.7 billion to China, up 4.7%.\n\nIn September, mutual trade reached $20.3 billion.`, '2024-10-14', 20.3e9)).toEqual(['China', 'Russia']);
  });
  it('reads "Goods shipped from Russia to China" then "bilateral trade"', () => {
    expect(rowOf(`${lead2}\n\nGoods shipped from Russia to China grew 4.7% to $99.7 billion.\n\nIn September alone, bilateral trade was $20.3 billion.`, '2024-10-14', 20.3e9)).toEqual(['China', 'Russia']);
  });
  it('reads "Imports from Russia into China" then "Mutual trade in September"', () => {
    expect(rowOf(`${lead2}\n\nImports from Russia into China increased 4.7% to $99.7 billion.\n\nMutual trade in September stood at $20.3 billion.`, '2024-10-14', 20.3e9)).toEqual(['China', 'Russia']);
  });
  it('reads "Deliveries of Russian goods to China" then "Trade between the two countries"', () => {
    expect(rowOf(`${lead2}\n\nDeliveries of Russian goods to China rose 4.7% to $99.7 billion.\n\nTrade between the two countries reached $20.3 billion in September.`, '2024-10-14', 20.3e9)).toEqual(['China', 'Russia']);
  });
  it('keeps a partner named last when it is no area of the figures (near miss)', () => {
    expect(rowOf('ASTANA, June 10 -- Kazakhstan\'s trade with China in January-April 2026 reached 9.8 billion US dollars, the bureau said.\n\nExports to China rose 6% to 3.9 billion US dollars.\n\nIn April, mutual trade came to 2.6 billion US dollars.', '2026-06-10', 2.6e9)).toEqual(['Kazakhstan', 'China']);
  });
  it('keeps "bilateral trade" with the partner of an earlier sentence when the last one names only the area (near miss)', () => {
    expect(rowOf('HANOI, Oct 6 -- Vietnam\'s trade with Laos in the first nine months of 2025 came to 1.9 billion US dollars, the customs office said. Vietnam\'s exports rose 8% to 1.1 billion US dollars.\n\nIn September, bilateral trade was 0.2 billion US dollars.', '2025-10-06', 0.2e9)).toEqual(['Vietnam', 'Laos']);
  });
});
