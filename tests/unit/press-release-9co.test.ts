/**
 * Rules of issue 9, part co: found by blind batch 70 (releases as a fetcher gets them, third round: page tables whose
 * columns are flows, whose heads break over lines or carry note marks, PDF copies with stacked table heads and bare page
 * numbers, sloppy pastes; fixtures b70-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../functions/core/extract/press-release/article.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = { contentType: 'text/html; charset=utf-8' };
/** Rows as sorted strings, where the order the readers give them in is not the point. */
const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><div class="article">${body}</div></body></html>`;

describe('a line break inside a page table cell', () => {
  it('breaks the words of a head, not the row', () => {
    const text = articleText(page('<table><tr><th>Market</th><th>Sales<br>(tonnes)</th></tr><tr><td>Peru</td><td>4,410</td></tr></table>'));
    expect(text).toBe('Market | Sales (tonnes) |\nPeru | 4,410 |');
  });

  it('still breaks the lines of a layout cell holding a whole article', () => {
    const long = 'The office said trade with the neighbouring provinces kept growing through the autumn months.';
    const text = articleText(page(`<table><tr><td>${long}<br>A second paragraph follows here.</td></tr></table>`));
    expect(text.split('\n').filter((l) => l.trim() !== '').length).toBe(2);
  });
});

describe('page tables whose level columns are flows', () => {
  it('read each flow column as a level of that flow, with the change column after it', () => {
    const body = page(
      '<p>Trade of the city by partner, January-September 2026 (Unit: 100 million yuan; %)</p><table>' +
        '<tr><th>Partner</th><th>Import &amp; export</th><th>y/y</th><th>Exports</th><th>y/y</th><th>Imports</th><th>y/y</th></tr>' +
        '<tr><td>ASEAN</td><td>612.5</td><td>4.4</td><td>400.1</td><td>7.0</td><td>212.4</td><td>-0.2</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-10-24', HTML);
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toEqual([
      ['2026-01', '2026-09', 61250000000, 'CNY', 4.4, 'total', 'ASEAN'],
      ['2026-01', '2026-09', 40010000000, 'CNY', 7, 'export', 'ASEAN'],
      ['2026-01', '2026-09', 21240000000, 'CNY', -0.2, 'import', 'ASEAN'],
    ]);
  });

  it('take the unit from each head and the period from the caption, countries of a table by region as partners', () => {
    const body = page(
      '<table><caption>Trade by region, May 2026</caption><tr><th>Region</th><th>Exports (100 million yen)</th><th>y/y (%)</th><th>Balance (100 million yen)</th></tr>' +
        '<tr><td>Canada</td><td>1,402</td><td>2.5</td><td>-310</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-06-18', HTML);
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toEqual([
      ['2026-05', '2026-05', 140200000000, 'JPY', 2.5, 'export', 'Canada'],
      ['2026-05', '2026-05', -31000000000, 'JPY', null, 'balance', 'Canada'],
    ]);
  });
});

describe('note marks and share heads in page tables', () => {
  it('leave out the marks closing labels ("Chile1)", "EU*") and read "Share in total FTT, %" of the level before it', () => {
    const body = page(
      '<p>Foreign trade turnover with the main partners (million US dollars)</p><table>' +
        '<tr><th>Country</th><th>January-June 2025</th><th>January-June 2026</th><th>Share in total FTT, %</th></tr>' +
        '<tr><td>Chile<sup>1)</sup></td><td>301.2</td><td>322.0</td><td>11.4</td></tr>' +
        '<tr><td>EU*</td><td>290.7</td><td>280.3</td><td>9.9</td></tr></table><p>* Members as of 2026.</p>',
    );
    const rows = releaseRows(body, '2026-07-20', HTML);
    expect(sorted(rows.map((r) => [...levelTuple(r), r.partner]))).toEqual(sorted([
      ['2026-01', '2026-06', 322000000, 'USD', null, 'Chile'],
      ['2025-01', '2025-06', 301200000, 'USD', null, 'Chile'],
      ['2026-01', '2026-06', 11.4, 'percent-share', null, 'Chile'],
      ['2026-01', '2026-06', 280300000, 'USD', null, 'European Union'],
      ['2025-01', '2025-06', 290700000, 'USD', null, 'European Union'],
      ['2026-01', '2026-06', 9.9, 'percent-share', null, 'European Union'],
    ]));
  });
});

describe('page tables whose rows are parted into flow sections or carry a unit cell', () => {
  it('give the rows under a row "Exports" spanning the table the export flow, and those under "Imports" the import flow', () => {
    const body = page(
      '<p>The main partners in January-June 2026 were:</p><table><tr><th>Country</th><th>USD million</th><th>Share, %</th></tr>' +
        '<tr><th colspan="3">Exports</th></tr><tr><td>Armenia</td><td>210.5</td><td>12.1</td></tr>' +
        '<tr><th colspan="3">Imports</th></tr><tr><td>Armenia</td><td>98.0</td><td>3.3</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-07-19', HTML);
    expect(sorted(rows.map((r) => [...levelTuple(r), r.flow, r.partner]))).toEqual(sorted([
      ['2026-01', '2026-06', 210500000, 'USD', null, 'export', 'Armenia'],
      ['2026-01', '2026-06', 12.1, 'percent-share', null, 'export', 'Armenia'],
      ['2026-01', '2026-06', 98000000, 'USD', null, 'import', 'Armenia'],
      ['2026-01', '2026-06', 3.3, 'percent-share', null, 'import', 'Armenia'],
    ]));
  });

  it('read a second column of units under the head the label column spans ("Item" over both) as each row\'s unit', () => {
    const body = page(
      '<table><caption>Port trade, January-May 2026</caption><tr><th colspan="2">Item</th><th>Jan-May 2026</th><th>y/y (%)</th></tr>' +
        '<tr><td rowspan="2">Exports</td><td>Value (100 million yuan)</td><td>52.4</td><td>6.0</td></tr>' +
        '<tr><td>Volume (10,000 tons)</td><td>81.3</td><td>-2.5</td></tr></table>',
    );
    const rows = releaseRows(body, '2026-06-16', HTML);
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-05', 5240000000, 'CNY', 6, 'export'],
      ['2026-01', '2026-05', 813000, 'tonnes', -2.5, 'export'],
    ]);
  });
});

describe('space-aligned tables of PDF copies: units and restated prose', () => {
  const release = [
    'The revenue service today released trade statistics for May 2026.',
    '',
    'The trade balance surplus for May 2026 is attributable to exports of R98.44 billion, the service said.',
    '',
    'Table 1: Trade, May 2025 and May 2026 (R million)*',
    '                         May 2025       May 2026      % change',
    'Exports                   91 206         98 437           7.9',
    'Trade balance*             4 118          5 002            –',
    '',
    '* Preliminary.',
  ].join('\n');

  it('read "R million" as millions of rand and the rows with their note marks left out', () => {
    const rows = releaseRows(release, '2026-06-30').filter((r) => r.value !== 98440000000);
    expect(sorted(rows.map((r) => [...levelTuple(r), r.flow]))).toEqual(sorted([
      ['2025-05', '2025-05', 91206000000, 'ZAR', null, 'export'],
      ['2026-05', '2026-05', 98437000000, 'ZAR', 7.9, 'export'],
      ['2025-05', '2025-05', 4118000000, 'ZAR', null, 'balance'],
      ['2026-05', '2026-05', 5002000000, 'ZAR', null, 'balance'],
    ]));
  });

  it('take a prose figure the aligned table restates in more digits for the table\'s row', () => {
    expect(releaseRows(release, '2026-06-30').some((r) => r.value === 98440000000)).toBe(false);
  });
});

describe('space-aligned tables whose head is stacked over lines', () => {
  it('read the head column by column ("January-" over "June 2025"), "Turnover - total" as the whole, skip "of which:"', () => {
    const release = [
      'Table 2  Trade by main partner',
      '                                            (thousand US dollars)',
      '                      January-        January-      January-June 2026',
      '                      June 2025       June 2026     in % to January-',
      '                                                    June 2025',
      'Turnover - total     8 104 220.5     8 512 009.1         105.0',
      '  of which:',
      '  Turkey             1 200 400.0     1 320 440.0         110.0',
    ].join('\n');
    const rows = releaseRows(release, '2026-07-25');
    expect(sorted(rows.map((r) => [...levelTuple(r), r.flow, r.partner, r.commodity]))).toEqual(sorted([
      ['2025-01', '2025-06', 8104220500, 'USD', null, 'total', 'World', 'all goods'],
      ['2026-01', '2026-06', 8512009100, 'USD', 5, 'total', 'World', 'all goods'],
      ['2025-01', '2025-06', 1200400000, 'USD', null, 'total', 'Turkey', 'all goods'],
      ['2026-01', '2026-06', 1320440000, 'USD', 10, 'total', 'Turkey', 'all goods'],
    ]));
  });

  it('read "May 2026 to May 2025" under "Change (%)" as growth on the year and "May 2026 to Apr 2026" as a change skipped', () => {
    const release = [
      'Table 1. Exports, May 2025, April 2026 and May 2026',
      '',
      '                                                      Change (%)',
      'Description       May 2025      Apr 2026      May 2026     May 2026 to   May 2026 to',
      '                 (US$ mn)      (US$ mn)      (US$ mn)      Apr 2026      May 2025',
      'Exports           10,000.0      10,500.0      11,000.0         4.76         10.00',
      '  Mining             500.0         600.0         550.0        -8.33         10.00',
    ].join('\n');
    const rows = releaseRows(release, '2026-06-15');
    expect(sorted(rows.map((r) => [...levelTuple(r), r.flow, r.commodity]))).toEqual(sorted([
      ['2025-05', '2025-05', 10000000000, 'USD', null, 'export', 'all goods'],
      ['2026-04', '2026-04', 10500000000, 'USD', null, 'export', 'all goods'],
      ['2026-05', '2026-05', 11000000000, 'USD', 10, 'export', 'all goods'],
      ['2025-05', '2025-05', 500000000, 'USD', null, 'export', 'mining'],
      ['2026-04', '2026-04', 600000000, 'USD', null, 'export', 'mining'],
      ['2026-05', '2026-05', 550000000, 'USD', 10, 'export', 'mining'],
    ]));
  });

  it('read a unit column of words ("10,000 tonnes") under a "Unit" head', () => {
    const release = [
      'The port handled more cargo in May.',
      '',
      'Main indicators, May 2026',
      'Indicator              Unit             May      y/y %',
      'Cargo throughput       10,000 tonnes    812.5      2.1',
      'Containers             10,000 TEU        30.2      6.3',
    ].join('\n');
    const rows = releaseRows(release, '2026-06-10');
    expect(sorted(rows.map((r) => levelTuple(r)))).toEqual(sorted([
      ['2026-05', '2026-05', 8125000, 'tonnes', 2.1],
      ['2026-05', '2026-05', 302000, 'TEU', 6.3],
    ]));
  });
});
