/**
 * Fixing round a242 on b314-09 … b314-16 (transfer test 21, second half): rules of rounds a231-a237 widened to other
 * wordings. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('rows of flows under a note whose brackets hold the change, the note said with a verb of showing and ending the paragraph above the rows', () => {
  const bulletin = (note: string, body = 'Total exports        398 542     (+14.6)\nImports              450 214     (+15.4)\nTrade balance        -51 672') => tuples(`Trade statistics for October 2018\n\nExports rose in the first ten months of 2018.\n\nTable 1  Merchandise trade, October 2018\n${note}\n\n${body}\n`, '2018-11-26');
  it('reads "(HK$ million; the figures within brackets show the % change over October 2017)"', () => {
    const got = bulletin('(HK$ million; the figures within brackets show the % change over October 2017)');
    expect(got).toContainEqual(['2018-10', '2018-10', 398542e6, 'HKD', 14.6]);
    expect(got).toContainEqual(['2018-10', '2018-10', -51672e6, 'HKD', null]);
  });
  it('reads "(US$ million; bracketed figures are year-on-year changes)"', () => {
    expect(bulletin('(US$ million; bracketed figures are year-on-year changes)')).toContainEqual(['2018-10', '2018-10', 450214e6, 'USD', 15.4]);
  });
  it('reads "S$ million; numbers in parentheses denote the percentage change on a year earlier"', () => {
    expect(bulletin('S$ million; numbers in parentheses denote the percentage change on a year earlier')).toContainEqual(['2018-10', '2018-10', 398542e6, 'SGD', 14.6]);
  });
  it('reads "(RM million; the % changes over October 2017 are shown in brackets)"', () => {
    expect(bulletin('(RM million; the % changes over October 2017 are shown in brackets)')).toContainEqual(['2018-10', '2018-10', 450214e6, 'MYR', 15.4]);
  });
  it('reads "(EUR million; figures in the brackets give the y/y change)" with changes in percent signs', () => {
    expect(bulletin('(EUR million; figures in the brackets give the y/y change)', 'Exports        398 542     (+14.6%)\nImports        450 214     (-1.5%)')).toContainEqual(['2018-10', '2018-10', 450214e6, 'EUR', -1.5]);
  });
  it('still reads the note in the rows\' own paragraph', () => {
    expect(tuples('Trade statistics for October 2018\n\nTable 1  Merchandise trade, October 2018\n(HK$ million; the figures within brackets show the % change over October 2017)\nTotal exports        398 542     (+14.6)\nImports              450 214     (+15.4)\n', '2018-11-26')).toContainEqual(['2018-10', '2018-10', 398542e6, 'HKD', 14.6]);
  });
  it('leaves a note whose brackets hold shares (near miss)', () => {
    expect(bulletin('(HK$ million; the figures within brackets show the share of the total)')).not.toContainEqual(['2018-10', '2018-10', 398542e6, 'HKD', 14.6]);
  });
  it('leaves a single row under the note above (near miss)', () => {
    expect(bulletin('(HK$ million; the figures within brackets show the % change over October 2017)', 'Total exports        398 542     (+14.6)')).not.toContainEqual(['2018-10', '2018-10', 398542e6, 'HKD', 14.6]);
  });
});

describe('a caption right over a note that ends the paragraph above the rows gives the rows their flow', () => {
  const flows = (caption: string, note = 'Value in HK$ million, with each destination\'s percentage share of total exports beside it') => {
    const rows = releaseRows(`Trade statistics for March 2018\n\nTable 1  Merchandise trade, March 2018\n(HK$ million; in brackets, % change over March 2017)\n\nTotal exports        367 210     (+7.9)\nImports              416 342     (+8.7)\nTrade balance        -49 132\n\n${caption}\n${note}\n\nMainland of China         201 540     54.9\nUnited States              30 115      8.2\nIndia                      14 702      4.0\n`, '2018-04-26');
    return [201540e6, 30115e6].map((v) => rows.find((r) => r.value === v)?.flow);
  };
  it('reads "Table 2  Total exports to major destinations, March 2018"', () => {
    expect(flows('Table 2  Total exports to major destinations, March 2018')).toEqual(['export', 'export']);
  });
  it('reads "Table 2. Imports by main supplier, March 2018"', () => {
    expect(flows('Table 2. Imports by main supplier, March 2018', 'HK$ million, followed by the share of total imports (%)')).toEqual(['import', 'import']);
  });
  it('reads "Chart 3 - Re-exports by destination"', () => {
    expect(flows('Chart 3 - Re-exports by destination')).toEqual(['export', 'export']);
  });
  it('reads "Exports by market, March 2018 (Table 2)"', () => {
    expect(flows('Exports by market, March 2018 (Table 2)', '(HK$ million, and beside each the share of total exports, %)')).toEqual(['export', 'export']);
  });
  it('reads "Table 2: where imports came from in March 2018"', () => {
    expect(flows('Table 2: where imports came from in March 2018', 'HK$ million; then the share of all imports, %')).toEqual(['import', 'import']);
  });
  it('leaves a caption naming two flows (near miss)', () => {
    expect(flows('Table 2  Exports and imports by main partner, March 2018', 'HK$ million, followed by the share of total trade (%)')).toEqual(['total', 'total']);
  });
  it('leaves a long line over the note, prose not a caption (near miss)', () => {
    expect(flows(`Exports to the mainland rose in March, ${'and shipments of electronics led the growth again in the month, '.repeat(4)}said the department.`, 'HK$ million, followed by the share of the total (%)')).not.toEqual(['export', 'export']);
  });
});
