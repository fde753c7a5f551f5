/**
 * Rules of issue 9, part ar: a fixing round on the open misses of batches 28, 32 and 33 (ports, trains,
 * China-side releases), mostly areas, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('the Lao side of the Mohan crossing', () => {
  it('reads Boten as a port of its own, not as Mohan', () => {
    const text = 'VIENTIANE, Nov 18 - The Boten checkpoint cleared 640 cross-border freight trains in October 2026, the railway company said.';
    expect(areas(text, '2026-11-18')).toEqual([[640, 'Boten Port']]);
  });
});

describe('Caspian seaports', () => {
  it('reads "the port of Aktau" in lower case as Aktau Port', () => {
    const text = 'The port of Aktau handled 3.1 million tons of cargo in January-September 2026, the port authority said.';
    expect(areas(text, '2026-10-12')).toEqual([[3100000, 'Aktau Port']]);
  });

  it('reads a seaport named with words of its kind before "Port" as the city\'s port', () => {
    const text = 'The Baku International Sea Trade Port handled 1.7 million tons of cargo in January-September 2026.';
    expect(areas(text, '2026-10-12')).toEqual([[1700000, 'Baku Port']]);
  });
});

describe('parts of a count by direction, the noun left out', () => {
  it('reads "accounted for N of them" and "and <direction> ones for M" as parts of the count before', () => {
    const text = 'The hub dispatched 2,410 container trains in January-October 2026, up 12 percent. Outbound services accounted for 1,530 of them, up 18 percent, and inbound services for 880.';
    const rows = releaseRows(text, '2026-11-15').map((r) => [r.value, r.unit, r.flow, r.yoy_pct]);
    expect(rows).toEqual([[2410, 'trains', 'total', 12], [1530, 'trains', 'export', 18], [880, 'trains', 'import', null]]);
  });
});

describe('river and sea ports named by their city', () => {
  it('reads cities that handled containers, alone or listed, as their ports', () => {
    const listed = 'Jiujiang and Yichang handled 0.84 million and 0.62 million TEUs of containers in January-June 2026, respectively.';
    expect(areas(listed, '2026-07-20')).toEqual([[840000, 'Jiujiang Port'], [620000, 'Yichang Port']]);
    const alone = 'Lianyungang handled 61.2 million tonnes of cargo in the first half of 2026.';
    expect(areas(alone, '2026-07-20')).toEqual([[61200000, 'Lianyungang Port']]);
  });

  it('keeps a city that handled trade worth an amount of money', () => {
    const text = 'Ningbo handled foreign trade worth 1.1 trillion yuan in January-June 2026.';
    expect(areas(text, '2026-07-20')).toEqual([[1100000000000, 'Ningbo']]);
  });
});

describe('an agency named after its country, quoted in a sentence', () => {
  it('makes that country the area of the sentence it is quoted in', () => {
    const text = "ASTANA, Nov 20 - Kazakhstan's trade with China reached $28.1 billion in January-October 2026, the Bureau of National Statistics said.\n\nIn the same period China held a 19.6% share of trade turnover with Uzbekistan, the Uzbek State Statistics Agency said.";
    expect(areas(text, '2026-11-20')).toEqual([[28100000000, 'Kazakhstan'], [19.6, 'Uzbekistan']]);
  });
});

describe('groups of cities and customs districts pointed back to', () => {
  it('reads "the Bay Area" as the Greater Bay Area only after the release named it in full', () => {
    const named = "The nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area traded goods worth 7.2 trillion yuan in January-October 2026.\n\nThe Bay Area cities' exports rose 4.1 percent to 4.6 trillion yuan.";
    expect(areas(named, '2026-11-20')).toEqual([[7200000000000, 'Greater Bay Area'], [4600000000000, 'Greater Bay Area']]);
    const unnamed = "Exports of the Bay Area rose 3.2 percent to $28.4 billion in 2025, the Commerce Department said.";
    expect(areas(unnamed, '2026-03-10').map(([, area]) => area)).not.toContain('Greater Bay Area');
  });

  it('gives the figure of "the N <province> cities in <group>" to the group', () => {
    const text = 'Trade of the Yangtze River Delta came to 12.9 trillion yuan in January-October 2026; that of the nine Guangdong cities in the Greater Bay Area was 7.1 trillion yuan.';
    expect(areas(text, '2026-11-20')).toEqual([[12900000000000, 'Yangtze River Delta'], [7100000000000, 'Greater Bay Area']]);
  });

  it('reads "in the jurisdiction" as the customs district named before, past a city', () => {
    const text = "Trade in the area under the jurisdiction of Ningbo Customs reached 1.2 trillion yuan in January-October 2026.\n\nNingbo's exports were 0.8 trillion yuan.\n\nBonded logistics trade in the jurisdiction came to 96 billion yuan.";
    expect(areas(text, '2026-11-20')).toEqual([[1200000000000, 'Ningbo Customs district'], [800000000000, 'Ningbo'], [96000000000, 'Ningbo Customs district']]);
  });
});

describe('a corridor\'s own trains in a port group\'s release', () => {
  it('gives trains "of the corridor" running to a station named after a port to the corridor', () => {
    const text = 'Guangxi Beibu Gulf Port handled 8.1 million TEUs of containers in January-October 2026.\n\nSea-rail trains of the New Western Land-Sea Corridor made 8,420 trips to and from the Qinzhou Port railway station in the period.';
    expect(areas(text, '2026-11-20')).toEqual([[8100000, 'Beibu Gulf Port'], [8420, 'New International Land-Sea Trade Corridor']]);
  });

  it('does not read a station named after a port as the port', () => {
    const text = 'Freight trains made 3,150 trips to the Fangchenggang Port railway station in January-October 2026.';
    expect(areas(text, '2026-11-20').map(([, area]) => area)).not.toContain('Fangchenggang Port');
  });
});
