/**
 * Rules of issue 9, part a13: the third round on the corpus's older misses (batches up to b115, led by the long
 * releases of b110 and b115), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('a reason told right after the amount a change went to', () => {
  it('does not take the area from a place inside "as ..." after the amount and its unit', () => {
    const text =
      'Erenhot Port handled 14.2 million tonnes of freight in January-October 2025. Imports of Mongolian coal fell 5.2 percent to 8.4 million tonnes as steel mills in Hebei cut output. Copper concentrate imports rose 12 percent to 310,000 tonnes.';
    expect(areas(text, '2025-11-14')).toEqual([
      [14200000, 'Erenhot Port'],
      [8400000, 'Erenhot Port'],
      [310000, 'Erenhot Port'],
    ]);
  });

  it('keeps a place that the amount itself is of', () => {
    const text = 'Exports from Shandong reached 120 billion yuan as of October 2025, up 4.1 percent.';
    expect(areas(text, '2025-11-14')).toEqual([[120000000000, 'Shandong']]);
  });
});

const periods = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct]);

describe('a month after a noun of change and "on"', () => {
  it('is the base of the change, not the period of the clause after it', () => {
    const text = 'Steel shipments abroad reached 9.1 million tonnes in October, a 4.2% rise on October 2024, while imports of steel fell 8.5% year on year.';
    expect(periods(text, '2025-11-20')).toEqual([
      ['2025-10', '2025-10', 9100000, 4.2],
      ['2025-10', '2025-10', null, -8.5],
    ]);
  });
});

describe('"the same <n> months" before a year', () => {
  it('is the base of the change, not the period of the amount', () => {
    const text = 'In January-October 2025 the Philippines exported goods worth 61.2 billion USD. Japan bought 9.8 billion USD of them, 6.4% more than in the same ten months last year.';
    expect(periods(text, '2025-12-05')).toEqual([
      ['2025-01', '2025-10', 61200000000, null],
      ['2025-01', '2025-10', 9800000000, 6.4],
    ]);
  });
});

describe('what enters China', () => {
  const flows = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.value, r.flow]);

  it('is an import, in the present tense and in a relative clause too', () => {
    const text = 'The eastern gas pipeline, which enters China at Heihe, delivered 38.8 billion cubic meters of gas in 2025, up 2.4 percent.';
    expect(flows(text, '2026-01-20')).toEqual([[38800000000, 'import']]);
    const other = 'Soybeans entering the country through the port reached 2.6 million tonnes in 2025.';
    expect(flows(other, '2026-01-20')).toEqual([[2600000, 'import']]);
  });
});

describe("a government's measure after the figure", () => {
  const flows = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.yoy_pct, r.flow]);

  it('gives no flow from the goods the measure is on', () => {
    const text = 'Exports to Kazakhstan, once the biggest single market for Chinese trucks, fell 21.5 percent in January-September 2025 after Astana raised its levy on imported trucks twice, the data showed.';
    expect(flows(text, '2025-10-20')).toEqual([[-21.5, 'export']]);
    const other = 'Exports to Mexico, formerly the largest single market for Chinese steel, slumped 30 percent in 2025 when the government imposed duties on imported steel.';
    expect(flows(other, '2026-01-20')).toEqual([[-30, 'export']]);
  });
});

describe('carriers of cargo counted at a port', () => {
  it('are crossings, no row, when no trade word governs them', () => {
    const text = 'Freight through Erenhot Port reached 15.1 million tonnes in January-August 2025. The road port received more than 98,000 cargo trucks in the period.';
    expect(releaseRows(text, '2025-09-15').map((r) => r.value)).toEqual([15100000]);
  });

  it('stay goods when a trade word governs them', () => {
    const text = 'Erenhot Port exported 12,400 cargo trucks in January-August 2025, up 35 percent.';
    expect(releaseRows(text, '2025-09-15').map((r) => [r.value, r.flow])).toEqual([[12400, 'export']]);
  });
});

describe('goods bought from sellers at home', () => {
  it('are no imports', () => {
    const text = 'Mongolia imported 1.9 million tonnes of fuel in January-October 2025. The central bank bought 11.6 tonnes of gold from domestic miners in the period.';
    expect(releaseRows(text, '2025-11-14').map((r) => r.value)).toEqual([1900000]);
  });

  it('still reads goods bought from a foreign seller', () => {
    const text = 'In January-October 2025 Mongolia bought 1.9 million tonnes of fuel from Russian refiners.';
    expect(releaseRows(text, '2025-11-14').map((r) => r.value)).toEqual([1900000]);
  });
});

describe("one trader's own business", () => {
  it('reads no row from the sales of a stall or factory a quoted person owns', () => {
    const text =
      'Exports from Yiwu rose 18.1 percent to 219.8 billion yuan in January-April 2026. "Buyers are back," said Wang Li, who sells toys at the market. His shop\'s sales climbed about 25 percent in the first quarter, he added, and our factory\'s exports reached 3 million dollars, said another trader.';
    expect(releaseRows(text, '2026-05-19').map((r) => r.value ?? r.yoy_pct)).toEqual([219800000000]);
  });
});

describe('goods that "saw their exports" move', () => {
  it('are the goods of the growth, so it is not given to the total before it', () => {
    const text =
      'Taiwan exports rise 6.1 pct in October. Exports went up 6.1 percent in October from a year earlier, the ministry said. Outbound shipments stood at 41.2 billion U.S. dollars in October. Machine tools saw their exports drop 9.4 percent.';
    expect(releaseRows(text, '2025-11-09').map((r) => [r.value, r.yoy_pct, r.commodity])).toEqual([
      [41200000000, 6.1, 'all goods'],
      [null, -9.4, 'machine tools'],
    ]);
  });
});

describe('a month naming the flow an amount was added to', () => {
  it('is that month, not January to it, for the sentences after it', () => {
    const text =
      'In January-September 2025 exports climbed 4.1 percent to $198.4 billion. The minister said the stronger euro had added about $740 million to September exports. Germany was again the largest export market with $1.83 billion.';
    expect(periods(text, '2025-10-02')).toEqual([
      ['2025-01', '2025-09', 198400000000, 4.1],
      ['2025-09', '2025-09', 1830000000, null],
    ]);
  });

  it('still reads a change running to a month as the year to date', () => {
    const text = 'Goods exports reached US$17,482 million to October, up 3.2% on a year earlier.';
    expect(periods(text, '2025-11-20')).toEqual([['2025-01', '2025-10', 17482000000, 3.2]]);
  });
});

describe('China-Europe "services" counted', () => {
  it('are trains in a release on trains', () => {
    const text = "Chongqing's China-Europe train hub ran 2,400 services in 2025, up 8 percent from a year earlier.";
    expect(releaseRows(text, '2026-01-10').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[2400, 'trains', 8]]);
  });
});

describe('where the first train went', () => {
  it('is no partner of the running total after an opening "since" clause', () => {
    const text = 'Since the first train left the Lanzhou International Port for Almaty in May 2015, the hub had run more than 6,000 China-Europe services by the end of November.';
    expect(releaseRows(text, '2025-12-10').map((r) => [r.value, r.partner, r.period_start, r.period_end])).toEqual([[6000, 'World', '2015-05', '2025-11']]);
  });
});

describe('goods worth more than all goods of their period', () => {
  it('are of the longer period stated before that holds them, with their share', () => {
    const text =
      "Japan's exports rose 3.1 percent to 105.2 trillion yen in 2025. December ended the year on a high note: exports in the month were 9.9 trillion yen, up 5.4 percent year on year. Exports of transport equipment grew 4.0 percent to 24.6 trillion yen, making up 23.4 percent of total exports.";
    expect(periods(text, '2026-01-22')).toEqual([
      ['2025-01', '2025-12', 105200000000000, 3.1],
      ['2025-12', '2025-12', 9900000000000, 5.4],
      ['2025-01', '2025-12', 24600000000000, 4],
      ['2025-01', '2025-12', 23.4, null],
    ]);
  });

  it('keeps goods the month can hold, and services, in the month', () => {
    const text =
      "Japan's exports rose 3.1 percent to 105.2 trillion yen in 2025. In December, exports were 9.9 trillion yen, up 5.4 percent year on year. Exports of cars grew 2.0 percent to 1.6 trillion yen. Services exports were 12.1 trillion yen.";
    expect(periods(text, '2026-01-22').slice(2)).toEqual([
      ['2025-12', '2025-12', 1600000000000, 2],
      ['2025-12', '2025-12', 12100000000000, null],
    ]);
  });
});

describe('a relative clause without its "which is"', () => {
  it('gives no area from a place inside it', () => {
    const text =
      "HANGZHOU, Dec. 19 -- Anhui Province's exports rose 6 percent to 480 billion yuan in the first 11 months of 2025. Exports under cross-border e-commerce, the channel built around the online platforms of Hefei, grew 21 percent to 62 billion yuan.";
    expect(areas(text, '2025-12-19')).toEqual([
      [480000000000, 'Anhui'],
      [62000000000, 'Anhui'],
    ]);
  });
});

describe('foreign goods a port cleared after imports counted in money', () => {
  const flows = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.value, r.flow]);

  it('are part of those imports', () => {
    const text = 'Imports of fruit through Pingxiang Port were worth 9.8 billion yuan in January-June 2025. Longans were the main item. The port handled 212,000 tonnes of Thai longans in the period.';
    expect(flows(text, '2025-07-16')).toEqual([
      [9800000000, 'import'],
      [212000, 'import'],
    ]);
  });

  it('stay two-way with no imports before them', () => {
    const text = 'Trade through Pingxiang Port was worth 9.8 billion yuan in January-June 2025. The port handled 212,000 tonnes of Thai longans in the period.';
    expect(flows(text, '2025-07-16')).toEqual([
      [9800000000, 'total'],
      [212000, 'total'],
    ]);
  });
});

describe('a part of the trains counted before, named as "the services" or "them"', () => {
  it('is a count of trains going the way its verb says', () => {
    const text = 'A total of 3,264 China-Europe freight trains passed through Manzhouli in January-August 2025, up 2.5 percent. Roughly 1,700 of the services ran westbound.';
    expect(releaseRows(text, '2025-09-15').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [3264, 'trains', 'total'],
      [1700, 'trains', 'export'],
    ]);
    const other = 'A total of 3,264 China-Europe freight trains passed through Manzhouli in January-August 2025, up 2.5 percent. About 1,560 of them ran eastbound.';
    expect(releaseRows(other, '2025-09-15').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [3264, 'trains', 'total'],
      [1560, 'trains', 'import'],
    ]);
  });
});

describe('a change after a month-on-month one, against the same month a year before', () => {
  it('is the year-on-year change of the level', () => {
    const text = 'In October alone, Cambodia imported goods worth 3.2 billion USD, up 4.0 percent from the previous month but down 6.5 percent from October 2024.';
    expect(periods(text, '2025-11-12')).toEqual([['2025-10', '2025-10', 3200000000, -6.5]]);
  });
});

describe('ports a sentence opens by routing through, then trains crossing there', () => {
  it('are the joint area of the trains, also after "the two railway hubs of"', () => {
    const text =
      "URUMQI, Oct. 20 -- Xinjiang's foreign trade rose 5 percent to 400 billion yuan in the first three quarters of 2025. Through the two land ports of Alashankou and Horgos, 5,870 China-Europe freight trains entered or left the country in the period.";
    expect(areas(text, '2025-10-20')).toEqual([
      [400000000000, 'Xinjiang'],
      [5870, 'Alashankou and Horgos ports'],
    ]);
  });
});

describe('goods a port cleared, named by the country across the border', () => {
  const flows = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.value, r.flow]);

  it('came in, with no imports named before them', () => {
    expect(flows('Erenhot, the largest land port on the China-Mongolia border, has cleared 8.1 million tonnes of Mongolian coal so far this year.', '2025-10-10')).toEqual([[8100000, 'import']]);
  });

  it('leaves cargo with no country named two-way', () => {
    expect(flows('Erenhot, the largest land port on the China-Mongolia border, has cleared 8.1 million tonnes of cargo so far this year.', '2025-10-10')).toEqual([[8100000, 'total']]);
  });
});

describe("bringing the quarter's total to an amount", () => {
  it('is the quarter that holds the month stated before it', () => {
    const text = 'Iron ore imports reached 98.6 million tonnes in June, down 1.2%, bringing the quarter\'s total to 291 million tonnes, 2.4% more than a year earlier.';
    expect(periods(text, '2025-07-14')).toEqual([
      ['2025-06', '2025-06', 98600000, -1.2],
      ['2025-04', '2025-06', 291000000, 2.4],
    ]);
  });

  it("leaves a share of the quarter's imports in the period in force", () => {
    const text = 'In July-September 2025 imports reached 2.1 trillion naira. Goods from China were worth 388.6 billion naira, or 18.9 per cent of the quarter\'s imports.';
    expect(periods(text, '2025-11-20').map((r) => [r[0], r[1]])).toEqual([
      ['2025-07', '2025-09'],
      ['2025-07', '2025-09'],
      ['2025-07', '2025-09'],
    ]);
  });
});

describe('firms or places that "saw their exports" move', () => {
  it('are no goods of the change', () => {
    const text = 'Exports went up 8.0 percent in November 2025. Small and medium firms saw their exports grow 12.3 percent.';
    expect(releaseRows(text, '2025-12-01').map((r) => [r.yoy_pct, r.commodity])).toEqual([
      [8, 'all goods'],
      [12.3, 'all goods'],
    ]);
  });
});

describe('a year after "quarter of" or "half of", before a flow noun with no comma', () => {
  it('dates the quarter, not the whole year', () => {
    const text = 'In the third quarter of 2025 imports reached 2.1 trillion naira, and in the first half of 2025 exports came to 4.4 trillion naira.';
    expect(periods(text, '2025-11-20')).toEqual([
      ['2025-07', '2025-09', 2100000000000, null],
      ['2025-01', '2025-06', 4400000000000, null],
    ]);
  });

  it('still reads a year that modifies the flow noun', () => {
    expect(periods("China's 2024 exports reached 3.5 trillion dollars.", '2025-11-20')).toEqual([['2024-01', '2024-12', 3500000000000, null]]);
  });
});

describe('a share of "total non-oil trade"', () => {
  it('is the share of the flow that sized it, as of "total trade"', () => {
    const text = "In the first half of 2026 the UAE's non-oil foreign trade reached AED1.7 trillion. Non-oil exports rose 36.2 percent to AED371.5 billion, accounting for 21.5 percent of total non-oil trade.";
    expect(releaseRows(text, '2026-09-01').map((r) => [r.value, r.flow])).toEqual([
      [1700000000000, 'total'],
      [371500000000, 'export'],
      [21.5, 'export'],
    ]);
  });
});
