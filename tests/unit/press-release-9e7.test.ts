/**
 * Rules of issue 9, part e7: web pages of the blind batch 88 (helper b88, 2026-12-04), each written here in our own
 * words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string, contentType?: string) =>
  releaseRows(text, published, contentType ? { contentType } : {}).map((r) => [...levelTuple(r), r.area, r.flow]);
const page = (body: string) => `<html><head><title>Trade news</title></head><body><div class="nav">Home | News | Data</div>${body}<div class="footer">Contact us</div></body></html>`;
const HTML = 'text/html; charset=utf-8';

describe('a translated whole year', () => {
  it('reads "2019 year" (Chinese 2019年) as the whole of that year', () => {
    const text = 'According to Ningbo Customs statistic, 2019 year Ningbo city import and export total value 9,170.3 hundred million yuan, compare same period last year increased 6.9%.';
    expect(rows(text, '2020-01-21')[0].slice(0, 5)).toEqual(['2019-01', '2019-12', 917_030_000_000, 'CNY', 6.9]);
  });
});

describe('a translation that "occupies" a share', () => {
  it('reads "occupy export 21.4%" as a share, not a growth', () => {
    const text = 'In 2019 year Ningbo city export 6,000.2 hundred million yuan. To the United States export 1,284.6 hundred million yuan, increase 3.1%, occupy export 21.4%.';
    const share = rows(text, '2020-01-21').find((r) => r[2] === 21.4);
    expect(share?.slice(2, 5)).toEqual([21.4, 'percent-share', null]);
  });
});

describe('a table of periods under columns of units', () => {
  it('reads "Month | Trains | TEU" as trains and TEU of each month, both ways', () => {
    const html = page(`<p>The Hefei hub ran 702 China-Europe freight trains in the first eight months of 2026, up 5.5% year on year.</p>
<table><tr><th>Month</th><th>Trains</th><th>TEU</th></tr><tr><td>July</td><td>95</td><td>9,020</td></tr><tr><td>August</td><td>101</td><td>9,660</td></tr></table>`);
    const got = rows(html, '2026-09-10', HTML).filter((r) => r[0] === '2026-07' || r[0] === '2026-08');
    expect(got.map((r) => [r[0], r[2], r[3], r[6]])).toEqual([
      ['2026-07', 95, 'trains', 'total'],
      ['2026-07', 9020, 'TEU', 'total'],
      ['2026-08', 101, 'trains', 'total'],
      ['2026-08', 9660, 'TEU', 'total'],
    ]);
  });

  it('gives a change column the change of the level before it, and reads "(t)" as tonnes', () => {
    const html = page(`<p>China exported 1,245 tonnes of tungsten products in May, down 8.1% year on year.</p>
<table><tr><th>Period</th><th>Exports (t)</th><th>Change y/y</th></tr><tr><td>January-April</td><td>5,102</td><td>4.6%</td></tr></table>`);
    const got = rows(html, '2026-06-18', HTML).find((r) => r[2] === 5102);
    expect(got?.slice(0, 5).concat(got[6])).toEqual(['2026-01', '2026-04', 5102, 'tonnes', 4.6, 'export']);
  });

  it('reads bare years under a "Year" head as whole years', () => {
    const html = page(`<p>The Wuhan hub ran 412 China-Europe freight trains in the first half of 2026, up 3.1% year on year.</p>
<table><tr><th>Year</th><th>Trains</th></tr><tr><td>2024</td><td>781</td></tr><tr><td>2025</td><td>806</td></tr></table>`);
    const got = rows(html, '2026-07-08', HTML).filter((r) => r[2] === 781 || r[2] === 806);
    expect(got.map((r) => r.slice(0, 4))).toEqual([
      ['2024-01', '2024-12', 781, 'trains'],
      ['2025-01', '2025-12', 806, 'trains'],
    ]);
  });
});

describe('a rate in a note', () => {
  it('reads no row from "One US dollar is 6.9 yuan"', () => {
    const text = 'Qinzhou recorded foreign trade of US$2.41 billion in the first quarter of 2011, up 38.2%.\n\nNote: One US dollar is 6.58 yuan.';
    expect(rows(text, '2011-04-22').map((r) => r[2])).toEqual([2_410_000_000]);
  });
});

describe('a table whose level columns each name their own unit', () => {
  it('reads "Item | Thousand tonnes | US$ million" as an amount and a worth of each item in the caption\'s period', () => {
    const html = page(`<p>Laos exported goods worth US$4.1 billion in the first half of 2025, up 12.6% year on year.</p>
<table><caption>Exports of main products, January-June 2025</caption><tr><th>Product</th><th>Thousand tonnes</th><th>US$ million</th></tr>
<tr><td>Cassava</td><td>1,204.5</td><td>298.1</td></tr><tr><td>Bananas</td><td>612.0</td><td>171.4</td></tr></table>`);
    const got = rows(html, '2025-07-25', HTML).slice(1);
    expect(got.map((r) => [r[0], r[1], r[2], r[3], r[6]])).toEqual([
      ['2025-01', '2025-06', 1_204_500, 'tonnes', 'export'],
      ['2025-01', '2025-06', 298_100_000, 'USD', 'export'],
      ['2025-01', '2025-06', 612_000, 'tonnes', 'export'],
      ['2025-01', '2025-06', 171_400_000, 'USD', 'export'],
    ]);
  });
});

describe('a caption written as a row spanning the table', () => {
  it('takes the spanning first row as the caption of the head under it, and reads a "Volume" column as levels', () => {
    const html = page(`<p>China imported 1.12 million tonnes of barley in March 2026, up 9.4% year on year.</p>
<table><tr><th colspan="3">Barley imports by origin, January-March 2026 (10,000 tonnes)</th></tr><tr><th>Origin</th><th>Volume</th><th>Share (%)</th></tr>
<tr><td>France</td><td>118.2</td><td>41.3</td></tr><tr><td>Canada</td><td>80.5</td><td>28.1</td></tr></table>`);
    const got = rows(html, '2026-04-20', HTML).slice(1);
    expect(got.map((r) => [r[0], r[1], r[2], r[3], r[6]])).toEqual([
      ['2026-01', '2026-03', 1_182_000, 'tonnes', 'import'],
      ['2026-01', '2026-03', 41.3, 'percent-share', 'import'],
      ['2026-01', '2026-03', 805_000, 'tonnes', 'import'],
      ['2026-01', '2026-03', 28.1, 'percent-share', 'import'],
    ]);
  });
});
