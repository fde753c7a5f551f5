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

describe('the level in a which-clause after a share "of the trade of X" is X\'s', () => {
  it('reads "or 38.6 percent of the foreign trade of Guangxi, which reached ..."', () => {
    expect(areaOf('Dongxing\'s trade was 47.5 billion yuan, up 7.4 percent, or 38.6 percent of the foreign trade of Guangxi, which reached 123.06 billion yuan.', 123.06e9, '2026-02-10')).toBe('Guangxi');
  });
  it('reads "22 percent of the total exports of the province of Yunnan, which came to ..."', () => {
    expect(areaOf('Ruili shipped 11.3 billion yuan of goods abroad, some 22 percent of the total exports of the province of Yunnan, which came to 51.2 billion yuan.', 51.2e9, '2026-08-10')).toBe('Yunnan');
  });
  it('reads "making up 15.3 percent of the imports of Heilongjiang, which totaled ..."', () => {
    expect(areaOf('Imports at Suifenhe were 18.4 billion yuan in the half, making up 15.3 percent of the imports of Heilongjiang, which totaled 120.4 billion yuan.', 120.4e9, '2026-07-20')).toBe('Heilongjiang');
  });
  it('reads "equal to 40 percent of the trade of Inner Mongolia, which stood at ..."', () => {
    expect(areaOf('Erenhot handled goods worth 60.2 billion yuan, equal to 40 percent of the trade of Inner Mongolia, which stood at 150.5 billion yuan over the period.', 150.5e9, '2026-07-20')).toBe('Inner Mongolia');
  });
  it('reads "9.7 percent of the overall turnover of Xinjiang, which hit ..."', () => {
    expect(areaOf('Alashankou\'s turnover of 35.1 billion yuan was 9.7 percent of the overall turnover of Xinjiang, which hit 361.9 billion yuan.', 361.9e9, '2026-07-20')).toBe('Xinjiang');
  });
  it('does not move a figure of its own clause after the share ("..., and exports reached ...")', () => {
    expect(areaOf('Dongxing\'s trade was 47.5 billion yuan, or 38.6 percent of the foreign trade of Guangxi, and Dongxing\'s exports reached 20.1 billion yuan.', 20.1e9, '2026-02-10')).not.toBe('Guangxi');
  });
  it('does not read a which-clause with no level verb ("which grew") as the whole\'s level', () => {
    const rows = releaseRows('Dongxing\'s trade was 47.5 billion yuan, or 38.6 percent of the foreign trade of Guangxi, which grew 4.8 percent.', '2026-02-10');
    expect(rowOf(rows, 47.5e9)?.area).not.toBe('Guangxi');
  });
});

describe('a port town named as the city by "X city\'s trade" or by its rank as a city', () => {
  it('reads "Manzhouli city\'s foreign trade" as the city', () => {
    expect(areaOf('Manzhouli city\'s foreign trade came to 31.46 billion yuan in 2022, up 21.4 percent.', 31.46e9, '2023-02-09')).toBe('Manzhouli');
  });
  it('reads "Suifenhe, a county-level city under Mudanjiang," as the city', () => {
    expect(areaOf('Mudanjiang Customs said that Suifenhe, a county-level city under Mudanjiang, imported and exported goods worth 9.87 billion yuan in the first half, up 27.3 percent.', 9.87e9, '2021-07-15')).toBe('Suifenhe');
  });
  it('reads "Hunchun, a city administered by Yanbian," as the city', () => {
    expect(areaOf('Hunchun, a city administered by Yanbian prefecture, saw its trade climb 12.0 percent to 21.8 billion yuan in the year.', 21.8e9, '2026-01-20')).toBe('Hunchun');
  });
  it('reads "Erenhot city\'s total imports" with the figure after the verb', () => {
    expect(areaOf('In the ten months, Erenhot city\'s total imports rose 9.9 percent to 14.2 billion yuan.', 14.2e9, '2026-11-15')).toBe('Erenhot');
  });
  it('reads "Pingxiang, the county-level city on the border," as the city', () => {
    expect(areaOf('Pingxiang, the county-level city on the border with Vietnam, exported 57.4 billion yuan of goods in the three quarters.', 57.4e9, '2026-10-20')).toBe('Pingxiang');
  });
  it('still reads "Pingxiang, a border city in Guangxi," as the port town (a locating apposition only)', () => {
    expect(areaOf('Pingxiang, a border city in south China\'s Guangxi, has imported 412,000 tonnes of fruit so far this year, up 23.5 percent.', 412000, '2026-06-29')).toBe('Pingxiang Port');
  });
  it('still reads "Mong Cai city\'s border gate" as the port', () => {
    expect(areaOf('Mong Cai city\'s border gate handled import-export turnover of 4.05 billion dollars in the 11 months, up 12.1 percent.', 4.05e9, '2026-12-10')).toBe('Mong Cai Port');
  });
});

