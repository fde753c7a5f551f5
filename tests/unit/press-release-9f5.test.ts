/**
 * Rules of issue 9, part f5: freight trains, land ports, pipelines and other countries' agencies of the blind batch 99
 * (helper fix99, 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('the far end of a run named "to and from"', () => {
  it('keeps the figure with the city that ran the trips, not the port they ran to and from', () => {
    const got = rows(`Guizhou's sea-rail trains grow

GUIYANG, Feb. 3 (Xinhua) -- Guiyang ran 1,530 sea-rail freight train trips to and from Fangchenggang Port in 2025, up 21.4 percent year on year, the city's logistics authority said.

The trains carried goods worth 4.2 billion yuan.`, '2026-02-03');
    expect(got.map((r) => [r[2], r[5]])).toEqual([
      [1530, 'Guiyang'],
      [4_200_000_000, 'Guiyang'],
    ]);
  });
});

describe('the naira written as a capital N glued to an amount', () => {
  it('reads "N4.12 trillion" as naira in a Nigerian release', () => {
    const got = rows(`Nigeria posts trade surplus in second quarter

ABUJA - Nigeria's exports rose to N4.12 trillion in the second quarter of 2019, the statistics bureau said on Monday. Imports came to N3.05 trillion.`, '2019-08-12');
    expect(got.map((r) => [r[2], r[3], r[7]])).toEqual([
      [4_120_000_000_000, 'NGN', 'export'],
      [3_050_000_000_000, 'NGN', 'import'],
    ]);
  });

  it('reads no money in a bare N before a number in another country\'s release', () => {
    const got = rows(`Ghana's exports rise

ACCRA - Ghana's exports rose to 12.4 billion cedis in the first quarter of 2025, the statistical service said. Trucks on highway N1 moved N2 billion worth of goods, officials said.`, '2025-05-01');
    expect(got.map((r) => r[3])).toEqual(['GHS']);
  });
});

describe('energy piped or arriving into the reporter', () => {
  it('reads gas "piped into China" and gas that "came in along" a pipeline as imports', () => {
    const got = rows(`Pipeline gas through Alashankou

URUMQI, Aug. 2 (Xinhua) -- Natural gas piped into China through the Alashankou port reached 6.2 billion cubic meters in the first half of 2019, up 4.1 percent year on year, the customs said.

The gas came in along the Kazakhstan-China gas pipeline and was worth 1.9 billion U.S. dollars.`, '2019-08-02');
    expect(got.map((r) => [r[2], r[7]])).toEqual([
      [6_200_000_000, 'import'],
      [1_900_000_000, 'import'],
    ]);
  });

  it('reads crude oil "arriving through" a pipeline as imports', () => {
    const got = rows(`Russian crude via Mohe

HARBIN, Jan. 20 (Xinhua) -- Crude oil arriving through the Russia-China oil pipeline at Mohe totalled 15.4 million tonnes in 2018, up 3.2 percent, Harbin Customs said.`, '2019-01-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[15_400_000, 'import']]);
  });
});

describe('a compass heading set against the other way', () => {
  it('reads trains that "headed west" as the way out when the rest of the sentence names only inbound ones', () => {
    const got = rows(`Kashgar's freight trains

KASHGAR, Jan. 6 (Xinhua) -- Freight trains linking Kashgar with Central Asia made 412 trips in 2024, the city's railway office said on Monday.

Of those, 268 headed west carrying clothing and home appliances, while 144 inbound trains brought back cotton and fertilizer.`, '2025-01-06');
    expect(got.filter((r) => r[2] === 268 || r[2] === 144).map((r) => [r[2], r[7]])).toEqual([
      [268, 'export'],
      [144, 'import'],
    ]);
  });

  it('reads cargo carried "heading south" as exports when the returning trains of the sentence brought goods back', () => {
    const got = rows(`Nanning's cross-border trains

NANNING, Jan. 8 (Xinhua) -- Nanning ran 1,310 cross-border freight train trips to Hanoi in 2024, the operator said.

Heading south, the trains carried 52,800 TEUs of fruit and seafood, while returning trains brought back 30,100 TEUs of machinery and textiles.`, '2025-01-08');
    expect(got.filter((r) => r[3] === 'TEU').map((r) => [r[2], r[7]])).toEqual([
      [52_800, 'export'],
      [30_100, 'import'],
    ]);
  });
});

describe('trains that left a named facility', () => {
  it('reads "left the Wujiashan container terminal" as trains going out', () => {
    const got = rows(`Wuhan's trains

WUHAN, Jan. 9 (Xinhua) -- Wuhan's China-Europe freight trains made 1,020 trips in 2024, up 8 percent.

In December alone, 96 trains left the Wujiashan container terminal for the border.`, '2025-01-09');
    expect(got.find((r) => r[2] === 96)?.[7]).toBe('export');
  });
});

describe('goods counted in units after a paragraph on cars', () => {
  it('keeps "units" of mobile phones as units, not vehicles', () => {
    const got = rows(`China's auto exports

BEIJING, Jan. 15 (Xinhua) -- China exported 4.1 million cars in 2024, up 20 percent year on year, customs data showed.

Exports of mobile phones fell 3.2 percent to 802 million units.`, '2025-01-15');
    expect(got.find((r) => r[2] === 802_000_000)?.[3]).toBe('units');
  });
});

describe('crossings acting together named by their kind word', () => {
  it('reads "the Dostyk and Altynkol stations together" as one joint area', () => {
    const got = rows(`Kazakhstan's eastern crossings

ASTANA - Rail freight between Kazakhstan and China grew in 2024. The Dostyk and Altynkol stations together handled 31.2 million tonnes of cargo, 8% more than in 2023, the railway company said.`, '2025-01-20');
    expect(got.find((r) => r[2] === 31_200_000)?.[5]).toBe('Altynkol and Dostyk ports');
  });
});

describe('a customs office named in lower case after a checkpoint', () => {
  it('keeps "the checkpoint" of the next sentence on the checkpoint, not on the town of the office that spoke', () => {
    const got = rows(`VLADIVOSTOK, May 5. /TASS/. Exports of Russian goods to China through the Pogranichny road checkpoint rose by 6.1% in January-March 2021 to 210,000 tonnes, the Ussuriysk customs office of the Far Eastern Customs Administration told TASS.

Imports from China via the checkpoint came to 48,000 tonnes, down 2.2%.`, '2021-05-05');
    expect(got.find((r) => r[2] === 48_000)?.[5]).toBe('Pogranichny Port');
  });
});

describe('Western Australia\'s iron ore ports', () => {
  it('reads Dampier shipping ore to China as the port\'s exports in a story on China\'s imports', () => {
    const got = rows(`China's iron ore imports slip in May

BEIJING, June 7 (Reuters) - China's iron ore imports fell 3.1 percent in May from a year earlier to 88.4 million tonnes, customs data showed on Friday.

In Western Australia, Dampier shipped 14.6 million tonnes of ore to China in May, the port authority said.`, '2019-06-07');
    expect(got.find((r) => r[2] === 14_600_000)?.slice(5)).toEqual(['Dampier Port', 'China', 'export']);
  });
});

describe('a share of goods in a place\'s own imports', () => {
  it('gives "Machinery made up 38.4 percent of Yunnan\'s imports" to Yunnan after a paragraph on a port', () => {
    const got = rows(`Yunnan's border ports

KUNMING, Aug. 2 (Xinhua) -- Imports through the Ruili port rose 6.2 percent to 21.3 billion yuan in the first half of 2024, Kunming Customs said.

Machinery made up 38.4 percent of Yunnan's imports in the six months.`, '2024-08-02');
    expect(got.find((r) => r[2] === 38.4)?.[5]).toBe('Yunnan');
  });
});

describe('checkpoints after "through" with a "where" clause on their own traffic', () => {
  it('gives the figure of the "where" clause to the checkpoints, not to the reporter whose goods went through them', () => {
    const got = rows(`Kazakhstan's trade with China grows

ASTANA - Kazakhstan's trade with China reached 31.5 billion dollars in 2024, the statistics bureau said. Most Chinese goods entered through the Dostyk and Altynkol checkpoints, where freight traffic rose to 29.4 million tonnes in 2024.`, '2025-02-10');
    expect(got.find((r) => r[2] === 29_400_000)?.[5]).toBe('Altynkol and Dostyk ports');
  });
});

describe('a partner that follows in a ranking', () => {
  it('ranks "Kazakhstan followed with" in the leader\'s flow, not in the flow of the clause between', () => {
    const got = rows(`Uzbekistan's foreign trade

TASHKENT - Uzbekistan's foreign trade turnover reached 62.8 billion dollars in 2024, the statistics agency said.

China remained the largest trade partner with 13.9 billion dollars; imports of Chinese goods alone came to 12.1 billion dollars. Kazakhstan followed with 4.4 billion dollars.`, '2025-01-25');
    expect(got.filter((r) => r[2] === 13_900_000_000 || r[2] === 4_400_000_000).map((r) => [r[6], r[7]])).toEqual([
      ['China', 'total'],
      ['Kazakhstan', 'total'],
    ]);
  });
});
