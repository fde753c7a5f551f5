/**
 * Rules of issue 9, part au: blind batch 41 (land ports, border crossings, freight trains, corridors and zones,
 * sixth round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const spans = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.period_start, r.period_end]);
const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area]);
const flows = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.flow]);

describe('spans between two days of different months', () => {
  it('reads a span whose days are written before their months', () => {
    const text = 'Trade through the Tamu border gate reached US$312 million between 1 April and 20 October, the ministry said.';
    expect(spans(text, '2026-10-28')).toEqual([[312000000, '2026-04', '2026-10']]);
  });

  it('reads a span from a day with an aside on it to another day', () => {
    const text = 'Exports through the Kulma port came to 640 million yuan from May 1, when the pass opened for the summer, to Oct. 20, the customs said.';
    expect(spans(text, '2026-10-30')).toEqual([[640000000, '2026-05', '2026-10']]);
  });
});

describe('a growth trailing a quantity named with its goods', () => {
  it('stays with the quantity when the next clause leads into a value', () => {
    const text = 'In the first ten months of 2026 the port handled 2.4 million tonnes of timber, up 7.5 percent, and the goods were worth 5 billion yuan, up 3.1 percent.';
    const rows = releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct]);
    expect(rows).toEqual([[2400000, 7.5], [5000000000, 3.1]]);
  });
});

describe('ports and regions named by their kind in lower case', () => {
  it("reads a town's land port written in lower case as the town's port", () => {
    const text = 'Trade through the Ji\'an land port in Jilin Province reached 1.2 billion yuan in the first ten months of 2026.';
    expect(areas(text, '2026-11-16')).toEqual([[1200000000, "Ji'an Port"]]);
  });

  it('reads a province named after its border town as the province', () => {
    const text = 'Trade through border gates in the northern province of Lao Cai reached 1.9 billion USD in the first ten months of 2026.';
    expect(areas(text, '2026-11-16')).toEqual([[1900000000, 'Lao Cai']]);
  });

  it('passes over the place of a dateline', () => {
    const text = 'Mong Cai (VNA) – Trade through border gates in the province of Quang Ninh reached 2.2 billion USD in the first ten months of 2026.';
    expect(areas(text, '2026-11-16')).toEqual([[2200000000, 'Quang Ninh']]);
  });

  it('names North Korea by its full name', () => {
    const text = "Exports to the Democratic People's Republic of Korea rose to 3.1 billion yuan in the first ten months of 2026.";
    expect(releaseRows(text, '2026-11-16').map((r) => r.partner)).toEqual(['North Korea']);
  });
});

describe('flows of goods a crossing handled', () => {
  it('reads an amount worth of goods with no flow word as two-way trade', () => {
    const text = 'Exports came to 900 million USD and imports to 700 million USD in the first ten months of 2026, a deficit for once.\n\nThe Bac Luan gate handled 820 million USD worth of goods.';
    expect(flows(text, '2026-11-16').at(-1)).toEqual([820000000, 'total']);
  });
});

describe('rail terminals and the trains they see', () => {
  it('reads a rail terminal as the town it serves', () => {
    const text = 'The Vainikkala rail-road terminal handled 6,400 TEU on the China route in the first ten months of 2026.';
    expect(areas(text, '2026-11-20')).toEqual([[6400, 'Vainikkala']]);
    const polish = 'The Łódź Olechów terminal handled 96,000 TEU in the first ten months of 2026.';
    expect(areas(polish, '2026-11-20')).toEqual([[96000, 'Lodz']]);
  });

  it('reads trains that arrive from a place as inbound and trains sent off to one as outbound', () => {
    const inbound = 'The terminal received 140 trains from China in the first ten months of 2026.';
    expect(flows(inbound, '2026-11-20')).toEqual([[140, 'import']]);
    const outbound = 'In the same months, 57 trains were dispatched from the terminal to Chinese cities.';
    expect(flows(`In the first ten months of 2026 the terminal handled 9,100 TEU. ${outbound}`, '2026-11-20').at(-1)).toEqual([57, 'export']);
    const both = 'The railway port dispatched and received 2,210 freight trains from January to October 2026.';
    expect(flows(both, '2026-11-20')).toEqual([[2210, 'total']]);
  });
});

describe('headline thresholds and rounded growths', () => {
  it('reads "passes" before a number as a threshold', () => {
    const text = 'Exports through the port passed 2 million tonnes in the first ten months of 2026.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.qualifier)).toEqual(['more_than']);
  });

  it("keeps a headline threshold that names the body's place otherwise as the body's figure", () => {
    const text = 'Tamu border trade tops US$1.2 bn\n\nTrade through the Tamu border gate reached US$1.24 billion in the first ten months of 2026, the ministry said.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([1240000000]);
  });

  it("keeps a rounded headline growth with no flow word as the body's growth", () => {
    const text = 'Freight trains on the corridor up 9 pct\n\nFreight trains on the corridor made 4,210 trips in the first ten months of 2026, up 9.4 percent year on year.';
    expect(releaseRows(text, '2026-11-20').map((r) => [r.value, r.yoy_pct])).toEqual([[4210, 9.4]]);
  });
});

describe('towns named as crossings and regions of a federation', () => {
  it('reads a town after "the railway checkpoint at" as a port', () => {
    const text = 'The railway checkpoint at Sukhbaatar recorded 8.1 million tonnes in the first nine months of 2026.';
    expect(areas(text, '2026-10-20')).toEqual([[8100000, 'Sukhbaatar Port']]);
  });

  it('reads a town with "the crossing" in apposition as a port', () => {
    const text = 'Through Razdolnaya, the crossing with Mongolia, 212,000 tonnes of cargo were carried in the first nine months of 2026.';
    expect(areas(text, '2026-10-20')).toEqual([[212000, 'Razdolnaya Port']]);
  });

  it('reads "the Republic of X" as a region', () => {
    const text = 'Foreign trade of the Republic of Tuva with Mongolia stood at $41.3 million in the first nine months of 2026.';
    expect(areas(text, '2026-10-20')).toEqual([[41300000, 'Tuva']]);
  });

  it('passes over the places of goods in transit between two countries', () => {
    const text = 'The railway checkpoint at Naushki recorded 9.1 million tonnes in the first nine months of 2026. Of that, transit between Russia and China accounted for 5.8 million tonnes.';
    expect(areas(text, '2026-10-20')).toEqual([[9100000, 'Naushki Port'], [5800000, 'Naushki Port']]);
  });
});

describe('totals since a facility opened', () => {
  it('runs a total since a gateway or terminal began operations from that month', () => {
    const text = 'Since the terminal began operations in May 2019, it has handled more than 1.2 million TEU in total.';
    expect(spans(text, '2026-11-18')).toEqual([[1200000, '2019-05', '2026-11']]);
  });
});

describe('a town said to face a known port', () => {
  it('reads the town as the crossing on the other side', () => {
    const text = 'Kraskino (opposite Hunchun) handled 410,000 tonnes of exports in the first ten months of 2026.';
    expect(areas(text, '2026-11-09')).toEqual([[410000, 'Kraskino Port']]);
    const bridge = 'Leninskoye, at the bridge to Tongjiang, handled 330,000 tonnes of exports in the first ten months of 2026.';
    expect(areas(bridge, '2026-11-09')).toEqual([[330000, 'Leninskoye Port']]);
  });
});
