/**
 * Fixing round a219 on b297 and b295-10/-15: tables flattened into bulletin text (fiscal-year heads, a caption a blank line
 * above its table, a row of changes under it, units in a note under a table, partners flattened onto one line, dot leaders,
 * a list closed by its unit in brackets). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('heads of fiscal years written by their two years are columns of those fiscal years', () => {
  it('reads "2022-23   2023-24" over rows of Australian goods trade', () => {
    const text = 'CANBERRA, 12 November 2025 - Goods trade with Korea eased in the last fiscal year, the department said.\n\nAustralia trade with Korea, A$ million\n\n              2022-23     2023-24\nExports       41,220      38,905\nImports       12,310      13,004\n';
    expect(tuples(text, '2025-11-12')).toEqual(expect.arrayContaining([['2022-07', '2023-06', 41220e6, 'AUD', null], ['2023-07', '2024-06', 13004e6, 'AUD', null]]));
  });
  it('reads "FY2023/24 | FY2024/25" heads of an Indian table with bars', () => {
    const text = 'NEW DELHI, 15 May 2025 - The ministry released its yearly figures on Thursday.\n\nIndia merchandise trade, US$ billion\nItem       FY2023/24    FY2024/25\nExports    437.1        437.4\nImports    678.2        720.2\n';
    expect(tuples(text, '2025-05-15')).toEqual(expect.arrayContaining([['2023-04', '2024-03', 437.1e9, 'USD', null], ['2024-04', '2025-03', 720.2e9, 'USD', null]]));
  });
  it('reads heads written with a dash between four-digit years ("2023–2024   2024–2025")', () => {
    const text = 'ISLAMABAD, 20 July 2025 - The bureau has put out the fiscal year\'s provisional trade figures.\n\nPakistan external trade, US$ million\n               2023–2024    2024–2025\nExports        30,645       32,106\nImports        54,734       58,380\n';
    expect(tuples(text, '2025-07-20')).toEqual(expect.arrayContaining([['2023-07', '2024-06', 30645e6, 'USD', null], ['2024-07', '2025-06', 58380e6, 'USD', null]]));
  });
  it('reads three fiscal-year heads over a total row (Bangladesh)', () => {
    const text = 'DHAKA, 2 August 2025 - Shipments recovered in the year to June, the bank said.\n\nBangladesh goods trade, US$ million\n            2022-23     2023-24     2024-25\nExports     55,560      44,470      48,280\nTotal       125,190     107,800     115,900\n';
    expect(tuples(text, '2025-08-02')).toEqual(expect.arrayContaining([['2022-07', '2023-06', 55560e6, 'USD', null], ['2024-07', '2025-06', 115900e6, 'USD', null]]));
  });
  it('reads Kenya\'s fiscal-year heads next to a growth column', () => {
    const text = 'NAIROBI, 30 September 2025 - The statistics office published the annual trade digest.\n\nKenya trade in goods, KSh million\n            2023-24     2024-25     Change (%)\nExports     1,012,300   1,100,100   8.7\nImports     2,790,500   2,850,200   2.1\n';
    expect(tuples(text, '2025-09-30')).toContainEqual(['2024-07', '2025-06', 1100100e6, 'KES', 8.7]);
  });
  it('reads no fiscal year where the country names none so ("2023-24   2024-25" seasons in Brazil) (near miss)', () => {
    const text = 'BRASILIA, 10 March 2025 - The ministry published its soybean balance sheet.\n\nBrazil trade, million tonnes\n            2023-24     2024-25\nExports     98.2        104.6\nImports     0.9         0.7\n';
    expect(releaseRows(text, '2025-03-10').some((r) => r.value === 104.6e6)).toBe(false);
  });
  it('reads no fiscal year from two years that do not follow each other ("2021-23") (near miss)', () => {
    const text = 'CANBERRA, 12 November 2025 - Goods trade with Korea eased in the last fiscal year, the department said.\n\nAustralia trade with Korea, A$ million\n              2019-21     2021-23\nExports       71,220      78,905\nImports       22,310      23,004\n';
    expect(releaseRows(text, '2025-11-12').some((r) => r.value === 78905e6)).toBe(false);
  });
});

describe("a header opening its paragraph takes the caption a blank line above it", () => {
  it('reads "Goods trade of Chile, US$ million" over a blank line and "2024   2025"', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s trade figures.\n\nGoods trade of Chile, US$ million\n\n             2024        2025\nExports      99,100      104,300\nImports      80,200      84,900\n';
    expect(tuples(text, '2026-02-03')).toContainEqual(['2025-01', '2025-12', 104300e6, 'USD', null]);
  });
  it('reads a caption in capitals with its unit in brackets over month heads', () => {
    const text = 'OSLO, 15 November 2025 - Statistics Norway released the October figures on Friday.\n\nNorway external trade (NOK million)\n\n             Oct 2024     Oct 2025\nExports      140,220      131,880\nImports      86,400       90,120\n';
    expect(tuples(text, '2025-11-15')).toContainEqual(['2025-10', '2025-10', 90120e6, 'NOK', null]);
  });
  it('reads a caption naming a partner over quarter heads', () => {
    const text = 'WELLINGTON, 20 November 2025 - Stats NZ said the quarter\'s dairy sales lifted exports.\n\nTrade with China, NZ$ million\n\n             Q3 2024     Q3 2025\nExports      3,905       4,310\nImports      3,720       3,650\n';
    expect(tuples(text, '2025-11-20')).toContainEqual(['2025-07', '2025-09', 4310e6, 'NZD', null]);
  });
  it('reads a caption with a table number over spans of months', () => {
    const text = 'PRAGUE, 6 November 2025 - The statistical office issued its preliminary foreign trade data.\n\nTable 1. Foreign trade of the Czech Republic, CZK billion\n\n             Jan-Sep 2024    Jan-Sep 2025\nExports      3,251.7         3,318.4\nImports      3,080.2         3,149.9\n';
    expect(tuples(text, '2025-11-06')).toContainEqual(['2025-01', '2025-09', 3318.4e9, 'CZK', null]);
  });
  it('reads a caption in euros over year heads with a change column', () => {
    const text = 'VIENNA, 20 February 2026 - Austria\'s exports grew again last year, the agency said.\n\nAustria goods trade, EUR bn\n\n             2024      2025      Change (%)\nExports      191.2     196.9     3.0\nImports      193.0     194.5     0.8\n';
    expect(tuples(text, '2026-02-20')).toContainEqual(['2025-01', '2025-12', 196.9e9, 'EUR', 3]);
  });
  it('takes no sentence of prose above the blank line for a caption (near miss)', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s trade figures in US$ million.\n\n             2024        2025\nExports      99,100      104,300\nImports      80,200      84,900\n';
    expect(releaseRows(text, '2026-02-03').some((r) => r.value === 104300e6)).toBe(false);
  });
  it('reads nothing under a caption of prices a blank line above (near miss)', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s figures.\n\nExport prices of Chile, US$ per tonne\n\n             2024        2025\nExports      9,100       9,430\nImports      8,200       8,490\n';
    expect(releaseRows(text, '2026-02-03').some((r) => r.value === 9430)).toBe(false);
  });
});

describe("a row of changes alone under a table gives each row's last column its change on the year before", () => {
  it('reads "Growth 2024-25 (%)" under fiscal-year columns', () => {
    const text = 'CANBERRA, 12 November 2025 - Goods trade with Korea eased in the last fiscal year, the department said.\n\nAustralia trade with Korea, A$ million\n              2023-24     2024-25\nExports       38,905      36,210\nImports       13,004      13,650\n\nGrowth 2024-25 (%)   -6.9   5.0\n';
    expect(tuples(text, '2025-11-12')).toEqual(expect.arrayContaining([['2024-07', '2025-06', 36210e6, 'AUD', -6.9], ['2024-07', '2025-06', 13650e6, 'AUD', 5]]));
  });
  it('reads "% change 2025" under year columns', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s trade figures.\n\nGoods trade of Chile, US$ million\n             2024        2025\nExports      99,100      104,300\nImports      80,200      84,900\n\n% change 2025     5.2     5.9\n';
    expect(tuples(text, '2026-02-03')).toEqual(expect.arrayContaining([['2025-01', '2025-12', 104300e6, 'USD', 5.2], ['2025-01', '2025-12', 84900e6, 'USD', 5.9]]));
  });
  it('reads "Change (%)" naming no column, under month columns', () => {
    const text = 'OSLO, 15 November 2025 - Statistics Norway released the October figures on Friday.\n\nNorway external trade, NOK million\n             Oct 2024     Oct 2025\nExports      140,220      131,880\nImports      86,400       90,120\n\nChange (%)   -5.9   4.3\n';
    expect(tuples(text, '2025-11-15')).toEqual(expect.arrayContaining([['2025-10', '2025-10', 131880e6, 'NOK', -5.9], ['2025-10', '2025-10', 90120e6, 'NOK', 4.3]]));
  });
  it('reads "y/y, %" under three rows', () => {
    const text = 'VIENNA, 20 February 2026 - Austria\'s exports grew again last year, the agency said.\n\nAustria goods trade, EUR bn\n             2024      2025\nExports      191.2     196.9\nImports      193.0     194.5\nTotal        384.2     391.4\n\ny/y, %     3.0     0.8     1.9\n';
    expect(tuples(text, '2026-02-20')).toEqual(expect.arrayContaining([['2025-01', '2025-12', 196.9e9, 'EUR', 3], ['2025-01', '2025-12', 391.4e9, 'EUR', 1.9]]));
  });
  it('reads "Year-on-year growth Q3 2025" under quarter columns', () => {
    const text = 'WELLINGTON, 20 November 2025 - Stats NZ said the quarter\'s dairy sales lifted exports.\n\nTrade with China, NZ$ million\n             Q3 2024     Q3 2025\nExports      3,905       4,310\nImports      3,720       3,650\n\nYear-on-year growth Q3 2025    10.4    -1.9\n';
    expect(tuples(text, '2025-11-20')).toEqual(expect.arrayContaining([['2025-07', '2025-09', 4310e6, 'NZD', 10.4], ['2025-07', '2025-09', 3650e6, 'NZD', -1.9]]));
  });
  it('gives no change that disagrees with the levels it would compare (near miss)', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s trade figures.\n\nGoods trade of Chile, US$ million\n             2024        2025\nExports      99,100      104,300\nImports      80,200      84,900\n\nGrowth (%)     12.5     1.1\n';
    expect(tuples(text, '2026-02-03')).toContainEqual(['2025-01', '2025-12', 104300e6, 'USD', null]);
  });
  it('gives no change from a row naming another column than the last (near miss)', () => {
    const text = 'SANTIAGO, 3 February 2026 - The central bank published the year\'s trade figures.\n\nGoods trade of Chile, US$ million\n             2024        2025\nExports      99,100      104,300\nImports      80,200      84,900\n\n% change 2024     5.2     5.9\n';
    expect(tuples(text, '2026-02-03')).toContainEqual(['2025-01', '2025-12', 104300e6, 'USD', null]);
  });
});

describe('quarters or months each followed by a year, over rows, are heads of columns, no chart bars of year-like amounts', () => {
  const has = (text: string, published: string, value: number) => releaseRows(text, published).some((r) => r.value === value);
  it('reads "Q3 2024     Q3 2025" as heads, not bars of 2,024 and 2,025 million', () => {
    const text = 'WELLINGTON, 20 November 2025 - Stats NZ said dairy sales lifted exports.\n\nTrade with China, NZ$ million\n             Q3 2024     Q3 2025\nExports      3,905       4,310\nImports      3,720       3,650\n';
    expect(has(text, '2025-11-20', 2025e6)).toBe(false);
    expect(tuples(text, '2025-11-20')).toContainEqual(['2025-07', '2025-09', 4310e6, 'NZD', null]);
  });
  it('reads "Jan-Sep 2024    Jan-Sep 2025" as heads', () => {
    const text = 'PRAGUE, 6 November 2025 - The statistical office issued its preliminary foreign trade data.\n\nForeign trade of the Czech Republic, CZK billion\n             Jan-Sep 2024    Jan-Sep 2025\nExports      3,251.7         3,318.4\nImports      3,080.2         3,149.9\n';
    expect(has(text, '2025-11-06', 2025e9)).toBe(false);
    expect(tuples(text, '2025-11-06')).toContainEqual(['2025-01', '2025-09', 3149.9e9, 'CZK', null]);
  });
  it('reads "Oct 2024   Oct 2025" under a unit in brackets as heads', () => {
    const text = 'OSLO, 15 November 2025 - Statistics Norway released the October figures on Friday.\n\nNorway goods trade (NOK million)\n             Oct 2024     Oct 2025\nExports      140,220      131,880\nImports      86,400       90,120\n';
    expect(has(text, '2025-11-15', 2025e6)).toBe(false);
    expect(tuples(text, '2025-11-15')).toContainEqual(['2025-10', '2025-10', 131880e6, 'NOK', null]);
  });
  it('reads "September 2024   September 2025" written out as heads', () => {
    const text = 'JAKARTA, 15 October 2025 - The bureau said exports rose in September.\n\nIndonesia trade with Japan, US$ million\n             September 2024     September 2025\nExports      1,702.4            1,811.9\nImports      1,120.3            1,098.6\n';
    expect(has(text, '2025-10-15', 2025e6)).toBe(false);
    expect(tuples(text, '2025-10-15')).toContainEqual(['2025-09', '2025-09', 1811.9e6, 'USD', null]);
  });
  it('reads two months running, "Aug 2025   Sep 2025", as heads', () => {
    const text = 'SEOUL, 1 October 2025 - The ministry said exports set a record in September.\n\nKorea trade with ASEAN, US$ million\n             Aug 2025     Sep 2025\nExports      9,880        10,412\nImports      6,120        6,305\n';
    expect(has(text, '2025-10-01', 2025e6)).toBe(false);
    expect(tuples(text, '2025-10-01')).toContainEqual(['2025-09', '2025-09', 10412e6, 'USD', null]);
  });
  it('still reads yearless month bars under a chart caption (near miss)', () => {
    const text = 'HANOI, 5 April 2025 - Exports picked up in March.\n\nChart: Monthly exports, US$ billion\nJan 35.1   Feb 29.8   Mar 37.2\n';
    expect(tuples(text, '2025-04-05')).toContainEqual(['2025-03', '2025-03', 37.2e9, 'USD', null]);
  });
  it('still reads quarter bars with their years written after them (near miss)', () => {
    const text = 'SEOUL, 5 October 2025 - Chip exports climbed through the year.\n\nChip exports, US$ billion\nQ1 2025 33.8   Q2 2025 36.1   Q3 2025 41.2\n';
    expect(tuples(text, '2025-10-05')).toContainEqual(['2025-07', '2025-09', 41.2e9, 'USD', null]);
  });
});

describe('rows of places over a note naming their two columns, an amount and a share, give both', () => {
  it('reads "Note: first column - US$ billion; second - share in total turnover, %"', () => {
    const text = 'ASTANA, 14 November 2025 - Kazakhstan\'s foreign trade turnover in January-September 2025 was US$104.6 billion.\n\nMain partners\n\nChina          21.9     20.9\nRussia         20.1     19.2\nNote: first column - US$ billion; second - share in total turnover, %.\n';
    expect(tuples(text, '2025-11-14')).toEqual(expect.arrayContaining([['2025-01', '2025-09', 21.9e9, 'USD', null], ['2025-01', '2025-09', 19.2, 'percent-share', null]]));
  });
  it('reads "Notes: column 1: EUR million; column 2: % of total" under export rows', () => {
    const text = 'LJUBLJANA, 10 October 2025 - Exports of goods in August 2025 were EUR 3.9 billion, the office said.\n\nGermany        812.4    20.8\nItaly          420.7    10.8\nCroatia        355.1    9.1\nNotes: column 1: EUR million; column 2: % of total exports.\n';
    expect(tuples(text, '2025-10-10')).toEqual(expect.arrayContaining([['2025-08', '2025-08', 812.4e6, 'EUR', null], ['2025-08', '2025-08', 9.1, 'percent-share', null]]));
  });
  it('reads "The first column gives US$ million, the second the share in total imports (%)"', () => {
    const text = 'TASHKENT, 20 October 2025 - Imports in January-September 2025 reached US$31.2 billion.\n\nChina            9,120.5     29.2\nRussia           5,604.3     18.0\nKazakhstan       2,310.8     7.4\nThe first column gives US$ million, the second the share in total imports (%).\n';
    expect(tuples(text, '2025-10-20')).toEqual(expect.arrayContaining([['2025-01', '2025-09', 9120.5e6, 'USD', null], ['2025-01', '2025-09', 7.4, 'percent-share', null]]));
  });
  it('reads a note of the columns with a period of its own and leaves a row of dots', () => {
    const text = 'BISHKEK, 12 November 2025 - The committee published the trade figures on Wednesday.\n\nChina          2,410.2     35.6\nRussia         1,802.7     26.6\nTurkey         ...         ...\nNote: first column - US$ million, January-September 2025; second - share in total turnover, %\n';
    expect(tuples(text, '2025-11-12')).toEqual(expect.arrayContaining([['2025-01', '2025-09', 2410.2e6, 'USD', null], ['2025-01', '2025-09', 26.6, 'percent-share', null]]));
  });
  it('reads a group among the places ("EU") and "1st column = ..." written with equals signs', () => {
    const text = 'MINSK, 5 November 2025 - Foreign trade in goods in January-September 2025 totalled US$62.1 billion.\n\nRussia         35.2     56.7\nEU             6.1      9.8\nChina          5.9      9.5\nNote: 1st column = US$ billion; 2nd column = share in total trade, %\n';
    expect(tuples(text, '2025-11-05')).toEqual(expect.arrayContaining([['2025-01', '2025-09', 6.1e9, 'USD', null], ['2025-01', '2025-09', 56.7, 'percent-share', null]]));
  });
  it('reads nothing when the note names two amounts and no share (near miss)', () => {
    const text = 'ASTANA, 14 November 2025 - Kazakhstan\'s foreign trade turnover in January-September 2025 was US$104.6 billion.\n\nChina          21.9     20.9\nRussia         20.1     19.2\nNote: first column - US$ billion; second - US$ billion a year earlier.\n';
    expect(releaseRows(text, '2025-11-14').some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('reads nothing from rows of goods, no places, over such a note (near miss)', () => {
    const text = 'ASTANA, 14 November 2025 - Kazakhstan\'s exports in January-September 2025 were US$59.1 billion.\n\nOil            27.8     47.0\nMetals         9.9      16.8\nNote: first column - US$ billion; second - share in total exports, %.\n';
    expect(releaseRows(text, '2025-11-14').some((r) => r.unit === 'percent-share')).toBe(false);
  });
});

describe("places each with an amount and a share, under a caption whose bracket names the unit and then the share, give both", () => {
  it('reads partners run onto one line under "(US$ billion; share, %)"', () => {
    const text = 'JAKARTA, 15 October 2025 - Exports in September 2025 reached US$24.68 billion.\n\nLargest export destinations in September 2025 (US$ billion; share, %)\nChina 5.42 23.25 United States 2.51 10.77 India 1.73 7.42\n';
    expect(tuples(text, '2025-10-15')).toEqual(expect.arrayContaining([['2025-09', '2025-09', 2.51e9, 'USD', null], ['2025-09', '2025-09', 7.42, 'percent-share', null]]));
  });
  it('reads one partner a line under "(EUR million, % of total)"', () => {
    const text = 'TALLINN, 9 October 2025 - The office released August trade data.\n\nMain import partners, August 2025 (EUR million, % of total)\nFinland 221.4 13.2\nGermany 190.8 11.4\nLithuania 170.3 10.2\n';
    expect(tuples(text, '2025-10-09')).toEqual(expect.arrayContaining([['2025-08', '2025-08', 190.8e6, 'EUR', null], ['2025-08', '2025-08', 10.2, 'percent-share', null]]));
  });
  it('reads a bulleted caption with "share in total, %" and the prose\'s period', () => {
    const text = 'MANILA, 10 November 2025 - Exports in September 2025 rose 4.1 percent to US$6.9 billion.\n\n• Top export markets (US$ million; share in total, %)\n  United States 1,120.4 16.2 Japan 1,010.7 14.6 China 980.2 14.2\n';
    expect(tuples(text, '2025-11-10')).toEqual(expect.arrayContaining([['2025-09', '2025-09', 1120.4e6, 'USD', null], ['2025-09', '2025-09', 14.2, 'percent-share', null]]));
  });
  it('reads import origins with a group among them ("ASEAN")', () => {
    const text = 'COLOMBO, 20 November 2025 - The bank published the October trade figures.\n\nImport origins, October 2025 (US$ million; share, %)\nIndia 410.5 24.1 China 380.9 22.4 ASEAN 210.3 12.4\n';
    expect(tuples(text, '2025-11-20')).toEqual(expect.arrayContaining([['2025-10', '2025-10', 210.3e6, 'USD', null], ['2025-10', '2025-10', 24.1, 'percent-share', null]]));
  });
  it('reads two lines of partners under "(A$ billion; % share)"', () => {
    const text = 'CANBERRA, 5 November 2025 - Goods exports for September 2025 were A$38.2 billion.\n\nExports by destination, September 2025 (A$ billion; % share)\nChina 12.9 33.8 Japan 4.1 10.7\nKorea 2.7 7.1 India 1.9 5.0\n';
    expect(tuples(text, '2025-11-05')).toEqual(expect.arrayContaining([['2025-09', '2025-09', 12.9e9, 'AUD', null], ['2025-09', '2025-09', 5, 'percent-share', null]]));
  });
  it('reads nothing when a label is goods, not a place (near miss)', () => {
    const text = 'JAKARTA, 15 October 2025 - Exports in September 2025 reached US$24.68 billion.\n\nLargest export goods in September 2025 (US$ billion; share, %)\nCoal 2.12 8.6 Palm oil 1.98 8.0\n';
    expect(releaseRows(text, '2025-10-15').some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('reads no share when the bracket names a change, not a share (near miss)', () => {
    const text = 'JAKARTA, 15 October 2025 - Exports in September 2025 reached US$24.68 billion.\n\nLargest export destinations in September 2025 (US$ billion; change, %)\nChina 5.42 3.25 United States 2.51 -1.77\n';
    expect(releaseRows(text, '2025-10-15').some((r) => r.unit === 'percent-share')).toBe(false);
  });
});

describe("a fact sheet's leader of dots runs its label on to a bare amount, which counts the label's noun", () => {
  const sheet = (line: string) => `TIANJIN PORT | 2024 IN FIGURES\n\nPublished by the port group, 20 January 2025\n\nCargo throughput ........................ 480.1 million tonnes ▲ 2.1%\n${line}\n`;
  it('reads "Trains sent .. 918 ▼ 6.0%"', () => {
    expect(tuples(sheet('Trains sent .. 918 ▼ 6.0%'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 918, 'trains', -6]);
  });
  it('reads "Vessels called ....... 3,402"', () => {
    expect(tuples(sheet('Vessels called ....... 3,402'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 3402, 'vessels', null]);
  });
  it('reads "Freight trains handled ..... 1,254 ▲ 8.3%"', () => {
    expect(tuples(sheet('Freight trains handled ..... 1,254 ▲ 8.3%'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 1254, 'trains', 8.3]);
  });
  it('reads a leader of two dots glued to the label ("Trains received.. 1,204")', () => {
    expect(tuples(sheet('Trains received.. 1,204'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 1204, 'trains', null]);
  });
  it('reads the count of trains to named places ("Trains to Central Asia and Europe sent .. 918")', () => {
    expect(tuples(sheet('Trains to Central Asia and Europe sent .. 918 ▼ 6.0%'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 918, 'trains', -6]);
  });
  it('still ends a sentence on an ellipsis before a word (near miss)', () => {
    const text = 'TIANJIN, 20 January 2025 - Exports rose 4.1% to 210 billion yuan in 2024... Imports fell 2% to 150 billion yuan.';
    expect(tuples(text, '2025-01-20')).toContainEqual(['2024-01', '2024-12', 150e9, 'CNY', -2]);
  });
  it('counts nothing from a label whose noun counts nothing ("Berth length .. 918") (near miss)', () => {
    expect(releaseRows(sheet('Berth productivity .. 918'), '2025-01-20').some((r) => r.value === 918)).toBe(false);
  });
});

describe('a list after a colon closed by a bracket of a scaled weight gives its items that weight', () => {
  const sheet = (line: string) => `QINGDAO PORT | 2024 IN FIGURES\n\nPublished by the port group, 20 January 2025\n\nCargo throughput ........................ 700.2 million tonnes ▲ 3.4%\n\n${line}\n`;
  it('reads "Main bulk cargoes handled: iron ore 61.3, coal 28.9 (million tonnes)"', () => {
    expect(tuples(sheet('Main bulk cargoes handled: iron ore 61.3, coal 28.9, grain 9.4 (million tonnes)'), '2025-01-20')).toEqual(expect.arrayContaining([['2024-01', '2024-12', 61.3e6, 'tonnes', null], ['2024-01', '2024-12', 9.4e6, 'tonnes', null]]));
  });
  it('reads "... crude oil 4.1 and LNG 2.2 (million tons)."', () => {
    expect(tuples(sheet('Energy imports handled: crude oil 4.1 and LNG 2.2 (million tons).'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 2.2e6, 'tonnes', null]);
  });
  it('reads "(thousand tonnes)" closing a list of farm goods', () => {
    expect(tuples(sheet('Farm goods unloaded: soybeans 812, barley 240, sorghum 96 (thousand tonnes)'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 240e3, 'tonnes', null]);
  });
  it('reads "(million TEU)" closing a list of routes', () => {
    expect(tuples(sheet('Containers by route: domestic 9.2, foreign trade 21.8 (million TEU)'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 21.8e6, 'TEU', null]);
  });
  it('reads "(million tonnes)" closing a list under a heading in capitals', () => {
    expect(tuples(sheet('BULK CARGO: ore 120.4, coal 35.6, grain 12.1 (million tonnes)'), '2025-01-20')).toContainEqual(['2024-01', '2024-12', 35.6e6, 'tonnes', null]);
  });
  it('still reads a list closed by a bracket of money in that currency (near miss)', () => {
    const text = 'COLOMBO, 20 January 2025 - Imports from India (2024): fuel 1,210 and medicines 208 (US$ million).';
    expect(releaseRows(text, '2025-01-20').some((r) => r.value === 208e6 && r.unit === 'USD')).toBe(true);
  });
  it('gives no weight to a list whose bracket names something after the unit (near miss)', () => {
    expect(releaseRows(sheet('Main bulk cargoes handled: iron ore 61.3, coal 28.9 (million tonnes per berth)'), '2025-01-20').some((r) => r.value === 61.3e6)).toBe(false);
  });
});

describe('a place named after "to" or "for" before a verb of sending is where the goods went, no supplier', () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "Trains to Europe sent: 918" as no import', () => {
    expect(flowOf('XI\'AN PORT | 2024 IN FIGURES\n\nPublished by the port group, 20 January 2025\n\nTrains to Europe sent: 918\n', '2025-01-20', 918)).not.toBe('import');
  });
  it('reads "Trains to Central Asia and Europe sent .. 918" as no import', () => {
    expect(flowOf('XI\'AN PORT | 2024 IN FIGURES\n\nPublished by the port group, 20 January 2025\n\nTrains to Central Asia and Europe sent .. 918\n', '2025-01-20', 918)).not.toBe('import');
  });
  it('reads "Trains for Germany shipped: 412" as no import', () => {
    expect(flowOf('CHONGQING HUB | 2024 IN FIGURES\n\nPublished by the hub, 20 January 2025\n\nTrains for Germany shipped: 412\n', '2025-01-20', 412)).not.toBe('import');
  });
  it('reads "Trains to Russia delivered: 1,310" as no import', () => {
    expect(flowOf('MANZHOULI PORT | 2024 IN FIGURES\n\nPublished by the port, 20 January 2025\n\nTrains to Russia delivered: 1,310\n', '2025-01-20', 1310)).not.toBe('import');
  });
  it('reads "Trains to the EU sent: 655" as no import', () => {
    expect(flowOf('HEFEI HUB | 2024 IN FIGURES\n\nPublished by the hub, 20 January 2025\n\nTrains to the EU sent: 655\n', '2025-01-20', 655)).not.toBe('import');
  });
  it('still reads a supplier that sent goods as the import (near miss)', () => {
    expect(flowOf('BEIJING, 20 January 2025 - China imported 108 million tonnes of soybeans in 2024. Brazil supplied 74.6 million tonnes.', '2025-01-20', 74.6e6)).toBe('import');
  });
  it('still reads a supplier named after "and" as the import (near miss)', () => {
    expect(flowOf('BEIJING, 20 January 2025 - China imported 108 million tonnes of soybeans in 2024. Brazil and the United States supplied most; Brazil sent 74.6 million tonnes.', '2025-01-20', 74.6e6)).toBe('import');
  });
});
