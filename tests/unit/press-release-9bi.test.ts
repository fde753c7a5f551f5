/**
 * Rules of issue 9, part bi: found by blind batch 48 (China-side national, provincial, city and customs-district
 * releases, sixth round; fixtures b48-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const tuple = (r: { value: number | null; unit: string; yoy_pct: number | null }) => [r.value, r.unit, r.yoy_pct];

describe('a share joined to a change by "and"', () => {
  it('is a share of the whole it names, not a second change', () => {
    const rows = releaseRows('In January-September 2026, processing trade reached 2.2 trillion yuan, up 3.3% and 18.6% of the total.', '2026-10-14');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.measure])).toEqual([
      [2200000000000, 'CNY', 3.3, 'value'],
      [18.6, 'percent-share', null, 'share'],
    ]);
  });
});

describe('a change of the value that prices caused', () => {
  it('is the value\'s change, not a price change', () => {
    const rows = releaseRows('In January-June 2026, the region imported 9.4 million tonnes of iron ore, though lower prices cut the value by 8.2 percent to 6.1 billion yuan.', '2026-07-20');
    expect(rows.map(tuple)).toEqual([
      [9400000, 'tonnes', null],
      [6100000000, 'CNY', -8.2],
    ]);
  });

  it('with "cut" as a word of fall when no price is named', () => {
    const rows = releaseRows('In January-June 2026, weaker demand cut the value of the region\'s coal imports by 4.5 percent to 3.2 billion yuan.', '2026-07-20');
    expect(rows.map(tuple)).toEqual([[3200000000, 'CNY', -4.5]]);
  });

  it('while a price\'s own change stays no figure', () => {
    const rows = releaseRows('In June 2026, coal prices fell 6.1 percent, and imports reached 4.2 million tonnes.', '2026-07-20');
    expect(rows.map(tuple)).toEqual([[4200000, 'tonnes', null]]);
  });
});

describe('growth rates listed after two levels, closing the sentence', () => {
  it('pair in order with the levels as if "respectively" followed', () => {
    const rows = releaseRows('In January-June 2026, Qingdao Port handled 350 million tonnes of cargo and 15.2 million TEUs, up 2.4% and 7.9%.', '2026-07-20');
    expect(rows.map(tuple)).toEqual([
      [350000000, 'tonnes', 2.4],
      [15200000, 'TEU', 7.9],
    ]);
  });
});

describe('a multiple of the number a year earlier', () => {
  it('is up (N - 1) x 100 percent', () => {
    const rows = releaseRows('In the first quarter of 2026, exports of used cars reached 6,200 vehicles, 1.8 times the number of the same period last year.', '2026-04-20');
    expect(rows.map(tuple)).toEqual([[6200, 'vehicles', 80]]);
  });
});

describe('a part of the things counted, traded by a verb of its own', () => {
  it('counts them ("shipped 41,000 of the vehicles")', () => {
    const text = 'In the first half of 2026, 96,000 vehicles were exported through the ports of Tianjin. Beijiang Port alone shipped 41,000 of the vehicles, up 22.6%.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.commodity])).toEqual([
      [96000, 'vehicles', null, 'Tianjin', 'vehicles'],
      [41000, 'vehicles', 22.6, 'Beijiang Port', 'vehicles'],
    ]);
  });

  it('while a count of declarations named by a count noun and a flow word is workload, no vehicles', () => {
    const rows = releaseRows('In May 2026, the customs handled 2,730 vehicle export declarations, and exported 18,400 vehicles.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[18400, 'vehicles']]);
  });
});

describe('a headline threshold dated by a month another clause names', () => {
  it('is the body\'s figure of the year to that month', () => {
    const text = [
      'Exports climb in October as surplus passes $900 billion',
      '',
      'China\'s exports rose 4.4 percent in October to $310.2 billion, customs data showed. For the first 10 months, the trade surplus reached $918.5 billion.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-08').map((r) => [r.period_start, r.period_end, r.value, r.flow])).toEqual([
      ['2026-10', '2026-10', 310200000000, 'export'],
      ['2026-01', '2026-10', 918500000000, 'balance'],
    ]);
  });
});

describe('a rank among the provinces of a part of China', () => {
  it('makes China scenery however many words name the ranked places', () => {
    const text = 'Guiyang, Dec. 20 -- Guizhou\'s trade reached 75.2 billion yuan in January-November 2026. The province\'s growth ranked fourth among the 12 provincial-level regions in western China. Exports rose 14.6 percent.';
    expect(releaseRows(text, '2026-12-20').map((r) => [r.value, r.yoy_pct, r.area])).toEqual([
      [75200000000, null, 'Guizhou'],
      [null, 14.6, 'Guizhou'],
    ]);
  });
});

describe('the Pearl River Delta', () => {
  it('reports as a group of cities, and "the province" after it is still the province', () => {
    const text = [
      'Guangdong\'s foreign trade reached 4.1 trillion yuan in January-June 2026, up 4.2 percent.',
      '',
      'The nine Pearl River Delta cities traded 3.9 trillion yuan. Trade with Hong Kong, the province\'s top partner, rose 2.1 percent.',
    ].join('\n');
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.area])).toEqual([
      [4100000000000, 'Guangdong'],
      [3900000000000, 'Pearl River Delta'],
      [null, 'Guangdong'],
    ]);
  });
});

describe('the flow a change is compared with', () => {
  it('is not the subject\'s flow', () => {
    const rows = releaseRows('In 2025, Hainan\'s exports grew faster than imports, rising 12.4 percent to 98.2 billion yuan.', '2026-01-20');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([[98200000000, 12.4, 'export']]);
  });
});

describe('a month opening an answer in a transcript', () => {
  it('frames that paragraph only, after the speaker\'s label', () => {
    const text = [
      'In the first half of 2026, China\'s imports and exports were 21.2 trillion yuan, up 3.1%.',
      '',
      'A: In June, imports and exports were 3.8 trillion yuan, up 5.0%.',
      '',
      'A: Trade with ASEAN was 3.5 trillion yuan, up 7.2%.',
    ].join('\n');
    expect(releaseRows(text, '2026-07-14').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-01', '2026-06', 21200000000000],
      ['2026-06', '2026-06', 3800000000000],
      ['2026-01', '2026-06', 3500000000000],
    ]);
  });
});

describe('what goods a verb of buying names cost', () => {
  it('is their value ("imported X tonnes ..., at a cost of Y")', () => {
    const rows = releaseRows('In the first half of 2026, China imported 270 million tonnes of crude oil, 2.1% less than a year earlier, at a cost of 1.2 trillion yuan.', '2026-07-14');
    expect(rows.map(tuple)).toEqual([
      [270000000, 'tonnes', -2.1],
      [1200000000000, 'CNY', null],
    ]);
  });

  it('while what a thing built cost stays no trade figure', () => {
    const rows = releaseRows('In 2025, the city built a rail terminal at a cost of 2.1 billion yuan, and its exports reached 61.2 billion yuan.', '2026-01-20');
    expect(rows.map(tuple)).toEqual([[61200000000, 'CNY', null]]);
  });
});

describe('growths listed together before "respectively" after a growth of an earlier clause', () => {
  it('pair with the partners listed right before them', () => {
    const rows = releaseRows('Exports to Japan fell 3.2 percent in October 2026, while those to the EU and ASEAN rose 6.1 percent and 9.4 percent respectively.', '2026-11-08');
    expect(rows.map((r) => [r.yoy_pct, r.partner])).toEqual([
      [-3.2, 'Japan'],
      [6.1, 'European Union'],
      [9.4, 'ASEAN'],
    ]);
  });
});

describe('the money a quantity is worth after the quantity\'s own change', () => {
  it('is the value of the goods the quantity counts', () => {
    const rows = releaseRows('In the first half of 2026, the province exported 1.2 million tonnes of fertilizers, 6.4 percent more than a year before, worth 3.9 billion yuan.', '2026-07-20');
    expect(rows.map((r) => [r.value, r.commodity])).toEqual([
      [1200000, 'fertilizers'],
      [3900000000, 'fertilizers'],
    ]);
  });
});

describe('a flow compared with after "than"', () => {
  it('names no goods ("Exports grew faster than imports")', () => {
    const rows = releaseRows('In 2025, Hainan\'s exports grew faster than imports, rising 12.4 percent to 98.2 billion yuan.', '2026-01-20');
    expect(rows.map((r) => r.commodity)).toEqual(['all goods']);
  });
});