describe('goods or trains said to cross the border "at" a port town go through its port', () => {
  const city = '\n\nManzhouli City\'s foreign trade grew 21.4 percent.';
  it('reads "entered or left the country at Manzhouli"', () => {
    expect(areaOf('A total of 5,012 freight trains entered or left the country at Manzhouli, up 3.9 percent.' + city, 5012, '2023-02-09')).toBe('Manzhouli Port');
  });
  it('reads "crossed the border at Manzhouli"', () => {
    expect(areaOf('Some 1.3 million tonnes of timber crossed the border at Manzhouli in the year.' + city, 1.3e6, '2023-02-09')).toBe('Manzhouli Port');
  });
  it('reads "cleared at Manzhouli" after the goods', () => {
    expect(areaOf('Coal shipments of 2.4 million tonnes cleared at Manzhouli over the twelve months.' + city, 2.4e6, '2023-02-09')).toBe('Manzhouli Port');
  });
  it('reads "left China at Manzhouli"', () => {
    expect(areaOf('Exports worth 9.8 billion yuan left China at Manzhouli in 2022.' + city, 9.8e9, '2023-02-09')).toBe('Manzhouli Port');
  });
  it('reads "exited at Manzhouli"', () => {
    expect(areaOf('Of the machinery sent to Russia, 310,000 tonnes exited at Manzhouli last year.' + city, 310000, '2023-02-09')).toBe('Manzhouli Port');
  });
  it('still reads "trade at Manzhouli" with no verb of crossing as the city named as a city', () => {
    expect(areaOf('Foreign trade at Manzhouli rose to 31.5 billion yuan in 2022.' + city, 31.5e9, '2023-02-09')).toBe('Manzhouli');
  });
  it('still reads "entered the market at Manzhouli" as no crossing', () => {
    expect(areaOf('Firms that entered the market at Manzhouli exported 2.2 billion yuan of goods in 2022.' + city, 2.2e9, '2023-02-09')).toBe('Manzhouli');
  });
});

describe('a direction word with its own rate after it leads the next item, not the rate before it', () => {
  it('reads "up 6.4 percent, down 12.3 percent and up 3.9 percent respectively" with each sign its own', () => {
    const rows = releaseRows('Imports of timber, coal and crude oil were 3.21 million tonnes, 2.46 million tonnes and 1.08 million tonnes, up 6.4 percent, down 12.3 percent and up 3.9 percent respectively.', '2023-02-09');
    expect([rowOf(rows, 3.21e6)?.yoy_pct, rowOf(rows, 2.46e6)?.yoy_pct, rowOf(rows, 1.08e6)?.yoy_pct]).toEqual([6.4, -12.3, 3.9]);
  });
  it('reads "up 3.1 percent, down 0.8 percent, respectively" in a list of two', () => {
    const rows = releaseRows('Exports and imports were 5.1 billion yuan and 3.2 billion yuan, up 3.1 percent, down 0.8 percent, respectively.', '2026-07-15');
    expect([rowOf(rows, 5.1e9)?.yoy_pct, rowOf(rows, 3.2e9)?.yoy_pct]).toEqual([3.1, -0.8]);
  });
  it('reads a rate followed by ", down by 3 percent" for the next goods', () => {
    const rows = releaseRows('Soybean imports rose 7.5 percent, down by 3 percent for rapeseed, to 4.4 million tonnes and 1.1 million tonnes.', '2026-07-15');
    expect(rows.find((r) => r.yoy_pct === 7.5 || r.yoy_pct === -7.5)?.yoy_pct).toBe(7.5);
  });
  it('reads "higher 4.4 percent, lower 1.2 percent respectively" in a translation\'s word order', () => {
    const rows = releaseRows('Imports of grain and oilseeds came to 2.2 million tonnes and 1.5 million tonnes, higher 4.4 percent, lower 1.2 percent respectively.', '2026-07-15');
    expect([rowOf(rows, 2.2e6)?.yoy_pct, rowOf(rows, 1.5e6)?.yoy_pct]).toEqual([4.4, -1.2]);
  });
  it('reads "up 5.1%, down about 2.0%, and up 0.4%" with a hedge before the next rate', () => {
    const rows = releaseRows('Trade with ASEAN, the EU and Japan stood at 1.1 trillion yuan, 0.8 trillion yuan and 0.3 trillion yuan, up 5.1%, down about 2.0%, and up 0.4% respectively.', '2026-07-15');
    expect(rowOf(rows, 1.1e12)?.yoy_pct).toBe(5.1);
  });
  it('still reads a fall named after the rate ("12.3 percent lower than a year earlier")', () => {
    expect(yoyOf('Coal imports were 2.46 million tonnes, 12.3 percent lower than a year earlier.', 2.46e6, '2023-02-09')).toBe(-12.3);
  });
  it('still reads ", down" with no rate after it as the rate\'s own direction ("3.6 percent, down on the year")', () => {
    expect(yoyOf('Exports of steel were 1.9 million tonnes, 3.6 percent, down on the year.', 1.9e6, '2026-07-15')).toBe(-3.6);
  });
});

