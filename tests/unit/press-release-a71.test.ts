/**
 * Rules of the fixing round for blind batches b178 and b180 (thirtieth session): asides between a subject and its verb,
 * forecasters described at length, no change after a named year, provinces that ship, goods lying in store, an amount named
 * back as one word, lists inside an aside, both directions opening a split of services, and a city's inland port written short.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-08'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a71', source_url: 'https://example.org/r/a71', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('forecasters described at length before "had looked for" or "had expected"', () => {
  it('sets aside what economists surveyed before the release had looked for', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- Exports rose 3.9 percent in October. Economists surveyed before the release had looked for a 2 percent rise in exports.');
    expect(growth(rows, 2)).toBeUndefined();
    expect(growth(rows, 3.9)).toBeDefined();
  });
  it('sets aside what forecasters polled by the agency late last month looked for', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- Imports fell 1.1% in October. Forecasters polled by the agency late last month looked for a 0.5% gain in imports.');
    expect(growth(rows, 0.5)).toBeUndefined();
  });
  it('sets aside what analysts in a wire-service survey were looking for', () => {
    const rows = rowsOf('SEOUL, Nov. 8 -- Shipments abroad grew 6.2 pct in October, while analysts in a Yonhap survey last month were looking for a 4.1 pct increase.');
    expect(growth(rows, 4.1)).toBeUndefined();
    expect(growth(rows, 6.2)).toBeDefined();
  });
  it('keeps a result economists only commented on (guard)', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- Economists at a Shanghai brokerage said exports rose 3.9 percent in October.');
    expect(growth(rows, 3.9)).toBeDefined();
  });
});

describe('no change in words after the level and its year', () => {
  it('reads "last year, roughly flat on the previous year" as growth 0', () => {
    const rows = rowsOf('GUIYANG, Feb. 3 -- The province\'s foreign trade was 61.3 billion yuan last year, roughly flat on the previous year.', '2026-02-03');
    expect(row(rows, 61.3e9)).toMatchObject({ yoy_pct: 0, period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "over the year, basically unchanged from" the year before as growth 0', () => {
    const rows = rowsOf('XINING, Feb. 3 -- Exports came to 2.4 billion yuan over the year, basically unchanged from 2024.', '2026-02-03');
    expect(row(rows, 2.4e9)?.yoy_pct).toBe(0);
  });
  it('reads "this year, virtually flat year on year" as growth 0', () => {
    const rows = rowsOf('HOHHOT, Nov. 8 -- In the first ten months, the port handled 3.3 million tonnes this year, virtually flat year on year.');
    expect(row(rows, 3.3e6)?.yoy_pct).toBe(0);
  });
  it('leaves a level flat on another month with no growth (guard)', () => {
    const rows = rowsOf('GUIYANG, Feb. 3 -- The province\'s exports were 5.2 billion yuan last year, flat on December 2023.', '2026-02-03');
    expect(row(rows, 5.2e9)?.yoy_pct).toBeNull();
  });
});

describe('a province or city that shipped, sold or sent goods exported them', () => {
  it('reads "Yunnan shipped ... of farm goods" as exports', () => {
    const rows = rowsOf('KUNMING, Nov. 8 -- In the first ten months, Yunnan shipped 41.2 billion yuan of farm produce, up 4.4 percent.');
    expect(row(rows, 41.2e9)).toMatchObject({ flow: 'export', area: 'Yunnan' });
  });
  it('reads "Guangxi also sold" as exports', () => {
    const rows = rowsOf('NANNING, Nov. 8 -- In the first ten months, Guangxi also sold 1.6 million tonnes of sugar.');
    expect(row(rows, 1.6e6)).toMatchObject({ flow: 'export' });
  });
  it('reads a city that "sent" goods as exports', () => {
    const rows = rowsOf('XIAMEN, Nov. 8 -- From January to October, Xiamen sent 9.7 billion yuan worth of footwear.');
    expect(row(rows, 9.7e9)).toMatchObject({ flow: 'export' });
  });
  it('leaves boxes a hub city shipped along a corridor two-way (guard)', () => {
    const rows = rowsOf('CHONGQING, Nov. 8 -- In the first ten months, Chongqing shipped 188,000 TEUs of goods via the land-sea corridor, up 9.2 percent.');
    expect(row(rows, 188000)?.flow).toBe('total');
  });
});

describe('an aside about a subject that names its own flow', () => {
  it('keeps exports that "have outpaced imports" exports', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- In the first ten months, exports, which have outpaced imports all year, rose 5.5 percent to 20.1 trillion yuan.');
    expect(row(rows, 20.1e12)?.flow).toBe('export');
  });
  it('keeps imports "which trailed exports" imports', () => {
    const rows = rowsOf('HANOI, Nov. 8 -- In the first ten months, imports, which trailed exports for a third year, grew 3 percent to 301 billion dollars.');
    expect(row(rows, 301e9)?.flow).toBe('import');
  });
  it('keeps trade with a partner ranked as a supplier two-way', () => {
    const rows = rowsOf('TAIYUAN, Nov. 8 -- In the first ten months, trade with Australia, the province\'s biggest supplier of ore, decreased 12 percent.');
    expect(growth(rows, -12)?.flow).toBe('total');
  });
  it('keeps trade with a partner ranked as an export market two-way', () => {
    const rows = rowsOf('HEFEI, Nov. 8 -- In the first ten months, trade with Germany, its largest export market in Europe, rose 7 percent to 38 billion yuan.');
    expect(row(rows, 38e9)?.flow).toBe('total');
  });
  it('still gives a subject with no flow of its own the flow its aside names (guard)', () => {
    const rows = rowsOf('SEOUL, Nov. 8 -- In October, chips, which made up a fifth of total exports, rose 12 percent to 14 billion dollars.');
    expect(row(rows, 14e9)?.flow).toBe('export');
  });
});

describe('a period in an aside with a figure of its own', () => {
  it('keeps the sentence\'s period for the level after "which had risen 1.9% in the first half"', () => {
    const rows = rowsOf('BEIJING, Oct. 14 -- For the first nine months, exports rose 4.1% to $2.6 trillion, while imports, which had risen 1.9% in the first half, were up 1.2% at $1.8 trillion.', '2026-10-14');
    expect(row(rows, 1.8e12)).toMatchObject({ period_start: '2026-01', period_end: '2026-09', yoy_pct: 1.2 });
    expect(growth(rows, 1.9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('does so for "whose shipments fell 8 percent in March"', () => {
    const rows = rowsOf('ULAANBAATAR, May 10 -- In the first four months, coal, whose shipments fell 8 percent in March, still rose 2 percent to 24 million tonnes.', '2026-05-10');
    expect(row(rows, 24e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('does so after a quarter stated first', () => {
    const rows = rowsOf('HOHHOT, May 10 -- In the first quarter, the port\'s freight, which had dropped 5.4 percent in January, totalled 6.1 million tonnes.', '2026-05-10');
    expect(row(rows, 6.1e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
  it('lets an aside\'s month date the sentence when no other period precedes (guard)', () => {
    const rows = rowsOf('KUALA LUMPUR, Aug. 20 -- Palm oil exports, which made up 9.5 per cent of total exports in July, were valued at RM9.1 billion.', '2026-08-20');
    expect(row(rows, 9.1e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
});

describe('a daily average read past a relative aside', () => {
  it('sets aside the growth of average daily exports after a long aside with brackets', () => {
    const rows = rowsOf('SEOUL, Nov. 21 -- Exports rose 6.1 percent in the first 20 days of November. Average daily exports, which take account of the number of working days (15.5 this year against 16 a year earlier), went up 9.4 percent.');
    expect(growth(rows, 9.4)).toBeUndefined();
  });
  it('does so for "Daily average shipments, which the agency publishes ..."', () => {
    const rows = rowsOf('SEOUL, Nov. 21 -- Exports rose 6.1 percent in the first 20 days of November. Daily average shipments, which the customs service publishes to smooth out holidays and the varying count of business days in each period, climbed 3.3 percent.');
    expect(growth(rows, 3.3)).toBeUndefined();
  });
  it('does so for a daily average of imports', () => {
    const rows = rowsOf('TOKYO, Nov. 21 -- Imports fell 2 percent in October. Average daily imports, which the ministry adjusts for the number of working days in the month and for holidays, were down 4.4 percent.');
    expect(growth(rows, -4.4)).toBeUndefined();
  });
  it('keeps exports after an aside on working days (guard)', () => {
    const rows = rowsOf('SEOUL, Nov. 21 -- Exports, which had 15.5 working days this year, went up 6.1 percent in the first 20 days of November.');
    expect(growth(rows, 6.1)).toBeDefined();
  });
});

describe('goods lying in a store are a stock', () => {
  it('sets aside logs stacked in the port\'s yards', () => {
    const rows = rowsOf('HOHHOT, April 9 -- Timber imports through the port fell 10 percent to 1.2 million cubic meters in the first quarter, and at the end of March about 540,000 cubic meters of logs were stacked in the port\'s storage yards.');
    expect(row(rows, 540000)).toBeUndefined();
    expect(row(rows, 1.2e6)).toBeDefined();
  });
  it('sets aside ore that sat in bonded warehouses', () => {
    const rows = rowsOf('QINGDAO, July 9 -- Iron ore imports rose 3 percent to 61 million tonnes in the first half; some 1.3 million tonnes of ore sat in bonded warehouses at the end of June.');
    expect(row(rows, 1.3e6)).toBeUndefined();
  });
  it('sets aside soybeans that remained stored in silos', () => {
    const rows = rowsOf('DALIAN, July 9 -- Soybean imports rose 5 percent to 50 million tonnes in the first half, and roughly 800,000 tonnes of soybeans remained stored in the terminal\'s silos.');
    expect(row(rows, 800000)).toBeUndefined();
  });
  it('sets aside copper that warehouses held', () => {
    const rows = rowsOf('SHANGHAI, June 9 -- Copper imports grew 2 percent to 2.3 million tonnes in the first five months. Warehouses in the free trade zone held 45,000 tonnes of copper at the end of May.');
    expect(row(rows, 45000)).toBeUndefined();
  });
  it('keeps goods handled in a zone\'s warehouses as throughput (guard)', () => {
    const rows = rowsOf('SHANGHAI, June 9 -- In the first five months, the zone handled 210,000 tonnes of imported goods in its bonded warehouses.');
    expect(row(rows, 210000)).toBeDefined();
  });
});

describe('an amount named back as one hyphenated word', () => {
  it('reads "the 37.31-trillion-yuan total" as the figure already given, no second row', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- China\'s goods imports and exports totalled 35.2 trillion yuan in the first ten months, up 3.1 percent. Trade with Belt and Road countries rose 6 percent to 18 trillion yuan, the GACC said, noting that the 35.2-trillion-yuan total was a record.');
    expect(rows.filter((r) => r.value === 35.2e12)).toHaveLength(1);
  });
  it('reads "The $2.7-billion figure" the same way', () => {
    const rows = rowsOf('OTTAWA, Nov. 8 -- The trade deficit narrowed to $2.7 billion in September. Exports to the United States fell 1 percent to $44 billion, and the $2.7-billion figure was the smallest since May.');
    expect(rows.filter((r) => r.value !== null && Math.abs(r.value) === 2.7e9)).toHaveLength(1);
  });
  it('reads "the 340-billion-dollar total" in a wire\'s closing clause the same way', () => {
    const rows = rowsOf('HANOI, Nov. 8 -- Exports rose 9 percent to 340 billion U.S. dollars in the first ten months. Shipments to the United States grew 20 percent to 98 billion dollars, and the 340-billion-dollar total was the highest yet.');
    expect(rows.filter((r) => r.value === 340e9)).toHaveLength(1);
  });
  it('keeps an amount written in words apart before "total" (guard)', () => {
    const rows = rowsOf('BEIJING, Nov. 8 -- China\'s foreign trade in the first ten months reached the 35.2 trillion yuan total, up 3.6 percent.');
    expect(row(rows, 35.2e12)).toBeDefined();
  });
});

describe('goods listed with commas inside an aside name no area', () => {
  it('keeps the port the area of exports "mostly tomatoes, peppers and apples from growers around Urumqi"', () => {
    const rows = rowsOf('ALTAY, Nov. 12 -- Freight through Jeminay Port topped 2.9 million tonnes in the first ten months. Exports of fruits and vegetables to Kazakhstan, mostly tomatoes, peppers and apples from growers around Urumqi, grew 20.1 percent to 380,000 tonnes.');
    expect(row(rows, 380000)?.area).toBe('Jeminay Port');
  });
  it('does so for "mainly garlic, ginger, onions and carrots from farms near Kashgar"', () => {
    const rows = rowsOf('KASHGAR, Nov. 12 -- Freight through Irkeshtam Port rose 9 percent in the first ten months. Exports of vegetables, mainly garlic, ginger, onions and carrots from farms near Kashgar, reached 120,000 tonnes.');
    expect(row(rows, 120000)?.area).toBe('Irkeshtam Port');
  });
  it('does so for "largely shoes, toys or textiles from plants in Yiwu"', () => {
    const rows = rowsOf('ALASHANKOU, Nov. 12 -- Trade through Alashankou Port rose 11 percent in the first ten months. Exports of consumer goods, largely shoes, toys or textiles from plants in Yiwu, came to 6.4 billion yuan.');
    expect(row(rows, 6.4e9)?.area).toBe('Alashankou Port');
  });
});

describe('both directions opening a split of the services counted before', () => {
  const lead = 'SHIJIAZHUANG, July 8 -- The dry port operated 412 China-Europe freight trains in the first half of 2026, up 17.4 percent. The trains carried 38,600 TEUs of goods, with a cargo value of 4.37 billion yuan. ';
  it('reads "Outbound and inbound services numbered 356 and 56 respectively" as export and import trains', () => {
    const rows = rowsOf(lead + 'Outbound and inbound services numbered 356 and 56 respectively.', '2026-07-08');
    expect(row(rows, 356)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 56)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "Westbound and eastbound services totalled" the same way', () => {
    const rows = rowsOf(lead + 'Westbound and eastbound services totalled 356 and 56, respectively.', '2026-07-08');
    expect(row(rows, 356)?.unit).toBe('trains');
    expect(row(rows, 56)?.unit).toBe('trains');
  });
  it('reads "Outbound and return services were" the same way', () => {
    const rows = rowsOf(lead + 'Outbound and return services were 356 and 56 respectively.', '2026-07-08');
    expect(row(rows, 356)?.unit).toBe('trains');
  });
});

describe('a city\'s inland port written short is the port the release names in full', () => {
  const body = 'SHIJIAZHUANG, July 8 -- Shijiazhuang International Dry Port operated 412 China-Europe freight trains in the first half of 2026, up 17.4 percent year on year.\n\nThe trains carried 38,600 TEUs of goods, up 21.2 percent, with a cargo value of 4.37 billion yuan.';
  it('reads a headline\'s "Shijiazhuang dry port" as the full name, and gives its rounded growth to no other figure', () => {
    const rows = rowsOf(`Shijiazhuang dry port's China-Europe trains up 17% in H1\n\n${body}`, '2026-07-08');
    expect(rows.every((r) => r.area === 'Shijiazhuang International Dry Port')).toBe(true);
    expect(row(rows, 4.37e9)?.yoy_pct).toBeNull();
  });
  it('does so for a headline in another register', () => {
    const rows = rowsOf(`Trains at Shijiazhuang dry port rise 17 pct in first half\n\n${body}`, '2026-07-08');
    expect(rows.every((r) => r.area === 'Shijiazhuang International Dry Port')).toBe(true);
  });
  it('does so for a railway port written short', () => {
    const rows = rowsOf(`Xi'an railway port's trains up 9% in H1\n\nXI'AN, July 8 -- Xi'an International Railway Port operated 2,510 China-Europe freight trains in the first half of 2026, up 9.1 percent year on year.\n\nThe trains carried 210,000 TEUs of goods, with a cargo value of 33 billion yuan.`, '2026-07-08');
    expect(rows.every((r) => r.area === 'Xi\'an International Railway Port')).toBe(true);
  });
});
