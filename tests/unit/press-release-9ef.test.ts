/**
 * Rules of issue 9, part ef: page layouts met on the web pages of the blind batch 93 (helper b93, 2026-12-04), each
 * written here in our own words on the phenomenon, not on a corpus page.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const page = (body: string) => `<html><head><title>Trade figures</title></head><body><div class="menu">Home | News | Data</div><div class="article">${body}</div><div class="footer">Hotline: 0351-555 0199</div></body></html>`;
const all = (body: string, published: string) => releaseRows(page(body), published, { contentType: HTML });
const rows = (body: string, published: string) => all(body, published).map((r) => [...levelTuple(r), r.area, r.flow, r.partner, r.breakdown]);

describe('a paragraph whose class names an article word', () => {
  it('does not make a stamp line ("<p class=\\"post\\">Posted: ...") the only article of the page', () => {
    const html = `<html><body><div class="menu">Home | Data</div><h1>Trade in goods, first half of 2021</h1>
<p class="post">Posted: 12/07/2021</p>
<p>In the first half of 2021, Cambodia's exports were estimated at US$8.4 billion, up 11.2% over the same period last year.</p>
</body></html>`;
    const got = releaseRows(html, '2021-07-12', { contentType: HTML }).map((r) => [...levelTuple(r), r.area, r.flow]);
    expect(got).toEqual([['2021-01', '2021-06', 8_400_000_000, 'USD', 11.2, 'Cambodia', 'export']]);
  });
});

describe('heads of a partner table', () => {
  it('reads "Total" beside "Exports" and "Imports" as the whole trade, and "Change of total (%)" as its change', () => {
    const got = rows(`<p>Shanxi's foreign trade in the first half of 2026 rose, Taiyuan Customs said.</p>
<table><caption>Shanxi trade with main partners, January-June 2026 (100 million yuan)</caption>
<tr><th>Partner</th><th>Exports</th><th>Imports</th><th>Total</th><th>Change of total (%)</th></tr>
<tr><td>Japan</td><td>41.2</td><td>18.5</td><td>59.7</td><td>6.3</td></tr></table>`, '2026-07-21');
    expect(got.map((r) => r.slice(0, 5).concat(r[6], r[7]))).toEqual([
      ['2026-01', '2026-06', 4_120_000_000, 'CNY', null, 'export', 'Japan'],
      ['2026-01', '2026-06', 1_850_000_000, 'CNY', null, 'import', 'Japan'],
      ['2026-01', '2026-06', 5_970_000_000, 'CNY', 6.3, 'total', 'Japan'],
    ]);
  });

  it('reads a unit row "millions of dollars" spanning the flow heads in the reporter\'s dollars', () => {
    const got = rows(`<p>Australia's goods trade with its partners in October 2025, the bureau said.</p>
<table><caption>Goods trade by partner, October 2025</caption>
<tr><th></th><th>Exports</th><th>Imports</th></tr><tr><th></th><th colspan="2">millions of dollars</th></tr>
<tr><td>India</td><td>1,204</td><td>655</td></tr></table>`, '2025-12-04');
    expect(got.map((r) => r.slice(0, 5).concat(r[6], r[7]))).toEqual([
      ['2025-10', '2025-10', 1_204_000_000, 'AUD', null, 'export', 'India'],
      ['2025-10', '2025-10', 655_000_000, 'AUD', null, 'import', 'India'],
    ]);
  });
});

describe('a note mark tying a head to its unit under the table', () => {
  it('reads "Trade*" with "* In 100 million yuan." under the table, and the note is no figure', () => {
    const got = rows(`<p>Yunnan's trade with South Asia grew in the first five months of 2026.</p>
<table><caption>Yunnan trade with main South Asian partners, January-May 2026</caption>
<tr><th>Partner</th><th>Trade*</th><th>Change (%)</th></tr>
<tr><td>India</td><td>52.6</td><td>4.4</td></tr><tr><td>Bangladesh</td><td>31.9</td><td>-1.2</td></tr></table>
<p>* In 100 million yuan.</p>`, '2026-06-19');
    expect(got.map((r) => r.slice(0, 5).concat(r[7]))).toEqual([
      ['2026-01', '2026-05', 5_260_000_000, 'CNY', 4.4, 'India'],
      ['2026-01', '2026-05', 3_190_000_000, 'CNY', -1.2, 'Bangladesh'],
    ]);
  });
});

describe('trade modes under columns of flows', () => {
  it('reads "General trade" and "Processing trade" rows under "Imports and exports" and "Exports" (the word trade is no flow there)', () => {
    const got = rows(`<p>In 2025 the foreign trade of Dalian city reached 450.2 billion yuan, Dalian Customs said.</p>
<table><tr><th rowspan="2">Trade mode</th><th colspan="2">Imports and exports</th><th colspan="2">Exports</th></tr>
<tr><th>Value (100 million yuan)</th><th>y/y %</th><th>Value (100 million yuan)</th><th>y/y %</th></tr>
<tr><td>General trade</td><td>2,811.4</td><td>3.9</td><td>1,402.0</td><td>5.5</td></tr>
<tr><td>Processing trade</td><td>905.3</td><td>-1.8</td><td>610.7</td><td>0.4</td></tr></table>`, '2026-01-23');
    expect(got.filter((r) => r[8] !== '').map((r) => r.slice(0, 5).concat(r[6], r[8]))).toEqual([
      ['2025-01', '2025-12', 281_140_000_000, 'CNY', 3.9, 'total', 'trade mode: general trade'],
      ['2025-01', '2025-12', 140_200_000_000, 'CNY', 5.5, 'export', 'trade mode: general trade'],
      ['2025-01', '2025-12', 90_530_000_000, 'CNY', -1.8, 'total', 'trade mode: processing trade'],
      ['2025-01', '2025-12', 61_070_000_000, 'CNY', 0.4, 'export', 'trade mode: processing trade'],
    ]);
  });
});

describe('a head row naming one bare year', () => {
  it('reads "Flow | 2013 | Year-on-year (%)" over rows of flows as that year\'s levels and changes', () => {
    const got = rows(`<p>Ningxia's foreign trade grew strongly in 2013, Yinchuan Customs said.</p>
<table><caption>Ningxia trade in 2013 (US$ million)</caption>
<tr><th>Flow</th><th>2013</th><th>Year-on-year (%)</th></tr>
<tr><td>Exports</td><td>2,548</td><td>55.1</td></tr><tr><td>Imports</td><td>671</td><td>-8.3</td></tr></table>`, '2014-01-20');
    expect(got.map((r) => r.slice(0, 7))).toEqual([
      ['2013-01', '2013-12', 2_548_000_000, 'USD', 55.1, 'Ningxia', 'export'],
      ['2013-01', '2013-12', 671_000_000, 'USD', -8.3, 'Ningxia', 'import'],
    ]);
  });

  it('takes the caption\'s span of that year ("January-September 2026" over "2026"), not the whole year', () => {
    const got = rows(`<p>Gansu's foreign trade in the first three quarters, Lanzhou Customs said.</p>
<table><caption>Gansu trade, January-September 2026 (100 million yuan)</caption>
<tr><th>Flow</th><th>2026</th><th>y/y (%)</th></tr>
<tr><td>Exports</td><td>118.4</td><td>7.7</td></tr><tr><td>Imports</td><td>64.0</td><td>-2.1</td></tr></table>`, '2026-10-24');
    expect(got.map((r) => r.slice(0, 5))).toEqual([
      ['2026-01', '2026-09', 11_840_000_000, 'CNY', 7.7],
      ['2026-01', '2026-09', 6_400_000_000, 'CNY', -2.1],
    ]);
  });
});

describe('an agency named only in the page masthead', () => {
  it('makes the masthead agency the reporter when the story names none, not a partner the story names first', () => {
    const html = `<html><head><title>Foreign trade, May 2024</title></head><body>
<div class="header">INE | Statistics Portugal | Themes | Releases</div>
<h1>International trade statistics, May 2024</h1>
<p>Exports of goods rose 3.1% in May 2024 compared with May 2023, to EUR 7.2 billion.</p>
<p>Spain was the main client in May with EUR 1.9 billion.</p>
<div class="footer">Contact us</div></body></html>`;
    const got = releaseRows(html, '2024-07-09', { contentType: HTML }).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
    expect(got).toEqual([
      ['2024-05', '2024-05', 7_200_000_000, 'EUR', 3.1, 'Portugal', 'World', 'export'],
      ['2024-05', '2024-05', 1_900_000_000, 'EUR', null, 'Portugal', 'Spain', 'export'],
    ]);
  });
});

describe('units and change heads of statistics offices\' tables', () => {
  it('reads "(million $)" (the scale before a bare sign) as the reporter\'s dollars in millions', () => {
    const got = rows(`<p>Canada's exports rose in the third quarter of 2024, Statistics Canada said.</p>
<table><caption>Exports by month, 2024 (million $)</caption>
<tr><th>Month</th><th>Exports</th><th>Imports</th></tr>
<tr><td>July</td><td>63,110</td><td>64,020</td></tr><tr><td>August</td><td>62,470</td><td>63,150</td></tr></table>`, '2024-10-08');
    expect(got.map((r) => r.slice(0, 5).concat(r[6]))).toEqual([
      ['2024-07', '2024-07', 63_110_000_000, 'CAD', null, 'export'],
      ['2024-07', '2024-07', 64_020_000_000, 'CAD', null, 'import'],
      ['2024-08', '2024-08', 62_470_000_000, 'CAD', null, 'export'],
      ['2024-08', '2024-08', 63_150_000_000, 'CAD', null, 'import'],
    ]);
  });

  it('reads "Change from March 2018 (%)" under a March 2019 caption as year-on-year, and skips a change from the month before', () => {
    const table = (base: string) => `<p>Ireland's goods exports by group, Central Statistics Office.</p>
<table><caption>Goods exports by group, March 2019</caption>
<tr><th>Group</th><th>Value (EUR million)</th><th>Change from ${base} (%)</th></tr>
<tr><td>Medical and pharmaceutical products</td><td>5,402</td><td>8.1</td></tr><tr><td>Organic chemicals</td><td>3,318</td><td>-2.6</td></tr></table>`;
    expect(rows(table('March 2018'), '2019-05-15').map((r) => r.slice(0, 5))).toEqual([
      ['2019-03', '2019-03', 5_402_000_000, 'EUR', 8.1],
      ['2019-03', '2019-03', 3_318_000_000, 'EUR', -2.6],
    ]);
    expect(rows(table('February 2019'), '2019-05-15').map((r) => r.slice(0, 5))).toEqual([
      ['2019-03', '2019-03', 5_402_000_000, 'EUR', null],
      ['2019-03', '2019-03', 3_318_000_000, 'EUR', null],
    ]);
  });
});
