/**
 * Rules of issue 9, part cq: the fixing round of blind batch 71 (fixtures b71-… in tests/corpus/press-release), the fifth
 * mixed check across the six kinds of release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('goods a buyer "brought in"', () => {
  it('a physical quantity right after "brought in" is an import', () => {
    const text = 'Egypt, a major wheat buyer, brought in 1.3 million tons of the grain in August, down 4.1% on the year.';
    expect(releaseRows(text, '2026-09-15').map((r) => [r.value, r.unit, r.flow])).toEqual([[1300000, 'tonnes', 'import']]);
  });

  it('money after "brought in" is still earned (exports)', () => {
    const text = 'Cashew kernels brought in $1.34 billion in the first half of 2026, the ministry said.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.flow])).toEqual([[1340000000, 'export']]);
  });
});

describe('a change said to be "in physical volume"', () => {
  it('in the sentence of a tonnage and its worth, belongs to the tonnage', () => {
    const text = 'Kazakhstan exported 4.12 million tonnes of wheat in 2025, worth $1.03 billion, an increase of 17.6 percent in physical volume.';
    expect(releaseRows(text, '2026-02-10').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [4120000, 'tonnes', 17.6],
      [1030000000, 'USD', null],
    ]);
  });

  it('in the next sentence, goes back to the tonnage, not the worth', () => {
    const text = 'Mongolia sold 2.05 million tonnes of iron ore abroad in the first quarter of 2026, worth $214.6 million. Iron ore exports rose 9.1 percent in physical volume.';
    expect(releaseRows(text, '2026-04-14').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [2050000, 'tonnes', 9.1],
      [214600000, 'USD', null],
    ]);
  });
});

describe('ports named by an apposition', () => {
  it('", the region\'s two largest land ports," after two towns makes them one joint area', () => {
    const text = "Xinjiang's foreign trade came to 96.3 billion yuan in the first quarter of 2026. Horgos and Alashankou, the region's two busiest land ports, together handled 41.2 percent of the region's trade.";
    expect(releaseRows(text, '2026-04-20').map((r) => [r.value, r.area])).toEqual([
      [96300000000, 'Xinjiang'],
      [41.2, 'Alashankou and Horgos ports'],
    ]);
  });
});

describe('parts of a total count of trips', () => {
  const whole = 'The Qilu freight train service ran 1,208 trips in the first half of 2026, up 11.7 percent year on year.';
  it('"Of the total trips," divides the trips counted before, each part by its direction', () => {
    const text = `${whole} Of the total trips, 704 were outbound and 504 inbound.`;
    expect(releaseRows(text, '2026-07-09').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1208, 'trains', 'total'],
      [704, 'trains', 'export'],
      [504, 'trains', 'import'],
    ]);
  });

  it('"Of the total," divides the count of the sentence before', () => {
    const text = `${whole} Of the total, 690 were outbound and 518 inbound.`;
    expect(releaseRows(text, '2026-07-09').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1208, 'trains', 'total'],
      [690, 'trains', 'export'],
      [518, 'trains', 'import'],
    ]);
  });

  it('"Of the total trips," after a sentence on cargo still divides the trips', () => {
    const text = `${whole} The trains carried 1.02 million tonnes of goods. Of the total trips, 702 were outbound and 506 inbound.`;
    expect(releaseRows(text, '2026-07-09').filter((r) => r.unit === 'trains').map((r) => [r.value, r.flow])).toEqual([
      [1208, 'total'],
      [702, 'export'],
      [506, 'import'],
    ]);
  });
});

describe('the worth of goods carried', () => {
  it('"carrying some N million TEUs of goods worth" is two-way trade, hedge and scale between the verb and the goods', () => {
    const text = 'Imports rose 4.0 percent in 2025.\n\nSince the line opened in May 2016, its trains have made 9,840 trips, carrying about 0.91 million TEUs of goods worth more than 31 billion U.S. dollars.';
    const worth = releaseRows(text, '2026-01-12').find((r) => r.unit === 'USD');
    expect([worth?.value, worth?.flow]).toEqual([31000000000, 'total']);
  });
});

describe('counts of kinds of goods', () => {
  it('"the types of goods carried have expanded to N" after a count of trains is no count of trains', () => {
    const text = 'In the first ten months of 2026, cross-border freight on the line reached 3.86 million tonnes. Some 16 freight trains now run each day, and the types of goods carried have grown to more than 2,400.';
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.unit])).toEqual([[3860000, 'tonnes']]);
  });
});

describe('partners listed before levels whose growth rates come before "respectively"', () => {
  it('"Trade with A, B and C came to X, Y and Z, up p, q and r respectively": each level takes its partner in order', () => {
    const text = "Fujian's foreign trade reached 1.34 trillion yuan in the first half of 2026. Trade with ASEAN, Japan and Australia came to 241.6 billion yuan, 58.3 billion yuan and 47.9 billion yuan, up 9.4 percent, 3.1 percent and 12.6 percent respectively.";
    expect(releaseRows(text, '2026-07-18').slice(1).map((r) => [r.value, r.partner, r.yoy_pct])).toEqual([
      [241600000000, 'ASEAN', 9.4],
      [58300000000, 'Japan', 3.1],
      [47900000000, 'Australia', 12.6],
    ]);
  });
});

describe('a share appended to a level of one kind of trade', () => {
  it('", or N percent of the total" after a private-enterprise level is the private enterprises\' share', () => {
    const text = "Guangdong's foreign trade rose 3.6 percent to 4.21 trillion yuan in the first five months of 2026. Private enterprises saw their imports and exports rise 7.9 percent to 2.38 trillion yuan, or 56.5 percent of the total.";
    expect(releaseRows(text, '2026-06-18').slice(1).map((r) => [r.value, r.breakdown])).toEqual([
      [2380000000000, 'enterprise type: private'],
      [56.5, 'enterprise type: private'],
    ]);
  });
});
