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
