/**
 * Rules added in the fixing round for blind batches b140 (the real development set's mix) and b147 (Chinese provinces'
 * and customs districts' briefings with breakdowns). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-06-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a40', source_url: 'https://example.org/r/a40', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const areas = (rows: ObservationDraft[]) => rows.map((r) => [r.value ?? r.yoy_pct, r.area]);

describe('a border named by the two countries it separates', () => {
  it('is no port: "the port" after it is the crossing the body names', () => {
    const rows = rowsOf(
      'Trade through China-Laos border port up 14 pct\n\n' +
        'KUNMING, June 12 -- Goods traded through Mohan port, the largest land port on the China-Laos border, totaled 9.12 billion yuan in the first five months, up 14 percent.\n\n' +
        'Of the total, exports were 5.41 billion yuan.\n\n' +
        "Laos accounted for 88.2 percent of the port's trade.",
    );
    expect(rows.map((r) => r.area)).toEqual(['Mohan Port', 'Mohan Port', 'Mohan Port']);
  });
});

describe('a place inside an apposition between a flow subject and its verb', () => {
  it('leaves the figure to the province when the apposition says where the goods are made', () => {
    const rows = rowsOf(
      "HANGZHOU, Jan. 20 -- Zhejiang's foreign trade rose 5.1 percent to 5.2 trillion yuan in 2025.\n\n" +
        'Hosiery exports, a long-standing specialty of the mills of Shaoxing, grew 3.4 percent to 41.7 billion yuan. Tea exports rose 6 percent to 150,000 tonnes.',
      '2026-01-20',
    );
    expect(areas(rows)).toEqual([
      [5.2e12, 'Zhejiang'],
      [41.7e9, 'Zhejiang'],
      [150000, 'Zhejiang'],
    ]);
  });

  it('leaves the figure to the province when the apposition names who trades or where the goods come from', () => {
    const rows = rowsOf(
      'CHENGDU, April 20 -- Sichuan imported and exported 260.1 billion yuan of goods in the first quarter, up 4 percent.\n\n' +
        'Processing trade, dominated by contract manufacturers in the Chengdu Hi-tech Comprehensive Bonded Zone, came to 120.4 billion yuan. ' +
        'Exports of laptops, mostly from assembly lines in Chengdu, were 52.3 billion yuan in the quarter.',
      '2026-04-20',
    );
    expect(areas(rows)).toEqual([
      [260.1e9, 'Sichuan'],
      [120.4e9, 'Sichuan'],
      [52.3e9, 'Sichuan'],
    ]);
  });

  it('keeps a place the subject itself names', () => {
    const rows = rowsOf('CHENGDU, April 20 -- Exports of Chengdu, the capital of Sichuan, were 52.3 billion yuan in the first quarter.', '2026-04-20');
    expect(areas(rows)).toEqual([[52.3e9, 'Chengdu']]);
  });
});

describe('a forecast percentage joined by "and" to another', () => {
  it('reads both as forecast when the first has a decimal point', () => {
    const rows = rowsOf(
      'BEIJING, March 7 -- Exports rose 6.1% in February from a year earlier, while imports fell 2.2%. ' +
        'Analysts polled before the data had forecast a 3.8% rise in exports and a 1.5% gain in imports.',
      '2026-03-07',
    );
    expect(rows.map((r) => [r.flow, r.yoy_pct])).toEqual([
      ['export', 6.1],
      ['import', -2.2],
    ]);
  });

  it('still reads a result joined by "and" with a verb of its own', () => {
    const rows = rowsOf('BEIJING, March 7 -- Analysts had forecast export growth of 3.8%, and imports actually grew 1.5% in February.', '2026-03-07');
    expect(rows.map((r) => [r.flow, r.yoy_pct])).toEqual([['import', 1.5]]);
  });
});

describe('goods shipped into the place the release is on', () => {
  it('reads shipments "into the province" as imports, past an aside on where they went next', () => {
    const rows = rowsOf(
      'NANNING, Jan. 21 -- Guangxi\'s foreign trade rose 4.1 percent to 760.3 billion yuan in 2025.\n\n' +
        'Shipments of iron ore into the region, most of them bound for coastal steel mills, rose 3.5% to 61.2 million tonnes last year.',
      '2026-01-21',
    );
    expect(rows.map((r) => [r.value, r.flow])).toEqual([
      [760.3e9, 'total'],
      [61.2e6, 'import'],
    ]);
  });
});

describe('a place word out of sight of a look-back window', () => {
  it('keeps a level after "the provincial capital" whatever the length of the words between', () => {
    const rows = rowsOf(
      "CHANGSHA, Aug. 14 -- Hunan's foreign trade totaled 301.5 billion yuan from January to July.\n\n" +
        'The provincial capital Changsha reported foreign trade of 128.4 billion yuan for the seven months, up 4.4 percent.',
      '2026-08-14',
    );
    expect(areas(rows)).toEqual([
      [301.5e9, 'Hunan'],
      [128.4e9, 'Changsha'],
    ]);
  });
});