describe('the span after the level a change led to ("to X over the quarter") dates the level, it is no basis', () => {
  it('reads "jumped 9.3 percent to 2.67 trillion yuan over the quarter" as year-on-year', () => {
    expect(yoyOf('Exports of intermediate goods jumped 9.3 percent to 2.67 trillion yuan over the quarter, or 46.5 percent of exports.', 2.67e12, '2024-04-12')).toBe(9.3);
  });
  it('reads "grew 6 percent to 41,200 tonnes over the month"', () => {
    expect(yoyOf('In October, imports of durians grew 6 percent to 41,200 tonnes over the month, customs data showed.', 41200, '2026-11-12')).toBe(6);
  });
  it('reads "fell 2.1% to about $4.4 billion over the quarter"', () => {
    expect(yoyOf('In the July-September quarter, shipments of chips fell 2.1% to about $4.4 billion over the quarter as demand cooled.', 4.4e9, '2026-10-20')).toBe(-2.1);
  });
  it('reads "climbed 14.2 percent to 812 trains over a quarter"', () => {
    expect(yoyOf('From January to March the hub\'s trains climbed 14.2 percent to 812 trains over a quarter that saw new routes open.', 812, '2026-04-10')).toBe(14.2);
  });
  it('reads "a rise of 3.3 percent to 98.1 billion yuan over one quarter"', () => {
    expect(yoyOf('The province posted a rise of 3.3 percent to 98.1 billion yuan over one quarter, its trade office said of the first quarter.', 98.1e9, '2026-04-10')).toBe(3.3);
  });
  it('still reads "fell 9 percent over the month to ..." as against the month before', () => {
    expect(yoyOf('Imports fell 9 percent over the month to 339 million dollars in October.', 339e6, '2026-11-20')).toBeNull();
  });
  it('still reads "to X, up 4.0 percent over the previous quarter" as against the quarter before', () => {
    expect(yoyOf('Exports reached 1.2 billion dollars in the third quarter, up 4.0 percent over the previous quarter.', 1.2e9, '2026-10-10')).toBeNull();
  });
});

describe('"added N percent" is a rise of N percent', () => {
  it('reads "imports added 4.3 percent to 18.1 trillion yuan"', () => {
    expect(yoyOf('Exports expanded 10.5 percent to 23.97 trillion yuan last year, while imports added 4.3 percent to 18.1 trillion yuan.', 18.1e12, '2023-01-13')).toBe(4.3);
  });
  it('reads "adding 6.1 percent" in a participle after the level', () => {
    expect(yoyOf('Shipments of furniture came to 4.2 billion dollars in March, adding 6.1 percent on the year.', 4.2e9, '2026-04-15')).toBe(6.1);
  });
  it('reads "adds another 2.0 percent" in a present-tense headline style', () => {
    expect(yoyOf('Trade with Africa adds another 2.0 percent, reaching 210.3 billion yuan in the first half.', 210.3e9, '2026-07-15')).toBe(2);
  });
  it('reads "which added a further 8 percent"', () => {
    expect(yoyOf('Coffee imports, which added a further 8 percent, stood at 92,000 tonnes in the ten months.', 92000, '2026-11-15')).toBe(8);
  });
  it('reads "the port added 12.4 percent to its freight, reaching ..."', () => {
    expect(yoyOf('In the first half the port added 12.4 percent to its freight, reaching 5.5 million tonnes.', 5.5e6, '2026-07-15')).toBe(12.4);
  });
  it('does not read "added that 4.3 percent of imports" as a rise', () => {
    const rows = releaseRows('Imports were 9.1 billion yuan in May, and the official added that 4.3 percent of imports came from Russia.', '2026-06-15');
    expect(rows.some((r) => r.yoy_pct === 4.3)).toBe(false);
  });
  it('does not read "added 12 new routes" as a rise', () => {
    const rows = releaseRows('The hub added 12 new routes and handled 3,400 trains in the first half.', '2026-07-15');
    expect(rows.some((r) => r.yoy_pct === 12)).toBe(false);
  });
});

