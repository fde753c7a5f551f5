/**
 * Fixing round a212 for b292's leftovers (chart pages: captions, alt text and data labels flattened into text): the chart
 * reader (chart-labels.ts) widened to fiscal-year bar labels, a bar's share of the whole, more than one bar on a line, and
 * share captions that name the trade's direction by where the goods went. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe("a bar labelled by a fiscal year is that fiscal year in the country's calendar", () => {
  it('reads "FY2021 -5.4" on a Japanese chart as April 2021 to March 2022', () => {
    expect(tuples("Japan's trade in charts\nTokyo, May 20, 2024\n\nTrade balance, fiscal years, trillion yen\nFY2021 -5.4   FY2022 -21.9   FY2023 -6.1\nThe gap narrowed as fuel got cheaper.", '2024-05-20')).toContainEqual(['2021-04', '2022-03', -5.4e12, 'JPY', null]);
  });
  it('reads "2020-21 291.8" on an Indian chart as April 2020 to March 2021', () => {
    expect(tuples("India's merchandise exports over three years\nNew Delhi, 10 May 2022\n\nMerchandise exports, US$ billion\n2019-20 313.4 | 2020-21 291.8 | 2021-22 422.0\nShipments recovered strongly after the pandemic year.", '2022-05-10')).toContainEqual(['2020-04', '2021-03', 291.8e9, 'USD', null]);
  });
  it('reads "FY22 177.8" on an Australian chart as July 2021 to June 2022', () => {
    expect(tuples("Australia's exports to China, charted\nCanberra, 14 August 2023\n\nExports to China, A$ billion\nFY21 145.2 · FY22 177.8 · FY23 191.0\nIron ore made up most of the value.", '2023-08-14')).toContainEqual(['2021-07', '2022-06', 177.8e9, 'AUD', null]);
  });
  it('reads "FY2023 178.7" on a U.S. chart as October 2022 to September 2023', () => {
    expect(tuples("U.S. farm exports in three bars\nWashington, Nov. 20, 2024\n\nU.S. agricultural exports, fiscal years, $ billion\nFY2022 196.0   FY2023 178.7   FY2024 174.1\nLower grain prices cut the total.", '2024-11-20')).toContainEqual(['2022-10', '2023-09', 178.7e9, 'USD', null]);
  });
  it('reads "FY 2022-23 27.7 → FY 2023-24 30.6" on a Pakistani chart as July to June', () => {
    expect(tuples("Pakistan's exports at a glance\nIslamabad, 5 July 2024\n\nGoods exports, US$ billion\nFY 2022-23 27.7 → FY 2023-24 30.6\nRice and textiles led the rise.", '2024-07-05')).toContainEqual(['2023-07', '2024-06', 30.6e9, 'USD', null]);
  });
  it('leaves two-year labels of a country with no fiscal year of that kind unread (near miss)', () => {
    expect(tuples("U.S. soybean exports by season\nWashington, Nov. 20, 2024\n\nU.S. soybean exports, million tonnes\n2021/22 58.6 | 2022/23 54.2 | 2023/24 46.1\nBrazil took a larger part of the market.", '2024-11-20').some((t) => t[2] === 46.1e6)).toBe(false);
  });
  it('keeps calendar years with negative bars apart from two-year labels (near miss)', () => {
    expect(tuples("Thailand's trade balance in charts\nBangkok, 20 January 2026\n\nTrade balance, US$ billion\n2023 -12  2024 -15  2025 -9\nThe gap narrowed last year.", '2026-01-20')).toContainEqual(['2024-01', '2024-12', -15e9, 'USD', null]);
  });
});

describe("a bar's share of the whole after its change is a share of the bar's period, flow and partner", () => {
  const share = (text: string, published: string) => tuples(text, published).filter((t) => t[3] === 'percent-share');
  it('reads ", 51.2% of total" after a caption and its bar on one line', () => {
    expect(share("Infographics: China's trade with Belt and Road partners\n2025-10-14\n\nChart 1: Trade with Belt and Road partner countries, yuan trn, Jan-Sep 2025 — 17.4 (+6.2%), 51.2% of total\nTrade with the partners kept growing.", '2025-10-14')).toContainEqual(['2025-01', '2025-09', 51.2, 'percent-share', null]);
  });
  it('reads "; or 10.3% of all exports" under the caption', () => {
    expect(share("Vietnam's trade with the EU, in charts\nHanoi, 12 January 2025\n\nExports to the EU, 2024 (US$ billion)\n51.7 (+13.0%); or 12.9% of all exports\nTextiles and phones led the way.", '2025-01-12')).toContainEqual(['2024-01', '2024-12', 12.9, 'percent-share', null]);
  });
  it('reads a share in brackets, "(22.1% of the total)"', () => {
    expect(share("Chile's copper trade, charted\nSantiago, 15 January 2026\n\nCopper exports, US$ billion, 2025 — 52.8 (+3.0%) (49.6% of the total)\nPrices stayed high all year.", '2026-01-15')).toContainEqual(['2025-01', '2025-12', 49.6, 'percent-share', null]);
  });
  it('reads ", a 14.5% share"', () => {
    expect(share("Korea's car exports in one chart\nSeoul, Jan. 3, 2025\n\nCar exports, 2024 (US$ billion)\n70.9 (-0.4%), a 10.4% share\nHybrids sold well abroad.", '2025-01-03')).toContainEqual(['2024-01', '2024-12', 10.4, 'percent-share', null]);
  });
  it('reads ", share 9.8%"', () => {
    expect(share("Turkey's exports to Germany, charted\nAnkara, 4 January 2025\n\nExports to Germany, US$ billion, 2024 — 21.1 (+0.9%), share 8.0%\nCars and clothes were the main goods.", '2025-01-04')).toContainEqual(['2024-01', '2024-12', 8.0, 'percent-share', null]);
  });
  it('reads no share from a percent of the bar that is no part of a whole (near miss)', () => {
    expect(share("Infographics: China's trade with Belt and Road partners\n2025-10-14\n\nChart 1: Trade with Belt and Road partner countries, yuan trn, Jan-Sep 2025 — 17.4 (+6.2%), 51.2% by sea\nTrade with the partners kept growing.", '2025-10-14')).not.toContainEqual(['2025-01', '2025-09', 51.2, 'percent-share', null]);
  });
  it('reads no share from a change after the bar (near miss)', () => {
    expect(share("Chile's copper trade, charted\nSantiago, 15 January 2026\n\nCopper exports, US$ billion, 2025 — 52.8 (+3.0%), up 49.6% on 2020\nPrices stayed high all year.", '2026-01-15').some((t) => t[2] === 49.6)).toBe(false);
  });
});

describe('a second bar on the line of a bar, named by its own words, has the caption\'s unit and period and its own flow', () => {
  it('reads "| Imports from the EU 1,990 (-2.3%)" after a caption and its bar on one line', () => {
    const rows = releaseRows("Infographics: China's trade with the EU\n2025-10-14\n\nChart 2: Exports to the EU, yuan bn, Jan-Sep 2025 — 4,120 (+8.1%) | Imports from the EU 1,990 (-2.3%)\nThe bloc stayed the second largest partner.", '2025-10-14');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toContainEqual(['2025-01', '2025-09', 1990e9, 'CNY', -2.3, 'import']);
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toContainEqual(['2025-01', '2025-09', 4120e9, 'CNY', 8.1, 'export']);
  });
  it('reads "· Imports from Japan 47.6 (-1.2%)" under the caption', () => {
    const rows = releaseRows("Thailand's trade with Japan, charted\nBangkok, 20 January 2025\n\nExports to Japan, 2024 (US$ billion)\n24.5 (-4.4%) · Imports from Japan 27.6 (-1.2%)\nCar parts dominate both ways.", '2025-01-20');
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toContainEqual(['2024-01', '2024-12', 27.6e9, 'USD', -1.2, 'import', 'Japan']);
  });
  it('gives bars that name only their flow the caption\'s partner: "| Exports 480 (-6.0%) | Imports 570 (-11.5%)"', () => {
    const rows = releaseRows("Infographics: China's trade with Russia\n2025-07-14\n\nChart 3: Trade with Russia, yuan bn, H1 2025 — 1,050 (-9.1%) | Exports 480 (-6.0%) | Imports 570 (-11.5%)\nEnergy prices fell.", '2025-07-14');
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toContainEqual(['2025-01', '2025-06', 570e9, 'CNY', -11.5, 'import', 'Russia']);
    expect(rows.map((r) => [...levelTuple(r), r.flow, r.partner])).toContainEqual(['2025-01', '2025-06', 480e9, 'CNY', -6.0, 'export', 'Russia']);
  });
  it('reads "• Imports: 120.4 (+3.0%)" with a colon', () => {
    const rows = releaseRows("Peru's trade in 2025, charted\nLima, 10 February 2026\n\nExports, 2025 (US$ billion)\n80.2 (+6.1%) • Imports: 58.4 (+3.0%)\nMinerals led the rise.", '2026-02-10');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toContainEqual(['2025-01', '2025-12', 58.4e9, 'USD', 3.0, 'import']);
  });
  it('reads a second bar after a bar with its share: "51.0% of total | Imports 9.9 (+2.0%)"', () => {
    const rows = releaseRows("Kazakhstan's trade with China, charted\nAstana, 20 January 2026\n\nExports to China, 2025, US$ billion — 15.3 (+4.0%), 18.2% of total | Imports from China 17.9 (+2.0%)\nOil and metals led exports.", '2026-01-20');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toContainEqual(['2025-01', '2025-12', 17.9e9, 'USD', 2.0, 'import']);
  });
  it('reads no bar from names with numbers but no change after a bar (near miss)', () => {
    const rows = releaseRows("Infographics: China's trade with ASEAN\n2025-10-14\n\nChart 3: Exports to ASEAN, yuan bn, Jan-Sep 2025 — 3,420 (+13.9%) | Vietnam 1,210 | Malaysia 880\nThe bloc stayed the largest partner.", '2025-10-14');
    expect(rows.some((r) => r.value === 1210e9 || r.value === 880e9)).toBe(false);
  });
  it('reads no second bar from a note after the bar (near miss)', () => {
    const rows = releaseRows("Infographics: China's trade with ASEAN\n2025-10-14\n\nChart 3: Exports to ASEAN, yuan bn, Jan-Sep 2025 — 3,420 (+13.9%) | revised 12 (+1%)\nThe bloc stayed the largest partner.", '2025-10-14');
    expect(rows.some((r) => r.value === 12e9)).toBe(false);
  });
});

describe('a caption of shares naming no flow but where the goods went (exports) or came from (imports)', () => {
  const shares = (text: string, published: string) => releaseRows(text, published).filter((r) => r.unit === 'percent-share').map((r) => [r.partner, r.value, r.flow]);
  it('reads "Where Brazil\'s coffee went (% of volume, 2025)" as exports', () => {
    expect(shares("Brazil's coffee year in charts\nBrasília, 20 January 2026\n\nGRAPHIC 2 | Where Brazil's coffee went (% of volume, 2025)\nGermany 16.1 · United States 15.8 · Italy 8.9 · Others 59.2", '2026-01-20')).toContainEqual(['Germany', 16.1, 'export']);
  });
  it('reads "Who bought Chile\'s copper, 2024 (% share)" as exports', () => {
    expect(shares("Chile's copper, charted\nSantiago, 15 January 2025\n\nWho bought Chile's copper, 2024 (% share)\nChina 54.2 | Japan 9.6 | South Korea 6.1 | Others 30.1", '2025-01-15')).toContainEqual(['Japan', 9.6, 'export']);
  });
  it('reads "Destinations of Thai rice, 2025 (% of tonnage)" as exports', () => {
    expect(shares("Thai rice in three charts\nBangkok, 22 January 2026\n\nDestinations of Thai rice, 2025 (% of tonnage)\nPhilippines 21.0 / Indonesia 12.3 / Iraq 9.4 / Others 57.3", '2026-01-22')).toContainEqual(['Indonesia', 12.3, 'export']);
  });
  it('reads "Where Japan\'s LNG came from, 2024 (% share)" as imports', () => {
    expect(shares("Japan's energy bill, charted\nTokyo, January 30, 2025\n\nWhere Japan's LNG came from, 2024 (% share)\nAustralia 40.1 · Malaysia 15.2 · Russia 8.8 · Others 35.9", '2025-01-30')).toContainEqual(['Australia', 40.1, 'import']);
  });
  it('reads "Korea\'s crude oil suppliers, 2024 (% share)" as imports', () => {
    expect(shares("Korea's oil bill, charted\nSeoul, Jan. 20, 2025\n\nKorea's crude oil suppliers, 2024 (% share)\nSaudi Arabia 32.5 · United States 14.0 · Kuwait 10.2 · Others 43.3", '2025-01-20')).toContainEqual(['Saudi Arabia', 32.5, 'import']);
  });
  it('reads no trade from where visitors came from (near miss)', () => {
    expect(shares("Thailand's tourism year, charted\nBangkok, 22 January 2026\n\nWhere the tourists came from, 2025 (% share)\nChina 22.1 · Malaysia 12.0 · Russia 6.2 · Others 59.7", '2026-01-22')).toEqual([]);
  });
  it('reads no trade from a caption of shares with neither flow nor direction (near miss)', () => {
    expect(shares("The world economy in charts\nLondon, 22 January 2026\n\nShares of world output, 2025 (% of total)\nUnited States 26.3 · China 16.9 · Germany 4.3 · Others 52.5", '2026-01-22')).toEqual([]);
  });
});

describe("a chart's lines of items set each in a paragraph of its own share the caption over the first", () => {
  it('reads the exports line of shares under the imports line, each a paragraph', () => {
    expect(tuples("EU trade with Japan at a glance\nLuxembourg, 20 March 2025\n\nFigure 2: EU trade with Japan by product group, 2024 (% share)\n\nImports: machinery and vehicles 48.1 | chemicals 20.3 | others 31.6\n\nExports: machinery and vehicles 39.5 | chemicals 25.0 | others 35.5\n\nJapan remained a major partner.", '2025-03-20')).toContainEqual(['2024-01', '2024-12', 39.5, 'percent-share', null]);
  });
  it('reads the same set as paragraphs of a page', () => {
    const html = '<html><body><h1>EU trade with Japan at a glance</h1><p>Luxembourg, 20 March 2025</p><p class="chart-title">Figure 2: EU trade with Japan by product group, 2024 (% share)</p><p>Imports: machinery and vehicles 48.1 | chemicals 20.3 | others 31.6</p><p>Exports: machinery and vehicles 39.5 | chemicals 25.0 | others 35.5</p><p>Japan remained a major partner.</p></body></html>';
    expect(releaseRows(html, '2025-03-20', { contentType: 'text/html' }).map(levelTuple)).toContainEqual(['2024-01', '2024-12', 25.0, 'percent-share', null]);
  });
  it('reads a series of years split over two paragraphs', () => {
    expect(tuples("Ningbo port in charts\nNingbo, 10 January 2023\n\nContainer throughput, million TEU\n\n2019 27.5 | 2020 28.7\n\n2021 31.1 | 2022 33.4\n\nThe port kept growing.", '2023-01-10')).toContainEqual(['2021-01', '2021-12', 31.1e6, 'TEU', null]);
  });
  it('reads shares of markets split over two paragraphs', () => {
    expect(releaseRows("Malaysia's exports by market\nKuala Lumpur, 20 January 2026\n\nExports by market, 2025, share %\n\nSingapore 14.2 · China 12.6 · Hong Kong 6.1\n\nUnited States 11.9 · Japan 5.8 · Taiwan 4.7\n\nElectronics led the rise.", '2026-01-20').map((r) => [r.partner, r.value, r.flow])).toContainEqual(['United States', 11.9, 'export']);
  });
  it('reads months split over two paragraphs', () => {
    expect(tuples("Guangxi's trade with ASEAN, charted\nNanning, 12 July 2025\n\nMonthly exports to ASEAN, yuan bn, 2025\n\nJan 38.8 · Feb 30.2 · Mar 41.1\n\nApr 41.6 · May 42.0 · Jun 43.5\n\nFruit trade picked up in spring.", '2025-07-12')).toContainEqual(['2025-04', '2025-04', 41.6e9, 'CNY', null]);
  });
  it('takes no caption over a paragraph of prose between the items (near miss)', () => {
    expect(releaseRows("Malaysia's exports by market\nKuala Lumpur, 20 January 2026\n\nExports by market, 2025, share %\n\nSingapore 14.2 · China 12.6\n\nThe shares are rounded.\n\nUnited States 11.9 · Japan 5.8", '2026-01-20').some((r) => r.value === 11.9)).toBe(false);
  });
  it('takes no sentence over the items for their caption (near miss)', () => {
    expect(releaseRows("Malaysia's exports by market\nKuala Lumpur, 20 January 2026\n\nExports grew in every market last year.\n\nSingapore 14.2 · China 12.6 · Hong Kong 6.1\n\nUnited States 11.9 · Japan 5.8 · Taiwan 4.7", '2026-01-20').some((r) => r.value === 11.9)).toBe(false);
  });
});

describe('a round scale a note says the numbers are written in is no amount', () => {
  const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);
  it('sets aside "Note: figures in 100 million yuan unless stated"', () => {
    expect(values('Fujian trade, charted\n2026-03-11\n\nFujian exports rose 8.2% in the first two months.\n\nNote: figures in 100 million yuan unless stated. Source: Fuzhou Customs.', '2026-03-11')).not.toContain(1e8);
  });
  it('sets aside "monthly data labels in ten-thousand TEU, rounded"', () => {
    expect(values('Qingdao port in numbers\nQingdao, 5 January 2025\n\nThe port handled 30.87 million TEU in 2024, up 7 percent.\n\nNote: monthly data labels in ten-thousand TEU, rounded.', '2025-01-05')).not.toContain(10000);
  });
  it('sets aside "All values are in 10,000 tonnes"', () => {
    expect(values('Grain imports, charted\n2025-02-10\n\nGrain imports fell 2.3% in January.\n\nAll values are in 10,000 tonnes.', '2025-02-10')).not.toContain(10000);
  });
  it('sets aside "Numbers are given in 1,000 US dollars"', () => {
    expect(values('Mongolia trade, charted\nUlaanbaatar, 10 February 2025\n\nExports grew 4.1% in January.\n\nNumbers are given in 1,000 US dollars.', '2025-02-10')).not.toContain(1000);
  });
  it('sets aside "quantities shown in 1,000 tonnes"', () => {
    expect(values('Fish exports, charted\nOslo, 6 February 2025\n\nSalmon exports grew 6% in January.\n\nQuantities shown in 1,000 tonnes; values in million kroner.', '2025-02-06')).not.toContain(1000);
  });
  it('keeps a round amount the goods reached (near miss)', () => {
    expect(values('Fish exports\nOslo, 6 February 2025\n\nExport volumes rose to 10,000 tonnes in January, up 6%.', '2025-02-06')).toContain(10000);
  });
  it('keeps a round amount that comes after a period named after "figures in" (near miss)', () => {
    expect(values('Fish exports\nOslo, 6 February 2025\n\nFigures in January show exports of 1,000 tonnes of trout, up 6%.', '2025-02-06')).toContain(1000);
  });
});
