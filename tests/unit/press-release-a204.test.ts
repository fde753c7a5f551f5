/**
 * Fixing round for b292 (chart-led data stories and graphics pages): a chart's data labels flattened into text, bar labels
 * that round the prose's figure, the place a page's capitals title names, a byline's seat between bars.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe("a chart's data labels under a caption naming measure and unit are rows of their own periods", () => {
  it('reads yearly labels set apart by bars', () => {
    const rows = tuples('Ningbo port in charts\n\nContainer throughput, million TEU\n2022 33.4 | 2023 35.3 | 2024 39.3\n\nThe port kept growing.', '2025-01-20');
    expect(rows).toContainEqual(['2022-01', '2022-12', 33.4e6, 'TEU', null]);
    expect(rows).toContainEqual(['2024-01', '2024-12', 39.3e6, 'TEU', null]);
  });
  it('reads month labels in a row, their year the last one over by publication', () => {
    const rows = tuples('Chart: Vietnam monthly exports, US$ billion\nNov 33.2   Dec 36.1   Jan 38.6   Feb 29.4\nSource: customs office.', '2025-03-12');
    expect(rows).toContainEqual(['2024-11', '2024-11', 33.2e9, 'USD', null]);
    expect(rows).toContainEqual(['2025-02', '2025-02', 29.4e9, 'USD', null]);
  });
  it('reads one label a line under axis ticks, the unit in brackets', () => {
    const rows = tuples("KAZAKH WHEAT SHIPPED ABROAD (thousand tonnes)\n0   500   1000\nJan-Feb  1,105\nMar      640\nApr      512\nSource: statistics bureau.", '2025-05-20');
    expect(rows).toContainEqual(['2025-01', '2025-02', 1105000, 'tonnes', null]);
    expect(rows).toContainEqual(['2025-04', '2025-04', 512000, 'tonnes', null]);
  });
  it('reads year-and-month labels under a title and a unit line of their own', () => {
    const rows = tuples("Taiwan's monthly exports to the US\n\nUnit: US$ billion / Source: Ministry of Finance\n\n2025.3 11.6  2025.4 11.9  2025.5 12.8", '2025-06-10');
    expect(rows).toContainEqual(['2025-03', '2025-03', 11.6e9, 'USD', null]);
    expect(rows).toContainEqual(['2025-05', '2025-05', 12.8e9, 'USD', null]);
  });
  it('reads quarter labels after the caption on the same line, and a caption of a span for yearly labels', () => {
    const rows = tuples('Quarterly trade, billion yuan: Q1 21.4  Q2 23.0  Q3 25.1\n\nChart: Imports from Chile, January-June, $ billions\n2023 9.1 · 2024 9.8 · 2025 10.4', '2025-10-30');
    expect(rows).toContainEqual(['2025-04', '2025-06', 23.0e9, 'CNY', null]);
    expect(rows).toContainEqual(['2024-01', '2024-06', 9.8e9, 'USD', null]);
  });
  it('gives the caption\'s partner and flow to every label', () => {
    const rows = releaseRows('Monthly exports to ASEAN, yuan bn - Jul 388 · Aug 402 · Sep 411', '2025-10-14');
    expect(rows.filter((r) => r.partner === 'ASEAN' && r.flow === 'export').map((r) => r.value)).toEqual([388e9, 402e9, 411e9]);
  });
  it('reads no row from a series indexed to a base year (near miss)', () => {
    const rows = tuples('Chart 4: Export volume index (2019 = 100)\n2022 131 · 2023 136 · 2024 149', '2025-01-20');
    expect(rows.filter((r) => r[2] === 131 || r[2] === 149)).toEqual([]);
  });
  it('reads no row from labels under a caption that names no unit (near miss)', () => {
    const rows = tuples('Chart 2: Ships calling at the port\n2022 412 | 2023 436 | 2024 455', '2025-01-20');
    expect(rows.filter((r) => r[2] === 436e6 || r[2] === 436e9)).toEqual([]);
  });
});

describe("a bar label that rounds the prose's exact figure gives way to it", () => {
  const levels = (text: string, published: string, year: string) => tuples(text, published).filter((r) => r[0] === `${year}-01` && r[1] === `${year}-12`);
  it('keeps "45.47 trillion yuan" over the bar "2025 45.5"', () => {
    expect(levels('Trade in five charts\n\nChart 1: Goods trade, trillion yuan\n2024 43.8 | 2025 45.5\n\nTotal trade came to 45.47 trillion yuan in 2025, up 3.8 percent.', '2026-01-16', '2025')).toEqual([['2025-01', '2025-12', 45.47e12, 'CNY', 3.8]]);
  });
  it('keeps "47.03 million TEU" over the bar "2021 47.0"', () => {
    expect(levels('Port in charts\n\nContainer throughput, million TEU\n2020 43.5 | 2021 47.0\n\nThe port handled 47.03 million TEU in 2021, up 8.1 percent.', '2022-01-05', '2021')).toEqual([['2021-01', '2021-12', 47.03e6, 'TEU', 8.1]]);
  });
  it('keeps "$98.64 billion" over the bar "2023 98.6"', () => {
    expect(levels('Chips in charts\n\nChip exports, US$ billion\n2022 129.2 · 2023 98.6\n\nChip exports came to $98.64 billion in 2023, down 23.7%.', '2024-01-02', '2023')).toEqual([['2023-01', '2023-12', 98.64e9, 'USD', -23.7]]);
  });
  it('keeps "1.236 million tonnes" over the bar "2024 1.24"', () => {
    expect(levels('Coffee in charts\n\nCoffee exports, million tonnes\n2023 1.10 | 2024 1.24\n\nExports reached 1.236 million tonnes in 2024, up 12.4 percent.', '2025-01-10', '2024')).toEqual([['2024-01', '2024-12', 1.236e6, 'tonnes', 12.4]]);
  });
  it('keeps "6.12 billion euros" over the bar "2024 6.1"', () => {
    expect(levels('Wine in charts\n\nWine exports, EUR billion\n2023 6.4 | 2024 6.1\n\nSales abroad were 6.12 billion euros in 2024, 4.2 percent less than in 2023.', '2025-02-10', '2024')).toEqual([['2024-01', '2024-12', 6.12e9, 'EUR', -4.2]]);
  });
  it('keeps a bar the prose does not round, a different figure (near miss)', () => {
    expect(levels('Trade in charts\n\nChart 1: Goods trade, trillion yuan\n2024 43.8 | 2025 45.5\n\nTotal trade came to 44.9 trillion yuan in 2025, up 3.8 percent.', '2026-01-16', '2025')).toContainEqual(['2025-01', '2025-12', 45.5e12, 'CNY', null]);
  });
  it('keeps a bar of another year than the prose figure (near miss)', () => {
    expect(levels('Trade in charts\n\nChart 1: Goods trade, trillion yuan\n2024 43.8 | 2025 45.5\n\nTotal trade came to 43.82 trillion yuan in 2024.', '2026-01-16', '2025')).toContainEqual(['2025-01', '2025-12', 45.5e12, 'CNY', null]);
  });
});

describe('the place a capitals title names before its bar or colon is the page\'s place', () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "SHANGHAI PORT | 2021 IN NUMBERS"', () => {
    expect(areas('SHANGHAI PORT | 2021 IN NUMBERS\n\nThe port handled 47.03 million TEU of containers in 2021, up 8.1 percent.', '2022-01-05')).toEqual(['Shanghai Port']);
  });
  it('reads "QINGDAO PORT: THE YEAR IN CHARTS"', () => {
    expect(areas('QINGDAO PORT: THE YEAR IN CHARTS\n\nThe port moved 30.87 million TEU in 2024, up 7 percent.', '2025-01-08')).toEqual(['Qingdao Port']);
  });
  it('reads "GUANGXI: TRADE AT A GLANCE"', () => {
    expect(areas('GUANGXI: TRADE AT A GLANCE\n\nForeign trade reached 700 billion yuan in 2024, up 5.4 percent.', '2025-01-20')).toEqual(['Guangxi']);
  });
  it('reads "ZHEJIANG | FIRST HALF IN FIGURES"', () => {
    expect(areas('ZHEJIANG | FIRST HALF IN FIGURES\n\nExports reached 1.86 trillion yuan in the first half, up 6.6 percent.', '2025-07-20')).toEqual(['Zhejiang']);
  });
  it('reads "YIWU | MARKET EXPORTS"', () => {
    expect(areas('YIWU | MARKET EXPORTS\n\nExports reached 520 billion yuan in the first ten months, up 9 percent.', '2025-11-20')).toEqual(['Yiwu']);
  });
  it('leaves a capitals title whose head is no place (near miss)', () => {
    expect(areas('CHARTED | THE YEAR IN PORTS\n\nChina handled 330 million TEU in 2024, up 7 percent.', '2025-01-20')).toEqual(['China']);
  });
  it('leaves a capitals head that is a body line, not the title (near miss)', () => {
    expect(areas('China trade in charts\n\nQINGDAO PORT: no data this month.\nChina exported 25.45 trillion yuan in 2024, up 7.1 percent.', '2025-01-20')).toEqual(['China']);
  });
});

describe("a byline's seat between bars or middle dots before the date is no place of the figures", () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "By our data desk | Beijing, 16 January 2026 | 5 min read"', () => {
    expect(areas("Five charts on China's record year\nBy our data desk | Beijing, 16 January 2026 | 5 min read\n\nCustoms published its numbers on Wednesday. Total trade came to 45.47 trillion yuan last year.", '2026-01-16')).toEqual(['China']);
  });
  it('reads "Graphics team · Shanghai · 12 March 2025"', () => {
    expect(areas("China's exports in charts\nGraphics team · Shanghai · 12 March 2025\n\nThe customs office said exports rose 2.3 percent in the first two months to 539.9 billion dollars.", '2025-03-12')).toEqual(['China']);
  });
  it('reads "Economics staff | Chicago | May 6, 2026"', () => {
    expect(areas('The U.S. trade gap, charted\nEconomics staff | Chicago | May 6, 2026\n\nThe goods deficit shrank to $87.3 billion in March, figures published on Tuesday show.', '2026-05-06')).toEqual(['United States']);
  });
  it('reads "Markets team · Osaka, 17 April 2025"', () => {
    expect(areas("Japan's year in trade\nMarkets team · Osaka, 17 April 2025\n\nExports reached 107.9 trillion yen in fiscal 2024, the finance ministry said.", '2025-04-17')).toEqual(['Japan']);
  });
  it('reads "Data unit | Guangzhou, 6 January 2026"', () => {
    expect(areas("China's trade in five charts\nData unit | Guangzhou, 6 January 2026\n\nCustoms said exports rose 5.5 percent in 2025 to 26.99 trillion yuan.", '2026-01-06')).toEqual(['China']);
  });
  it('keeps a place between bars that the figures belong to, no date after it (near miss)', () => {
    expect(areas('Provincial trade | Yunnan | 2025\n\nForeign trade reached 260 billion yuan in 2025, up 4 percent.', '2026-01-20')).toEqual(['Yunnan']);
  });
  it('keeps a place after a bar in a line that is no byline, a sentence of figures (near miss)', () => {
    expect(areas('Charts | Guangxi traded 700 billion yuan in 2024, up 5.4 percent.', '2025-01-20')).toEqual(['Guangxi']);
  });
});

describe("a chart of shares: names and their shares set apart by bars or dots under a caption that says they are shares", () => {
  const shares = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'share').map((r) => [r.partner, r.flow, r.value, r.period_start, r.period_end, r.commodity]);
  it('reads partners\' shares under "Share of ... exports by destination, 2025 (%)"', () => {
    expect(shares("Vietnam's year in five charts\n\nChart 3: Share of Vietnam's exports by destination, 2025 (%)\nUnited States 29.1 | China 14.8 | EU 12.9 | Others 43.2", '2026-01-10')).toEqual([
      ['United States', 'export', 29.1, '2025-01', '2025-12', 'all goods'],
      ['China', 'export', 14.8, '2025-01', '2025-12', 'all goods'],
      ['European Union', 'export', 12.9, '2025-01', '2025-12', 'all goods'],
    ]);
  });
  it('reads shares set apart by middle dots under "..., % of total"', () => {
    expect(shares('Chengdu trade in graphics\n\nFig. 2 Imports by origin, 2024, % of total\nTaiwan 21.3 · Korea 15.2 · Japan 9.9', '2025-02-01').map((r) => r[0])).toEqual(['Taiwan', 'South Korea', 'Japan']);
  });
  it('reads product groups\' shares under a caption "by product group" with a line\'s own flow', () => {
    expect(shares('EU and India, a visual guide\n\nFigure 2: EU trade with India by product group, 2024 (% share)\nImports: machinery and vehicles 31.6 | chemicals 14.2 | others 54.2', '2025-05-01')).toEqual([
      ['India', 'import', 31.6, '2024-01', '2024-12', 'machinery and vehicles'],
      ['India', 'import', 14.2, '2024-01', '2024-12', 'chemicals'],
    ]);
  });
  it('reads a caption with no period of its own as of the prose before it', () => {
    expect(shares("Zhejiang chart of the week\n\nZhejiang's exports rose 6.1 percent in the first quarter of 2025.\n\nExports by market, share %\nASEAN 17.5 | EU 15.1 | US 12.4", '2025-04-20').map((r) => [r[2], r[3], r[4]])).toEqual([[17.5, '2025-01', '2025-03'], [15.1, '2025-01', '2025-03'], [12.4, '2025-01', '2025-03']]);
  });
  it('reads slashes between shares of imports by source', () => {
    expect(shares('Chile in charts\n\nGraphic 2: Share of Chile\'s imports by source, 2024 (%)\nChina 24.1 / United States 20.3 / Brazil 9.1', '2025-03-01').map((r) => [r[0], r[1], r[2]])).toEqual([['China', 'import', 24.1], ['United States', 'import', 20.3], ['Brazil', 'import', 9.1]]);
  });
  it('reads no shares whose sum passes the whole (near miss)', () => {
    expect(shares('Charts\n\nChart 3: Share of exports by destination, 2025 (%)\nASEAN 57.2 | EU 44.9 | United States 31.4', '2026-01-10')).toEqual([]);
  });
  it('reads no shares of names that are no places under a caption not by product (near miss)', () => {
    expect(shares('Charts\n\nChart 3: Share of exports by destination, 2025 (%)\nNorth 41.2 | South 30.9 | West 11.4', '2026-01-10')).toEqual([]);
  });
});

describe("a chart of one bar: its amount and change in brackets on the line under the caption", () => {
  it('reads "Total 2025: 169.2 (+1.6%)" under "Agribusiness exports, US$ billion"', () => {
    expect(tuples('Farm trade in graphics\n\nGRAPHIC 3 | Agribusiness exports, US$ billion\nTotal 2025: 169.2 (+1.6%)\nCoffee was the standout.', '2026-01-14')).toContainEqual(['2025-01', '2025-12', 169.2e9, 'USD', 1.6]);
  });
  it('reads "2024: 41.3 (-2.2%)" under "Chart 2: Imports from Japan, $ billions"', () => {
    expect(tuples('Trade in charts\n\nChart 2: Imports from Japan, $ billions\n2024: 41.3 (-2.2%)\nSource: customs.', '2025-02-01')).toContainEqual(['2024-01', '2024-12', 41.3e9, 'USD', -2.2]);
  });
  it('reads a bare "88.4 (+12.5%)" under a caption dated by its year', () => {
    const rows = releaseRows('Copper in charts\n\nCopper exports to China, 2024, US$ billion\n88.4 (+12.5%)\nSource: central bank.', '2025-02-01');
    expect(rows.map((r) => [levelTuple(r), r.partner, r.flow])).toContainEqual([['2024-01', '2024-12', 88.4e9, 'USD', 12.5], 'China', 'export']);
  });
  it('reads "Total 2023 12,480 (+4.0%)" under a caption in tonnes', () => {
    expect(tuples('Tea in graphics\n\nGraphic 1: Tea exports, tonnes\nTotal 2023 12,480 (+4.0%)\nMost went to Pakistan.', '2024-02-01')).toContainEqual(['2023-01', '2023-12', 12480, 'tonnes', 4.0]);
  });
  it('reads "2025: 6.7 (+0.9%)" under a caption in trillion yen', () => {
    expect(tuples('Japan in charts\n\n[Graphic 3] Exports to China, trillion yen\n2025: 6.7 (+0.9%)\nSource: finance ministry.', '2026-02-01')).toContainEqual(['2025-01', '2025-12', 6.7e12, 'JPY', 0.9]);
  });
  it('reads no bar under an indexed caption (near miss)', () => {
    expect(tuples('Charts\n\nExport volume index (2015 = 100)\n2024: 131.2 (+3.1%)\nSource: office.', '2025-02-01').filter((r) => r[2] === 131.2)).toEqual([]);
  });
  it('reads no bar under a caption with no unit (near miss)', () => {
    expect(tuples('Charts\n\nShips calling at the port\n2024: 412 (+3.1%)\nSource: port.', '2025-02-01').filter((r) => r[2] === 412)).toEqual([]);
  });
});
