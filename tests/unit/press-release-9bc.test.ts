/**
 * Rules of issue 9, part bc: batch 45 (Central Asian, Caucasus, Russian and Mongolian writers on their own trade and
 * their trade with China, fixtures b45-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

describe('a Russian federal district', () => {
  it('reports under its full name, not as a "Federal District"', () => {
    const text = 'NOVOSIBIRSK. Oct 30 - Exports of the Siberian Federal District rose 4.2% in January-September 2026 to $18.4 billion, the customs directorate said. The region\'s imports were $6.1 billion.';
    expect(releaseRows(text, '2026-10-30').map(placed)).toEqual([
      [18400000000, 'Siberian Federal District'],
      [6100000000, 'Siberian Federal District'],
    ]);
  });
});

describe('an amount written as a sum of scaled parts', () => {
  const text = 'Belarus exported goods worth 1 trillion 204.6 billion rubles in January-June 2026, while imports came to 3 billion 75 million dollars.';

  it('adds the smaller part to the larger one', () => {
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit])).toEqual([
      [1204600000000, 'RUB'],
      [3075000000, 'USD'],
    ]);
  });

  it('but two amounts of their own stay two', () => {
    const two = 'Exports rose to 4 billion dollars in June 2026, and 950 million dollars of them went to Russia.';
    expect(releaseRows(two, '2026-07-20').map((r) => r.value)).toEqual([4000000000, 950000000]);
  });
});

describe('"mutual trade" naming no partner', () => {
  it('is with the partner the release first gave its mutual trade', () => {
    const text = [
      'ASTANA. Kazakhstan\'s mutual trade with Uzbekistan reached $3.2 billion in January-September 2026, up 8.1%.',
      '',
      'Exports to Kyrgyzstan were $1.1 billion. In tenge, mutual trade came to 1.56 trillion tenge.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-20').map((r) => [r.value, r.partner, r.yoy_pct])).toEqual([
      [3200000000, 'Uzbekistan', 8.1],
      [1100000000, 'Kyrgyzstan', null],
      [1560000000000, 'Uzbekistan', 8.1],
    ]);
  });
});

describe('datelines of Montsame and of agencies credited before the city', () => {
  it('"City /AGENCY/." is where the release was written', () => {
    const text = 'Copper shipments rise\n\nUlaanbaatar /MONTSAME/. Copper concentrate exports reached 1.02 million tons in January-September 2026.';
    expect(releaseRows(text, '2026-10-12').map(placed)).toEqual([[1020000, 'Mongolia']]);
  });

  it('"Agency, City –" dates the release in that capital, whose country reports', () => {
    const text = 'Cotton sales abroad\n\nKabar news agency, Bishkek – Cotton fibre exports reached 41,200 tonnes in January-June 2026.';
    expect(releaseRows(text, '2026-07-12').map(placed)).toEqual([[41200, 'Kyrgyzstan']]);
  });
});

describe('goods counted in tonnes and then priced', () => {
  it('the amount "worth" after the tonnage is the value of the same goods', () => {
    const text = 'Kazakhstan exported 2.4 million tonnes of wheat worth $530 million in January-June 2026.';
    expect(releaseRows(text, '2026-07-15').map((r) => [r.value, r.commodity])).toEqual([
      [2400000, 'wheat'],
      [530000000, 'wheat'],
    ]);
  });
});

describe('a change that says whether it measures the tonnage or the value', () => {
  it('belongs to that level of the goods given before', () => {
    const text = [
      'Mongolia exported 52.6 million tonnes of coal worth USD 5.1 billion and 0.9 million tonnes of zinc concentrate worth USD 0.6 billion in January-August 2026.',
      'Coal shipments in volume terms grew 6.4 percent, but their value fell 11.2 percent.',
    ].join(' ');
    expect(releaseRows(text, '2026-09-14').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [52600000, 'tonnes', 6.4],
      [5100000000, 'USD', -11.2],
      [900000, 'tonnes', null],
      [600000000, 'USD', null],
    ]);
  });

  it('"export value" names the value', () => {
    const text = 'Tajikistan exported 48,300 tonnes of dried fruit worth $71.2 million in January-June 2026. Compared with a year earlier, export value grew by 12.5%.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [48300, 'tonnes', null],
      [71200000, 'USD', 12.5],
    ]);
  });

  it('also when a noun of change stands before the measure', () => {
    const text = 'Georgia exported 310,000 tonnes of manganese ore worth $95 million in January-June 2026. The figure shows a 4.4 percent drop in value on a year earlier.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [310000, 'tonnes', null],
      [95000000, 'USD', -4.4],
    ]);
  });
});

describe('a dollar rate given for reference', () => {
  it('"$1 was worth N rubles" is no trade figure', () => {
    const text = 'Russia\'s exports reached $248.1 billion in January-July 2026, the FCS said.\n\nFor comparison: over the period $1 was worth about 91 rubles.';
    expect(releaseRows(text, '2026-09-01').map((r) => [r.value, r.unit])).toEqual([[248100000000, 'USD']]);
  });
});

describe('a place a relative clause trades with', () => {
  it('is the partner, not the area', () => {
    const text = 'Russia\'s foreign trade came to $390.2 billion in January-July 2026, the FCS said.\n\nThe service named no single country, with the exception of the EAEU states, trade with which came to $48.3 billion.';
    expect(releaseRows(text, '2026-09-01').map((r) => [r.value, r.area, r.partner])).toEqual([
      [390200000000, 'Russia', 'World'],
      [48300000000, 'Russia', 'EAEU'],
    ]);
  });
});

describe('supplies and deliveries to a market', () => {
  it('are exports', () => {
    const text = 'Kazakhstan\'s trade with China grew in January-June 2026. Wheat deliveries to China came to 640,000 tons, and supplies to the Chinese market of barley reached 210,000 tons.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.flow])).toEqual([
      [640000, 'export'],
      [210000, 'export'],
    ]);
  });
});

describe('a bulleted list of partners whose first item names its bracket a share', () => {
  it('gives the bare bracketed percentages of the next items as shares', () => {
    const text = [
      'Armenia\'s external trade reached USD 9,412.0 million in January-September 2026.',
      '',
      'Main partners:',
      '- Russia – USD 3,120.5 million (33.2 per cent of total turnover);',
      '- China – USD 1,140.8 million (12.1 per cent);',
      '- UAE – USD 870.2 million (9.2 per cent).',
    ].join('\n');
    expect(releaseRows(text, '2026-10-20').filter((r) => r.measure === 'share').map((r) => [r.value, r.partner])).toEqual([
      [33.2, 'Russia'],
      [12.1, 'China'],
      [9.2, 'United Arab Emirates'],
    ]);
  });
});

describe('a balance measured against the turnover', () => {
  it('is no share of trade', () => {
    const text = 'Georgia\'s negative trade balance was USD 812.4 million in September 2026, making up 39.8 per cent of external trade turnover.';
    expect(releaseRows(text, '2026-10-20').map((r) => [r.value, r.unit])).toEqual([[-812400000, 'USD']]);
  });
});

describe('"FTT", foreign trade turnover', () => {
  it('is the total flow, and its restatement in sum takes its change', () => {
    const text = 'Uzbekistan\'s FTT in January-June 2026 reached $34.1 billion, up 9.9 per cent. At the Central Bank rate, the FTT equals about 431 trillion sum.';
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.unit, r.flow, r.yoy_pct])).toEqual([
      [34100000000, 'USD', 'total', 9.9],
      [431000000000000, 'UZS', 'total', 9.9],
    ]);
  });
});
