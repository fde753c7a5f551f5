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
