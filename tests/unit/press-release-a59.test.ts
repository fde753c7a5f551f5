/**
 * Rules added in the fixing round for the blind batches b165 and b166 (twenty-eighth session): areas and partners (a territory
 * second of a "between" pair, the full style of Hong Kong and Macao, Kazakhstan's regions, a port or place framing the sentence,
 * the holder of a share after "with", the national total, a zone located in another), the period of a later clause about
 * prices, the change of "their trade", and the buyer of a quantity. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-06-18'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a59', source_url: 'https://example.org/r/a59', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a territory with its own customs statistics, second of a "between" pair, is the partner', () => {
  it('reads "trade between eastern China\'s Fujian province and Taiwan" as Fujian\'s trade with Taiwan', () => {
    const rows = rowsOf('FUZHOU, June 18 -- Trade between eastern China\'s Fujian province and Taiwan came to 38.2 billion yuan in the first five months, up 6.4 percent year on year.');
    expect(row(rows, 38.2e9)).toMatchObject({ area: 'Fujian', partner: 'Taiwan' });
  });
  it('reads a city paired with Hong Kong the same way', () => {
    const rows = rowsOf('SHENZHEN, June 18 -- Trade between the southern city of Shenzhen and Hong Kong rose 4.1 percent to 512 billion yuan in the first five months.');
    expect(row(rows, 512e9)).toMatchObject({ area: 'Shenzhen', partner: 'Hong Kong' });
  });
  it('keeps a country second of such a pair the partner (guard)', () => {
    const rows = rowsOf('HARBIN, June 18 -- Trade between northeast China\'s Heilongjiang province and Russia reached 91.5 billion yuan in the first five months.');
    expect(row(rows, 91.5e9)).toMatchObject({ area: 'Heilongjiang', partner: 'Russia' });
  });
});

describe('"the Hong Kong Special Administrative Region" is Hong Kong, not a region of its own', () => {
  it('makes Hong Kong the partner and keeps the province the area', () => {
    const rows = rowsOf('GUANGZHOU, June 18 -- Guangdong\'s foreign trade grew 2.2 percent in the first five months. Trade with the Hong Kong Special Administrative Region fell 3.4 percent to 702 billion yuan.');
    expect(row(rows, 702e9)).toMatchObject({ area: 'Guangdong', partner: 'Hong Kong' });
  });
  it('reads the Macao spelling with "Macau" too', () => {
    const rows = rowsOf('ZHUHAI, June 18 -- Zhuhai\'s trade with the Macau Special Administrative Region rose 11.3 percent to 9.4 billion yuan in the first five months.');
    expect(row(rows, 9.4e9)).toMatchObject({ area: 'Zhuhai', partner: 'Macao' });
  });
});

describe('a region of Kazakhstan named after its main city keeps its own name', () => {
  it('reads "Karaganda region" as the region, not the city', () => {
    const rows = rowsOf('KARAGANDA, 18 June 2026 (Kazinform) - The foreign trade turnover of Karaganda region in January-May 2026 reached 2.31 billion US dollars, up 7.7 percent.');
    expect(row(rows, 2.31e9)).toMatchObject({ area: 'Karaganda Region' });
  });
  it('keeps "the city of Almaty" the city (guard)', () => {
    const rows = rowsOf('ALMATY, 18 June 2026 (Kazinform) - The city of Almaty reported foreign trade turnover of 8.2 billion US dollars in January-May 2026.');
    expect(row(rows, 8.2e9)).toMatchObject({ area: 'Almaty' });
  });
});

describe('a port opening the sentence after "Through" frames the carrier named after the comma', () => {
  it('gives the railway\'s tonnes carried "Through X railway port," to the port', () => {
    const rows = rowsOf('KUNMING, June 18 -- Yunnan\'s foreign trade rose 5.2 percent to 98.1 billion yuan in the first five months. Through Mohan railway port, the China-Laos Railway carried 1.84 million tonnes of import and export goods over the five months.');
    expect(row(rows, 1.84e6)).toMatchObject({ area: 'Mohan Port' });
  });
  it('keeps two ports listed after "Through" a list (guard)', () => {
    const rows = rowsOf('NANNING, June 18 -- Through Pingxiang and Dongxing ports, goods worth 41.6 billion yuan crossed the border in the first five months.');
    expect(row(rows, 41.6e9)?.area).not.toBe('Pingxiang Port');
  });
});

describe('"For <province> as a whole," frames the figures after it', () => {
  it('makes the province the area after figures of its port', () => {
    const rows = rowsOf('HOHHOT, June 18 -- Manzhouli port handled 7.8 million tonnes of cargo in the first five months. For Inner Mongolia as a whole, trade with Russia reached 21.3 billion yuan in the period, up 9.8 percent.');
    expect(row(rows, 21.3e9)).toMatchObject({ area: 'Inner Mongolia', partner: 'Russia' });
  });
  it('reads "For Guangxi," without "as a whole" the same way', () => {
    const rows = rowsOf('NANNING, June 18 -- Dongxing port handled 1.1 million tonnes of cargo in the first five months. For Guangxi, exports reached 140.5 billion yuan in the period.');
    expect(row(rows, 140.5e9)).toMatchObject({ area: 'Guangxi', flow: 'export' });
  });
});

describe('a city after "with" that opens "making up" or "accounting for" holds the share', () => {
  it('gives the city its share of the province\'s total', () => {
    const rows = rowsOf('JINAN, June 18 -- Shandong\'s foreign trade stood at 1.36 trillion yuan in the first five months, with Yantai making up 12.4 percent of the province\'s total.');
    expect(row(rows, 12.4)).toMatchObject({ area: 'Yantai', partner: 'World' });
  });
  it('keeps a country after "with ... accounting for" the partner (guard)', () => {
    const rows = rowsOf('JINAN, June 18 -- Shandong\'s foreign trade stood at 1.36 trillion yuan in the first five months, with South Korea accounting for 9.1 percent.');
    expect(row(rows, 9.1)).toMatchObject({ area: 'Shandong', partner: 'South Korea' });
  });
});

describe('"the national total" is the country\'s, after figures of its parts', () => {
  it('gives the national total to the country, not to the group of provinces before it', () => {
    const rows = rowsOf('BEIJING, Jan. 20 -- Trade of the Yangtze River Delta came to 15.9 trillion yuan in 2025, up 4.4 percent. The national total for the year was 45.2 trillion yuan, up 3.1 percent.', '2026-01-20');
    expect(row(rows, 45.2e12)).toMatchObject({ area: 'China' });
  });
  it('keeps a share "of the national total" the share of the part (guard)', () => {
    const rows = rowsOf('BEIJING, Jan. 20 -- Guangdong\'s trade came to 9.1 trillion yuan in 2025, accounting for 20.1 percent of the national total.', '2026-01-20');
    expect(row(rows, 20.1)).toMatchObject({ area: 'Guangdong' });
  });
});

describe('"the bonded zone, located in" another zone is the bonded zone', () => {
  it('keeps the bonded zone the area, the zone it lies in scenery', () => {
    const rows = rowsOf('XI\'AN, June 18 -- Much of the city\'s trade went through the Xi\'an Comprehensive Bonded Zone. The bonded zone, located in the Xi\'an International Trade and Logistics Park Zone, handled 48.6 billion yuan of goods, up 12.2 percent.');
    expect(row(rows, 48.6e9)).toMatchObject({ area: 'Xi\'an Comprehensive Bonded Zone' });
  });
  it('keeps "the border city of" a town that town (guard)', () => {
    const rows = rowsOf('NANNING, June 18 -- The border city of Dongxing saw its foreign trade reach 18.2 billion yuan in the first five months.');
    expect(row(rows, 18.2e9)).toMatchObject({ area: 'Dongxing' });
  });
});

describe('a period ending a later clause about prices dates the prices only', () => {
  it('keeps the release\'s period for the imports and for the next sentence', () => {
    const rows = rowsOf('KUNMING, Aug. 12 -- Yunnan\'s foreign trade rose 6.1 percent to 160.2 billion yuan in the first seven months. Mangosteen imports reached 41,000 tonnes, while retail prices of the fruit in Kunming fell to about 19 yuan per kilogram in July. Mohan Port handled 1.2 million tonnes of cargo in the period.', '2026-08-12');
    expect(row(rows, 41000)).toMatchObject({ period_start: '2026-01', period_end: '2026-07' });
    expect(row(rows, 1.2e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-07' });
  });
  it('still dates a trade figure of a later clause by the month it ends on (guard)', () => {
    const rows = rowsOf('KUNMING, Aug. 12 -- Yunnan\'s foreign trade rose 6.1 percent to 160.2 billion yuan in the first seven months, while exports fell 2.3 percent to 9.6 billion yuan in July.', '2026-08-12');
    expect(row(rows, 9.6e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
});

describe('"with their trade up N percent" after an amount of trade is its change', () => {
  it('gives the change to the private firms\' amount', () => {
    const rows = rowsOf('NANJING, Oct. 20 -- Private firms accounted for 51.3 percent of the province\'s trade in the first three quarters, or 2.2 trillion yuan, with their trade up 8.7 percent.', '2026-10-20');
    expect(row(rows, 2.2e12)).toMatchObject({ yoy_pct: 8.7 });
    expect(row(rows, null)).toBeUndefined();
  });
  it('leaves the change of trade apart from an amount of exports (guard)', () => {
    const rows = rowsOf('CHANGSHA, Oct. 20 -- Hunan\'s exports reached 410 billion yuan in the first three quarters, with its trade up 4.2 percent.', '2026-10-20');
    expect(row(rows, 410e9)?.yoy_pct).toBeNull();
  });
});

describe('a quantity right after "bought" is what the buyer took in', () => {
  it('reads "China bought N tonnes of Russian crude oil" as China\'s import', () => {
    const rows = rowsOf('BEIJING, June 8 -- China bought 44.1 million tonnes of Russian crude oil in the first five months, up 6.2 percent, customs data showed.', '2026-06-08');
    expect(row(rows, 44.1e6)).toMatchObject({ area: 'China', partner: 'Russia', flow: 'import' });
  });
  it('turns the buying of a partner named before an aside into the release country\'s export', () => {
    const rows = rowsOf('BRASILIA, Jan. 9 -- Brazil exported 98.2 million tonnes of soybeans in 2025. China, in a trade spat with the United States, bought 71.4 million tonnes of the beans.', '2026-01-09');
    expect(row(rows, 71.4e6)).toMatchObject({ area: 'Brazil', flow: 'export' });
  });
});
