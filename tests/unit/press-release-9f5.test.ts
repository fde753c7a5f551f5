/**
 * Rules of issue 9, part f5: freight trains, land ports, pipelines and other countries' agencies of the blind batch 99
 * (helper fix99, 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('the far end of a run named "to and from"', () => {
  it('keeps the figure with the city that ran the trips, not the port they ran to and from', () => {
    const got = rows(`Guizhou's sea-rail trains grow

GUIYANG, Feb. 3 (Xinhua) -- Guiyang ran 1,530 sea-rail freight train trips to and from Fangchenggang Port in 2025, up 21.4 percent year on year, the city's logistics authority said.

The trains carried goods worth 4.2 billion yuan.`, '2026-02-03');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [1530, 'Guiyang'],
      [4_200_000_000, 'Guiyang'],
    ]);
  });
});

describe('the naira written as a capital N glued to an amount', () => {
  it('reads "N4.12 trillion" as naira in a Nigerian release', () => {
    const got = rows(`Nigeria posts trade surplus in second quarter

ABUJA - Nigeria's exports rose to N4.12 trillion in the second quarter of 2019, the statistics bureau said on Monday. Imports came to N3.05 trillion.`, '2019-08-12');
    expect(got.map((r) => [r[2], r[3], r[7]])).toEqual([
      [4_120_000_000_000, 'NGN', 'export'],
      [3_050_000_000_000, 'NGN', 'import'],
    ]);
  });

  it('reads no money in a bare N before a number in another country\'s release', () => {
    const got = rows(`Ghana's exports rise

ACCRA - Ghana's exports rose to 12.4 billion cedis in the first quarter of 2025, the statistical service said. Trucks on highway N1 moved N2 billion worth of goods, officials said.`, '2025-05-01');
    expect(got.map((r) => r[3])).toEqual(['GHS']);
  });
});

describe('energy piped or arriving into the reporter', () => {
  it('reads gas "piped into China" and gas that "came in along" a pipeline as imports', () => {
    const got = rows(`Pipeline gas through Alashankou

URUMQI, Aug. 2 (Xinhua) -- Natural gas piped into China through the Alashankou port reached 6.2 billion cubic meters in the first half of 2019, up 4.1 percent year on year, the customs said.

The gas came in along the Kazakhstan-China gas pipeline and was worth 1.9 billion U.S. dollars.`, '2019-08-02');
    expect(got.map((r) => [r[2], r[7]])).toEqual([
      [6_200_000_000, 'import'],
      [1_900_000_000, 'import'],
    ]);
  });

  it('reads crude oil "arriving through" a pipeline as imports', () => {
    const got = rows(`Russian crude via Mohe

HARBIN, Jan. 20 (Xinhua) -- Crude oil arriving through the Russia-China oil pipeline at Mohe totalled 15.4 million tonnes in 2018, up 3.2 percent, Harbin Customs said.`, '2019-01-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[15_400_000, 'import']]);
  });
});
