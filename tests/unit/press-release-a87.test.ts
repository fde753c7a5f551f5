/**
 * Rules added in the fixing round for the blind batch b201 (issue 9, category 13: sloppy scraped text and table residue).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12', contentType?: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a87', source_url: 'https://example.org/r/a87', published }, { contentType });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const THIN = '\u2009';
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('a space-grouped number before a clause comma is one number', () => {
  it('reads a thin-space-grouped count of trains before ", up"', () => {
    const rows = rowsOf(`HOHHOT, May 12 -- Freight trains through the port reached 2${THIN}314, up 6.2 percent, in the first four months.`);
    expect(row(rows, 2314)).toMatchObject({ unit: 'trains', yoy_pct: 6.2 });
    expect(row(rows, 2)).toBeUndefined();
  });
  it('reads a narrow no-break space as a thousands separator in an opening phrase', () => {
    const rows = rowsOf(`URUMQI, May 12 -- With trains numbering 1${NNBSP}085, up 12 percent in the first four months, the port handled more trains than ever, customs said.`);
    expect(row(rows, 1085)?.unit).toBe('trains');
  });
  it('reads a no-break-space-grouped count after a synonym verb', () => {
    const rows = rowsOf(`MANZHOULI, May 12 -- Trains bringing imports in April numbered 1${NBSP}215, up 3.4 percent from a year earlier.`);
    expect(row(rows, 1215)).toMatchObject({ unit: 'trains', yoy_pct: 3.4 });
  });
  it('reads a plain-space-grouped value before a comma in the passive', () => {
    const rows = rowsOf('KUNMING, May 12 -- In April, fruit imported through the port was put at 12 750 tonnes by customs, while trains numbered 1 204, a rise of 9 percent.');
    expect(row(rows, 1204)?.unit).toBe('trains');
  });
  it('reads a thin-space-grouped count of containers, wire style', () => {
    const rows = rowsOf(`ALMATY, May 12 -- In April, the number of containers exported reached 3${THIN}412, up 4.1 percent y/y.`);
    expect(row(rows, 3412)).toMatchObject({ unit: 'containers', yoy_pct: 4.1 });
  });
  it('still reads a decimal comma after space-grouped thousands (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- Exports to Russia came to 1 067,2 million U.S. dollars in April.');
    expect(row(rows, 1067.2e6)).toBeDefined();
  });
  it('does not join a space and then a comma-grouped number into one (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- In April, exports of 5 000,000 tonnes were shipped by rail.');
    expect(row(rows, 5000000000)).toBeUndefined();
    expect(row(rows, 5000)).toBeUndefined();
  });
});

describe('the bound a counted group of goods passed is a threshold, not trade', () => {
  it('drops the bound after "N items had <measure> above"', () => {
    const rows = rowsOf('HANOI, May 12 -- Exports reached 140.2 billion U.S. dollars in the first four months. The office said 32 products had export value above 1 billion U.S. dollars.');
    expect(row(rows, 140.2e9)).toBeDefined();
    expect(row(rows, 1e9)).toBeUndefined();
  });
  it('drops it in an opening phrase ("With 18 commodities posting sales of over")', () => {
    const rows = rowsOf('JAKARTA, May 12 -- With 18 commodities posting sales of over $500 million, exports rose 6.1 percent to $88.4 billion in the first four months.');
    expect(row(rows, 88.4e9)).toBeDefined();
    expect(row(rows, 500e6)).toBeUndefined();
  });
  it('drops it as a trailing comma clause with a passing verb', () => {
    const rows = rowsOf('MANILA, May 12 -- Exports rose 9 percent to 30.5 billion dollars in the first four months, with 25 key product groups each topping USD 1 bln.');
    expect(row(rows, 1e9)).toBeUndefined();
  });
  it('drops it in the passive, the group named after the amount', () => {
    const rows = rowsOf('HANOI, May 12 -- Exports reached 140.2 billion U.S. dollars in the first four months; export earnings of more than $2 billion were recorded by 11 items.');
    expect(row(rows, 2e9)).toBeUndefined();
  });
  it('drops it after a participle and "in excess of", wire style', () => {
    const rows = rowsOf('BANGKOK, May 12 -- Shipments climbed 4.2% y/y to US$24.1bn in April; nine export categories recording turnover in excess of US$1bn.');
    expect(row(rows, 24.1e9)).toBeDefined();
    expect(row(rows, 1e9)).toBeUndefined();
  });
  it('keeps the trade a counted group totalled (guard)', () => {
    const rows = rowsOf('HANOI, May 12 -- In the first four months, exports of the 12 main product groups totalled more than 50 billion U.S. dollars.');
    expect(row(rows, 50e9)).toBeDefined();
  });
  it('keeps what goods named with a hyphenated adjective earned (guard)', () => {
    const rows = rowsOf('KUALA LUMPUR, May 12 -- In the first four months, rubber-based products earned RM14.2 billion, down 3.1 percent.');
    expect(row(rows, 14.2e9)).toBeDefined();
  });
  it('keeps a counted group\'s level reached with "to" (guard)', () => {
    const rows = rowsOf('HANOI, May 12 -- In the first four months, exports of 12 product groups rose to over 50 billion U.S. dollars.');
    expect(row(rows, 50e9)).toBeDefined();
  });
});

describe('a change in what carriage costs is a price, not trade', () => {
  const noGrowth = (rows: ObservationDraft[], yoy: number) => expect(rows.find((r) => r.yoy_pct === yoy)).toBeUndefined();
  it('drops a rise in rail freight charges opening the sentence', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Rail freight charges on the Mongolian side went up 5 percent in April, a port official said.');
    noGrowth(rows, 5);
  });
  it('drops it in a trailing "while" clause', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Exports through the port rose 8.2 percent in April, while road haulage fees climbed 4 percent.');
    expect(rows.find((r) => r.yoy_pct === 8.2)).toBeDefined();
    noGrowth(rows, 4);
  });
  it('drops it in the passive', () => {
    const rows = rowsOf('QINGDAO, May 12 -- Sea freight rates were raised by 6 percent in April by the main carriers.');
    noGrowth(rows, 6);
  });
  it('drops it with a service word and a synonym verb', () => {
    const rows = rowsOf('QINGDAO, May 12 -- Container handling charges at the terminal increased 3.5 percent in April from a year earlier.');
    noGrowth(rows, 3.5);
  });
  it('drops it in wire shorthand after a comma-free headline style', () => {
    const rows = rowsOf('SINGAPORE, May 12 -- Spot container freight rates up 7% y/y in April; exports up 4.1% y/y.');
    noGrowth(rows, 7);
    expect(rows.find((r) => r.yoy_pct === 4.1)).toBeDefined();
  });
  it('keeps a growth of freight volumes (guard)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Rail freight volumes through the port rose 5 percent in April to 1.2 million tonnes.');
    expect(rows.find((r) => r.yoy_pct === 5)).toBeDefined();
  });
  it('keeps trade named after the rates in a later clause (guard)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Freight charges fell in April, but exports through the port rose 6 percent to 3.2 billion yuan.');
    expect(row(rows, 3.2e9)?.yoy_pct).toBe(6);
  });
});

describe('a flattened table with this year first, last year second, then the change', () => {
  const yoyOf = (rows: ObservationDraft[], value: number) => row(rows, value)?.yoy_pct;
  it('gives a "Change" column to the this-year level of a year-to-date table', () => {
    const rows = rowsOf('Shandong trade in the first four months\n\nJINAN, May 12 -- Shandong\'s foreign trade kept growing, customs said.\n\nShandong foreign trade, January-April (unit: billion yuan)\nItem Jan-Apr 2026 Jan-Apr 2025 Change\nTotal 1 102.6 1 050.1 5.0%\nExports 652.3 611.0 6.8%\nImports 450.3 439.1 2.6%\n');
    expect(yoyOf(rows, 652.3e9)).toBe(6.8);
    expect(yoyOf(rows, 611e9)).toBeNull();
  });
  it('reads a month table with a fall in its change column', () => {
    const rows = rowsOf('Jiangsu trade in April\n\nNANJING, May 12 -- Jiangsu\'s foreign trade rose in April, Nanjing Customs said on Tuesday.\n\nJiangsu foreign trade (billion yuan)\n April 2026 April 2025 Change\nExports 234.1 220.0 6.4%\nImports 121.4 128.6 -5.6%\n');
    expect(yoyOf(rows, 121.4e9)).toBe(-5.6);
    expect(yoyOf(rows, 128.6e9)).toBeNull();
  });
  it('reads a quarter table headed "Growth (%)" with bare numbers', () => {
    const rows = rowsOf('First quarter trade\n\nHANOI, May 12 -- Quarterly trade figures were released on Tuesday.\n\nTrade, first quarter (billion US dollars)\nIndicator Q1 2026 Q1 2025 Growth (%)\nExports 98.4 90.2 9.1\nImports 95.1 88.7 7.2\n');
    expect(yoyOf(rows, 98.4e9)).toBe(9.1);
  });
  it('reads space-grouped levels under a "% change" head', () => {
    const rows = rowsOf('Singapore trade in April\n\nSINGAPORE, May 12 -- Singapore\'s non-oil domestic exports rose in April, Enterprise Singapore said.\n\nMerchandise trade (S$ million)\n Apr 2026 Apr 2025 % change\nTotal exports 61 204.5 57 980.2 5.6%\nTotal imports 55 110.0 54 003.9 2.0%\n');
    expect(yoyOf(rows, 61204.5e6)).toBe(5.6);
  });
  it('puts a "y/y" column on this year, never on last year\'s level', () => {
    const rows = rowsOf('Singapore trade in April\n\nSINGAPORE, May 12 -- Singapore\'s merchandise trade rose in April, Enterprise Singapore said.\n\nMerchandise trade (S$ million)\n Apr 2026 Apr 2025 y/y\nTotal exports 61 204.5 57 980.2 5.6%\nTotal imports 55 110.0 54 003.9 2.0%\n');
    expect(yoyOf(rows, 55110e6)).toBe(2);
    expect(yoyOf(rows, 54003.9e6)).toBeNull();
  });
  it('gives no year-on-year change to a table of this month and the month before (guard)', () => {
    const rows = rowsOf('Jiangsu trade in April\n\nNANJING, May 12 -- Jiangsu\'s foreign trade rose in April, Nanjing Customs said on Tuesday.\n\nJiangsu foreign trade (billion yuan)\n April 2026 March 2026 Change\nExports 234.1 220.0 6.4%\nImports 121.4 128.6 -5.6%\n');
    expect(rows.every((r) => r.yoy_pct === null)).toBe(true);
  });
  it('keeps last year first, this year second as it was (guard)', () => {
    const rows = rowsOf('Jiangsu trade in April\n\nNANJING, May 12 -- Jiangsu\'s foreign trade rose in April, Nanjing Customs said on Tuesday.\n\nJiangsu foreign trade (billion yuan)\n April 2025 April 2026 Change\nExports 220.0 234.1 6.4%\nImports 128.6 121.4 -5.6%\n');
    expect(yoyOf(rows, 234.1e9)).toBe(6.4);
    expect(yoyOf(rows, 220e9)).toBeNull();
  });
});

describe('a period in brackets after the label column\'s head dates the table\'s value column', () => {
  const jiangsu = (head: string, rows: string) => `Jiangsu trade\n\nNANJING, May 12 -- Jiangsu foreign trade rose, Nanjing Customs said.\n\n${head}\n${rows}`;
  it('reads "Indicator (2025) Value (billion yuan) Year on year" as the year\'s levels', () => {
    const rows = rowsOf(jiangsu('Indicator (2025) Value (billion yuan) Year on year', 'Imports and exports 734.6 10.1%\nExports 648.2 9.4%\nImports 86.4 15.8%\n'), '2026-02-10');
    expect(row(rows, 648.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', yoy_pct: 9.4 });
  });
  it('reads a year-to-date span in the brackets with a "y/y" column', () => {
    const rows = rowsOf(jiangsu('Item (Jan-Apr 2026) Value (billion yuan) y/y', 'Total 410.6 2.1%\nExports 265.3 6.8%\nImports 145.3 -2.6%\n'));
    expect(row(rows, 145.3e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04', yoy_pct: -2.6 });
  });
  it('reads a half-year written "H1" under a "Flow" head with space-grouped levels', () => {
    const rows = rowsOf('Guangdong H1 trade\n\nGUANGZHOU, Aug 12 -- Guangdong\'s foreign trade rose in the first half, Guangdong Customs said.\n\nFlow (H1 2026) Value (billion yuan) YoY\nTotal 4 410.6 4.1%\nExports 2 765.3 6.8%\nImports 1 645.3 0.6%\n', '2026-08-12');
    expect(row(rows, 2765.3e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06', yoy_pct: 6.8 });
  });
  it('reads a month in the brackets in a foreign statistics office\'s dollars', () => {
    const rows = rowsOf('Vietnam trade\n\nHANOI, Aug 12 -- Vietnam\'s trade rose in July, the statistics office said.\n\nIndicator (July 2026) Value (US$ million) Year on year\nTotal 71 204.5 12.1%\nExports 36 880.2 13.4%\nImports 34 324.3 10.7%\n', '2026-08-12');
    expect(row(rows, 36880.2e6)).toMatchObject({ period_start: '2026-07', period_end: '2026-07', unit: 'USD', yoy_pct: 13.4 });
  });
  it('reads the same head in an HTML page\'s table (read before this rule too: kept as a check)', () => {
    const page = '<html><head><title>Henan trade in Q1</title></head><body><h1>Henan trade grows in first quarter</h1><p>ZHENGZHOU, April 20 -- Henan&rsquo;s foreign trade grew in the first quarter, Zhengzhou Customs said.</p><table><tr><th>Indicator (first quarter of 2026)</th><th>Value (billion yuan)</th><th>Year on year</th></tr><tr><td>Total</td><td>198.2</td><td>7.7%</td></tr><tr><td>Exports</td><td>121.5</td><td>9.9%</td></tr><tr><td>Imports</td><td>76.7</td><td>4.4%</td></tr></table></body></html>';
    const rows = rowsOf(page, '2026-04-20', 'text/html');
    expect(row(rows, 121.5e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03', yoy_pct: 9.9 });
  });
  it('leaves a unit in the label head\'s brackets to the dated columns (guard)', () => {
    const rows = rowsOf(jiangsu('Item (billion yuan) Jan-Apr 2026 Jan-Apr 2025 Change', 'Total 410.6 402.2 2.1%\nExports 265.3 248.4 6.8%\nImports 145.3 149.2 -2.6%\n'));
    expect(row(rows, 248.4e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-04', yoy_pct: null });
  });
  it('does not date a value column by a year in a row label (guard)', () => {
    const rows = rowsOf(jiangsu('Indicator Value (billion yuan) Year on year', 'Total (2025) 410.6 2.1%\nExports 265.3 6.8%\nImports 145.3 -2.6%\n'));
    expect(row(rows, 265.3e9)?.period_start ?? 'none').not.toBe('2025-01');
  });
});

describe('a table caption saying its figures are not adjusted is understood', () => {
  const table = (caption: string) => `Euro area trade surplus\n\nOctober 2024\n\nEuro area exports rose in September 2024, the office said.\n\n${caption}\n Sep 2023 Sep 2024 Growth\nExtra-EA exports 186.5 196.2 5.2%\nExtra-EA imports 175.9 184.9 5.1%\n`;
  const based = (rows: ObservationDraft[]) => row(rows, 175.9e9)?.period_start;
  it('reads a table captioned ", not seasonally adjusted"', () => {
    expect(based(rowsOf(table('Euro area trade, not seasonally adjusted (EUR bn)'), '2024-10-16'))).toBe('2023-09');
  });
  it('reads "non-seasonally adjusted" inside the unit\'s brackets', () => {
    expect(based(rowsOf(table('Euro area trade (non-seasonally adjusted, EUR bn)'), '2024-10-16'))).toBe('2023-09');
  });
  it('reads "raw data" as the same basis', () => {
    expect(based(rowsOf(table('Euro area trade, raw data (EUR bn)'), '2024-10-16'))).toBe('2023-09');
  });
  it('reads the statisticians\' short "NSA"', () => {
    expect(based(rowsOf(table('Euro area trade, NSA, EUR bn'), '2024-10-16'))).toBe('2023-09');
  });
  it('reads "not adjusted" without the word "seasonally"', () => {
    expect(based(rowsOf(table('Euro area trade, original series, not adjusted (EUR bn)'), '2024-10-16'))).toBe('2023-09');
  });
  it('still reads no table captioned "seasonally adjusted" (guard)', () => {
    expect(based(rowsOf(table('Euro area trade, seasonally adjusted (EUR bn)'), '2024-10-16'))).toBeUndefined();
  });
  it('still reads no table captioned "calendar adjusted" (guard)', () => {
    expect(based(rowsOf(table('Euro area trade, calendar adjusted (EUR bn)'), '2024-10-16'))).toBeUndefined();
  });
});
