/**
 * Rules of the fixing round for the oldest leftovers and the lead's label rulings (a152): each frame in several phrasings
 * of our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const withValue = (rows: ObservationDraft[], value: number | null) => rows.filter((r) => r.value === value);

describe('a bracketed note after a balance, past a semicolon, that names the balance again carries its change', () => {
  it('reads a table line: "Balance: -¥4,213.7 billion (fifth year of deficit; the deficit narrowed by 52.3%)"', () => {
    const rows = releaseRows('TOKYO, Jan. 22 -- Calendar year 2025.\nBalance: -¥4,213.7 billion (fifth straight year of deficit; the deficit narrowed by 52.3%)', '2026-01-22');
    expect(rows.filter((r) => r.flow === 'balance').map(levelTuple)).toEqual([['2025-01', '2025-12', -4213.7e9, 'JPY', -52.3]]);
  });
  it('reads a gap with its month between, the shortfall named again', () => {
    const rows = releaseRows('MANILA, Dec. 6 -- The trade gap stood at $3.1 billion in October (a third monthly shortfall in a row; the shortfall shrank 12 percent from a year earlier).', '2026-12-06');
    expect(rows.map(levelTuple)).toEqual([['2026-10', '2026-10', -3.1e9, 'USD', -12]]);
  });
  it('reads a pronoun as the subject of the note', () => {
    const rows = releaseRows('BEIJING, Dec. 6 -- The surplus came to 45.2 billion yuan in November (the highest since 2019; it widened 8.4% year on year).', '2026-12-06');
    expect(rows.map(levelTuple)).toEqual([['2026-11', '2026-11', 45.2e9, 'CNY', 8.4]]);
  });
  it('reads a note with no subject at all', () => {
    const rows = releaseRows('PARIS, Dec. 6 -- Trade balance for October: a deficit of EUR 6.1 billion (provisional; narrowed by 9.5% on the year).', '2026-12-06');
    expect(rows.map(levelTuple)).toEqual([['2026-10', '2026-10', -6.1e9, 'EUR', -9.5]]);
  });
  it('reads "the surplus grew" after a note on the revision', () => {
    const rows = releaseRows('SEOUL, Dec. 6 -- The merchandise balance showed a surplus of 2.4 trillion won in November (revised figure; the surplus grew 14.1 per cent).', '2026-12-06');
    expect(rows.map(levelTuple)).toEqual([['2026-11', '2026-11', 2.4e12, 'KRW', 14.1]]);
  });
  it('does not join a note on another flow to the level (near miss)', () => {
    const rows = releaseRows('SEOUL, Dec. 6 -- Exports reached 52.4 billion dollars in November (a record for the month; imports fell 4.1 percent).', '2026-12-06');
    expect(withValue(rows, 52.4e9)[0]?.yoy_pct).toBeNull();
  });
  it('does not join a balance named in a note to a level of exports (near miss)', () => {
    const rows = releaseRows('SEOUL, Dec. 6 -- Exports reached 52.4 billion dollars in November (a record for the month; the surplus grew 4.1 percent).', '2026-12-06');
    expect(withValue(rows, 52.4e9)[0]?.yoy_pct).toBeNull();
  });
});

describe("a country's bill for a fuel is its imports of the fuel; in France's releases, the net deficit in it", () => {
  const balances = (rows: ObservationDraft[]) => rows.filter((r) => r.flow === 'balance').map(levelTuple);
  const imports = (rows: ObservationDraft[]) => rows.filter((r) => r.flow === 'import').map(levelTuple);
  it('reads "the energy bill eased to ... from ..." in a French release as two deficits', () => {
    const rows = releaseRows("PARIS, Dec. 6 -- France's energy bill eased to 4.1 billion euros in October from 5.0 billion a year earlier.", '2026-12-06');
    expect(balances(rows)).toEqual([['2026-10', '2026-10', -4.1e9, 'EUR', null], ['2025-10', '2025-10', -5e9, 'EUR', null]]);
  });
  it('reads "the oil bill swelled to" with a dollar amount as imports', () => {
    const rows = releaseRows("NEW DELHI, Dec. 6 -- The country's oil bill swelled to $14.2 billion in November, the commerce ministry said.", '2026-12-06');
    expect(imports(rows)).toEqual([['2026-11', '2026-11', 14.2e9, 'USD', null]]);
    expect(balances(rows)).toEqual([]);
  });
  it('reads plural "fuel bills came to" with its change as imports', () => {
    const rows = releaseRows('ATHENS, Dec. 6 -- In the first ten months, fuel bills came to 6.3 billion euros, down 11 percent on the year.', '2026-12-06');
    expect(imports(rows)).toEqual([['2026-01', '2026-10', 6.3e9, 'EUR', -11]]);
  });
  it('reads "paid a gas bill of" as the object of a verb, imports', () => {
    const rows = releaseRows('MADRID, Dec. 6 -- Spain paid a gas bill of 1.9 billion euros in October, official data showed.', '2026-12-06');
    expect(imports(rows)).toEqual([['2026-10', '2026-10', 1.9e9, 'EUR', null]]);
  });
  it('reads the amount fronted before "the petroleum bill" in a French release as the deficit', () => {
    const rows = releaseRows('PARIS, Dec. 6 -- Exports rose to 50.2 billion euros in October. At 2.7 billion euros, the petroleum bill was the lowest since 2021.', '2026-12-06');
    expect(balances(rows)).toEqual([['2026-10', '2026-10', -2.7e9, 'EUR', null]]);
  });
  it('reads "the oil import bill" as imports, no balance (near miss)', () => {
    const rows = releaseRows('NEW DELHI, Dec. 6 -- The oil import bill rose to $14.2 billion in November.', '2026-12-06');
    expect(rows.map((r) => [r.flow, r.value])).toEqual([['import', 14.2e9]]);
  });
  it('reads a fuel bill in a paragraph on imports by use as those imports (near miss)', () => {
    const rows = releaseRows('QUITO, Nov. 20 -- By use, imports of raw materials came to 4.2 billion dollars in October and machinery 1.9 billion dollars. The fuel bill dropped 6.1 percent to 0.8 billion dollars.', '2026-11-20');
    expect(rows.filter((r) => r.value === 0.8e9).map((r) => [r.flow, r.yoy_pct])).toEqual([['import', -6.1]]);
  });
  it("does not read households' energy bills as a balance (near miss)", () => {
    const rows = releaseRows("BERLIN, Dec. 6 -- Households' energy bills rose 12 percent in November, the statistics office said, while exports reached 130.1 billion euros.", '2026-12-06');
    expect(rows.filter((r) => r.flow === 'balance')).toEqual([]);
  });
});

describe("a part of a total's growth, its owner named or not, is no share row", () => {
  const shares = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'percent-share');
  it('reads "contributing 27.3 percent of China\'s foreign trade growth" in a trailing participle', () => {
    const rows = releaseRows("GUANGZHOU, Oct. 20 -- Guangdong's foreign trade reached 6.8 trillion yuan in the first three quarters, contributing 27.3 percent of China's foreign trade growth during the period.", '2025-10-20');
    expect(shares(rows)).toEqual([]);
    expect(rows.map(levelTuple)).toEqual([['2025-01', '2025-09', 6.8e12, 'CNY', null]]);
  });
  it('reads "making up ... of national import growth" with no determiner', () => {
    const rows = releaseRows("CHENGDU, Dec. 6 -- Sichuan's imports rose 9 percent to 300 billion yuan this year, making up 15.2 per cent of national import growth.");
    expect(shares(rows)).toEqual([]);
  });
  it('reads "accounted for 22% of total export growth" before the level', () => {
    const rows = releaseRows('JAKARTA, Dec. 6 -- Palm oil accounted for 22% of total export growth in November, while exports reached 24.1 billion dollars.');
    expect(shares(rows)).toEqual([]);
  });
  it('reads "provided 60 percent of Chile\'s export gain" after an aside', () => {
    const rows = releaseRows("SANTIAGO, Dec. 6 -- Copper shipments, at 4.2 billion dollars in November, provided 60 percent of Chile's export gain.");
    expect(shares(rows)).toEqual([]);
  });
  it('reads "of northern China\'s export rise" with a region as the owner', () => {
    const rows = releaseRows("TIANJIN, Dec. 6 -- Tianjin's shipments made up 8.4 percent of northern China's export rise this year, at 412 billion yuan, the customs said.");
    expect(shares(rows)).toEqual([]);
  });
  it('keeps a share of exports to "growth markets" (near miss)', () => {
    const rows = releaseRows('SEOUL, Dec. 6 -- Exports reached 52.4 billion dollars in November; chips made up 20 percent of exports to growth markets.');
    expect(shares(rows).map((r) => r.value)).toEqual([20]);
  });
  it("keeps a share of the country's exports followed by its rise (near miss)", () => {
    const rows = releaseRows("SEOUL, Dec. 6 -- Exports reached 52.4 billion dollars in November; China took 20 percent of the country's exports, a rise from 18 percent.");
    expect(shares(rows).map((r) => r.value)).toContain(20);
  });
});

describe("a dashed pair's trade is reported by the side whose customs give the figures", () => {
  const first = (rows: ObservationDraft[]) => rows.map((r) => [r.area, r.partner, r.flow])[0];
  it('reads "Kazakhstan-China trade ... - Chinese customs" in a headline as China\'s', () => {
    const rows = releaseRows('Kazakhstan-China trade up 4% in ten months - Chinese customs\n\nASTANA, Nov. 8 -- Trade between the two countries reached 35.2 billion dollars in January-October, according to the General Administration of Customs of China.', '2026-11-08');
    expect(first(rows)).toEqual(['China', 'Kazakhstan', 'total']);
  });
  it('reads an en-dashed pair with "GACC data show"', () => {
    const rows = releaseRows('Vietnam–China turnover rises 12% in January-November, GACC data show\n\nHANOI, Dec. 6 -- The two neighbours keep trading more.', '2026-12-06');
    expect(first(rows)).toEqual(['China', 'Vietnam', 'total']);
  });
  it('reads "China\'s customs say" closing the headline', () => {
    const rows = releaseRows("Mongolia-China trade hits record, China's customs say\n\nULAANBAATAR, Dec. 6 -- In January-November, trade between the two countries was 16.2 billion dollars.", '2026-12-06');
    expect(first(rows)).toEqual(['China', 'Mongolia', 'total']);
  });
  it('reads the customs cited at the end of the same sentence', () => {
    const rows = releaseRows('MOSCOW, Dec. 6 -- Russia-China trade fell 3 percent to 210 billion dollars in January-November, according to the General Administration of Customs of China.', '2026-12-06');
    expect(first(rows)).toEqual(['China', 'Russia', 'total']);
  });
  it('reads the release\'s one cited source in its lead for a later dashed pair', () => {
    const rows = releaseRows('BEIJING, Dec. 6 -- China\'s exports rose 5 percent in November, the General Administration of Customs said.\n\nLaos-China trade came to 7.1 billion dollars in January-November.', '2026-12-06');
    expect(rows.filter((r) => r.value === 7.1e9).map((r) => [r.area, r.partner])).toEqual([['China', 'Laos']]);
  });
  it("keeps the first side when the other side's own customs are cited (near miss)", () => {
    const rows = releaseRows("MOSCOW, Dec. 6 -- Russia-China trade fell 3 percent to 210 billion dollars in January-November, Russia's customs service said.", '2026-12-06');
    expect(first(rows)).toEqual(['Russia', 'China', 'total']);
  });
  it('keeps the first side when no customs are cited (near miss)', () => {
    const rows = releaseRows('ASTANA, Dec. 6 -- Kazakhstan-Uzbekistan trade rose 7 percent to 4.3 billion dollars in January-October.', '2026-12-06');
    expect(first(rows)).toEqual(['Kazakhstan', 'Uzbekistan', 'total']);
  });
});

describe("goods from one side of a pair, in the paragraph on the pair's trade, went to the other side", () => {
  const partnerOf = (rows: ObservationDraft[], value: number) => rows.filter((r) => r.value === value).map((r) => [r.area, r.partner, r.flow]);
  it('reads "Supplies from China" after "turnover between the two countries"', () => {
    const rows = releaseRows('BEIJING, Sept. 7 -- Trade between Russia and China in January-August amounted to 158.2 billion dollars, according to the General Administration of Customs of China. In August, turnover between the two countries was 20.4 billion dollars. Supplies from China in August amounted to around 9.4 billion dollars.', '2026-09-07');
    expect(partnerOf(rows, 9.4e9)).toEqual([['China', 'Russia', 'export']]);
  });
  it('reads "Deliveries from Kazakhstan" after its trade with a named partner', () => {
    const rows = releaseRows("ASTANA, Dec. 6 -- Kazakhstan's trade with Uzbekistan reached 3.9 billion dollars in January-October, the statistics bureau said. Deliveries from Kazakhstan came to 2.6 billion dollars.", '2026-12-06');
    expect(partnerOf(rows, 2.6e9)).toEqual([['Kazakhstan', 'Uzbekistan', 'export']]);
  });
  it('reads "Shipments out of Chile"', () => {
    const rows = releaseRows("SANTIAGO, Dec. 6 -- Chile's trade with China came to 5.5 billion dollars in October, customs said. Shipments out of Chile were worth 3.8 billion dollars in the month.", '2026-12-06');
    expect(partnerOf(rows, 3.8e9)).toEqual([['Chile', 'China', 'export']]);
  });
  it('reads "Exports from Brazil"', () => {
    const rows = releaseRows("BRASILIA, Dec. 6 -- Brazil's trade with Argentina was 2.4 billion dollars in November, the ministry said. Exports from Brazil amounted to 1.3 billion dollars.", '2026-12-06');
    expect(partnerOf(rows, 1.3e9)).toEqual([['Brazil', 'Argentina', 'export']]);
  });
  it('reads "Goods exported from Mongolia" with a participle', () => {
    const rows = releaseRows("ULAANBAATAR, Dec. 6 -- Mongolia's trade with China totalled 14.8 billion dollars in January-November, the customs office said. Goods exported from Mongolia came to 11.9 billion dollars.", '2026-12-06');
    expect(partnerOf(rows, 11.9e9)).toEqual([['Mongolia', 'China', 'export']]);
  });
  it('does not carry the partner into a new paragraph (near miss)', () => {
    const rows = releaseRows("BRASILIA, Dec. 6 -- Brazil's trade with Argentina was 2.4 billion dollars in November, the ministry said.\n\nExports from Brazil amounted to 31.3 billion dollars in the month.", '2026-12-06');
    expect(partnerOf(rows, 31.3e9)).toEqual([['Brazil', 'World', 'export']]);
  });
  it('keeps a destination the sentence names (near miss)', () => {
    const rows = releaseRows("BRASILIA, Dec. 6 -- Brazil's trade with Argentina was 2.4 billion dollars in November, the ministry said. Exports from Brazil to Chile amounted to 1.3 billion dollars.", '2026-12-06');
    expect(partnerOf(rows, 1.3e9)).toEqual([['Brazil', 'Chile', 'export']]);
  });
});

describe("a headline's share that the body says again for a span ending in the same month is one share, dated like the body's", () => {
  const shares = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'percent-share').map((r) => [r.period_start, r.period_end, r.value, r.partner]);
  it('reads "Chile\'s Share Edges Up to 31%" over "of which ..., or 31% of the total"', () => {
    const rows = releaseRows("China's November Copper Ore Imports Rise; Chile's Share Edges Up to 31%\n\nBEIJING, Dec. 18 -- China imported 2.6 million tonnes of copper concentrate in November. From January to November, imports came to 27.1 million tonnes, of which 8.4 million tonnes came from Chile, or 31% of the total.", '2026-12-18');
    expect(shares(rows)).toEqual([['2026-01', '2026-11', 31, 'Chile']]);
  });
  it('reads "Brazil\'s Share Reaches 72%" over "a 72 percent share"', () => {
    const rows = releaseRows("China's October Soybean Imports Slip; Brazil's Share Reaches 72%\n\nBEIJING, Nov. 20 -- In the first ten months, China bought 88.1 million tonnes of soybeans. Brazil supplied 63.4 million tonnes of them, a 72 percent share.", '2026-11-20');
    expect(shares(rows)).toEqual([['2026-01', '2026-10', 72, 'Brazil']]);
  });
  it('reads "Australia\'s Share Slips to 64%" over "accounted for 64% of them"', () => {
    const rows = releaseRows("Japan's September Coal Imports Fall; Australia's Share Slips to 64%\n\nTOKYO, Oct. 20 -- Japan's coal imports in January-September totalled 120.5 million tonnes; Australia accounted for 64% of them, at 77.1 million tonnes.", '2026-10-20');
    expect(shares(rows)).toEqual([['2026-01', '2026-09', 64, 'Australia']]);
  });
  it('reads "Russia\'s Share Holds at 38%" over a half-year share', () => {
    const rows = releaseRows("India's June Crude Imports Steady; Russia's Share Holds at 38%\n\nNEW DELHI, July 15 -- India imported 118.2 million tonnes of crude in the first half of the year; imports from Russia were 44.9 million tonnes, accounting for 38% of the total.", '2026-07-15');
    expect(shares(rows)).toEqual([['2026-01', '2026-06', 38, 'Russia']]);
  });
  it('reads a colon headline "China\'s share at 52%" over exports', () => {
    const rows = releaseRows("Chile's October copper exports: China's share at 52%\n\nSANTIAGO, Nov. 7 -- In January-October, Chile exported 41.2 billion dollars of copper, with shipments to China at 21.4 billion dollars, or 52% of the total.", '2026-11-07');
    expect(shares(rows)).toEqual([['2026-01', '2026-10', 52, 'China']]);
  });
  it('keeps one share of the month when the body dates it to the same month (near miss)', () => {
    const rows = releaseRows("China's October Bauxite Imports Hit a Record; Guinea's Share Climbs to 78%\n\nBEIJING, Nov. 21 -- China imported 20.14 million tonnes of bauxite in October. Imports from Guinea were 15.71 million tonnes, 78% of the total.", '2026-11-21');
    expect(shares(rows)).toEqual([['2026-10', '2026-10', 78, 'Guinea']]);
  });
  it("keeps the headline's share when the body's share differs (near miss)", () => {
    const rows = releaseRows("Japan's September Coal Imports Fall; Australia's Share Slips to 66%\n\nTOKYO, Oct. 20 -- Japan's coal imports in January-September totalled 120.5 million tonnes; Australia accounted for 64% of them, at 77.1 million tonnes.", '2026-10-20');
    expect(shares(rows).map((r) => r[2]).sort()).toEqual([64, 66]);
  });
});

describe("the trains' haul is both ways when the next sentence of its paragraph names what went each way", () => {
  const lead = "XI'AN, April 9 -- The city's hub dispatched 657 freight trains to Europe in the first quarter, up 46 percent. ";
  const flowOf = (text: string, value: number) => releaseRows(lead + text, '2026-04-09').filter((r) => r.value === value).map((r) => r.flow);
  it('reads "Outbound cargo included ..., while inbound services brought in ..."', () => {
    expect(flowOf('The trains hauled 542,000 tonnes of goods in the quarter, an increase of 39.6 percent. Outbound cargo included cars and machinery, while inbound services brought in timber and auto parts.', 542000)).toEqual(['total']);
  });
  it('reads compass words fronted in two clauses after "These services carried"', () => {
    expect(flowOf('These services carried 86,000 TEUs in the quarter. Westbound they took laptops and clothing; eastbound they returned with wine and machinery.', 86000)).toEqual(['total']);
  });
  it('reads "Exported goods ..., and imported goods ..." after "The services shipped"', () => {
    expect(flowOf('The services shipped 64,000 TEUs in the quarter. Exported goods were mainly electronics, and imported goods mainly wine and timber.', 64000)).toEqual(['total']);
  });
  it('reads "Departing boxes ..., and arriving ones ..." after "The runs together transported"', () => {
    expect(flowOf('The runs together transported 45,000 TEUs. Departing boxes held auto parts, and arriving ones held olive oil.', 45000)).toEqual(['total']);
  });
  it('reads participles "Leaving with ... and returning with ..." opening the next sentence', () => {
    expect(flowOf('The trains carried 72,500 TEUs of cargo in the quarter, up 12 percent. Leaving with clothes and returning with milk powder, they ran nearly full.', 72500)).toEqual(['total']);
  });
  it('keeps the way of the trains when the next sentence names one way only (near miss)', () => {
    expect(flowOf('The trains hauled 542,000 tonnes of goods in the quarter. Outbound cargo included cars and machinery.', 542000)).toEqual(['export']);
  });
  it('keeps the way of the trains when both ways are named in a new paragraph (near miss)', () => {
    expect(flowOf('The trains hauled 542,000 tonnes of goods in the quarter.\n\nOutbound cargo included cars and machinery, while inbound services brought in timber and auto parts.', 542000)).toEqual(['export']);
  });
});