describe('a "since" in an aside that goes on in a relative clause dates no figure', () => {
  const period = (text: string, value: number, published: string) => {
    const r = rowOf(releaseRows(text, published), value);
    return r ? [r.period_start, r.period_end] : undefined;
  };
  it('reads "a trade mode piloted in Yiwu since 2013 that lets ..." as an aside', () => {
    const text = 'Yiwu reported foreign trade of 108.9 billion yuan in the first two months of 2025. Market procurement, a trade mode piloted in Yiwu since 2013 that lets small merchants export bundled goods, accounted for 78.7 billion yuan of exports, up 19.9 percent.';
    expect(period(text, 78.7e9, '2025-03-20')).toEqual(['2025-01', '2025-02']);
  });
  it('reads "which has run since 2016 and which now serves ..." as an aside', () => {
    const text = 'The hub handled 1,210 trains in the first half of 2026. The Xi\'an line, which has run since 2016 and which now serves much of Europe, carried 98,000 TEUs, up 8.2 percent.';
    expect(period(text, 98000, '2026-07-10')).toEqual(['2026-01', '2026-06']);
  });
  it('reads "a scheme the city has used since 2020 to help small firms" as an aside', () => {
    const text = 'Jinhua traded goods worth 52.1 billion yuan in the first quarter of 2026. Cross-border e-commerce, a scheme the city has used since 2020 to help small firms, reached 9.3 billion yuan, up 30.1 percent.';
    expect(period(text, 9.3e9, '2026-04-15')).toEqual(['2026-01', '2026-03']);
  });
  it('reads "tracked separately since last year for the new tariff lines" as an aside', () => {
    const text = 'Exports in the first half of 2026 were 1.2 trillion yuan. Electric vehicles, tracked separately since last year for the new tariff lines, made up 88.4 billion yuan of exports, up 12.0 percent.';
    expect(period(text, 88.4e9, '2026-07-14')).toEqual(['2026-01', '2026-06']);
  });
  it('reads "a line the port has handled since 2019 with its own cold store" as an aside', () => {
    const text = 'The port handled goods worth 61.0 billion yuan in the first ten months of 2026. Seafood, a line the port has handled since 2019 with its own cold store, reached 3.4 billion yuan, up 14.4 percent.';
    expect(period(text, 3.4e9, '2026-11-08')).toEqual(['2026-01', '2026-10']);
  });
  it('still reads "has carried 9,000 trains since 2016" as a running total since then', () => {
    const text = 'The line has carried 9,000 trains since 2016, the operator said.';
    expect(period(text, 9000, '2026-07-10')?.[0]).not.toBe('2026-01');
  });
  it('still reads ", and the line has run since 2016, carrying ..." as a clause of its own', () => {
    const text = 'Trains began running in 2016, and the line has since 2016 carried 9,400 trains to Europe, its operator said.';
    expect(period(text, 9400, '2026-07-10')?.[0]).not.toBe('2026-01');
  });
});

