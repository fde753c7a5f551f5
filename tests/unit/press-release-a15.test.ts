/**
 * Rules added in the fixing round for blind batch b118 (Chinese provincial, city, district, zone and port releases naming
 * several places in one sentence). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-11-14'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a15', source_url: 'https://example.org/r/a15', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const areas = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.area]);

describe('a county-level city placed under its prefecture', () => {
  it('gives the figure to the county-level city, not to the prefecture that only locates it', () => {
    const rows = rowsOf(
      'Foreign trade of Jiangsu Province reached 4.62 trillion yuan in the first ten months of 2025. ' +
        'Taicang, the county-level city under Suzhou known for its river port, exported 96.3 billion yuan of goods, up 7.2 percent.',
    );
    expect(areas(rows)).toEqual([
      [4.62e12, 'Jiangsu'],
      [96.3e9, 'Taicang'],
    ]);
  });
});

describe('an amount reached "over the quarter"', () => {
  it('reads a change set off after the span as year-on-year', () => {
    const rows = rowsOf('Qingdao Port handled 7.9 million TEU over the quarter, a 6.1% rise, the port group said.', '2025-04-18');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[7.9e6, 6.1]]);
  });

  it('keeps a change made "over the month" by a percentage month-on-month', () => {
    const rows = rowsOf('Exports of the city fell 4.2 percent over the month to 31.5 billion yuan in October.', '2025-11-14');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[31.5e9, null]]);
  });
});

describe('money spared in duties', () => {
  it('reads no row from duties a certificate of origin saves, whoever is named between the verb and the amount', () => {
    const rows = rowsOf(
      "Fujian's exports rose 6.3 percent to 862.4 billion yuan in the first ten months. " +
        'The customs issued 52,000 certificates of origin, which would spare shippers roughly 230 million yuan in tariffs abroad.',
    );
    expect(rows.map((r) => r.value)).toEqual([862.4e9]);
  });

  it('reads no row from tariff reductions worth an amount', () => {
    const rows = rowsOf(
      "Guangxi's imports grew 3.8 percent to 291.6 billion yuan in the first ten months. " +
        'Firms using the RCEP rules enjoyed tariff reductions of 410 million yuan, and exporters were able to save about 75 million yuan in ASEAN markets.',
    );
    expect(rows.map((r) => r.value)).toEqual([291.6e9]);
  });
});

describe('a reason clause right after an amount', () => {
  it('leaves the place that gives the reason out of the area of the amount before it', () => {
    const rows = rowsOf(
      "Xinjiang's foreign trade rose 4.1 percent to 362.5 billion yuan in the first ten months of 2025. " +
        'Trade with Kazakhstan grew 9.4 percent to 118.7 billion yuan as Horgos Port cleared more freight trains in both directions.',
    );
    expect(areas(rows)).toEqual([
      [362.5e9, 'Xinjiang'],
      [118.7e9, 'Xinjiang'],
    ]);
  });
});

describe('trains operating or running from a hub', () => {
  it('gives the trips to the hub the trains operate from', () => {
    const rows = rowsOf(
      "Shaanxi's foreign trade grew 2.6 percent to 362.8 billion yuan in the first ten months. " +
        "China-Europe freight trains operating from the Xi'an hub made 4,310 trips in the period, up 5.2 percent.",
    );
    expect(areas(rows)).toEqual([
      [362.8e9, 'Shaanxi'],
      [4310, "Xi'an"],
    ]);
  });

  it('reads trains running from and to a city as that city\'s', () => {
    const rows = rowsOf(
      "Hubei's imports and exports rose 9.1 percent to 583.4 billion yuan in the first ten months. " +
        'Freight trains running from and to Wuhan made 1,020 trips, 12.4 percent more than a year earlier.',
    );
    expect(areas(rows)).toEqual([
      [583.4e9, 'Hubei'],
      [1020, 'Wuhan'],
    ]);
  });
});

describe('a free trade zone named in lower case or by two places', () => {
  it('names the zone "X FTZ" as the conventions do', () => {
    const rows = rowsOf(
      "Shenzhen's foreign trade rose 6.8 percent to 3.71 trillion yuan in the first ten months. " +
        'The Qianhai-Shekou free trade zone handled 248.1 billion yuan of it. The Xiamen pilot free trade zone traded 96.2 billion yuan.',
    );
    expect(areas(rows)).toEqual([
      [3.71e12, 'Shenzhen'],
      [248.1e9, 'Qianhai-Shekou FTZ'],
      [96.2e9, 'Xiamen FTZ'],
    ]);
  });

  it('reads a free trade area between two countries as no zone', () => {
    const rows = rowsOf("Xinjiang's exports grew 5.5 percent to 290.3 billion yuan as the China-Pakistan Free Trade Area widened.");
    expect(areas(rows)).toEqual([[290.3e9, 'Xinjiang']]);
  });
});

describe('a zone said to be part of a wider zone', () => {
  it('gives the figure to the zone, not to the wider zone of the apposition', () => {
    const rows = rowsOf(
      "Guangzhou's trade grew 3.2 percent to 1.02 trillion yuan in the first ten months. " +
        'The Nansha New Area, part of the Guangdong pilot free trade zone, traded 272.3 billion yuan in the period.',
    );
    expect(areas(rows)).toEqual([
      [1.02e12, 'Guangzhou'],
      [272.3e9, 'Nansha'],
    ]);
  });
});

describe("a zone's release after the province it lies in", () => {
  it('goes back to the zone in the next paragraph when "the province" only pointed to the whole the zone was a share of', () => {
    const rows = rowsOf(
      'The China (Yunnan) Pilot Free Trade Zone recorded trade of 60.2 billion yuan in the first ten months, up 8.1 percent.\n\n' +
        "The zone, which covers areas in Kunming and Honghe, accounted for 21.3 percent of Yunnan's foreign trade. The province's total stood at 282.6 billion yuan.\n\n" +
        'Its trade with ASEAN members reached 24.5 billion yuan, up 11.2 percent.',
    );
    expect(areas(rows)).toEqual([
      [60.2e9, 'Yunnan FTZ'],
      [21.3, 'Yunnan FTZ'],
      [282.6e9, 'Yunnan'],
      [24.5e9, 'Yunnan FTZ'],
    ]);
  });
});

describe('towns a counted plural names', () => {
  it('reads "the two cities ..., X and Y," as one joint area, named alphabetically', () => {
    const rows = rowsOf(
      'The two cities under the supervision of Xiamen Customs, Zhangzhou and Xiamen, posted foreign trade of 712.5 billion yuan in the first ten months, up 4.4 percent.',
    );
    expect(areas(rows)).toEqual([[712.5e9, 'Xiamen and Zhangzhou']]);
  });

  it('keeps each town its own figure when the figures are paired with them "respectively"', () => {
    const rows = rowsOf('The two cities, Zhangzhou and Xiamen, traded 396.1 billion yuan and 712.5 billion yuan respectively in the first ten months.');
    expect(areas(rows)).toEqual([
      [396.1e9, 'Zhangzhou'],
      [712.5e9, 'Xiamen'],
    ]);
  });
});

describe('a bonded zone called by its town later on', () => {
  it('reads "X\'s bonded zone" as the zone named in full before, though that name sat in an aside', () => {
    const rows = rowsOf(
      "Ningbo's foreign trade rose 5.3 percent to 1.21 trillion yuan in the first ten months. " +
        "Beilun District, which takes in the port and the Meishan Special Comprehensive Bonded Zone, contributed 602.4 billion yuan, with Meishan's bonded zone alone handling 45.2 billion yuan, up 9.9 percent.",
    );
    expect(areas(rows)).toEqual([
      [1.21e12, 'Ningbo'],
      [602.4e9, 'Beilun District'],
      [45.2e9, 'Meishan Special Comprehensive Bonded Zone'],
    ]);
  });
});

describe("a share of a province's figure", () => {
  it('reads "N percent of the provincial figure" as a share', () => {
    const rows = rowsOf(
      "Anhui's trade rose 5.2 percent to 702.3 billion yuan in the first ten months. Hefei traded 381.4 billion yuan, or 54.3 percent of the provincial figure.",
    );
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([
      [702.3e9, 'CNY', 'Anhui'],
      [381.4e9, 'CNY', 'Hefei'],
      [54.3, 'percent-share', 'Hefei'],
    ]);
  });

  it('reads "or N percent, of the province\'s trade" as a share, the comma closing the "or"', () => {
    const rows = rowsOf(
      "Hubei's trade rose 9.1 percent to 583.4 billion yuan in the first ten months. Wuhan, the provincial capital, generated 362.2 billion yuan, or 62.1 percent, of the province's trade.",
    );
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([
      [583.4e9, 'CNY', 'Hubei'],
      [362.2e9, 'CNY', 'Wuhan'],
      [62.1, 'percent-share', 'Wuhan'],
    ]);
  });
});

describe('one subject measured two ways, the verb left out', () => {
  it('gives the second percentage the direction of the verb before, leading into its own level', () => {
    const rows = rowsOf("Liaoning's imports of iron ore rose 3.8 percent in volume to 41.2 million tonnes and 7.6 percent in value to 29.4 billion yuan in the first ten months.");
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [41.2e6, 'tonnes', 3.8],
      [29.4e9, 'CNY', 7.6],
    ]);
  });
});

describe('a partner inside an apposition describing the place', () => {
  it('leaves the place\'s whole trade with the world when the apposition names what it trades with', () => {
    const rows = rowsOf(
      "Southwest China's Guangxi Zhuang Autonomous Region, the main gateway for trade with ASEAN, saw its imports and exports rise 6.2 percent to 612.4 billion yuan in the first ten months.",
    );
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[612.4e9, 'Guangxi', 'World']]);
  });
});

describe('a breakdown named before a long aside', () => {
  it('keeps the breakdown of a subject whose relative clause, with a number of its own, sits between it and the figure', () => {
    const rows = rowsOf(
      "Private companies, which account for the great majority of the province's 96,000 or so registered traders, saw imports and exports rise 8.8 percent to 1.31 trillion yuan in the first ten months.",
    );
    expect(rows.map((r) => [r.value, r.breakdown])).toEqual([[1.31e12, 'enterprise type: private']]);
  });
});
