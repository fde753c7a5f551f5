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
