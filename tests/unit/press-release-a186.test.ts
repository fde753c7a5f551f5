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
    expect(values('Black Sea milling wheat went for US$228 per t fob in late June.', '2024-06-27')).toEqual([]);
  });
  it('drops a price per t beside a traded amount, which stays', () => {
    expect(values('Viet Nam exported 712,000 tonnes of rice in May, with buyers paying $530 per t.', '2024-06-10')).toEqual([712000]);
  });
  it('drops a price per cubic meter with its port', () => {
    expect(values('White oak from the US sold for $760 per cubic meter CIF Haiphong last year.', '2024-02-20')).toEqual([]);
  });
  it('drops a price per kilolitre', () => {
    expect(values('Fuel oil changed hands at $640 per kilolitre in May.', '2024-06-10')).toEqual([]);
  });
  it('drops a price per cu m or per m3 after a verb of selling', () => {
    expect(values('Pipeline gas sold at $310 per cu m in March, while sawn pine fetched 95 euros per m3.', '2024-04-20')).toEqual([]);
  });
  it('drops a price "offered at" or "assessed at" with no unit after it', () => {
    expect(values('Thai white rice was offered at $510 on Thursday, and urea was assessed at $345 the same day.', '2024-06-20')).toEqual([]);
  });
  it('drops a price "bid at" or "indicated at"', () => {
    expect(values('Soybean meal was bid at $412 on Friday, while urea was indicated at $345.', '2024-06-10')).toEqual([]);
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
  it('drops "the estimate for ... was raised to"', () => {
    expect(values("The estimate for Egypt's wheat imports was raised to 12.5 million tonnes.", '2024-09-10')).toEqual([]);
  });
  it('drops "the outlook is now put at"', () => {
    expect(values('For Egypt, the import outlook is now put at 12.5 million tonnes of wheat.', '2024-09-10')).toEqual([]);
  });
  it('keeps an amount reported "above estimates" (guard)', () => {
    expect(values('Exports reached 4.1 million tonnes in August, well above estimates.', '2024-09-10')).toEqual([4.1e6]);
  });
  it('keeps a result after "against forecasts of ..., and" (guard)', () => {
    expect(values('Exports rose 3%, against forecasts of a 1% rise, and imports stood at 2.1 million tonnes in May.', '2024-06-13')).toContain(2.1e6);
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

describe('a change opening the clause after a forecast level is the forecast\'s (reported-figures.ts)', () => {
  it('drops "is forecast at ..., up N percent"', () => {
    expect(values('For the year as a whole, beef trade is forecast at 12.6 million tonnes, up 1.7 percent, the agency said.', '2024-06-13')).toEqual([]);
  });
  it('drops "is projected at ..., down N% y/y"', () => {
    expect(values('Trade in 2024/25 is projected at 425m t, down 3% y/y, on smaller purchases by China.', '2024-06-27')).toEqual([]);
  });
  it('drops a forecaster\'s "forecasts ... at ... (MT), down a further N percent"', () => {
    expect(values('Post forecasts 2023 milk powder imports at 630,000 metric tons (MT), down a further 6 percent, as farm prices fall.', '2023-05-19')).toEqual([]);
  });
  it('drops "expects ... to reach ..., an increase of N%"', () => {
    expect(values('The council expects rapeseed exports to reach 2.4 million tonnes next season, an increase of 8%.', '2024-06-13')).toEqual([]);
  });
  it('drops a change after a level "seen at" and its year', () => {
    expect(values('Global rice trade is seen at 53.1 million tonnes in 2025, up 2 percent.', '2024-06-13')).toEqual([]);
  });
  it('keeps the change of a result that a forecast follows (guard)', () => {
    const rows = releaseRows('Exports reached 5.2 million tonnes in May, up 3 percent, and are forecast to rise further.', '2024-06-13');
    expect(rows.map(levelTuple)).toEqual([['2024-05', '2024-05', 5.2e6, 'tonnes', 3]]);
  });
  it('keeps "down a further N percent" after a result (guard)', () => {
    const rows = releaseRows('Imports reached 630,000 tons in 2023, down a further 6 percent.', '2024-06-13');
    expect(rows.map(levelTuple)).toEqual([['2023-01', '2023-12', 630000, 'tonnes', -6]]);
  });
});

describe('"anticipated", "foreseen" or "envisaged" to move to an amount is a forecast (reported-figures.ts)', () => {
  it('drops "is anticipated to edge down to"', () => {
    expect(values('International meat trade is anticipated to edge down to 40.2 million tonnes this year.', '2024-06-13')).toEqual([]);
  });
  it('drops "are foreseen to ease to"', () => {
    expect(values('Wheat imports are foreseen to ease to 11.2 million tonnes.', '2024-06-13')).toEqual([]);
  });
  it('drops "are envisaged to reach"', () => {
    expect(values('Shipments of urea are envisaged to reach 3.3 million tonnes by the end of the season.', '2024-06-13')).toEqual([]);
  });
  it('drops "was anticipated to rise to" in a report of the past', () => {
    expect(values('Last month, wheat exports were anticipated to rise to 48 million tonnes for the season.', '2024-06-13')).toEqual([]);
  });
  it('drops "is anticipated to grow ... to" with a growth between', () => {
    expect(values('Global rice trade is anticipated to grow 2 percent to 53.1 million tonnes in 2025.', '2024-06-13')).toEqual([]);
  });
  it('keeps a result that was "anticipated" by no one in the future (guard)', () => {
    expect(values('As anticipated, imports rose to 8.4 million tonnes in May.', '2024-06-13')).toEqual([8.4e6]);
  });
  it('keeps a result beside "foreseen" as an adjective (guard)', () => {
    expect(values('Despite unforeseen delays, exports reached 1.9 million tonnes in May.', '2024-06-13')).toEqual([1.9e6]);
  });
});

describe('consumption, at home or in the world, is no trade (reported-figures.ts)', () => {
  it('drops "consumption estimated at" beside a word of deficit', () => {
    expect(values('Output stands at 174.9 million bags, with consumption estimated at 177.0 million bags, implying a third deficit.', '2025-04-20')).toEqual([]);
  });
  it('drops "world consumption of coffee rose to"', () => {
    expect(values('World consumption of coffee rose to 173.1 million bags in 2024.', '2025-04-20')).toEqual([]);
  });
  it('drops "consumption of pork fell N percent"', () => {
    expect(values('Consumption of pork in the country fell 3.4 percent in 2024.', '2025-04-20')).toEqual([]);
  });
  it('drops "total consumption reached" beside imports, which stay', () => {
    expect(values('Total consumption reached 9.4 million tonnes in 2024, while imports stood at 2.9 million tonnes.', '2025-04-20')).toEqual([2.9e6]);
  });
  it('drops "feed consumption was put at"', () => {
    expect(values('Feed consumption was put at 9.8 million tonnes in 2024.', '2025-04-20')).toEqual([]);
  });
  it('keeps imports of consumption goods (guard)', () => {
    expect(values('Imports of consumption goods rose 4.2% to US$1.3 billion in May.', '2025-06-20')).toEqual([1.3e9]);
  });
  it('keeps imports for consumption in the next clause (guard)', () => {
    expect(values('Consumption grew steadily, and imports rose to 2.2 million tonnes in May.', '2025-06-20')).toEqual([2.2e6]);
  });
});

describe('the step before a change of no trade measure is of that measure (read-figures.ts)', () => {
  it('drops "after a N percent increase" following a raised resale price', () => {
    expect(values('The ministry raised its resale price for imported wheat by 19 percent from April, after a 5.5 percent increase in October.', '2022-06-09')).toEqual([]);
  });
  it('drops "following a N% rise" after a raised resale price in the passive', () => {
    expect(values('The resale price of imported barley was raised 8 percent in April, following a 3% rise in October.', '2022-06-09')).toEqual([]);
  });
  it('drops "after a N percent drop" following a price index change', () => {
    expect(values('The FAO meat price index rose 0.9 percent in May, after a 1.2 percent drop in April.', '2022-06-09')).toEqual([]);
  });
  it('drops an earlier step of output', () => {
    expect(values('Industrial output rose 4.1 percent in May, after a 2.2 percent gain in April.', '2022-06-09')).toEqual([]);
  });
  it('drops an earlier step of wholesale prices', () => {
    expect(values('Wholesale pork prices slid 6 percent in May, after a 4 percent rise in April.', '2022-06-09')).toEqual([]);
  });
  it('keeps the earlier step of exports (guard)', () => {
    const rows = releaseRows('Exports rose 8.8 percent in May, after a 2.3 percent drop in April.', '2022-06-09');
    expect(rows.map(levelTuple)).toEqual([['2022-05', '2022-05', null, '', 8.8], ['2022-04', '2022-04', null, '', -2.3]]);
  });
  it('keeps the earlier step of imports after a price in another clause (guard)', () => {
    const rows = releaseRows('Prices eased in May. Imports fell 3 percent in May, after a 1.5 percent gain in April.', '2022-06-09');
    expect(rows.map(levelTuple)).toEqual([['2022-05', '2022-05', null, '', -3], ['2022-04', '2022-04', null, '', 1.5]]);
  });
});

describe('the step before a forecast set aside stays the trade\'s (read-figures.ts, guard of the rule above)', () => {
  it('keeps "followed a N per cent gain" after a sentence of a poll', () => {
    const rows = releaseRows('HONG KONG, Sept 26 - Exports rose 13.2 per cent in August. That beat the 11 per cent median forecast in a poll of economists and followed a 12.8 per cent gain in July.', '2026-09-26');
    expect(rows.map(levelTuple)).toEqual([['2026-08', '2026-08', null, '', 13.2], ['2026-07', '2026-07', null, '', 12.8]]);
  });
});

describe('a reserve\'s sales at auction are no trade in any form of the verb (reported-figures.ts)', () => {
  it('drops "after auctioning about N tonnes"', () => {
    expect(values('State reserve sales ended on 30 September after auctioning about 1 million tonnes.', '2019-11-26')).toEqual([]);
  });
  it('drops "kept auctioning N tonnes"', () => {
    expect(values('The reserve kept auctioning 40,000 tonnes of frozen pork in May.', '2019-11-26')).toEqual([]);
  });
  it('drops "finished auctioning N tonnes"', () => {
    expect(values('Sinograin finished auctioning 2.1 million tonnes of soybeans in July.', '2019-11-26')).toEqual([]);
  });
  it('drops "By auctioning N tonnes" opening the sentence', () => {
    expect(values('By auctioning 500,000 tonnes of old-crop maize in June, the reserve made room for the harvest.', '2019-11-26')).toEqual([]);
  });
  it('drops "was auctioning N tonnes" in reported speech', () => {
    expect(values('The agency said it was auctioning 300,000 tonnes of sugar in August.', '2019-11-26')).toEqual([]);
  });
  it('keeps exports beside an auction house (guard)', () => {
    expect(values('Exports reached 1.1 million tonnes in May, the board said, while its auction house stayed shut.', '2019-11-26')).toEqual([1.1e6]);
  });
  it('keeps imports before a later auctioning (guard)', () => {
    expect(values('Buyers imported 900,000 tonnes of cotton in May, before the auctioning ended.', '2019-11-26')).toEqual([900000]);
  });
});
