/**
 * Rules of issue 9, part dc: the fixing round (fixleft, 2026-12-03 night) on what the blind batches 79, 76, 78 and older
 * left, each found there and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

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
    expect(tuples(text, '2026-10-09').filter((r) => r[3] === 'KGS').map((r) => r[5])).toEqual(['Kyrgyzstan']);
  });
});
