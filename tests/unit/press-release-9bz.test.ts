/**
 * Rules of issue 9, part bz: blind batch 59 (fixtures b59-… in tests/corpus/press-release): land ports, border
 * crossings, freight trains, dry ports and zones on both sides of China's borders, ninth round, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.area, r.flow];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];

describe('a fiscal year that places the months before it', () => {
  it('"between 2 April and 20 October of the 2026-2027 financial year" is carried as that span, not as the whole year', () => {
    const text = "Myanmar's exports to Thailand came to US$1.31 billion between 2 April and 20 October of the 2026-2027 financial year. Imports were worth $0.84 billion.";
    expect(releaseRows(text, '2026-10-28').map(dated)).toEqual([
      ['2026-04', '2026-10', 1310000000],
      ['2026-04', '2026-10', 840000000],
    ]);
  });
});

describe('crossings named by more words or other kinds', () => {
  it('a Vietnamese gate named by three words is one port', () => {
    const text = 'Trade through the Si Ma Cai border gate reached 96 million USD in the first ten months of 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[96000000, 'Si Ma Cai Port', 'total']]);
  });

  it('a province before a two-word port name only locates it', () => {
    const text = 'Guangxi Beibu Gulf Port handled 7.1 million TEUs in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[7100000, 'Beibu Gulf Port', 'total']]);
  });

  it('a Myanmar "border trade camp" is a crossing', () => {
    const text = 'Trade through the Chinshwehaw border trade camp stood at US$402 million in April-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[402000000, 'Chinshwehaw Port', 'total']]);
  });
});

describe('dates of events beside the figures', () => {
  it('"which opened for trade in June 2025" dates the opening, not the figures after it', () => {
    const text = 'Imports through the Lizhi customs point rose to Rs 300 million in the first four months of 2026. The Nechung border point, which opened for trade in June 2025, recorded imports worth Rs 95 million.';
    expect(releaseRows(text, '2026-05-10').map(dated)).toEqual([
      ['2026-01', '2026-04', 300000000],
      ['2026-01', '2026-04', 95000000],
    ]);
  });

  it('"was upgraded to an international gate in 2023" dates the upgrade only', () => {
    const text = 'Trade via the Tay Trang border gate was 88 million USD in January-October 2026; the gate was upgraded to an international gate in 2023. Across Dien Bien, border trade reached 97 million USD.';
    expect(releaseRows(text, '2026-11-10').map(dated)).toEqual([
      ['2026-01', '2026-10', 88000000],
      ['2026-01', '2026-10', 97000000],
    ]);
  });
});

describe('a flow word that leads the next amount', () => {
  it('"Exports, mostly X and Y, were A and imports B": A is exports', () => {
    const text = 'Trade through the Tay Trang border gate was 88 million USD in January-October 2026. Exports, mostly rubber and tea, were 51 million USD and imports 37 million USD.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [88000000, 'total'],
      [51000000, 'export'],
      [37000000, 'import'],
    ]);
  });
});

describe('a place that frames the sentence', () => {
  it('"In Gansu, the Mazongshan port handled ...": the region in the opening phrase is no list with the port', () => {
    const text = 'In Gansu, the Mazongshan port handled 2.3 million tonnes of coal in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[2300000, 'Mazongshan Port', 'total']]);
  });

  it('"Across Dien Bien as a whole": a province learned with its administrative word frames the sentence', () => {
    const text = 'Trade via the Tay Trang border gate in the northwestern province of Dien Bien was 88 million USD in January-October 2026.\n\nAcross Dien Bien as a whole, border trade reached 97 million USD.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [88000000, 'Tay Trang Port', 'total'],
      [97000000, 'Dien Bien', 'total'],
    ]);
  });
});

describe('places of the goods and of the border, not of the figure', () => {
  it('"from Russia\'s Zabaykalsky Krai" in a goods aside is where the goods came from', () => {
    const text = 'Trade through the Manzhouli port reached 9.2 billion yuan in January-October 2026. Imports, chiefly timber and coal from Russia\'s Zabaykalsky Krai, came to 2.1 million tonnes.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [9200000000, 'Manzhouli Port', 'total'],
      [2100000, 'Manzhouli Port', 'import'],
    ]);
  });

  it('"on the Argun River border with Russia": the river is no crossing', () => {
    const text = 'Heishantou Port, on the Argun River border with Russia, cleared 51,000 tonnes of goods in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[51000, 'Heishantou Port', 'total']]);
  });
});

describe('names and kinds of crossings and regions', () => {
  it('"the Tinkar (Lipu) customs point": an other name in brackets before the kind word', () => {
    const text = 'Exports through the Tinkar (Lipu) customs point amounted to Rs 12 million in the first four months of 2026.';
    expect(releaseRows(text, '2026-05-10').map(placed)).toEqual([[12000000, 'Tinkar Port', 'export']]);
  });

  it('a league or prefecture the lexicon lacks is named without its administrative word', () => {
    const text = "Trade through the Chaganhada port reached 0.9 billion yuan in January-October 2026. Shilinhot League's foreign trade reached 4.4 billion yuan in the period.";
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [900000000, 'Chaganhada Port', 'total'],
      [4400000000, 'Shilinhot', 'total'],
    ]);
  });

  it('"with the port contributing 21 percent": the port the participle phrase names holds the share', () => {
    const text = "Trade through the Chaganhada port reached 0.9 billion yuan in January-October 2026. Shilinhot League's foreign trade reached 4.4 billion yuan in the period, with the port contributing 20.5 percent.";
    expect(releaseRows(text, '2026-11-10').map(placed).at(-1)).toEqual([20.5, 'Chaganhada Port', 'total']);
  });
});

describe('flows said of an amount', () => {
  it('"N tonnes were imports and M tonnes were exports": the second amount is exports', () => {
    const text = 'The Irkeshtam checkpoint processed 90,000 tonnes of cargo in January-October 2026, of which 70,000 tonnes were imports and the remaining 20,000 tonnes exports.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [90000, 'total'],
      [70000, 'import'],
      [20000, 'export'],
    ]);
  });

  it('"Goods worth X went through the port" after a sentence on imports is two-way trade', () => {
    const text = 'Imports of ore through the Kulma port reached 20,000 tonnes in April-October 2026.\n\nGoods worth 2.9 billion yuan went through the port over the period.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [20000, 'import'],
      [2900000000, 'total'],
    ]);
  });
});

describe('totals and wholes', () => {
  it('"The first train reached X in May 2016; since then ... in total": the total runs from that month', () => {
    const text = 'The Duisburg terminal received 700 trains from China in January-October 2026. The first train from Chongqing reached Duisburg in May 2016; since then the terminal has handled 9,800 China trains in total.';
    expect(releaseRows(text, '2026-11-10').map(dated)).toEqual([
      ['2026-01', '2026-10', 700],
      ['2016-05', '2026-11', 9800],
    ]);
  });
});

describe('a part of the amount just named', () => {
  it('"handled N tonnes, 64 percent of it at Erenhot": a share of that amount, going its way', () => {
    const text = "Imports of coal through the Ceke port reached 9 million tonnes in January-October 2026.\n\nInner Mongolia's ports handled 84 million tonnes of freight in the period, 64 percent of it at Erenhot.";
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [9000000, 'tonnes', 'import'],
      [84000000, 'tonnes', 'total'],
      [64, 'percent-share', 'total'],
    ]);
  });

  it('Hulunbuir, a city-prefecture of Inner Mongolia with eight ports, is a place of its own', () => {
    const text = "Hulunbuir's eight ports handled 31 million tonnes of freight in January-October 2026.";
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[31000000, 'Hulunbuir', 'total']]);
  });
});

describe('a headline over a span of months counted from mid-month', () => {
  it('"in six months" over the body\'s six months of a year starting on the 21st is the same figure', () => {
    const text = 'Iran receives 52 freight trains from China in six months\n\nFifty-two container trains from China arrived in Iran in the first six months of the current Iranian year (March 21–September 22), the railway said.';
    expect(releaseRows(text, '2026-09-30').map(dated)).toEqual([['2026-03', '2026-09', 52]]);
  });
});

describe('goods said to come from a partner', () => {
  it('"southbound goods arriving from China" in a Lao release came in', () => {
    const text = 'The Thanaleng dry port handled 1.5 million tonnes of goods in January-October 2026. Of this, northbound cargo bound for China totalled 0.9 million tonnes, while southbound goods arriving from China reached 0.6 million tonnes.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [1500000, 'total'],
      [900000, 'export'],
      [600000, 'import'],
    ]);
  });
});
