/**
 * Fixing round for older leftovers (b208, b195, b232, b41), thirty-ninth session: each cause read in several frames of
 * our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const growthOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.yoy_pct;
const looseGrowths = (rows: ObservationDraft[]) => rows.filter((r) => r.value === null).map(levelTuple);

describe('growths pointing back at items of the list before by their place in it', () => {
  it('reads "the first two grew by A and B" after a "respectively" list of three', () => {
    const rows = releaseRows('BEIJING, Dec. 8 -- Germany, France and Italy were the top three partners, with trade of 1.12 trillion yuan, 0.84 trillion yuan and 0.51 trillion yuan respectively in the first eleven months. Trade with the first two grew by 6.2 percent and 1.9 percent, the administration said.', '2026-12-08');
    expect([growthOf(rows, 1.12e12), growthOf(rows, 0.84e12), growthOf(rows, 0.51e12)]).toEqual([6.2, 1.9, null]);
    expect(looseGrowths(rows)).toEqual([]);
  });
  it('reads "sales to the latter two fell" as the last two items', () => {
    const rows = releaseRows('JAKARTA, Oct 15 -- In the first nine months, exports to India, China and Pakistan came to 4.1 million tonnes, 3.6 million tonnes and 1.2 million tonnes of palm oil respectively. Sales to the latter two fell 6% and 11% from a year earlier.', '2026-10-15');
    expect([growthOf(rows, 4.1e6), growthOf(rows, 3.6e6), growthOf(rows, 1.2e6)]).toEqual([null, -6, -11]);
  });
  it('reads "the two largest increased" with the count before the adjective', () => {
    const rows = releaseRows('BANGKOK, Aug 12 -- Trade with Japan, China, the United States and Malaysia reached 1.2 trillion baht, 1.1 trillion baht, 0.9 trillion baht and 0.5 trillion baht in the first seven months. The two largest increased 7.7% and 5.1% from a year before.', '2026-08-12');
    expect([growthOf(rows, 1.2e12), growthOf(rows, 1.1e12), growthOf(rows, 0.9e12)]).toEqual([7.7, 5.1, null]);
  });
  it('reads "the other two declined" after a list of three as the last two', () => {
    const rows = releaseRows('MANILA, Aug 12 -- Imports from China, Japan and South Korea came to 21.3 billion dollars, 8.4 billion dollars and 5.2 billion dollars in the first half. The other two declined 2.2% and 0.6% year on year.', '2026-08-12');
    expect([growthOf(rows, 21.3e9), growthOf(rows, 8.4e9), growthOf(rows, 5.2e9)]).toEqual([null, -2.2, -0.6]);
  });
  it('reads "the top 2 were up" in digits', () => {
    const rows = releaseRows('NAIROBI, Nov 20 -- Between January and October, tea earnings from Pakistan, Egypt and the United Kingdom were 310 million dollars, 145 million dollars and 88 million dollars. The top 2 were up 12.4 percent and 3.3 percent on the same months of 2025.', '2026-11-20');
    expect([growthOf(rows, 310e6), growthOf(rows, 145e6), growthOf(rows, 88e6)]).toEqual([12.4, 3.3, null]);
  });
  it('reads "the latter" alone as the last item of two', () => {
    const rows = releaseRows('ULAANBAATAR, Dec 3 -- Coal and copper concentrate shipments in January-November came to 61.2 million tonnes and 1.4 million tonnes. The latter was up 5.6 percent year on year.', '2026-12-03');
    expect([growthOf(rows, 61.2e6), growthOf(rows, 1.4e6)]).toEqual([null, 5.6]);
  });
  it('does not read "the first two months" as the first two items (near miss)', () => {
    const rows = releaseRows('CAIRO, Mar 12 -- Exports to Italy, Spain and Turkey were 1.4 billion dollars, 0.9 billion dollars and 0.6 billion dollars last year. In the first two months, shipments grew 8.1% and 4.4%.', '2026-03-12');
    expect([growthOf(rows, 1.4e9), growthOf(rows, 0.9e9)]).toEqual([null, null]);
  });
  it('does not pair growths with a list of a tonnage and its worth (near miss)', () => {
    const rows = releaseRows('LIMA, Nov 20 -- From January to October, copper exports came to 2.1 million tonnes worth 19.3 billion dollars, and zinc exports to 0.9 million tonnes. The first two rose 4.2 percent and 7.5 percent.', '2026-11-20');
    expect([growthOf(rows, 2.1e6), growthOf(rows, 19.3e9)]).not.toEqual([4.2, 7.5]);
  });
});

describe('goods named by a partner country\'s adjective as the subject of their amount came in', () => {
  const flowOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.flow;
  it('reads "of which Russian timber and coal made up" a part of a port\'s tonnage', () => {
    const rows = releaseRows('HARBIN, Dec 1 -- The Suifenhe railway port handled 8.2 million tonnes from January to November, of which Russian timber and coal made up 6.9 million tonnes.', '2026-12-01');
    expect(flowOf(rows, 6.9e6)).toBe('import');
    expect(flowOf(rows, 8.2e6)).toBe('total');
  });
  it('reads "Mongolian coking coal accounted for" in a sentence of its own', () => {
    const rows = releaseRows('HOHHOT, Nov 12 -- Ganqimaodu port cleared 31.4 million tonnes of cargo in the first ten months. Mongolian coking coal accounted for 29.8 million tonnes.', '2026-11-12');
    expect(flowOf(rows, 29.8e6)).toBe('import');
  });
  it('reads "Kazakh wheat and flour came to" with the crossing after the amount', () => {
    const rows = releaseRows('URUMQI, Oct 9 -- Over the first nine months, Kazakh wheat and flour came to 1.6 million tonnes at the Khorgos crossing, the customs office said.', '2026-10-09');
    expect(flowOf(rows, 1.6e6)).toBe('import');
  });
  it('reads "Vietnamese fruit, mostly durians, totalled" with an aside before the verb', () => {
    const rows = releaseRows('NANNING, Aug 3 -- In the first half, the Youyiguan crossing saw 1.1 million tonnes of cargo; Vietnamese fruit, mostly durians and dragon fruit, totalled 640,000 tonnes.', '2026-08-03');
    expect(flowOf(rows, 640000)).toBe('import');
  });
  it('reads "Brazilian beans were ... of that" with a verb of being', () => {
    const rows = releaseRows('QINGDAO, Sept 5 -- Qingdao Customs said the port took 14.2 million tonnes of soybeans worth 61.3 billion yuan in January-August, and Brazilian beans were 9.3 million tonnes of that.', '2026-09-05');
    expect(flowOf(rows, 9.3e6)).toBe('import');
  });
  it('turns the goods that "went the other way" after them to exports', () => {
    const rows = releaseRows('HARBIN, Dec 1 -- The Tongjiang bridge carried 3.1 million tonnes in January-November; Russian iron ore made up 2.7 million tonnes, while 400,000 tonnes of machinery went the other way.', '2026-12-01');
    expect([flowOf(rows, 2.7e6), flowOf(rows, 400000)]).toEqual(['import', 'export']);
  });
  it('does not read the release\'s own country\'s goods as imports (near miss)', () => {
    const rows = releaseRows('MOSCOW, Dec 1 -- Russian coal made up 2.1 million tonnes of the freight on the line in January-November, the railway said.', '2026-12-01');
    expect(flowOf(rows, 2.1e6)).not.toBe('import');
  });
  it('does not read a country\'s border or ports named in a phrase of place as goods (near miss)', () => {
    const rows = releaseRows('HOHHOT, Nov. 14 -- Freight passing the Erlian crossing on the Mongolian border reached 16.2 million tonnes in January-October, customs said.', '2026-11-14');
    expect(flowOf(rows, 16.2e6)).not.toBe('import');
  });
  it('does not read foreign goods sent on to a named place as imports (near miss)', () => {
    const rows = releaseRows('HEIHE, Dec 1 -- Russian coal made up 2.1 million tonnes of the cargo that went on to Japan in the first eleven months.', '2026-12-01');
    expect(flowOf(rows, 2.1e6)).not.toBe('import');
  });
});
