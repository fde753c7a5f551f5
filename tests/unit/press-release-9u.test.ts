/**
 * Rules of issue 9, part u (blind batch 22: local customs houses, land and sea ports, freight trains,
 * corridors and bonded zones, machine-translated English), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

// Crossing counts kept: tests here read the rules that recognise them (the extractor drops them by default).
const rowsOf = (text: string, published?: string) => releaseRows(text, published, { crossings: true });
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));

describe('a port customs office named after "from"', () => {
  it('reports the port figures and is never their partner', () => {
    const rows = rowsOf('Gate port news\n\nThe reporter learned from Erenhot Customs that the cargo volume of Erenhot port reached 15.2 million tons in the first ten months, up 8.1% year on year.', '2026-11-12');
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[15200000, 'Erenhot Port', 'World']]);
  });
});

describe('customs workload', () => {
  it('sets aside declarations processed and batches inspected, and their growth', () => {
    const rows = rowsOf(
      'Border port report\n\nFrom January to October, Heihe port handled 2.4 million tons of goods, up 6.2%. Over the same months the customs house processed 41,300 declarations and inspected 980 batches of fruit. It also handled 126,000 customs declarations, an increase of 12.5% year on year.',
      '2026-11-10',
    );
    expect(brief(rows)).toEqual([{ value: 2400000, unit: 'tonnes', yoy: 6.2, flow: 'total', area: 'Heihe Port', start: '2026-01', end: '2026-10' }]);
  });
});

describe('machine-translated Chinese units', () => {
  it('reads "N 10,000 tons" as N ten-thousands of tonnes', () => {
    const rows = rowsOf('Freight statistics\n\nFrom January to October 2026, the import and export freight volume of Manzhouli port realized 1,274.6 10,000 tons, an increase of 3.2% over the same period of last year.', '2026-11-08');
    expect(brief(rows)).toEqual([{ value: 12746000, unit: 'tonnes', yoy: 3.2, flow: 'total', area: 'Manzhouli Port', start: '2026-01', end: '2026-10' }]);
  });

  it('counts "person-times" of passengers as trips', () => {
    const rows = rowsOf('Passenger flow\n\nIn the first ten months of 2026, 2.46 million person-times of passengers entered and left the country through Ruili port.', '2026-11-08');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[2460000, 'trips', 'other']]);
  });
});

describe('a cut-off weekday', () => {
  it('ends the year to date in the month of the last such weekday before publication', () => {
    // Published on Friday 27 November 2026: "as of Wednesday" is 25 November.
    const rows = rowsOf('Trains news\n\nURUMQI, Nov. 27 -- The port had handled 6,830 China-Europe freight trains this year as of Wednesday, up 3.9 percent year on year.', '2026-11-27');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[6830, '2026-01', '2026-11']]);
    // Published on Tuesday 1 December 2026: "by Sunday" is 29 November.
    const early = rowsOf('Container news\n\nThe port had moved 31.2 million TEUs of containers this year by Sunday.', '2026-12-01');
    expect(early.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[31200000, '2026-01', '2026-11']]);
  });

  it('lets a cut-off day win over a bare "this year" later in the sentence', () => {
    const rows = rowsOf('Corridor news\n\nAs of November 8, the sea-rail trains of the corridor had made 8,912 trips this year, up 7.4% year on year.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[8912, '2026-01', '2026-11']]);
  });

  it('makes a headline "this year" the body figure it rounds', () => {
    const rows = rowsOf('Port handles over 6,000 freight trains this year\n\nThe port had handled 6,204 freight trains this year as of Tuesday, according to the local customs.', '2026-11-26');
    expect(rows.map((r) => [r.value, r.period_end])).toEqual([[6204, '2026-11']]);
  });
});

describe('numbers that are not trade figures', () => {
  it('sets aside a threshold passed in a streak', () => {
    const rows = rowsOf('Trains\n\nThe port handled 5,318 trains in the first ten months of 2026. It was the fourth consecutive year that the number of trains topped 5,000. The number of trucks has exceeded 90,000 for the third year in a row.', '2026-11-12');
    expect(rows.map((r) => r.value)).toEqual([5318]);
  });

  it('sets aside a capacity and a count on peak days', () => {
    const rows = rowsOf('Port upgrade\n\nThe port cleared 9.2 million tons of coal in the first ten months of 2026. Its daily clearance capacity now reaches 2,800 vehicles. On peak days, more than 40 trains arrive or depart.', '2026-11-12');
    expect(rows.map((r) => r.value)).toEqual([9200000]);
  });
});

describe('running totals since a launch', () => {
  it('read a launch day written with the month, the day and the year', () => {
    const rows = rowsOf("Train news\n\nSince the first Chang'an train was launched on November 28, 2013, the city has run more than 28,000 trains as of the end of October.", '2026-11-03');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[28000, '2013-11', '2026-10']]);
  });

  it('are an aside: the next paragraph goes on with the release period', () => {
    const rows = rowsOf(
      "Jinhua trade\n\nJinhua's foreign trade reached 401.2 billion yuan in the first ten months of 2026, up 9.4 percent.\n\nThe city's freight train service made 1,604 trips in the period. Since its launch in June 2015, the service has run 9,100 trips.\n\nJinhua's trade with Africa grew 14.2 percent.",
      '2026-11-18',
    );
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [401200000000, 9.4, '2026-01', '2026-10'],
      [1604, null, '2026-01', '2026-10'],
      [9100, null, '2015-06', '2026-11'],
      [null, 14.2, '2026-01', '2026-10'],
    ]);
  });
});

describe('freight trains', () => {
  it('reads return trains as inbound, and the goods of the trains counted as moved both ways', () => {
    const rows = rowsOf(
      'Trains\n\nExports of the city reached 61.3 billion yuan in the first ten months of 2026.\n\nThe city operated 2,480 China-Europe freight trains in the period, of which 1,190 were return trains, and carried 251,000 TEUs of goods.',
      '2026-11-20',
    );
    expect(rows.slice(1).map((r) => [r.value, r.unit, r.flow])).toEqual([
      [2480, 'trains', 'total'],
      [1190, 'trains', 'import'],
      [251000, 'TEU', 'total'],
    ]);
  });

  it('takes the places a network reaches for scenery, not for the area', () => {
    const rows = rowsOf(
      "Train hub\n\nBy the end of October, Xi'an had run 4,120 freight trains this year.\n\nIts station is the start of 17 main routes, covering 44 countries and regions in Asia and Europe.\n\nThe station handled 402 trains in October.",
      '2026-11-02',
    );
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([
      [4120, "Xi'an", 'World'],
      [402, "Xi'an", 'World'],
    ]);
  });
});

describe('names that are not the place of a figure', () => {
  it('reads a news outlet or a railway bureau named after a place as no place', () => {
    const rows = rowsOf(
      'Corridor trains\n\nGuangxi Daily (Reporter Li Wen) The reporter learned from China Railway Nanning Bureau Group that as of November 8, the sea-rail trains of the Western Land-Sea New Corridor had made 8,806 trips this year, up 6.1%.',
      '2026-11-10',
    );
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[8806, 'New International Land-Sea Trade Corridor', 'World']]);
  });

  it('reads "the Port of X" as X Port and a river named after a province as no place', () => {
    const port = rowsOf('Containers\n\nYangshan Port handled 22.8 million TEUs in the first ten months of 2026. The Port of Shanghai as a whole handled 42.6 million TEUs in the period.', '2026-11-16');
    expect(port.map((r) => [r.value, r.area])).toEqual([
      [22800000, 'Yangshan Port'],
      [42600000, 'Shanghai Port'],
    ]);
    const bridge = rowsOf('Bridge port\n\nHeihe port: the freight volume through the Heihe-Blagoveshchensk Heilongjiang (Amur) River Highway Bridge was 1.18 million tons in the first ten months of 2026, an increase of 31.2%.', '2026-11-17');
    expect(bridge.map((r) => [r.value, r.area])).toEqual([[1180000, 'Heihe Port']]);
  });
});

describe('translated word order', () => {
  it('pairs the growth rates listed right after "respectively" with the levels before it', () => {
    const rows = rowsOf(
      'Suifenhe port\n\nIn the first ten months of 2026, the railway port completed an import and export freight volume of 9.12 million tons, and the highway port 1.75 million tons, respectively an increase of 3.8% and 10.4%.',
      '2026-11-17',
    );
    expect(rows.map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [9120000, 3.8, 'total'],
      [1750000, 10.4, 'total'],
    ]);
  });

  it('sets aside what a customs house strives for', () => {
    const rows = rowsOf('Outlook\n\nThe port moved 16.1 million tons of goods in the first ten months of 2026. The customs will strive to make the annual freight volume exceed 2,000 10,000 tons.', '2026-11-13');
    expect(rows.map((r) => r.value)).toEqual([16100000]);
  });
});

describe('second round: words of local customs pages', () => {
  it('reads "Friendship Pass" as Youyiguan Port and "car times" as vehicle trips', () => {
    const rows = rowsOf('Border port\n\nFrom January to October 2026, the vehicles entering and leaving Friendship Pass port reached 41,800 car times, up 12.2%.', '2026-11-19');
    expect(rows.map((r) => [r.value, r.unit, r.area, r.flow])).toEqual([[41800, 'trips', 'Youyiguan Port', 'other']]);
  });

  it('reads "columns" of trains as trains, each with the direction it is said to be', () => {
    const rows = rowsOf(
      'Erlian trains exceed 2,900 columns\n\nAs of November 23, the China-Europe freight trains through Erlian port this year reached 2,918 columns, up 10.4%, of which 1,551 columns were outbound and 1,367 columns were inbound.',
      '2026-11-25',
    );
    expect(rows.map((r) => [r.value, r.unit, r.flow, r.yoy_pct])).toEqual([
      [2918, 'trains', 'total', 10.4],
      [1551, 'trains', 'export', null],
      [1367, 'trains', 'import', null],
    ]);
  });

  it('takes a zone after "from" for the reporter and "the development zone" for that zone; market entities are firms', () => {
    const rows = rowsOf(
      'Zone trade\n\nThe reporter learned from Yangpu Economic Development Zone that in the first ten months of 2026, the container throughput of Yangpu port reached 161.2 ten thousand TEU.\n\nIn the same period, the import and export value of the development zone was 108.4 billion yuan. The number of registered market entities in the zone has exceeded 8,500.',
      '2026-11-22',
    );
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([
      [1612000, 'Yangpu Port', 'World'],
      [108400000000, 'Yangpu Economic Development Zone', 'World'],
    ]);
  });
});

describe('second round: hedged figures', () => {
  it('keeps the growth of a "more than" figure compared with the same period last year', () => {
    const rows = rowsOf('Railway cargo\n\nThe railway had transported more than 4.8 million tonnes of goods this year as of Sunday, up 15.2 percent from the same period last year.', '2026-12-01');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.qualifier, r.period_start, r.period_end])).toEqual([[4800000, 15.2, 'more_than', '2026-01', '2026-11']]);
  });

  it('still reads an amount "more than" another one as a dated base', () => {
    const rows = rowsOf('Port cargo\n\nThe port handled 5.2 million tonnes in October 2026, 0.4 million tonnes more than 4.8 million tonnes in October 2025.', '2026-11-15');
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([
      [5200000, '2026-10'],
      [4800000, '2025-10'],
    ]);
  });

  it('takes a headline threshold that a hedged body figure meets for that figure', () => {
    const rows = rowsOf('Railway carries over 4 mln tonnes of cargo this year\n\nThe railway had transported more than 4.3 million tonnes of goods this year as of Sunday.', '2026-12-01');
    expect(rows.map((r) => r.value)).toEqual([4300000]);
  });
});

describe('third round', () => {
  it('reads "nears" as about, so a headline that nears the body figure is that figure', () => {
    const rows = rowsOf('Port nears 4,000 China-Europe freight trains this year\n\nA total of 3,941 China-Europe freight trains had passed through the port this year as of Tuesday, up 5.1 percent year on year.', '2026-11-19');
    expect(rows.map((r) => [r.value, r.period_end])).toEqual([[3941, '2026-11']]);
  });

  it('sets aside a count of declarations on a bulleted line, and its growth', () => {
    const rows = rowsOf('Main indicators from January to October 2026\n\n● Import and export freight volume: 12.9 million tons, up 4.2%.\n● Customs declarations processed: 68,400, up 9.1%.', '2026-11-11');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[12900000, 4.2]]);
  });

  it('reads trips of trains named far back in a long sentence as trains', () => {
    const rows = rowsOf('Corridor\n\nSea-rail intermodal trains departing from and arriving in Chongqing on the New International Land-Sea Trade Corridor ran 986 trips in October 2026 alone, a record for a single month.', '2026-11-12');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[986, 'trains', 'total']]);
  });

  it('keeps a count of trains whose running total is dated by the route that opened', () => {
    const rows = rowsOf('Corridor\n\nAs of Nov. 10, the cumulative number of such trains since the route opened in 2017 exceeded 39,000.', '2026-11-12');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end, r.qualifier])).toEqual([[39000, '', '2026-11', 'more_than']]);
  });

  it('takes a headline count of trucks for the body count of vehicle trips, and sets aside duty-free purchases', () => {
    const rows = rowsOf(
      "Port: more than 60,000 trucks cleared in October\n\nIn October 2026, the highway port cleared 61,900 vehicle times of freight trucks, up 17.2% year on year. Visitors to the cooperation center bought goods worth 6.1 billion yuan in the center's duty-free shops.",
      '2026-11-14',
    );
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[61900, 'trips']]);
  });
});
