/**
 * Rules of issue 9, part ee: tables and page furniture on the web pages of the blind batch 92 (helper b92,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const page = (body: string) => `<html><head><title>Trade figures</title></head><body><div class="menu">Home | News | Data</div><div class="article">${body}</div><div class="footer">Hotline: 0471-555 0100</div></body></html>`;
const all = (body: string, published: string) => releaseRows(page(body), published, { contentType: HTML });
const rows = (body: string, published: string) => all(body, published).map((r) => [...levelTuple(r), r.area, r.flow, r.partner, r.commodity]);

describe('the unit in a note under a table', () => {
  it('reads the table in the unit a "Unit: ..." paragraph right under it names, and the note is no figure', () => {
    const got = rows(`<p>Shaanxi's imports and exports rose in the first eight months of 2026, Xi'an Customs said.</p>
<p>Trade with the province's main partners, January-August 2026:</p>
<table><tr><th>Partner</th><th>Imports and exports</th><th>y/y (%)</th></tr>
<tr><td>Korea</td><td>612.8</td><td>7.4</td></tr><tr><td>Japan</td><td>204.5</td><td>-2.9</td></tr></table>
<p>Unit: 100 million yuan. Data are preliminary.</p>`, '2026-09-22');
    expect(got.map((r) => r.slice(0, 5).concat(r[7]))).toEqual([
      ['2026-01', '2026-08', 61_280_000_000, 'CNY', 7.4, 'South Korea'],
      ['2026-01', '2026-08', 20_450_000_000, 'CNY', -2.9, 'Japan'],
    ]);
  });

  it('takes a note that is the unit alone ("thousand US dollars") under a table of two periods', () => {
    const got = rows(`<p>The customs committee published trade with the main partners for February 2026.</p>
<table><tr><th>Country</th><th>February 2025</th><th>February 2026</th><th>Growth, %</th></tr>
<tr><td>Turkey</td><td>402 118.5</td><td>455 930.2</td><td>13.4</td></tr></table>
<p>thousand US dollars</p>`, '2026-03-20');
    expect(got.map((r) => r.slice(0, 5))).toEqual([
      ['2025-02', '2025-02', 402_118_500, 'USD', null],
      ['2026-02', '2026-02', 455_930_200, 'USD', 13.4],
    ]);
  });
});

describe('a note mark on a month under a "Month" head', () => {
  it('reads "June*" (marked as preliminary) as June', () => {
    const got = rows(`<p>Monthly exports of the province in the second quarter of 2026:</p>
<table><tr><th>Month</th><th>Exports</th><th>y/y (%)</th></tr>
<tr><td>April</td><td>812.0</td><td>4.1</td></tr><tr><td>May</td><td>790.6</td><td>2.2</td></tr><tr><td>June*</td><td>845.3</td><td>6.0</td></tr></table>
<p>Unit: 100 million yuan. * Preliminary.</p>`, '2026-07-18');
    expect(got.map((r) => r.slice(0, 5))).toEqual([
      ['2026-04', '2026-04', 81_200_000_000, 'CNY', 4.1],
      ['2026-05', '2026-05', 79_060_000_000, 'CNY', 2.2],
      ['2026-06', '2026-06', 84_530_000_000, 'CNY', 6],
    ]);
  });
});

describe('an index head written "<period> to <period a year before>, %"', () => {
  it('reads 97.2 under "Jan-Jun 2026 to Jan-Jun 2025, %" as a fall of 2.8 percent', () => {
    const got = rows(`<p>Exports by main commodity group, first half of 2026.</p>
<table><tr><th>Commodity group</th><th>Value, mln USD</th><th>Jan-Jun 2026 to Jan-Jun 2025, %</th></tr>
<tr><td>Chemical products</td><td>4,310.2</td><td>97.2</td></tr></table>`, '2026-08-10');
    expect(got.map((r) => r.slice(0, 5).concat(r[6]))).toEqual([['2026-01', '2026-06', 4_310_200_000, 'USD', -2.8, 'export']]);
  });
});

describe('a share column of the flow ("Share in exports, %")', () => {
  it('reads the column as each row\'s share', () => {
    const got = all(`<p>Structure of exports in 2025.</p>
<table><tr><th>Commodity group</th><th>Value, bln USD</th><th>Share in exports, %</th></tr>
<tr><td>Timber and pulp</td><td>14.2</td><td>3.6</td></tr></table>`, '2026-02-12').find((r) => r.unit === 'percent-share');
    expect([got?.value, got?.period_start, got?.period_end]).toEqual([3.6, '2025-01', '2025-12']);
  });
});

describe('"y/y, %" as a change head', () => {
  it('reads the column under "y/y, %" as the change of the level before it', () => {
    const got = rows(`<p>Wool exports rose in 2025.</p>
<table><tr><th>Product</th><th>Value, mln USD</th><th>y/y, %</th></tr>
<tr><td>Cashmere</td><td>318.4</td><td>12.6</td></tr></table>`, '2026-01-25');
    expect(got.map((r) => r.slice(0, 5))).toEqual([['2025-01', '2025-12', 318_400_000, 'USD', 12.6]]);
  });
});

describe('a year and months in Roman numerals joined by a stop ("2026.I-V")', () => {
  it('reads the head as January to May of that year', () => {
    const got = rows(`<p>The main export products are listed below.</p>
<table><tr><th>Product</th><th>Value, mln USD; 2026.I-V</th><th>y/y (%)</th></tr>
<tr><td>Fluorspar</td><td>84.6</td><td>-7.5</td></tr></table>`, '2026-06-14');
    expect(got.map((r) => r.slice(0, 5))).toEqual([['2026-01', '2026-05', 84_600_000, 'USD', -7.5]]);
  });
});

describe('a unit column beside a column in its own currency', () => {
  it('reads each row twice: the amount in the row\'s unit and the worth in the head\'s currency', () => {
    const got = rows(`<p>Mineral exports in the first half of 2026.</p>
<table><tr><th>Product</th><th>Unit</th><th>Quantity</th><th>y/y (%)</th><th>Value, mln USD</th><th>y/y (%)</th></tr>
<tr><td>Zinc concentrate</td><td>thous. tonnes</td><td>402.5</td><td>6.1</td><td>388.0</td><td>14.9</td></tr></table>`, '2026-07-12');
    expect(got.map((r) => r.slice(0, 5))).toEqual([
      ['2026-01', '2026-06', 402_500, 'tonnes', 6.1],
      ['2026-01', '2026-06', 388_000_000, 'USD', 14.9],
    ]);
  });
});

describe('the head of the label column naming the direction', () => {
  it('makes the rows under "Main import products" imports', () => {
    const got = rows(`<p>Figures for 2025 are listed below.</p>
<table><tr><th>Main import products</th><th>Value, mln USD</th><th>y/y (%)</th></tr>
<tr><td>Diesel fuel</td><td>1,204.7</td><td>5.5</td></tr></table>`, '2026-02-03');
    expect(got.map((r) => r.slice(0, 5).concat(r[6]))).toEqual([['2025-01', '2025-12', 1_204_700_000, 'USD', 5.5, 'import']]);
  });
});

describe('a change from one month to the next in a column head', () => {
  it('gives the month\'s levels no year-on-year change from "Sep 2026 to Oct 2026 % change"', () => {
    const got = rows(`<p>Key figures, seasonally adjusted.</p>
<table><tr><th></th><th>Oct 2026 $m</th><th>Sep 2026 to Oct 2026 % change</th></tr>
<tr><td>Goods credits</td><td>41,206</td><td>3</td></tr></table>`, '2026-12-03');
    expect(got.map((r) => r.slice(0, 5))).toEqual([['2026-10', '2026-10', 41_206_000_000, 'USD', null]]);
  });
});

describe('page furniture linking to other stories', () => {
  it('reads nothing from a box classed as "most read"', () => {
    const got = rows(`<p>Exports of the city rose 6.4 percent to 88.1 billion yuan in the first quarter of 2026.</p>
<div class="mostread"><h3>Most Read</h3><ul><li>Port's coal imports jump 22 pct</li><li>Airport cargo tops 1 million tonnes</li></ul></div>`, '2026-04-20');
    expect(got.map((r) => r.slice(0, 5))).toEqual([['2026-01', '2026-03', 88_100_000_000, 'CNY', 6.4]]);
  });

  it('reads nothing from the "Previous: ... | Next: ..." links of a customs portal', () => {
    const got = rows(`<p>Exports of the city rose 6.4 percent to 88.1 billion yuan in the first quarter of 2026.</p>
<p>Previous: Container throughput up 7% in March | Next: Bonded zone trade exceeds 30 billion yuan</p>`, '2026-04-20');
    expect(got.map((r) => r.slice(0, 5))).toEqual([['2026-01', '2026-03', 88_100_000_000, 'CNY', 6.4]]);
  });
});
