/**
 * Rules of issue 9, part de: the misses of blind batch 82 (a mixed check across the six kinds, eighth of its kind)
 * and the same phenomena elsewhere, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const placed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.flow]);

describe('a prefecture\'s customs office that reports on a port', () => {
  it('keeps Ruili Port as "the port" past "the Dehong customs office said"', () => {
    const text = [
      'Trade through Ruili Port reached 6.42 billion yuan in the first half, up 8.3 percent, the Dehong customs office said on Tuesday.',
      'Cargo through the port came to 1.27 million tonnes.',
    ].join('\n\n');
    expect(placed(text, '2026-07-14')).toEqual([
      [6_420_000_000, 'CNY', 'Ruili Port', 'total'],
      [1_270_000, 'tonnes', 'Ruili Port', 'total'],
    ]);
  });

  it('reads the customs office of a known prefecture as no crossing of its own ("the Honghe customs office")', () => {
    const text = [
      'Goods worth 3.15 billion yuan passed through Hekou Port in the first quarter, the Honghe customs office said.',
      'Freight through the port rose 6.8 percent to 842,000 tonnes.',
    ].join('\n\n');
    expect(placed(text, '2026-04-16').map((r) => r[2])).toEqual(['Hekou Port', 'Hekou Port']);
  });
});

describe('a month that dates a rate the figure is set against', () => {
  it('keeps the figures after "well below the 9.3 percent rise in February" in March', () => {
    const text = 'In March alone, exports rose 4.1 percent to 6.2 billion dollars, well below the 9.3 percent rise in February, while imports were flat at 5.1 billion dollars.';
    expect(tuples(text, '2026-04-12')).toEqual([
      ['2026-03', '2026-03', 6_200_000_000, 'USD', 4.1],
      ['2026-02', '2026-02', null, '', 9.3],
      ['2026-03', '2026-03', 5_100_000_000, 'USD', 0],
    ]);
  });
});

describe('a train count with its own verb of coming back', () => {
  it('reads "and 3,905 came back" as inbound after trains that left the country', () => {
    const text = 'In 2025, 4,210 freight trains left China and 3,905 came back.';
    expect(placed(text, '2026-01-20').map((r) => [r[0], r[3]])).toEqual([
      [4_210, 'export'],
      [3_905, 'import'],
    ]);
  });
});

describe('bare counts closing a "respectively" list of places', () => {
  it('gives the last count of "with 84,000 and 61,000, respectively" the unit of the count before it', () => {
    const text = 'Vehicle exports to Japan, the top destination, came to 120,000 vehicles in 2025, followed by Thailand and Chile with 84,000 and 61,000, respectively.';
    expect(tuples(text, '2026-01-15').map((t) => t.slice(2, 4))).toEqual([
      [120_000, 'vehicles'],
      [84_000, 'vehicles'],
      [61_000, 'vehicles'],
    ]);
    expect(releaseRows(text, '2026-01-15').map((r) => r.partner)).toEqual(['Japan', 'Thailand', 'Chile']);
  });
});

describe('"over the year" in a report out early in the next year', () => {
  it('dates an amount paid "over the year" by the calendar year just ended, not by the month before it', () => {
    const text = 'Copper concentrate imports rose 6 percent in December to 2.4 million tonnes. Smelters paid $38.2 billion for the concentrate over the year.';
    expect(tuples(text, '2026-01-14')).toEqual([
      ['2025-12', '2025-12', 2_400_000, 'tonnes', 6],
      ['2025-01', '2025-12', 38_200_000_000, 'USD', null],
    ]);
  });
});

describe('lines of items under a caption that names the unit', () => {
  it('reads each label, amount and change with the caption\'s unit and period, a deficit negative', () => {
    const text = [
      'Jiangxi province: customs figures in brief',
      'Goods trade, January-May (unit: billion yuan; change on a year earlier)\nExports 204.6 5.2%  Imports 98.3 -1.4%  Trade surplus 106.3 12.0%',
      'Main partners, January-May (unit: billion yuan)\nASEAN 41.2 up 9.7%; EU 30.8 down 2.5%',
      'May (unit: billion yuan)\nTotal 62.4, up 3.1%; Trade deficit 1.5',
    ].join('\n\n');
    expect(tuples(text, '2026-06-18')).toEqual([
      ['2026-01', '2026-05', 204_600_000_000, 'CNY', 5.2],
      ['2026-01', '2026-05', 98_300_000_000, 'CNY', -1.4],
      ['2026-01', '2026-05', 106_300_000_000, 'CNY', 12],
      ['2026-01', '2026-05', 41_200_000_000, 'CNY', 9.7],
      ['2026-01', '2026-05', 30_800_000_000, 'CNY', -2.5],
      ['2026-05', '2026-05', 62_400_000_000, 'CNY', 3.1],
      ['2026-05', '2026-05', -1_500_000_000, 'CNY', null],
    ]);
    expect(releaseRows(text, '2026-06-18').map((r) => `${r.partner}/${r.flow}`)).toEqual([
      'World/export', 'World/import', 'World/balance', 'ASEAN/total', 'European Union/total', 'World/total', 'World/balance',
    ]);
  });

  it('leaves lines with an item that is neither a flow nor a partner to the other readers', () => {
    const text = 'Goods trade, January-May (unit: billion yuan)\nExports 204.6 5.2%  Ports handled 12.4 3.0%';
    expect(tuples(text, '2026-06-18').some((t) => t[2] === 204_600_000_000)).toBe(false);
  });
});
