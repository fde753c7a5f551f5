/**
 * Rules widened in the fixing round for the old leftovers of b195, b206, b217, b228, b254, b261, b41, b49 and b96
 * (forty-second session): each frame in several phrasings of our own, and near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('the home country\'s adjective on goods a port moved names their origin, not the area', () => {
  it('reads "N tonnes of Chinese fruit left for" after a sentence on the port', () => {
    const rows = releaseRows('Trucks queue at Youyiguan Port. In the first ten months of 2026, fruit imports through the port came to 1.1 million tonnes. Going the other way, 61,000 tonnes of Chinese fruit were shipped to Vietnam.', '2026-11-20');
    expect(row(rows, 61000)).toMatchObject({ area: 'Youyiguan Port' });
  });
  it('reads "the export of Chinese apples ... through the port" with the port after the goods', () => {
    const rows = releaseRows('Pingxiang Customs said fruit imports via Youyiguan Port rose 5 percent to 640,000 tonnes in the first half of 2026. Meanwhile the export of Chinese pears and apples to ASEAN through the port was 88,000 tonnes.', '2026-07-20');
    expect(row(rows, 88000)).toMatchObject({ area: 'Youyiguan Port' });
  });
  it('reads "while N tonnes of Chinese goods went the other way" after a crossing\'s inbound cargo', () => {
    const rows = releaseRows('HARBIN, Dec 1 -- The Heihe port handled 2.3 million tonnes of goods from January to November, mostly Russian timber, while 410,000 tonnes of Chinese goods went the other way.', '2026-12-01');
    expect(row(rows, 410000)).toMatchObject({ area: 'Heihe Port' });
  });
  it('reads "some 75,000 tons of Chinese machinery crossed" at a land port', () => {
    const rows = releaseRows('Erenhot Port cleared 9.4 million tons of imports in the first nine months of 2026. In the same period, some 75,000 tons of Chinese machinery and 12,000 tons of Chinese vegetables crossed into Mongolia.', '2026-10-15');
    expect(row(rows, 75000)).toMatchObject({ area: 'Erenhot Port' });
    expect(row(rows, 12000)).toMatchObject({ area: 'Erenhot Port' });
  });
  it('reads "about N tonnes of Chinese vegetables rolled south" in a clause after the port\'s total', () => {
    const rows = releaseRows('Mohan Port cleared 2.8 million tonnes in January-September 2026; about 96,000 tonnes of Chinese vegetables rolled south to Laos.', '2026-10-10');
    expect(row(rows, 96000)).toMatchObject({ area: 'Mohan Port' });
  });
  it('keeps "exports of Chinese goods to Russia" with no port named as the country\'s (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 10 -- China\'s trade with Russia reached 190 billion U.S. dollars in the first ten months of 2026. Exports of Chinese goods to Russia came to 88 billion dollars.', '2026-11-10');
    expect(row(rows, 88e9)).toMatchObject({ area: 'China' });
  });
  it('keeps "Exports of Kazakh goods to China by rail" with no weight before and no port after as the country\'s (near miss)', () => {
    const rows = releaseRows('Dostyk station handled 150,000 TEU in January-June 2026. Exports of Kazakh goods to China by rail came to 7.1 million tonnes, while imports stood at 1.4 million tonnes.', '2026-07-10');
    expect(row(rows, 7.1e6)).toMatchObject({ area: 'Kazakhstan' });
  });
});
