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

describe("a place in the credit a wire's dateline closes with names the publisher, not the place of the figures", () => {
  it('reads "Xi\'an, September 10 (Shaanxi provincial portal) --" under a headline on Xi\'an', () => {
    expect(areas("Xi'an's trains run on\n\nXi'an, September 10 (Shaanxi provincial portal) -- The Chang'an China-Europe Railway Express dispatched 3,508 trains in January-August.", '2025-09-10')).toEqual(["Xi'an"]);
  });
  it('reads "URUMQI, May 3 (the Xinjiang government website) -" before "The hub"', () => {
    expect(areas('Urumqi hub\n\nURUMQI, May 3 (the Xinjiang government website) - The hub assembled 1,200 trains in April.', '2025-05-03')).toEqual(['Urumqi']);
  });
  it('reads "ZHENGZHOU, July 9 (Henan provincial portal) --"', () => {
    expect(areas('Zhengzhou flights\n\nZHENGZHOU, July 9 (Henan provincial portal) -- Cargo flights carried 310,000 tonnes in the first half.', '2025-07-09')).toEqual(['Zhengzhou']);
  });
  it('reads "HORGOS, May 3 (the Xinjiang government website) -"', () => {
    expect(areas('Horgos busy\n\nHORGOS, May 3 (the Xinjiang government website) - Cargo handled rose to 1.2 million tonnes in April.', '2025-05-03')).toEqual(['Horgos Port']);
  });
  it('reads "DONGXING, March 21 (Guangxi Daily) --"', () => {
    expect(areas('Dongxing trade rises\n\nDONGXING, March 21 (Guangxi Daily) -- Exports to Vietnam rose 6 percent to 10.6 billion yuan in January-February.', '2025-03-21')).toEqual(['Dongxing Port']);
  });
  it('keeps the province a sentence after a plain credit names (near miss)', () => {
    expect(areas("HOHHOT, June 7 (Xinhua) -- Inner Mongolia's imports rose 8 percent to 41.1 billion yuan in January-May.", '2025-06-07')).toEqual(['Inner Mongolia']);
  });
  it("keeps the province named after the credit's paper as the sentence's subject (near miss)", () => {
    expect(areas("HARBIN, Jan. 12 (Heilongjiang Daily) -- Heilongjiang's trade with Russia reached 224.5 billion yuan last year.", '2025-01-12')).toEqual(['Heilongjiang']);
  });
});

describe('trains "leaving" or "departing" the place whose count it is, "from" unsaid, went out', () => {
  const flows = (text: string, published = '2025-01-05') => releaseRows(text, published).map((r) => [r.area, r.flow]);
  it('reads "China-Central Asia trains leaving Xi\'an numbered"', () => {
    expect(flows("Xi'an, September 10 -- China-Central Asia trains leaving Xi'an numbered 1,207 in January-August, up 15.3%.", '2024-09-10')).toEqual([["Xi'an", 'export']]);
  });
  it('reads "Trains leaving Chongqing reached"', () => {
    expect(flows("CHONGQING, Jan 5 -- Trains leaving Chongqing reached 2,300 last year, the city's port office said.")).toEqual([['Chongqing', 'export']]);
  });
  it('reads "were counted leaving Zhengzhou" after the count', () => {
    expect(flows('ZHENGZHOU, Jan 5 -- In 2024, 3,200 China-Europe trains were counted leaving Zhengzhou, up 9 percent.')).toEqual([['Zhengzhou', 'export']]);
  });
  it('reads "The number of trains departing Urumqi rose"', () => {
    expect(flows('URUMQI, Jan 5 -- The number of trains departing Urumqi rose 12 percent to 1,450 last year.')).toEqual([['Urumqi', 'export']]);
  });
  it('reads "China-Europe trains departing Hefei numbered"', () => {
    expect(flows('HEFEI, Jan 5 -- China-Europe trains departing Hefei numbered 980 last year, up 14 percent.')).toEqual([['Hefei', 'export']]);
  });
  it('keeps trains "entering and leaving" a port both ways (near miss)', () => {
    expect(flows('MANZHOULI, Jan 5 -- Trains entering and leaving Manzhouli totalled 5,100 last year.')).toEqual([['Manzhouli Port', 'total']]);
  });
  it('keeps trains leaving the far end, not the figure\'s place, out of the rule (near miss)', () => {
    expect(flows('CHONGQING, Jan 5 -- Chongqing handled 2,300 trains last year, many of them leaving Europe loaded with wine.')).toEqual([['Chongqing', 'total']]);
  });
});

