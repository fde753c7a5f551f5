/**
 * Rules of issue 9, part bk: blind batch 50 (fixtures b50-… in tests/corpus/press-release): land ports, rail
 * crossings, transit railways, port areas and hubs, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const moved = (r: Row) => [r.value, r.unit, r.area, r.flow];

describe('trains that "entered or left" the country', () => {
  it('ran both ways (total), and the country crossed is not the area', () => {
    const text = 'At the Erenhot railway port, 2,140 freight trains entered or left China in January-June 2026, up 6.1 percent.';
    expect(releaseRows(text, '2026-07-10').map(moved)).toEqual([[2140, 'trains', 'Erenhot Port', 'total']]);
  });

  it('a count that left the country is outbound and stays the port\'s', () => {
    const text = 'Trains through the Manzhouli port numbered 3,300 in January-June 2026. Of the total, 1,900 trains left the country.';
    expect(releaseRows(text, '2026-07-10').map(moved)).toEqual([
      [3300, 'trains', 'Manzhouli Port', 'total'],
      [1900, 'trains', 'Manzhouli Port', 'export'],
    ]);
  });
});

describe('parts of a train count told by the way they went, the noun left out', () => {
  it('"including N westbound and M eastbound"', () => {
    const text = "Changsha's China-Europe freight trains made 1,210 trips in January-September 2026, including 700 westbound and 510 eastbound.";
    expect(releaseRows(text, '2026-10-12').map(moved)).toEqual([
      [1210, 'trains', 'Changsha', 'total'],
      [700, 'trains', 'Changsha', 'export'],
      [510, 'trains', 'Changsha', 'import'],
    ]);
  });

  it('"N going out and M coming in"', () => {
    const text = 'In January-June 2026, 980 China-Europe freight trains passed the Suifenhe port, 530 going out and 450 coming in.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [980, 'trains', 'total'],
      [530, 'trains', 'export'],
      [450, 'trains', 'import'],
    ]);
  });

  it('"N trains left the country and M entered it"', () => {
    const text = 'Freight trains at the Dostyk station numbered 4,100 in January-October 2026. Of these, 2,300 trains left the country and 1,800 entered it.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [4100, 'trains', 'total'],
      [2300, 'trains', 'export'],
      [1800, 'trains', 'import'],
    ]);
  });

  it('goods that "went north into China" are imports in a release on a Chinese route', () => {
    const text = 'Freight on the China-Laos Railway reached 4.2 million tonnes in January-October 2026. Of the total, 1.6 million tonnes went north into China.';
    expect(releaseRows(text, '2026-11-10').map(moved)).toEqual([
      [4200000, 'tonnes', 'China-Laos Railway', 'total'],
      [1600000, 'tonnes', 'China-Laos Railway', 'import'],
    ]);
  });
});

describe('a growth told after a comma and "at"', () => {
  it('"grew faster, at N percent" is the size of the change', () => {
    const text = 'Imports through the Horgos port rose 3.1 percent in January-October 2026, while exports grew faster, at 9.2 percent.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.flow, r.yoy_pct])).toEqual([
      ['import', 3.1],
      ['export', 9.2],
    ]);
  });
});

describe('the worth of goods "with" which a quantity moved', () => {
  it('is two-way trade like the quantity', () => {
    const text = 'Freight on the China-Laos Railway reached 4.2 million tonnes in January-October 2026, with goods worth 15.3 billion yuan.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [4200000, 'total'],
      [15300000000, 'total'],
    ]);
  });
});

describe('a period owning the level a multiple is taken of', () => {
  it('"nearly double last year\'s figure" is no period of the figure', () => {
    const text = 'Freight on the China-Laos Railway reached 4.2 million tonnes in January-October 2026. Transit goods came to 0.9 million tonnes, nearly double last year\'s figure.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.period_start, r.period_end, r.yoy_pct])).toEqual([
      [4200000, '2026-01', '2026-10', null],
      [900000, '2026-01', '2026-10', null],
    ]);
  });
});

describe('a country between the two ends of a route', () => {
  it('"between Thailand and China via Laos" is passed through, not the area', () => {
    const text = 'Freight on the China-Laos Railway reached 4.2 million tonnes in January-October 2026. Transit cargo between Thailand and China via Laos came to 0.9 million tonnes in the period.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.area])).toEqual([
      [4200000, 'China-Laos Railway'],
      [900000, 'China-Laos Railway'],
    ]);
  });
});

describe('goods in transit', () => {
  it('opening the sentence, with the amount after a comma, moved both ways', () => {
    const text = 'Exports of Kazakh grain by rail reached 3.1 million tonnes in January-June 2026. Transit to Uzbekistan accounted for the rest, 1.2 million tonnes.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.flow])).toEqual([
      [3100000, 'export'],
      [1200000, 'total'],
    ]);
  });

  it('"transit cargo bound for" a place is no export', () => {
    const text = 'Qingdao Port handled 5.1 million TEUs in January-June 2026. Transit cargo bound for Central Asia by rail came to 1.4 million tonnes.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.flow])).toEqual([
      [5100000, 'total'],
      [1400000, 'total'],
    ]);
  });
});

describe('"followed by X with N" after a ranked figure', () => {
  it('goes the way the figure it follows went', () => {
    const text = 'Exports to China reached 2.1 million tonnes in January-June 2026. Dostyk remained the busiest crossing, handling 1.3 million tonnes, followed by Altynkol with 0.9 million tonnes.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.area, r.flow])).toEqual([
      [2100000, expect.any(String), 'export'],
      [1300000, 'Dostyk Port', 'total'],
      [900000, 'Altynkol Port', 'total'],
    ]);
  });
});

describe('a country\'s goods routed "through the checkpoint"', () => {
  it('are the checkpoint\'s the same sentence named, over the port of the sentences before', () => {
    const text = 'Dostyk handled 1.3 million tonnes of cargo in January-June 2026. At the Bakhty road checkpoint, 9,800 trucks crossed in both directions, and Kazakh exports through the checkpoint came to $210 million.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.area])).toEqual([
      [1300000, 'Dostyk Port'],
      [210000000, 'Baketu Port'],
    ]);
  });
});

describe('a total since a crossing named by a dashed pair opened', () => {
  it('runs from the month it opened', () => {
    const text = 'Since the Altynkol–Khorgos crossing opened in May 2013, it has handled more than 80 million tonnes of freight.';
    expect(releaseRows(text, '2026-10-14').map((r) => [r.value, r.period_start, r.period_end])).toEqual([[80000000, '2013-05', '2026-10']]);
  });
});

describe('a port area', () => {
  it('is no port "the port" points back to, nor the area of the next paragraph', () => {
    const text = [
      'Rizhao Port handled 3.8 million TEUs in January-June 2026.',
      '',
      'The Lanshan port area handled 41.2 million tonnes of cargo in the period.',
      '',
      'Sea-rail containers came to 0.6 million TEUs.',
      '',
      'The port received 120 return trains.',
    ].join('\n');
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.area])).toEqual([
      [3800000, 'Rizhao Port'],
      [41200000, 'Lanshan Port'],
      [600000, 'Rizhao Port'],
      [120, 'Rizhao Port'],
    ]);
  });
});

describe('trains a place "dispatched"', () => {
  it('set against trains it received, went out with no destination named', () => {
    const text = 'Yingkou Port dispatched 410 China-Europe trains in January-October 2026, and received 96 return trains.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [410, 'export'],
      [96, 'import'],
    ]);
  });

  it('"dispatched and received" stays two-way', () => {
    const text = 'Yingkou Port dispatched and received 506 China-Europe trains in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([[506, 'total']]);
  });
});

describe('ports listed before "a combined" figure', () => {
  it('report it jointly, and the count after "numbered a combined" is read', () => {
    const text = 'Freight trains leaving China at Erenhot, Manzhouli and Suifenhe numbered a combined 4,020 in January-July 2026, up 5.5 percent.';
    expect(releaseRows(text, '2026-08-10').map(moved)).toEqual([[4020, 'trains', 'Erenhot, Manzhouli and Suifenhe ports', 'export']]);
  });
});

describe('a place\'s part of the count before', () => {
  it('"X handled N of them" counts what the sentence before counted', () => {
    const text = 'China-Europe trains through the two ports numbered 4,020 in January-July 2026. Erenhot handled 2,310 of them, up 3.9 percent.';
    expect(releaseRows(text, '2026-08-10').map((r) => [r.value, r.unit, r.area, r.yoy_pct])).toEqual([
      [4020, 'trains', expect.any(String), null],
      [2310, 'trains', 'Erenhot Port', 3.9],
    ]);
  });

  it('"..., while Y, whose ..., handled M" counts the same things as the count listed before it', () => {
    const text = 'In January-July 2026, Suifenhe saw 1,060 trains, while Dongning, whose road bridge opened to traffic in May 2024, handled 212.';
    expect(releaseRows(text, '2026-08-10').map((r) => [r.value, r.unit, r.period_start, r.area])).toEqual([
      [1060, 'trains', '2026-01', 'Suifenhe Port'],
      [212, 'trains', '2026-01', 'Dongning Port'],
    ]);
  });
});

describe('the month a crossing opened to traffic', () => {
  it('dates the opening, not the figures of the sentence', () => {
    const text = 'Trains through Manzhouli numbered 3,100 in January-July 2026. Tongjiang, whose railway bridge opened to freight in November 2022, saw 380 trains.';
    expect(releaseRows(text, '2026-08-10').map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [3100, '2026-01', '2026-07'],
      [380, '2026-01', '2026-07'],
    ]);
  });
});

describe('a regional railway described as a branch of the national one', () => {
  it('reports its own freight: the national railway in the apposition is no area', () => {
    const text = 'The West Siberian Railway, a branch of Russian Railways, shipped 9.1 million tonnes of coal to China in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.area, r.flow])).toEqual([[9100000, 'West Siberian Railway', 'export']]);
  });
});

describe('a port named before another in a paragraph', () => {
  it('is an aside: the next paragraph goes back to the release\'s own area', () => {
    const text = [
      'The Far Eastern Railway shipped 9.1 million tonnes of cargo to China in January-October 2026.',
      '',
      'Through the Grodekovo crossing alone, 5.2 million tonnes moved, most of it to and from Suifenhe.',
      '',
      'Container traffic with China reached 210,000 TEU.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.area])).toEqual([
      [9100000, 'Far Eastern Railway'],
      [5200000, 'Grodekovo Port'],
      [210000, 'Far Eastern Railway'],
    ]);
  });
});

describe('words of going with containers and present-tense verbs', () => {
  it('"loaded containers heading to China" are outbound', () => {
    const text = 'Container traffic at the Zabaikalsk crossing reached 120,000 TEU in January-October 2026, of which loaded containers heading to China made up 70,000 TEU.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [120000, 'total'],
      [70000, 'export'],
    ]);
  });

  it('a headline that "sends 7% more freight to China" is the body\'s export growth', () => {
    const text = ['Far Eastern Railway sends 7% more freight to China', '', 'The Far Eastern Railway shipped 9.1 million tonnes of cargo to China in January-October 2026, up 7.2 percent.'].join('\n');
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow, r.yoy_pct])).toEqual([[9100000, 'export', 7.2]]);
  });
});

describe('"handed over" before an amount', () => {
  it('is a verb, no "over" of a lower bound', () => {
    const text = 'In October 2026, the railway handed over 1.2 million tonnes of export cargo to Chinese railways.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.qualifier])).toEqual([[1200000, 'exact']]);
  });
});

describe('a count noun before a word for the kind of service', () => {
  it('"container block trains" count trains', () => {
    const text = 'Some 140 container block trains from China arrived at Aktau port in January-June 2026.';
    expect(releaseRows(text, '2026-07-10').map((r) => [r.value, r.unit])).toEqual([[140, 'trains']]);
  });
});
