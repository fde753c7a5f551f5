/**
 * Rules of the fixing round for b170 to b176 (their leftovers), thirtieth session (issue 9). Each names the language it
 * reads; the texts are our own, written for these tests in several registers, with near misses marked "guard".
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a68', source_url: 'https://example.org/r/a68', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a province written as the adjective of "the ... city" points back to the city', () => {
  it('gives a balance of "the western Guangdong city" to the city named before (wire)', () => {
    const rows = rowsOf('MAOMING, May 12 -- Maoming\'s foreign trade reached 31.2 billion yuan in the first four months, up 8.1 percent. That left the western Guangdong city with a trade deficit of 4.6 billion yuan.');
    expect(row(rows, -4.6e9)?.area).toBe('Maoming');
  });
  it('reads "the coastal Shandong city\'s" exports as the city\'s (local outlet)', () => {
    const rows = rowsOf('Weihai\'s imports and exports came to 48.7 billion yuan in the first four months of 2026. The coastal Shandong city\'s exports rose 6.2 percent to 30.1 billion yuan over the period.');
    expect(row(rows, 30.1e9)).toMatchObject({ area: 'Weihai', flow: 'export' });
  });
  it('reads trade "between the Zhejiang city and ASEAN" as the city\'s (translated English)', () => {
    const rows = rowsOf('In January-April, the total import and export value of Jinhua was 210.4 billion yuan. Among them, trade between the Zhejiang city and ASEAN reached 22.6 billion yuan.');
    expect(row(rows, 22.6e9)).toMatchObject({ area: 'Jinhua', partner: 'ASEAN' });
  });
  it('keeps a province that is the subject its own figure (guard)', () => {
    const rows = rowsOf('Zhejiang\'s foreign trade reached 1.72 trillion yuan in the first four months, and the Zhejiang provincial government said exports made up 1.25 trillion yuan.');
    expect(row(rows, 1.72e12)?.area).toBe('Zhejiang');
  });
});

describe('a count noun naming the routes or lines it runs on is their modifier, not what is counted', () => {
  it('reads no containers from "container routes ..., bringing the total to N" (local outlet)', () => {
    const rows = rowsOf('Qinzhou Port handled 180 million tonnes of cargo in 2025, up 5.2 percent. Six new container routes were opened during the year, bringing the total to 48.', '2026-01-20');
    expect(row(rows, 48)).toBeUndefined();
  });
  it('reads no trains from "freight train lines opened, raising the tally to N" (wire)', () => {
    const rows = rowsOf('URUMQI, Jan. 20 -- The hub handled 3.4 million tonnes of cargo in 2025, up 5.2 percent. Nine new freight train lines opened during the year, raising the tally to 61.', '2026-01-20');
    expect(row(rows, 61)).toBeUndefined();
  });
  it('reads no trucks from "truck routes ... were launched, taking the total to N" (agency)', () => {
    const rows = rowsOf('NANNING, Jan. 20 -- Goods worth 41.2 billion yuan crossed the border at the port in 2025. Three more truck routes to Vietnam were launched, taking the total to 19.', '2026-01-20');
    expect(row(rows, 19)).toBeUndefined();
  });
  it('reads no vessels from "regular vessel routes increased to N" (translated English)', () => {
    const rows = rowsOf('In 2025, the port handled 96 million tonnes of cargo. Regular vessel routes from the port increased to 27 in 2025.', '2026-01-20');
    expect(row(rows, 27)).toBeUndefined();
  });
  it('still counts trains when a later part of them is numbered (guard)', () => {
    const rows = rowsOf('The port handled 4,100 trains in 2025, and outbound ones numbered 2,300.', '2026-01-20');
    expect(row(rows, 2300)?.unit).toBe('trains');
  });
});

describe('a range of goods counted in kinds is no count of the trains before it', () => {
  it('reads no trains from "the range of goods has grown from 10 kinds to over N" (wire)', () => {
    const rows = rowsOf('KUNMING, Dec. 3 -- The railway has run more than 9,000 cross-border freight trains since it opened in December 2021, and the range of goods has grown from 10 kinds at the start to over 2,800, the customs said.', '2024-12-03');
    expect(rows.filter((r) => r.value === 2800)).toHaveLength(0);
    expect(row(rows, 9000)?.unit).toBe('trains');
  });
  it('reads no trains from "the variety of products on board widened to N" (agency)', () => {
    const rows = rowsOf('The hub dispatched 1,450 trains in the first 11 months, while the variety of products on board widened to 2,100.', '2024-12-03');
    expect(row(rows, 2100)).toBeUndefined();
  });
  it('reads no trains from "product categories carried rose to N" (translated English)', () => {
    const rows = rowsOf('In the first 11 months, the line ran 900 trains, and the product categories carried rose to 640.', '2024-12-03');
    expect(row(rows, 640)).toBeUndefined();
  });
  it('still counts a part of the trains after "a wide range of goods" named in passing (guard)', () => {
    const rows = rowsOf('The port handled 4,100 trains in the first 11 months, carrying a wide range of goods, and outbound ones numbered 2,300.', '2024-12-03');
    expect(row(rows, 2300)?.unit).toBe('trains');
  });
});

describe('a change of the time goods take to clear is no trade figure', () => {
  it('sets aside "cut the average clearance time ... by N percent" (wire)', () => {
    const rows = rowsOf('URUMQI, May 12 -- The region\'s foreign trade reached 98.2 billion yuan in the first four months, up 9.1 percent. The customs said it had cut the average clearance time at land ports by 14 percent compared with last year.');
    expect(rows.filter((r) => r.yoy_pct === -14)).toHaveLength(0);
  });
  it('sets aside "the time needed to clear imports fell N percent" (agency)', () => {
    const rows = rowsOf('XI\'AN, May 12 -- Shaanxi\'s foreign trade reached 160.3 billion yuan in the first four months, up 6.1 percent year on year. The overall time needed to clear imports fell 15.2 percent from a year earlier.');
    expect(rows.filter((r) => r.yoy_pct === -15.2)).toHaveLength(0);
    expect(rows).toHaveLength(1);
  });
  it('sets aside "took N percent less time" and "waiting times ... were shortened by N percent" (translated English)', () => {
    const rows = rowsOf('In January-April, the import and export value of the city was 52.4 billion yuan, an increase of 7.7%. Export clearance took 9 percent less time, and average waiting times of trucks at the port were shortened by 30 percent.');
    expect(rows).toHaveLength(1);
  });
  it('keeps a trade change after the clearance time in its own clause (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- Clearance times at the port fell sharply in the first four months, while exports rose 8.5 percent to 21.3 billion yuan.');
    expect(row(rows, 21.3e9)?.yoy_pct).toBe(8.5);
  });
});

describe('the worth of projects is no trade, with a phrase between the projects and "worth"', () => {
  it('sets aside "N joint projects with Chinese partners worth $X" (translated English)', () => {
    const rows = rowsOf('Astana, May 12. Trade turnover between Kazakhstan and China in January-April amounted to $14.1 billion. Kazakhstan has 11 joint industrial projects with Chinese partners worth $3.8 billion under way.');
    expect(row(rows, 3.8e9)).toBeUndefined();
  });
  it('sets aside "cooperation projects in the border zone valued at" (agency)', () => {
    const rows = rowsOf('HEIHE, May 12 -- The city\'s trade with Russia came to 6.4 billion yuan in the first four months. The two sides are building 28 cooperation projects in the border zone valued at 1.2 billion yuan.');
    expect(row(rows, 1.2e9)).toBeUndefined();
  });
  it('sets aside "a cold-storage centre at the port costing" and "projects with Chinese companies worth a total of" (wire)', () => {
    const rows = rowsOf('TASHKENT, May 12 -- A new cold-storage centre at the port costing $300 million opened in April. Uzbekistan is carrying out 40 projects with Chinese companies worth a total of $9.1 billion.');
    expect(rows).toHaveLength(0);
  });
  it('keeps exports to partners in a park that were worth an amount (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- In January-April, exports of equipment to the partners in the park were worth $610 million.');
    expect(row(rows, 610e6)?.flow).toBe('export');
  });
});

describe('"N percent and more than half of" is a growth followed by a part, not a percentage threshold', () => {
  it('keeps the growth of "an increase of N percent and more than half of the province\'s total" (wire)', () => {
    const rows = rowsOf('KUNMING, May 12 -- Trade with ASEAN members reached 61.4 billion yuan in the first four months, an increase of 10.1 percent and more than half of the province\'s total.');
    expect(row(rows, 61.4e9)?.yoy_pct).toBe(10.1);
  });
  it('keeps the growth of "up N percent and over a third of it" (agency)', () => {
    const rows = rowsOf('NANNING, May 12 -- Exports to Vietnam came to 38.2 billion yuan in the first four months, up 7.4 percent and over a third of the region\'s exports.');
    expect(row(rows, 38.2e9)?.yoy_pct).toBe(7.4);
  });
  it('keeps the growth of "grew by N% and more than two-thirds of the total" (translated English)', () => {
    const rows = rowsOf('In January-April, the import and export value with Russia was 19.6 billion yuan, which grew by 12.8% and more than two-thirds of the total of the city.');
    expect(row(rows, 19.6e9)?.yoy_pct).toBe(12.8);
  });
  it('still sets aside "N percent or more" as a threshold (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- Goods that gain 30 percent or more of their value in the port can enter the mainland duty-free, and the port\'s trade reached 12.4 billion yuan in the first four months.');
    expect(rows.filter((r) => r.yoy_pct === 30 || r.value === 30)).toHaveLength(0);
  });
});

describe('"flat" said of one of two listed levels by its place in the list is a change of 0', () => {
  it('reads "the first flat from the same period last year and the second up N%" (translated English)', () => {
    const rows = rowsOf('In January-April, imports of crude oil and natural gas from Russia reached 9.6 million tons and 1.31 million tons respectively, the first flat from the same period last year and the second up 21.4%.');
    expect(row(rows, 9.6e6)?.yoy_pct).toBe(0);
    expect(row(rows, 1.31e6)?.yoy_pct).toBe(21.4);
  });
  it('reads "the former unchanged year on year and the latter down N percent" (wire)', () => {
    const rows = rowsOf('HARBIN, May 12 -- Exports of steel and fertiliser reached 1.2 million tonnes and 3.5 million tonnes respectively in the first four months, the former unchanged year on year and the latter down 4.1 percent.');
    expect(row(rows, 1.2e6)?.yoy_pct).toBe(0);
  });
  it('reads "with the first up N percent and the second flat" (agency)', () => {
    const rows = rowsOf('MANZHOULI, May 12 -- Imports of coal and timber through the port came to 8.1 million tonnes and 2.2 million tonnes respectively in the first four months, with the first up 5 percent and the second flat.');
    expect(row(rows, 2.2e6)?.yoy_pct).toBe(0);
    expect(row(rows, 8.1e6)?.yoy_pct).toBe(5);
  });
  it('gives no year-on-year change to one "flat from the previous month" (guard)', () => {
    const rows = rowsOf('HARBIN, May 12 -- Imports of coal and timber came to 2.1 million tonnes and 0.6 million tonnes respectively in April, the first flat from the previous month and the second up 3 percent year on year.');
    expect(row(rows, 2.1e6)?.yoy_pct).toBeNull();
  });
});

describe('a list\'s period between "respectively" and "the former ... the latter" keeps each change on its own level', () => {
  it('pairs "respectively in the first four months, the former rising p and the latter falling q" (wire)', () => {
    const rows = rowsOf('HARBIN, May 12 -- Exports of tomatoes and apples reached 310,000 tonnes and 95,000 tonnes respectively in the first four months, the former rising 3.5 percent and the latter falling 2.1 percent.');
    expect(row(rows, 310000)?.yoy_pct).toBe(3.5);
    expect(row(rows, 95000)?.yoy_pct).toBe(-2.1);
  });
  it('pairs "respectively during January-April, with the first up p and the second down q" (agency)', () => {
    const rows = rowsOf('NANNING, May 12 -- Imports of durians and mangoes came to 420,000 tonnes and 61,000 tonnes respectively during January-April, with the first up 12 percent and the second down 6 percent.');
    expect(row(rows, 420000)?.yoy_pct).toBe(12);
    expect(row(rows, 61000)?.yoy_pct).toBe(-6);
  });
});

describe('a headline naming a port by its town is on the port the body names in full', () => {
  it('carries the port, not the town, to later paragraphs (wire)', () => {
    const rows = rowsOf('Lianyungang\'s China-Europe trains up 12.5 pct this year\n\nLIANYUNGANG, May 12 -- Lianyungang Port in east China\'s Jiangsu Province has run 186 China-Europe freight trains so far this year, up 12.5 percent year on year, the port\'s operator said.\n\nThe goods they carried were worth 2.4 billion yuan, the company said.');
    expect(row(rows, 2.4e9)?.area).toBe('Lianyungang Port');
    expect(row(rows, 2.4e9)?.yoy_pct).toBeNull();
  });
  it('does so with a headline growth in words and a later paragraph on containers (agency)', () => {
    const rows = rowsOf('Dalian\'s sea-rail trains climb in first four months\n\nDALIAN, May 12 -- Dalian Port handled 96,500 TEU of sea-rail containers in the first four months, up 9.2 percent year on year.\n\nIn April alone, its sea-rail volume reached 26,100 TEU.');
    expect(row(rows, 26100)?.area).toBe('Dalian Port');
  });
  it('keeps a headline town whose body is on the town itself (guard)', () => {
    const rows = rowsOf('Yingkou\'s foreign trade up 6.2 pct\n\nYINGKOU, May 12 -- Yingkou\'s foreign trade reached 31.5 billion yuan in the first four months, up 6.2 percent.\n\nIts exports came to 12.1 billion yuan.');
    expect(row(rows, 12.1e9)?.area).toBe('Yingkou');
  });
});

describe('trains a count says were runs leaving by a crossing stay the hub\'s', () => {
  it('reads "N were westbound services leaving via the X crossing" as the hub\'s trains (wire)', () => {
    const rows = rowsOf('YINGKOU, May 12 -- Yingkou Port has run 140 China-Europe freight trains so far this year, up 9.4 percent. Of the trains, 92 were westbound services leaving via the Manzhouli crossing for Russia and Poland.');
    expect(row(rows, 92)?.area).toBe('Yingkou Port');
  });
  it('reads "N of them were outbound trains exiting through X" the same way (agency)', () => {
    const rows = rowsOf('XI\'AN, May 12 -- The Xi\'an hub ran 1,820 China-Europe freight trains in the first four months, up 6.1 percent, and 1,150 of them were outbound trains exiting through Alashankou.');
    expect(row(rows, 1150)?.area).not.toBe('Alashankou Port');
  });
  it('keeps a crossing\'s own count when trains leaving through it are the subject (guard)', () => {
    const rows = rowsOf('ERENHOT, May 12 -- In the first four months, the China-Europe freight trains entering and leaving through Erenhot Port totaled 812, up 4.4 percent.');
    expect(row(rows, 812)?.area).toBe('Erenhot Port');
  });
});

describe('a lead "China ... customs data" after a dateline without an agency credit names China as the reporter', () => {
  const usHeavy = 'Arrivals of the new US crop were held up by low river levels.';
  it('reads "BEIJING, Nov 20 - China bought ..., according to customs data released" as China\'s release (wire)', () => {
    const rows = rowsOf(`Sorghum arrivals from Australia jump as US shipments lag\n\nBEIJING, Nov 20 - China bought 610,000 tonnes of sorghum from Australia in October, up 33.4 percent from a year earlier, according to customs data released on Sunday. ${usHeavy}\n\nThe United States and Australia supplied 41.2 percent and 52.6 percent respectively of the country's October sorghum imports.`, '2022-11-20');
    expect(row(rows, 41.2)?.area).toBe('China');
  });
  it('reads "Beijing, November 20: China\'s imports ..., customs figures showed" the same way (local outlet)', () => {
    const rows = rowsOf(`US corn sales slow\n\nBeijing, November 20: China's imports of corn fell 21.3 percent to 1.4 million tonnes in October, customs figures showed. ${usHeavy}\n\nThe United States supplied 64.1 percent of the country's October corn imports.`, '2022-11-20');
    expect(row(rows, 64.1)?.area).toBe('China');
  });
  it('reads "BEIJING, Nov. 20 -- China imported ..., customs statistics released" the same way (agency)', () => {
    const rows = rowsOf(`US pork trails\n\nBEIJING, Nov. 20 -- China imported 150,000 tonnes of pork in October, down 12.2 percent, customs statistics released on Sunday show. ${usHeavy}\n\nThe United States supplied 18.5 percent of the country's October pork imports.`, '2022-11-20');
    expect(row(rows, 18.5)?.area).toBe('China');
  });
  it('keeps a Tokyo story on Japan\'s exports to China Japan\'s (guard)', () => {
    const rows = rowsOf('TOKYO, Nov 20 - Japan\'s exports to China rose 3.2 percent to 1.7 trillion yen in October, customs data showed.', '2022-11-20');
    expect(row(rows, 1.7e12)?.area).toBe('Japan');
  });
});

describe('the home country named as where exports start from, in a release on a place inside it, is no new area', () => {
  it('keeps a railway\'s part "Exports from China made up N of the total" the railway\'s (wire)', () => {
    const rows = rowsOf('KUNMING, May 12 (Xinhua) -- In the first four months, the customs supervised 1.52 million tonnes of import and export goods on the China-Laos Railway, up 14.3 percent year on year. Exports from China made up 0.91 million tonnes of the four-month total.');
    expect(row(rows, 0.91e6)).toMatchObject({ area: 'China-Laos Railway', flow: 'export' });
  });
  it('keeps "goods exported from China came to N, while imports were M" the port\'s (agency)', () => {
    const rows = rowsOf('ERENHOT, May 12 -- Erenhot Port handled 6.1 million tonnes of freight in the first four months, up 8.2 percent. Goods exported from China came to 1.9 million tonnes, while imports were 4.2 million tonnes.');
    expect(row(rows, 1.9e6)).toMatchObject({ area: 'Erenhot Port', flow: 'export' });
  });
  it('keeps "shipments from Russia through the checkpoint" a Russian checkpoint\'s (translated English)', () => {
    const rows = rowsOf('Vladivostok, May 12. In January-April, 1.1 million tonnes of goods were moved through the Pogranichny checkpoint. Shipments from Russia accounted for 0.7 million tonnes of them.');
    expect(row(rows, 0.7e6)?.area).not.toBe('Russia');
  });
  it('keeps "exports from China as a whole" national (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- Guangxi\'s exports reached 98.1 billion yuan in the first four months. Exports from China as a whole rose 7.1 percent to 8.1 trillion yuan over the period.');
    expect(row(rows, 8.1e12)?.area).toBe('China');
  });
});
