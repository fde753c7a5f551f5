/**
 * Rules of issue 9, part ea: small tables and attributions on the web pages of the blind batch 90 (helper b90,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const page = (body: string) => `<html><head><title>Trade data</title></head><body><div class="menu">Home | Statistics | Contact</div><div class="article">${body}</div><div class="footer">Tel: 010-1234 5678</div></body></html>`;
const all = (body: string, published: string) => releaseRows(page(body), published, { contentType: HTML });
const rows = (body: string, published: string) => all(body, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('column heads with a dollar sign before a short scale', () => {
  it('reads "Aug 2026 $m" as millions of the reporter\'s dollars in that month', () => {
    const got = rows(`<p>Canada's merchandise exports rose to $64,120m in September 2026, Statistics Canada said.</p>
<table><caption>Merchandise exports, selected products</caption><tr><th></th><th>Aug 2026 $m</th><th>Sep 2026 $m</th></tr>
<tr><th>Energy products</th><td>14,310</td><td>14,905</td></tr></table>`, '2026-11-05').filter((r) => r[2] === 14_310_000_000 || r[2] === 14_905_000_000);
    expect(got.map((r) => r.slice(0, 4).concat(r[6]))).toEqual([
      ['2026-08', '2026-08', 14_310_000_000, 'CAD', 'export'],
      ['2026-09', '2026-09', 14_905_000_000, 'CAD', 'export'],
    ]);
  });
});

describe('a change on the month before', () => {
  it('gives the levels no year-on-year change from a "Monthly change (%)" column', () => {
    const got = rows(`<p>Exports of goods fell in October 2026.</p>
<table><caption>Goods exports by commodity (US$ million)</caption><tr><th></th><th>Sep 2026</th><th>Oct 2026</th><th>Monthly change (%)</th></tr>
<tr><th>Iron ore</th><td>6,210</td><td>5,980</td><td>-3.7</td></tr></table>`, '2026-11-20').find((r) => r[2] === 5_980_000_000);
    expect(got?.slice(0, 5)).toEqual(['2026-10', '2026-10', 5_980_000_000, 'USD', null]);
  });
});

describe('a change cell marked "x"', () => {
  it('reads the row with no change (statistics offices mark what does not apply with x)', () => {
    const got = rows(`<p>Preliminary results for the first half of 2026.</p>
<table><tr><th>Indicator</th><th>2025 I-VI</th><th>2026 I-VI</th><th>Change, %</th></tr><tr><td colspan="4">million USD</td></tr>
<tr><td>Exports</td><td>3,412.6</td><td>3,705.1</td><td>8.6</td></tr><tr><td>Balance</td><td>-512.3</td><td>-388.9</td><td>x</td></tr></table>`, '2026-07-15').filter((r) => r[6] === 'balance');
    expect(got.map((r) => r.slice(0, 5))).toEqual([
      ['2025-01', '2025-06', -512_300_000, 'USD', null],
      ['2026-01', '2026-06', -388_900_000, 'USD', null],
    ]);
  });
});

describe('a prose sentence standing above a table', () => {
  it('gives the rows under it none of the places the sentence names', () => {
    const got = all(`<p>In the first half of 2026 Laos traded with 96 countries. Total trade reached 6.3 billion US dollars.</p>
<table><tr><th>Indicator</th><th>2025 I-VI</th><th>2026 I-VI</th><th>Change, %</th></tr><tr><td colspan="4">million USD</td></tr>
<tr><td>Exports</td><td>2,904.2</td><td>3,250.7</td><td>11.9</td></tr></table>`, '2026-07-20').find((r) => r.value === 3_250_700_000);
    expect([got?.partner, got?.yoy_pct]).toEqual(['World', 11.9]);
  });
});

describe('a period spanning the heads of a level, a share and an index column, over a blank label cell', () => {
  it('reads each partner\'s level, change and share in that period', () => {
    const got = rows(`<p>Foreign trade of the republic grew in January-June 2026.</p>
<table><tr><td rowspan="2"></td><td colspan="3">January-June 2026</td></tr>
<tr><td>million US dollars</td><td>share in total, %</td><td>in % to January-June 2025</td></tr>
<tr><td>Foreign trade turnover</td><td>24 518.3</td><td>–</td><td>108.2</td></tr>
<tr><td>Turkey</td><td>3 106.9</td><td>12.7</td><td>95.4</td></tr></table>`, '2026-08-14').filter((r) => r[2] === 3_106_900_000 || r[2] === 12.7);
    expect(got.map((r) => r.slice(0, 5).concat(r[6]))).toEqual([
      ['2026-01', '2026-06', 3_106_900_000, 'USD', -4.6, 'total'],
      ['2026-01', '2026-06', 12.7, 'percent-share', null, 'total'],
    ]);
  });
});

describe('the unit as a row spanning the table above its head', () => {
  it('reads the table under "Unit: 100 million yuan" and no figure from that row', () => {
    const got = rows(`<p>Fujian's trade in the first half of 2026 grew steadily.</p>
<table><tr><td colspan="3">Unit: 100 million yuan</td></tr><tr><td>Partner</td><td>Exports</td><td>Imports</td></tr>
<tr><td>ASEAN</td><td>1,204.6</td><td>788.1</td></tr></table>`, '2026-07-22');
    expect(got.some((r) => r[2] === 100_000_000)).toBe(false);
    expect(got.filter((r) => r[2] === 120_460_000_000 || r[2] === 78_810_000_000).map((r) => [r[2], r[3], r[6]])).toEqual([
      [120_460_000_000, 'CNY', 'export'],
      [78_810_000_000, 'CNY', 'import'],
    ]);
  });
});

describe('flows spanning a value and a change column', () => {
  it('reads "Exports" over "Value | y/y (%)" as the exports and their change', () => {
    const got = rows(`<p>Trade with major partners is shown below.</p>
<table><tr><td colspan="5">Trade by partner, January-September 2026 (100 million yuan)</td></tr>
<tr><td rowspan="2">Partner</td><td colspan="2">Exports</td><td colspan="2">Imports</td></tr>
<tr><td>Value</td><td>y/y (%)</td><td>Value</td><td>y/y (%)</td></tr>
<tr><td>Japan</td><td>2,115.4</td><td>-3.2</td><td>1,640.8</td><td>4.4</td></tr></table>`, '2026-10-20').filter((r) => r[0] === '2026-01');
    expect(got.map((r) => [r[2], r[4], r[6]])).toEqual([
      [211_540_000_000, -3.2, 'export'],
      [164_080_000_000, 4.4, 'import'],
    ]);
  });
});

describe('the whole trade opening the rows of a table with no flow in its caption', () => {
  it('gives the partners under "Foreign trade turnover" its flow', () => {
    const got = rows(`<p>The figures for the first quarter of 2026 follow.</p>
<table><tr><th>Country</th><th>January-March 2026, million US dollars</th><th>y/y (%)</th></tr>
<tr><td>Foreign trade turnover</td><td>9 804.5</td><td>6.1</td></tr><tr><td>Iran</td><td>1 122.0</td><td>14.8</td></tr></table>`, '2026-04-25').find((r) => r[2] === 1_122_000_000);
    expect(got?.slice(0, 5).concat(got[6])).toEqual(['2026-01', '2026-03', 1_122_000_000, 'USD', 14.8, 'total']);
  });
});

describe('a column numbering the rows', () => {
  it('reads the rows from their labels on, the numbers 1, 2, 3 being no figures', () => {
    const got = rows(`<p>Main exports of 2025 are listed below.</p>
<table><tr><th>No.</th><th>Goods</th><th>Value (USD million)</th><th>Change (%)</th></tr>
<tr><td>1</td><td>Rubber</td><td>4,310</td><td>9.2</td></tr><tr><td>2</td><td>Cashew nuts</td><td>3,880</td><td>-1.5</td></tr></table>`, '2026-01-12');
    expect(got.filter((r) => r[3] === 'USD').map((r) => [r[0], r[2], r[4], r[6]])).toEqual([
      ['2025-01', 4_310_000_000, 9.2, 'export'],
      ['2025-01', 3_880_000_000, -1.5, 'export'],
    ]);
  });
});

describe('tables of periods under a column named by what it measures', () => {
  it('reads "Volume" with the caption\'s unit and flow', () => {
    const got = rows(`<p>China imported 2.41 million tonnes of barley in May, up 8.0 percent.</p>
<p>China's barley imports in 2026 (10,000 tonnes)</p>
<table><tr><th>Period</th><th>Volume</th><th>y/y (%)</th></tr><tr><td>March</td><td>180.5</td><td>-4.1</td></tr></table>`, '2026-06-09').find((r) => r[2] === 1_805_000);
    expect(got?.slice(0, 5).concat(got[6])).toEqual(['2026-03', '2026-03', 1_805_000, 'tonnes', -4.1, 'import']);
  });

  it('reads "Freight volume" in tonnes with no flow as cargo both ways, and its "Total" row as the months\' span', () => {
    const got = rows(`<p>The border port handled more freight this year.</p>
<table><tr><td colspan="3">Monthly freight volume at Torugart Port, 2026 (10,000 tonnes)</td></tr>
<tr><td>Month</td><td>Freight volume</td><td>y/y (%)</td></tr><tr><td>January</td><td>5.1</td><td>12.0</td></tr>
<tr><td>February</td><td>4.7</td><td>9.3</td></tr><tr><td>Total</td><td>9.8</td><td>10.7</td></tr></table>`, '2026-03-15');
    expect(got.filter((r) => r[3] === 'tonnes').map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
      ['2026-01', '2026-01', 51_000, 12, 'total'],
      ['2026-02', '2026-02', 47_000, 9.3, 'total'],
      ['2026-01', '2026-02', 98_000, 10.7, 'total'],
    ]);
  });

  it('reads a "Total" column beside columns of flows as the whole trade', () => {
    const got = rows(`<p>Monthly figures follow.</p>
<table><tr><td colspan="4">Anhui's monthly foreign trade, 2026, unit: 100 million yuan</td></tr>
<tr><td>Month</td><td>Total</td><td>Exports</td><td>Imports</td></tr><tr><td>August</td><td>802.6</td><td>531.0</td><td>271.6</td></tr></table>`, '2026-09-18');
    expect(got.some((r) => r[2] === 100_000_000)).toBe(false);
    expect(got.filter((r) => r[0] === '2026-08').map((r) => [r[2], r[6]])).toEqual([
      [80_260_000_000, 'total'],
      [53_100_000_000, 'export'],
      [27_160_000_000, 'import'],
    ]);
  });
});

describe('a year heading the label column of a table of periods', () => {
  it('dates the quarters under "2025 | Trains | y/y (%)" in that year', () => {
    const got = rows(`<p>The Hefei hub ran more China-Europe freight trains every quarter:</p>
<table><tr><th>2025</th><th>Trains</th><th>y/y (%)</th></tr><tr><td>October-December</td><td>214</td><td>6.5</td></tr></table>`, '2026-01-10').find((r) => r[2] === 214);
    expect(got?.slice(0, 5)).toEqual(['2025-10', '2025-12', 214, 'trains', 6.5]);
  });
});

describe('a city\'s international port that speaks for the figures', () => {
  it('reads "the operator of the Xi\'an International Port said" as the city', () => {
    const got = rows(`<p>Freight trains on the Chang'an line made 1,230 trips in the first quarter of 2026, up 9.4 percent, the operator of the Xi'an International Port said on Monday.</p>`, '2026-04-08').find((r) => r[2] === 1230);
    expect(got?.[5]).toBe("Xi'an");
  });
});
