/**
 * Rules of issue 9, part an: the areas of blind batch 37 (dry ports, border stations and gates, the far side's
 * crossings, seaports named by their city, airports), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('inland ports named with their kind', () => {
  it("keeps a city's railway, land or dry port by its full name", () => {
    const rail = "Zhengzhou Railway Port handled imports and exports of 8.4 billion yuan in the first half of 2026.";
    expect(areas(rail, '2026-07-15')).toEqual([[8400000000, 'Zhengzhou Railway Port']]);
    const land = 'The Kunming International Land Port ran 512 freight trains in the first ten months of 2026.';
    expect(areas(land, '2026-11-10')).toEqual([[512, 'Kunming International Land Port']]);
    const dry = 'Baotou International Dry Port moved 41,000 TEUs in the first ten months of 2026.';
    expect(areas(dry, '2026-11-10')).toEqual([[41000, 'Baotou International Dry Port']]);
  });

  it("reads a border town's dry port as the town's port", () => {
    const text = 'The Wagah Dry Port cleared 52,000 tonnes of cargo in the first quarter of 2026.';
    expect(areas(text, '2026-04-20')).toEqual([[52000, 'Wagah Port']]);
    const mid = 'Officials at the Wagah Dry Port said it cleared 52,000 tonnes of cargo in the first quarter of 2026.';
    expect(areas(mid, '2026-04-20')).toEqual([[52000, 'Wagah Port']]);
  });
});

describe("the other side's crossings", () => {
  it('reads border gates, border stations and customs points as ports', () => {
    const gate = 'Trade through the Bat Xat international border gate reached 212 million USD in the first ten months of 2026.';
    expect(areas(gate, '2026-11-05')).toEqual([[212000000, 'Bat Xat Port']]);
    const station = 'The Beyneu border station handled 2.3 million tonnes of export freight in the first ten months of 2026.';
    expect(areas(station, '2026-11-05')).toEqual([[2300000, 'Beyneu Port']]);
    const onBorder = 'Some 1.7 million tonnes passed through the Serhetabat station on the Afghan border in the first half of 2026.';
    expect(areas(onBorder, '2026-07-05')).toEqual([[1700000, 'Serhetabat Port']]);
    const point = 'Imports through the Kimathanka customs point rose to Rs 2.1 billion in the first quarter of 2026.';
    expect(areas(point, '2026-04-20')).toEqual([[2100000000, 'Kimathanka Port']]);
    const rail = 'The Kuljurg international railway station handled 418,000 tonnes of goods in the first half of 2026.';
    expect(areas(rail, '2026-07-05')).toEqual([[418000, 'Kuljurg Port']]);
  });

  it('reads a lower-case "border port" after an unknown town as its port', () => {
    const text = 'Imports through the Sukhbaatar border port on the Russian border were worth 1.2 billion dollars in the first ten months of 2026.';
    expect(areas(text, '2026-11-10')).toEqual([[1200000000, 'Sukhbaatar Port']]);
  });
});

describe('regions of neighbours the lexicon lacks', () => {
  it('reads "the <name> Region" and "the province of <name>" as the region', () => {
    const oblast = 'Foreign trade of the Tomsk Region amounted to $1.02 billion in January-September 2026, up 4.1%.';
    expect(areas(oblast, '2026-10-28')).toEqual([[1020000000, 'Tomsk Region']]);
    const province = 'Trade through the border gates of the northern province of Ha Giang reached 640 million USD in the first ten months of 2026.';
    expect(areas(province, '2026-11-05')).toEqual([[640000000, 'Ha Giang']]);
    const after = 'Dien Bien province recorded trade of 81 million USD in the first ten months of 2026.';
    expect(areas(after, '2026-11-05')).toEqual([[81000000, 'Dien Bien']]);
  });
});

describe('spaced pairs of border towns the lexicon lacks', () => {
  it('reads the first town of a spaced pair naming a crossing as the port', () => {
    const after = 'The Kyakhta - Altanbulag crossing handled 312,000 tonnes of cargo in January-September 2026.';
    expect(areas(after, '2026-10-28')).toEqual([[312000, 'Kyakhta Port']]);
    const bridge = 'The road bridge Nizhneleninskoye - Tongjiang carried 1.1 million tonnes of cargo in January-September 2026, up 12%.';
    expect(areas(bridge, '2026-10-28')).toEqual([[1100000, 'Nizhneleninskoye Port']]);
    const railway = 'The Bichigt - Zuun Khatavch cross-border railway carried 2.4 million tonnes of coal in January-October 2026.';
    expect(areas(railway, '2026-11-10')).toEqual([[2400000, 'Bichigt Port']]);
  });
});

describe('airports', () => {
  it("keeps an apostrophe inside an airport's name", () => {
    const text = "Xi'an Xianyang International Airport handled 312,000 tonnes of cargo and mail in the first ten months of 2026.";
    expect(areas(text, '2026-11-15')).toEqual([[312000, "Xi'an Xianyang International Airport"]]);
  });
});

describe("the EU's rail gateways", () => {
  it('reads Małaszewicze and Záhony, with or without diacritics, as crossings', () => {
    const pl = 'The terminals at Małaszewicze handled 1,020 container trains in the third quarter of 2026, up 9%.';
    expect(areas(pl, '2026-10-14')).toEqual([[1020, 'Malaszewicze Port']]);
    const hu = "Záhony's transhipment area handled 2.8 million tonnes of goods in the first ten months of 2026.";
    expect(areas(hu, '2026-11-24')).toEqual([[2800000, 'Zahony Port']]);
  });
});

describe('towns named by the word city', () => {
  it('reads "<name> city" as the city when the lexicon lacks it', () => {
    const text = "Baoshan city's imports and exports rose 18.2 percent to 6.4 billion yuan in the first ten months of 2026.";
    expect(areas(text, '2026-11-21')).toEqual([[6400000000, 'Baoshan']]);
  });
});

describe('a station or a dry port pointed back to', () => {
  it('reads "the station" after a border station as that port', () => {
    const text = 'The Na Cham international railway station handled 210,000 tonnes of goods in the first ten months of 2026.\n\nThe station received and dispatched 412 international freight trains in the period, many of them running to and from Europe via China.';
    expect(areas(text, '2026-11-05')).toEqual([[210000, 'Na Cham Port'], [412, 'Na Cham Port']]);
  });
});

describe('a port pointed back to by its kind', () => {
  it('reads "the dry port" as the dry port named before, past a seaport named since', () => {
    const text = 'Baotou International Dry Port ran 820 sea-rail trains in the first ten months of 2026, most of them to Tianjin Port.\n\nForeign trade handled at the dry port reached 6.1 billion yuan in the period.';
    expect(areas(text, '2026-11-10')).toEqual([[820, 'Baotou International Dry Port'], [6100000000, 'Baotou International Dry Port']]);
  });
});

describe('crossings named by their customs or their border', () => {
  it('reads "<town> customs, opposite ..." and "the <town> border with <country>" as ports', () => {
    const customs = 'Kodari customs, opposite Zhangmu, recorded imports of Rs 3.2 billion in the first quarter of 2026.';
    expect(areas(customs, '2026-04-20')).toEqual([[3200000000, 'Kodari Port']]);
    const border = 'Trade through the Chaman border with Afghanistan fell 9 percent to $204 million in the first quarter of 2026.';
    expect(areas(border, '2026-04-20')).toEqual([[204000000, 'Chaman Port']]);
  });

  it('passes over a faced crossing named with its other name in brackets', () => {
    const text = 'Imports through the Rasuwagadhi customs point rose to Rs 9.4 billion in the first quarter of 2026.\n\nThe border point, which faces Kerung (Gyirong) in Tibet, also handled exports worth Rs 412 million.';
    expect(areas(text, '2026-04-20')).toEqual([[9400000000, 'Rasuwagadhi Port'], [412000000, 'Rasuwagadhi Port']]);
  });
});
