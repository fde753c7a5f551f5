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