describe('a facility "near" a town only places the facility: the town is no area, now or for the figures after it', () => {
  it('reads "KTZ plans a dry port near Bakhty." before a figure of the two countries', () => {
    expect(areas('ASTANA, Feb 8 -- Kazakhstan\'s rail freight with China reached 2.41 million tonnes in January. KTZ plans a dry port near Bakhty. Last year rail freight between the two countries set a record of 28.5 million tonnes.', '2024-02-08')).toEqual(['Kazakhstan', 'Kazakhstan']);
  });
  it('reads "A cold store near Lao Cai is to open next year."', () => {
    expect(areas("HANOI, May 8 -- Vietnam's fruit exports reached 1.2 billion US dollars in April. A cold store near Lao Cai is to open next year. In the first four months, fruit exports came to 4.1 billion US dollars.", '2024-05-08')).toEqual(['Vietnam', 'Vietnam']);
  });
  it('reads "Work on a second bridge near Heihe began"', () => {
    expect(areas("HARBIN, May 8 -- Heilongjiang's trade with Russia rose 5 percent to 21 billion yuan in April. Work on a second bridge near Heihe began this spring. Exports grew 9 percent in the month.", '2024-05-08')).toEqual(['Heilongjiang', 'Heilongjiang']);
  });
  it('reads "loaded at a new terminal near Dostyk" after the figure', () => {
    expect(areas('ASTANA, May 8 -- Kazakhstan exported 1.1 million tonnes of grain to China in April, much of it loaded at a new terminal near Dostyk.', '2024-05-08')).toEqual(['Kazakhstan']);
  });
  it('reads "a logistics yard located near Erenhot opened"', () => {
    expect(areas("HOHHOT, May 8 -- Inner Mongolia's trade with Mongolia rose 11 percent to 9.2 billion yuan in April. A logistics yard located near Erenhot opened in March. Imports grew 14 percent in April.", '2024-05-08')).toEqual(['Inner Mongolia', 'Inner Mongolia']);
  });
  it('keeps cargo handled near a port town the town\'s (near miss)', () => {
    expect(areas('HEIHE, Feb 8 -- Cargo handled near Heihe rose to 1.2 million tonnes in January.', '2024-02-08')).toEqual(['Heihe Port']);
  });
  it('keeps a port town after "near" with no facility before it (near miss)', () => {
    expect(areas('URUMQI, Feb 8 -- Freight through the crossings near Horgos rose to 1.2 million tonnes in January.', '2024-02-08')).toEqual(['Horgos Port']);
  });
});

describe('trains that "came" or "rolled" east on the China-Europe line came in, as trains "heading east" did', () => {
  const flows = (text: string, published = '2025-01-05') => releaseRows(text, published).map((r) => [r.area, r.flow]);
  it('reads "1,240 of this year\'s trips came eastward"', () => {
    expect(flows("(Xinhua) BEIJING, Dec. 28 -- Trains heading back to China now make up a larger part of the traffic: 1,240 of this year's trips came eastward, 2.5 times the figure of 2016.", '2017-12-28')).toEqual([['China', 'import']]);
  });
  it('reads "China-Europe trains coming eastward numbered"', () => {
    expect(flows("CHONGQING, Jan 5 -- Chongqing's China-Europe trains coming eastward numbered 1,310 last year, up 20 percent.")).toEqual([['Chongqing', 'import']]);
  });
  it('reads "trains rolling east reached"', () => {
    expect(flows("XI'AN, Jan 5 -- Xi'an's trains rolling east reached 1,700 last year, loaded with milk powder and timber.")).toEqual([["Xi'an", 'import']]);
  });
  it('reads "trains that came east numbered"', () => {
    expect(flows("HEFEI, Jan 5 -- Hefei's China-Europe trains that came east numbered 410 last year.")).toEqual([['Hefei', 'import']]);
  });
  it('reads "trains that rolled eastward totalled"', () => {
    expect(flows("ZHENGZHOU, Jan 5 -- Zhengzhou's China-Europe trains that rolled eastward totalled 1,020 last year.")).toEqual([['Zhengzhou', 'import']]);
  });
  it('keeps trains that "came to" a number both ways (near miss)', () => {
    expect(flows("CHONGQING, Jan 5 -- Chongqing's China-Europe trains came to 1,310 last year, up 20 percent.")).toEqual([['Chongqing', 'total']]);
  });
  it('keeps trains "coming east of" a place both ways (near miss)', () => {
    expect(flows("CHONGQING, Jan 5 -- Chongqing's China-Europe trains coming east of the Urals numbered 1,310 last year.")).toEqual([['Chongqing', 'total']]);
  });
});
