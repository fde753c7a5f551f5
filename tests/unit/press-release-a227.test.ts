/**
 * Fixing round a227 on b307 (land ports, border crossings and freight trains): areas of border ports and the flows of
 * freight trains, read as general language of land-port releases. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published = '2022-06-07') => releaseRows(text, published).map((r) => r.area);

describe("a port in apposition as one country's crossing or gateway to another country's town: that town is the far end, scenery", () => {
  it('reads "Zamyn-Uud, Mongolia\'s main crossing to China\'s Erenhot"', () => {
    expect(areas("Ulaanbaatar /MONTSAME/ Freight handled at the Zamyn-Uud border port, Mongolia's main crossing to China's Erenhot, reached 1.92 million tonnes in the first five months of 2022.")).toEqual(['Zamyn-Uud Port']);
  });
  it('reads "Dostyk, Kazakhstan\'s rail crossing to China\'s Alashankou, handled"', () => {
    expect(areas("ASTANA, April 9 -- Dostyk, Kazakhstan's rail crossing to China's Alashankou, handled 4.2 million tonnes of freight in the first quarter.")).toEqual(['Dostyk Port']);
  });
  it('reads "Brest, Belarus\'s busiest rail checkpoint to Poland\'s Malaszewicze, cleared"', () => {
    expect(areas("MINSK, June 7 -- Brest, Belarus's busiest rail checkpoint to Poland's Malaszewicze, cleared 4,300 container trains in the first five months.")).toEqual(['Brest Port']);
  });
  it('reads "through Lao Cai, Vietnam\'s main road and rail gateway to China\'s Hekou"', () => {
    expect(areas("HANOI, June 7 -- Trade through Lao Cai, Vietnam's main road and rail gateway to China's Hekou, rose 12 percent to 1.4 billion US dollars in January-May.")).toEqual(['Lao Cai Port']);
  });
  it('reads "the Zamyn-Uud port, the main road and rail crossing to China\'s Erenhot" (five words before the crossing)', () => {
    expect(areas("Ulaanbaatar /MONTSAME/ Cargo through the Zamyn-Uud port, the main road and rail crossing to China's Erenhot, grew to 1.92 million tonnes in January-May.")).toEqual(['Zamyn-Uud Port']);
  });
  it("keeps a port after a country's possessive with no crossing before it (near miss)", () => {
    expect(areas('HOHHOT, June 7 -- Freight through China\'s Erenhot reached 9.4 million tonnes in January-May.')).toEqual(['Erenhot Port']);
  });
  it('keeps the port an apposition calls the largest on a border (near miss)', () => {
    expect(areas('HOHHOT, June 7 -- Erenhot, China\'s largest land port on the Mongolian border, handled 9.4 million tonnes in January-May.')).toEqual(['Erenhot Port']);
  });
});
