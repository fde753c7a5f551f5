/**
 * Rules of issue 9, part e5: a fixing round on older corpus batches (helper fixold, 2026-12-04), each found on a
 * phenomenon of the corpus's leftovers and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const places = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area, r.flow]);

describe('Chinese customs quoted after the lead', () => {
  const story = (later: string) => [
    'Kazakh wheat sales to China climb',
    'ASTANA, Nov 14 (Kazinform) - Kazakhstan shipped 1.34 million tonnes of wheat to China in January-October 2026, up 12% on a year earlier, the agriculture ministry said.',
    'Barley shipments to Chinese buyers reached 212,000 tonnes over the same months.',
    'Traders expect the pace to hold through the winter as rail capacity at the border improves.',
    later,
  ].join('\n\n');

  it('is a second source: the datelined country stays the reporter', () => {
    const text = story('Chinese customs data show imports of Kazakh wheat of 1.21 million tonnes in January-September.');
    expect(places(text, '2026-11-14').slice(0, 2)).toEqual([
      [1_340_000, 'Kazakhstan', 'export'],
      [212_000, 'Kazakhstan', 'export'],
    ]);
  });

  it('still makes the release China\'s when the lead cites it', () => {
    const text = [
      'Wheat purchases from Kazakhstan climb',
      'ASTANA, Nov 14 (Kazinform) - Chinese customs data show imports of Kazakh wheat of 1.21 million tonnes in January-September 2026, up 9%.',
      'Purchases of barley reached 205,000 tonnes over the same months.',
    ].join('\n\n');
    expect(places(text, '2026-11-14').map((r) => r[1])).toEqual(['China', 'China']);
  });
});

describe('a country ranked in another country\'s trade', () => {
  it('makes the country whose top supplier the subject was the place of the figure', () => {
    const text = [
      'Grain exports slow',
      'MOSCOW, Nov 20 (Interfax) - Russia exported 41.2 million tonnes of wheat in January-October 2026, down 6% on a year earlier, the ministry said.',
      'In October, Russia was Turkey\'s largest wheat supplier, with 1.4 million tonnes.',
    ].join('\n\n');
    expect(places(text, '2026-11-20')).toEqual([
      [41_200_000, 'Russia', 'export'],
      [1_400_000, 'Turkey', 'import'],
    ]);
  });

  it('keeps an epithet with no verb of being before it a locator', () => {
    const text = 'MOSCOW, Nov 20 (Interfax) - Russia, the world\'s largest wheat supplier, exported 41.2 million tonnes in January-October 2026.';
    expect(places(text, '2026-11-20')).toEqual([[41_200_000, 'Russia', 'export']]);
  });
});

describe('a local-currency restatement takes the change of the whole, not of a part', () => {
  const growthOf = (text: string, published: string, unit: string) => releaseRows(text, published).filter((r) => r.unit === unit).map((r) => [r.value, r.flow, r.yoy_pct]);

  it('skips a level sized as a share of total exports', () => {
    const text = [
      'Honduras\' merchandise exports came to US$ 2,310.5 million in 2026, up 4.2% on 2025. Shipments of the maquila sector make up most of them: US$ 912.0 million, or 39.5% of total exports, an increase of 11.8%.',
      'In local currency, exports were worth 56.9 billion lempiras.',
    ].join('\n\n');
    expect(growthOf(text, '2027-02-10', 'HNL')).toEqual([[56_900_000_000, 'export', 4.2]]);
  });

  it('keeps a whole whose sentence lists its parts after "of which"', () => {
    const text = [
      'Honduras\' imports rose to US$ 3,870.2 million in 2026 (+5.6%), of which fuels US$ 1,020.4 million and machinery US$ 644.9 million.',
      'In local currency, imports were worth 95.3 billion lempiras.',
    ].join('\n\n');
    expect(growthOf(text, '2027-02-10', 'HNL')).toEqual([[95_300_000_000, 'import', 5.6]]);
  });
});

describe('bare amounts in brackets after a sentence in money', () => {
  const amounts = (text: string) => releaseRows(text, '2026-11-15').map((r) => [r.value, r.unit, r.commodity]);

  it('takes the currency the sentence before ended on', () => {
    const text = [
      'In October 2026, exports of goods came to 84.2 billion CFA francs. Re-exports, mostly to Niger, reached 11.6 billion CFA francs.',
      'Imports consisted chiefly of cement (17.3 billion) and fertilisers (9.8 billion).',
    ].join('\n\n');
    expect(amounts(text).slice(2)).toEqual([
      [17_300_000_000, 'XOF', 'cement'],
      [9_800_000_000, 'XOF', 'fertilisers'],
    ]);
  });

  it('leaves them unread after a sentence in tonnes', () => {
    const text = [
      'In October 2026, exports of goods came to 84.2 billion CFA francs. Cotton shipments reached 61,000 tonnes.',
      'Imports consisted chiefly of cement (17.3 billion) and fertilisers (9.8 billion).',
    ].join('\n\n');
    expect(amounts(text).map((r) => r[0])).toEqual([84_200_000_000, 61_000]);
  });
});

describe('a port named in the cause of a change', () => {
  it('is scenery, not the place of the figure', () => {
    const text = [
      'Uzbek cotton yarn exports rise',
      'TASHKENT, Nov 18 (UzA) - Uzbekistan exported 412,000 tonnes of cotton yarn in January-October 2026, up 9% year on year.',
      'Exports to China came to 96,000 tonnes, 27% more than a year earlier, helped by faster customs clearance at the Irkeshtam checkpoint.',
    ].join('\n\n');
    expect(places(text, '2026-11-18')).toEqual([
      [412_000, 'Uzbekistan', 'export'],
      [96_000, 'Uzbekistan', 'export'],
    ]);
  });

  it('keeps a port the goods went through as their place', () => {
    const text = 'Exports through the Irkeshtam checkpoint came to 96,000 tonnes in January-October 2026, 27% more than a year earlier, helped by faster clearance.';
    expect(places(text, '2026-11-18')).toEqual([[96_000, 'Irkeshtam Port', 'export']]);
  });
});

describe('capacity booked for later', () => {
  it('is no row', () => {
    const text = 'Kazakhstan exported 8.1 million tonnes of grain in January-October 2026. Traders said exporters had booked 120 trains for December.';
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.unit])).toEqual([[8_100_000, 'tonnes']]);
  });
});

describe('a table label opened by "of which:" and closed by a note mark', () => {
  it('reads the part the label names', () => {
    const text = [
      'Brunei External Trade, September 2026',
      "Brunei's exports in September 2026 rose 3.1 per cent year-on-year to B$1.42 billion.",
      ['Item | Sep 2025 (B$ million) | Sep 2026 (B$ million) | y-o-y (%) |', 'Exports | 1,377.2 | 1,420.0 | 3.1 |', 'of which: Re-exports** | 61.4 | 70.8 | 15.3 |', 'Imports | 802.5 | 851.9 | 6.2 |'].join('\n'),
      '** Re-exports are part of total exports.',
    ].join('\n\n');
    const parts = releaseRows(text, '2026-11-05').filter((r) => r.breakdown === 'export type: re-exports').map((r) => [r.period_end, r.value, r.flow, r.yoy_pct]);
    expect(parts).toEqual([
      ['2025-09', 61_400_000, 'export', null],
      ['2026-09', 70_800_000, 'export', 15.3],
    ]);
  });
});

describe('goods shipped, a participle before the verb of their amount', () => {
  it('are exports even after a sentence on imports', () => {
    const text = [
      'Ecuador: banana trade in January-September 2026',
      'Imports of fertilisers came to 612,400 tonnes in January-September 2026.',
      'In volume, bananas shipped totalled 5.41 million tonnes, 3.2% above last year.',
    ].join('\n\n');
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [612_400, 'import'],
      [5_410_000, 'export'],
    ]);
  });

  it('leaves "shipped" before a place to the rules for destinations', () => {
    const text = 'In January-September 2026, bananas shipped to Russia totalled 1.12 million tonnes.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow, r.partner])).toEqual([[1_120_000, 'export', 'Russia']]);
  });
});
