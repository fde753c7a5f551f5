/**
 * Rules of issue 9, part e4: areas and flows found by the blind batch 86 (helper b86, 2026-12-04), each written here in
 * our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('a change in a present participle after the level', () => {
  it('reads "slipping", "sliding" and "dipping" as a fall', () => {
    for (const verb of ['slipping', 'sliding', 'dipping']) {
      const text = `Anhui Province's exports were 412.6 billion yuan in the first half, ${verb} 2.4 percent, while imports rose 5.1 percent to 198.3 billion yuan.`;
      expect(rows(text, '2026-07-20').map((r) => r[4])).toEqual([-2.4, 5.1]);
    }
  });

  it('prefers the stated percentage to a hedged "almost flat at"', () => {
    const text = "Anhui Province's exports were almost flat at 412.6 billion yuan in the first half, slipping 0.3 percent.";
    expect(rows(text, '2026-07-20')[0][4]).toBe(-0.3);
  });
});

describe('a new paragraph after both directions', () => {
  it('gives an amount that names no flow the whole trade, not the direction the paragraph before ended on', () => {
    const text = [
      'Jiangxi Province traded goods worth 512.3 billion yuan in the first ten months of 2026, up 4.2 percent, Nanchang Customs said.',
      'Exports rose 6.8 percent to 351.7 billion yuan, while imports slipped 1.1 percent to 160.6 billion yuan.',
      'Among the cities, Ganzhou came first with 98.4 billion yuan, ahead of Jiujiang with 71.2 billion yuan.',
    ].join('\n\n');
    expect(rows(text, '2026-11-20').slice(3).map((r) => [r[2], r[6]])).toEqual([
      [98_400_000_000, 'total'],
      [71_200_000_000, 'total'],
    ]);
  });
});

describe('a zone and the amount it handled', () => {
  const text = [
    'Foshan exported goods worth 512.9 billion yuan in 2025, up 7.3 percent, Foshan Customs said.',
    'The Foshan Comprehensive Bonded Zone, located in the Nanhai port area, handled 24.6 billion yuan, up 15.2 percent.',
  ].join('\n\n');

  it('keeps the zone as the area past an aside saying where it is located', () => {
    expect(rows(text, '2026-01-25')[1][5]).toBe('Foshan Comprehensive Bonded Zone');
  });

  it('reads an amount of money a place handled, with no flow word, as two-way trade', () => {
    expect(rows(text, '2026-01-25')[1][6]).toBe('total');
  });
});

describe('two train counts, each with its own direction word, sharing one noun', () => {
  it('counts both and gives each its own way', () => {
    const text = 'Freight trains from Hefei made 318 outbound and 97 inbound trips in the first half of 2026, the city said.';
    expect(rows(text, '2026-07-12').map((r) => [r[2], r[3], r[6]])).toEqual([
      [318, 'trains', 'export'],
      [97, 'trains', 'import'],
    ]);
  });

  it('reads compass words the same way', () => {
    const text = 'The Hefei hub handled 411 westbound and 205 eastbound trains in the first half of 2026.';
    expect(rows(text, '2026-07-12').map((r) => [r[2], r[3], r[6]])).toEqual([
      [411, 'trains', 'export'],
      [205, 'trains', 'import'],
    ]);
  });
});

describe('goods cleared or moving both ways', () => {
  it('reads an amount a province cleared through its gates as two-way, past the export market of the paragraph before', () => {
    const text = [
      'Cambodia remained the largest export market for the province at $2.3 billion in 2025.',
      'The border province of Cao Bang cleared $1.9 billion of goods through its border gates, of which exports to China made up $0.8 billion.',
    ].join('\n\n');
    expect(rows(text, '2026-01-20').slice(1).map((r) => [r[2], r[6]])).toEqual([
      [1_900_000_000, 'total'],
      [800_000_000, 'export'],
    ]);
  });

  it('does not read "cargo moving to or from" a country as exports to it', () => {
    const text = 'The Naushki rail crossing handled 6.4 million tonnes of cargo moving to or from Mongolia in 2025, of which 4.1 million tonnes were exports.';
    expect(rows(text, '2026-02-10').map((r) => [r[2], r[6]])).toEqual([
      [6_400_000, 'total'],
      [4_100_000, 'export'],
    ]);
  });
});

describe('goods bought for an amount', () => {
  it('reads "bought <origin> goods for" an amount as imports', () => {
    const text = 'Uzbekistan sold $1.7 billion worth of goods to Russia in 2025 and bought Russian goods for $4.9 billion, the statistics agency said.';
    expect(rows(text, '2026-02-01').map((r) => [r[2], r[6]])).toEqual([
      [1_700_000_000, 'export'],
      [4_900_000_000, 'import'],
    ]);
  });
});

describe("a province's own flow routed through one port or airport", () => {
  it('keeps the province whose possessive owns the flow, for an airport', () => {
    const text = "Hunan's exports through Changsha Huanghua International Airport rose 18.2 percent to 9.4 billion yuan in the first half of 2026.";
    expect(rows(text, '2026-07-20')[0].slice(5)).toEqual(['Hunan', 'export']);
  });

  it('keeps the province for a seaport named after "through"', () => {
    const text = "Guangxi's exports through Fangchenggang Port rose 9.1 percent to 31.2 billion yuan in the first half of 2026.";
    expect(rows(text, '2026-07-20')[0].slice(5)).toEqual(['Guangxi', 'export']);
  });

  it('still reads an anaphor port ("through the checkpoint") as the port of the release', () => {
    const text = [
      'Trade through the Khorgos checkpoint reached $4.1 billion in January-September 2026.',
      "Kazakhstan's exports through the checkpoint made up $512.3 million.",
    ].join('\n\n');
    expect(rows(text, '2026-10-15')[1].slice(5)).toEqual(['Horgos Port', 'export']);
  });
});

describe('cargo a named facility handled in a clause of its own', () => {
  it('is two-way, not the flow of the clause before', () => {
    const text = "Henan's imports rose 12.1 percent to 88.2 billion yuan in the first half of 2026, and the airport handled 301,000 tonnes of cargo.";
    expect(rows(text, '2026-07-20').map((r) => [r[2], r[6]])).toEqual([
      [88_200_000_000, 'import'],
      [301_000, 'total'],
    ]);
  });
});

describe('ports named as "the ports of" a list of cities', () => {
  it('reads the cities as their ports, one joint area when they act together', () => {
    const text = 'The ports of Dalian and Yingkou together unloaded 31.4 million tonnes of imported iron ore in 2025, customs data showed.';
    expect(rows(text, '2026-01-20')[0].slice(5)).toEqual(['Dalian and Yingkou ports', 'import']);
  });
});

describe('one area of a pilot free trade zone', () => {
  it('is the zone, not the city that names the area', () => {
    const single = 'The Hefei area of the China (Anhui) Pilot Free Trade Zone traded 52.7 billion yuan in 2025.';
    expect(rows(single, '2026-01-20')[0][5]).toBe('Anhui FTZ');
  });
});
