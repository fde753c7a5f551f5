/**
 * Rules of issue 9, part ci (helper fixleft2): phenomena behind the misses earlier batches left (b53, b55, b58, b59, b61
 * in tests/corpus/press-release), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const cells = (rows: Array<{ period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null; flow: string; partner: string }>) =>
  rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow, r.partner]);

describe('a table aligned by spaces (as a PDF copy or a plain-text bulletin writes it)', () => {
  it('reads rows that are periods under flow columns, with thousands grouped by single spaces', () => {
    const text = [
      'Merchandise trade of the republic, first half of the year (in thousand €)',
      'Period          Exports      Imports       Balance',
      'Jan–Jun 2025    412 506      1 980 334     -1 567 828',
      'Jan–Jun 2026    436 071      2 044 815     -1 608 744',
    ].join('\n');
    const rows = releaseRows(`Podgorica, 30 July 2026\n\nThe statistics office published its half-year trade figures.\n\n${text}`, '2026-07-30');
    expect(cells(rows)).toEqual([
      ['2025-01', '2025-06', 412506000, 'EUR', null, 'export', 'World'],
      ['2025-01', '2025-06', 1980334000, 'EUR', null, 'import', 'World'],
      ['2025-01', '2025-06', -1567828000, 'EUR', null, 'balance', 'World'],
      ['2026-01', '2026-06', 436071000, 'EUR', null, 'export', 'World'],
      ['2026-01', '2026-06', 2044815000, 'EUR', null, 'import', 'World'],
      ['2026-01', '2026-06', -1608744000, 'EUR', null, 'balance', 'World'],
    ]);
  });

  it('reads partners under a value and a change column, the period and the unit from two caption lines', () => {
    const text = [
      'The customs office released its figures for the first ten months.',
      '',
      'Table 3     Trade with leading partners, January-October 2026',
      '                                   Unit: 100 million yuan, %',
      'Partner                 Value            y/y',
      'Korea                  18 245            4.1',
      'Brazil                  9 870           -2.6',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-18');
    expect(cells(rows)).toEqual([
      ['2026-01', '2026-10', 1824500000000, 'CNY', 4.1, 'total', 'South Korea'],
      ['2026-01', '2026-10', 987000000000, 'CNY', -2.6, 'total', 'Brazil'],
    ]);
  });

  it('is no table when the lines under the head are not all numbers after their label', () => {
    const text = [
      'Goods worth 2.4 billion yuan were cleared in October 2026.',
      '',
      'Partner                 Value            y/y',
      'Korea                  18 245            up',
    ].join('\n');
    expect(releaseRows(text, '2026-11-18').map((r) => r.value)).toEqual([2400000000]);
  });
});

describe('a base "a year earlier" with the period of the clause after it', () => {
  it('dates the level by that period and the base a year before it', () => {
    const rows = releaseRows('Exports through the crossing climbed 18.2 percent to 3.9 billion yuan from 3.3 billion yuan a year earlier in the first nine months of 2026, the customs office said.', '2026-10-22');
    expect(cells(rows)).toEqual([
      ['2026-01', '2026-09', 3900000000, 'CNY', 18.2, 'export', 'World'],
      ['2025-01', '2025-09', 3300000000, 'CNY', null, 'export', 'World'],
    ]);
  });
});

describe('"the N months" after a span counted from the middle of a month', () => {
  it('points back to that span, which touches one calendar month more than it counts', () => {
    const text = [
      'KATHMANDU, Dec 2 — Exports rose 12.5 percent to Rs 8.1 billion in the first four months of the current fiscal year (mid-July to mid-November), the department said.',
      '',
      'Imports during the four months stood at Rs 402.7 billion.',
    ].join('\n');
    expect(releaseRows(text, '2026-12-02').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-07', '2026-11', 8100000000],
      ['2026-07', '2026-11', 402700000000],
    ]);
  });
});

describe('a town an apposition calls the busiest or largest crossing', () => {
  it('is that crossing\'s port', () => {
    const text = 'Nepal imported goods worth Rs 30.2 billion from China in the first four months of the fiscal year. Tatopani, the largest road crossing with China, handled imports worth Rs 9.8 billion.';
    expect(releaseRows(text, '2026-12-02').map((r) => [r.value, r.area])).toEqual([
      [30200000000, 'Nepal'],
      [9800000000, 'Tatopani Port'],
    ]);
  });
});

describe('spans of a year that starts inside a month (the Iranian year from about March 21)', () => {
  it('"in the eight months" goes on with the span stated before, not the headline\'s January–August', () => {
    const text = [
      'Rail cargo to Iran grows in eight months',
      '',
      'TEHRAN – The railway carried 2.6 million tonnes of cargo to Iran in the first eight months of the current Iranian year (March 21–November 21), the company said.',
      '',
      'The Sarakhs station handled 640,000 tonnes of it in the eight months.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-29').map((r) => [r.period_start, r.period_end, r.value])).toEqual([
      ['2026-03', '2026-11', 2600000],
      ['2026-03', '2026-11', 640000],
    ]);
  });

  it('"the seven months to October 22" began inside March and touches March to October', () => {
    const rows = releaseRows('The customs office said non-oil exports in the seven months to October 22 reached $31.4 billion.', '2026-11-02');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-03', '2026-10', 31400000000]]);
  });

  it('"the twelve months to June 30" are twelve calendar months', () => {
    const rows = releaseRows('Exports in the twelve months to June 30, 2026 reached $31.4 billion.', '2026-08-02');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2025-07', '2026-06', 31400000000]]);
  });
});

describe('a rail station named by its town and a compass point', () => {
  const text = [
    'The Savannakhet East Station, the biggest cargo yard of the Laos-China Railway in the south, loaded 1.12 million tonnes of goods in the first nine months of this year, up 11 percent.',
    '',
    'Across the whole railway, transit goods between Vietnam and China came to 305,000 tonnes.',
    '',
    'In September, the station loaded 131,000 tonnes, and the railway\'s freight revenue rose to 96 billion kip.',
  ].join('\n');
  const rows = () => releaseRows(text, '2026-10-12');

  it('reports as its town, and a railway in the apposition describing it only places it', () => {
    expect(rows()[0]).toMatchObject({ value: 1120000, area: 'Savannakhet', yoy_pct: 11 });
  });

  it('is what "the station" points back to, while "Across the whole railway" is the railway named before', () => {
    expect(rows().slice(1).map((r) => [r.period_start, r.value, r.area])).toEqual([
      ['2026-01', 305000, 'China-Laos Railway'],
      ['2026-09', 131000, 'Savannakhet'],
    ]);
  });

  it('leaves a carrier\'s freight revenue out: no goods are traded in it', () => {
    expect(rows().some((r) => r.unit === 'LAK')).toBe(false);
  });
});

describe('goods carried both ways by one pair of verbs', () => {
  it('"brought in and took out" is two-way trade', () => {
    const text = 'The Kouvola rail-road terminal received 41 trains from China in the first nine months of 2026. Altogether, the trains brought in and took out 3,480 TEU.';
    expect(releaseRows(text, '2026-10-15').map((r) => [r.value, r.unit, r.flow])).toEqual([
      [41, 'trains', 'import'],
      [3480, 'TEU', 'total'],
    ]);
  });
});

describe('"Across <country>," opening a sentence', () => {
  it('makes the country the area of its figures, in a release on a terminal the lexicon does not place in it', () => {
    const text = [
      'The Vicalvaro rail terminal received 41 trains from Chengdu and Chongqing in the first nine months of 2026. In the opposite direction, 17 trains left Vicalvaro for China.',
      '',
      'Across Spain, China trains to and from Spanish terminals numbered 97 in the nine months, up 12 percent.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-15').map((r) => [r.value, r.area])).toEqual([
      [41, 'Vicalvaro'],
      [17, 'Vicalvaro'],
      [97, 'Spain'],
    ]);
  });
});
