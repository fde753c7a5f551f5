/**
 * Rules of issue 9, part cm (helper fixports): area and flow at land ports, crossings, trains and zones that batches
 * b65 and b62 (and older port leftovers of b53, b59, b61) still missed, each phenomenon in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (rows: Row[]) => rows.map((r) => [r.value, r.unit, r.area, r.flow]);

describe('Hanoi: a city of the lexicon that national Vietnamese releases keep national', () => {
  it('gives a station in a district of the capital to the city', () => {
    const rows = releaseRows('Da Nang (VNA) – Giap Bat station in Hanoi\'s Hoang Mai district dispatched 412 container trains to China in the first ten months of 2026, up 9.5% year on year.', '2026-11-12');
    expect(placed(rows)).toEqual([[412, 'trains', 'Hanoi', 'export']]);
  });

  it('keeps a statistics office\'s figures national when its release is datelined "Hanoi, <Month> <day>, <year> -"', () => {
    const rows = releaseRows('Hanoi, March 4, 2026 - According to the General Statistics Office, export turnover of goods in February reached US$31.2 billion, up 8.7% over the same period last year. The United States remained Vietnam\'s largest export market.', '2026-03-04');
    expect(placed(rows)).toEqual([[31200000000, 'USD', 'Vietnam', 'export']]);
  });

  it('reads "after Hanoi imposed ..." as the government acting, not as the area of the figure', () => {
    const rows = releaseRows('China\'s exports of galvanised sheet to Vietnam fell 21.4% year on year to 1.36 million tonnes in January-September 2026 after Hanoi imposed anti-dumping duties, customs data showed.', '2026-10-20');
    expect(placed(rows)).toEqual([[1360000, 'tonnes', 'China', 'export']]);
  });
});

describe('zones and bridges the lexicon lacks', () => {
  it('reports a special economic zone under its name, and "the zone" goes on with it', () => {
    const rows = releaseRows('Vientiane (KPL) – Firms in the Boten Beautiful Land Special Economic Zone exported goods worth US$ 214 million in the first nine months of this year, up 11.2 percent year-on-year. Imports into the zone came to 168 million USD.', '2026-10-16');
    expect(placed(rows)).toEqual([
      [214000000, 'USD', 'Boten Beautiful Land Special Economic Zone', 'export'],
      [168000000, 'USD', 'Boten Beautiful Land Special Economic Zone', 'import'],
    ]);
  });

  it('gives the goods across a named bridge to the crossing of the town it links first', () => {
    const rows = releaseRows('Houayxay (KPL) – Across the Fourth Friendship Bridge, which links Houayxay with Chiang Khong in Thailand, goods worth US$ 610 million crossed in both directions in the first nine months of 2026, up 6.3 percent.', '2026-10-16');
    expect(placed(rows)).toEqual([[610000000, 'USD', 'Houayxay Port', 'total']]);
  });
});

describe('where goods came from before a dry port, and a base set right after its level', () => {
  it('keeps imports at the port the release is on when an aside says they came down from another port', () => {
    const rows = releaseRows('PESHAWAR, Oct 30 (APP): The Azakhel dry port handled 2,640 containers (TEUs) in July-October of the current fiscal year 2026-27, officials of Pakistan Railways said. Imports, mainly Chinese tiles, tyres and yarn brought down from the Sost dry port, accounted for 2,115 TEUs. Customs duties collected at the dry port came to Rs 4.1 billion.', '2026-10-30', { revenue: true });
    expect(placed(rows)).toEqual([
      [2640, 'TEU', 'Azakhel Port', 'total'],
      [2115, 'TEU', 'Azakhel Port', 'import'],
      [4100000000, 'PKR', 'Azakhel Port', 'other'],
    ]);
  });

  it('gives a base with no flow word the flow of its level, not that of the sentence before', () => {
    const rows = releaseRows('Pakistan\'s exports through the Wagah border rose in July-October 2026. Customs duties and taxes collected at the border station amounted to Rs 2.31 billion, up 17 per cent from Rs 1.97 billion in July-October 2025.', '2026-11-12', { revenue: true });
    expect(rows.filter((r) => r.unit === 'PKR').map((r) => [r.period_start, r.value, r.flow])).toEqual([
      ['2026-07', 2310000000, 'other'],
      ['2025-07', 1970000000, 'other'],
    ]);
  });
});

describe('a port placed in a banner of its city, and goods from a foreign country\'s regions', () => {
  it('keeps a port in a banner or county the lexicon lacks, of a known city, as the port', () => {
    const rows = releaseRows('Erenhot (Xinhua) – Bayan Obo port in Dalan Hada County of Baotou handled 642,000 tonnes of cargo in the first nine months of 2026, up 12.6 percent year on year.', '2026-10-18');
    expect(placed(rows)).toEqual([[642000, 'tonnes', 'Bayan Obo Port', 'total']]);
  });

  it('reads goods opening a sentence "from <country>\'s ... provinces" as imports from that country, at the port before', () => {
    const rows = releaseRows('Ceke port in north China\'s Inner Mongolia handled 9.4 million tonnes of import and export cargo in the first ten months of 2026, up 6.1 percent year on year. Trade through the port was worth 8.2 billion yuan. Coal from Mongolia\'s Bayankhongor and Govi-Altai provinces made up 8.1 million tonnes of the total.', '2026-11-14');
    expect(rows.map((r) => [r.value, r.area, r.flow, r.partner])).toEqual([
      [9400000, 'Ceke Port', 'total', 'World'],
      [8200000000, 'Ceke Port', 'total', 'World'],
      [8100000, 'Ceke Port', 'import', 'Mongolia'],
    ]);
  });
});

describe('a running total since a first run named by several words', () => {
  it('runs from the month of the first run to the publication month', () => {
    const rows = releaseRows('KUNMING, Aug 6 (Xinhua) -- Since the first regular China-Laos cold-chain freight train pulled out of the Mohan railway port in March 2022, more than 3,400 trips have been made.', '2026-08-06');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.unit])).toEqual([['2022-03', '2026-08', 3400, 'trains']]);
  });
});

describe('a hub that dispatched a count and received another, its noun left out', () => {
  const text = 'Lodz (PAP) – The Olechow terminal dispatched 812 block trains in the first ten months of 2026 and received 640, up 11.3% and 7.9% year on year respectively, its operator said.';
  it('counts the bare number after the verb of the other way as the same things', () => {
    expect(releaseRows(text, '2026-11-09').map((r) => [r.value, r.unit])).toEqual([[812, 'trains'], [640, 'trains']]);
  });

  it('pairs the growths in order across the period of the first count', () => {
    expect(releaseRows(text, '2026-11-09').map((r) => [r.value, r.yoy_pct])).toEqual([[812, 11.3], [640, 7.9]]);
  });

  it('sends the dispatched trains out and brings the received ones in, each by the verb right before it', () => {
    expect(releaseRows(text, '2026-11-09').map((r) => [r.value, r.flow])).toEqual([[812, 'export'], [640, 'import']]);
  });

  it('reads trains a hub "sent" as trains it dispatched', () => {
    const rows = releaseRows('In October alone, the Olechow terminal sent 97 trains east, its operator said.', '2026-11-09');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[97, 'trains', 'export']]);
  });
});

describe('a province\'s capital as the subject of a count', () => {
  it('is the capital city, not money: its trains are a row', () => {
    const rows = releaseRows('Lanzhou trains pass 500\n\nLANZHOU -- Gansu\'s capital dispatched 526 international freight trains in the first ten months of 2026, up 13.8 percent year on year, the provincial department of commerce said.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow])).toEqual([[526, 'trains', 13.8, 'export']]);
  });
});

describe('Mongolia\'s aimags', () => {
  it('reads "<Name> aimag" as a region the lexicon lacks, not as the port named before', () => {
    const rows = releaseRows('Ulaanbaatar /MONTSAME/. The Altanbulag road port handled 402.6 thousand tonnes of freight in the first ten months of this year. Selenge aimag\'s foreign trade turnover reached USD 512.3 million.', '2026-11-12');
    expect(placed(rows)).toEqual([
      [402600, 'tonnes', 'Altanbulag Port', 'total'],
      [512300000, 'USD', 'Selenge', 'total'],
    ]);
  });
});

describe('a share "of it" or "of which" right after the whole', () => {
  it('reads "N percent of it with <partner>" as the whole\'s share with that partner', () => {
    const rows = releaseRows('Suifenhe\'s foreign trade reached 24.3 billion yuan in the first ten months of 2026, 88.6 percent of it with Russia.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit, r.area, r.partner])).toEqual([
      [24300000000, 'CNY', 'Suifenhe Port', 'World'],
      [88.6, 'percent-share', 'Suifenhe Port', 'Russia'],
    ]);
  });

  it('reads "N percent of which went through <crossing>" as a share of the whole', () => {
    const rows = releaseRows('Ulaanbaatar /MONTSAME/. Khovd aimag\'s foreign trade turnover reached USD 96.4 million in the first ten months of this year, 71 percent of which went through Bulgan.', '2026-11-12');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[96400000, 'USD'], [71, 'percent-share']]);
  });
});

describe('an autonomous prefecture the lexicon lacks', () => {
  it('is learned by its first word, which the release then uses alone', () => {
    const rows = releaseRows('Mohan port in Mengla county, Xishuangbanna Dai Autonomous Prefecture, handled 2.9 million tonnes of cargo in the first ten months of 2026. Xishuangbanna\'s foreign trade reached 14.7 billion yuan in the period.', '2026-11-20');
    expect(placed(rows)).toEqual([
      [2900000, 'tonnes', 'Mohan Port', 'total'],
      [14700000000, 'CNY', 'Xishuangbanna', 'total'],
    ]);
  });
});

describe('goods said to be in transit after their amount', () => {
  it('crossed both ways, whatever flow the clause before named', () => {
    const rows = releaseRows('The Dostyk checkpoint handled 6.2 million tonnes of goods in January-October 2026. Exports accounted for 2.8 million tonnes and imports for 1.5 million tonnes, while the remaining 1.9 million tonnes were transit goods.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[6200000, 'total'], [2800000, 'export'], [1500000, 'import'], [1900000, 'total']]);
  });
});
