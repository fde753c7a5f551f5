/**
 * Rules of issue 9, part f7: the cells, captions and notes of a page's tables and the page's reporter, met on the page
 * batches 95, 96 and 98 (helper tabcells, 2026-12-04). Each is written here in our own words on the phenomenon, not on a
 * corpus page.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const html = (page: string, published: string) => releaseRows(page, published, { contentType: HTML });
const rows = (page: string, published: string) => html(page, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a negative number written in brackets in a table cell', () => {
  it('reads "(1 305.6)" in a balance column as a deficit', () => {
    const page = `<html><body><h1>Merchandise trade, second quarter 2019</h1>
<p>The statistics office of Namibia released the quarter's trade figures on Friday.</p>
<table><tr><th>Month</th><th>Exports (N$ million)</th><th>Imports (N$ million)</th><th>Balance (N$ million)</th></tr>
<tr><td>April 2019</td><td>6 210.4</td><td>7 516.0</td><td>(1 305.6)</td></tr>
<tr><td>May 2019</td><td>7 004.9</td><td>6 881.3</td><td>123.6</td></tr></table>
<p>Brackets show a deficit.</p></body></html>`;
    expect(rows(page, '2019-07-12').filter((r) => r[7] === 'balance').map((r) => [r[0], r[2]])).toEqual([
      ['2019-04', -1_305_600_000],
      ['2019-05', 123_600_000],
    ]);
  });

  it('does not take "(2)" heading a column, or a bracketed share, for a negative figure', () => {
    const page = `<html><body><h1>Exports by market, 2021</h1>
<p>Exports by the Kenyan statistics bureau's count, by market, in 2021.</p>
<table><tr><th>Market</th><th>KSh million</th><th>Share (%)</th></tr>
<tr><td>Uganda</td><td>98,210</td><td>(14.2)</td></tr>
<tr><td>Pakistan</td><td>61,400</td><td>(8.9)</td></tr></table></body></html>`;
    const got = rows(page, '2022-03-01');
    expect(got.filter((r) => r[3] === '%' || (r[2] as number) < 0)).toEqual([]);
  });
});

describe('thousands grouped with a dot in a table whose decimals take a comma', () => {
  const table = (cells: string) => `<html><body><h1>Exports by destination, first half of 2019</h1>
<p>Argentina's exports in the first half of 2019 rose, the statistics institute said.</p>
<table><tr><th>Destination</th><th>Exports</th><th>Var. %</th></tr>${cells}</table>
<p>Values in US$ million FOB. Var. % over the first half of 2018.</p></body></html>`;

  it('reads "12.604" beside "-2,7" as twelve thousand six hundred and four', () => {
    const got = rows(table('<tr><td>Brazil</td><td>5.912</td><td>-2,7</td></tr><tr><td>China</td><td>12.604</td><td>15,1</td></tr>'), '2019-07-20');
    expect(got.map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      [5_912_000_000, 'USD', -2.7, 'Brazil'],
      [12_604_000_000, 'USD', 15.1, 'China'],
    ]);
  });

  it('leaves a dot a decimal point where another cell writes one with a point', () => {
    const got = rows(table('<tr><td>Brazil</td><td>5.91</td><td>-2,7</td></tr><tr><td>China</td><td>12.604</td><td>15,1</td></tr>'), '2019-07-20');
    expect(got.filter((r) => r[6] === 'China').map((r) => r[2])).not.toContain(12_604_000_000);
  });
});

describe('a currency sign of three or four letters in mixed case before the scale in a table unit', () => {
  it('reads "Kshs billion" in a caption as the Kenyan shilling', () => {
    const page = `<html><body><h1>Imports by origin, March 2023</h1>
<p>The Kenya National Bureau of Statistics published the month's imports by origin.</p>
<p>Imports by origin, Kshs billion</p>
<table><tr><th>Origin</th><th>March 2022</th><th>March 2023</th></tr>
<tr><td>China</td><td>41.2</td><td>44.9</td></tr><tr><td>India</td><td>22.7</td><td>25.3</td></tr></table></body></html>`;
    expect(rows(page, '2023-04-28').map((r) => [r[0], r[2], r[3], r[6], r[7]])).toEqual([
      ['2022-03', 41_200_000_000, 'KES', 'China', 'import'],
      ['2023-03', 44_900_000_000, 'KES', 'China', 'import'],
      ['2022-03', 22_700_000_000, 'KES', 'India', 'import'],
      ['2023-03', 25_300_000_000, 'KES', 'India', 'import'],
    ]);
  });
});

describe('a table caption broken by a line break, its unit line standing alone', () => {
  it('reads the flow in the title line above the unit line', () => {
    const page = `<html><body><h1>Foreign trade of Armenia, January-June 2022</h1>
<p>The statistical committee of Armenia published the half-year's trade by partner.</p>
<table><caption>Imports from the main partner countries<br>(million US dollars)</caption>
<tr><th>Country</th><th>January-June 2021</th><th>January-June 2022</th></tr>
<tr><td>Russia</td><td>611.4</td><td>902.6</td></tr><tr><td>China</td><td>402.1</td><td>530.8</td></tr></table></body></html>`;
    expect(rows(page, '2022-07-25').map((r) => [r[0], r[1], r[2], r[3], r[6], r[7]])).toEqual([
      ['2021-01', '2021-06', 611_400_000, 'USD', 'Russia', 'import'],
      ['2022-01', '2022-06', 902_600_000, 'USD', 'Russia', 'import'],
      ['2021-01', '2021-06', 402_100_000, 'USD', 'China', 'import'],
      ['2022-01', '2022-06', 530_800_000, 'USD', 'China', 'import'],
    ]);
  });
});

describe('a caption naming one flow over rows that are the flows', () => {
  it('gives each row its own flow when the rows name exports, imports and the balance', () => {
    const page = `<html><body><h1>Merchandise trade, May 2024</h1>
<p>Botswana's statistics office released the month's merchandise trade on Monday.</p>
<p>Table 2: Trade balance (P million)</p>
<table><tr><th></th><th>May 2023</th><th>May 2024</th></tr>
<tr><td>Exports</td><td>4 812.0</td><td>3 905.2</td></tr>
<tr><td>Imports</td><td>6 120.4</td><td>6 633.9</td></tr>
<tr><td>Trade balance</td><td>-1 308.4</td><td>-2 728.7</td></tr></table></body></html>`;
    expect(rows(page, '2024-07-15').filter((r) => r[0] === '2024-05').map((r) => [r[2], r[7]])).toEqual([
      [3_905_200_000, 'export'],
      [6_633_900_000, 'import'],
      [-2_728_700_000, 'balance'],
    ]);
  });
});

describe('the reporter named only in the page chrome', () => {
  const story = '<p>Total exports in June 2016 rose 3.4% from a year earlier to $301.5 billion, and imports rose 2.1% to $340.2 billion.</p>';

  it('reads a territory government\'s logo ("HKSAR") on a page with no headline tag, and its dollar', () => {
    const page = `<html><head><title>Trade figures for June 2016</title></head><body>
<table><tr><td><img src="/images/hksar_logo.gif" alt="HKSAR"></td><td>Press releases | Search</td></tr></table>
<p><b>Trade figures for June 2016</b></p>${story}</body></html>`;
    expect(html(page, '2016-07-26').map((r) => [r.area, r.unit])).toEqual([
      ['Hong Kong', 'HKD'],
      ['Hong Kong', 'HKD'],
    ]);
  });

  it('reads a ministry named with its country but no comma in a logo\'s alt text', () => {
    const page = `<html><head><title>Trade statistics : Ministry of Finance</title></head><body>
<div id="header"><img src="/img/top.png" alt="Ministry of Finance Japan"></div>
<h1>Trade statistics for May 2016</h1>
<p>Exports in May 2016 were 5,091.3 billion yen, down 11.3% from a year earlier.</p></body></html>`;
    expect(html(page, '2016-06-20').map((r) => r.area)).toEqual(['Japan']);
  });

  it('reads an agency written in capitals in the masthead', () => {
    const page = `<html><head><title>Press release</title></head><body>
<div class="site-header">CENSUS AND STATISTICS DEPARTMENT</div>
<div class="board-text">${story}</div></body></html>`;
    expect(html(page, '2016-07-26').map((r) => r.area)).toEqual(['Hong Kong', 'Hong Kong']);
  });
});

describe('a table title whose bracket gives the scale and a bare percent sign', () => {
  it('reads no figure of "100 million" in "(100 million won, %)"', () => {
    const got = rows(`Korea's exports rise in April

Exports in April 2017 came to 51.0 billion US dollars, up 24.2% from a year earlier, the trade ministry said.

Exports by item (100 million won, %)`, '2017-05-01');
    expect(got.map((r) => r[2])).toEqual([51_000_000_000]);
  });
});

describe('a triangle the release names as its minus sign', () => {
  const page = (note: string) => `<html><body><h1>Trade statistics for March 2016</h1>
<p>Japan's exports in March 2016 fell, the Ministry of Finance said.</p>
<p>Exports by destination (100 million yen, %)</p>
<table><tr><th>Destination</th><th>March 2016</th><th>y/y</th></tr>
<tr><td>China</td><td>10,352</td><td>△8.4</td></tr><tr><td>Germany</td><td>1,771</td><td>2.9</td></tr></table>
<p>${note}</p></body></html>`;
  const changes = (note: string) => rows(page(note), '2016-04-20').filter((r) => r[6] === 'China').map((r) => r[4]);

  it('reads "△8.4" as a fall of 8.4% when a note says the triangle denotes minus', () => {
    expect(changes('Note: "△" indicates minus.')).toEqual([-8.4]);
  });

  it('does not read the triangle as a minus where the release does not say so', () => {
    expect(changes('Figures are provisional.')).not.toContain(-8.4);
  });
});

describe('photo captions written as plain paragraphs', () => {
  const story = '<p>Guangdong\'s exports rose 5.2% year on year to 2.9 trillion yuan in the first half of 2021, Guangzhou Customs said.</p>';
  const values = (page: string) => html(page, '2021-07-20').map((r) => r.value);

  it('drops a centred paragraph right under an image, and keeps the centred title after it', () => {
    const page = `<html><body><h1>Guangdong's trade grows</h1>${story}
<p><img src="/photos/2021/port.jpg" alt=""></p>
<p style="text-align:center">Cranes at Nansha port, which handled 12.2 million TEUs in the half-year.</p>
<p style="text-align: center"><b>Imports of main goods, January-June 2021 (100 million yuan)</b></p>
<table><tr><th>Goods</th><th>Value</th></tr><tr><td>Crude oil</td><td>812.5</td></tr></table></body></html>`;
    expect(values(page)).toEqual([2_900_000_000_000, 81_250_000_000]);
  });

  it('drops a paragraph inside a photo box named in another language ("foto", "bild")', () => {
    for (const box of ['foto', 'bild']) {
      const page = `<html><body><h1>Guangdong's trade grows</h1>${story}
<div class="${box}"><img src="/p.jpg"><p>Cranes at Nansha port, which handled 12.2 million TEUs in the half-year.</p></div></body></html>`;
      expect(values(page)).toEqual([2_900_000_000_000]);
    }
  });
});

describe('periods written as dotted days, with a row of changes under them', () => {
  it('reads "2019.6.1~10" as June 2019 and gives the change row to the later year\'s levels', () => {
    const page = `<html><body><h1>Exports in the first ten days of June</h1>
<p>The Korea Customs Service released its trade figures for the first ten days of June 2019.</p>
<p>(Unit: USD million, %)</p>
<table><tr><th>Period</th><th>Exports</th><th>Imports</th></tr>
<tr><td>2019.6.1~10</td><td>13,501</td><td>14,320</td></tr>
<tr><td>2018.6.1~10</td><td>15,003</td><td>14,870</td></tr>
<tr><td>Change (%)</td><td>-10.0</td><td>-3.7</td></tr></table></body></html>`;
    expect(rows(page, '2019-06-11').map((r) => [r[0], r[2], r[4], r[7]])).toEqual([
      ['2019-06', 13_501_000_000, -10, 'export'],
      ['2019-06', 14_320_000_000, -3.7, 'import'],
      ['2018-06', 15_003_000_000, null, 'export'],
      ['2018-06', 14_870_000_000, null, 'import'],
    ]);
  });

  it('reads no change row whose levels have no year-earlier row beside them', () => {
    const page = `<html><body><h1>Exports in June</h1>
<p>The Korea Customs Service released its trade figures for June 2019.</p>
<p>(Unit: USD million, %)</p>
<table><tr><th>Period</th><th>Exports</th></tr>
<tr><td>2019.6.1~10</td><td>13,501</td></tr>
<tr><td>2019.6.11~20</td><td>14,002</td></tr>
<tr><td>Change (%)</td><td>-10.0</td></tr></table></body></html>`;
    expect(rows(page, '2019-06-21').map((r) => r[4])).not.toContain(-10);
  });
});

describe('a head "compared with the same period (%)" over cells that are changes', () => {
  const page = (cells: string) => `<html><body><h1>Exports of main goods, first half of 2022</h1>
<p>Exports of main goods by the statistics office of Uzbekistan, January-June 2022.</p>
<p>Exports of main goods (million US dollars)</p>
<table><tr><th>Goods</th><th>January-June 2022</th><th>Compared with same period 2021 (%)</th></tr>${cells}</table></body></html>`;
  const changes = (cells: string) => rows(page(cells), '2022-07-20').map((r) => r[4]);

  it('reads the cells as changes when one of them is negative', () => {
    expect(changes('<tr><td>Cotton yarn</td><td>611.2</td><td>12.4</td></tr><tr><td>Copper</td><td>402.7</td><td>-8.9</td></tr>')).toEqual([12.4, -8.9]);
  });

  it('reads them as indices (the change plus 100) when none is', () => {
    expect(changes('<tr><td>Cotton yarn</td><td>611.2</td><td>112.4</td></tr><tr><td>Copper</td><td>402.7</td><td>91.1</td></tr>')).toEqual([12.4, -8.9]);
  });
});

describe('"the mainland of China" as Hong Kong\'s tables name their largest partner', () => {
  it('reads the label as the partner China, not as goods', () => {
    const page = `<html><body><h1>Hong Kong's exports, May 2015</h1>
<p>Hong Kong's total exports by main destination, the Census and Statistics Department said.</p>
<p>Total exports to main destinations (HK$ million)</p>
<table><tr><th>Destination</th><th>May 2015</th></tr>
<tr><td>The mainland of China</td><td>161,204</td></tr><tr><td>India</td><td>10,112</td></tr></table></body></html>`;
    expect(html(page, '2015-06-25').map((r) => [r.partner, r.commodity])).toEqual([
      ['China', 'all goods'],
      ['India', 'all goods'],
    ]);
  });
});
