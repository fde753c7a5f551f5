/**
 * Rules widened in the fixing round for b211 and b207 (border ports, zones and corridors; the real set's mix): each
 * frame in several phrasings of our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rowOf = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const areaOf = (text: string, value: number, published = '2026-11-20') => rowOf(releaseRows(text, published), value)?.area;
const flowOf = (text: string, value: number, published = '2026-11-20') => rowOf(releaseRows(text, published), value)?.flow;
const yoyOf = (text: string, value: number, published = '2026-11-20') => rowOf(releaseRows(text, published), value)?.yoy_pct;

describe('a capitalised descriptor before "city" in a headline names no city of its own', () => {
  // The headline repeats a body figure, so it is read as a sentence whose place leads the release.
  it('reads "Border city of Pingxiang" in a headline, then "the city", as Pingxiang', () => {
    const text = 'Border city of Pingxiang posts 88.2 billion yuan trade\n\nNANNING, Oct 21 -- The border city of Pingxiang in Guangxi imported and exported 88.2 billion yuan worth of goods in the first three quarters, up 12.3 percent.\n\nExports grew 9.1 percent to 51.6 billion yuan, leaving the city with a surplus of 15.0 billion yuan.';
    expect(areaOf(text, 51.6e9, '2026-10-21')).toBe('Pingxiang');
    expect(areaOf(text, 15.0e9, '2026-10-21')).toBe('Pingxiang');
  });
  it('reads "Frontier city of Dongxing" in a headline, then a paragraph naming no place, as Dongxing', () => {
    const text = 'Frontier city of Dongxing posts 41.2 billion yuan trade\n\nFANGCHENGGANG, Feb 3 -- The frontier city of Dongxing imported and exported 41.2 billion yuan worth of goods last year, up 6.3 percent.\n\nOutbound shipments came to 22.6 billion yuan, 4.1 percent more than in 2025.';
    const rows = releaseRows(text, '2026-02-03');
    expect(rows.some((r) => r.area === 'Frontier')).toBe(false);
    expect(rowOf(rows, 22.6e9)?.area).toBe('Dongxing');
  });
  it('reads "Coastal City of Beihai" in a title-case headline, then a paragraph with no place, as Beihai', () => {
    const text = 'Coastal City of Beihai Sees Trade Reach 31.7 Billion Yuan\n\nNANNING, July 20 -- The coastal city of Beihai had foreign trade of 31.7 billion yuan in the first half, a rise of 14.2 percent.\n\nImports grew 20.3 percent to 18.4 billion yuan.';
    const rows = releaseRows(text, '2026-07-20');
    expect(rows.some((r) => r.area === 'Coastal')).toBe(false);
    expect(rowOf(rows, 18.4e9)?.area).toBe('Beihai');
  });
  it('reads "Inland city of Zhoukou" after a headline\'s figure, then a level with its change after it', () => {
    const text = '6.1 billion yuan: Inland city of Zhoukou ships more farm goods abroad\n\nZHOUKOU, Nov. 12 -- The inland city of Zhoukou exported 6.1 billion yuan of goods in the first ten months, up 22.5 percent, local customs said.\n\nImports were 1.3 billion yuan, down 4.0 percent.';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.some((r) => r.area === 'Inland')).toBe(false);
    expect(rowOf(rows, 1.3e9)?.area).toBe('Zhoukou');
  });
  it('reads "Capital city of Nanning\'s trade" in a headline as Nanning\'s', () => {
    const text = 'Capital city of Nanning\'s trade hits 9.4 billion yuan\n\nNANNING, May 8 -- The capital city of Nanning handled foreign trade of 9.4 billion yuan in the first four months, up 11.8 percent.\n\nIn the same months, exports rose 7.5 percent to 5.2 billion yuan.';
    const rows = releaseRows(text, '2026-05-08');
    expect(rows.some((r) => r.area === 'Capital')).toBe(false);
    expect(rowOf(rows, 5.2e9)?.area).toBe('Nanning');
  });
  it('still reads a real town named by "City" in a headline ("Lishui City Exports Reach 21.4 Billion Yuan")', () => {
    const text = 'Lishui City Exports Reach 21.4 Billion Yuan\n\nThe city exported 21.4 billion yuan of goods in the first half, up 8.8 percent.';
    expect(areaOf(text, 21.4e9, '2026-07-15')).toBe('Lishui');
  });
  it('still reads "Yichang city\'s trade" in a body sentence as the town Yichang', () => {
    const text = 'Yichang city\'s foreign trade rose 6.2 percent to 15.5 billion yuan in the first half of the year.';
    expect(areaOf(text, 15.5e9, '2026-07-15')).toBe('Yichang');
  });
});

describe('an apposition saying where a crossing leads names its far end, which is no area of the figure', () => {
  it('reads "Dongxing Port, the crossing to Mong Cai in Vietnam," as Dongxing Port', () => {
    expect(areaOf('Trade through Dongxing Port, the crossing to Mong Cai in Vietnam, reached 41.3 billion yuan in 2025, up 8.4 percent.', 41.3e9, '2026-02-10')).toBe('Dongxing Port');
  });
  it('reads "Hekou Port, a road checkpoint into Lao Cai," as Hekou Port', () => {
    expect(areaOf('Hekou Port, a road checkpoint into Lao Cai, handled 3.2 million tonnes of goods in the first half, 6.6 percent more than a year earlier.', 3.2e6, '2026-07-18')).toBe('Hekou Port');
  });
  it('reads "Ruili Port, that links to Muse," as Ruili Port', () => {
    expect(areaOf('Ruili Port, that links to Muse, moved 16.4 million tonnes of freight in the ten months.', 16.4e6, '2026-11-10')).toBe('Ruili Port');
  });
  it('reads "Mohan Port, the rail gate for Boten," as Mohan Port', () => {
    expect(areaOf('Mohan Port, the rail gate for Boten in Laos, cleared goods worth 12.1 billion yuan in the first eleven months.', 12.1e9, '2026-12-05')).toBe('Mohan Port');
  });
  it('reads "Horgos Port, connecting to Altynkol in Kazakhstan," as Horgos Port', () => {
    expect(areaOf('In the first quarter, Horgos Port, connecting to Altynkol in Kazakhstan, saw 5.9 million tonnes of cargo pass through.', 5.9e6, '2026-04-12')).toBe('Horgos Port');
  });
  it('still reads the foreign crossing as the area when it is the subject described ("Mong Cai Port, a crossing in Quang Ninh")', () => {
    expect(areaOf('Mong Cai Port, a crossing in Vietnam\'s Quang Ninh province, handled trade worth 5.1 billion dollars in 2025.', 5.1e9, '2026-01-20')).toBe('Mong Cai Port');
  });
  it('does not read "leading" with no "to" after it as a far end ("..., leading the region\'s land crossings")', () => {
    expect(areaOf('Dongxing Port handled goods worth 3.3 billion yuan in January, leading the region\'s land crossings.', 3.3e9, '2026-02-15')).toBe('Dongxing Port');
  });
});

describe('"X\'s border residents\' trade" is the place\'s trade by a mode, no apposition calling X a border', () => {
  const ctx = 'FANGCHENGGANG, Feb 10 -- Trade through Dongxing Port reached 41.38 billion yuan in 2025, up 9.2 percent.\n\n';
  const tail = '\n\nDongxing City\'s foreign trade came to 47.5 billion yuan.';
  it('reads "Dongxing\'s border residents\' trade topped ..." as the city\'s', () => {
    expect(areaOf(ctx + 'Dongxing\'s border residents\' trade topped 19.6 billion yuan, an increase of 5.7 percent.' + tail, 19.6e9, '2026-02-10')).toBe('Dongxing');
  });
  it('reads "Dongxing\'s border-resident trade" with a hyphen', () => {
    expect(areaOf(ctx + 'Over the year, Dongxing\'s border-resident trade grew 5.7 percent to 19.6 billion yuan.' + tail, 19.6e9, '2026-02-10')).toBe('Dongxing');
  });
  it('reads "Dongxing\'s border small-amount trade"', () => {
    expect(areaOf(ctx + 'Dongxing\'s border small-amount trade amounted to 19.6 billion yuan.' + tail, 19.6e9, '2026-02-10')).toBe('Dongxing');
  });
  it('reads "Dongxing\'s border mutual trade" as the subject of a clause after a comma', () => {
    expect(areaOf(ctx + 'Processing firms expanded, and Dongxing\'s border mutual trade came in at 19.6 billion yuan.' + tail, 19.6e9, '2026-02-10')).toBe('Dongxing');
  });
  it('reads "Dongxing\'s border petty trade" with its change first', () => {
    expect(areaOf(ctx + 'Up 5.7 percent, Dongxing\'s border petty trade was worth 19.6 billion yuan.' + tail, 19.6e9, '2026-02-10')).toBe('Dongxing');
  });
  it('still reads "Dongxing\'s border crossing" as an apposition of the port', () => {
    expect(areaOf(ctx + 'Dongxing\'s border crossing handled 19.6 billion yuan of goods in the second half.' + tail, 19.6e9, '2026-02-10')).not.toBe('Dongxing');
  });
  it('still reads "Pingxiang\'s border gate" as the crossing, not the city', () => {
    expect(areaOf('NANNING, Feb 10 -- Trade through Pingxiang Port reached 41.4 billion yuan in 2025.\n\nPingxiang\'s border gate cleared 1.2 million tonnes of fruit.\n\nPingxiang City\'s foreign trade was 98.1 billion yuan.', 1.2e6, '2026-02-10')).not.toBe('Pingxiang');
  });
});
