/**
 * Rules of issue 9, part ch: found by blind batch 66 (releases as a fetcher gets them, second round: pages whose tables
 * span rows and columns, PDF copies of two-column bulletins and space-aligned tables, one-line pastes; fixtures b66-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../functions/core/extract/press-release/article.js';
import { findPeriods, anchorOf } from '../../functions/core/extract/press-release/periods.js';
import { unitIn } from '../../functions/core/extract/press-release/flat-table.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = { contentType: 'text/html; charset=utf-8' };
const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><div class="article">${body}</div></body></html>`;

describe('cells of a page table that span rows or columns', () => {
  it('stand in every row and column they cover, so the rows line up with the heads', () => {
    const text = articleText(page('<table><tr><td rowspan="2">Partner</td><td colspan="2">May</td></tr><tr><td>USD million</td><td>y/y (%)</td></tr><tr><td>Chile</td><td>812.5</td><td>4.1</td></tr></table>'));
    expect(text).toBe('Partner | May | May |\nPartner | USD million | y/y (%) |\nChile | 812.5 | 4.1 |');
  });

  it('give a head of two rows, each column its period over its unit or change', () => {
    const body = page(
      '<p>The province traded with its main partners as follows.</p><table>' +
        '<tr><td rowspan="2">Partner</td><td colspan="2">January-June</td><td colspan="2">June</td></tr>' +
        '<tr><td>100 million yuan</td><td>y/y (%)</td><td>100 million yuan</td><td>y/y (%)</td></tr>' +
        '<tr><td>Japan</td><td>1,204.6</td><td>3.3</td><td>210.8</td><td>-1.5</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-07-15', HTML);
    expect(rows.map((r) => [...levelTuple(r), r.partner])).toEqual([
      ['2026-01', '2026-06', 120460000000, 'CNY', 3.3, 'Japan'],
      ['2026-06', '2026-06', 21080000000, 'CNY', -1.5, 'Japan'],
    ]);
  });

  it('read a unit row spanning the table as the unit, and skip a note row spanning it further down', () => {
    const body = page(
      '<p>Foreign trade of the region.</p><table><tr><td></td><td>January-May 2026</td><td>Change (%)</td></tr>' +
        '<tr><td colspan="3">million US dollars</td></tr><tr><td>Exports</td><td>4 512,6</td><td>2.2</td></tr>' +
        '<tr><td colspan="3">Imports include goods for re-export</td></tr><tr><td>Imports</td><td>3 108,0</td><td>-0.4</td></tr></table>',
    );
    expect(releaseRows(body, '2026-06-20', HTML).map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-05', 4512600000, 'USD', 2.2, 'export'],
      ['2026-01', '2026-05', 3108000000, 'USD', -0.4, 'import'],
    ]);
  });

  it('join two label columns, a category spanning rows and its items, into one label naming the kind of trade', () => {
    const body = page(
      '<p>In the first half of 2026 the city traded goods worth 402.1 billion yuan.</p><p>The breakdown:</p><table>' +
        '<tr><th>Category</th><th>Item</th><th>Value (100 million yuan)</th><th>y/y (%)</th></tr>' +
        '<tr><td rowspan="2">By trade mode</td><td>General trade</td><td>2,611.0</td><td>4.9</td></tr>' +
        '<tr><td>Processing trade</td><td>903.2</td><td>-3.0</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-07-18', HTML).filter((r) => r.breakdown !== '');
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.breakdown])).toEqual([
      ['2026-01', '2026-06', 261100000000, 'CNY', 4.9, 'total', 'trade mode: general trade'],
      ['2026-01', '2026-06', 90320000000, 'CNY', -3, 'total', 'trade mode: processing trade'],
    ]);
  });
});

describe('pipe tables', () => {
  it('read a "Total" row among flows as the whole trade and a change left as "--" as none', () => {
    const text = 'October 2026 (HK$ million):\n| | Value | YoY % change |\n|---|---|---|\n| Total | 912,400 | 8.8 |\n| Exports | 440,100 | 9.9 |\n| Trade balance | -32,200 | -- |';
    expect(releaseRows(text, '2026-11-26').map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-10', '2026-10', 912400000000, 'HKD', 8.8, 'total'],
      ['2026-10', '2026-10', 440100000000, 'HKD', 9.9, 'export'],
      ['2026-10', '2026-10', -32200000000, 'HKD', null, 'balance'],
    ]);
  });

  it('take each row\'s unit from its label when the table has none, and give a change the later of two years\' levels', () => {
    const text = 'Main commodity imports:\n| Commodity | Aug 2026 | Aug 2025 | y/y % |\n|---|---|---|---|\n| Copper ore (mln T) | 2.4 | 2.2 | 9.1 |';
    expect(releaseRows(text, '2026-09-20').map((r) => [...levelTuple(r), r.commodity])).toEqual([
      ['2026-08', '2026-08', 2400000, 'tonnes', 9.1, 'copper ore'],
      ['2025-08', '2025-08', 2200000, 'tonnes', null, 'copper ore'],
    ]);
  });

  it('read a column "compared with same period ... (%)" as an index, 100 plus the change', () => {
    const text = 'Foreign trade (Mill. USD):\n| | 9 months 2026 | 9 months 2026 compared with same period 2025 (%) |\n|---|---|---|\n| Exports | 310,250 | 114.2 |';
    expect(releaseRows(text, '2026-10-06').map(levelTuple)).toEqual([['2026-01', '2026-09', 310250000000, 'USD', 14.2]]);
  });

  it('date a table whose one column of levels names no period by the prose before it', () => {
    const text = 'In the first quarter of 2026 the province exported goods worth 12.5 billion yuan.\n\nExports by destination:\n| Market | Value (100 million yuan) | y/y (%) |\n|---|---|---|\n| Japan | 40.2 | 6.6 |';
    expect(releaseRows(text, '2026-04-18').map((r) => [...levelTuple(r), r.partner])).toContainEqual(['2026-01', '2026-03', 4020000000, 'CNY', 6.6, 'Japan']);
  });
});

describe('a prose figure a table of the release restates', () => {
  it('in more digits is the table\'s figure', () => {
    const text = 'Monthly trade bulletin\n\nThe statistics office said on Thursday that exports rose 6.1% to $51.3 billion in September 2026, helped by chips.\n\nSeptember 2026 (US$ million):\n| | Value | y/y % |\n|---|---|---|\n| Exports | 51,322 | 6.1 |';
    expect(releaseRows(text, '2026-10-15').map(levelTuple)).toEqual([['2026-09', '2026-09', 51322000000, 'USD', 6.1]]);
  });

  it('with its value and growth is the table\'s figure, dated as the table dates it', () => {
    const text = 'In the first nine months of 2026, coal imports fell 4.0% to 301.2 million tons.\n\nIron ore imports climbed 2.5% to 98.7 million tons.\n\nImports:\n| Commodity | Sep 2026 | y/y % |\n|---|---|---|\n| Iron ore (mln T) | 98.7 | 2.5 |';
    const rows = releaseRows(text, '2026-10-14').filter((r) => r.value === 98700000);
    expect(rows.map(levelTuple)).toEqual([['2026-09', '2026-09', 98700000, 'tonnes', 2.5]]);
  });
});

describe('words of table heads', () => {
  it('"HK$ million" and "NT$ billion" are units', () => {
    expect([unitIn('HK$ million')?.unit, unitIn('NT$ billion')?.unit]).toEqual(['HKD', 'TWD']);
  });

  it('"10 months 2026" is January to October 2026', () => {
    const found = findPeriods('10 months 2026', { ...anchorOf('2026-11-06')!, country: '' });
    expect(found.map((p) => [p.periodStart, p.periodEnd])).toEqual([['2026-01', '2026-10']]);
  });
});

describe('a PDF page of two columns copied with its layout', () => {
  const left = ['  The region exported goods worth 41.2', 'billion yuan in the first half of 2026,', 'up 5.5% year on year, customs said.', '  Imports fell 2.0% to 18.6 billion', 'yuan.'];
  const right = ['  Trade with Vietnam reached 12.3', 'billion yuan, up 8.8%, and trade with', 'Laos rose 4.1% to 3.2 billion yuan.', '', ''];
  const page = left.map((l, k) => `${l.padEnd(46)}${right[k]}`.trimEnd()).join('\n');

  it('is read column after column', () => {
    const rows = releaseRows(page, '2026-07-20');
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toEqual([
      ['2026-01', '2026-06', 41200000000, 'CNY', 5.5, 'export', 'World'],
      ['2026-01', '2026-06', 18600000000, 'CNY', -2, 'import', 'World'],
      ['2026-01', '2026-06', 12300000000, 'CNY', 8.8, 'total', 'Vietnam'],
      ['2026-01', '2026-06', 3200000000, 'CNY', 4.1, 'total', 'Laos'],
    ]);
  });
});

describe('a line end inside a flow phrase', () => {
  it('"imports and\\nexports" is the whole trade', () => {
    const rows = releaseRows('In March 2026, the province\'s imports and\nexports came to 27.9 billion yuan, up 5.2%.', '2026-04-20');
    expect(rows.map((r) => r.flow)).toEqual(['total']);
  });
});

describe('a table aligned by spaces in a PDF copy', () => {
  it('is read as a table, its head of two periods and a change column', () => {
    const text = ['Table 4  Foreign trade, January-June', '                                       million USD', '                   2025 I-VI     2026 I-VI     Change, %', '   Exports          4 120.5       4 388.9           6.5', '   Imports          2 204.0       2 151.1          -2.4'].join('\n');
    expect(releaseRows(text, '2026-07-20').map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2025-01', '2025-06', 4120500000, 'USD', null, 'export'],
      ['2026-01', '2026-06', 4388900000, 'USD', 6.5, 'export'],
      ['2025-01', '2025-06', 2204000000, 'USD', null, 'import'],
      ['2026-01', '2026-06', 2151100000, 'USD', -2.4, 'import'],
    ]);
  });

  it('takes its flow and period from the title above a caption that only names the unit, which is no figure', () => {
    const text = ['The figures are preliminary.', '', 'Table 2   Trade with main partners, January-August 2026', '                         Unit: 100 million yuan, %', 'Partner                Value          y/y', 'Japan                  8 412          1.9', 'Germany                5 030         -0.6'].join('\n');
    expect(releaseRows(text, '2026-09-10').map((r) => [...levelTuple(r), r.partner])).toEqual([
      ['2026-01', '2026-08', 841200000000, 'CNY', 1.9, 'Japan'],
      ['2026-01', '2026-08', 503000000000, 'CNY', -0.6, 'Germany'],
    ]);
  });

  it('gives rows indented under a row with its unit that unit, tonnes no flow word the whole of both ways, and reads "Total (incl. ...)" as the total', () => {
    const text = ['Main indicators of the port', '                                    June 2026    Jan-Jun 2026    y/y (%)', 'Imports and exports (100 million yuan)     12.1          70.4        3.0', '  Imports                                   7.6          41.0        5.2', 'Total (incl. transit) (100 million yuan)  14.0          81.2        2.2', 'Freight (10,000 tonnes)                   40.5         233.0        1.1'].join('\n');
    const rows = releaseRows(text, '2026-07-12').filter((r) => r.period_start === '2026-01');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-06', 7040000000, 'CNY', 3, 'total'],
      ['2026-01', '2026-06', 4100000000, 'CNY', 5.2, 'import'],
      ['2026-01', '2026-06', 8120000000, 'CNY', 2.2, 'total'],
      ['2026-01', '2026-06', 2330000, 'tonnes', 1.1, 'total'],
    ]);
  });
});

describe('a text pasted without its line ends', () => {
  it('reads "&ndash;" between months as a dash', () => {
    const rows = releaseRows('ASTANA &ndash; Exports in January&ndash;August 2026 amounted to $41.2 billion, 3.3% more than a year earlier.', '2026-09-25');
    expect(rows.map(levelTuple)).toEqual([['2026-01', '2026-08', 41200000000, 'USD', 3.3]]);
  });

  it('leaves out a "Read also:" link glued after the last full stop', () => {
    const rows = releaseRows('In September alone, exports were worth $3.2 billion, up 4.1%.Read also: Wheat exports up 25% | Gold output at 14 tonnes', '2026-10-20');
    expect(rows.map(levelTuple)).toEqual([['2026-09', '2026-09', 3200000000, 'USD', 4.1]]);
  });

  it('reads a headline growth glued to the first sentence, rounding its level\'s growth, as that growth', () => {
    const rows = releaseRows('Copper exports rise 9% in July Metals Desk, Aug 20 – China exported 41,230 tonnes of refined copper in July 2026, up 9.3% year on year.', '2026-08-20');
    expect(rows.map(levelTuple)).toEqual([['2026-07', '2026-07', 41230, 'tonnes', 9.3]]);
  });
});

describe('months in Roman numerals after the year', () => {
  it('"2025 I-X" is January to October 2025', () => {
    const found = findPeriods('2025 I-X', { ...anchorOf('2026-11-18')!, country: '' });
    expect(found.map((p) => [p.periodStart, p.periodEnd])).toEqual([['2025-01', '2025-10']]);
  });
});

describe('a table aligned by spaces (more)', () => {
  it('keeps a row whose change is blank ("-")', () => {
    const text = ['Exports and imports                          (US$ billion, %)', '                 Nov. 2025      Nov. 2026      % change', 'Exports              56.68          61.27           8.1', 'Trade balance         5.82           9.19            -'].join('\n');
    expect(releaseRows(text, '2026-12-01').map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2025-11', '2025-11', 56680000000, 'USD', null, 'export'],
      ['2026-11', '2026-11', 61270000000, 'USD', 8.1, 'export'],
      ['2025-11', '2025-11', 5820000000, 'USD', null, 'balance'],
      ['2026-11', '2026-11', 9190000000, 'USD', null, 'balance'],
    ]);
  });

  it('is left whole to the other readers when a row under it has fewer cells', () => {
    const text = ['IMPORTS', 'COMMODITY                 OCT 2026    Y/Y %    JAN-OCT 2026    Y/Y %', 'Crude oil (mln T)            47.62      3.1          467.30      0.8', 'Crude oil (mln bpd)          11.21', 'Iron ore (mln T)            104.85      6.9        1,023.40      1.6'].join('\n');
    expect(releaseRows(text, '2026-11-07').filter((r) => r.value === 104850000).map(levelTuple)).toEqual([['2026-10', '2026-10', 104850000, 'tonnes', 6.9]]);
  });
});
