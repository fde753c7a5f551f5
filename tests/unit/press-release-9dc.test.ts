/**
 * Rules of issue 9, part dc: the fixing round (fixleft, 2026-12-03 night) on what the blind batches 79, 76, 78 and older
 * left, each found there and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string, options?: PressReleaseOptions) => releaseRows(text, published, options).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('a list of ports things went through', () => {
  it('gives trains said to cross through two stations to the stations jointly', () => {
    const text = [
      'Rail crossings busier',
      'ALMATY – Freight trains crossing the border through the Altynkol and Dostyk railway stations made 3,120 trips in the first nine months of 2026, up 6 percent year on year, the railway said.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-12')).toEqual([['2026-01', '2026-09', 3120, 'trains', 6, 'Altynkol and Dostyk ports', 'total']]);
  });

  it('gives a flow through two ports to the ports jointly after a paragraph on one of them', () => {
    const text = [
      'Border ports of Kashgar',
      'Tianshan Net -- Irkeshtam Port handled 1.2 million tonnes of freight in the first ten months, up 8 percent year on year.',
      'Torugart Port saw its freight rise 4.1 percent to 610,000 tonnes. Exports of vehicles through Irkeshtam and Torugart, mostly trucks sold to Central Asia, reached 9,120, up 12 percent.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-10').filter((r) => r[2] === 9120)).toEqual([['2026-01', '2026-10', 9120, 'vehicles', 12, 'Irkeshtam and Torugart ports', 'export']]);
  });

  it("keeps goods routed through two ports the province's in a province's release", () => {
    const text = [
      'Guangxi trade grows',
      'NANNING -- Guangxi\'s foreign trade reached 90.2 billion yuan in the first quarter, up 9.1 percent year on year.',
      'Fruit imports through Pingxiang and Dongxing came to 410,000 tonnes.',
    ].join('\n\n');
    expect(tuples(text, '2026-04-20').filter((r) => r[2] === 410000)).toEqual([['2026-01', '2026-03', 410000, 'tonnes', null, 'Guangxi', 'import']]);
  });
});

describe('the next place of a list of counts', () => {
  it('counts the bare number of a place with an aside locating it across the border', () => {
    const text = [
      'Container trains',
      'ASTANA – Container trains made 8,200 trips in the first half of 2026. Altynkol, opposite China\'s Horgos, handled 4,610 of those trips, while Dostyk, across the border from Alashankou, handled 3,590.',
    ].join('\n\n');
    expect(tuples(text, '2026-07-15').filter((r) => r[2] === 3590)).toEqual([['2026-01', '2026-06', 3590, 'trains', null, 'Dostyk Port', 'total']]);
  });
});

describe('money paid into the national budget', () => {
  it("is the country's after a paragraph on two checkpoints", () => {
    const text = [
      'Checkpoints on the border',
      '24.kg news agency, Bishkek – In January-September 2026, 2.1 million tonnes of goods were moved through the Irkeshtam and Torugart checkpoints, the State Customs Service said.',
      'The customs service transferred 88.4 billion soms to the national budget in January-September.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-09', { revenue: true }).filter((r) => r[3] === 'KGS').map((r) => r[5])).toEqual(['Kyrgyzstan']);
  });
});

describe('counts of trains, and what they carried', () => {
  it('reads "nearly doubling the N of the previous year" as a base row of that year', () => {
    const text = [
      'Hefei trains grow',
      'HEFEI - The Hefei-Europe freight train service made 212 trips in 2016, nearly doubling the 109 of the previous year, the operator said.',
    ].join('\n\n');
    expect(tuples(text, '2017-01-10')).toEqual([
      ['2016-01', '2016-12', 212, 'trains', null, 'Hefei', 'total'],
      ['2015-01', '2015-12', 109, 'trains', null, 'Hefei', 'total'],
    ]);
  });

  it('gives the worth carried by outbound and inbound trains to both ways', () => {
    const text = [
      'Hefei trains grow',
      'HEFEI - The Hefei-Europe freight train service made 212 trips in 2016. Outbound trains numbered 130 and inbound trains 82, carrying goods worth $610 million.',
    ].join('\n\n');
    expect(tuples(text, '2017-01-10').filter((r) => r[3] === 'USD')).toEqual([['2016-01', '2016-12', 610000000, 'USD', null, 'Hefei', 'total']]);
  });

  it('reads ", and northbound trains bringing imports inland for N" as a gapped "accounted for", inbound', () => {
    const text = [
      'Corridor trains',
      'China Daily -- Rail-sea trains on the corridor made 7,020 trips in the first half. Southbound trains carrying exports accounted for 3,900 trips, and northbound trains bringing imports inland for 3,120.',
    ].join('\n\n');
    expect(tuples(text, '2026-07-12').filter((r) => r[2] === 3120).map((r) => [r[2], r[3], r[6]])).toEqual([[3120, 'trains', 'import']]);
  });

  it('keeps cargo the trains carried through a port named after it the trains\' own', () => {
    const text = [
      'Corridor trains',
      'Chongqing Daily -- Rail-sea trains on the New Western Land-Sea Corridor made 7,020 trips in the first half, up 9 percent year on year, carrying 351,000 TEUs of goods through Qinzhou Port.',
    ].join('\n\n');
    expect(tuples(text, '2026-07-12').map((r) => [r[2], r[5]])).toEqual([
      [7020, 'New International Land-Sea Trade Corridor'],
      [351000, 'New International Land-Sea Trade Corridor'],
    ]);
  });
});

describe('a flow subject set off from its verb by an aside', () => {
  it('keeps the share of imports named before an aside of what they mostly were', () => {
    const text = [
      'Suifenhe port trade',
      'HARBIN - Foreign trade through Suifenhe Port reached 21.4 billion yuan in the first nine months, up 12.1 percent year on year, local customs said.',
      'Imports, mostly timber, crude oil and fertilizer from Russia, accounted for 81.2 percent of the port\'s trade.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-20').filter((r) => r[3] === 'percent-share')).toEqual([['2026-01', '2026-09', 81.2, 'percent-share', null, 'Suifenhe Port', 'import']]);
  });
});

describe('the trains of the sentence before, and the port that is a city', () => {
  const text = [
    'Kashgar land port sends more trains',
    '(ECNS) -- The Kashgar international land port in northwest China\'s Xinjiang Uygur Autonomous Region dispatched 214 China-Central Asia freight trains in the first half of 2026, up 18.5 percent year on year.',
    'The trains carried 402,000 tons of goods, up 11.2 percent.',
    'Meanwhile, 96 China-Europe freight trains departed from the port.',
  ].join('\n\n');

  it('gives the cargo "the trains carried" the way the trains before went', () => {
    expect(tuples(text, '2026-07-10').filter((r) => r[3] === 'tonnes')).toEqual([['2026-01', '2026-06', 402000, 'tonnes', 11.2, 'Kashgar', 'export']]);
  });

  it('points "the port" back at the city whose land port the body named, over the headline\'s port', () => {
    expect(tuples(text, '2026-07-10').filter((r) => r[2] === 96)).toEqual([['2026-01', '2026-06', 96, 'trains', null, 'Kashgar', 'export']]);
  });
});

describe('a growth said to be of the quantity', () => {
  it('goes to the tonnage, and the growth named before the levels to their worth', () => {
    const text = [
      'Cotton yarn exports rise',
      'ISLAMABAD: Cotton yarn exports from the country rose 4.1 percent during July-December 2025-26 compared with the corresponding period of last year, the statistics bureau said.',
      'Pakistan exported 212,000 tonnes of cotton yarn worth $640 million during July-December 2025-26. In terms of quantity, exports grew 9.8 percent.',
    ].join('\n\n');
    expect(tuples(text, '2026-01-20').map((r) => [r[2], r[3], r[4]])).toEqual([
      [212000, 'tonnes', 9.8],
      [640000000, 'USD', 4.1],
    ]);
  });
});

describe('commodity desks', () => {
  it("reads shipments from a foreign country's project as imports from that country", () => {
    const text = [
      "China's bauxite imports rise",
      'Beijing (SMM) -- China imported 17.2 million tonnes of bauxite in September, according to the General Administration of Customs. Shipments from Guinea\'s Boke project reached about 1.4 million tonnes over the month.',
    ].join('\n\n');
    const rows = releaseRows(text, '2026-10-20').filter((r) => r.value === 1400000);
    expect(rows.map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'Guinea', 'import']]);
  });

  it("pairs the body's growth with its level when the headline states the same growth", () => {
    const text = [
      "China's copper concentrate arrivals rise 7.4% on year in September",
      'Shanghai (SMM) -- China brought in 2.61 million tonnes of copper concentrate in September, 2.2% less than in August and 7.4% higher than in September last year, customs data showed.',
      'The import bill for September came to $6.93 billion, up 3.0% year on year.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-20').filter((r) => r[3] !== 'USD')).toEqual([['2026-09', '2026-09', 2610000, 'tonnes', 7.4, 'China', 'import']]);
  });

  it('does not take the flow of an apposition that calls the goods a small trade', () => {
    const text = [
      'Soybean imports',
      'BEIJING (Xinhua) -- China imported 88.1 million tonnes of soybeans in the first nine months of 2026. Soybean oil exports, a small trade, stood at 21,000 tonnes.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-20').filter((r) => r[2] === 21000)).toEqual([['2026-01', '2026-09', 21000, 'tonnes', null, 'China', 'export']]);
  });
});

describe('a seasonal crossing', () => {
  it('dates figures by the months between its opening and closing days', () => {
    const text = [
      'Kashgar ports busier',
      'Tianshan Net (Dec. 5) -- Irkeshtam Port handled 1.2 million tonnes of freight in the first 11 months, up 8 percent year on year. Khunjerab Port, which reopened on April 3 and closed for the winter on Nov 28, handled 64,800 tonnes of goods over the season.',
    ].join('\n\n');
    expect(tuples(text, '2026-12-05').filter((r) => r[2] === 64800)).toEqual([['2026-04', '2026-11', 64800, 'tonnes', null, 'Khunjerab Port', 'total']]);
  });
});

describe('a running total of the things counted before', () => {
  it('reads "the port has seen N of them" after "Since the first such train ..." as the total since then', () => {
    const text = [
      'Erenhot trains',
      'HOHHOT, Dec. 20 (Xinhua) -- Erenhot handled 18.2 million tonnes of cargo so far this year. Erenhot also saw 1,104 China-Europe freight trains this year. Since the first such train crossed at Erenhot in May 2016, the port has seen 4,380 of them.',
    ].join('\n\n');
    expect(tuples(text, '2026-12-20').filter((r) => r[2] === 4380)).toEqual([['2016-05', '2026-12', 4380, 'trains', null, 'Erenhot Port', 'total']]);
  });
});

describe('a part of a train count said to head one way', () => {
  it('reads "N of them heading south to <towns>" as the outbound part, at the port that counted them', () => {
    const text = [
      'Mohan trains',
      'KUNMING -- At the Mohan railway port, 2,410 China-Laos freight trains were received and dispatched in the first ten months, 1,320 of them heading south to Boten and Vientiane.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-12').filter((r) => r[2] === 1320)).toEqual([['2026-01', '2026-10', 1320, 'trains', null, 'Mohan Port', 'export']]);
  });
});

describe('a bare count compared with, after a long aside', () => {
  it('counts the base after a source named between the count and "compared with"', () => {
    const text = [
      'Duisburg trains',
      'RailFreight -- Across Germany, 1,912 trains ran between China and German terminals between January and October, according to the infrastructure manager DB InfraGO, compared with 1,744 in the same months last year.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-20').map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2026-01', '2026-10', 1912, 'trains'],
      ['2025-01', '2025-10', 1744, 'trains'],
    ]);
  });
});

describe('a city given as a part of its province', () => {
  it('does not carry the city into the next sentence of the paragraph', () => {
    const text = [
      'Jiangsu foreign trade grows',
      'NANJING -- Jiangsu province\'s foreign trade reached 4.21 trillion yuan in the first three quarters, up 6.2 percent year on year, Nanjing Customs said.',
      'Suzhou, the province\'s largest foreign trade city, contributed 1.98 trillion yuan, or 47 percent of the provincial total. Trade with ASEAN grew 9.1 percent to 612 billion yuan.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-20').filter((r) => r[2] === 612000000000).map((r) => r[5])).toEqual(['Jiangsu']);
  });
});
