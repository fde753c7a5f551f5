/**
 * Rules of the fixing round for batches b171 (provinces, cities, customs districts, bonded and free trade zones) and b173
 * (commodities: quantities and values, lists across goods, prices as non-rows), twenty-ninth session. Texts are our own,
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a63', source_url: 'https://example.org/r/a63', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthRow = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('what one thing costs or is worth on average is a unit value, no row', () => {
  it('sets aside "the average cost of a tonne of ... came to" an amount', () => {
    const rows = rowsOf('BEIJING, May 12 - China imported 2.4 million tonnes of copper concentrate in April, up 5.1 percent year on year. Going by the customs figures, the average cost of a tonne of the imported concentrate came to about 5,600 yuan.');
    expect(row(rows, 2.4e6)).toBeDefined();
    expect(row(rows, 5600)).toBeUndefined();
  });
  it('sets aside "the unit value of an exported bicycle rose to" an amount, and the amount it rose from', () => {
    const rows = rowsOf('BEIJING, May 12 - China exported 9.6 million bicycles in the first four months, down 3.2 percent. The unit value of an exported bicycle rose to about 86 dollars from 79 dollars a year earlier.');
    expect(row(rows, 9.6e6)).toBeDefined();
    expect(row(rows, 86)).toBeUndefined();
    expect(row(rows, 79)).toBeUndefined();
  });
  it('keeps goods "worth" an amount a row (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 - China exported bicycles worth 780 million dollars in the first four months, the average value of the shipments rising 4 percent.');
    expect(row(rows, 780e6)).toBeDefined();
  });
});

describe('a change written as a comparative right after a price is the price\'s', () => {
  it('reads no growth from "about 41,000 yuan, 6 percent higher than a year before" after an average price', () => {
    const rows = rowsOf('BEIJING, May 12 - China exported 62,000 tonnes of green tea in the first four months, up 11.5 percent year on year. The average export price of the tea was about 41,000 yuan, 6 percent higher than a year before.');
    expect(row(rows, 62000)).toMatchObject({ yoy_pct: 11.5 });
    expect(growthRow(rows, 6)).toBeUndefined();
    expect(rows).toHaveLength(1);
  });
  it('keeps a comparative after a trade amount its change (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 - Exports of tractors came to 2.5 billion yuan in the first four months, 6 percent higher than a year before.');
    expect(row(rows, 2.5e9)).toMatchObject({ yoy_pct: 6 });
  });
});

describe('", and N percent of that volume went to" a partner is a share, not a change', () => {
  it('reads the part of the volume after a growth as a share', () => {
    const rows = rowsOf('LIMA, May 12 - Peru exported 188,000 tonnes of fresh blueberries in the season to March, up 12.4 percent on the season before, and 38.5 percent of that volume went to the United States, according to the growers\' association.');
    expect(row(rows, 188000)).toMatchObject({ yoy_pct: 12.4 });
    expect(row(rows, 38.5)).toMatchObject({ unit: 'percent-share' });
    expect(growthRow(rows, 38.5)).toBeUndefined();
  });
  it('keeps a second change joined by ", and" a change (guard)', () => {
    const rows = rowsOf('LIMA, May 12 - Peru\'s exports rose 12.4 percent to 6.1 billion dollars in April, and imports grew 3.1 percent to 4.2 billion dollars.');
    expect(row(rows, 4.2e9)).toMatchObject({ yoy_pct: 3.1 });
  });
});

describe('changes named by their goods after a respectively-list pair with those goods', () => {
  it('gives each named change to its own item, leaving the unnamed item without one', () => {
    const rows = rowsOf('GUANGZHOU, May 12 -- Of the province\'s labour-intensive exports in the first four months, toys and games, footwear, and luggage were worth 31.6 billion yuan, 22.4 billion yuan and 14.9 billion yuan respectively, with toys up 7.2 percent and luggage down 3.8 percent.');
    expect(row(rows, 31.6e9)).toMatchObject({ yoy_pct: 7.2 });
    expect(row(rows, 22.4e9)).toMatchObject({ yoy_pct: null });
    expect(row(rows, 14.9e9)).toMatchObject({ yoy_pct: -3.8 });
  });
  it('still pairs a plain list of changes in order (guard)', () => {
    const rows = rowsOf('GUANGZHOU, May 12 -- Toys and footwear exports were worth 31.6 billion yuan and 22.4 billion yuan, up 7.2 percent and 2.1 percent respectively, in the first four months.');
    expect(row(rows, 22.4e9)).toMatchObject({ yoy_pct: 2.1 });
  });
});

describe('"with the volume down X and the value up Y": the second measure after "and"', () => {
  it('gives the value change to the value', () => {
    const rows = rowsOf('BEIJING, May 12 - Over January-April, China imported 31.2 million tonnes of soybeans worth 17.8 billion US dollars, with the volume down 4.4 percent and the value up 6.9 percent on the year.');
    expect(row(rows, 31.2e6)).toMatchObject({ yoy_pct: -4.4 });
    expect(row(rows, 17.8e9)).toMatchObject({ yoy_pct: 6.9 });
  });
});

describe('a possessive pronoun before a zone\'s name is no part of the name', () => {
  it('names the zone after "Its" without the pronoun', () => {
    const rows = rowsOf('NANCHANG, May 12 -- Ganzhou traded 41.2 billion yuan of goods in the first four months. Its Ganzhou Comprehensive Bonded Zone handled 8.3 billion yuan, up 15.1 percent.');
    expect(row(rows, 8.3e9)?.area).toBe('Ganzhou Comprehensive Bonded Zone');
  });
  it('does the same after "Their"', () => {
    const rows = rowsOf('NANCHANG, May 12 -- The two cities traded 60.4 billion yuan in the first four months. Their Jiujiang Comprehensive Bonded Zone handled 5.2 billion yuan.');
    expect(row(rows, 5.2e9)?.area).toBe('Jiujiang Comprehensive Bonded Zone');
  });
});

describe('"the port" of a later clause is the port the same sentence named', () => {
  it('gives the port\'s containers to the port named next to the zone, not to the zone', () => {
    const rows = rowsOf('WUHU, May 12 -- Anhui\'s trade rose 6.2 percent in the first four months. The Wuhu Comprehensive Bonded Zone, next to Zhujiang Port, handled 3.9 billion yuan, up 11.4 percent, while the port moved 268,000 TEUs of containers, up 5.5 percent.');
    expect(row(rows, 3.9e9)?.area).toBe('Wuhu Comprehensive Bonded Zone');
    expect(row(rows, 268000)?.area).toBe('Zhujiang Port');
  });
});

describe('"the free trade zone" points back to the pilot free trade zone named last', () => {
  it('gives the whole pilot zone its figures after a bonded zone said to be part of it', () => {
    const rows = rowsOf('HAIKOU, May 12 -- The Haikou Comprehensive Bonded Zone, part of the China (Hainan) Pilot Free Trade Zone, traded 12.6 billion yuan in the first four months. The free trade zone as a whole handled 98.4 billion yuan, 41.2 percent of the province\'s trade.');
    expect(row(rows, 12.6e9)?.area).toBe('Haikou Comprehensive Bonded Zone');
    expect(row(rows, 98.4e9)?.area).toBe('Hainan FTZ');
    expect(row(rows, 41.2)?.area).toBe('Hainan FTZ');
  });
  it('keeps "the zone" the bonded zone named before (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- The Haikou Comprehensive Bonded Zone, part of the China (Hainan) Pilot Free Trade Zone, traded 12.6 billion yuan in the first four months. The zone\'s imports rose 9.2 percent to 7.1 billion yuan.');
    expect(row(rows, 7.1e9)?.area).toBe('Haikou Comprehensive Bonded Zone');
  });
});

describe('a place in an apposition ranking a zone "one of its largest" is scenery', () => {
  it('keeps the zone the area of "the zone, one of China\'s largest by trade, handled"', () => {
    const rows = rowsOf('NANJING, May 12 -- Jiangsu\'s trade grew 3.3 percent in the first four months. The Wuxi Comprehensive Bonded Zone, one of China\'s largest by trade, handled 61.5 billion yuan, down 2.2 percent.');
    expect(row(rows, 61.5e9)?.area).toBe('Wuxi Comprehensive Bonded Zone');
  });
  it('keeps the zone the area with "one of the country\'s largest by trade" (guard)', () => {
    const rows = rowsOf('NANJING, May 12 -- Jiangsu\'s trade grew 3.3 percent in the first four months. The Wuxi Comprehensive Bonded Zone, one of the country\'s largest by trade, handled 61.5 billion yuan, down 2.2 percent.');
    expect(row(rows, 61.5e9)?.area).toBe('Wuxi Comprehensive Bonded Zone');
  });
});

describe('"The <goods> cost" an amount in millions or more is what the goods were worth', () => {
  it('reads the cost of the goods named again, with its multiple, as their value', () => {
    const rows = rowsOf('BEIJING, May 12 - China imported 1.86 million tonnes of beef in the first four months, up 22.5 percent year on year. The beef cost 61.3 billion yuan, up 1.5 times.');
    expect(row(rows, 61.3e9)).toMatchObject({ flow: 'import', yoy_pct: 150 });
  });
  it('keeps what one thing costs no row (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 - China imported 1.86 million tonnes of beef in the first four months. The beef cost 33 yuan a kilogram at wholesale markets.');
    expect(row(rows, 33)).toBeUndefined();
  });
});

describe('"the port of" a port town is that port', () => {
  it('gives the second item of a respectively-list to the port named "the port of X"', () => {
    const rows = rowsOf('KUNMING, May 12 -- Yunnan\'s trade rose 8.1 percent in the first four months. The border city of Ruili and the port of Hekou reported 6.2 billion yuan and 4.4 billion yuan respectively.');
    expect(row(rows, 6.2e9)?.area).toBe('Ruili');
    expect(row(rows, 4.4e9)?.area).toBe('Hekou Port');
  });
  it('reads "the port of Hekou" alone as the port', () => {
    const rows = rowsOf('KUNMING, May 12 -- Yunnan\'s trade rose 8.1 percent in the first four months. In the south, the port of Hekou handled 4.4 billion yuan of goods.');
    expect(row(rows, 4.4e9)?.area).toBe('Hekou Port');
  });
});

describe('where goods were made places them; it is not whose figure it is', () => {
  it('keeps the province the area of an item "most of them made in" a city', () => {
    const rows = rowsOf('CHENGDU, May 12 -- Sichuan\'s exports rose 9.4 percent in the first four months. Laptops, most of them made or packaged in Mianyang, were the largest item, with exports of 48.2 billion yuan.');
    expect(row(rows, 48.2e9)).toMatchObject({ area: 'Sichuan', flow: 'export' });
  });
  it('keeps trains "assembled in" a city that city\'s (guard)', () => {
    const rows = rowsOf('XI\'AN, May 12 -- The China-Europe freight trains assembled in Xi\'an ran 1,420 trips in the first four months, up 18.2 percent.');
    expect(row(rows, 1420)?.area).toBe('Xi\'an');
  });
  it('keeps a city the subject of its own trade (guard)', () => {
    const rows = rowsOf('CHENGDU, May 12 -- Sichuan\'s exports rose 9.4 percent in the first four months. Mianyang, where most of the laptops are made, exported 48.2 billion yuan of goods.');
    expect(row(rows, 48.2e9)?.area).toBe('Mianyang');
  });
});

describe('"N percent of the province\'s" with the whole\'s noun left out is a share', () => {
  it('reads a city\'s figure as a share of "the province\'s"', () => {
    const rows = rowsOf('NANJING, May 12 -- Suzhou, Wuxi and Nanjing recorded 812.4 billion yuan, 231.5 billion yuan and 190.2 billion yuan respectively in the first four months. Suzhou\'s figure was 45.9 percent of the province\'s.');
    expect(row(rows, 45.9)).toMatchObject({ unit: 'percent-share', area: 'Suzhou' });
  });
});
