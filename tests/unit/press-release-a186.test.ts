/**
 * Rules of the fixing round for b284 (agricultural attaché and commodity outlook reports): each frame in several phrasings
 * of our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);

describe('a glued "m" or "k" before a spaced bare "t" is millions or thousands of tonnes (numbers.ts)', () => {
  it('reads a month and its year to date in one sentence', () => {
    const rows = releaseRows('Customs data put soybean arrivals at 8.6m t in April, up 12% y/y, taking the January-April total to 29.1m t.', '2024-05-20');
    expect(rows.map(levelTuple)).toEqual([
      ['2024-04', '2024-04', 8.6e6, 'tonnes', 12],
      ['2024-01', '2024-04', 29.1e6, 'tonnes', null],
    ]);
  });
  it('reads the amount after a verb of falling with "to"', () => {
    const rows = releaseRows('Malaysian palm oil exports slipped to 1.35m t in March, the cargo surveyors said.', '2024-04-02');
    expect(rows.map(levelTuple)).toEqual([['2024-03', '2024-03', 1.35e6, 'tonnes', null]]);
  });
  it('reads a season-to-date total with its change in brackets', () => {
    const rows = releaseRows('Russian wheat shipments over July-October reached 18.4m t (+7.5%), the ministry said.', '2024-11-12');
    expect(rows.map(levelTuple)).toEqual([['2024-07', '2024-10', 18.4e6, 'tonnes', 7.5]]);
  });
  it('reads thousands written with a glued "k"', () => {
    expect(values('Japan bought 210k t of canola from Canada in May, against a weak yen.', '2024-06-20')).toContain(210000);
  });
  it('reads the amount before "of" and the goods', () => {
    const rows = releaseRows('Thailand exported 6.1m t of rice in the first eight months, a rise of 9% from a year earlier.', '2024-09-25');
    expect(rows.map(levelTuple)).toEqual([['2024-01', '2024-08', 6.1e6, 'tonnes', 9]]);
  });
  it('does not read "5m t-shirts" as tonnes (guard)', () => {
    expect(releaseRows('The factory sold 5m t-shirts abroad in May, its owners said.', '2024-06-20').some((r) => r.unit === 'tonnes')).toBe(false);
  });
  it('does not read "a 5m tall wall" as tonnes (guard)', () => {
    expect(releaseRows('Workers put up a 5m tall wall at the grain terminal in May.', '2024-06-20').some((r) => r.unit === 'tonnes')).toBe(false);
  });
});

describe('money quoted per bare "t", per unit of volume, or "quoted / offered / assessed at" is a price (nonfigures.ts)', () => {
  it('drops a price per t with a trade term after it', () => {
    expect(values('Black Sea milling wheat was quoted at US$228 per t fob in late June.', '2024-06-27')).toEqual([]);
  });
  it('drops a price "a t" beside a traded amount, which stays', () => {
    expect(values('Viet Nam exported 712,000 tonnes of rice in May at an average of $530 a t.', '2024-06-10')).toEqual([712000]);
  });
  it('drops a price per cubic meter with its port', () => {
    expect(values('Average import prices for white oak held near $760 per cubic meter CIF Haiphong last year.', '2024-02-20')).toEqual([]);
  });
  it('drops a price per cu m or per m3 after a verb of selling', () => {
    expect(values('Pipeline gas sold at $310 per cu m in March, while sawn pine fetched 95 euros per m3.', '2024-04-20')).toEqual([]);
  });
  it('drops a price "offered at" or "assessed at" with no unit after it', () => {
    expect(values('Thai white rice was offered at $510 on Thursday, and urea was assessed at $345 the same day.', '2024-06-20')).toEqual([]);
  });
  it('keeps a traded total whose sentence says "per" of something else (guard)', () => {
    expect(values('Wheat exports totalled 1.2m t in May, per the customs tally.', '2024-06-20')).toEqual([1.2e6]);
  });
  it('keeps a value of exports of t-shirts (guard)', () => {
    expect(values('Exports of t-shirts were valued at $45 million in May.', '2024-06-20')).toEqual([45e6]);
  });
});

describe('an estimate or a forecast named as the subject of the verb that sets it is no row (nonfigures.ts)', () => {
  it('drops "our estimate of ... imports is trimmed to"', () => {
    expect(values("Our estimate of China's 2023/24 (Jul/Jun) maize imports is trimmed to 22.0m t.", '2024-06-27')).toEqual([]);
  });
  it('drops "the crush estimate stays at"', () => {
    expect(values("Post's MY 2024/25 soybean estimate stays at 98 MMT.", '2025-01-24')).toEqual([]);
  });
  it('drops "the forecast for ... was raised by ... to"', () => {
    expect(values('The forecast for Australian wheat exports was raised by 1.5 million tonnes to 24 million tonnes.', '2024-09-10')).toEqual([]);
  });
  it('drops "the projection of ... remains at"', () => {
    expect(values("The department's projection of beef imports remains at about 310,000 tonnes for the year.", '2024-09-10')).toEqual([]);
  });
  it('drops "the outlook is now put at"', () => {
    expect(values('For Egypt, the import outlook is now put at 12.5 million tonnes of wheat.', '2024-09-10')).toEqual([]);
  });
  it('keeps an amount reported "above estimates" (guard)', () => {
    expect(values('Exports reached 4.1 million tonnes in August, well above estimates.', '2024-09-10')).toEqual([4.1e6]);
  });
  it('keeps an amount after a forecast named as no subject (guard)', () => {
    expect(values('Ahead of the forecast, imports stood at 2.3 million tonnes in August.', '2024-09-10')).toEqual([2.3e6]);
  });
});

describe("the mills' crush and the grinders' grind are processing at home, no trade (nonfigures.ts)", () => {
  it('drops "soybean crush ... rose to"', () => {
    expect(values('Soybean crush in 2024 rose to 98 million tonnes, while imports reached 104.6 million tonnes.', '2025-01-24')).toEqual([104.6e6]);
  });
  it('drops "grindings came to"', () => {
    expect(values('Third-quarter cocoa grindings came to 338,000 tonnes.', '2024-10-20')).toEqual([]);
  });
  it('drops "the crush of" an amount', () => {
    expect(values('Canadian canola crushers reported a crush of 1.02 million tonnes in October.', '2024-11-20')).toEqual([]);
  });
  it('drops "crushings totalled"', () => {
    expect(values('Oilseed crushings totalled 4.6 million tonnes over the quarter to September.', '2024-10-20')).toEqual([]);
  });
  it('drops "the grind was"', () => {
    expect(values('In Asia the grind was 212,000 tonnes in the third quarter.', '2024-10-20')).toEqual([]);
  });
  it('keeps exports of crushed stone (guard)', () => {
    expect(values('Exports of crushed stone reached 3.1 million tonnes in May.', '2024-06-20')).toEqual([3.1e6]);
  });
  it('keeps imports of soybeans for crushing (guard)', () => {
    expect(values('Imports of soybeans for crushing reached 8.2 million tonnes in May.', '2024-06-20')).toEqual([8.2e6]);
  });
});
