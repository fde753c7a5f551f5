/**
 * Rules of issue 9, part eb: freight trains, land ports and logistics hubs, found by the blind batch 91 (helper b91,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('the worth of goods carried by trains or along a route', () => {
  it('is two-way trade when the carriers or the route come between "carried" and "were worth"', () => {
    const text = [
      'Hefei received 288 return trains in the first half of 2026.',
      "Goods carried by Hefei's trains were worth 11.4 billion yuan, up 12 percent.",
    ].join('\n\n');
    expect(rows(text, '2026-07-15').at(-1)).toEqual(['2026-01', '2026-06', 11_400_000_000, 'CNY', 12, 'Hefei', 'total']);
  });

  it('reads a route after "on" the same way', () => {
    const text = 'Lanzhou received 96 return trains in 2025. Cargo moved on the corridor in 2025 was worth 5.2 billion yuan.';
    expect(rows(text, '2026-01-20').at(-1)?.[6]).toBe('total');
  });
});

describe('a place and its part of the count before, then the next place with its verb left out', () => {
  const before = 'The two railway ports of the region handled 2,480 freight trains in the first quarter of 2026, up 7.1 percent.';

  it('counts both parts, each for its own port', () => {
    const text = `${before} Erenhot handled 1,310 of them and Manzhouli 1,170.`;
    expect(rows(text, '2026-04-12').slice(1).map((r) => [r[2], r[3], r[5]])).toEqual([
      [1310, 'trains', 'Erenhot Port'],
      [1170, 'trains', 'Manzhouli Port'],
    ]);
  });

  it('gives the first count to the place before it when the next item names its own place', () => {
    const text = `${before} Alashankou handled 1,310 trains and Horgos 1,170.`;
    expect(rows(text, '2026-04-12').slice(1).map((r) => r[5])).toEqual(['Alashankou Port', 'Horgos Port']);
  });

  it('reads a hub that "sent out" its part, and the next hub after a growth, as sending trains out', () => {
    const text = `China-Europe freight trains made 8,100 trips in the first half of 2026. Chengdu sent out 1,250 of them, up 9.2 percent, and Wuhan 640, up 4.4 percent.`;
    expect(rows(text, '2026-07-10').slice(1)).toEqual([
      ['2026-01', '2026-06', 1250, 'trains', 9.2, 'Chengdu', 'export'],
      ['2026-01', '2026-06', 640, 'trains', 4.4, 'Wuhan', 'export'],
    ]);
  });
});

describe('parts of a train count told by where they went or came from', () => {
  it('reads trains that "arrived back" at the hub as its inbound part', () => {
    const text = 'The Changsha hub ran 820 trains in the first half of 2026. Of these, 506 departed for Europe, and 314 arrived back in Changsha.';
    expect(rows(text, '2026-07-12').slice(1).map((r) => [r[2], r[3], r[6]])).toEqual([
      [506, 'trains', 'export'],
      [314, 'trains', 'import'],
    ]);
  });

  it('reads "and those arriving from X N" as the other part of the same trains', () => {
    const text = 'At the Hekou railway port, trains leaving for Vietnam numbered 1,240 in 2025, and those arriving from Vietnam 980.';
    expect(rows(text, '2026-01-15').map((r) => [r[2], r[3], r[5], r[6]])).toEqual([
      [1240, 'trains', 'Hekou Port', 'export'],
      [980, 'trains', 'Hekou Port', 'import'],
    ]);
  });

  it('counts the trains of the subject, not the goods of an aside on their cargo', () => {
    const text = 'Erenhot saw 1,530 China-Europe trains in the first half of 2026. Outbound trains, loaded mostly with cars, furniture and textiles, accounted for 902, and the other 628 were inbound.';
    expect(rows(text, '2026-07-12').slice(1).map((r) => [r[2], r[3], r[6]])).toEqual([
      [902, 'trains', 'export'],
      [628, 'trains', 'import'],
    ]);
  });
});

describe('how many times trains made their run', () => {
  it('is a count of trains, not a multiple', () => {
    const text = 'Freight trains shuttled between Yiwu and Madrid 64 times in the first half of 2026, up 12 percent year on year.';
    expect(rows(text, '2026-07-12').map((r) => r.slice(0, 5))).toEqual([['2026-01', '2026-06', 64, 'trains', 12]]);
  });

  it('keeps "up N times" a multiple', () => {
    const text = 'Freight trains through the port ran 640 trips in the first half of 2026, up 2.4 times year on year.';
    expect(rows(text, '2026-07-12').map((r) => r[4])).toEqual([240]);
  });
});

describe('a count said of one day', () => {
  it('is no row when the day follows the count in its clause', () => {
    const text = 'Dongxing port handled 2.1 million tonnes of goods in the first half of 2026. Some 900 trucks clear the port on a typical day.';
    expect(rows(text, '2026-07-12').map((r) => r[2])).toEqual([2_100_000]);
  });
});

describe('goods a crossing sent out after a sentence on transit', () => {
  const transit = 'Transit container traffic across the country rose 14% to 96,500 TEU in January-June 2026.';

  it('goes out when they are "bound for" a country', () => {
    const text = `${transit} The Naushki border crossing handled 3.1 million tonnes of freight bound for Mongolia over the six months.`;
    expect(rows(text, '2026-07-12').at(-1)?.slice(5)).toEqual(['Naushki Port', 'export']);
  });

  it('goes out when a station "sent" them "into" a country', () => {
    const text = 'Across the border, the Zabaikalsk station sent 4.2 million tonnes of freight into China in January-June 2026.';
    expect(rows(text, '2026-07-12').at(-1)?.[6]).toBe('export');
  });
});

describe('the worth of what trains carried, with the main goods of one way named after it', () => {
  it('stays two-way trade', () => {
    const text = 'Xiamen dispatched and received 412 trains in 2025. The trains carried goods worth 9.6 billion yuan, the operator said, with tea, shoes and ceramics the main outbound items.';
    expect(rows(text, '2026-01-20').at(-1)?.slice(2)).toEqual([9_600_000_000, 'CNY', null, 'Xiamen', 'total']);
  });
});

describe('containers the trains of a one-way count are said to be carrying', () => {
  it('go the way of that count', () => {
    const text = 'Jinhua ran 610 trains in 2025. Westbound trains numbered 402, carrying 38,200 TEUs of household goods, while return trains numbered 208.';
    expect(rows(text, '2026-01-20').slice(1).map((r) => [r[2], r[3], r[6]])).toEqual([
      [402, 'trains', 'export'],
      [38_200, 'TEU', 'export'],
      [208, 'trains', 'import'],
    ]);
  });

  it('stay two-way after a sentence that counts trains both ways', () => {
    const text = 'Jinhua ran 610 trains in 2025. Westbound trains numbered 402 and eastbound trains 208, carrying 51,000 TEUs.';
    expect(rows(text, '2026-01-20').at(-1)?.slice(3)).toEqual(['TEU', null, 'Jinhua', 'total']);
  });
});

describe('parts of a count of trips told by the compass and by the goods they brought', () => {
  const text = 'Sea-rail trains on the corridor made 3,200 trips in 2025. Of the trips, 1,840 ran south to Beibu Gulf Port with goods for export, and 1,360 brought imports north.';

  it('counts both parts, each with its own way', () => {
    expect(rows(text, '2026-01-20').slice(1).map((r) => [r[2], r[3], r[6]])).toEqual([
      [1840, 'trains', 'export'],
      [1360, 'trains', 'import'],
    ]);
  });

  it('keeps the port a run went to out of the area', () => {
    expect(rows(text, '2026-01-20').slice(1).map((r) => r[5])).not.toContain('Beibu Gulf Port');
  });
});

describe('trains that set out from two towns', () => {
  it('belong to the two towns jointly', () => {
    const text = 'China-Europe freight trains from Wuhan and Hefei made 1,380 trips in the first half of 2026, up 6.1 percent.';
    expect(rows(text, '2026-07-10')[0].slice(2)).toEqual([1380, 'trains', 6.1, 'Hefei and Wuhan', 'total']);
  });

  it('went out when the count is of trains departing from them', () => {
    const text = 'China-Europe freight trains made 8,100 trips in the first half of 2026. Trains departing from Wuhan and Hefei together accounted for 1,020 of the trips.';
    expect(rows(text, '2026-07-10').at(-1)?.slice(2)).toEqual([1020, 'trains', null, 'Hefei and Wuhan', 'export']);
  });
});

describe('a zone\'s part "of it", or a percentage', () => {
  it('gives the zone its share of the whole the sentence before gave', () => {
    const text = "Hefei's foreign trade reached 361.4 billion yuan in 2025. The Hefei Comprehensive Bonded Zone handled 98.2 billion yuan of it, or 27.2 percent.";
    expect(rows(text, '2026-01-20').at(-1)?.slice(2)).toEqual([27.2, 'percent-share', null, 'Hefei Comprehensive Bonded Zone', 'total']);
  });
});

describe('a trade mode\'s share "of them" after one direction', () => {
  it('is a share of that direction', () => {
    const text = "Jinhua's exports reached 402.8 billion yuan in 2025, up 9.1 percent, with market procurement trade making up 41.3 percent of them.";
    expect(rows(text, '2026-01-20').at(-1)?.slice(2)).toEqual([41.3, 'percent-share', null, 'Jinhua', 'export']);
  });

  it('keeps the direction a part names of its own', () => {
    const text = "Jinhua's trade reached 512.6 billion yuan in 2025, with exports making up 78.6 percent of it.";
    expect(rows(text, '2026-01-20').at(-1)?.[6]).toBe('export');
  });
});

describe('a running total "since the opening" after one dated from its launch', () => {
  it('starts at the launch the sentence before named', () => {
    const text = [
      'The Hekou-Lao Cai cross-border railway has carried 6.2 million tonnes of cargo since it opened on Sept. 12, 2023.',
      'Hekou Customs said it had cleared goods worth 18.4 billion yuan on the line since the opening.',
    ].join(' ');
    expect(rows(text, '2026-05-10').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2023-09', '2026-05', 6_200_000],
      ['2023-09', '2026-05', 18_400_000_000],
    ]);
  });
});

describe('trains that crossed into another country', () => {
  it('went out, with the part of them in a period of its own', () => {
    const text = 'As of the end of September 2026, 1,204 China-Europe freight trains had crossed into Mongolia through the Erenhot port since the service was launched in May 2016, 187 of them this year.';
    expect(rows(text, '2026-10-12').map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      ['2016-05', '2026-09', 1204, 'export'],
      ['2026-01', '2026-09', 187, 'export'],
    ]);
  });

  it('are no export of the country they crossed into', () => {
    const text = 'Russian Railways said 640 freight trains had crossed into Russia from China in the first half of 2026.';
    expect(rows(text, '2026-07-12')[0][6]).not.toBe('export');
  });
});

describe('a figure "on the corridor" after a sentence on one of its hubs', () => {
  it('is the corridor the release is about', () => {
    const text = [
      'Rail-sea trains on the New International Land-Sea Trade Corridor made 9,120 trips in 2025, up 8.4 percent.',
      'Guiyang, one of the hubs along the route, sent 612 rail-sea trains, up 15 percent. Goods carried on the corridor in 2025 were worth 71.8 billion yuan.',
    ].join(' ');
    expect(rows(text, '2026-01-20').at(-1)?.slice(2)).toEqual([71_800_000_000, 'CNY', null, 'New International Land-Sea Trade Corridor', 'total']);
  });

  it('stays the city in a release on the city, where the corridor is only its route', () => {
    const text = [
      "Guiyang's foreign trade reached 61.2 billion yuan in 2025, up 6.3 percent, Guiyang Customs said.",
      'The city sent 612 rail-sea trains on the New International Land-Sea Trade Corridor, up 15 percent. Goods carried on the corridor were worth 9.8 billion yuan.',
    ].join(' ');
    expect(rows(text, '2026-01-20').at(-1)?.[5]).toBe('Guiyang');
  });
});
