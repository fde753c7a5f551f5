/**
 * Rules widened in the fixing round for b274 (transfer test 12): each phenomenon in several frames of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const yoyOf = (text: string, published: string) => releaseRows(text, published).filter((r) => r.value !== null && r.measure === 'value').map((r) => [r.value, r.yoy_pct]);

describe('several pointers of one sentence split a list of levels among them', () => {
  it('reads "the first two ..., while the latter ..." after a list of three', () => {
    const text = 'XIAMEN, Jan. 20 -- In 2025, trade with ASEAN, the EU and Japan came to 210.4 billion yuan, 160.2 billion yuan and 55.1 billion yuan. The first two grew 6.1 percent and 3.3 percent, while the latter shrank 2.5 percent.';
    expect(yoyOf(text, '2026-01-20')).toEqual([[210.4e9, 6.1], [160.2e9, 3.3], [55.1e9, -2.5]]);
  });
  it('reads "the former ... and the other two ..." after a list of three', () => {
    const text = 'KUNMING, July 18 -- In the first half of 2026, exports to Vietnam, Laos and Myanmar reached 41.2 billion yuan, 12.8 billion yuan and 9.6 billion yuan. The former rose 12.4%, and the other two fell 4.1% and 7.9%.';
    expect(yoyOf(text, '2026-07-18')).toEqual([[41.2e9, 12.4], [12.8e9, -4.1], [9.6e9, -7.9]]);
  });
  it('reads "the top two ...; the third ..." with a semicolon between the pointers', () => {
    const text = 'NANJING, Oct. 21 -- In the first three quarters of 2026, imports from South Korea, Japan and Australia stood at 180.3 billion yuan, 120.7 billion yuan and 70.2 billion yuan. The top two gained 2.2 percent and 1.4 percent; the third lost 9.8 percent.';
    expect(yoyOf(text, '2026-10-21')).toEqual([[180.3e9, 2.2], [120.7e9, 1.4], [70.2e9, -9.8]]);
  });
  it('reads "the first ..., the second ... and the rest ..." after a list of four', () => {
    const text = 'HEFEI, Feb. 3 -- Last year, the province\'s trade with the EU, the US, ASEAN and Africa totalled 150.0 billion yuan, 130.0 billion yuan, 110.0 billion yuan and 30.0 billion yuan. The first expanded 5.0 percent, the second 1.0 percent and the rest 8.0 percent and 12.0 percent.';
    expect(yoyOf(text, '2026-02-03')).toEqual([[150e9, 5], [130e9, 1], [110e9, 8], [30e9, 12]]);
  });
  it('reads "the leading two ..., the last ..." with no conjunction before the second pointer', () => {
    const text = 'JINAN, July 20 -- Exports to the United States, the EU and Russia in the first half of 2026 were 95.5 billion yuan, 88.1 billion yuan and 40.9 billion yuan. The leading two increased 3.5 percent and 4.0 percent, the last 21.0 percent.';
    expect(yoyOf(text, '2026-07-20')).toEqual([[95.5e9, 3.5], [88.1e9, 4], [40.9e9, 21]]);
  });
  it('leaves the growths unpaired when a pointer has fewer percentages than places', () => {
    const text = 'XIAMEN, Jan. 20 -- In 2025, trade with ASEAN, the EU and Japan came to 210.4 billion yuan, 160.2 billion yuan and 55.1 billion yuan. The first two grew 6.1 percent, while the latter shrank 2.5 percent and 1.1 percent.';
    expect(yoyOf(text, '2026-01-20')).toEqual([[210.4e9, null], [160.2e9, null], [55.1e9, null]]);
  });
  it('does not read "the first half" or "the last time" as a pointer beside one', () => {
    const text = 'XIAMEN, Jan. 20 -- In 2025, trade with ASEAN, the EU and Japan came to 210.4 billion yuan, 160.2 billion yuan and 55.1 billion yuan. The first two grew 6.1 percent and 3.3 percent in the first half, the last time 2.5 percent.';
    expect(yoyOf(text, '2026-01-20').map(([, yoy]) => yoy)).not.toContain(2.5);
  });
});

describe('the prices a level is valued at do not make the change after them a price change', () => {
  const rowOf = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
  it('reads "at current prices, up p"', () => {
    expect(rowOf('NANNING, Jan. 24 -- In 2025, imports and exports of the region totalled 720.4 billion yuan at current prices, up 3.9 percent.', '2026-01-24')).toContainEqual(['2025-01', '2025-12', 720.4e9, 'CNY', 3.9]);
  });
  it('reads "in current prices, an increase of p"', () => {
    expect(rowOf('HOHHOT, Jan. 30 -- The region\'s exports in 2025 came to 81.2 billion yuan in current prices, an increase of 6.4 percent, the statistics bureau said.', '2026-01-30')).toContainEqual(['2025-01', '2025-12', 81.2e9, 'CNY', 6.4]);
  });
  it('reads "at current market prices (a fall of p)" after a comma', () => {
    expect(rowOf('LHASA, Jan. 28 -- Tibet\'s foreign trade reached 9.3 billion yuan in 2025 at current market prices, a fall of 2.1 percent.', '2026-01-28')).toContainEqual(['2025-01', '2025-12', 9.3e9, 'CNY', -2.1]);
  });
  it('reads "at prevailing prices, down p" in a statistical bulletin', () => {
    expect(rowOf('XINING, Feb. 20 -- Imports of the whole province were 3.6 billion yuan in 2025 at prevailing prices, down 11.2 percent over the previous year.', '2026-02-20')).toContainEqual(['2025-01', '2025-12', 3.6e9, 'CNY', -11.2]);
  });
  it('reads "in nominal prices, rising p"', () => {
    expect(rowOf('YINCHUAN, Jan. 26 -- In 2025 the region\'s trade totalled 21.7 billion yuan in nominal prices, rising 8.8 percent.', '2026-01-26')).toContainEqual(['2025-01', '2025-12', 21.7e9, 'CNY', 8.8]);
  });
  it('still reads a change after higher prices as the prices\' change', () => {
    expect(rowOf('JAKARTA, Feb. 5 -- Coal exports earned 4.2 billion dollars in 2025 at higher prices, up 18 percent.', '2026-02-05')).not.toContainEqual(['2025-01', '2025-12', 4.2e9, 'USD', 18]);
  });
  it('still reads a change after the prices of some goods as the prices\' change', () => {
    expect(rowOf('HANOI, Jan. 6 -- Coffee exports fetched 5.6 billion dollars in 2025 on the prices of robusta beans, up 31 percent.', '2026-01-06')).not.toContainEqual(['2025-01', '2025-12', 5.6e9, 'USD', 31]);
  });
});

describe('a verb of multiplying with no level in its sentence is a growth row on its own', () => {
  const lead = 'BEIJING, Nov. 8 -- China\'s goods trade climbed 4.6 percent year on year to 3.71 trillion yuan in October. ';
  const growths = (text: string) => releaseRows(`${lead}${text}`, '2025-11-08').filter((r) => r.value === null).map((r) => r.yoy_pct);
  it('reads an active "halved" closing the sentence', () => {
    expect(growths('Exports to India halved.')).toEqual([-50]);
  });
  it('reads a passive "were halved" with its base after it', () => {
    expect(growths('Purchases of Australian barley were halved from a year earlier.')).toEqual([-50]);
  });
  it('reads a perfect "have doubled" before a clause joined by "while"', () => {
    expect(growths('Arrivals of coal have doubled, while iron ore shipments held steady.')).toEqual([100]);
  });
  it('reads "tripled in volume" with the basis of the change after it', () => {
    expect(growths('Shipments of lithium carbonate abroad tripled in volume.')).toEqual([200]);
  });
  it('reads "quadrupled on the year" and a fraction "in value terms" in one sentence', () => {
    expect(growths('Solar panel exports to Africa quadrupled on the year, and those to Europe fell by a fifth in value terms.')).toEqual([300, -20]);
  });
  it('reads no change from a hedged multiple ("more than doubled", "nearly halved")', () => {
    expect(growths('Copper exports more than doubled, while imports of beef nearly halved.')).toEqual([]);
  });
  it('reads no change from a multiple with an object ("doubled its capacity")', () => {
    expect(growths('The border crossing doubled its handling capacity.')).toEqual([]);
  });
});

describe('a change by a fraction in words may name the measure it is of after it', () => {
  const lead = 'BEIJING, Nov. 8 -- China\'s goods trade climbed 4.6 percent year on year to 3.71 trillion yuan in October. ';
  const growths = (text: string) => releaseRows(`${lead}${text}`, '2025-11-08').filter((r) => r.value === null).map((r) => r.yoy_pct);
  it('reads "fell by a quarter in volume from a year before"', () => {
    expect(growths('Outbound shipments of rare earths fell by a quarter in volume from a year before.')).toEqual([-25]);
  });
  it('reads "rose by a fifth in value"', () => {
    expect(growths('Exports of tea rose by a fifth in value.')).toEqual([20]);
  });
  it('reads "dropped by half in quantity terms"', () => {
    expect(growths('Purchases of iron ore from Brazil dropped by half in quantity terms.')).toEqual([-50]);
  });
  it('reads "an increase of a tenth in tonnage"', () => {
    expect(growths('Coal arrivals showed an increase of a tenth in tonnage.')).toEqual([10]);
  });
  it('reads "were down by three quarters in dollar terms"', () => {
    expect(growths('Shipments of soybeans to Europe were down by three quarters in dollar terms.')).toEqual([-75]);
  });
  it('reads no change from "a quarter in" a period (near miss: the fraction is not followed by a measure)', () => {
    expect(growths('Exports of steel fell by a quarter in the first months of the year.')).toEqual([]);
  });
  it('reads no change from a fraction of a whole "in value" (near miss)', () => {
    expect(growths('A quarter of the steel, in value, went to ASEAN.')).toEqual([]);
  });
});

describe('an index column naming its flow is that flow\'s change, wherever it stands', () => {
  const tuples = (text: string, published: string) => releaseRows(text, published).filter((r) => r.value !== null).map((r) => [r.flow, r.value, r.yoy_pct]);
  it('reads "Exports index (previous year = 100)" after a balance column', () => {
    const text = 'Trade of the bloc: March 2026\n\nTable 2. Trade by partner, March 2026 (EUR billion)\n\nPartner        Exports   Imports   Net trade   Exports index (previous year = 100)\nExtra-EU        190.0     180.0       10.0       104.5\nJapan             7.0       6.0        1.0        98.0\n';
    expect(tuples(text, '2026-05-15')).toEqual([['export', 190e9, 4.5], ['import', 180e9, null], ['balance', 10e9, null], ['export', 7e9, -2], ['import', 6e9, null], ['balance', 1e9, null]]);
  });
  it('reads "Index of imports (same period of the previous year = 100)" after the export column', () => {
    const text = 'Foreign trade, January-June 2026\n\nTable 1. Trade with main partners, January-June 2026 (USD million)\n\nCountry      Imports    Exports    Index of imports (same period of the previous year = 100)\nChina         5200.0     1800.0     112.0\nGermany       2100.0      900.0      95.5\n';
    expect(tuples(text, '2026-08-10')).toEqual([['import', 5200e6, 12], ['export', 1800e6, null], ['import', 2100e6, -4.5], ['export', 900e6, null]]);
  });
  it('reads "Exports, index, previous year=100" with the base after a comma', () => {
    const text = 'Trade in goods, April 2026\n\nTable 3. Main partners, April 2026 (EUR million)\n\nPartner      Exports    Imports    Exports, index, previous year=100\nFrance        820.5      640.2      101.2\nItaly         410.0      530.8      90.0\n';
    expect(tuples(text, '2026-06-09').filter(([flow]) => flow === 'export')).toEqual([['export', 820.5e6, 1.2], ['export', 410e6, -10]]);
  });
  it('reads two flows\' indexes each on its own flow', () => {
    const text = 'Trade in goods, May 2026\n\nTable 1. Trade by partner, May 2026 (EUR billion)\n\nPartner      Exports    Imports    Imports index (previous year = 100)    Exports index (previous year = 100)\nWorld          50.0       45.0       110.0       97.0\nChina           5.0       12.0       120.0       80.0\n';
    expect(tuples(text, '2026-07-15')).toEqual([['export', 50e9, -3], ['import', 45e9, 10], ['export', 5e9, -20], ['import', 12e9, 20]]);
  });
  it('reads "Export value index (prior year = 100)" naming the measure before the word index', () => {
    const text = 'External trade, February 2026\n\nTable 4. Trade by partner, February 2026 (USD million)\n\nPartner     Exports    Imports    Export value index (prior year = 100)\nIndia        300.0      450.0      125.0\nBrazil       200.0      150.0       88.0\n';
    expect(tuples(text, '2026-04-02').filter(([flow]) => flow === 'export')).toEqual([['export', 300e6, 25], ['export', 200e6, -12]]);
  });
  it('reads no change from an index on a fixed base year (near miss: "2015 = 100")', () => {
    const text = 'Trade of the bloc: March 2026\n\nTable 2. Trade by partner, March 2026 (EUR billion)\n\nPartner        Exports   Imports   Exports index (2015 = 100)\nExtra-EU        190.0     180.0       140.5\nJapan             7.0       6.0        98.0\n';
    expect(tuples(text, '2026-05-15').map(([, , yoy]) => yoy).filter((y) => y !== null)).toEqual([]);
  });
  it('reads no flow index from a price index head (near miss: "Export price index (previous year = 100)")', () => {
    const text = 'Trade of the bloc: March 2026\n\nTable 2. Trade by partner, March 2026 (EUR billion)\n\nPartner        Exports   Imports   Export price index (previous year = 100)\nExtra-EU        190.0     180.0       103.5\nJapan             7.0       6.0        98.0\n';
    expect(tuples(text, '2026-05-15').map(([, , yoy]) => yoy).filter((y) => y !== null)).toEqual([]);
  });
});

describe('a cell marked as having no figure leaves the rest of an aligned table\'s row readable', () => {
  const tuples = (text: string, published: string) => releaseRows(text, published).filter((r) => r.value !== null).map((r) => [r.flow, r.value]);
  const table = (last: string) => `Trade in goods, March 2026\n\nTable 1. Trade by partner, March 2026 (EUR billion)\n\nPartner          Exports   Imports   Net trade\nUnited States      41.0      23.0       18.0\n${last}\n`;
  it('reads a row with ".." and "x" cells', () => {
    expect(tuples(table('Russia              3.5        ..          x'), '2026-05-15')).toContainEqual(['export', 3.5e9]);
  });
  it('reads a row with "n.a." for the imports', () => {
    expect(tuples(table('Belarus             0.4      n.a.          x'), '2026-05-15')).toContainEqual(['export', 0.4e9]);
  });
  it('reads a row whose export cell is a dash', () => {
    expect(tuples(table('Iran                 -        1.2          x'), '2026-05-15')).toContainEqual(['import', 1.2e9]);
  });
  it('reads a row with Eurostat\'s colon for the balance', () => {
    expect(tuples(table('Syria               0.1       0.2          :'), '2026-05-15')).toEqual(expect.arrayContaining([['export', 0.1e9], ['import', 0.2e9]]));
  });
  it('reads a row with an ellipsis for the exports', () => {
    expect(tuples(table('North Korea           …       0.3          x'), '2026-05-15')).toContainEqual(['import', 0.3e9]);
  });
  it('still reads no row from a line whose cell is words (near miss: "see note")', () => {
    expect(tuples(table('Cuba                0.2    see note        0.1'), '2026-05-15')).not.toContainEqual(['export', 0.2e9]);
  });
  it('still gives no figure for the marked cells (near miss: ".." is no zero)', () => {
    expect(tuples(table('Russia              3.5        ..          x'), '2026-05-15').filter(([, v]) => v === 0)).toEqual([]);
  });
});
