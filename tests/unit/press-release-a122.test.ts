/**
 * Fixing round for b228, b229, b230, b232 (thirty-sixth session, second pass): each frame in several sentences of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const growthOf = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);
const levelOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);

describe("a month's rate after a word that sets it beside the figure is that month's growth, with or without a noun of change", () => {
  it('reads "well above April\'s 3.9%" closing the sentence (no noun after the rate)', () => {
    const rows = releaseRows('BEIJING, June 9 -- Exports jumped 16.9% in May from a year earlier to $308.25 billion, well above April\'s 3.9%.', '2022-06-09');
    expect(rows.map(levelTuple)).toContainEqual(['2022-04', '2022-04', null, '', 3.9]);
    expect(levelOf(rows, 308.25e9)).toMatchObject({ period_start: '2022-05', yoy_pct: 16.9 });
  });
  it('reads "outpacing September\'s 8.8 percent" before a reporting clause', () => {
    const rows = releaseRows("SEOUL, Nov. 1 -- Shipments of chips rose 12.4 percent in October, outpacing September's 8.8 percent, the ministry said.", '2026-11-01');
    expect(growthOf(rows, 8.8)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
    expect(growthOf(rows, 12.4)).toMatchObject({ period_start: '2026-10' });
  });
  it('reads "short of June\'s 7.3%" so that the next clause keeps the figure\'s own month', () => {
    const rows = releaseRows("HANOI, Aug. 6 -- Imports grew 5.1% year on year in July, short of June's 7.3%, while exports climbed 9%.", '2026-08-06');
    expect(growthOf(rows, 7.3)).toMatchObject({ period_start: '2026-06' });
    expect(growthOf(rows, 9)).toMatchObject({ period_start: '2026-07', flow: 'export' });
  });
  it('reads "compared with January\'s 6 per cent" and keeps the figure\'s own yearly change', () => {
    const rows = releaseRows("JAKARTA, March 15 -- Palm oil exports in February were up 2 per cent on the year, compared with January's 6 per cent.", '2026-03-15');
    expect(growthOf(rows, 6)).toMatchObject({ period_start: '2026-01' });
    expect(growthOf(rows, 2)).toMatchObject({ period_start: '2026-02', period_end: '2026-02' });
  });
  it('reads "topping March\'s 2.5% rise" (a passing verb, the noun kept)', () => {
    const rows = releaseRows("MANILA, May 10 -- Electronics exports rose 3% in April, topping March's 2.5% rise.", '2026-05-10');
    expect(growthOf(rows, 2.5)).toMatchObject({ period_start: '2026-03' });
    expect(growthOf(rows, 3)).toMatchObject({ period_start: '2026-04' });
  });
  it('reads "a shade below August\'s 4 pct, and" in the middle of a sentence', () => {
    const rows = releaseRows("OTTAWA, Oct. 14 -- Lumber exports increased 3.2 pct in September, a shade below August's 4 pct, and imports were flat.", '2026-10-14');
    expect(growthOf(rows, 4)).toMatchObject({ period_start: '2026-08' });
  });
  it('does not read a share set beside a month\'s share as a growth (near miss)', () => {
    const rows = releaseRows("SANTIAGO, June 8 -- The copper share of exports rose to 54.2% in May, above April's 51.8%.", '2026-06-08');
    expect(rows.some((r) => r.yoy_pct === 51.8)).toBe(false);
  });
  it('does not read a month\'s rate with no word of comparison before it (near miss)', () => {
    const rows = releaseRows("BANGKOK, June 8 -- Exports rose 7% in May. April's 3.9% was revised up.", '2026-06-08');
    expect(rows.some((r) => r.yoy_pct === 3.9)).toBe(false);
  });
});

describe('a percentage whose sign is glued to the number ("11.7pc", "6pct") passing a dated period makes that period a base', () => {
  it('reads "11.7pc above June 2023 but lower than May\'s" as a yearly change, and May in the figure\'s year', () => {
    const rows = releaseRows("ISLAMABAD, July 3 -- Exports totalled $2.4bn in June, 9.5pc above June 2025 but lower than May's $2.7bn.", '2026-07-03');
    expect(levelOf(rows, 2.4e9)).toMatchObject({ period_start: '2026-06', yoy_pct: 9.5 });
    expect(levelOf(rows, 2.7e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads "6pct below January 2025 and under December\'s" after a verb of reaching', () => {
    const rows = releaseRows("KARACHI, Feb 4 -- Textile exports reached $1.5bn in January, 6pct below January 2025 and under December's $1.7bn.", '2026-02-04');
    expect(levelOf(rows, 1.5e9)).toMatchObject({ period_start: '2026-01', yoy_pct: -6 });
    expect(levelOf(rows, 1.7e9)).toMatchObject({ period_start: '2025-12' });
  });
  it('reads "was 15pc above October 2025 and wider than September\'s" for a deficit', () => {
    const rows = releaseRows("KARACHI, Nov 5 -- The October deficit of $3.3bn was 15pc above October 2025 and wider than September's $2.9bn.", '2026-11-05');
    expect(levelOf(rows, -3.3e9)).toMatchObject({ period_start: '2026-10', yoy_pct: 15 });
    expect(levelOf(rows, -2.9e9)).toMatchObject({ period_start: '2026-09' });
  });
  it('reads "stood 4.1percent below March 2025 yet above February\'s" with the level first and the period before the verb', () => {
    const rows = releaseRows("COLOMBO, Apr 12 -- Tea exports of 21,400 tonnes in March stood 4.1percent below March 2025 yet above February's 19,800 tonnes.", '2026-04-12');
    expect(levelOf(rows, 21400)).toMatchObject({ period_start: '2026-03', yoy_pct: -4.1 });
    expect(levelOf(rows, 19800)).toMatchObject({ period_start: '2026-02' });
  });
  it('reads "8pc above August 2025, although below July\'s 0.61 million tonnes" with a trailing month', () => {
    const rows = releaseRows("DHAKA, Sept 9 -- Rice imports came to 0.52 million tonnes in August, 8pc above August 2025, although below July's 0.61 million tonnes.", '2026-09-09');
    expect(levelOf(rows, 520000)).toMatchObject({ period_start: '2026-08', yoy_pct: 8 });
    expect(levelOf(rows, 610000)).toMatchObject({ period_start: '2026-07' });
  });
  it('gives no yearly change for a glued rate above the same month two years back (near miss)', () => {
    const rows = releaseRows('ISLAMABAD, July 3 -- Exports totalled $2.4bn in June, 20pc above June 2024.', '2026-07-03');
    expect(levelOf(rows, 2.4e9)).toMatchObject({ period_start: '2026-06', yoy_pct: null });
  });
  it('does not read a count of pieces glued to its number as a percentage (near miss)', () => {
    const rows = releaseRows('ISLAMABAD, July 3 -- Exports totalled $2.4bn in June 2026, with 500pcs above the quota.', '2026-07-03');
    expect(levelOf(rows, 2.4e9)).toMatchObject({ period_start: '2026-06', yoy_pct: null });
  });
});

describe('a later place that keeps the noun of its crossing before a gapped amount owns that amount, not the one before it', () => {
  const areaOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.area;
  it('reads "and the Altynkol - Khorgos crossing 358,000 TEU" after a spaced pair', () => {
    const rows = releaseRows('ALMATY, Jan 10 -- Last year the Dostyk - Alashankou crossing carried 517,000 TEU and the Altynkol - Khorgos crossing 358,000 TEU.', '2021-01-10');
    expect(areaOf(rows, 517000)).toBe('Dostyk Port');
    expect(areaOf(rows, 358000)).toBe('Altynkol Port');
  });
  it('reads "and Khorgos station some 4,200 trains" with a hedge before the number', () => {
    const rows = releaseRows('URUMQI, Jan 10 -- Alashankou station on the Kazakh frontier received about 5,000 trains in 2020 and Khorgos station some 4,200 trains.', '2021-01-10');
    expect(areaOf(rows, 5000)).toBe('Alashankou Port');
  });
  it('reads "and the Manzhouli - Zabaikalsk rail crossing 16.1 million tonnes" with a scale and a unit', () => {
    const rows = releaseRows('HARBIN, Jan 10 -- In 2020 the Suifenhe - Grodekovo rail crossing in the east handled 9.8 million tonnes and the Manzhouli - Zabaikalsk rail crossing 16.1 million tonnes.', '2021-01-10');
    expect(areaOf(rows, 9.8e6)).toBe('Suifenhe Port');
    expect(areaOf(rows, 16.1e6)).toBe('Manzhouli Port');
  });
  it('reads "and Hekou station 960 trains" after a time phrase', () => {
    const rows = releaseRows('KUNMING, Jan 10 -- Mohan station near the border with Laos received 1,850 trains last year and Hekou station 960 trains.', '2021-01-10');
    expect(areaOf(rows, 1850)).toBe('Mohan Port');
  });
  it('reads "and the Dostyk - Alashankou crossing roughly 14.6 million tonnes" with the goods named only before', () => {
    const rows = releaseRows('URUMQI, Jan 10 -- In 2020 the Khorgos - Altynkol crossing in western Xinjiang moved 8.1 million tonnes of cargo and the Dostyk - Alashankou crossing roughly 14.6 million tonnes.', '2021-01-10');
    expect(areaOf(rows, 8.1e6)).toBe('Horgos Port');
    expect(areaOf(rows, 14.6e6)).toBe('Dostyk Port');
  });
  it('keeps a crossing after the amount whose number is an hour count, not an amount of its own (near miss)', () => {
    const rows = releaseRows('URUMQI, Jan 10 -- Xinjiang moved 3.2 million tonnes of goods in 2020 through the Khorgos crossing 24 hours a day.', '2021-01-10');
    expect(areaOf(rows, 3.2e6)).toBe('Horgos Port');
  });
  it('keeps a port after the amount when the next amount follows a comma (near miss)', () => {
    const rows = releaseRows('NANNING, Jan 10 -- In Guangxi, 3.2 million tonnes passed through Pingxiang port in 2020, 1.1 million tonnes more than a year earlier.', '2021-01-10');
    expect(areaOf(rows, 3.2e6)).toBe('Pingxiang Port');
  });
});

describe('a relative clause opened by a preposition and "which", or by "where" / "whereby", that names both ways describes the subject', () => {
  const flowOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.flow;
  it('reads ", in which factories import components and export the assembled products," as an aside', () => {
    const rows = releaseRows('BEIJING, July 15 -- Processing trade, in which factories import components and export the assembled products, came to 1.4 trillion yuan in the first half, down 2.1 percent.', '2026-07-15');
    expect(flowOf(rows, 1.4e12)).toBe('total');
  });
  it('reads ", whereby merchants import cargo and export it again," as an aside', () => {
    const rows = releaseRows('SINGAPORE, July 15 -- Entrepot trade, whereby merchants import cargo and export it again, totalled 85 billion dollars in the first half.', '2026-07-15');
    expect(flowOf(rows, 85e9)).toBe('total');
  });
  it('reads ", where villagers import rice and export farm tools," as an aside', () => {
    const rows = releaseRows('KUNMING, July 15 -- Border trade, where villagers import rice and export farm tools, came to 2.1 billion yuan in the first half.', '2026-07-15');
    expect(flowOf(rows, 2.1e9)).toBe('total');
  });
  it('reads ", under which firms import inputs free of duty and export the output," as an aside', () => {
    const rows = releaseRows('SHANGHAI, July 15 -- Bonded trade, under which firms import inputs free of duty and export the output, reached 412 billion yuan in the first half of the year.', '2026-07-15');
    expect(flowOf(rows, 412e9)).toBe('total');
  });
  it('reads ", through which small traders import samples and export mixed goods," before a change and a level', () => {
    const rows = releaseRows('YIWU, July 15 -- Market procurement trade, through which small traders import samples and export mixed goods, rose 9 percent to 310 billion yuan in the first half.', '2026-07-15');
    expect(rows.find((r) => r.value === 310e9)).toMatchObject({ flow: 'total', yoy_pct: 9 });
  });
  it('reads ", by which plants import materials and re-export finished items," with a verb of falling after it', () => {
    const rows = releaseRows('DONGGUAN, July 15 -- Toll-processing trade, by which plants import materials and re-export finished items, slipped 4 percent to 96 billion yuan in the first half.', '2026-07-15');
    expect(flowOf(rows, 96e9)).toBe('total');
  });
  it('keeps the flow the subject names before a "which" clause that compares it with the other way (near miss)', () => {
    const rows = releaseRows('BEIJING, July 15 -- Exports, which grew faster than imports, amounted to 1.9 trillion yuan in the first half.', '2026-07-15');
    expect(flowOf(rows, 1.9e12)).toBe('export');
  });
  it('keeps a part introduced by ", of which" its own flow (near miss)', () => {
    const rows = releaseRows('BEIJING, July 15 -- Processing trade amounted to 2.9 trillion yuan in the first half, of which exports were 1.8 trillion yuan.', '2026-07-15');
    expect(flowOf(rows, 1.8e12)).toBe('export');
    expect(flowOf(rows, 2.9e12)).toBe('total');
  });
});

describe('a clause of only a place and an amount, its verb left out, goes the way the item listed before it went', () => {
  const flowOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.flow;
  it('reads ", while Wuhu about 18 billion yuan" after a part of the provincial total', () => {
    const rows = releaseRows('HEFEI, March 18 -- Exports rose 9 percent to 110 billion yuan in January-February, while imports fell 3 percent to 50 billion yuan. Among its cities, Hefei handled 72 billion yuan of the provincial total, while Wuhu about 18 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 72e9)).toBe('total');
    expect(flowOf(rows, 18e9)).toBe('total');
  });
  it('reads ", and Mianyang for 5 billion yuan" with the preposition of the verb kept', () => {
    const rows = releaseRows('CHENGDU, March 18 -- Exports were 90 billion yuan in January-February and imports 60 billion yuan. Chengdu took 130 billion yuan of the provincial total, up 6 percent, and Mianyang for 5 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 5e9)).toBe('total');
  });
  it('reads ", and Fuzhou port 70 billion yuan" with the noun of the place', () => {
    const rows = releaseRows('XIAMEN, March 18 -- Exports were 190 billion yuan in the first two months and imports 110 billion yuan. Xiamen delivered 140 billion yuan of the provincial total, down 2 percent, and Fuzhou port 70 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 70e9)).toBe('total');
  });
  it('reads ", and the city of Fuzhou just 70 billion yuan" with the place named by its kind first', () => {
    const rows = releaseRows('XIAMEN, March 18 -- Exports were 190 billion yuan in the first two months and imports 110 billion yuan. Xiamen delivered 140 billion yuan of the provincial total, down 2 percent, and the city of Fuzhou just 70 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 70e9)).toBe('total');
  });
  it('reads ", and Jieyang 6.41 billion yuan" after a part of the total with its change', () => {
    const rows = releaseRows('SHANTOU, March 18 -- Exports rose 12 percent to 24.5 billion yuan in January-February, while imports fell 2 percent to 7.3 billion yuan. Of the four cities, Shantou contributed 15.06 billion yuan of the total, up 11.2 percent, and Jieyang 6.41 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 15.06e9)).toBe('total');
    expect(flowOf(rows, 6.41e9)).toBe('total');
  });
  it('keeps the flow a later clause names for itself (near miss)', () => {
    const rows = releaseRows('CHENGDU, March 18 -- Chengdu took 130 billion yuan of the provincial trade total in January-February, and its exports 80 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 80e9)).toBe('export');
  });
  it('does not carry a flow to a clause that opens with a lower-case subject (near miss)', () => {
    const rows = releaseRows('HEFEI, March 18 -- Hefei exported goods worth 72 billion yuan in January-February, and imports of chips 18 billion yuan.', '2026-03-18');
    expect(flowOf(rows, 18e9)).toBe('import');
  });
});

describe("a worth said after the quantity's own change is what that quantity was worth, and goes the quantity's way", () => {
  const flowOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.flow;
  it('reads ", 40 percent more than a year earlier, worth a combined 30.5 billion yuan" after trips both ways', () => {
    const rows = releaseRows('YIWU, Jan 12 -- Outbound and inbound trips numbered 1,512 and 392 respectively. The trains carried 156,000 TEUs of goods, 40 percent more than a year earlier, worth a combined 30.5 billion yuan.', '2026-01-12');
    expect(flowOf(rows, 30.5e9)).toBe(flowOf(rows, 156000));
    expect(flowOf(rows, 30.5e9)).toBe('total');
  });
  it('reads ", up 8 percent on the year, valued at an estimated 12 billion yuan"', () => {
    const rows = releaseRows('ERENHOT, Jan 12 -- Trains left with 9,100 and came back with 4,300 containers. The port handled 2.1 million tonnes of freight, up 8 percent on the year, valued at an estimated 12 billion yuan.', '2026-01-12');
    expect(flowOf(rows, 12e9)).toBe('total');
  });
  it('reads ", or 14 percent more than in 2025, and worth a total of 48 billion yuan"', () => {
    const rows = releaseRows('CHONGQING, Jan 12 -- Exports rose 5 percent and imports 3 percent. The corridor moved 420,000 TEUs of cargo, or 14 percent more than in 2025, and worth a total of 48 billion yuan.', '2026-01-12');
    expect(flowOf(rows, 48e9)).toBe('total');
  });
  it('reads ", 4 percent down from 2025, worth some 70 billion yuan" with no goods named', () => {
    const rows = releaseRows('MANZHOULI, Jan 12 -- Imports of timber rose 6 percent and exports of machinery 9 percent. The crossing cleared 16 million tonnes, 4 percent down from 2025, worth some 70 billion yuan.', '2026-01-12');
    expect(flowOf(rows, 70e9)).toBe('total');
  });
  it('reads ", up 21 percent, with a combined value of 9.6 billion yuan" (the worth as a noun)', () => {
    const rows = releaseRows('LIANYUNGANG, Jan 12 -- Westbound trains rose 9 percent and eastbound ones 4 percent. The hub dispatched 88,000 TEUs of goods, up 21 percent, with a combined value of 9.6 billion yuan.', '2026-01-12');
    expect(flowOf(rows, 9.6e9)).toBe('total');
  });
  it('keeps the flow of goods a later clause names before their worth (near miss)', () => {
    const rows = releaseRows('HORGOS, Jan 12 -- Imports rose 6 percent. The port handled 1.2 million tonnes of cargo, up 5 percent, while exports worth 9 billion yuan left by truck.', '2026-01-12');
    expect(flowOf(rows, 9e9)).toBe('export');
  });
  it('keeps imports named after "and" with their worth (near miss)', () => {
    const rows = releaseRows('HORGOS, Jan 12 -- Exports rose 6 percent. The port handled 1.2 million tonnes of cargo, up 5 percent, and imports worth 9 billion yuan arrived by rail.', '2026-01-12');
    expect(flowOf(rows, 9e9)).toBe('import');
  });
});

describe("an amount set beside the months' records, with no period of its own, is of the month the span in force ends in", () => {
  const periodOf = (rows: ObservationDraft[], value: number) => {
    const r = rows.find((x) => x.value === value);
    return r && [r.period_start, r.period_end];
  };
  it('reads ", the second-highest monthly figure on record" after a paragraph on the first three quarters', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- In the first three quarters, exports rose 5 percent. Soybean imports climbed to 11.2 million tonnes, the second-highest monthly figure on record.', '2026-10-14');
    expect(periodOf(rows, 11.2e6)).toEqual(['2026-09', '2026-09']);
  });
  it('reads ", a monthly record, as ..." before a clause of cause', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Crude arrivals reached 49.6 million tonnes, a monthly record, as refiners restocked.', '2026-10-14');
    expect(periodOf(rows, 49.6e6)).toEqual(['2026-09', '2026-09']);
  });
  it('reads ", the biggest monthly volume since 2021" with a thousands comma in the amount', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Copper ore shipments came in at 2,610,000 tonnes, the biggest monthly volume since 2021.', '2026-10-14');
    expect(periodOf(rows, 2.61e6)).toEqual(['2026-09', '2026-09']);
  });
  it('reads ", the lowest for any single month this year" (the month as a noun)', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Iron ore imports fell to 96.3 million tonnes, the lowest for any single month this year.', '2026-10-14');
    expect(periodOf(rows, 96.3e6)).toEqual(['2026-09', '2026-09']);
  });
  it('reads ", their highest monthly tally in 18 months" with a possessive', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Coal purchases totalled 42.1 million tonnes, their highest monthly tally in 18 months.', '2026-10-14');
    expect(periodOf(rows, 42.1e6)).toEqual(['2026-09', '2026-09']);
  });
  it('keeps the span in force for an amount beside a monthly average named in another clause (near miss)', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Coal purchases totalled 342.1 million tonnes, with monthly arrivals averaging 38 million tonnes.', '2026-10-14');
    expect(periodOf(rows, 342.1e6)).toEqual(['2026-01', '2026-09']);
  });
  it('keeps the span in force for an amount compared with the same span (near miss)', () => {
    const rows = releaseRows('BEIJING, Oct 14 -- Exports rose 5 percent in January-September. Coal purchases totalled 342.1 million tonnes, the highest for the period since 2019.', '2026-10-14');
    expect(periodOf(rows, 342.1e6)).toEqual(['2026-01', '2026-09']);
  });
});

describe('a participle of publication set off by commas dates the publishing, not the figures', () => {
  const periodOf = (rows: ObservationDraft[], value: number) => {
    const r = rows.find((x) => x.value === value);
    return r && [r.period_start, r.period_end];
  };
  it('reads "Origin data for September, published last month, showed ..."', () => {
    const rows = releaseRows('BEIJING, Nov 7 -- China brought in 8.69 million tonnes of soybeans in October. Origin data for September, published last month, showed 6.43 million tonnes came from Brazil.', '2020-11-07');
    expect(periodOf(rows, 6.43e6)).toEqual(['2020-09', '2020-09']);
  });
  it('reads "The breakdown for August, released in September, put ..."', () => {
    const rows = releaseRows('TOKYO, Oct 10 -- Exports rose in September. The breakdown for August, released in September, put shipments to China at 1.2 million tonnes.', '2026-10-10');
    expect(periodOf(rows, 1.2e6)).toEqual(['2026-08', '2026-08']);
  });
  it('reads "Figures for the second quarter, which were issued in July, show ..."', () => {
    const rows = releaseRows('SEOUL, Aug 10 -- Figures for the second quarter, which were issued in July, show exports of 45 billion dollars.', '2026-08-10');
    expect(periodOf(rows, 45e9)).toEqual(['2026-04', '2026-06']);
  });
  it('reads "Customs data on June arrivals, first made public in July, showed ..."', () => {
    const rows = releaseRows('NEW DELHI, Aug 2 -- Crude imports rose in July. Customs data on June arrivals, first made public in July, showed 3.1 million tonnes of crude came from Russia.', '2026-08-02');
    expect(periodOf(rows, 3.1e6)).toEqual(['2026-06', '2026-06']);
  });
  it('reads "The May tally, posted in June, came to ..."', () => {
    const rows = releaseRows('MANILA, July 2 -- Rice imports were steady in June. The May tally, posted in June, came to 880,000 tonnes.', '2026-07-02');
    expect(periodOf(rows, 880000)).toEqual(['2026-05', '2026-05']);
  });
  it('keeps a period after goods released from storage, a verb of moving goods (near miss)', () => {
    const rows = releaseRows('HANOI, June 5 -- Frozen pork, released from bonded storage in May, came to 42,000 tonnes.', '2026-06-05');
    expect(periodOf(rows, 42000)).toEqual(['2026-05', '2026-05']);
  });
  it('keeps a period after goods shipped in a month (near miss)', () => {
    const rows = releaseRows('DALIAN, Nov 5 -- Soybeans, shipped in October, reached 8.7 million tonnes.', '2026-11-05');
    expect(periodOf(rows, 8.7e6)).toEqual(['2026-10', '2026-10']);
  });
});
