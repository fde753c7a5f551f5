/**
 * Rules of issue 9, part bx: freight trains, corridors and ports as releases really write them (the fixing round on the
 * mixed check of batch 56 and the leftovers of batch 55), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const levelGrowth = (r: Row) => [r.value, r.unit, r.yoy_pct];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];
const placed = (r: Row) => [r.value, r.area, r.flow];

describe('a growth after a unit spelled out with its short form in brackets', () => {
  it('is the growth of that quantity, not of the worth named after it', () => {
    const rows = releaseRows('Block trains moved 412,000 twenty-foot equivalent units (TEUs) of cargo in the period, a rise of 8 percent, and the cargo was worth about 9.2 billion yuan.', '2026-10-12');
    expect(rows.map(levelGrowth)).toEqual([
      [412000, 'TEU', 8],
      [9200000000, 'CNY', null],
    ]);
  });
});

describe('parts of a train count', () => {
  it('reads "N of which were westbound" after the count as a part going out', () => {
    const rows = releaseRows('Some 3,300 freight trains ran on the corridor from January to September, 1,720 of which were westbound.', '2026-10-12');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [3300, 'trains', 'total'],
      [1720, 'trains', 'export'],
    ]);
  });

  it('reads "Of the trips in <period>, N were eastbound" as a part of the trips counted before', () => {
    const rows = releaseRows('Freight trains on the route made 4,410 trips from January to September, up 3 percent. Of the trips in the first nine months, 2,140 were eastbound.', '2026-10-12');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [4410, 'trains', 'total'],
      [2140, 'trains', 'import'],
    ]);
  });
});

describe('"respectively" over a train count and the cargo the trains carried', () => {
  it('pairs the count and the cargo with the growths in order, past the words on where the trains went', () => {
    const rows = releaseRows('A total of 1,905 China-Europe freight trains passed through the Manzhouli railway port from January to October, carrying 204,000 TEUs of goods, up 3.2 percent and 6.5 percent respectively.', '2026-11-12');
    expect(rows.map(levelGrowth)).toEqual([
      [1905, 'trains', 3.2],
      [204000, 'TEU', 6.5],
    ]);
  });
});

describe('runs made by a day', () => {
  it('reads trips the trains "had made" as of a day, with no words of this year, as a stock', () => {
    const rows = releaseRows('As of the end of September, the freight trains had made more than 48,300 trips, carrying over 4.1 million TEUs of goods.', '2026-10-12');
    expect(rows.map(dated)).toEqual([
      ['', '2026-09', 48300],
      ['', '2026-09', 4100000],
    ]);
  });

  it('keeps trips made "this year" as the year so far', () => {
    const rows = releaseRows('As of the end of September, the freight trains had made 6,300 trips this year.', '2026-10-12');
    expect(rows.map(dated)).toEqual([['2026-01', '2026-09', 6300]]);
  });
});

describe('a full year before, named before its amount', () => {
  it('dates "last year\'s full-year total of X" to the whole of last year', () => {
    const rows = releaseRows('Rail-sea trains carried 640,000 TEUs of cargo from January to September, up 9 percent. The figure has already topped last year\'s full-year total of 610,000 TEUs.', '2026-10-12');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['2026-01', '2026-09', 640000, 9],
      ['2025-01', '2025-12', 610000, null],
    ]);
  });
});

describe('a city named as one part of a corridor', () => {
  const corridor = 'New International Land-Sea Trade Corridor';

  it('is an aside: the next paragraph is the corridor\'s again', () => {
    const text = 'Sea-rail trains on the New International Land-Sea Trade Corridor carried 880,000 TEUs of cargo from January to September, up 10.2 percent.\n\nChengdu, one of the corridor\'s hubs, handled 96,000 TEUs on the corridor\'s routes, up 4.4 percent.\n\nSince the service was launched in April 2017, the trains have carried more than 3.9 million TEUs.';
    expect(releaseRows(text, '2026-10-12').map((r) => [r.value, r.area])).toEqual([
      [880000, corridor],
      [96000, 'Chengdu'],
      [3900000, corridor],
    ]);
  });

  it('so is a municipality of province rank', () => {
    const text = 'Sea-rail trains on the New International Land-Sea Trade Corridor carried 880,000 TEUs of cargo from January to September, up 10.2 percent.\n\nChongqing, the corridor\'s inland end, handled 150,000 TEUs on the corridor\'s routes, up 6.1 percent.\n\nSince the service was launched in April 2017, the trains have carried more than 3.9 million TEUs.';
    expect(releaseRows(text, '2026-10-12').map((r) => [r.value, r.area])).toEqual([
      [880000, corridor],
      [150000, 'Chongqing'],
      [3900000, corridor],
    ]);
  });
});

describe('a scaled number without a unit after a scaled count', () => {
  it('counts what the count before it counts', () => {
    const rows = releaseRows('In January-September, truck exports came to 1.12 million units, up 9.5 percent, with electric truck exports at 0.31 million, up 44.0 percent.', '2026-10-12');
    expect(rows.map(levelGrowth)).toEqual([
      [1120000, 'vehicles', 9.5],
      [310000, 'vehicles', 44],
    ]);
  });
});

describe('firms ranked by their own sales', () => {
  it('gives no rows for the firms, only for the trade', () => {
    const rows = releaseRows('Truck exports reached 96,000 units in September 2026. Sinotruk stayed the top exporter among Chinese truck makers with 21,300 vehicles, followed by Foton with 12,800.', '2026-10-12');
    expect(rows.map((r) => r.value)).toEqual([96000]);
  });
});

describe('transit across a country, by the way it went', () => {
  it('is two-way goods of the country, not its exports or imports', () => {
    const text = 'Transit of containers across Azerbaijan by rail reached 412,000 TEU from January to October, the national railway said.\n\nWestbound, from China to Europe, 301,000 TEU were carried, and eastbound 111,000 TEU.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [412000, 'Azerbaijan', 'total'],
      [301000, 'Azerbaijan', 'total'],
      [111000, 'Azerbaijan', 'total'],
    ]);
  });

  it('a corridor named after the ports the goods went through is their route, not their owner', () => {
    const text = 'Transit of containers across Kazakhstan by rail reached 412,000 TEU from January to October, the national railway said.\n\nVia the seaports of Aktau and Kuryk, and along the Middle Corridor, 22,400 TEU were shipped.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [412000, 'Kazakhstan', 'total'],
      [22400, 'Kazakhstan', 'total'],
    ]);
  });
});

describe('two gates, each named with its kind words, "respectively"', () => {
  it('pair with their amounts in order, as parts of the whole trade after both directions', () => {
    const text = 'Trade through the border gates of Lang Son province reached 4.10 billion USD in the first ten months of 2026.\n\nExports were 2.30 billion USD and imports 1.80 billion USD.\n\nThe Huu Nghi international border gate and the Tan Thanh border gate contributed 2.05 billion USD and 0.96 billion USD respectively.';
    expect(releaseRows(text, '2026-11-10').slice(3).map(placed)).toEqual([
      [2050000000, 'Huu Nghi Port', 'total'],
      [960000000, 'Tan Thanh Port', 'total'],
    ]);
  });
});

describe('trains a hub "dispatched"', () => {
  it('went out when no place at the other end is named', () => {
    const rows = releaseRows('From January to September 2026, Dalian Port dispatched 412 China-Europe freight trains, up 9.4 percent.', '2026-10-12');
    expect(rows.map(placed)).toEqual([[412, 'Dalian Port', 'export']]);
  });

  it('went both ways when the release goes on to split the count into outbound and inbound parts', () => {
    const rows = releaseRows('The hub dispatched 2,410 container trains in January-October 2026, up 12 percent. Outbound services accounted for 1,530 of them, up 18 percent, and inbound services for 880.', '2026-11-15');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [2410, 'total'],
      [1530, 'export'],
      [880, 'import'],
    ]);
  });
});

describe('a train count whose verb is left out, after the place the trains came from', () => {
  it('is read, and trains from a partner named after a compass word came in', () => {
    const rows = releaseRows('In January-October 2026, the Minsk terminal handled 1,120 container trains. Trains heading east to China numbered 388, and westbound trains from China 215.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [1120, 'total'],
      [388, 'export'],
      [215, 'import'],
    ]);
  });
});
