/**
 * Rules of issue 9, part bs: blind batch 55 (fixtures b55-… in tests/corpus/press-release): land ports, border
 * crossings, freight trains, corridors and zones, eighth round, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const moved = (r: Row) => [r.value, r.unit, r.flow];
const tuple = (r: Row) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct];

describe('a quantity and its worth, growth rates "respectively"', () => {
  it('pairs even when the quantity is described at length before ", worth"', () => {
    const text = 'Hefei Customs said it had cleared 2.1 million tonnes of goods carried on the trains in the first ten months of 2026, worth 9.3 billion yuan, up 12.5 percent and 18.4 percent respectively from a year earlier.';
    expect(releaseRows(text, '2026-11-20').map(tuple)).toEqual([
      ['2026-01', '2026-10', 2100000, 'tonnes', 12.5],
      ['2026-01', '2026-10', 9300000000, 'CNY', 18.4],
    ]);
  });
});

describe('two route names before a count of trains', () => {
  it('"China-Europe and China-Central Asia freight trains": the second name runs on into a second word', () => {
    const text = 'A total of 1,620 China-Europe and China-Central Asia freight trains passed the Erenhot port in January-October 2026, up 4.1 percent.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[1620, 'trains', 4.1]]);
  });
});

describe('parts of a train count, the noun left out', () => {
  it('"Outbound trains made up N of the total"', () => {
    const text = 'Freight trains through the Erenhot port numbered 2,400 in January-October 2026. Outbound trains made up 1,300 of the total.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [2400, 'trains', 'total'],
      [1300, 'trains', 'export'],
    ]);
  });

  it('"Outbound services to Europe accounted for N of them, while M came back loaded"', () => {
    const text = "Hefei's China-Europe trains made 900 trips in January-October 2026. Outbound services to Europe and Central Asia accounted for 520 of them, while 380 came back loaded with wine and timber.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'total'],
      [520, 'trains', 'export'],
      [380, 'trains', 'import'],
    ]);
  });

  it('"Of the trips, N went to Europe and M to Central Asia"', () => {
    const text = "Wuhan's trains made 900 trips in January-October 2026. Of the trips, 500 went to Europe and 150 to Central Asia, while 250 return trains came back from Europe.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'total'],
      [500, 'trains', 'export'],
      [150, 'trains', 'export'],
      [250, 'trains', 'import'],
    ]);
  });
});

describe('ways trains went', () => {
  it('"Return trips from Europe numbered N" are inbound', () => {
    const text = 'China-Europe freight trains made 1,800 trips in October 2026. Return trips from Europe numbered 760.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [1800, 'trains', 'total'],
      [760, 'trains', 'import'],
    ]);
  });

  it('trains "heading east to China" are outbound', () => {
    const text = 'The Brest terminal handled 700 container trains in January-October 2026. Trains heading east to China totaled 260.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [700, 'trains', 'total'],
      [260, 'trains', 'export'],
    ]);
  });

  it('trains "that set out from" the city are outbound', () => {
    const text = "Changsha's rail hub assembled 640 trains that set out from the provincial capital in January-October 2026.";
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([[640, 'trains', 'export']]);
  });

  it('"dispatched N trains, up 2.4% ..., and received M return trains from Vietnam": each count has its own verb', () => {
    const text = 'From January to October 2026, the Nanning railway port dispatched 900 freight trains, 12.4% more than a year earlier, and received 280 return trains from Vietnam.';
    expect(releaseRows(text, '2026-11-20').map(moved)).toEqual([
      [900, 'trains', 'export'],
      [280, 'trains', 'import'],
    ]);
  });
});

describe('a total since the first train "set out"', () => {
  it('runs from the launch month to the publication month', () => {
    const text = 'Since the first sea-rail train set out in April 2017, the corridor has seen more than 48,000 trips.';
    expect(releaseRows(text, '2026-12-02').map(tuple)).toEqual([['2017-04', '2026-12', 48000, 'trains', null]]);
  });
});

describe('"N times as many as" the year-earlier level', () => {
  it('is up (N - 1) x 100 percent', () => {
    const text = 'Via the port, 61,500 TEU were shipped in January-November 2026, 2.3 times as many as in the same period of 2025.';
    expect(releaseRows(text, '2026-12-02').map(tuple)).toEqual([['2026-01', '2026-11', 61500, 'TEU', 130]]);
  });
});

describe("a carrier's takings and its network's loading", () => {
  it('are no trade rows', () => {
    const text = 'The railway carried 400,000 TEU of containers to and from China in January-November 2026. Revenue from container transportation on these routes reached 90 billion rubles. Total loading on the network fell 3.1% to 1.1 billion tonnes in the period.';
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.unit])).toEqual([[400000, 'TEU']]);
  });
});

const placed = (r: Row) => [r.value, r.unit, r.area, r.flow];

describe('terminals and hubs in Europe', () => {
  it('"one of Europe\'s leading rail hubs" is an epithet of the port, not the area', () => {
    const text = "The Port of Hamburg remains one of Europe's leading rail hubs for China traffic. In January-September 2026, 1,216 container trains ran between Hamburg and Chinese terminals.";
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([[1216, 'trains', 'Hamburg Port', 'total']]);
  });

  it('Sławków, the broad-gauge terminal, reports as its town; trains from China came in', () => {
    const text = 'Euroterminal Sławków handled 96 trains from China between January and October 2026.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([[96, 'trains', 'Slawkow', 'import']]);
  });

  it('trains from a place on to another are no inbound trains', () => {
    const text = 'The Łódź terminal handled 96 trains from China to Germany between January and October 2026.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([[96, 'trains', 'Lodz', 'total']]);
  });

  it('"received 14 Chinese trains" came in', () => {
    const text = 'In October 2026 the Łódź terminal received 14 Chinese trains.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([[14, 'trains', 'Lodz', 'import']]);
  });

  it('the Great Stone industrial park near Minsk reports as a zone; a container terminal in Minsk as the city', () => {
    const text = 'In January-November 2026, the China-Belarus Industrial Park Great Stone received and sent 1,146 container trains. The Kolyadichi container terminal in Minsk processed 78,400 TEU.';
    expect(releaseRows(text, '2026-12-01').map(placed)).toEqual([
      [1146, 'trains', 'Great Stone Industrial Park', 'total'],
      [78400, 'TEU', 'Minsk', 'total'],
    ]);
  });
});

describe('cargo with no flow word of its own', () => {
  it('boxes a terminal processed moved both ways, whatever flow the paragraph before ended on', () => {
    const text = "The park's firms exported products worth $312.6 million in January-November 2026.\n\nThe Brest terminal processed 78,400 TEU of containers.";
    expect(releaseRows(text, '2026-12-01').map((r) => [r.value, r.flow])).toEqual([
      [312600000, 'export'],
      [78400, 'total'],
    ]);
  });

  it('goods transshipped at a hub moved both ways', () => {
    const text = 'The Thanaleng dry port sent 296,000 tonnes of exports to China in January-October 2026.\n\nAt the port, 842,000 tonnes were transshipped.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.flow])).toEqual([
      [296000, 'export'],
      [842000, 'total'],
    ]);
  });

  it('the worth of goods that moved "in both directions" or "entered or left" is two-way trade', () => {
    const text = 'The road checkpoints processed 4.6 million tonnes of goods worth $2.94 billion in both directions in January-October 2026. The value of goods that entered or left Mongolia through the Tsagaannuur port amounted to USD 486.3 million.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.flow])).toEqual([
      [4600000, 'total'],
      [2940000000, 'total'],
      [486300000, 'total'],
    ]);
  });

  it('"The goods carried were worth" is two-way trade, not the flow of the trains before', () => {
    const text = "Wuhan's trains made 900 trips in January-October 2026, and 250 return trains came back from Europe. The goods carried were worth 16.2 billion yuan.";
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.flow])).toEqual([
      [900, 'total'],
      [250, 'import'],
      [16200000000, 'total'],
    ]);
  });
});

describe('ports and port groups', () => {
  it('cities of the lexicon listed before "ports" are their seaports', () => {
    const text = 'Qingdao and Rizhao ports handled 2.18 million TEU and 0.96 million TEU respectively in January-November 2026.';
    expect(releaseRows(text, '2026-12-01').map(placed)).toEqual([
      [2180000, 'TEU', 'Qingdao Port', 'total'],
      [960000, 'TEU', 'Rizhao Port', 'total'],
    ]);
  });

  it("a province's port group reports under its own name", () => {
    const text = 'Shandong Port Group said its sea-rail container volume reached 3.46 million TEU in January-November 2026.';
    expect(releaseRows(text, '2026-12-01').map(placed)).toEqual([[3460000, 'TEU', 'Shandong Port Group', 'total']]);
  });

  it('"Xinjiang\'s two railway ports" point back to the two ports named before', () => {
    const text = 'Alashankou and Horgos handled 8,712 and 8,108 trains, respectively, in January-November 2026. In November, Xinjiang\'s two railway ports saw 1,598 trains.';
    expect(releaseRows(text, '2026-12-01').map(placed)).toEqual([
      [8712, 'trains', 'Alashankou Port', 'total'],
      [8108, 'trains', 'Horgos Port', 'total'],
      [1598, 'trains', 'Alashankou and Horgos ports', 'total'],
    ]);
  });

  it('a country after a town it locates ("to Nong Khai in Thailand") is no place of the figure; nor is a railway goods are transshipped between', () => {
    const text = 'The Thanaleng dry port handled 1.37 million tonnes of goods in January-October 2026. Of the total, 842,000 tonnes were transshipped between the Laos-China Railway and the line to Nong Khai in Thailand.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [1370000, 'tonnes', 'Thanaleng Port', 'total'],
      [842000, 'tonnes', 'Thanaleng Port', 'total'],
    ]);
  });
});

describe('routes and two-way sentences', () => {
  it('"between the port and Erenhot": the other end of a route from the port is scenery, and "the port" stays the port', () => {
    const text = 'Tianjin Port handled 1.38 million TEU of sea-rail containers in January-November 2026. Transit containers for Mongolia, moved by rail between the port and Erenhot, reached 61,200 TEU. The port\'s total container throughput reached 21.3 million TEU.';
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.area])).toEqual([
      [1380000, 'Tianjin Port'],
      [61200, 'Tianjin Port'],
      [21300000, 'Tianjin Port'],
    ]);
  });

  it('a sentence whose goods moved "in both directions" is two-way in its later clause too', () => {
    const text = 'Imports from China came to 701,000 TEU in January-November 2026.\n\nThrough the Zabaikalsk border crossing, 212,400 TEU moved in both directions, while the Grodekovo and Makhalino crossings together accounted for 96,800 TEU.';
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.flow])).toEqual([
      [701000, 'import'],
      [212400, 'total'],
      [96800, 'total'],
    ]);
  });
});
