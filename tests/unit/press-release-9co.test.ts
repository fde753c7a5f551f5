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
