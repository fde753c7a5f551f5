/**
 * Rules of issue 9, part ag: the language of seaports, land ports, corridors and air-cargo hubs found by
 * blind batch 33 (fixtures b33-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('counts compared with a bare number', () => {
  it('reads the bare number a count is compared with as a count of the same things, of its own period', () => {
    const text = 'Last month, 233 block trains left the Dongfang rail hub, compared with 198 in October 2025.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-10', '2026-10', 233, 'trains', null], ['2025-10', '2025-10', 198, 'trains', null]]);
    const span = 'Freight trains on the route numbered 512 in the first ten months, against 431 in January-October 2025.';
    expect(tuples(span, '2026-11-20')).toEqual([['2026-01', '2026-10', 512, 'trains', null], ['2025-01', '2025-10', 431, 'trains', null]]);
  });

  it('leaves a bare number that is no comparison base alone', () => {
    const text = 'In October, 233 block trains left the Dongfang rail hub, and 14 new routes opened.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-10', '2026-10', 233, 'trains', null]]);
  });
});

describe('flows of port cargo and counted goods', () => {
  const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.flow]);

  it('keeps a flow word of a part named after the whole for the part', () => {
    const text = 'In the first ten months, rail-sea containers at Lianyungang Port reached 640,000 TEUs, up 9.2 percent; of them, 410,000 TEUs were import boxes sent on to inland cities.';
    expect(flows(text, '2026-11-20')).toEqual([[640000, 'total'], [410000, 'import']]);
  });

  it('reads the flow word inside what a count counts ("imported vehicles")', () => {
    const text = 'Vehicle exports through the ro-ro terminal reached 52,300 units in January-October. Another 8,100 imported vehicles were driven off ships there, 3.5 percent fewer than a year earlier.';
    expect(flows(text, '2026-11-20')).toEqual([[52300, 'export'], [8100, 'import']]);
  });

  it('reads container or freight traffic with no flow word as moving both ways', () => {
    const text = 'In October, 1.2 million tonnes were exported through the crossing.\n\nContainer traffic over the crossing rose by 11% to 96,000 TEU in January-October.';
    expect(flows(text, '2026-11-20')).toEqual([[1200000, 'export'], [96000, 'total']]);
  });
});

describe('ports, crossings and corridors named from either side of a border', () => {
  const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);

  it('knows the Russian, Vietnamese and Lao crossings facing Chinese ports', () => {
    expect(areas('Cargo through the Pogranichny checkpoint grew 8.1% to 940,000 tonnes in January-October.', '2026-11-20')).toEqual(['Pogranichny Port']);
    expect(areas('The Mong Cai border gate handled trade of US$3.2 billion in the first ten months.', '2026-11-20')).toEqual(['Mong Cai Port']);
  });

  it('takes the first town of a spaced border pair as the port whose traffic it is', () => {
    const text = 'Traffic through the Grodekovo - Suifenhe rail crossing reached 7.9 million tonnes in January-October, up 2.2%.';
    expect(areas(text, '2026-11-20')).toEqual(['Grodekovo Port']);
    const russian = 'Freight through the Zabaikalsk - Manzhouli border crossing rose 6% to 17.2 mln tonnes in January-October.';
    expect(areas(russian, '2026-11-20')).toEqual(['Zabaikalsk Port']);
  });

  it('reads a port across the border that a port faces or is linked with as scenery', () => {
    const text = 'Lao Cai\'s international road border gate, which faces Hekou in China\'s Yunnan province, handled trade of US$2.1 billion in January-October.';
    expect(areas(text, '2026-11-20')).toEqual(['Lao Cai Port']);
    const linked = "Mong Cai's Bac Luan bridge gate, linked with Dongxing in Guangxi, saw trade of $3.3 billion in January-October.";
    expect(areas(linked, '2026-11-20')).toEqual(['Mong Cai Port']);
  });

  it('does not read a port operator group as a port', () => {
    const text = 'Rizhao Port, in the city of Rizhao in Shandong province, handled 5.1 million TEUs of containers in January-October, Shandong Port Group said.\n\nCargo throughput at the port reached 420 million tonnes over the same period, up 2.5%.';
    expect(areas(text, '2026-11-20')).toEqual(['Rizhao Port', 'Rizhao Port']);
  });

  it('keeps an airport as the area past a superlative apposition and an unarticled city of a province', () => {
    const text = "Ezhou Huahu Airport, Asia's first dedicated cargo hub airport, in Ezhou city of central China's Hubei province, handled 980,000 tonnes of cargo in January-October.";
    expect(areas(text, '2026-11-20')).toEqual(['Ezhou Huahu Airport']);
  });

  it('names a railway joining China and a neighbour with China first, as written either way', () => {
    const text = 'The Laos-China Railway carried 10.2 million tonnes of freight in January-October, up 12 percent.';
    expect(areas(text, '2026-11-20')).toEqual(['China-Laos Railway']);
  });
});

describe('border provinces, ranks and parcels', () => {
  it('knows the Vietnamese border provinces, and reads "<province>\'s border trade" as the province\'s', () => {
    const text = "Lang Son's border trade reached US$4.1 billion in the first ten months, up 12.2% year-on-year.";
    expect(rowsOf(text, '2026-11-20').map((r) => [r.value, r.area])).toEqual([[4100000000, 'Lang Son']]);
  });

  it('reads the place after "the most of any port in" as scenery', () => {
    const text = "Dalian Port handled 9.8 million TEUs in January-October. In October alone, container throughput came to 1.1 million TEUs, 8.9% more than in October 2025, and the number of the port's container routes rose to 118, the most of any port in northern China.";
    expect(rowsOf(text, '2026-11-20').map((r) => [r.value, r.area])).toEqual([[9800000, 'Dalian Port'], [1100000, 'Dalian Port']]);
  });

  it('reads no row for parcels counted, but keeps what they were worth', () => {
    const text = 'The bonded zone cleared 52.4 million cross-border e-commerce parcels in January-October, worth 3.9 billion yuan.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-01', '2026-10', 3900000000, 'CNY', null]]);
  });
});
