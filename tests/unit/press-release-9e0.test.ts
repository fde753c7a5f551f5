/**
 * Rules of issue 9, part e0: the second fixing round on the older batches (helper fixold, 2026-12-04 night), each found on
 * a phenomenon several releases share and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../functions/core/extract/press-release/article.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);
const areasOf = (text: string, published: string) => tuples(text, published).map((r) => [r[2], r[5]]);

describe('a port town named as the city', () => {
  it('gives the city its own trade and keeps the trade through its port the port\'s', () => {
    const text = [
      'Suifenhe trade grows in ten months',
      'HARBIN, Nov. 12 -- Goods worth 9.4 billion yuan were cleared through Suifenhe Port in the first ten months, up 7.2 percent year on year, local customs said.',
      'Suifenhe City\'s total foreign trade reached 15.6 billion yuan in the period, up 11.3 percent, with Russia making up 88.5 percent of it.',
    ].join('\n\n');
    expect(areasOf(text, '2026-11-12')).toEqual([
      [9_400_000_000, 'Suifenhe Port'],
      [15_600_000_000, 'Suifenhe'],
      [88.5, 'Suifenhe'],
    ]);
  });

  it('reads "the border city of X" as the city, and the bare town in the same release as the city too', () => {
    const text = [
      'Ruili\'s foreign trade tops 40 billion yuan',
      'KUNMING, Dec. 2 -- The border city of Ruili recorded imports and exports of 41.7 billion yuan in the first 11 months, up 5.4 percent year on year.',
      'Exports rose 9.1 percent to 23.2 billion yuan.',
      'The Ruili highway port handled 2.31 million tonnes of goods, up 3.3 percent.',
    ].join('\n\n');
    expect(areasOf(text, '2026-12-02')).toEqual([
      [41_700_000_000, 'Ruili'],
      [23_200_000_000, 'Ruili'],
      [2_310_000, 'Ruili Port'],
    ]);
  });

  it('keeps "the X ports" the port in a release that also names the city', () => {
    const text = [
      'Hekou ports\' fruit imports rise',
      'KUNMING, Oct. 20 -- The ports in Hekou City imported 512,000 tonnes of fruit from Vietnam in the first three quarters, up 6.6 percent year on year.',
      'Hekou City\'s foreign trade came to 27.3 billion yuan, up 4.8 percent.',
    ].join('\n\n');
    expect(areasOf(text, '2026-10-20')).toEqual([
      [512_000, 'Hekou Port'],
      [27_300_000_000, 'Hekou'],
    ]);
  });

  it('leaves a port town named without the word city its port', () => {
    const text = [
      'Erenhot freight climbs',
      'HOHHOT, Nov. 5 -- Erenhot handled 16.2 million tonnes of freight in the first ten months, up 6.1 percent year on year.',
    ].join('\n\n');
    expect(areasOf(text, '2026-11-05')).toEqual([[16_200_000, 'Erenhot Port']]);
  });
});

describe('a plain text with a stray paragraph tag', () => {
  const pasted = [
    'Chile copper exports slip in October',
    '',
    'SANTIAGO, Nov. 7 -- Chile\'s copper exports fell 2.4 percent year on year to US$4.61 billion in October, the central bank said.</p><p>Total exports came to US$8.02 billion, up 1.3 percent.',
    '',
    'Related: Chile\'s September exports rise 5.2 pct to $8.3 bln',
  ].join('\n');

  it('is read as text, not as a page: its lines stay its paragraphs', () => {
    expect(looksLikeHtml(pasted)).toBe(false);
    const rows = releaseRows(pasted, '2026-11-07');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [4_610_000_000, 'USD', -2.4],
      [8_020_000_000, 'USD', 1.3],
    ]);
    expect(rows.map((r) => r.source_quote.slice(0, 14))).toEqual(['SANTIAGO, Nov.', 'Total exports ']);
    for (const r of rows) expect(pasted.slice(r.quote_start!, r.quote_end!)).toBe(r.source_quote);
  });

  it('still takes a page whose tags mark out most of its lines for a page', () => {
    const page = ['<h1>Exports rise</h1>', '<p>Exports rose 3.1 percent to 41.2 billion yuan.</p>', '<p>Imports fell 0.4 percent.</p>', 'Source: customs'].join('\n');
    expect(looksLikeHtml(page)).toBe(true);
  });

  it('reads a no-break space between a number and its scale word as a space', () => {
    const text = ['Russia-China trade', '', 'MOSCOW, Nov 25 -- Russia\'s exports to Kazakhstan rose 4.2% to $21.7&nbsp;billion in January-October, customs said.', '', 'Read also: grain'].join('\n');
    const rows = releaseRows(text, '2026-11-25');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[21_700_000_000, 'USD', 4.2]]);
    for (const r of rows) expect(text.slice(r.quote_start!, r.quote_end!)).toBe(r.source_quote);
  });
});

describe('goods named by the sector at home that made them', () => {
  it('are exports, even after a paragraph that ends on imports', () => {
    const text = [
      'Trade balance, August 2026',
      'BUENOS AIRES, 18 September 2026 - In August 2026 exports came to US$ 6 905 million and imports to US$ 6 140 million. Imports rose 12.6% on August 2025.',
      'Among the main headings, manufactures of agricultural origin grew 3.5% to US$ 2 410 million and manufactures of industrial origin fell 2.1% to US$ 1 660 million.',
    ].join('\n\n');
    expect(tuples(text, '2026-09-18').filter((r) => r[2] === 2_410_000_000 || r[2] === 1_660_000_000).map((r) => [r[2], r[6]])).toEqual([
      [2_410_000_000, 'export'],
      [1_660_000_000, 'export'],
    ]);
  });
});

describe('"the service" or "the route" of a later train count', () => {
  it('points back to the hub whose trains the release counted, past a sentence on its province', () => {
    const text = [
      'Changsha\'s China-Europe trains up 9% in ten months',
      'CHANGSHA, Nov. 8 -- China-Europe freight trains dispatched and received in Changsha made 1,212 trips in the first ten months of 2026, up 9.3 percent year on year.',
      'Hunan\'s foreign trade reached 498.6 billion yuan in the period, up 6.1 percent.',
      'Since the first train left for Duisburg in October 2014, the service has made over 8,400 trips.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-08').filter((r) => r[3] === 'trains').map((r) => [r[2], r[5]])).toEqual([
      [1_212, 'Changsha'],
      [8_400, 'Changsha'],
    ]);
  });
});
