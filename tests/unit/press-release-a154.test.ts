/**
 * Rules of the fixing round for b270 (European statistics offices on their own trade): each frame in several phrasings of
 * our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const withValue = (rows: ObservationDraft[], value: number) => rows.filter((r) => r.value !== null && Math.abs(r.value - value) <= 1e-6 * Math.abs(value));

describe('a cell a statistics office leaves without a figure (".", "x", ":", "..", "n.a.", "…") is a blank cell of its row', () => {
  it('reads a balance row whose change is a lone full stop, under a caption a blank line above', () => {
    const rows = releaseRows(`Oslo, 15 May 2026 - The statistics office published its monthly goods figures.

Goods trade, April (NOK million)

                April 2026   April 2025   Change, %
Exports          98 412,6     91 002,3      8,1
Imports          71 301,0     69 820,4      2,1
Trade balance    27 111,6     21 181,9       .
`, '2026-05-15');
    expect(withValue(rows, 27111.6e6).map(levelTuple)).toEqual([['2026-04', '2026-04', 27111.6e6, 'NOK', null]]);
    expect(withValue(rows, 98412.6e6).map(levelTuple)).toEqual([['2026-04', '2026-04', 98412.6e6, 'NOK', 8.1]]);
  });
  it('reads a row whose change column is an "x" (not applicable), with points for decimals', () => {
    const rows = releaseRows(`Warsaw, 10 September 2026 - Preliminary data on foreign trade were released today.

Foreign trade, January-July 2026 (PLN million)

              Jan-Jul 2026    Jan-Jul 2025    Change, %
Exports        812 400.5       790 120.3        2.8
Imports        798 230.1       801 455.7       -0.4
Balance         14 170.4       -11 335.4          x
`, '2026-09-10');
    expect(withValue(rows, 14170.4e6).map(levelTuple)).toEqual([['2026-01', '2026-07', 14170.4e6, 'PLN', null]]);
    expect(withValue(rows, -11335.4e6).map(levelTuple)).toEqual([['2025-01', '2025-07', -11335.4e6, 'PLN', null]]);
  });
  it('reads a row whose change is a colon (not available), as Eurostat writes it', () => {
    const rows = releaseRows(`Luxembourg, 3 March 2026 - Flash figures for the bloc's goods trade.

Trade in goods, January (EUR million)

                   January 2026   January 2025   Change, %
Exports              201 450        196 300          2.6
Imports              188 900        190 150          :
`, '2026-03-03');
    expect(withValue(rows, 188900e6).map(levelTuple)).toEqual([['2026-01', '2026-01', 188900e6, 'EUR', null]]);
    expect(withValue(rows, 190150e6).map(levelTuple)).toEqual([['2025-01', '2025-01', 190150e6, 'EUR', null]]);
    expect(withValue(rows, 201450e6).map(levelTuple)).toEqual([['2026-01', '2026-01', 201450e6, 'EUR', 2.6]]);
  });
  it('reads two dots (confidential) and "n.a." left in the change column of different rows', () => {
    const rows = releaseRows(`Reykjavik, 6 February 2026 - The office released its quarterly merchandise trade.

Merchandise trade, fourth quarter (ISK million)

                   Q4 2025      Q4 2024     Change, %
Exports          1 012 300    955 100        ..
Imports          1 104 800  1 066 500       n.a.
`, '2026-02-06');
    expect(withValue(rows, 1012300e6).map(levelTuple)).toEqual([['2025-10', '2025-12', 1012300e6, 'ISK', null]]);
    expect(withValue(rows, 1066500e6).map(levelTuple)).toEqual([['2024-10', '2024-12', 1066500e6, 'ISK', null]]);
  });
  it('reads an ellipsis for a change not yet computed, and a "Net trade" row as the balance of all goods', () => {
    const rows = releaseRows(`Stockholm, 14 August 2026 - Figures for July were published on Friday.

Trade in goods, July (SEK million, current prices)

               July 2026   July 2025   Change, %
Exports        160 114,2   151 300,7      5,8
Imports        157 020,9   149 880,1      4,8
Net trade        3 093,3     1 420,6       …
`, '2026-08-14');
    expect(withValue(rows, 3093.3e6)).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2026-07' }]);
    expect(withValue(rows, 1420.6e6)).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2025-07' }]);
  });
  it('does not take a worded cell ("est.") for a blank one (guard)', () => {
    const rows = releaseRows(`Oslo, 15 May 2026 - The statistics office published its monthly goods figures.

Goods trade, April (NOK million)

                April 2026   April 2025   Change, %
Exports          98 412,6     91 002,3      8,1
Imports          71 301,0     69 820,4      est.
`, '2026-05-15');
    expect(withValue(rows, 69820.4e6)).toEqual([]);
  });
  it('does not take four dots or a lone letter other than "x" for a blank cell (guard)', () => {
    const rows = releaseRows(`Oslo, 15 May 2026 - The statistics office published its monthly goods figures.

Goods trade, April (NOK million)

                April 2026   April 2025   Change, %
Exports          98 412,6     91 002,3      ....
Imports          71 301,0     69 820,4      p
`, '2026-05-15');
    expect(withValue(rows, 91002.3e6)).toEqual([]);
    expect(withValue(rows, 69820.4e6)).toEqual([]);
  });
});

describe('every rate of a list of exchange rates ("1 EUR = 4.40 PLN, 1 USD = 3.99 PLN") is a rate, not only the first', () => {
  const lead = 'WARSAW, Aug 11 - Exports rose 5% to PLN 492.1 billion in the first half of 2026.';
  it('drops the second of two rates written as equations', () => {
    const rows = releaseRows(`${lead} Average exchange rates in the half year: 1 EUR = 4.4012 PLN, 1 USD = 3.9939 PLN.`, '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('drops the third rate of a list in brackets, with signs before the amounts', () => {
    const rows = releaseRows(`${lead} (Rates used: 1 GBP = 1.17 EUR, 1 USD = 0.92 EUR, 1 CHF = 1.04 EUR.)`, '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('drops rates written amount first ("4.40 PLN = 1 EUR") and joined by "and"', () => {
    const rows = releaseRows(`${lead} The figures were converted at 4.40 PLN = 1 EUR and 3.99 PLN = 1 USD.`, '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('drops rates written currency sign first and parted by a semicolon', () => {
    const rows = releaseRows(`${lead} Conversions were made at $1 = 83.2 rupees; €1 = 90.4 rupees.`, '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('drops the later rate of a note whose rates are worded "equals"', () => {
    const rows = releaseRows(`${lead} Note: 1 EUR equals 4.41 PLN, 1 USD equals 3.98 PLN.`, '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('keeps a trade figure that follows a rate in the same sentence (guard)', () => {
    const rows = releaseRows('WARSAW, Aug 11 - At 1 EUR = 4.40 PLN, exports of goods came to PLN 492.1 billion in the first half of 2026.', '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9]);
  });
  it('keeps a second trade figure after a first one in a list (guard)', () => {
    const rows = releaseRows('WARSAW, Aug 11 - In the first half of 2026 exports came to PLN 492.1 billion, imports to PLN 471.6 billion.', '2026-08-11');
    expect(rows.map((r) => r.value)).toEqual([492.1e9, 471.6e9]);
  });
});

describe('a table row that nets the flows ("Net trade", "Net exports", "Trade, net", "Net balance") is the balance of all goods', () => {
  const table = (label: string, head: string, caption: string, dated: string) => releaseRows(`Copenhagen, 9 October 2026 - The statistics office released the month's goods trade.

${caption}

               ${head}
Exports        160 114,2   151 300,7      5,8
Imports        157 020,9   149 880,1      4,8
${label}        3 093,3     1 420,6       -
`, dated);
  const balance = (rows: ObservationDraft[]) => withValue(rows, 3093.3e6);
  it('reads "Net trade" under a month table', () => {
    expect(balance(table('Net trade', 'Aug 2026    Aug 2025    Change, %', 'Goods trade, August (DKK million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2026-08' }]);
  });
  it('reads "Net exports" with a note mark under a quarter table', () => {
    expect(balance(table('Net exports*', 'Q3 2026     Q3 2025     Change, %', 'External trade in goods, third quarter (EUR million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2026-07' }]);
  });
  it('reads "Trade, net" with the qualifier after a comma', () => {
    expect(balance(table('Trade, net', 'Sep 2026    Sep 2025    Change, %', 'Merchandise trade, September (NOK million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2026-09' }]);
  });
  it('reads "Net balance" in capitals of a title case', () => {
    expect(balance(table('Net Balance', 'Jan-Sep 2026   Jan-Sep 2025   Change, %', 'Foreign trade, January-September (CZK million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods', period_start: '2026-01', period_end: '2026-09' }]);
  });
  it('reads "Goods, net trade" and "Net trade in goods" with the goods named', () => {
    expect(balance(table('Goods, net trade', 'Aug 2026    Aug 2025    Change, %', 'Trade, August (SEK million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods' }]);
    expect(balance(table('Net trade in goods', 'Aug 2026    Aug 2025    Change, %', 'Trade, August (SEK million)', '2026-10-09'))).toMatchObject([{ flow: 'balance', commodity: 'all goods' }]);
  });
  it('does not read "Net exports of cars" as the balance of all goods (guard)', () => {
    expect(balance(table('Net exports of cars', 'Aug 2026    Aug 2025    Change, %', 'Goods trade, August (DKK million)', '2026-10-09')).filter((r) => r.commodity === 'all goods' && r.flow === 'balance')).toEqual([]);
  });
  it('does not read "Network equipment" as a balance (guard)', () => {
    expect(balance(table('Network equipment', 'Aug 2026    Aug 2025    Change, %', 'Goods trade, August (DKK million)', '2026-10-09')).filter((r) => r.flow === 'balance')).toEqual([]);
  });
});

describe('goods named before a verb of leaving, the place they left, then where they went, are exports', () => {
  const flowOf = (text: string, value: number, published = '2026-11-20') => withValue(releaseRows(text, published), value).map((r) => r.flow);
  it('reads "Goods leaving the euro area for non-member countries were worth"', () => {
    expect(flowOf('LUXEMBOURG, Nov 20 - Goods leaving the euro area for non-member countries were worth EUR 247.6 bn in October, 1.3% less than a year earlier.', 247.6e9)).toEqual(['export']);
  });
  it('reads a relative clause, "cargo that left Norway for markets abroad"', () => {
    expect(flowOf('OSLO, Nov 20 - Cargo that left Norway for markets abroad was worth NOK 124.6 billion in October.', 124.6e9)).toEqual(['export']);
  });
  it('reads "products departing the bloc to the United States" with a named far end', () => {
    expect(flowOf('BRUSSELS, Nov 20 - Products departing the bloc to the United States came to EUR 44.1 billion in October.', 44.1e9)).toEqual(['export']);
  });
  it('reads "merchandise exiting the kingdom for third countries" with the verb of exit', () => {
    expect(flowOf('LONDON, Nov 20 - Merchandise exiting the kingdom for third countries totalled GBP 24.6 billion in October.', 24.6e9)).toEqual(['export']);
  });
  it('reads the clause after its period, "freight which left Sweden for other EU countries amounted to"', () => {
    expect(flowOf('STOCKHOLM, Nov 20 - In October freight which left Sweden for other EU countries amounted to SEK 54.2 billion.', 54.2e9)).toEqual(['export']);
  });
  it('does not read trucks leaving a port for a country as exports of goods (guard)', () => {
    expect(flowOf('ALMATY, Nov 20 - Trucks leaving the port for Kazakhstan numbered 3,100 in October.', 3100)).not.toContain('export');
  });
  it('does not read goods leaving a warehouse for repairs as exports (guard)', () => {
    expect(flowOf('BERLIN, Nov 20 - Goods leaving the warehouse for repairs were worth EUR 2.4 million in October.', 2.4e6)).not.toContain('export');
  });
});

describe('a balance that "came to", "comes in at" or "came out at" an amount is the trade balance, not the rest of an amount', () => {
  const flowOf = (text: string, value: number) => withValue(releaseRows(text, '2026-11-20'), value).map((r) => r.flow);
  it('reads "the seasonally adjusted balance came to" after a sentence on imports', () => {
    expect(flowOf('LUXEMBOURG, Nov 20 - Imports edged up 0.5% on the month. As a result, the seasonally adjusted balance came to +EUR 10.9 bn in October.', 10.9e9)).toEqual(['balance']);
  });
  it('reads "The balance comes in at" in the present tense', () => {
    expect(flowOf('BERLIN, Nov 20 - Imports rose 2.1% in October. The balance comes in at EUR 17.0 billion for the month.', 17.0e9)).toEqual(['balance']);
  });
  it('reads "the balance came out at" with the month first', () => {
    expect(flowOf('PARIS, Nov 20 - Imports fell 3% in October. In that month the balance came out at EUR -6.8 billion.', 6.8e9).concat(flowOf('PARIS, Nov 20 - Imports fell 3% in October. In that month the balance came out at EUR -6.8 billion.', -6.8e9))).toEqual(['balance']);
  });
  it('reads "the goods balance came to" after imports in the same sentence', () => {
    expect(flowOf('VIENNA, Nov 20 - Imports climbed 4% in October, and the goods balance came to EUR 1.2 billion.', 1.2e9)).toEqual(['balance']);
  });
  it('reads the participle, "with the monthly balance coming to"', () => {
    expect(flowOf('PRAGUE, Nov 20 - Imports grew 1% in October, with the monthly balance coming to CZK 21.3 billion.', 21.3e9)).toEqual(['balance']);
  });
  it('still reads "the balance came from Japan" as the rest of the imports (guard)', () => {
    expect(flowOf('TOKYO, Nov 20 - Imports were USD 80.1 billion in October; China supplied USD 30.2 billion and the balance came from Japan.', 80.1e9)).toEqual(['import']);
  });
  it('still reads "most of the balance coming from Canada" as no trade balance (guard)', () => {
    expect(flowOf('WASHINGTON, Nov 20 - Imports rose 4% to USD 80.1 billion in October, with most of the balance coming from Canada.', 80.1e9)).toEqual(['import']);
  });
});

describe('the prices a level is valued at ("in current prices", "at current market prices") are no price of the figure', () => {
  const values = (text: string) => releaseRows(text, '2026-08-11').map((r) => r.value);
  it('reads "exports of goods in current prices amounted to"', () => {
    expect(values('WARSAW, Aug 11 - In January-June 2026 exports of goods in current prices amounted to PLN 492.1 billion.')).toEqual([492.1e9]);
  });
  it('reads "at current prices" between the flow and its verb', () => {
    expect(values('PRAGUE, Aug 11 - In the first half of 2026 imports at current prices came to CZK 1 912.4 billion.')).toEqual([1912.4e9]);
  });
  it('reads "at current market prices" set off by commas after the flow', () => {
    expect(values('BUDAPEST, Aug 11 - Exports, at current market prices, reached HUF 21.3 trillion in the first half of 2026.')).toEqual([21.3e12]);
  });
  it('reads "in nominal prices" after the goods', () => {
    expect(values('BUCHAREST, Aug 11 - Shipments of goods abroad in nominal prices totalled EUR 45.2 billion in the first half of 2026.')).toEqual([45.2e9]);
  });
  it('reads "in current price terms" as the basis of a trade figure', () => {
    expect(values('SOFIA, Aug 11 - In January-June 2026 imports of goods in current price terms rose to EUR 24.8 billion.')).toEqual([24.8e9]);
  });
  it('still drops export prices stated per tonne (guard)', () => {
    expect(values('WARSAW, Aug 11 - Export prices of pork amounted to PLN 9.4 per kilogram in June 2026.')).toEqual([]);
  });
  it('still drops the average price of an export (guard)', () => {
    expect(values('WARSAW, Aug 11 - The average price of exported coal at current prices was PLN 512.3 in June 2026.')).toEqual([]);
  });
});

describe('a percentage that made the goods dearer or cheaper ("8.3 percent more expensive", "4% pricier") is a price change, not trade', () => {
  const lead = 'THE HAGUE, Nov 15 - Exports rose 15.5 percent to 57.6 billion euros in October.';
  const growths = (text: string) => releaseRows(text, '2026-11-15').filter((r) => r.value === null).map((r) => r.yoy_pct);
  it('drops "exported goods were on average 8.3 percent more expensive"', () => {
    expect(growths(`${lead} Much of the rise reflects prices: exported goods were on average 8.3 percent more expensive than a year earlier.`)).toEqual([]);
  });
  it('drops "imports, 4.1 percent more expensive than" set off as an aside', () => {
    expect(growths(`${lead} Imports, on average 4.1 percent more expensive than in October 2025, weighed on the balance.`)).toEqual([]);
  });
  it('drops "became 2.1% more expensive" with a verb of becoming', () => {
    expect(growths(`${lead} Goods bought abroad became 2.1% more expensive on the year.`)).toEqual([]);
  });
  it('drops "5 percent less expensive" (a fall in price)', () => {
    expect(growths(`${lead} Goods sold abroad were 5 percent less expensive than a year before.`)).toEqual([]);
  });
  it('drops "some 7 per cent less expensive" with a hedge before the amount', () => {
    expect(growths(`${lead} On average the shipments were some 7 per cent less expensive than last year.`)).toEqual([]);
  });
  it('keeps "3 percent more than a year earlier" (no price word, guard)', () => {
    expect(growths(`${lead} Imports were 3 percent more than a year earlier.`)).toEqual([3]);
  });
  it('keeps a growth followed by "more expensive" in another clause (guard)', () => {
    expect(growths(`${lead} Imports rose 6.2 percent, and energy was more expensive.`)).toEqual([6.2]);
  });
});

describe('a column headed "<base>=100" is an index of the level before it: a change on the year when the base is the span a year before', () => {
  const yoyOf = (rows: ObservationDraft[], value: number) => withValue(rows, value).map((r) => r.yoy_pct);
  it('reads "Jan-Jun 2025=100" after each of two currencies\' levels', () => {
    const rows = releaseRows(`Warsaw, 11 August 2026 - Preliminary data on foreign trade.

Table 1. Foreign trade turnover, January-June 2026

Specification   PLN million   Jan-Jun 2025=100   EUR million   Jan-Jun 2025=100
Exports         512 103.6     103.4              121 812.4     104.1
Imports         498 574.2      97.5              118 146.9      98.2
`, '2026-08-11');
    expect(yoyOf(rows, 512103.6e6)).toEqual([3.4]);
    expect(yoyOf(rows, 118146.9e6)).toEqual([-1.8]);
  });
  it('reads "same month of the previous year = 100" after two months\' levels', () => {
    const rows = releaseRows(`Vilnius, 10 February 2026 - The statistics office released the annual trade results.

Foreign trade in December (EUR million)

               Dec 2025     Dec 2024     same month of the previous year = 100
Exports        41 250.3     42 879.7      96.2
Imports        45 118.0     44 276.7     101.9
`, '2026-02-10');
    expect(yoyOf(rows, 41250.3e6)).toEqual([-3.8]);
    expect(yoyOf(rows, 45118.0e6)).toEqual([1.9]);
  });
  it('reads "corresponding period of the previous year=100" with a span in the caption', () => {
    const rows = releaseRows(`Riga, 9 October 2026 - Data on the first eight months.

Exports and imports, January-August 2026 (EUR million)

               Value       Share, %    corresponding period of the previous year=100
Exports        13 410.7    45.8        108.5
Imports        15 902.4    54.2        111.0
`, '2026-10-09');
    expect(yoyOf(rows, 13410.7e6)).toEqual([8.5]);
    expect(yoyOf(rows, 15902.4e6)).toEqual([11]);
  });
  it('reads a month and the months so far, each with its own "<span a year before> = 100"', () => {
    const rows = releaseRows(`Bratislava, 9 November 2026 - External trade in September.

Foreign trade (EUR million)

               Sep 2026    Sep 2025 = 100    Jan-Sep 2026    Jan-Sep 2025 = 100
Exports        9 120.5     102.7             80 412.3        101.2
Imports        8 870.1      99.1             78 990.6         98.7
`, '2026-11-09');
    expect(yoyOf(rows, 9120.5e6)).toEqual([2.7]);
    expect(yoyOf(rows, 8870.1e6)).toEqual([-0.9]);
    expect(yoyOf(rows, 78990.6e6)).toEqual([-1.3]);
  });
  it('reads a bare year "2025=100" beside each currency\'s level of the caption\'s year', () => {
    const rows = releaseRows(`Tallinn, 12 February 2026 - Preliminary annual results.

Trade in goods, January-December 2026

               EUR million   2025=100   USD million   2025=100
Exports        17 980.2      104.8      20 150.4      106.1
Imports        20 311.9       95.3      22 763.1       96.4
`, '2027-02-12');
    expect(yoyOf(rows, 17980.2e6)).toEqual([4.8]);
    expect(yoyOf(rows, 20311.9e6)).toEqual([-4.7]);
    expect(yoyOf(rows, 20150.4e6)).toEqual([6.1]);
  });
  it('does not read a fixed base ("2015=100") as a change on the year (guard)', () => {
    const rows = releaseRows(`Warsaw, 11 August 2026 - Preliminary data on foreign trade.

Foreign trade turnover, January-June 2026

Specification   PLN million   2015=100
Exports         512 103.6     148.2
Imports         498 574.2     139.5
`, '2026-08-11');
    expect(rows.some((r) => r.yoy_pct === 48.2 || r.yoy_pct === 39.5)).toBe(false);
  });
  it('does not read "=100" in a head of a volume base two years back as a change on the year (guard)', () => {
    const rows = releaseRows(`Warsaw, 11 August 2026 - Preliminary data on foreign trade.

Foreign trade turnover, January-June 2026

Specification   PLN million   Jan-Jun 2024=100
Exports         512 103.6     106.0
Imports         498 574.2     101.5
`, '2026-08-11');
    expect(rows.some((r) => r.yoy_pct === 6 || r.yoy_pct === 1.5)).toBe(false);
  });
});
