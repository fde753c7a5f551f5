/**
 * Rules of issue 9, part n: the language of land ports, freight trains, corridors and special zones
 * found by blind batch 17 (fixtures b17-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

// Crossing counts kept: tests here read the rules that recognise them (the extractor drops them by default).
const rowsOf = (text: string, published?: string) => releaseRows(text, published, { crossings: true });
const periods = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end]);

describe('running totals since a launch told in a clause', () => {
  it('reads "launched in <month year>" in an apposition as the start of a total the sentence calls one', () => {
    expect(periods('The service, launched in May 2014 as the first line from the city, has so far made more than 8,200 trips in total.', '2026-06-10')).toEqual([[8200, '2014-05', '2026-06']]);
    expect(periods("Wuhan's line, which began in October 2012, has run 6,400 trains to date.", '2026-06-10')).toEqual([[6400, '2012-10', '2026-06']]);
  });

  it('leaves a launch clause without a word of a total to date the route only', () => {
    expect(periods('The service, launched in May 2014, made 1,210 trips in the first five months of this year.', '2026-06-10')).toEqual([[1210, '2026-01', '2026-05']]);
  });

  it('reads a seasonal reopening without a year as this year\'s, or last year\'s when the month is still to come', () => {
    expect(periods('The pass handled 3,120 vehicles since it reopened on May 1.', '2026-10-30')).toEqual([[3120, '2026-05', '2026-10']]);
    expect(periods('The crossing has handled 2,400 vehicles since it reopened in November.', '2026-03-15')).toEqual([[2400, '2025-11', '2026-03']]);
  });

  it('ends a total "by the end of <year>" in December of that year', () => {
    expect(periods('By the end of 2025, the hub had handled 18,300 trains in total since it opened in June 2015.', '2026-01-08')).toEqual([[18300, '2015-06', '2025-12']]);
    expect(periods('As of the end of last year, the hub had handled 18,300 trains in total.', '2026-01-08')).toEqual([[18300, '', '2025-12']]);
  });
});

describe('the worth of goods a train or route carried', () => {
  it('is two-way trade when no flow word names a direction', () => {
    const rows = rowsOf('The trains have carried goods worth 41 billion yuan since the route opened in 2019. In the first ten months, the value of their cargo rose 6.5 percent to 5.2 billion yuan.');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [41000000000, 'total'],
      [5200000000, 'total'],
    ]);
  });
});

const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area]);

describe('land ports, corridors and special areas by name', () => {
  it('reports the land ports on the Vietnam, Nepal and Mongolia borders as ports', () => {
    expect(areas('Hekou handled imports and exports of 4.1 billion yuan in October 2026.')).toEqual([[4100000000, 'Hekou Port']]);
    expect(areas('Trade through Gyirong rose to 610 million yuan in October 2026.')).toEqual([[610000000, 'Gyirong Port']]);
    expect(areas('Ganqimaodu cleared 2.3 million tonnes of coal in October 2026.')).toEqual([[2300000, 'Ganqimaodu Port']]);
    expect(areas('Dongning port recorded trade of 1.1 billion yuan in October 2026.')).toEqual([[1100000000, 'Dongning Port']]);
  });

  it('names Lingang as its own area, not the free trade zone it belongs to', () => {
    expect(areas('The Lingang New Area of the China (Shanghai) Pilot Free Trade Zone traded goods worth 31 billion yuan in October 2026.')).toEqual([[31000000000, 'Lingang Special Area']]);
  });

  it('makes a trade corridor the area of a release on the corridor, and the route in a release on a city', () => {
    expect(areas('Trains on the Western Land-Sea Corridor carried 61,000 TEUs in October 2026.')).toEqual([[61000, 'New International Land-Sea Trade Corridor']]);
    expect(areas('Chengdu exported goods worth 9 billion yuan in October 2026. Trains on the International Land-Sea Trade Corridor carried 12,000 TEUs for the city in the month.')).toEqual([
      [9000000000, 'Chengdu'],
      [12000, 'Chengdu'],
    ]);
  });
});

describe('a cut-off day with its year', () => {
  it('reads "as of Nov. 8 this year" as one cut-off, which the next sentence\'s "in the period" goes on with', () => {
    expect(periods('The trains had made 9,400 trips as of Nov. 8 this year, up 4 percent year on year. They carried 480,000 TEUs in the period.', '2026-11-10')).toEqual([
      [9400, '2026-01', '2026-11'],
      [480000, '2026-01', '2026-11'],
    ]);
  });
});

describe('lists paired by "respectively"', () => {
  it('pairs listed ports with their amounts, and keeps "imports and exports" their two-way trade', () => {
    const rows = rowsOf('Dongxing and Hekou handled imports and exports worth 9.2 billion yuan and 7.4 billion yuan respectively in October 2026.');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([
      [9200000000, 'Dongxing Port', 'total'],
      [7400000000, 'Hekou Port', 'total'],
    ]);
  });

  it('still pairs "exports and imports" with two amounts when no places are listed', () => {
    const rows = rowsOf('Exports and imports reached 5.1 billion yuan and 3.2 billion yuan respectively in October 2026.');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [5100000000, 'export'],
      [3200000000, 'import'],
    ]);
  });

  it('gives plain counts listed before the one naming the things counted the same unit', () => {
    const rows = rowsOf("Hefei, Wuhan and Xi'an ran 1,204, 987 and 2,311 freight trains respectively in October 2026.");
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([
      [1204, 'trains', 'Hefei'],
      [987, 'trains', 'Wuhan'],
      [2311, 'trains', "Xi'an"],
    ]);
  });
});

describe('a number before a possessive', () => {
  it('counts the owners ("the four cities\' trains"), which are no figure', () => {
    expect(rowsOf("The four cities' trains now reach 190 stations, and the two ports' trucks run day and night.")).toEqual([]);
  });
});

const units = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.unit]);

describe('units of border crossings and records', () => {
  it('counts "vehicle times" and "passenger crossings" as trips, as "vehicle trips" are', () => {
    expect(units('Freight vehicles entering and leaving the port reached 52,300 vehicle times in October 2026.')).toEqual([[52300, 'trips']]);
    expect(units('Passenger crossings at the port hit 1.2 million in October 2026.')).toEqual([[1200000, 'trips']]);
  });

  it('reads "set" after a number as the verb of a record, not a unit of sets', () => {
    expect(units('Some 980 trains ran in October 2026, above the previous high of 951 set in May.')).toEqual([
      [980, 'trains'],
      [951, 'trains'],
    ]);
    expect(units('The port imported 3,000 sets of looms in October 2026.')).toEqual([[3000, 'units']]);
  });
});

describe('numbers of free trade port stories that are not trade', () => {
  it('sets aside duty savings, duty-free shop sales and the shoppers they sold to, but keeps duty-free imports', () => {
    const rows = rowsOf('Zero-tariff imports were valued at 8.4 billion yuan in October 2026, saving firms 1.1 billion yuan in duties. Duty-free shops on the island sold 3.9 billion yuan of goods to 1.2 million shoppers in the month. Imports of duty-free goods reached 2.2 billion yuan in the month.');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [8400000000, 'CNY'],
      [2200000000, 'CNY'],
    ]);
  });

  it('sets aside the change of a unit price that has its own month', () => {
    expect(rowsOf('The average price of imported coking coal was 812 yuan per tonne in September, down 9 percent from a year ago.', '2026-10-15')).toEqual([]);
  });
});

describe('"so far this year" after a headline\'s loose "this year"', () => {
  it('runs to the month of publication, not to the month before it that the bare headline year stands for', () => {
    expect(periods('Border port busier this year\n\nThe port has handled 4.2 million tonnes of goods so far this year, up 6 percent year on year.', '2026-11-18')).toEqual([[4200000, '2026-01', '2026-11']]);
  });

  it('still ends at a month the release reports on', () => {
    expect(periods('Trade in June rose to 3.1 billion yuan, up 2 percent.\n\nSo far this year, the province has sent 96 freight trains abroad.', '2026-08-04')).toEqual([
      [3100000000, '2026-06', '2026-06'],
      [96, '2026-01', '2026-06'],
    ]);
  });
});

describe('places and flows of port and zone stories', () => {
  it('reads a cross-border pair naming a port as the port on our side', () => {
    expect(areas('The Suifenhe-Pogranichny road port handled 88,000 tonnes of freight in October 2026.')).toEqual([[88000, 'Suifenhe Port']]);
  });

  it('keeps a town the area when ", east China\'s <province>" places it', () => {
    expect(areas("Exports of Jinhua, east China's Zhejiang Province, reached 6.3 billion yuan in October 2026.")).toEqual([[6300000000, 'Jinhua']]);
  });

  it('counts vehicles that "entered or left" the country as neither flow', () => {
    expect(rowsOf('Some 12,400 vehicles entered or left China through the port in October 2026.').map((r) => [r.value, r.flow])).toEqual([[12400, 'other']]);
  });

  it('reads exports "under the market procurement trade model" as exports, with that trade mode', () => {
    const [row] = rowsOf('Exports under the market procurement trade model grew 11 percent to 40.2 billion yuan in October 2026.');
    expect([row.value, row.flow, row.breakdown]).toEqual([40200000000, 'export', 'trade mode: market procurement']);
  });

  it("names border residents' trade as its own trade mode", () => {
    const [row] = rowsOf("Border residents' trade at the port reached 1.9 billion yuan in October 2026.");
    expect(row.breakdown).toBe("trade mode: border residents' trade");
  });
});

describe('trains named by two routes', () => {
  it('counts "China-Europe and China-Central Asia trains" as trains, with the change after them', () => {
    expect(rowsOf('Wuhan ran 1,230 China-Europe and China-Central Asia trains last year, down 2.5 percent.', '2026-01-10').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[1230, 'trains', -2.5]]);
  });
});
