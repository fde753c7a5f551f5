/**
 * Rules of issue 9, part ao: the language of commodity and market wire stories found by blind batch 38
 * (fixtures b38-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const placed = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area, r.partner, r.flow]);

describe('periods of the commodity desks', () => {
  it('does not let "the highest monthly volume this year" date the next sentence', () => {
    const text = 'China took in 41,300 tonnes of lactose in September, the largest monthly intake this year, customs figures show. Germany supplied 9,800 tonnes.';
    expect(tuples(text, '2026-10-22')).toEqual([
      ['2026-09', '2026-09', 41300, 'tonnes', null],
      ['2026-09', '2026-09', 9800, 'tonnes', null],
    ]);
  });
});

describe('shares of the commodity desks', () => {
  it('reads "down from a 46 percent share a year earlier" as the share of the year before', () => {
    const text = "China's pea imports reached 52,000 tonnes in August. Canada supplied 18,200 tonnes, or 35 percent of the total, down from a 41 percent share a year earlier.";
    expect(tuples(text, '2026-09-21').filter((t) => t[3] === 'percent-share')).toEqual([
      ['2026-08', '2026-08', 35, 'percent-share', null],
      ['2025-08', '2025-08', 41, 'percent-share', null],
    ]);
  });
});

describe('places of the commodity desks', () => {
  it('reads the country after "led by" in a list of suppliers as a partner, not the area', () => {
    const text = "China's imports of casein were 7,400 tonnes in August, customs data show. European suppliers sent 4,100 tonnes, led by Ireland with 1,900 tonnes.";
    expect(placed(text, '2026-09-21')).toEqual([
      [7400, 'China', 'World', 'import'],
      [4100, 'China', 'World', 'import'],
      [1900, 'China', 'Ireland', 'import'],
    ]);
  });

  it("reads a country's bare shipments after a supplier named with \"from\" as the reporter's imports from it", () => {
    const text = "China's imports of needle coke fell to 24,000t in August. Receipts from Japan dropped by 12pc to 9,100t, while South Korea's shipments eased to 6,300t.";
    expect(placed(text, '2026-09-21')).toEqual([
      [24000, 'China', 'World', 'import'],
      [9100, 'China', 'Japan', 'import'],
      [6300, 'China', 'South Korea', 'import'],
    ]);
  });
});

describe('goods counted one by one', () => {
  it('counts tyres and excavators as units', () => {
    const text = 'China shipped 4.2 million truck tyres abroad in August, up 3% from a year earlier. Makers also exported 9,150 excavators in the month.';
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-08', '2026-08', 4200000, 'units', 3],
      ['2026-08', '2026-08', 9150, 'units', null],
    ]);
  });

  it('keeps units of car parts as units, not vehicles', () => {
    const text = 'China exported 52.0 million tyres in August. Passenger car tyres made up 31.4 million units and truck and bus radials 9.8 million units.';
    expect(rowsOf(text, '2026-09-21').map((r) => [r.value, r.unit])).toEqual([
      [52000000, 'units'],
      [31400000, 'units'],
      [9800000, 'units'],
    ]);
  });

  it('pairs "N units worth X, up a% and b% respectively" in order', () => {
    const text = 'In January-August, tyre exports came to 468.0 million units worth 112.6 billion yuan, up 3.9% and 5.2% respectively.';
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-01', '2026-08', 468000000, 'units', 3.9],
      ['2026-01', '2026-08', 112600000000, 'CNY', 5.2],
    ]);
  });
});

describe('non-figures of the commodity desks', () => {
  it('reads no row from domestic sales', () => {
    const text = 'Chinese makers exported 8,420 wheel loaders in August, up 11% on the year. Domestic sales were 6,100 units.';
    expect(tuples(text, '2026-09-21')).toEqual([['2026-08', '2026-08', 8420, 'units', 11]]);
  });

  it('reads no row from a sentence that opens with port stocks, past the commas of its port names', () => {
    const text = 'China imported 1.61 million tonnes of manganese ore in August. Port stocks of the ore at Tianjin, Qinzhou and Fangchenggang stood at 5.4 million t on September 18.';
    expect(tuples(text, '2026-09-21')).toEqual([['2026-08', '2026-08', 1610000, 'tonnes', null]]);
  });
});

describe('growth pointing back', () => {
  it('gives "Year on year, the August figure was down 21%" to the month, not to its base', () => {
    const text = 'China imported 1,870 tonnes of vanadium pentoxide in August, down from 2,340 tonnes in July. Year on year, the August figure was down 21%.';
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-08', '2026-08', 1870, 'tonnes', -21],
      ['2026-07', '2026-07', 2340, 'tonnes', null],
    ]);
  });
});

describe('growth pointing back, to the newest level', () => {
  it('gives "Year on year, shipments were down 9%" to the month, not to the base stated after it', () => {
    const text = 'China imported 44,600 tonnes of chrome concentrate in August, up from 39,100 tonnes in July. Year on year, shipments were down 9%.';
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-08', '2026-08', 44600, 'tonnes', -9],
      ['2026-07', '2026-07', 39100, 'tonnes', null],
    ]);
  });
});

describe('places of the commodity desks, routes', () => {
  it('reads every port of a "mainly through A and B ports" aside as scenery', () => {
    const text = "Xizang's foreign trade reached 31 billion yuan in 2025. Trade with Nepal, mainly via the Zhangmu and Gyirong ports, rose 6.1 percent to 8.2 billion yuan.";
    expect(placed(text, '2026-01-20').map((r) => r[1])).toEqual(['Xizang', 'Xizang']);
  });

  it('reads a port in a dashed "mostly ... through" aside as scenery', () => {
    const text = "China's imports of fluorspar were 92,000 tonnes in August. Mongolia sent 41,000 tonnes - mostly acid grade trucked in through Erenhot - and Vietnam 12,000 tonnes.";
    expect(placed(text, '2026-09-21').map((r) => r[1])).toEqual(['China', 'China', 'China']);
  });
});

describe('periods of the commodity desks, a month framing a paragraph', () => {
  it('carries "In August alone," on through the rest of its paragraph', () => {
    const text = "China's imports of ilmenite reached 3.1 million tonnes in January-August.\n\nIn August alone, Mozambique supplied 96,000 tonnes. Kenya shipped 31,000 tonnes.";
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-01', '2026-08', 3100000, 'tonnes', null],
      ['2026-08', '2026-08', 96000, 'tonnes', null],
      ['2026-08', '2026-08', 31000, 'tonnes', null],
    ]);
  });
});

describe('bases and changes of the commodity desks', () => {
  it('reads "less than half of its 13,500t a year earlier" as the base of the year before', () => {
    const text = "China's imports of rutile were 52,000t in August. Sierra Leone shipped 6,100t, less than half of its 14,200t a year earlier.";
    expect(tuples(text, '2026-09-21')).toEqual([
      ['2026-08', '2026-08', 52000, 'tonnes', null],
      ['2026-08', '2026-08', 6100, 'tonnes', null],
      ['2025-08', '2025-08', 14200, 'tonnes', null],
    ]);
  });

  it('gives a bracketed "(down 22.1% y-o-y)" to the level before it, not to the next supplier', () => {
    const text = 'China imported 640,000 t of manganese ore in August, with Gabon at 151,000 t (down 12.4% y-o-y), Ghana at 98,000 t and Brazil at 40,000 t.';
    expect(rowsOf(text, '2026-09-21').map((r) => [r.value, r.yoy_pct])).toEqual([
      [640000, null],
      [151000, -12.4],
      [98000, null],
      [40000, null],
    ]);
  });
});

describe('suppliers of the commodity desks', () => {
  it('names Sudan, South Sudan, Togo, Mauritania, Sierra Leone and Trinidad and Tobago as partners', () => {
    const text = 'China imported 98,000 tonnes of sesame in August: Sudan 21,000 tonnes, Togo 9,000 tonnes, South Sudan 2,000 tonnes. Mauritania supplied 14,000 tonnes of fishmeal, Sierra Leone 3,000 tonnes of rutile and Trinidad and Tobago 40,000 tonnes of methanol.';
    expect(rowsOf(text, '2026-09-21').map((r) => r.partner)).toEqual(['World', 'Sudan', 'Togo', 'South Sudan', 'Mauritania', 'Sierra Leone', 'Trinidad and Tobago']);
  });
});

describe('flows of the commodity desks', () => {
  it("reads a supplier's exports named in a \"whose\" aside as the reporter's imports", () => {
    const text = "China's imports of manganese ore were 2.6 million t in August. Gabon, whose exports have climbed since a new mine opened, shipped 0.9 million t.";
    expect(placed(text, '2026-09-21')).toEqual([
      [2600000, 'China', 'World', 'import'],
      [900000, 'China', 'Gabon', 'import'],
    ]);
  });

  it("reads the reporting side's own verb as its own flow, with no partner of itself", () => {
    const text = "China's imports of fishmeal rose to 180,000 tons in August, customs data showed. Chilean customs data show Chile exported 41,500 tons of fishmeal in August.";
    expect(placed(text, '2026-09-21')).toEqual([
      [180000, 'China', 'World', 'import'],
      [41500, 'Chile', 'World', 'export'],
    ]);
  });
});

describe('non-figures of the commodity desks, forecasts and prices', () => {
  it('reads no row from the upper end of a forecast range', () => {
    const text = 'China imported 1.12m tonnes of methanol in August. Traders expect imports to rise to 1.2m-1.3m tonnes in September.';
    expect(tuples(text, '2026-09-21')).toEqual([['2026-08', '2026-08', 1120000, 'tonnes', null]]);
  });

  it('reads no row from a price "an ounce" or "per lb", nor from its base', () => {
    const text = 'China imported 9,800 kilograms of platinum in August. The Shanghai premium was about $22 an ounce this week, down from $48 in July, and moly oxide was $21.40 per lb.';
    expect(tuples(text, '2026-09-21')).toEqual([['2026-08', '2026-08', 9800, 'kilograms', null]]);
  });
});
