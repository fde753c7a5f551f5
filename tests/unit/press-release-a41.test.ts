/**
 * Issue 9, twenty-sixth session: causes found on blind batches b141 (land ports, border crossings, freight trains) and
 * b142 (commodities and their units). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

describe('"..., up N percent, and the goods were worth X, a M percent rise": a value of the goods is a subject of its own', () => {
  it('keeps the first change with the tonnage and gives the trailing one to the value', () => {
    const rows = releaseRows('Between January and October, the border railway carried 4.12 million tonnes of inbound and outbound freight, up 9.4 percent year on year, and the goods were worth 17.6 billion yuan, a 12.8 percent rise.', '2026-11-12');
    expect(rows.map(levelTuple)).toEqual([['2026-01', '2026-10', 4120000, 'tonnes', 9.4], ['2026-01', '2026-10', 17600000000, 'CNY', 12.8]]);
  });
  it('reads "the cargo was worth" the same way', () => {
    const rows = releaseRows('In the first half, the corridor moved 880,000 tonnes of import and export goods, up 6.1 percent, and the cargo was worth 9.3 billion yuan, a 3.5 percent gain.', '2026-07-15');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[880000, 6.1], [9300000000, 3.5]]);
  });
  it('still lets a change lead into a value it names with "worth" and no subject of its own (guard)', () => {
    const rows = releaseRows('In the first half, exports of tea rose 6.1 percent to 88,000 tonnes, worth 1.3 billion yuan.', '2026-07-15');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[88000, 6.1], [1300000000, null]]);
  });
});

describe('"several times the level of 2023": a multiple with no number measures against that year', () => {
  it('leaves the figure in the period the release goes on with', () => {
    const rows = releaseRows('Exports of steel wire rose 3.1% to 6.2 million tonnes in January-October. Exports of steel slabs reached more than 4 million tonnes, several times the level of 2022.', '2025-11-10');
    expect(rows.map(levelTuple)).toEqual([['2025-01', '2025-10', 6200000, 'tonnes', 3.1], ['2025-01', '2025-10', 4000000, 'tonnes', null]]);
  });
  it('reads "many times the volume of" the same way', () => {
    const rows = releaseRows('Vietnam\'s exports of cashew kernels rose 4.2 percent to 520,000 tonnes in the first nine months. Shipments of cashew shells came to 95,000 tonnes, many times the volume of 2019.', '2026-10-14');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[520000, '2026-01', '2026-09'], [95000, '2026-01', '2026-09']]);
  });
  it('keeps a year the figure names for itself before the multiple (guard)', () => {
    const rows = releaseRows('Kazakhstan exported 2.4 million tonnes of flour in 2025, several times the level of 2019.', '2026-02-10');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[2400000, '2025-01', '2025-12']]);
  });
});

describe('"the fiscal-year volume", "the same fiscal year": a paragraph pointing back to the fiscal year stays in it', () => {
  const opening = "TOKYO, April 17 -- Japan's exports of passenger cars rose 5.1% from a year earlier to 412,000 units in March, the Ministry of Finance said.\n\nFor fiscal 2024, which ended in March, car exports totaled 4.41 million units, up 2.0 percent.";
  it('dates a share of the fiscal-year volume and a change in the same fiscal year by the fiscal year, not by March', () => {
    const rows = releaseRows(`${opening}\n\nThe United States took 35.2 percent of the fiscal-year volume.\n\nTruck exports in the same fiscal year fell 6.3 percent.`, '2025-04-17');
    expect(rows.filter((r) => r.value === 35.2 || r.yoy_pct === -6.3).map((r) => [r.period_start, r.period_end])).toEqual([['2024-04', '2025-03'], ['2024-04', '2025-03']]);
  });
  it('still goes back to the reported month in a paragraph that points nowhere (guard)', () => {
    const rows = releaseRows(`${opening}\n\nTruck exports fell 6.3 percent.`, '2025-04-17');
    expect(rows.filter((r) => r.yoy_pct === -6.3).map((r) => [r.period_start, r.period_end])).toEqual([['2025-03', '2025-03']]);
  });
});

describe('trains "returning to" or "coming back to" the release\'s own place came in', () => {
  it('makes the part of a split count returning to the country an import, after an outbound part', () => {
    const rows = releaseRows('BEIJING, Aug. 4 -- China-Europe freight trains made 1,760 trips in July, up 3.2 percent year on year, China State Railway Group said. Of these, 990 were outbound trains and 770 were trains returning to China.', '2026-08-04');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[1760, 'total'], [990, 'export'], [770, 'import']]);
  });
  it('reads a hub city returning trains to itself the same way', () => {
    const rows = releaseRows("XI'AN, Aug. 4 -- Xi'an handled 540 China-Europe freight trains in July, the city's port authority said. Of these, 300 were outbound trains and 240 were trains returning to Xi'an.", '2026-08-04');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([[540, "Xi'an", 'total'], [300, "Xi'an", 'export'], [240, "Xi'an", 'import']]);
  });
  it('does not make trains returning to a far-end city an import of the reporter (guard)', () => {
    const rows = releaseRows('BEIJING, Aug. 4 -- China-Europe freight trains made 1,760 trips in July, up 3.2 percent year on year, China State Railway Group said. Of these, 990 were outbound trains and 770 were trains returning to Duisburg.', '2026-08-04');
    expect(rows.find((r) => r.value === 770)?.flow).not.toBe('import');
  });
});

describe('a change whose clause has trains as its subject runs both ways, whatever flow another clause named', () => {
  it('drops a headline\'s rounded train growth after an imports clause, the body stating it exactly', () => {
    const rows = releaseRows('Erenhot wool imports pick up; freight trains up 6%\n\nHOHHOT, Sept. 9 -- Erenhot Port imported 41,000 tonnes of wool in the first eight months, an increase of 11.2 percent, local customs said.\n\nChina-Europe freight trains passing through the port numbered 1,870 from January to August, up 6.4 percent.', '2025-09-09');
    expect(rows.map(levelTuple)).toEqual([['2025-01', '2025-08', 41000, 'tonnes', 11.2], ['2025-01', '2025-08', 1870, 'trains', 6.4]]);
  });
  it('gives a body sentence\'s train growth the total flow after an import clause', () => {
    const rows = releaseRows('In the first eight months, wool imports through Erenhot recovered, while freight trains rose 6 percent.', '2025-09-09');
    expect(rows.map((r) => [r.yoy_pct, r.flow])).toEqual([[6, 'total']]);
  });
  it('keeps the flow of a clause whose subject is goods, not trains (guard)', () => {
    const rows = releaseRows('In the first eight months, freight trains through Erenhot ran on time, while wool imports rose 6 percent.', '2025-09-09');
    expect(rows.map((r) => [r.yoy_pct, r.flow])).toEqual([[6, 'import']]);
  });
});

describe('"X, and outbound shipments made up N percent of that value": the flow word of the share is the part\'s, not the whole\'s', () => {
  it('leaves the whole value two-way and the share outbound', () => {
    const rows = releaseRows('CHONGQING, Oct. 12 -- Sea-rail trains on the corridor made 6,140 trips between January and September. The goods they carried were worth 41.8 billion yuan, and outbound shipments made up 62 percent of that value.', '2026-10-12');
    expect(rows.filter((r) => r.unit !== 'trains').map((r) => [r.value, r.flow])).toEqual([[41800000000, 'total'], [62, 'export']]);
  });
  it('reads "with exports accounting for N percent" the same way', () => {
    const rows = releaseRows('CHONGQING, Oct. 12 -- Sea-rail trains on the corridor made 6,140 trips between January and September. The goods they carried were worth 41.8 billion yuan, with exports accounting for 61 percent.', '2026-10-12');
    expect(rows.filter((r) => r.unit !== 'trains').map((r) => [r.value, r.flow])).toEqual([[41800000000, 'total'], [61, 'export']]);
  });
  it('still gives a whole with no flow word the flow named after it when that names no share (guard)', () => {
    const rows = releaseRows('In the first nine months, the port handled goods worth 41.8 billion yuan, mostly exports to Europe.', '2026-10-12');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[41800000000, 'export']]);
  });
});

describe('a corridor named as what drove a figure ("boosted by", "driven by", "thanks to") is its cause, not its area', () => {
  it('leaves a province\'s trade with a partner to the province when the railway boosted it', () => {
    const rows = releaseRows('KUNMING, Sept. 3 -- Yunnan\'s foreign trade rose 4.1 percent to 262.3 billion yuan in the first eight months. Exports to Laos climbed 22.4 percent to 6.8 billion yuan, boosted by the China-Laos Railway.', '2026-09-03');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[262300000000, 'Yunnan'], [6800000000, 'Yunnan']]);
  });
  it('reads "thanks to the ... Railway" the same way', () => {
    const rows = releaseRows('KUNMING, Nov. 6 -- Yunnan\'s foreign trade came to 310.4 billion yuan in the first ten months. Imports from Laos grew 9.2 percent to 8.7 billion yuan, thanks to the China-Laos Railway.', '2026-11-06');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[310400000000, 'Yunnan'], [8700000000, 'Yunnan']]);
  });
  it('keeps a railway that carried the goods as their area (guard)', () => {
    const rows = releaseRows('KUNMING, Sept. 3 -- The China-Laos Railway carried 3.9 million tonnes of cross-border goods in the first eight months, up 14 percent.', '2026-09-03');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[3900000, 'China-Laos Railway']]);
  });
});

describe('a place inside a relative aside of a later subject is no area of a figure before it', () => {
  it('keeps the port as the area of a part named before "while ..., which travel through Laos,"', () => {
    const rows = releaseRows('PINGXIANG, Sept. 3 -- Pingxiang Port cleared 310,000 tonnes of imported fruit in the first eight months. Vietnamese dragon fruit made up 120,000 tonnes, while mangosteens from Thailand, which reach the port by road through Laos, rose 35 percent.', '2026-09-03');
    expect(rows.map((r) => [r.value ?? r.yoy_pct, r.area])).toEqual([[310000, 'Pingxiang Port'], [120000, 'Pingxiang Port'], [35, 'Pingxiang Port']]);
  });
  it('leaves the aside\'s subject with the port too (guard)', () => {
    const rows = releaseRows('PINGXIANG, Sept. 3 -- Pingxiang Port cleared 310,000 tonnes of imported fruit in the first eight months. Mangosteens from Thailand, which reach the port by road through Laos, rose 35 percent.', '2026-09-03');
    expect(rows.map((r) => [r.value ?? r.yoy_pct, r.area])).toEqual([[310000, 'Pingxiang Port'], [35, 'Pingxiang Port']]);
  });
});

describe('"the city shipped N": a place pointed back to that shipped goods sent them out', () => {
  it('makes a trade-mode part the city shipped an export, with its share', () => {
    const rows = releaseRows('GUANGZHOU, Aug. 2 -- Guangzhou exported 126,000 cars in the first half of the year.\n\nUnder general trade, the city shipped 104,000 units, accounting for 82.5 percent of the total.', '2026-08-02');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[126000, 'export'], [104000, 'export'], [82.5, 'export']]);
  });
  it('reads "the province shipped" the same way', () => {
    const rows = releaseRows('HEFEI, Aug. 2 -- Anhui exported 412,000 cars in the first half of the year.\n\nUnder processing trade, the province shipped 38,000 units.', '2026-08-02');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[412000, 'export'], [38000, 'export']]);
  });
  it('leaves goods the city shipped in from abroad alone (guard)', () => {
    const rows = releaseRows('GUANGZHOU, Aug. 2 -- Under general trade, the city shipped in 52,000 tonnes of frozen beef from Brazil in the first half of the year.', '2026-08-02');
    expect(rows.map((r) => r.flow)).not.toContain('export');
  });
});
