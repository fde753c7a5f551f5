/**
 * Rules of issue 9, part ct: the fixing round on blind batch 74 (Chinese provinces, cities, zones and airports on their own
 * trade; fixtures b74-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const areaOf = (rows: Row[], value: number) => rows.find((r) => r.value === value)?.area;

describe('places the lexicon knows under another spelling', () => {
  it('reads "Kashi" as Kashgar, the prefecture and its city being one area', () => {
    const rows = releaseRows('Kashi reported imports and exports of 8.2 billion yuan in the first quarter of 2026, up 19.4 percent year on year.', '2026-04-20');
    expect(areaOf(rows, 8.2e9)).toBe('Kashgar');
  });

  it('reads "Ürümqi" with its Uyghur letters, and the older "Urumchi", as Urumqi', () => {
    const rows = releaseRows("In the first half of 2026, Xinjiang's trade came to 190.5 billion yuan. Ürümqi's share was 27.6 billion yuan, and Korla's 3.1 billion yuan.", '2026-07-20');
    expect(areaOf(rows, 27.6e9)).toBe('Urumqi');
    const older = releaseRows('Urumchi handled foreign trade of 4.4 billion yuan in January 2026.', '2026-02-20');
    expect(areaOf(older, 4.4e9)).toBe('Urumqi');
  });

  it("knows Guizhou's prefecture-level cities beside its capital", () => {
    const rows = releaseRows("Guizhou's foreign trade reached 9.6 billion yuan in the first two months of 2026. Bijie's trade was 0.8 billion yuan.", '2026-03-20');
    expect(areaOf(rows, 0.8e9)).toBe('Bijie');
  });
});

describe('the pilot free trade zones taken together', () => {
  it('reads the country\'s pilot free trade zones as a group of their own, not China', () => {
    const rows = releaseRows("The nation's 21 pilot free trade zones posted foreign trade of 3.9 trillion yuan in the first half of 2026, up 6.2 percent year on year.", '2026-07-25');
    expect(areaOf(rows, 3.9e12)).toBe('pilot free trade zones');
  });
});

describe('places listed with an apposition after the first', () => {
  it('gives each of two cities its own amount when an apposition set off by commas follows the first', () => {
    const rows = releaseRows('Hunan traded goods worth 260.1 billion yuan in the first half of 2026. Changsha, the provincial capital, and Yueyang posted 151.2 billion yuan and 24.7 billion yuan respectively.', '2026-07-22');
    expect([areaOf(rows, 151.2e9), areaOf(rows, 24.7e9)]).toEqual(['Changsha', 'Yueyang']);
  });
});

describe('scenery in a sentence on a province', () => {
  it('keeps the province as the area past a rank held "among China\'s provincial-level regions"', () => {
    const rows = releaseRows("Jiangsu's imports and exports reached 4.31 trillion yuan in the first nine months of 2026. The province held its second place among China's provincial-level regions, and its trade accounted for 13.9 percent of the national total.\n\nExports grew 5.2 percent to 2.77 trillion yuan.", '2026-10-22');
    expect(rows.map((r) => r.area)).toEqual(['Jiangsu', 'Jiangsu', 'Jiangsu']);
  });

  it('reads the ports a city is "home to", in an apposition naming what the city is, as scenery of the city\'s figure', () => {
    const rows = releaseRows('Dehong prefecture traded goods worth 30 billion yuan in the first quarter of 2026. Hulunbuir, the league that is home to the Manzhouli and Erenhot ports, handled 12.5 billion yuan of the trade.', '2026-04-22');
    expect(areaOf(rows, 12.5e9)).toBe('Hulunbuir');
  });
});

describe('a share of a place named as the whole', () => {
  it('reads "X\'s share of the province was N%, Y\'s M%" as shares of total trade after a sentence ending on imports', () => {
    const rows = releaseRows("Zhejiang's trade was 4.37 trillion yuan in the first ten months of 2026. Exports rose 7.1% to 3.23 trillion yuan and imports fell 1.4% to 1.14 trillion yuan.\n\nNingbo's share of the province was 24.9%, Jinhua's 16.2%.", '2026-11-20');
    const shares = rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.flow]);
    expect(shares).toEqual([[24.9, 'Ningbo', 'total'], [16.2, 'Jinhua', 'total']]);
  });
});
