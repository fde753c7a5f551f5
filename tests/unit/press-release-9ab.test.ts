/**
 * Rules of issue 9, blind batch 28: land ports, freight trains, corridors, river ports, airports and zones,
 * third round (fixtures b28-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const places = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area, r.flow]);

describe('lists of figures that write their unit or percent sign once', () => {
  it('reads "up 4.4 and 7.9 percent" as two growth rates', () => {
    expect(tuples('Dongning handled 1.12 million tonnes of freight in the first half of 2026, while Suifenhe handled 2.06 million tonnes, up 4.4 and 7.9 percent respectively.', '2026-07-20')).toEqual([
      ['2026-01', '2026-06', 1120000, 'tonnes', 4.4],
      ['2026-01', '2026-06', 2060000, 'tonnes', 7.9],
    ]);
  });

  it('gives scaled quantities listed before the one that names the unit that unit', () => {
    expect(places('Taicang, Lianyungang and Nantong handled 3.2 million, 1.4 million and 0.9 million TEUs in the first half of 2026, respectively.', '2026-07-20')).toEqual([
      // Cities that handled TEUs are their ports (issue 9ar).
      [3200000, 'Taicang Port', 'total'],
      [1400000, 'Lianyungang Port', 'total'],
      [900000, 'Nantong Port', 'total'],
    ]);
  });

  it('reads a glued "m" before tonnes or TEUs as million', () => {
    expect(tuples('Port cargo passes 45m tonnes in 2025, up 3 percent.', '2026-01-20')).toEqual([['2025-01', '2025-12', 45000000, 'tonnes', 3]]);
    expect(rowsOf('The new berth is 350m long and handled 12,000 TEUs in 2025.', '2026-01-20').map((r) => r.value)).toEqual([12000]);
  });

  it('counts "Alashankou X trains and Horgos Y" as trains of each port, paired with growths in order', () => {
    expect(rowsOf('Freight trains grew in the first ten months. Alashankou cleared 2,104 trains and Horgos 3,980, up 5.5 percent and 2.1 percent year on year respectively.', '2026-11-10').map((r) => [r.value, r.unit, r.area, r.yoy_pct])).toEqual([
      [2104, 'trains', 'Alashankou Port', 5.5],
      [3980, 'trains', 'Horgos Port', 2.1],
    ]);
  });
});

describe('places of ports, bridges, airports and zones', () => {
  it('reads named cargo airports as areas, and "Asia\'s biggest airport" as no place', () => {
    expect(places('Ezhou Huahu Airport, Asia\'s biggest airport for cargo, handled 96,000 tonnes of international cargo in October 2026.')).toEqual([[96000, 'Ezhou Huahu Airport', 'total']]);
    expect(places('Zhengzhou Xinzheng International Airport handled 41,000 tonnes of international cargo in October 2026.')).toEqual([[41000, 'Zhengzhou Xinzheng International Airport', 'total']]);
  });

  it('reads "freight crossing the bridge" as no port, and a bridge of a cross-border pair as the port on our side', () => {
    expect(places('Freight crossing the Tongjiang-Nizhneleninskoye railway bridge reached 2.2 million tons in the first 10 months of 2026.')).toEqual([[2200000, 'Tongjiang Port', 'total']]);
    expect(places('Freight crossing the river reached 1.3 million tons in the first 10 months of 2026.').map((r) => r[1])).not.toContain('Freight Port');
  });

  it('reads a bonded port area named in three words', () => {
    expect(places('The Tianjin Dongjiang Haigang Bonded Port Area recorded trade of 21.4 billion yuan in October 2026.').map((r) => r[1])).toEqual(['Tianjin Dongjiang Haigang Bonded Port Area']);
  });

  it('reads "the Youyiguan (Friendship Pass) port in Pingxiang" as Youyiguan Port', () => {
    expect(places('Exports through the Youyiguan (Friendship Pass) port in Pingxiang rose to 12.4 billion yuan in October 2026.').map((r) => r[1])).toEqual(['Youyiguan Port']);
  });

  it('keeps the port for goods of the home country it handled', () => {
    const text = 'Imports through Hekou port rose in October 2026. The port also exported 41,000 tonnes of Chinese vegetables to Vietnam in the month.';
    expect(rowsOf(text).map((r) => [r.value, r.area])).toEqual([[41000, 'Hekou Port']]);
  });

  it('counts a China-Europe service where it runs from, in a release that names China first', () => {
    const text = "Inland hubs add China-Europe train services as demand for Chinese goods holds up\n\nChina's inland hubs kept adding China-Europe freight train services in the first 10 months of 2026, local authorities said.\n\nThe China-Europe freight train from Hefei in East China's Anhui Province made 1,204 trips from January to October, up 8.1 percent year-on-year.";
    expect(places(text).map((r) => r[1])).toEqual(['Hefei']);
  });

  it('counts the trips of a Railway Express as trains', () => {
    expect(tuples("The Chang'an China-Europe Railway Express ran 4,012 trips in the first 10 months of 2026.")).toEqual([['2026-01', '2026-10', 4012, 'trains', null]]);
  });

  it('keeps the corridor of the lead paragraph when the headline names no place', () => {
    const text = 'Sea-rail trains carry over 1 million TEUs\n\nNANNING, Dec. 2 (Xinhua) -- The sea-rail trains of the New International Land-Sea Trade Corridor made 10,400 trips in the first 11 months of 2026.\n\nThe trains moved 1.03 million TEUs of goods in the period.';
    expect(rowsOf(text, '2026-12-02').map((r) => [r.value, r.area])).toContainEqual([1030000, 'New International Land-Sea Trade Corridor']);
  });
});

describe('crossings, vehicles as goods and directions of trains', () => {
  it('reads bare "crossings" of trucks as trips, whose growth joins no later figure', () => {
    const text = 'Trucks made 88,000 crossings over the bridge in the first 10 months of 2026, up 12 percent. Trade through the bridge came to 9.1 billion yuan.';
    expect(tuples(text)).toEqual([['2026-01', '2026-10', 9100000000, 'CNY', null]]);
  });

  it('reads trucks a port cleared as crossings, not as goods', () => {
    expect(rowsOf('Imports of fruit rose in May 2026. On May 20, Mohan port cleared 1,880 trucks, a daily record.', '2026-06-10').filter((r) => r.unit === 'vehicles')).toEqual([]);
  });

  it('counts motorcycles and tricycles, and units of motorcycles, as vehicles', () => {
    expect(tuples('Exports of motorcycles through Ruili reached 92,000 units in October 2026, and the port also exported 4,100 electric tricycles.').map((t) => t[3])).toEqual(['vehicles', 'vehicles']);
  });

  it('reads trains "bound for" abroad as outbound, also as a part of a count', () => {
    const text = 'Urumqi assembled 1,210 freight trains in the first 10 months of 2026. Of these trains, 990 were bound for Central Asian countries.';
    expect(rowsOf(text).map((r) => [r.value, r.flow])).toEqual([[1210, 'total'], [990, 'export']]);
  });
});

describe('periods of running totals, events, marks and halves', () => {
  it('reads an abbreviated launch day as the launch month', () => {
    expect(tuples('Freight on the railway has exceeded 45 million tonnes since the line opened on Dec 3, 2021.', '2026-10-09')).toEqual([['2021-12', '2026-10', 45000000, 'tonnes', null]]);
  });

  it('reads what "had been carried" as of a day as a running total', () => {
    expect(tuples('As of Sept 30, goods worth 61.2 billion yuan had been carried across the border on the railway.', '2026-10-09')).toEqual([['', '2026-09', 61200000000, 'CNY', null]]);
  });

  it('does not date a figure by the year a port resumed services', () => {
    expect(tuples('Trade through Gyirong rose 12 percent in 2025. Zhangmu port, which resumed freight services in 2023, handled 88,000 tons of goods.', '2026-01-14')).toContainEqual(['2025-01', '2025-12', 88000, 'tonnes', null]);
  });

  it('does not date later figures by the month of an ordinal voyage', () => {
    const text = 'Container traffic grew in the first half of 2026. The route completed its 500th voyage in April, and Yangluo port handled 41,000 TEUs of foreign trade containers.';
    expect(tuples(text, '2026-07-20')).toEqual([['2026-01', '2026-06', 41000, 'TEU', null]]);
  });

  it('points "in the half year" back to the six months stated before', () => {
    const text = 'Trade through the port rose in the first half of 2026.\n\nThe rail-river service shipped 1,900 TEUs to Laos in the half year.';
    expect(tuples(text, '2027-01-20')).toEqual([['2026-01', '2026-06', 1900, 'TEU', null]]);
  });

  it('reads the round mark a figure passed as no figure', () => {
    expect(tuples('The trains moved 1.05 million TEUs in the first 11 months of 2026, passing the 1 million TEU mark for the first time.', '2026-12-02')).toEqual([['2026-01', '2026-11', 1050000, 'TEU', null]]);
  });
});
