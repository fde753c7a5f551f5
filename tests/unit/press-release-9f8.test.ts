/**
 * Rules of issue 9, part f8: the plain-text causes left after the blind batch 100 and the older leftovers (helper fixtext,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a trade mode that names no direction as the subject', () => {
  it('gives cross-border e-commerce both ways after a paragraph on exports, its base too', () => {
    const got = rows(`Wenzhou's trade in 2018

WENZHOU, Jan 22 -- Wenzhou's exports rose 6.1 percent to 160.2 billion yuan in 2018, the customs said.

Shoes and clothing made up 38.0 percent of the city's exports.

Cross-border e-commerce cleared by the customs came to 9.4 billion yuan, about twice the 2017 figure of 4.9 billion yuan.`, '2019-01-22');
    expect(got.map((r) => [r[0], r[2], r[7]])).toEqual([
      ['2018-01', 160_200_000_000, 'export'],
      ['2018-01', 38, 'export'],
      ['2018-01', 9_400_000_000, 'total'],
      ['2017-01', 4_900_000_000, 'total'],
    ]);
  });

  it('keeps a part "of them" with the flow it is a part of', () => {
    const got = rows(`Jinhua's exports

JINHUA, Jan 22 -- Jinhua's exports rose 9.0 percent to 310.5 billion yuan in 2021, the customs said. Of them, cross-border e-commerce came to 41.7 billion yuan.`, '2022-01-22');
    expect(got.map((r) => [r[2], r[7]])).toEqual([
      [310_500_000_000, 'export'],
      [41_700_000_000, 'export'],
    ]);
  });
});

describe('"the country" as the field a city ranks in', () => {
  it('keeps the figures after a relative clause on the subject with the city', () => {
    const got = rows(`Dongguan's trade in 2019

DONGGUAN, Jan 20 -- Dongguan's goods trade rose 2.1 percent to 1.39 trillion yuan last year, the customs said.

Imports, which have held third place in the country's rankings for a decade, grew 3.0 percent to 530.2 billion yuan.`, '2020-01-20');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [1_390_000_000_000, 'Dongguan'],
      [530_200_000_000, 'Dongguan'],
    ]);
  });

  it('keeps the imports of a port ranked among the nation\'s land ports with that port', () => {
    const got = rows(`Port trade rises

HEIHE, Jan 8 -- Trade through the Heihe port rose 12.0 percent to 21.3 billion yuan in 2023, the customs said.

Its imports, the highest among the nation's land ports on the Russian border, reached 15.6 billion yuan.`, '2024-01-08');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [21_300_000_000, 'Heihe Port'],
      [15_600_000_000, 'Heihe Port'],
    ]);
  });
});

describe('a year as the object of a verb of closing', () => {
  it('dates "closed 2014 with" and "ended 2014 with" totals to the whole year', () => {
    const got = rows(`Port review

DALIAN, Jan. 6, 2015 -- Dalian Port closed 2014 with 420 million tonnes of cargo handled, up 3.5 percent, the port group said.

The Suifenhe port ended 2014 with 9.6 million tonnes of freight, up 4.0 percent.`, '2015-01-06');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2014-01', '2014-12', 420_000_000],
      ['2014-01', '2014-12', 9_600_000],
    ]);
  });
});

describe('a launch that names the service between "first" and "train"', () => {
  it('runs the total from the month the first train named with an apostrophe left', () => {
    const got = rows(`Rong'ou trains in 2019

CHENGDU, Jan. 9, 2020 -- Chengdu's trains made 1,600 trips in 2019, the operator said.

In all, since the first Rong'ou train left for Lodz on 26 April 2013, 6,200 trips have been made.`, '2020-01-09');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2019-01', '2019-12', 1600],
      ['2013-04', '2020-01', 6200],
    ]);
  });
});

describe('amounts nobody has reported yet', () => {
  it('reads no row in a desk\'s "we pencil in"', () => {
    const got = rows(`Desk note: exports

BEIJING, Aug 8 -- Exports fell 4.1% y/y in July, customs data showed. We pencil in a further 6% drop in August.`, '2026-08-08');
    expect(got.map((r) => r[4])).toEqual([-4.1]);
  });

  it('reads no row in an amount planned in the passive for a later year', () => {
    const got = rows(`Trains in 2025

WUHAN, Jan 5 -- Wuhan's trains made 1,120 trips in 2025, up 9.0 percent, the operator said. Some 1,300 trips are scheduled for 2026.`, '2026-01-05');
    expect(got.map((r) => r[2])).toEqual([1120]);
  });

  it('reads no row in an estimate raised for the year still running, but keeps one for a year that is over', () => {
    const running = rows(`Surplus estimate

BRASILIA, Oct 1 -- Brazil's trade surplus was $4.3 billion in September 2026, the ministry said. The ministry raised its estimate for the 2026 surplus to $62.1 billion.`, '2026-10-01');
    expect(running.map((r) => r[2])).toEqual([4_300_000_000]);
    const over = rows(`Surplus revised

BRASILIA, Mar 1 -- The ministry raised its estimate for the 2025 surplus to $58.4 billion, the ministry said.`, '2026-03-01');
    expect(over.map((r) => r[2])).toEqual([58_400_000_000]);
  });
});

describe('a bare bracketed change after a sibling that named its change', () => {
  it('reads "(4.1%)" after an amount as its change when the amount before had "(a decrease of ...)"', () => {
    const got = rows(`Kyrgyzstan's trade in 2025

BISHKEK, Feb 10 -- The National Statistical Committee said foreign trade in 2025 came to 14.2 billion US dollars.

Imports amounted to 10.6 billion dollars (a decrease of 3.2%), exports to 3.6 billion dollars (4.1%). Trade with China was 5.1 billion dollars (35.9%).`, '2026-02-10');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [14_200_000_000, null, 'total'],
      [10_600_000_000, -3.2, 'import'],
      [3_600_000_000, 4.1, 'export'],
      [5_100_000_000, null, 'total'],
      [35.9, null, 'total'],
    ]);
  });
});

describe('a count with its verb and noun left out after an item with its own period and growth', () => {
  it('reads "and the X port 3,480." as the same things the item before counted', () => {
    const got = rows(`Freight trains in the first half

URUMQI, July 12 -- China-Europe freight trains made 8,900 trips in the first half of this year, the railway said.

The Khorgos port handled 3,940 trips in the January-June period, up 6.2 percent, and the Alashankou port 3,480.`, '2025-07-12');
    expect(got.map((r) => [r[2], r[3], r[5]])).toEqual([
      [8900, 'trains', 'China'],
      [3940, 'trains', 'Horgos Port'],
      [3480, 'trains', 'Alashankou Port'],
    ]);
  });
});

describe('trains that "departed" with no place named', () => {
  it('reads them as outbound, and their dated base with them', () => {
    const got = rows(`Jinhua trains

JINHUA, Nov 6 -- The Jinhua-Europe train service ran 310 trips in the first ten months, the city said.

In October, 42 trains departed, against 29 in October 2024.`, '2025-11-06');
    expect(got.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      ['2025-10', 42, 'export'],
      ['2024-10', 29, 'export'],
    ]);
  });
});

describe('a headline in "mt" over a body figure in million tonnes', () => {
  it('is the body figure written short, not a second row of a few tonnes', () => {
    const got = rows(`India's iron ore exports climb to 41.6 mt in 2025

India exported 41.62 million tonnes of iron ore in 2025, up 12 percent, trade data showed on Monday.`, '2026-01-12');
    expect(got.map((r) => [r[2], r[3]])).toEqual([[41_620_000, 'tonnes']]);
  });

  it('keeps a headline amount in tonnes that no body figure rounds', () => {
    const got = rows(`Rare-earth magnet exports reach 41.6 mt

China exported 5,862 tonnes of rare-earth magnets in October 2026, customs data showed.`, '2026-11-20');
    expect(got.map((r) => [r[2], r[3]])).toEqual([
      [41.6, 'tonnes'],
      [5862, 'tonnes'],
    ]);
  });
});

describe('trains that crossed a border N times', () => {
  it('counts the crossings as trains, not as a multiple', () => {
    const got = rows(`Border railway port in 2025

PINGXIANG, Jan. 9 -- Freight trains crossed the border at the Pingxiang railway port 2,870 times last year, the customs said.`, '2026-01-09');
    expect(got.map((r) => [r[0], r[2], r[3]])).toEqual([['2025-01', 2870, 'trains']]);
  });
});

describe('a running total launched in a relative clause and told with "has since"', () => {
  it('runs the total from the opening month', () => {
    const got = rows(`Port grain terminal

BLAGOVESHCHENSK, Oct. 10 -- The grain terminal at the port, which opened in March 2018 and can store 50,000 tonnes, has since shipped 840,000 tonnes of soybeans.`, '2019-10-10');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2018-03', '2019-10', 840_000]]);
  });
});

describe('goods for buyers of another country', () => {
  it('went out of the release\'s country, though a terminal that handles both ways loaded them', () => {
    const got = rows(`Russian grain terminal

MOSCOW, Oct. 10 (TASS) -- The grain terminal at the Zabaikalsk checkpoint on the Russian border loaded 310,000 tonnes of wheat for Chinese buyers in the first nine months of 2019.`, '2019-10-10');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[310_000, 'export']]);
  });
});

describe('goods that made up part of a one-way total', () => {
  it('go the total\'s way, whatever an aside says of where they were cleared', () => {
    const got = rows(`Russian timber through Manzhouli

HAILAR, Nov. 20 -- Timber imported from Russia through ports in Inner Mongolia reached 6.2 million cubic meters in the first ten months of 2024, up 4.1 percent, the customs said.

Sawn wood made up 3.9 million cubic meters of the total, most of it cleared at the Manzhouli port.`, '2024-11-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([
      [6_200_000, 'import'],
      [3_900_000, 'import'],
    ]);
  });
});

describe('a multiple of an amount recorded in an earlier period', () => {
  it('dates "more than double the X recorded in the same period last year" to the year before', () => {
    const got = rows(`Imports through the border point

KATHMANDU, Dec 2: Imports through the Bhairahawa customs point rose to Rs 41.2 billion in the first four months of the current fiscal year 2026/27 (mid-July to mid-November), more than double the Rs 18.7 billion recorded in the same period last year.`, '2026-12-02');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2026-07', '2026-11', 41_200_000_000],
      ['2025-07', '2025-11', 18_700_000_000],
    ]);
  });
});

describe('a comparative right after a percentage', () => {
  it('compares with the base; it does not bound the base', () => {
    const got = releaseRows(`Port review

SUIFENHE, Jan. 6, 2015 -- The Suifenhe port handled 9.6 million tonnes of freight in 2014, 4.1 percent more than the 9.22 million tonnes of 2013.`, '2015-01-06');
    expect(got.map((r) => [r.period_start, r.value, r.qualifier])).toEqual([
      ['2014-01', 9_600_000, 'exact'],
      ['2013-01', 9_220_000, 'exact'],
    ]);
  });
});
