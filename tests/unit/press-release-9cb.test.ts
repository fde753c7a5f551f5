/**
 * Rules of issue 9, part cb (helper fixarea3): leftovers of area, flow and goods from batches 16, 23, 35, 41, 42, 49
 * and 55, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.area, r.partner, r.flow];

describe('two cities running one service', () => {
  it('"The China-Europe Railway Express (Zhengzhou-Xi\'an)": the dashed cities of the parenthesis are one joint area, named alphabetically', () => {
    const text = "The China-Europe Railway Express (Zhengzhou-Xi'an) made 3,400 trips in the first ten months of 2026. The goods the trains carried were worth 31 billion yuan.";
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [3400, "Xi'an and Zhengzhou", 'World', 'total'],
      [31e9, "Xi'an and Zhengzhou", 'World', 'total'],
    ]);
  });

  it("\"Wuhan's share was N trains\": a city's part of the joint service is its own, not a partner's", () => {
    const text = "The China-Europe Railway Express (Changsha-Wuhan) made 2,100 trips in January-October 2026. Wuhan's share was 1,200 trains, and Changsha's 900.";
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [2100, 'Changsha and Wuhan', 'World', 'total'],
      [1200, 'Wuhan', 'World', 'total'],
      [900, 'Changsha', 'World', 'total'],
    ]);
  });

  it('"Since the first train left Chongqing for Duisburg": the far end of the first trip is no partner of the running total', () => {
    const text = 'The China-Europe Railway Express (Chengdu-Chongqing) ran 5,100 trains in January-October 2026. Since the first train left Chongqing for Duisburg in March 2011, the two cities have run more than 40,000 trains.';
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [5100, 'Chengdu and Chongqing', 'World', 'total'],
      [40000, 'Chengdu and Chongqing', 'World', 'total'],
    ]);
  });
});

describe('bases listed "respectively" against the levels before them', () => {
  const text = 'Malta trade. In January-August 2026, imports came to €4,210.5 million and exports to €1,876.3 million, against €3,998.1 million and €1,702.4 million respectively in January-August 2025.';
  const rows = () => releaseRows(text, '2026-10-15');

  it('each base is a level of the one period after "respectively" (a thousands comma in the next amount ends no clause)', () => {
    expect(rows().map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-01', '2026-08', 4210500000],
      ['2026-01', '2026-08', 1876300000],
      ['2025-01', '2025-08', 3998100000],
      ['2025-01', '2025-08', 1702400000],
    ]);
  });

  it('each base goes the way of the level in its place (imports, then exports)', () => {
    expect(rows().map((r) => r.flow)).toEqual(['import', 'export', 'import', 'export']);
  });

  it('a period past a second base without "respectively" is not the first base\'s ("a year earlier and 9,120 tons in September")', () => {
    const tin = 'China imported 7,960 tons of tin concentrate in October 2026. That compares with 15,400 tons a year earlier and 9,120 tons in September.';
    const rows = releaseRows(tin, '2026-11-20');
    expect(rows.find((r) => r.value === 9120)?.period_end).toBe('2026-09');
    expect(rows.find((r) => r.value === 15400)?.period_end).not.toBe('2026-09');
  });
});

describe("what a partner is said to be supplying", () => {
  it('"Italy remained the main trading partner, supplying goods worth €512,4 mn": the reporter\'s imports', () => {
    const text = 'Malta trade. Total imports for January-August 2026 were €4.210,5 mn. Italy remained the main trading partner, supplying goods worth €512,4 mn.';
    expect(releaseRows(text, '2026-10-15').map(placed)).toEqual([
      [4210500000, 'Malta', 'World', 'import'],
      [512400000, 'Malta', 'Italy', 'import'],
    ]);
  });
});

describe('goods made at home beside re-exports', () => {
  it('"domestically produced products accounted for X and re-exports for Y": X is domestic exports', () => {
    const text = 'Malta trade. Exports in August 2026 were €240,1 mn. Of total exports, domestically produced products accounted for €98,7 mn and re-exports for €141,4 mn.';
    expect(releaseRows(text, '2026-10-15').map((r) => [r.value, r.breakdown])).toEqual([
      [240100000, ''],
      [98700000, 'export type: domestic exports'],
      [141400000, 'export type: re-exports'],
    ]);
  });
});

describe("parts of a port's total said to be some kind of cargo", () => {
  const text = "The Altynkol dry port handled 212,400 TEU in January-October 2026. Transit boxes made up 140,100 TEU of the total, while 51,800 TEU were Kazakh import cargo and 20,500 TEU were exports.";
  const rows = () => releaseRows(text, '2026-11-20');

  it('"N TEU were Kazakh import cargo": the adjective describes the cargo; the part stays the port\'s', () => {
    expect(rows().map((r) => [r.value, r.area])).toEqual([
      [212400, 'Altynkol Port'],
      [140100, 'Altynkol Port'],
      [51800, 'Altynkol Port'],
      [20500, 'Altynkol Port'],
    ]);
  });

  it('"and N TEU were exports": what the amount is said to be names its flow over the flow word before it', () => {
    expect(rows().map((r) => r.flow)).toEqual(['total', 'total', 'import', 'export']);
  });
});

describe('goods from abroad bound for home towns', () => {
  it('"cleared 30,200 tonnes of goods from China bound for Gilgit": the far side\'s imports', () => {
    const text = 'On the Pakistani side, the Sost Dry Port cleared 30,200 tonnes of goods from China bound for Gilgit and Islamabad in January-October 2026.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.area, r.flow])).toEqual([[30200, 'Sost Port', 'import']]);
  });
});

describe("a port on Myanmar's side and the country as a whole", () => {
  const text = 'NAY PYI TAW, 10 Nov — Trade through the Muse border gate reached US$1.92 billion between 1 April and 31 October of the 2026-2027 financial year. Exports through Muse came to US$1.15 billion. Across the whole country, border trade with neighbouring countries came to US$2.71 billion.';
  const rows = () => releaseRows(text, '2026-11-12');

  it('"the 2026-2027 financial year" after a span of days only says which year the days are in', () => {
    expect(rows().map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-04', '2026-10', 1920000000],
      ['2026-04', '2026-10', 1150000000],
      ['2026-04', '2026-10', 2710000000],
    ]);
  });

  it('Muse is a port of Myanmar, and "Across the whole country" is Myanmar', () => {
    expect(rows().map((r) => r.area)).toEqual(['Muse Port', 'Muse Port', 'Myanmar']);
  });
});

describe('a share of "all such" goods after an amount', () => {
  it('"handled 3,100 trains in both directions, 88 per cent of all such trains crossing into the EU": the share goes both ways too', () => {
    const text = 'Exports from the port fell in October. At the Belarusian border, Malaszewicze handled 3,100 China-Europe trains in both directions in January-October 2026, 88 per cent of all such trains crossing into the EU there.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [3100, 'trains', 'total'],
      [88, 'percent-share', 'total'],
    ]);
  });
});

describe('ports named for the parts of a whole', () => {
  const text = "Export shipments through the Far Eastern Railway's border crossings reached 18.2 million tonnes in January-October 2026. Grodekovo, facing Suifenhe, handled 9.6 million tonnes of the exports, Kamyshovaya (opposite Hunchun) 2.1 million tonnes and Nizhneleninskoye, at the bridge to Tongjiang, 2.7 million tonnes. Coal made up 58% of the exports.";
  const rows = () => releaseRows(text, '2026-11-20');

  it('"Kamyshovaya (opposite Hunchun) 2.1 million tonnes and Nizhneleninskoye, at the bridge to ..., 2.7 million": each town owns the amount after its aside', () => {
    expect(rows().slice(1, 4).map((r) => [r.value, r.area])).toEqual([
      [9600000, 'Grodekovo Port'],
      [2100000, 'Kamyshovaya Port'],
      [2700000, 'Nizhneleninskoye Port'],
    ]);
  });

  it('the sentence after the parts goes on with the whole\'s area', () => {
    expect(rows().at(-1)).toMatchObject({ value: 58, area: 'Far Eastern Railway', flow: 'export' });
  });
});

describe('"Congo" alone', () => {
  it('stands for the Congo the release named in full before', () => {
    const text = "China's cobalt imports fell in June as the Democratic Republic of Congo's export ban bit. China imported 10,200 tons of cobalt hydroxide in June 2026. Congo supplied 9,100 tons.";
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.partner])).toEqual([
      [10200, 'World'],
      [9100, 'Democratic Republic of the Congo'],
    ]);
  });

  it('is left without a partner when the release never said which Congo', () => {
    const text = 'China imported 10,200 tons of cobalt hydroxide in June 2026. Congo supplied 9,100 tons.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.area, r.partner])).toEqual([
      [10200, 'China', 'World'],
      [9100, 'China', 'World'],
    ]);
  });

  it('"Congo-Kinshasa" is the Democratic Republic of the Congo', () => {
    const text = 'China imported 7,100 tons of tin concentrate in October 2026. Congo-Kinshasa supplied 2,300 tons.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.partner)).toEqual(['World', 'Democratic Republic of the Congo']);
  });
});

describe("suppliers in another country's story", () => {
  it('"Oman delivered 52,000t and Canada 40,000t, ... as Vancouver exporters redirected cargoes": imports, the reason clause names no flow', () => {
    const text = 'China imported 790,000t of sulphur in October 2026. Oman delivered 52,000t and Canada 40,000t, up by 60pc on the year as Vancouver exporters redirected cargoes away from India.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.partner, r.flow])).toEqual([
      [790000, 'World', 'import'],
      [52000, 'Oman', 'import'],
      [40000, 'Canada', 'import'],
    ]);
  });

  it('"Kazakh national statistics show Kazakhstan exported ...": the country\'s own figures', () => {
    const text = 'China imported 790,000t of sulphur in October 2026. Kazakh national statistics show Kazakhstan exported 1.02mn t of sulphur to China in January-September.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [790000, 'China', 'World', 'import'],
      [1020000, 'Kazakhstan', 'China', 'export'],
    ]);
  });
});

describe("a reporter's shipments and its buyer's own figures", () => {
  const text = 'Brazil shipped 3.1 million tonnes of sugar in October 2026, down 12% from 3.5 million tonnes in the same month of 2025, Secex data showed. China, the largest buyer of Brazilian sugar last season, imported 690,000 tonnes of sugar in September, up 40.2% y-o-y, Chinese customs figures showed.';
  const rows = () => releaseRows(text, '2026-11-05');

  it('"Brazil shipped N tonnes" with no destination: exports', () => {
    expect(rows().slice(0, 2).map((r) => [r.value, r.area, r.flow])).toEqual([
      [3100000, 'Brazil', 'export'],
      [3500000, 'Brazil', 'export'],
    ]);
  });

  it('"China, the largest buyer of Brazilian sugar, imported N, Chinese customs figures showed": China\'s own imports', () => {
    expect(rows().at(-1)).toMatchObject({ value: 690000, area: 'China', flow: 'import' });
  });
});

describe("a bloc's duties beside a share", () => {
  const text = "China exported 1.2 million electric cars in January-June 2026, up 28%. Europe took about 35% of the cars by value despite the EU's countervailing duties, which range up to 35.3%. Exports of solar modules fell 20.1% to $11.2 billion in the first six months.";
  const rows = () => releaseRows(text, '2026-07-14');

  it('"duties, which range up to 35.3%": the rate of a duty is no figure', () => {
    expect(rows().map((r) => r.value)).toEqual([1200000, 35, 11200000000]);
  });

  it('"despite the EU\'s countervailing duties": the bloc levying them is no area, here or in the next sentence', () => {
    expect(rows().map((r) => [r.value, r.area, r.flow])).toEqual([
      [1200000, 'China', 'export'],
      [35, 'China', 'export'],
      [11200000000, 'China', 'export'],
    ]);
  });
});