describe('a count of one day ("the daily number of", "the number of ... a day") is no row', () => {
  it('reads "the daily number of freight trains had risen from 12 to 16"', () => {
    const rows = releaseRows('An official at the port said the daily number of freight trains had risen from 12 to 16 during the year.', '2026-12-04');
    expect(rowOf(rows, 16)).toBeUndefined();
  });
  it('reads "The daily count of containers at the yard reached 900 TEUs"', () => {
    expect(rowOf(releaseRows('The daily count of containers at the yard reached 900 TEUs in October, officials said.', '2026-11-04'), 900)).toBeUndefined();
  });
  it('reads "its daily tally of containers stood at 2,400 TEUs"', () => {
    expect(rowOf(releaseRows('At the height of the season, the terminal\'s daily tally of containers stood at 2,400 TEUs.', '2026-11-04'), 2400)).toBeUndefined();
  });
  it('reads "the number of wagons a day climbed to 640"', () => {
    expect(rowOf(releaseRows('After the second track opened, the number of loaded wagons a day climbed to 640 at the crossing.', '2026-11-04'), 640)).toBeUndefined();
  });
  it('reads "The daily total of coal railed in rose to 41,000 tonnes"', () => {
    expect(rowOf(releaseRows('In the peak weeks the daily total of coal railed in rose to 41,000 tonnes, the station said.', '2026-10-04'), 41000)).toBeUndefined();
  });
  it('reads "Daily figures for fruit imports peaked at 3,100 tonnes"', () => {
    expect(rowOf(releaseRows('Daily figures for fruit imports peaked at 3,100 tonnes during the durian season.', '2026-10-04'), 3100)).toBeUndefined();
  });
  it('still reads "the number of trains rose to 4,620 in the year" as a row', () => {
    expect(rowOf(releaseRows('The number of freight trains through the port rose to 4,620 in the first 11 months.', '2026-12-04'), 4620)).toBeDefined();
  });
  it('still reads a period total beside a daily figure ("4,620 trains, or about 14 a day")', () => {
    expect(rowOf(releaseRows('The checkpoint cleared 4,620 freight trains in the first 11 months, or about 14 a day.', '2026-12-04'), 4620)).toBeDefined();
  });
});

describe('goods "from" a partner opening the sentence came in, when an aside stands between them and the verb', () => {
  const port = 'KUNMING, Dec. 4 -- The railway port at Mohan handled 4.37 million tonnes of freight in the first 11 months, up 22.6 percent. The checkpoint cleared 4,620 freight trains over the period.\n\n';
  it('reads "Fruit from Thailand, carried by road to Vientiane and then loaded onto the railway, rose ..."', () => {
    expect(flowOf(port + 'Fruit from Thailand, carried by road to Vientiane and then loaded onto the railway, rose 67.4 percent to 146,000 tonnes.', 146000, '2026-12-04')).toBe('import');
  });
  it('reads "Rubber from Laos, most of it sent on by rail, came to ..."', () => {
    expect(flowOf(port + 'Rubber from Laos, most of it sent on by rail, came to 212,000 tonnes in the period.', 212000, '2026-12-04')).toBe('import');
  });
  it('reads "Cassava from Laos, a staple of the feed mills in Yunnan, reached ..."', () => {
    expect(flowOf(port + 'Cassava from Laos, a staple of the feed mills in Yunnan, reached 380,000 tonnes, up 11.0 percent.', 380000, '2026-12-04')).toBe('import');
  });
  it('reads "Potash from Laos, mined near Vientiane, totalled ..."', () => {
    expect(flowOf(port + 'Potash from Laos, mined near Vientiane, totalled 1.1 million tonnes.', 1.1e6, '2026-12-04')).toBe('import');
  });
  it('reads "Durians from Thailand, which ripen earlier in the year, amounted to ..."', () => {
    expect(flowOf(port + 'Durians from Thailand, which ripen earlier in the year, amounted to 95,000 tonnes over the 11 months.', 95000, '2026-12-04')).toBe('import');
  });
  it('does not read goods "from" a partner with a flow word of their own clause as imports ("..., were exported back ...")', () => {
    expect(flowOf(port + 'Parts from Laos, once assembled, were exported back worth 2.1 billion yuan.', 2.1e9, '2026-12-04')).toBe('export');
  });
  it('does not read a place of China after "from" as a partner that sent imports', () => {
    expect(flowOf(port + 'Machinery from Chongqing, loaded at the inland port, reached 88,000 tonnes.', 88000, '2026-12-04')).not.toBe('import');
  });
});

