/**
 * Rules of issue 9, part e0: the second fixing round on the older batches (helper fixold, 2026-12-04 night), each found on
 * a phenomenon several releases share and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);
const areasOf = (text: string, published: string) => tuples(text, published).map((r) => [r[2], r[5]]);

describe('a port town named as the city', () => {
  it('gives the city its own trade and keeps the trade through its port the port\'s', () => {
    const text = [
      'Suifenhe trade grows in ten months',
      'HARBIN, Nov. 12 -- Goods worth 9.4 billion yuan were cleared through Suifenhe Port in the first ten months, up 7.2 percent year on year, local customs said.',
      'Suifenhe City\'s total foreign trade reached 15.6 billion yuan in the period, up 11.3 percent, with Russia making up 88.5 percent of it.',
    ].join('\n\n');
    expect(areasOf(text, '2026-11-12')).toEqual([
      [9_400_000_000, 'Suifenhe Port'],
      [15_600_000_000, 'Suifenhe'],
      [88.5, 'Suifenhe'],
    ]);
  });

  it('reads "the border city of X" as the city, and the bare town in the same release as the city too', () => {
    const text = [
      'Ruili\'s foreign trade tops 40 billion yuan',
      'KUNMING, Dec. 2 -- The border city of Ruili recorded imports and exports of 41.7 billion yuan in the first 11 months, up 5.4 percent year on year.',
      'Exports rose 9.1 percent to 23.2 billion yuan.',
      'The Ruili highway port handled 2.31 million tonnes of goods, up 3.3 percent.',
    ].join('\n\n');
    expect(areasOf(text, '2026-12-02')).toEqual([
      [41_700_000_000, 'Ruili'],
      [23_200_000_000, 'Ruili'],
      [2_310_000, 'Ruili Port'],
    ]);
  });

  it('keeps "the X ports" the port in a release that also names the city', () => {
    const text = [
      'Hekou ports\' fruit imports rise',
      'KUNMING, Oct. 20 -- The ports in Hekou City imported 512,000 tonnes of fruit from Vietnam in the first three quarters, up 6.6 percent year on year.',
      'Hekou City\'s foreign trade came to 27.3 billion yuan, up 4.8 percent.',
    ].join('\n\n');
    expect(areasOf(text, '2026-10-20')).toEqual([
      [512_000, 'Hekou Port'],
      [27_300_000_000, 'Hekou'],
    ]);
  });

  it('leaves a port town named without the word city its port', () => {
    const text = [
      'Erenhot freight climbs',
      'HOHHOT, Nov. 5 -- Erenhot handled 16.2 million tonnes of freight in the first ten months, up 6.1 percent year on year.',
    ].join('\n\n');
    expect(areasOf(text, '2026-11-05')).toEqual([[16_200_000, 'Erenhot Port']]);
  });
});
