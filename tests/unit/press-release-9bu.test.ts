/**
 * Rules of issue 9, part bu: area and flow on ports and trains (the leftovers of batches 37, 41, 43, 45, 50 and 52,
 * fixtures in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string; flow: string }) => [r.value, r.area, r.flow];

describe('a national railway company named after a city reports for its country', () => {
  it('reads the Ulaanbaatar Railway and its initials as Mongolia, not the capital', () => {
    const text = [
      'The Ulaanbaatar Railway hauled 3.1 million tonnes of transit cargo in January-August 2026, up 9 percent.',
      '',
      'Over the same months UBTZ moved 18.2 million tonnes of freight in all, the company said.',
    ].join('\n');
    expect(releaseRows(text, '2026-09-10').map(placed)).toEqual([
      [3100000, 'Mongolia', 'total'],
      [18200000, 'Mongolia', 'total'],
    ]);
  });
});

describe("a province's border ports all together report for the province", () => {
  it("reads freight through Jilin's border ports as Jilin's", () => {
    const text = "Cargo moving through Jilin's 12 border ports reached 3.9 million tonnes in January-September 2026, up 4.2 percent, Changchun Customs said.";
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([[3900000, 'Jilin', 'total']]);
  });
});

describe("a part of a place's total, named by the place before the total", () => {
  it('keeps tonnes a bridge carried of the port total two-way after a paragraph on imports', () => {
    const text = [
      'Hunchun Port handled 2.6 million tonnes of cargo in January-September 2026.',
      '',
      'The port took in 1.1 million tonnes of imports, chiefly seafood and coal.',
      '',
      'The Quanhe bridge carried 0.9 million tonnes of the Hunchun total, and the railway 0.7 million tonnes of the Hunchun figure.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([
      [2600000, 'Hunchun Port', 'total'],
      [1100000, 'Hunchun Port', 'import'],
      [900000, 'Hunchun Port', 'total'],
      [700000, 'Hunchun Port', 'total'],
    ]);
  });

  it('leaves a part of a month total to the flow before it', () => {
    const text = 'China exported 51.2 million tyres in October 2026, up 6 percent.\n\nCar tyres made up 38.1 million units of the October total.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.flow)).toEqual(['export', 'export']);
  });
});

const partnered = (r: { value: number | null; area: string; partner: string; flow: string }) => [r.value, r.area, r.partner, r.flow];

describe('goods to and from China in the news of the other side of the border', () => {
  it('reads goods from a foreign country as imports from that partner', () => {
    const text = "Vietnam's rail freight rose in January-October 2026. Goods shipped to China by rail came to 610,000 tonnes, while goods from China reached 350,000 tonnes.";
    expect(releaseRows(text, '2026-11-10').map(partnered)).toEqual([
      [610000, 'Vietnam', 'China', 'export'],
      [350000, 'Vietnam', 'China', 'import'],
    ]);
  });

  it("counts a crossing on the other side of China's border for its own country", () => {
    const text = [
      'Tan Thanh border gate handled 1.9 million tonnes of goods in January-October 2026, up 8%.',
      '',
      'Goods shipped to China through the gate came to 1.2 million tonnes, while goods from China reached 0.7 million tonnes.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-10').map(partnered)).toEqual([
      [1900000, 'Tan Thanh Port', 'World', 'total'],
      [1200000, 'Tan Thanh Port', 'China', 'export'],
      [700000, 'Tan Thanh Port', 'China', 'import'],
    ]);
  });

  it('knows Dong Dang, the railway crossing facing Pingxiang, as a port', () => {
    const text = 'Dong Dang station in Lang Son handled 610 international container trains in January-November 2026.';
    expect(releaseRows(text, '2026-12-05').map(placed)).toEqual([[610, 'Dong Dang Port', 'total']]);
  });

  it('reads an amount the reporter bought, its worth said, as imports', () => {
    const text = 'Vietnam shipped goods worth 48.1 billion USD to China in January-September 2026, and bought 107.5 billion USD worth.';
    expect(releaseRows(text, '2026-10-12').map(placed)).toEqual([
      [48100000000, 'Vietnam', 'export'],
      [107500000000, 'Vietnam', 'import'],
    ]);
  });
});

describe('national train counts: lists of crossings, return trips, the first train', () => {
  it('reads a semicolon list of crossings, each with a comma and a bare number, as counts of the same trains', () => {
    const text = 'In January-September 2026, freight trains crossing at Manzhouli numbered 4,110; Erenhot, 2,604; and Suifenhe, 950.';
    expect(releaseRows(text, '2026-10-15').map(placed)).toEqual([
      [4110, 'Manzhouli Port', 'total'],
      [2604, 'Erenhot Port', 'total'],
      [950, 'Suifenhe Port', 'total'],
    ]);
  });

  it('reads return trips as inbound trains', () => {
    const text = 'China-Europe freight trains made 1,530 trips in September 2026, China State Railway Group said. Return trips numbered 690 of them.';
    expect(releaseRows(text, '2026-10-15').map(placed)).toEqual([
      [1530, 'China', 'total'],
      [690, 'China', 'import'],
    ]);
  });

  it('keeps the city the first train left from out of a national running total', () => {
    const text = 'China-Europe freight trains made 1,530 trips in September 2026, China State Railway Group said. Since the first train left Yiwu in November 2014, 21,400 trips had been made by the end of September.';
    expect(releaseRows(text, '2026-10-15').map(placed)).toEqual([
      [1530, 'China', 'total'],
      [21400, 'China', 'total'],
    ]);
  });
});

describe('goods leaving through a port', () => {
  it('reads goods leaving through the port as exports after a sentence on imports', () => {
    const text = [
      'Alashankou Port handled 14.2 million tonnes of freight in January-October 2026.',
      '',
      'Imports through the port came to 9.6 million tonnes. Machinery leaving through the port reached 380,000 tonnes.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-15').map(placed)).toEqual([
      [14200000, 'Alashankou Port', 'total'],
      [9600000, 'Alashankou Port', 'import'],
      [380000, 'Alashankou Port', 'export'],
    ]);
  });
});

describe("Mongolia's crossings, a headline's route and the parts of a whole", () => {
  it("knows Mongolia's coal crossings by name", () => {
    const text = 'ULAANBAATAR /MONTSAME/. In January-August 2026, coal exported through Bichigt reached 3.9 million tonnes, and Shiveekhuren handled 12.6 million tonnes of exports.';
    expect(releaseRows(text, '2026-09-12').map(placed)).toEqual([
      [3900000, 'Bichigt Port', 'export'],
      [12600000, 'Shiveekhuren Port', 'export'],
    ]);
  });

  it('goes back to the country, not the port a headline routed goods through, in a later paragraph', () => {
    const text = [
      'Coal exports via Gashuunsukhait reach 29 million tonnes',
      '',
      'ULAANBAATAR /MONTSAME/. Mongolia exported 70.2 million tonnes of coal in January-September 2026.',
      '',
      'Coal shipped through the Gashuunsukhait port came to 29.1 million tonnes.',
      '',
      'Fluorspar exports amounted to 0.6 million tonnes.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-12').map(placed)).toEqual([
      [70200000, 'Mongolia', 'export'],
      [29100000, 'Gashuunsukhait Port', 'export'],
      [600000, 'Mongolia', 'export'],
    ]);
  });

  it('goes on with the whole, not its last port, after a sentence of parts at ports', () => {
    const text = 'ULAANBAATAR /MONTSAME/. Mongolia exported 70.2 million tonnes of coal in January-September 2026, of which 29.1 million tonnes crossed at Gashuunsukhait, and 15.3 million tonnes at Shiveekhuren. Coal export earnings fell to 6.2 billion US dollars.';
    expect(releaseRows(text, '2026-10-12').map(placed)).toEqual([
      [70200000, 'Mongolia', 'export'],
      [29100000, 'Gashuunsukhait Port', 'export'],
      [15300000, 'Shiveekhuren Port', 'export'],
      [6200000000, 'Mongolia', 'export'],
    ]);
  });

  it('reads what a cross-border railway has carried as two-way after a paragraph on imports', () => {
    const text = [
      'Imports through Zamyn-Uud were worth 2.2 billion US dollars in January-September 2026.',
      '',
      'The Zamyn-Uud railway has carried 9.4 million tonnes of coal since January 2023.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-12').map((r) => r.flow)).toEqual(['import', 'total']);
  });
});

describe('a region on the far side of a crossing', () => {
  const text = [
    'Cross-river ports in Jilin busier',
    '',
    "CHANGCHUN, Nov 10 (Jilin Daily) -- The Quanhe port, opposite Kraskino in Russia's Primorsky Krai, handled 0.8 million tonnes of goods worth 2.3 billion yuan in January-October 2026.",
    '',
    "Taken together, the province's ports moved 4.1 million tonnes, up 9 percent.",
  ].join('\n');

  it("is no province 'the province' points back to in the news of the near side", () => {
    expect(releaseRows(text, '2026-11-10').filter((r) => r.unit === 'tonnes').map(placed)).toEqual([
      [800000, 'Quanhe Port', 'total'],
      [4100000, 'Jilin', 'total'],
    ]);
  });
});

describe('more flows of ports and routes with no flow word of their own', () => {
  it("reads a total set against last year's figure as the total", () => {
    const text = 'Trade through the Muse border gate reached US$2.0 billion in April-October 2026. Exports amounted to US$1.2 billion and imports to US$0.8 billion. The total compares with US$1.7 billion in the same period of last year.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [2000000000, 'total'],
      [1200000000, 'export'],
      [800000000, 'import'],
      [1700000000, 'total'],
    ]);
  });

  it('reads goods piped or railed in from a place as imports', () => {
    const text = 'Horgos Port handled 3.1 million tonnes of cargo in January-October 2026. Gas piped in from Kazakhstan accounted for 1.2 million tonnes of it, and grain railed in through the crossing for 0.4 million tonnes.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [3100000, 'Horgos Port', 'total'],
      [1200000, 'Horgos Port', 'import'],
      [400000, 'Horgos Port', 'import'],
    ]);
  });

  it('reads the worth of goods that crossed a gate, no way said, as two-way trade', () => {
    const text = 'Imports through the Moc Bai border gate rose 3% to 410 million USD in January-November 2026. Through Xa Mat border gate, goods worth 590 million USD crossed, down 2%.';
    expect(releaseRows(text, '2026-12-10').map(placed)).toEqual([
      [410000000, 'Moc Bai Port', 'import'],
      [590000000, 'Xa Mat Port', 'total'],
    ]);
  });

  it('reads the tonnes a port reported, no way said, as its two-way throughput', () => {
    const text = 'Exports through the Naushki checkpoint reached 1.2 million tonnes in January-September 2026. On the Mongolian side, the Altanbulag port reported 280,000 tonnes over the same period.';
    expect(releaseRows(text, '2026-10-10').map(placed)).toEqual([
      [1200000, 'Naushki Port', 'export'],
      [280000, 'Altanbulag Port', 'total'],
    ]);
  });

  it('reads a count of trains whose route is written with an en dash', () => {
    const text = 'Malaszewicze handled 3,910 China–Europe trains in January-September 2026.';
    expect(releaseRows(text, '2026-10-10').map(placed)).toEqual([[3910, 'Malaszewicze Port', 'total']]);
  });
});
