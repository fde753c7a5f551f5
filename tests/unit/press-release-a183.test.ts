/**
 * Rules of the fixing round for b282-01 to b282-07 (reports of international bodies that quote many countries' trade).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a report of a body gathering many reporters: the subject of a sentence owns its figures', () => {
  it('reads a subject with an apposition before its verb ("Brazil, the top farm exporter, shipped")', () => {
    const rows = releaseRows('GENEVA, May 3 - World merchandise trade grew 3 percent last year, the World Trade Organization said in its yearly review.\n\nBrazil, the top farm exporter in the region, shipped $340 billion of goods abroad in 2024, up 2.5 percent. Canada followed.', '2025-05-03');
    expect(row(rows, 340e9)).toMatchObject({ area: 'Brazil', flow: 'export' });
  });
  it('reads a subject "remained" something "with imports of" (a rank, then the figure)', () => {
    const rows = releaseRows('UNCTAD: first-quarter goods trade steady\n\nThe Republic of Korea remained a large buyer of energy, with imports of $142 billion in the first quarter of 2025, UNCTAD said in its quarterly update.', '2025-06-10');
    expect(row(rows, 142e9)).toMatchObject({ area: 'South Korea', flow: 'import' });
  });
  it('reads a subject after an adverb opening the sentence ("Elsewhere, Indonesia posted")', () => {
    const rows = releaseRows('The OECD published its quarterly review of G20 trade on Tuesday.\n\nGermany\'s exports were flat. Elsewhere, Indonesia posted a goods surplus of $9.4 billion in the first quarter of 2025.', '2025-05-20');
    expect(row(rows, 9.4e9)).toMatchObject({ area: 'Indonesia', flow: 'balance' });
  });
  it('reads a subject after "According to" a reporter\'s records in a partner database', () => {
    const rows = releaseRows('Mirror data from the IMF\'s Direction of Trade Statistics shed light on Central Asian trade in 2023.\n\nAccording to Kazakh statistics filed with the Fund, Kazakhstan recorded imports of $2.1 billion from Uzbekistan in 2023, up 14 percent.', '2024-06-01');
    expect(row(rows, 2.1e9)).toMatchObject({ area: 'Kazakhstan', flow: 'import' });
  });
  it('reads a subject of a plain past verb ("Peru earned") in a regional body\'s report', () => {
    const rows = releaseRows('APEC trade trends, 2024 edition\n\nThe Asia-Pacific Economic Cooperation secretariat released its regional trends report on Friday. In 2024, Peru earned $73 billion from exports of goods, 12 percent more than a year earlier.', '2025-04-11');
    expect(row(rows, 73e9)).toMatchObject({ area: 'Peru', flow: 'export' });
  });
  it('does not make a supplier the area in a national release (guard)', () => {
    const rows = releaseRows('BEIJING, March 7 (Xinhua) -- China\'s General Administration of Customs said beef imports rose in the first two months.\n\nBrazil, the top supplier, shipped 112,000 tonnes of beef to China in January-February, up 9 percent.', '2025-03-07');
    expect(row(rows, 112000)?.area).toBe('China');
  });
  it('does not make a buyer taking a share of another\'s exports the area (guard)', () => {
    const rows = releaseRows('UN Comtrade records cover the coal trade of 2023.\n\nAustralia\'s coal exports reached $91 billion in 2023, according to the database. Japan took 24 percent of Australia\'s coal exports by value.', '2024-05-02');
    expect(row(rows, 24)?.area).not.toBe('Japan');
  });
});

describe('a report of many reporters: a whole of them (the world, a region, a bloc) gives no row', () => {
  it('sets aside "global goods trade" opening the sentence', () => {
    const rows = releaseRows('The World Trade Organization published its trade statistics review on Tuesday.\n\nGlobal goods trade expanded 3.1 percent in 2024 to $24.9 trillion. Japan\'s exports slipped 0.8 percent to $707 billion.', '2025-04-15');
    expect(row(rows, 24.9e12)).toBeUndefined();
    expect(row(rows, 707e9)).toMatchObject({ area: 'Japan' });
  });
  it('sets aside "the continent\'s" total after a country figure', () => {
    const rows = releaseRows('Afreximbank released its annual African trade report in Cairo.\n\nKenya\'s exports climbed 6 percent to $8.1 billion in 2023. The continent\'s combined exports, by contrast, fell 4.5 percent to $560 billion.', '2024-06-20');
    expect(row(rows, 560e9)).toBeUndefined();
    expect(row(rows, 8.1e9)).toMatchObject({ area: 'Kenya' });
  });
  it('sets aside trade "among member states" with a relative aside before the verb', () => {
    const rows = releaseRows('Eurasian Economic Commission data for 2024\n\nTrade among the member states, which the commission counts in US dollars, reached $95 billion in 2024, up 7 percent.', '2025-02-14');
    expect(row(rows, 95e9)).toBeUndefined();
  });
  it('sets aside a bloc\'s own total ("ASEAN\'s merchandise trade")', () => {
    const rows = releaseRows('ASEANstats highlights for 2024\n\nASEAN\'s merchandise trade totalled US$3.8 trillion in 2024. Thailand\'s exports rose 5.4 percent to US$300.5 billion.', '2025-08-30');
    expect(row(rows, 3.8e12)).toBeUndefined();
    expect(row(rows, 300.5e9)).toMatchObject({ area: 'Thailand' });
  });
  it('sets aside a change said to hold "for the region as a whole"', () => {
    const rows = releaseRows('ECLAC presented its trade outlook on Wednesday.\n\nShipments of soy and copper to China fell about 3 percent in 2024 for the region as a whole. Chile\'s copper exports rose to $50.2 billion.', '2025-01-20');
    expect(rows.some((r) => r.yoy_pct === -3)).toBe(false);
    expect(row(rows, 50.2e9)).toMatchObject({ area: 'Chile' });
  });
  it('keeps a country named "the world\'s largest" exporter (an epithet, not the world\'s trade) (guard)', () => {
    const rows = releaseRows('UN Comtrade data on coffee, 2023\n\nBrazil, the world\'s largest coffee grower, exported $8.0 billion of coffee in 2023, the database shows.', '2024-04-02');
    expect(row(rows, 8.0e9)).toMatchObject({ area: 'Brazil' });
  });
  it('keeps a country\'s figure after the world\'s in the same sentence (guard)', () => {
    const rows = releaseRows('The WTO published its annual review on Thursday.\n\nWorld trade grew 2 percent in 2024, while India\'s merchandise exports rose 2.4 percent to $443 billion.', '2025-04-17');
    expect(row(rows, 443e9)).toMatchObject({ area: 'India' });
  });
});

describe('a year an expectation is for ("expects X to recover in 2027") dates no later figure', () => {
  it('reads past "expects African trade to recover in 2024 and 2025"', () => {
    const rows = releaseRows('NAIROBI, June 13 - Nigeria\'s imports rose 2 percent to $61 billion in 2023, the office said.\n\nThe bank expects African trade to recover in 2024 and 2025.\n\nGhana\'s exports fell 4.4 percent to $16.2 billion.', '2024-06-13');
    expect(row(rows, 16.2e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads past "forecasts exports to grow ... in 2025"', () => {
    const rows = releaseRows('SANTIAGO, Oct 2 - Chile\'s copper exports rose 7 percent to $50.9 billion in 2024, the central bank said.\n\nThe central bank forecasts mining exports to grow again in 2025, helped by new capacity.\n\nFruit exports reached $7.1 billion.', '2025-10-02');
    expect(row(rows, 7.1e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads past "projected shipments to rise in 2025" in the past tense', () => {
    const rows = releaseRows('LIMA, Feb 20 - Peru\'s exports grew 12 percent to $74.9 billion in 2024, the trade ministry said.\n\nAnalysts projected gold shipments to rise in 2025 as prices held up.\n\nImports came to $51.6 billion.', '2025-02-20');
    expect(row(rows, 51.6e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads past "predicts the surplus to narrow ... in 2025"', () => {
    const rows = releaseRows('TOKYO, Jan 23 - Japan\'s exports rose 6.2 percent to 107.9 trillion yen in 2024, the finance ministry said.\n\nThe institute predicts the surplus with China to narrow sharply in 2025.\n\nImports were 113.2 trillion yen.', '2025-01-23');
    expect(row(rows, 113.2e12)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads past "anticipates demand for grain to pick up in 2025"', () => {
    const rows = releaseRows('ASTANA, Feb 11 - Kazakhstan\'s grain exports reached 11.2 million tonnes in 2024, the ministry said.\n\nThe ministry anticipates Chinese demand for wheat to pick up in 2025.\n\nFlour exports totalled 2.4 million tonnes.', '2025-02-11');
    expect(row(rows, 2.4e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('still dates figures by a year after "expected" in a sentence with a figure (guard)', () => {
    const rows = releaseRows('HANOI, Jan 6 - Exports reached 405.5 billion dollars in 2024, the office said.\n\nAs expected, exports to the United States rose 23 percent in 2024 to 119 billion dollars.', '2025-01-06');
    expect(row(rows, 119e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('goes on with a year named as the period of figures in a sentence of its own (guard)', () => {
    const rows = releaseRows('NAIROBI, June 13 - Nigeria\'s imports rose 2 percent to $61 billion in 2023, the office said.\n\nThe report then turns to the first months of 2024, when trade picked up.\n\nGhana\'s exports fell 4.4 percent to $5.2 billion in the first quarter.', '2024-06-13');
    expect(row(rows, 5.2e9)?.period_start).toBe('2024-01');
  });
});

describe('a period as the subject of a verb of outlook ("the second half looks weaker") dates no later figure', () => {
  const body = 'Goods trade grew in the first six months of 2025, the agency estimates, with volumes rising about 1.5 percent from the quarter before on a seasonally adjusted basis.\n\nTheir imports fell 6 percent in the second quarter.\n\nChina\'s exports grew 5.9 percent in the half.';
  it('reads past a headline "the second half looks weaker"', () => {
    const rows = releaseRows(`UNCTAD update: trade firm, but the second half looks weaker\n\n${body}`, '2025-07-24');
    expect(rows.find((r) => r.yoy_pct === 5.9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads past "the second half is expected to"', () => {
    const rows = releaseRows(`Trade update: the second half is expected to slow\n\n${body}`, '2025-07-24');
    expect(rows.find((r) => r.yoy_pct === 5.9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads past "the second half could bring" in the lead', () => {
    const rows = releaseRows(`Trade update for mid-year\n\nEconomists warn that the second half could bring a slowdown. ${body}`, '2025-07-24');
    expect(rows.find((r) => r.yoy_pct === 5.9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads past "the second half will" in a quote', () => {
    const rows = releaseRows(`Trade update for mid-year\n\n"The second half will be harder," the agency said. ${body}`, '2025-07-24');
    expect(rows.find((r) => r.yoy_pct === 5.9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads past "the second half seems set for" a slowdown', () => {
    const rows = releaseRows(`Trade update: the second half seems set for a slowdown\n\n${body}`, '2025-07-24');
    expect(rows.find((r) => r.yoy_pct === 5.9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
  it('keeps a half whose figures the sentence states (guard)', () => {
    const rows = releaseRows('MANILA, Feb 10 - Exports in the second half rose 4.2 percent to $38.1 billion, the authority said.\n\nImports came to $61.3 billion.', '2025-02-10');
    expect(row(rows, 61.3e9)).toMatchObject({ period_start: '2024-07', period_end: '2024-12' });
  });
  it('keeps a half followed by a verb of figures (guard)', () => {
    const rows = releaseRows('MANILA, Feb 10 - The second half saw exports rise 4.2 percent to $38.1 billion, the authority said.\n\nImports came to $61.3 billion.', '2025-02-10');
    expect(row(rows, 61.3e9)).toMatchObject({ period_start: '2024-07', period_end: '2024-12' });
  });
});
