/**
 * Issue 9, fixing round for blind batches b116, b121 and b122 (session 23): wording that real releases use and the
 * extractor read wrongly. Each test names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2026-07-03') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const flowOf = (text: string, value: number) => rowsOf(text).filter((r) => r.value === value).map((r) => r.flow);

describe('trains running back', () => {
  it('reads trains that ran back from the far end as inbound', () => {
    const text = 'Freight trains between China and Europe made 7,110 trips in the first half of 2026. Trains heading west numbered 3,900 to Europe, while 3,210 trains ran back from Germany and Poland to China.';
    expect(flowOf(text, 3210)).toEqual(['import']);
  });
  it('reads trains heading or travelling back home as inbound', () => {
    expect(flowOf('The Xiamen hub handled 1,020 China-Europe trains in the first half of 2026, of which 430 trains headed back home loaded with timber.', 430)).toEqual(['import']);
    expect(flowOf('The Xiamen hub handled 1,020 China-Europe trains in the first half of 2026, of which 430 trains travelled back from Hungary.', 430)).toEqual(['import']);
  });
  it('does not read trains that went back to a far end as inbound', () => {
    expect(flowOf('The Xiamen hub handled 1,020 China-Europe trains in the first half of 2026, of which 430 trains went back to Hungary.', 430)).not.toContain('import');
  });
});

describe("a municipality's customs and \"the city's\" trade", () => {
  const areaOf = (text: string, value: number) => rowsOf(text, '2025-11-12').filter((r) => r.value === value).map((r) => r.area);
  it('gives the city, not the port named before, to a municipality customs figure of "the city"', () => {
    const text = 'TIANJIN, Nov. 12 -- Tianjin Port handled 2.1 million TEUs of containers in October, up 4.4 percent. In a separate statement, Tianjin Customs said the city\'s imports and exports in the first ten months rose 1.8 percent to 690 billion yuan.';
    expect(areaOf(text, 690_000_000_000)).toEqual(['Tianjin']);
  });
  it('reads "according to" a municipality customs the same way', () => {
    const text = 'CHONGQING, Nov. 12 -- Chongqing Customs said foreign trade rose, and according to Chongqing Customs, the city\'s exports in the first ten months grew 5.2 percent to 512 billion yuan.';
    expect(areaOf(text, 512_000_000_000)).toEqual(['Chongqing']);
  });
});

describe('a conjunction before a flow noun is no goods', () => {
  const monthly = (text: string) => rowsOf(text, '2025-09-08').map((r) => [r.value, r.yoy_pct, r.commodity]);
  it('gives the year-on-year growth after "though shipments" to the level, past a month-on-month change', () => {
    const text = "China's exports of tungsten fell 4.2% in August from July to 1,310 metric tons, customs figures showed, though shipments were still up 18.5% from a year earlier.";
    expect(monthly(text)).toEqual([[1310, 18.5, 'tungsten']]);
  });
  it('reads "although" and "yet" the same way', () => {
    expect(monthly("Japan's imports of coking coal slipped 3.0% in August from the previous month to 5.2 million tonnes, although arrivals were up 6.6% on the year.")).toEqual([[5_200_000, 6.6, 'coking coal']]);
    expect(monthly("India's exports of basmati rice fell 2.5% in August from July to 410,000 tonnes, yet shipments were 9.1% higher than a year before.")).toEqual([[410_000, 9.1, 'basmati rice']]);
  });
});

describe('the city a train leaves stands for its rail port', () => {
  const areaOf = (text: string, value: number) => rowsOf(text, '2025-11-03').filter((r) => r.value === value).map((r) => r.area);
  it("gives the port named before to the goods of trains leaving its city", () => {
    const text = 'XINING, Nov. 3 -- The dry port of Xining dispatched 412 freight trains in January-October, up 8.1 percent, the port said. The trains leaving Xining carried 30,500 TEUs of outbound goods, up 5.5 percent.';
    expect(areaOf(text, 30_500)).toEqual(['Xining Port']);
  });
  it('keeps the city when the release has named no port of it', () => {
    const text = 'XINING, Nov. 3 -- Freight rail grew in the province this year. The trains leaving Xining carried 30,500 TEUs of outbound goods in January-October, up 5.5 percent.';
    expect(areaOf(text, 30_500)).toEqual(['Xining']);
  });
});

describe("an agency's figure for a marketing year not over", () => {
  const values = (text: string) => rowsOf(text, '2025-11-07').map((r) => r.value);
  it('publishes no row for "puts / pegs a season\'s imports at"', () => {
    expect(values("Japan imported 1.2 million tonnes of wheat in October. The farm ministry puts Japan's 2025/26 wheat imports at 5.6 million tonnes.")).toEqual([1_200_000]);
    expect(values('Egypt imported 1.1 million tonnes of wheat in October. The attaché pegs 2025-26 imports at 13 million tonnes.')).toEqual([1_100_000]);
  });
  it('keeps a season that is over', () => {
    expect(values("The farm ministry puts Japan's 2023/24 wheat imports at 5.4 million tonnes.")).toContain(5_400_000);
  });
});