describe('an amount set "against" the other with its own way named is the other flow of the same months', () => {
  const lead = 'Erenhot, Nov. 12 -- Freight through Erenhot Port totaled 16.42 million tonnes from January to October, up 8.7 percent.\n\n';
  it('reads "13.05 million tonnes entered the country ..., against 3.37 million tonnes that left it"', () => {
    const rows = releaseRows(lead + 'Some 13.05 million tonnes of goods entered the country through the port, against 3.37 million tonnes that left it.', '2026-11-12');
    expect(rowOf(rows, 3.37e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-10', flow: 'export' });
  });
  it('reads "Imports were 13.05 million tonnes, against 3.37 million tonnes of exports"', () => {
    const rows = releaseRows(lead + 'Imports were 13.05 million tonnes, against 3.37 million tonnes of exports.', '2026-11-12');
    expect(rowOf(rows, 3.37e6)).toMatchObject({ period_end: '2026-10', flow: 'export' });
  });
  it('reads "came in, versus 3.37 million tonnes going out"', () => {
    const rows = releaseRows(lead + 'Inbound, 13.05 million tonnes came in, versus 3.37 million tonnes going out.', '2026-11-12');
    expect(rowOf(rows, 3.37e6)).toMatchObject({ period_end: '2026-10', flow: 'export' });
  });
  it('reads "Exports were 3.37 million tonnes, against 13.05 million tonnes that entered it"', () => {
    const rows = releaseRows(lead + 'Exports were 3.37 million tonnes, against 13.05 million tonnes which entered it.', '2026-11-12');
    expect(rowOf(rows, 13.05e6)).toMatchObject({ period_end: '2026-10', flow: 'import' });
  });
  it('reads "against 3.37 million tonnes in outbound cargo"', () => {
    const rows = releaseRows(lead + 'Inbound cargo came to 13.05 million tonnes, against 3.37 million tonnes in outbound cargo.', '2026-11-12');
    expect(rowOf(rows, 3.37e6)).toMatchObject({ period_end: '2026-10', flow: 'export' });
  });
  it('still reads "against 3.37 million tonnes a year earlier" as a base of the year before', () => {
    const rows = releaseRows(lead + 'Exports were 3.81 million tonnes, against 3.37 million tonnes a year earlier.', '2026-11-12');
    const base = rowOf(rows, 3.37e6);
    expect(base && levelTuple(base)).toEqual(['2025-01', '2025-10', 3.37e6, 'tonnes', null]);
  });
  it('still reads "against 3.37 million tonnes" with no way and no date as no row', () => {
    const rows = releaseRows(lead + 'Exports were 3.81 million tonnes, against 3.37 million tonnes before.', '2026-11-12');
    expect(rowOf(rows, 3.37e6)).toBeUndefined();
  });
});

describe('goods a relative clause says "left it" (the country or port) went out, the mirror of "entered it"', () => {
  const lead = 'Erenhot, Nov. 12 -- Freight through Erenhot Port totaled 16.42 million tonnes from January to October, up 8.7 percent.\n\n';
  it('reads "..., against 3.37 million tonnes that left it"', () => {
    expect(flowOf(lead + 'Some 13.05 million tonnes of goods entered the country through the port, against 3.37 million tonnes that left it.', 3.37e6, '2026-11-12')).toBe('export');
  });
  it('reads "Freight which left it by rail came to ..."', () => {
    expect(flowOf(lead + 'Freight which left it by rail came to 2.9 million tonnes.', 2.9e6, '2026-11-12')).toBe('export');
  });
  it('reads "Goods that exited it reached ..."', () => {
    expect(flowOf(lead + 'Goods that exited it reached 3.37 million tonnes, up 2.0 percent.', 3.37e6, '2026-11-12')).toBe('export');
  });
  it('reads "Of the total, 3.37 million tonnes were goods which left it"', () => {
    expect(flowOf(lead + 'Of the total, 3.37 million tonnes were goods which left it.', 3.37e6, '2026-11-12')).toBe('export');
  });
  it('reads "The machinery that left it was worth ..."', () => {
    expect(flowOf(lead + 'The machinery that left it was worth 4.2 billion yuan over the ten months.', 4.2e9, '2026-11-12')).toBe('export');
  });
  it('does not read "a fall that left it at ..." as goods going out', () => {
    expect(flowOf(lead + 'Coal imports slid 9.0 percent to 2.1 million tonnes, a fall that left it at its lowest in five years.', 2.1e6, '2026-11-12')).toBe('import');
  });
  it('does not read "which left it behind ..." as goods going out', () => {
    expect(flowOf(lead + 'Imports of copper ore were 0.8 million tonnes, a volume which left it behind the other ports.', 0.8e6, '2026-11-12')).toBe('import');
  });
});
