/**
 * Rules widened in the fixing round for b220 (thirty-fifth session): Chinese counting units written in romanised or English
 * words, other countries' fiscal years read back, a city against its port, hub and customs district, and a corridor's name.
 * Each phenomenon in several frames of our own; texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);

describe('Chinese counting units in romanised or English words scale the number before them', () => {
  it('reads "wan tons" after a port page\'s fruit figure', () => {
    const rows = releaseRows('Since January the port supervised imported fruit of 41.7 wan tons, rise 9.3%.', '2026-06-10');
    expect(row(rows, 417000)).toMatchObject({ unit: 'tonnes', yoy_pct: 9.3 });
  });
  it('reads "yi yuan" as hundreds of millions of yuan', () => {
    const rows = releaseRows('In the first 5 months the import and export value of our city reached 213.6 yi yuan, increase 7.7%.', '2026-06-12');
    expect(row(rows, 21360000000)).toMatchObject({ unit: 'CNY', yoy_pct: 7.7 });
  });
  it('reads "qian wan yuan" (tens of millions) glued or spaced', () => {
    const rows = releaseRows('Cross-border e-commerce exports through the zone were 4,215 qianwan yuan in the half year; parcels of toys were 12 qian wan yuan.', '2026-07-15');
    expect(values(rows)).toEqual(expect.arrayContaining([42150000000, 120000000]));
  });
  it('reads "Wan TEU" in capitals with a hyphen before it', () => {
    const rows = releaseRows('The railway port handled 18.2-Wan TEU of containers in the first quarter of this year, up 4 percent.', '2026-04-14');
    expect(row(rows, 182000)).toMatchObject({ unit: 'TEU', yoy_pct: 4 });
  });
  it('reads "ten-thousand tonnes" and "hundred-million yuan" hyphened', () => {
    const rows = releaseRows('Coal imports of the port came to 356.8 ten-thousand tonnes in January-May, worth 29.4 hundred-million yuan.', '2026-06-11');
    expect(values(rows)).toEqual(expect.arrayContaining([3568000, 2940000000]));
  });
  it('reads "hundred millions yuan" in the plural on a table-like line', () => {
    const rows = releaseRows('Total import and export: 88.1 hundred millions yuan, year-on-year +6.2%\n\nExport: 50.3 hundred millions yuan', '2026-03-20');
    expect(values(rows)).toEqual(expect.arrayContaining([8810000000, 5030000000]));
  });
  it('reads "wan yi yuan" as trillions', () => {
    const rows = releaseRows('The province\'s foreign trade in 2025 was 1.12 wan yi yuan, the customs said.', '2026-01-20');
    expect(row(rows, 1120000000000)).toMatchObject({ unit: 'CNY' });
  });
  it('does not read "wan" or "yi" as a scale with no unit after them (near miss)', () => {
    const rows = releaseRows('Exports through the port were 300 million yuan in May, and the Yi ethnic county of Wan sent 12 trucks.', '2026-06-10');
    expect(values(rows)).not.toContain(12e4);
    expect(values(rows)).not.toContain(3e16);
  });
  it('does not read "ten thousand" spaced before a year as a hyphened scale (near miss)', () => {
    const rows = releaseRows('Exports reached 25 million yuan in the first quarter, up 8 percent; ten thousand firms took part.', '2026-04-10');
    expect(row(rows, 25e6)).toMatchObject({ unit: 'CNY', yoy_pct: 8 });
  });
});

describe('a body figure that says the headline\'s figure again is the one kept', () => {
  it('keeps a fiscal-year export figure beside its year-earlier base', () => {
    const rows = releaseRows('Exports in 2025-26 at USD 451.2 billion\n\nNEW DELHI, April 16 -- India\'s merchandise exports for the financial year April 2025-March 2026 were USD 451.2 billion, compared with USD 450.9 billion in 2024-25, the ministry said.', '2026-04-16');
    expect(rows.filter((r) => r.value === 451.2e9).map(levelTuple)).toEqual([['2025-04', '2026-03', 451.2e9, 'USD', null]]);
    expect(row(rows, 450.9e9)).toMatchObject({ period_start: '2024-04', period_end: '2025-03' });
  });
  it('keeps a calendar-year import figure beside a close base', () => {
    const rows = releaseRows('Imports of ore at 101.4 million tonnes in 2025\n\nCANBERRA, Jan 20 -- The country took in 101.4 million tonnes of ore in 2025, against 101.1 million tonnes in 2024, the bureau said.', '2026-01-20');
    expect(row(rows, 101.4e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
    expect(row(rows, 101.1e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('keeps a quarter\'s surplus restated in the body next to the previous quarter', () => {
    const rows = releaseRows('Surplus of $20.3 billion in the first quarter\n\nSEOUL, April 2 -- The trade surplus was $20.3 billion in the first quarter of 2026, up from $20.28 billion in the first quarter of 2025, data showed.', '2026-04-02');
    expect(row(rows, 20.3e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
  it('keeps a headline count said again by the body beside an earlier count', () => {
    const rows = releaseRows('Hub ran 5,120 trains in 2025\n\nXI\'AN, Jan 8 -- The hub ran 5,120 China-Europe freight trains in 2025, compared with 5,100 in 2024, its operator said.', '2026-01-08');
    expect(row(rows, 5120)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('keeps a half-year figure the body words the same way', () => {
    const rows = releaseRows('Exports hit 61.5 billion euros in first half\n\nVIENNA, Aug 5 -- Exports came to 61.5 billion euros in the first half of 2026, compared with 61.3 billion euros in the first half of 2025, the agency said.', '2026-08-05');
    expect(row(rows, 61.5e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('still drops a rounded headline threshold over the exact body figure (near miss)', () => {
    const rows = releaseRows('Trade tops 4 trillion dollars\n\nBEIJING, Jan 12 -- Foreign trade rose 5 percent to 4.12 trillion dollars in 2025, breaking through the 4-trillion-dollar line.', '2026-01-12');
    expect(rows.filter((r) => r.value === 4e12 && r.qualifier === 'more_than')).toEqual([]);
  });
  it('still counts a headline figure and its body copy once (near miss)', () => {
    const rows = releaseRows('Exports at 12.4 billion dollars in May\n\nHANOI, June 6 -- Exports were 12.4 billion dollars in May, the office said.', '2026-06-06');
    expect(rows.filter((r) => r.value === 12.4e9)).toHaveLength(1);
  });
});

describe('a part of a span ("much of the June quarter") dates no figure', () => {
  it('reads past "for much of the June quarter" closing a price aside', () => {
    const rows = releaseRows('CANBERRA, Aug 6 -- Coal exports in the 2025-26 financial year were A$ 60.2 billion. Coal exports in that year were A$ 60.2 billion, with prices high for much of the June quarter.', '2026-08-06');
    expect(rows.every((r) => r.period_start !== '2026-04')).toBe(true);
  });
  it('reads past "through most of the second half of 2025" in a clause after a figure with no period', () => {
    const rows = releaseRows('CANBERRA, Aug 6 -- Goods exports were A$ 400.5 billion in the 2025-26 financial year. Beef exports were A$ 9.1 billion, with herds thin through most of the second half of 2025.', '2026-08-06');
    expect(row(rows, 9.1e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('reads past "during part of March"', () => {
    const rows = releaseRows('SANTIAGO, May 8 -- Copper exports reached 4.4 billion dollars in April. Molybdenum sales were 0.3 billion dollars, after a strike halted the mine during part of March.', '2026-05-08');
    expect(row(rows, 0.3e9)).toMatchObject({ period_start: '2026-04', period_end: '2026-04' });
  });
  it('reads past "for the better part of the first half"', () => {
    const rows = releaseRows('LIMA, Aug 3 -- Exports were 6.1 billion dollars in July. Fishmeal shipments came to 0.2 billion dollars, though the fleet stayed in port for the better part of the first half.', '2026-08-03');
    expect(row(rows, 0.2e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
  it('reads past "across the bulk of the third quarter"', () => {
    const rows = releaseRows('JAKARTA, Nov 15 -- Palm oil exports totalled 2.9 million tonnes in October. Rubber exports were 0.2 million tonnes, with rain slowing tapping across the bulk of the third quarter.', '2026-11-15');
    expect(row(rows, 0.2e6)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('reads past "for some of June"', () => {
    const rows = releaseRows('LIMA, Aug 3 -- Exports were 6.1 billion dollars in July. Copper sales were 2.2 billion dollars, with the port shut for some of June.', '2026-08-03');
    expect(row(rows, 2.2e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
  it('still reads "the June quarter" whole as the period (near miss)', () => {
    const rows = releaseRows('CANBERRA, Aug 6 -- Iron ore exports were A$ 28.4 billion in the June quarter, the bureau said.', '2026-08-06');
    expect(row(rows, 28.4e9)).toMatchObject({ period_start: '2026-04', period_end: '2026-06' });
  });
  it('still reads "the first half of 2026" after "share of" words as the period (near miss)', () => {
    const rows = releaseRows('MADRID, Aug 20 -- Exports in the first half of 2026 rose 3.1 percent to 198.4 billion euros.', '2026-08-20');
    expect(row(rows, 198.4e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
});

describe('"in the year" points back to the last twelve-month span the release stated', () => {
  const lead = 'CANBERRA, Aug 6 -- Goods exports totalled A$ 401.2 billion in the 2025-26 financial year, the bureau said. In June 2026 the surplus was A$ 6.1 billion.';
  it('reads "in the year" after a month figure as the fiscal year', () => {
    const rows = releaseRows(`${lead} Wheat exports in the year were A$ 12.2 billion.`, '2026-08-06');
    expect(row(rows, 12.2e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('reads "during the year" with the figure first', () => {
    const rows = releaseRows(`${lead} The country shipped A$ 9.8 billion of beef during the year.`, '2026-08-06');
    expect(row(rows, 9.8e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('reads "over the whole year" in a clause of its own', () => {
    const rows = releaseRows(`${lead} Over the whole year, gold exports reached A$ 31.5 billion.`, '2026-08-06');
    expect(row(rows, 31.5e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('reads "for the financial year"', () => {
    const rows = releaseRows(`${lead} LNG earnings for the financial year came to A$ 66.3 billion.`, '2026-08-06');
    expect(row(rows, 66.3e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('reads "throughout the year" after an Indian fiscal year and a month', () => {
    const rows = releaseRows('NEW DELHI, May 15 -- Merchandise exports in 2025-26 were USD 440.2 billion. In April 2026 exports were USD 35.1 billion. Rice exports throughout the year were USD 11.2 billion.', '2026-05-15');
    expect(row(rows, 11.2e9)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('does not read "the year earlier" as the year (near miss)', () => {
    const rows = releaseRows(`${lead} Wool exports in June were A$ 0.3 billion, against A$ 0.4 billion in the year earlier month.`, '2026-08-06');
    expect(row(rows, 0.3e9)).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
  });
  it('does not point back when no twelve-month span was stated (near miss)', () => {
    const rows = releaseRows('OTTAWA, Apr 5 -- Exports in the first quarter were 180.2 billion dollars. In March they reached 61.0 billion dollars. Car exports in the year were 8.1 billion dollars.', '2026-04-05');
    expect(row(rows, 8.1e9)?.period_start).not.toBe('2025-01');
  });
});

describe('a customs house\'s own page calls its territory "our district"', () => {
  it('reads "our district" after the customs house', () => {
    const rows = releaseRows('According to statistics of Erenhot Customs, in the first 5 months, the import and export value of our district reached 18.6 billion yuan, rise 12%.', '2026-06-15');
    expect(row(rows, 18.6e9)).toMatchObject({ area: 'Erenhot Customs district' });
  });
  it('reads "our customs district" with the customs named first in the sentence', () => {
    const rows = releaseRows('Hekou Customs said that exports of our customs district were 7.4 billion yuan in January-April.', '2026-05-20');
    expect(row(rows, 7.4e9)).toMatchObject({ area: 'Hekou Customs district' });
  });
  it('reads "its jurisdiction" after the customs house', () => {
    const rows = releaseRows('Manzhouli Customs reported that imports in its jurisdiction totalled 21.3 billion yuan in the first half.', '2026-07-18');
    expect(row(rows, 21.3e9)).toMatchObject({ area: 'Manzhouli Customs district' });
  });
  it('reads "this customs area"', () => {
    const rows = releaseRows('Data of Suifenhe Customs show that trade of this customs area was 9.9 billion yuan in the first quarter, up 4 percent.', '2026-04-22');
    expect(row(rows, 9.9e9)).toMatchObject({ area: 'Suifenhe Customs district' });
  });
  it('carries the district to the next sentences of the page', () => {
    const rows = releaseRows('According to Ruili Customs, the import and export of our district was 30.1 billion yuan in 1-8 month, increase 8%. Among which, export 12.2 billion yuan.', '2026-09-15');
    expect(row(rows, 12.2e9)).toMatchObject({ area: 'Ruili Customs district', flow: 'export' });
  });
  it('does not read "our district" without a customs house before it (near miss)', () => {
    const rows = releaseRows('The district government said the exports of our district reached 5.1 billion yuan in the first half.', '2026-07-18');
    expect(row(rows, 5.1e9)?.area ?? '').not.toMatch(/Customs district$/);
  });
  it('does not read a customs house alone as its district (near miss)', () => {
    const rows = releaseRows('Manzhouli Customs said imports through Manzhouli Port were 8.8 billion yuan in the first half.', '2026-07-18');
    expect(row(rows, 8.8e9)).toMatchObject({ area: 'Manzhouli Port' });
  });
});

describe('"respectively" before rates led by a verb of change without a subject', () => {
  it('reads "respectively increase p and q"', () => {
    const rows = releaseRows('In January-May the port imported fruit of 120,000 tonnes, value 1.5 billion yuan, respectively increase 14.2% and 20.5%.', '2026-06-11');
    expect(rows.filter((r) => r.value !== null).map(levelTuple)).toEqual([['2026-01', '2026-05', 120000, 'tonnes', 14.2], ['2026-01', '2026-05', 1.5e9, 'CNY', 20.5]]);
  });
  it('reads "respectively grow by p and q"', () => {
    const rows = releaseRows('Exports and imports of the city were 3.1 billion yuan and 2.2 billion yuan in the first quarter, respectively grow by 8% and 3%.', '2026-04-20');
    expect(row(rows, 3.1e9)?.yoy_pct).toBe(8);
    expect(row(rows, 2.2e9)?.yoy_pct).toBe(3);
  });
  it('reads "respectively year-on-year rise p and q"', () => {
    const rows = releaseRows('Coal and ore imports were 5.5 million tonnes and 2.1 million tonnes in the first half, respectively year-on-year rise 6.1% and 9.4%.', '2026-07-20');
    expect(row(rows, 5.5e6)?.yoy_pct).toBe(6.1);
    expect(row(rows, 2.1e6)?.yoy_pct).toBe(9.4);
  });
  it('reads "respectively climbed p and q" in the past', () => {
    const rows = releaseRows('The zone handled 41,000 TEU and 2.6 billion yuan of goods in the first four months, respectively climbed 12% and 15%.', '2026-05-12');
    expect(row(rows, 41000)?.yoy_pct).toBe(12);
    expect(row(rows, 2.6e9)?.yoy_pct).toBe(15);
  });
  it('reads "respectively decrease p and q" for falls', () => {
    const rows = releaseRows('Timber and pulp imports were 1.2 million cubic meters and 300,000 tonnes in the first quarter, respectively decrease 3.3% and 2.1%.', '2026-04-20');
    expect(row(rows, 1.2e6)?.yoy_pct).toBe(-3.3);
    expect(row(rows, 300000)?.yoy_pct).toBe(-2.1);
  });
  it('does not pair rates with a single level (near miss)', () => {
    const rows = releaseRows('Exports were 3.1 billion yuan in the first quarter, and imports and transit respectively increase 8% and 3%.', '2026-04-20');
    expect(row(rows, 3.1e9)?.yoy_pct).not.toBe(3);
  });
  it('does not take "respectively" rates past a number between (near miss)', () => {
    const rows = releaseRows('Exports and imports were 3.1 billion yuan and 2.2 billion yuan in the first quarter, respectively; 40 firms increase 8% and 3% of staff.', '2026-04-20');
    expect(row(rows, 3.1e9)?.yoy_pct ?? null).not.toBe(8);
  });
});

describe('a port town named as a county or banner before its own trade is the place, not its port', () => {
  it('reads "X County foreign trade"', () => {
    const rows = releaseRows('Imports through Hekou Port were 9.1 billion yuan in January-May. Hekou County foreign trade is 6.2 billion yuan.', '2026-06-11');
    expect(row(rows, 6.2e9)).toMatchObject({ area: 'Hekou' });
    expect(row(rows, 9.1e9)).toMatchObject({ area: 'Hekou Port' });
  });
  it('reads "X County\'s exports"', () => {
    const rows = releaseRows('Freight through Mohan Port was 2.1 million tonnes in 2025, and Mohan County\'s exports were 1.3 billion yuan.', '2026-01-20');
    expect(row(rows, 1.3e9)?.area).not.toBe('Mohan Port');
  });
  it('reads "X county\'s total trade" in lower case', () => {
    const rows = releaseRows('Trade through Hekou Port reached 15.1 billion yuan in the first half; Hekou county\'s total trade was 6.0 billion yuan.', '2026-07-15');
    expect(row(rows, 6.0e9)).toMatchObject({ area: 'Hekou' });
  });
  it('reads "X County trade" opening a later paragraph', () => {
    const rows = releaseRows('Hekou Port handled fruit imports worth 2.4 billion yuan in the first quarter.\n\nHekou County trade came to 3.3 billion yuan in the quarter, up 5 percent.', '2026-04-18');
    expect(row(rows, 3.3e9)).toMatchObject({ area: 'Hekou' });
  });
  it('reads "X County imports" after a figure of the prefecture', () => {
    const rows = releaseRows('Honghe Prefecture trade was 20.1 billion yuan in January-May, and Hekou County imports were 2.2 billion yuan.', '2026-06-11');
    expect(row(rows, 2.2e9)?.area).not.toBe('Hekou Port');
  });
  it('does not read "the land port in X County" as the county (near miss)', () => {
    const rows = releaseRows('The land port in Hekou County, on the Vietnam border, saw its trade rise 15.1 percent to 6.48 billion yuan in the first half.', '2026-07-15');
    expect(row(rows, 6.48e9)?.area).not.toBe('Hekou');
  });
  it('does not read "X County" before no trade noun as the county (near miss)', () => {
    const rows = releaseRows('Fruit imports through Hekou Port were 1.2 billion yuan in May, and Hekou County officials praised the new lanes.', '2026-06-11');
    expect(row(rows, 1.2e9)).toMatchObject({ area: 'Hekou Port' });
  });
});

describe('a city\'s International Port running its train service is the city', () => {
  it('reads "X International Port dispatched N China-Europe freight trains"', () => {
    const rows = releaseRows('Xi\'an International Port dispatched 4,400 China-Europe freight trains in the first ten months of 2026, the operator said.', '2026-11-09');
    expect(row(rows, 4400)).toMatchObject({ area: "Xi'an" });
  });
  it('reads "has sent out more than N trains"', () => {
    const rows = releaseRows('Xi\'an International Port has sent out more than 3,100 trains so far this year, the hub said.', '2026-09-09');
    expect(row(rows, 3100)).toMatchObject({ area: "Xi'an" });
  });
  it('reads "ran N freight train trips"', () => {
    const rows = releaseRows('In the first half, Xi\'an International Port ran 2,450 freight train trips, up 7 percent.', '2026-07-06');
    expect(row(rows, 2450)).toMatchObject({ area: "Xi'an" });
  });
  it('reads "operated a total of N freight trains"', () => {
    const rows = releaseRows('Last year Xi\'an International Port operated a total of 5,300 freight trains to Europe and Central Asia.', '2026-01-10');
    expect(row(rows, 5300)).toMatchObject({ area: "Xi'an" });
  });
  it('reads "despatched N block trains" in British spelling', () => {
    const rows = releaseRows('Xi\'an International Port despatched 512 block trains in March, a record for the month.', '2026-04-03');
    expect(row(rows, 512)).toMatchObject({ area: "Xi'an" });
  });
  it('does not read a seaport\'s name with "International" for the city (near miss)', () => {
    const rows = releaseRows('Shanghai International Port handled 4.4 million TEU in March, up 5 percent.', '2026-04-10');
    expect(row(rows, 4.4e6)?.area).not.toBe('Shanghai');
  });
  it('does not read goods an International Port handled as the city\'s (near miss)', () => {
    const rows = releaseRows('Xi\'an International Port handled 3.2 million tonnes of cargo in the first half, up 9 percent.', '2026-07-06');
    expect(row(rows, 3.2e6)?.area).not.toBe("Xi'an");
  });
});

describe('the western land-sea corridor written in lower case is the named corridor', () => {
  const corridor = 'New International Land-Sea Trade Corridor';
  it('reads a headline "Western land-sea corridor carried ..." as the corridor\'s figure', () => {
    const rows = releaseRows('Western land-sea corridor carried 1.1 million TEU in 2025\n\nCHONGQING, Jan 12 -- Rail-sea trains on the New International Land-Sea Trade Corridor moved 1.12 million TEU in 2025, the operating centre said.', '2026-01-12');
    expect(rows.filter((r) => r.unit === 'TEU').map((r) => [r.value, r.area])).toEqual([[1.12e6, corridor]]);
  });
  it('reads "trains on the western land-sea corridor"', () => {
    const rows = releaseRows('NANNING, Oct 9 -- Sea-rail trains on the western land-sea corridor made 9,100 trips in the first nine months, up 11 percent.', '2026-10-09');
    expect(row(rows, 9100)).toMatchObject({ area: corridor });
  });
  it('reads "the western land-sea corridor handled"', () => {
    const rows = releaseRows('NANNING, July 9 -- In the first half the western land-sea corridor handled 620,000 TEU of cargo.', '2026-07-09');
    expect(row(rows, 620000)).toMatchObject({ area: corridor });
  });
  it('reads "goods carried by the western land-sea corridor"', () => {
    const rows = releaseRows('NANNING, Aug 9 -- Goods carried by the western land-sea corridor were worth 31.2 billion yuan in the first seven months.', '2026-08-09');
    expect(row(rows, 31.2e9)).toMatchObject({ area: corridor });
  });
  it('reads "Western land-sea corridor trains" opening a body sentence', () => {
    const rows = releaseRows('NANNING, Dec 3 -- Western land-sea corridor trains ran 10,400 trips by the end of November.', '2026-12-03');
    expect(row(rows, 10400)).toMatchObject({ area: corridor });
  });
  it('still gives a city\'s goods on the corridor to the city in a release on the city (near miss)', () => {
    const rows = releaseRows('Chongqing\'s foreign trade rises\n\nCHONGQING, Nov 12 -- Chongqing\'s foreign trade reached 612.3 billion yuan in the first ten months, up 6.8 percent. The city shipped 98,000 TEU of goods on the western land-sea corridor in the period.', '2026-11-12');
    expect(row(rows, 612.3e9)).toMatchObject({ area: 'Chongqing' });
  });
  it('does not read a bare "land-sea corridor" of another country as the named corridor (near miss)', () => {
    const rows = releaseRows('HANOI, May 4 -- Trade along a planned land-sea corridor with Laos reached 1.2 billion dollars in April.', '2026-05-04');
    expect(row(rows, 1.2e9)?.area).not.toBe(corridor);
  });
});

describe('a relative clause of reporting right after a place holds that place\'s figures', () => {
  it('reads "X sits under Y, the prefecture-level city, which reported ..."', () => {
    const rows = releaseRows('HARBIN, Apr 22 -- Suifenhe sits under Mudanjiang, the prefecture-level city, which reported first-quarter trade of 13.1 billion yuan, up 8.2 percent.', '2026-04-22');
    expect(row(rows, 13.1e9)).toMatchObject({ area: 'Mudanjiang', yoy_pct: 8.2 });
  });
  it('reads "X belongs to Y, which posted ..."', () => {
    const rows = releaseRows('HARBIN, July 20 -- Tongjiang belongs to Jiamusi, which posted foreign trade of 4.6 billion yuan in the first half.', '2026-07-20');
    expect(row(rows, 4.6e9)).toMatchObject({ area: 'Jiamusi' });
  });
  it('reads "X is administered by Y, whose exports reached ..."', () => {
    const rows = releaseRows('NANNING, Oct 20 -- Pingxiang is administered by Chongzuo, whose exports reached 52.3 billion yuan in the first three quarters.', '2026-10-20');
    expect(row(rows, 52.3e9)).toMatchObject({ area: 'Chongzuo', flow: 'export' });
  });
  it('reads "the city above it, Y, that recorded ..."', () => {
    const rows = releaseRows('HOHHOT, Nov 12 -- Manzhouli reports to Hulunbuir, a prefecture-level city, that recorded imports of 28.8 billion yuan over ten months.', '2026-11-12');
    expect(row(rows, 28.8e9)).toMatchObject({ area: 'Hulunbuir' });
  });
  it('reads "Y, which in turn registered ..." after a port figure', () => {
    const rows = releaseRows('HARBIN, Apr 22 -- Freight through Suifenhe Port was 2.4 million tonnes, and the town is part of Mudanjiang, which in turn registered trade of 11.9 billion yuan in the quarter.', '2026-04-22');
    expect(row(rows, 11.9e9)).toMatchObject({ area: 'Mudanjiang' });
    expect(row(rows, 2.4e6)).toMatchObject({ area: 'Suifenhe Port' });
  });
  it('does not give a figure to a place whose relative clause only describes it (near miss)', () => {
    const rows = releaseRows('HARBIN, Apr 22 -- Trade through Suifenhe Port, which borders Russia, reached 6.2 billion yuan in the first quarter.', '2026-04-22');
    expect(row(rows, 6.2e9)).toMatchObject({ area: 'Suifenhe Port' });
  });
  it('does not give a later clause\'s figure to the place before a closed relative (near miss)', () => {
    const rows = releaseRows('HARBIN, Apr 22 -- Mudanjiang, which reported strong growth, is home to Suifenhe; freight through Suifenhe Port was 2.6 million tonnes in the quarter.', '2026-04-22');
    expect(row(rows, 2.6e6)).toMatchObject({ area: 'Suifenhe Port' });
  });
});
