/**
 * Rules added in the fixing round for b189 (and the leftovers of b187, b188 and b171), thirty-second session (issue 9):
 * each cause in several phrasings of our own (wire, agency, local outlet, translated English) and near misses that must
 * not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a79', source_url: 'https://example.org/r/a79', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('an amount set right below or above an earlier time is a change, not a level', () => {
  it('reads no row from a price gap "below a year ago" after a unit price', () => {
    const rows = rowsOf('SINGAPORE, May 12 (Reuters) - China\'s copper imports rose 4% in April to 480,000 tonnes. Spot cathode sold at about $9,400 a ton this week, roughly $650 below a year ago.');
    expect(row(rows, 650)).toBeUndefined();
    expect(row(rows, 480000)).toMatchObject({ yoy_pct: 4 });
  });
  it('reads no row from an amount "above last month" in agency English', () => {
    const rows = rowsOf('MOSCOW, May 12 -- In April, Russia\'s grain exports amounted to 4.1 million tonnes. The average contract price stood at 228 U.S. dollars per tonne, or 12 dollars above last month.');
    expect(row(rows, 12)).toBeUndefined();
  });
  it('reads no row from tonnes "short of the same month of 2025" (a local outlet)', () => {
    const rows = rowsOf('MANZHOULI, May 12 -- Timber arriving through the port in April came to 610,000 tonnes, while coal deliveries were some 90,000 tonnes short of the same month of 2025.');
    expect(row(rows, 90000)).toBeUndefined();
    expect(row(rows, 610000)).toBeDefined();
  });
  it('reads no row from tonnes "below the previous month" (wire)', () => {
    const rows = rowsOf('HANOI, May 12 -- Vietnam\'s rice exports came to 810,000 tonnes in April, some 60,000 tonnes below the previous month.');
    expect(row(rows, 60000)).toBeUndefined();
    expect(row(rows, 810000)).toBeDefined();
  });
  it('keeps a level set off by a comma before the comparison (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- China\'s soybean imports came to 8.2 million tonnes in April, below a year earlier as crushers held back.');
    expect(row(rows, 8.2e6)).toMatchObject({ period_start: '2026-04', flow: 'import' });
  });
  it('keeps a level followed by "below" a level that is not a time (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- China\'s trade surplus narrowed to 71.3 billion U.S. dollars in April, below market forecasts.');
    expect(row(rows, 71.3e9)).toBeDefined();
  });
});

describe('a level someone expects a flow to move to (verb of change, then "to") is a forecast', () => {
  it('drops "expects outlays ... to ease to around" an amount, a peak year after it', () => {
    const rows = rowsOf('BEIJING, Jan 14 -- China imported chips worth $390 billion in 2025. Trade body SEMI expects outlays on wafer-fab equipment in mainland China to ease to around $36 billion in 2026, from a peak in 2024.', '2026-01-14');
    expect(row(rows, 36e9)).toBeUndefined();
    expect(row(rows, 390e9)).toBeDefined();
  });
  it('drops "anticipates arrivals to climb back to" tonnes', () => {
    const rows = rowsOf('PERTH, May 12 -- Iron ore shipments to China were 71 million tonnes in April. The department anticipates arrivals at Chinese mills to climb back to about 80 million tonnes over the rest of the year.');
    expect(row(rows, 80e6)).toBeUndefined();
    expect(row(rows, 71e6)).toBeDefined();
  });
  it('drops what an institute "predicts ... to recover to some" amount (translated English)', () => {
    const rows = rowsOf('TOKYO, Jan 14 (Kyodo) -- Japan\'s exports to China reached 18.9 trillion yen in 2025. The institute predicts shipments of machinery to the country to recover to some 6 trillion yen in 2026, after a slump in 2025.', '2026-01-14');
    expect(row(rows, 6e12)).toBeUndefined();
    expect(row(rows, 18.9e12)).toBeDefined();
  });
  it('keeps a result that beat what was expected (guard)', () => {
    const rows = rowsOf('SEOUL, May 12 (Yonhap) -- Exports, which had been expected to slow, rose 6.1 percent to 58.2 billion dollars in April.');
    expect(row(rows, 58.2e9)).toMatchObject({ yoy_pct: 6.1 });
  });
});

describe('a "since" inside a comma aside about the subject dates no figure', () => {
  it('keeps the quarter in force for goods described "a business the province has courted since 2021"', () => {
    const rows = rowsOf('HAIKOU, May 12 -- Hainan\'s trade came to 98.4 billion yuan in the first quarter, up 6.1 percent. Bonded logistics, a business the province has courted since 2021, rose 12 percent to 8.4 billion yuan.');
    expect(row(rows, 8.4e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03', yoy_pct: 12 });
  });
  it('keeps it for a partner described "which has had a free trade deal with China since 2024"', () => {
    const rows = rowsOf('BEIJING, May 12 (Xinhua) -- In the first four months, China\'s trade with Europe grew 3.2 percent. Trade with Serbia, which has had a free trade deal with China since 2024, climbed 9 percent to 2.1 billion U.S. dollars.');
    expect(row(rows, 2.1e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('keeps it for a trade mode "a mode that has been piloted in the city since 2019" (local outlet)', () => {
    const rows = rowsOf('YIWU, May 12 -- The city exported goods worth 190 billion yuan in the first four months. Market procurement trade, a mode that has been piloted in the city since 2019, came to 120 billion yuan, up 8.8 percent.');
    expect(row(rows, 120e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('still reads a total since a year told as a clause of its own (guard)', () => {
    const rows = rowsOf('CHONGQING, May 12 -- The line opened in March 2016, and the service has run since 2016, carrying more than 12,000 trains in total.');
    expect(row(rows, 12000)?.period_start).not.toBe('2026-01');
  });
});

describe('"capital" followed by a name (or "is" and a name) is the capital city, not money', () => {
  it('keeps the amount of a province "whose capital is" its city', () => {
    const rows = rowsOf('LANZHOU, May 12 (Xinhua) -- Gansu province, whose capital is Lanzhou, recorded foreign trade of 18.6 billion yuan in the first four months, up 5.5 percent.');
    expect(row(rows, 18.6e9)).toMatchObject({ yoy_pct: 5.5, area: 'Gansu' });
  });
  it('keeps it for a region "with its capital Urumqi" (translated English)', () => {
    const rows = rowsOf('URUMQI, May 12 -- Xinjiang, with its capital Urumqi, handled 150.2 billion yuan of trade in the first four months, up 14.1 percent.');
    expect(row(rows, 150.2e9)).toMatchObject({ yoy_pct: 14.1 });
  });
  it('keeps it for "whose capital Harbin hosts the fair" in a local outlet', () => {
    const rows = rowsOf('HARBIN, May 12 -- Heilongjiang, whose capital Harbin hosts the fair, exported 22.4 billion yuan in the first four months, up 7 percent.');
    expect(row(rows, 22.4e9)).toMatchObject({ yoy_pct: 7, flow: 'export' });
  });
  it('still sets aside registered capital with an amount (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, 1,200 new foreign-funded firms were set up in the province, with registered capital of 32 billion yuan.');
    expect(row(rows, 32e9)).toBeUndefined();
  });
});

describe('a sentence opened by a comparison with a grouped-digit amount points its growth back at the level before', () => {
  it('gives the May level the growth of "Compared with 4,310 tonnes in May last year, shipments were down"', () => {
    const rows = rowsOf('BEIJING, June 7 (Reuters) - China\'s tungsten exports fell 9.1% in May from April to 1,875 metric tons, customs data showed. Compared with 1,962 tons in May last year, shipments were down 4.4%.', '2026-06-07');
    expect(row(rows, 1875)).toMatchObject({ period_start: '2026-05', yoy_pct: -4.4 });
    expect(rows.some((r) => r.value === null)).toBe(false);
  });
  it('does so after "Against 1,204,500 tonnes a year earlier, arrivals were"', () => {
    const rows = rowsOf('SINGAPORE, June 7 -- China\'s imports of bauxite climbed to 1.38 million tonnes in May. Against 1,204,500 tonnes a year earlier, arrivals were 14.6% higher.', '2026-06-07');
    expect(row(rows, 1.38e6)).toMatchObject({ yoy_pct: 14.6 });
  });
  it('does so after "Compared to US$3,512.4 million in the same month of 2025, they were up" (agency English)', () => {
    const rows = rowsOf('ASTANA, June 7 -- Kazakhstan\'s exports to China amounted to 3.71 billion US dollars in May. Compared to US$3,512.4 million in the same month of 2025, they were up 5.6%.', '2026-06-07');
    expect(row(rows, 3.71e9)).toMatchObject({ yoy_pct: 5.6 });
  });
  it('keeps a growth naming its own goods after such a base its own row (guard)', () => {
    const rows = rowsOf('BEIJING, June 7 -- China exported 1,875 tonnes of tungsten in May. Compared with 1,962 tonnes in May last year, molybdenum exports were down 4.4%.', '2026-06-07');
    expect(row(rows, 1875)?.yoy_pct).toBeNull();
  });
});

describe('a percentage "of everything / all that / what" a place traded is a share', () => {
  it('reads "about 60 per cent of everything New Zealand sold to China" as a share (wire)', () => {
    const rows = rowsOf('WELLINGTON, May 12 (AAP) - Dairy shipments to China were worth NZ$1.4 billion in April. That was about 60 per cent of everything New Zealand sold to China in the month.');
    expect(row(rows, 60)).toMatchObject({ unit: 'percent-share', qualifier: 'about' });
  });
  it('reads "corresponding to 31.2% of all that Argentina exported" as a share (agency)', () => {
    const rows = rowsOf('BUENOS AIRES, May 12 -- Sales to Brazil totalled US$1.62 billion in April, up 8.1%, corresponding to 31.2% of all that Argentina exported.');
    expect(row(rows, 31.2)).toMatchObject({ unit: 'percent-share' });
    expect(row(rows, 1.62e9)).toMatchObject({ yoy_pct: 8.1 });
  });
  it('reads "18 percent of what the province shipped abroad" as a share (local outlet)', () => {
    const rows = rowsOf('FUZHOU, May 12 -- In the first four months, shoes and clothing worth 21.5 billion yuan left Fujian, 18 percent of what the province shipped abroad.');
    expect(row(rows, 18)).toMatchObject({ unit: 'percent-share' });
  });
  it('keeps "up 7 percent from what the country exported a year earlier" a growth (guard)', () => {
    const rows = rowsOf('WELLINGTON, May 12 -- Dairy exports were worth NZ$2.1 billion in April, up 7 percent from what the country exported a year earlier.');
    expect(row(rows, 7)).toBeUndefined();
    expect(row(rows, 2.1e9)).toMatchObject({ yoy_pct: 7 });
  });
});

describe('a wider place fronted after "in / inside / within" and a comma only locates the place opening the clause', () => {
  it('gives a zone "Inside Ningbo, the ... Bonded Zone" its own figure', () => {
    const rows = rowsOf('HANGZHOU, May 12 -- Inside Ningbo, the Meishan Comprehensive Bonded Zone handled 41.8 billion yuan of goods in the first four months, up 6.6 percent.');
    expect(row(rows, 41.8e9)?.area).toMatch(/Meishan/);
  });
  it('gives the city "In Jiangsu, Wuxi shipped" its figure (wire)', () => {
    const rows = rowsOf('NANJING, May 12 (Xinhua) -- In Jiangsu, Wuxi shipped goods worth 98.2 billion yuan abroad in the first four months, an increase of 4.9 percent.');
    expect(row(rows, 98.2e9)).toMatchObject({ area: 'Wuxi', flow: 'export' });
  });
  it('gives the port "Within Xinjiang, Horgos Port cleared" its figure (translated English)', () => {
    const rows = rowsOf('URUMQI, May 12 -- Within Xinjiang, Horgos Port cleared 41.2 billion yuan of goods in the first four months, up 11 percent.');
    expect(row(rows, 41.2e9)?.area).toBe('Horgos Port');
  });
  it('keeps the province when the place after the comma is its customs house reporting (guard)', () => {
    const rows = rowsOf('NANJING, May 12 -- In Jiangsu, Nanjing Customs said trade rose 5.2 percent to 1.83 trillion yuan in the first four months.');
    expect(row(rows, 1.83e12)?.area).toBe('Jiangsu');
  });
});
