/**
 * Rules of issue 9, part bh: leftovers of batches 44 and 45 (fixtures b44-… and b45-… in tests/corpus/press-release),
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string; partner?: string }) => [r.value, r.area, r.partner];

describe('two countries joined by a dash before "trade"', () => {
  it('are the reporter and the partner with an en dash as with a hyphen', () => {
    const text = 'TASHKENT. Uzbekistan–Kyrgyzstan trade turnover reached 1.9 billion dollars in January-September 2026, the statistics agency said.';
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([[1900000000, 'Uzbekistan', 'Kyrgyzstan']]);
  });

  it('and with a spaced dash', () => {
    const text = 'TASHKENT. Uzbekistan – Kyrgyzstan trade came to 1.9 billion dollars in January-September 2026, the statistics agency said.';
    expect(releaseRows(text, '2026-10-20').map(placed)).toEqual([[1900000000, 'Uzbekistan', 'Kyrgyzstan']]);
  });
});

describe('border ports named in a release datelined in the other side\'s capital', () => {
  it('do not make the release China\'s: a figure naming no place is the dateline\'s country', () => {
    const text = [
      'Torugart and Irkeshtam busier than ever',
      '',
      'Kabar news agency, Bishkek – Traffic through Torugart and Irkeshtam kept growing this year, officials said.',
      '',
      'In January-June 2026 the customs service transferred 30.2 billion soms to the budget.',
    ].join('\n');
    expect(releaseRows(text, '2026-07-15', { revenue: true }).map((r) => [r.value, r.area])).toEqual([[30200000000, 'Kyrgyzstan']]);
  });
});

describe('a province the lexicon lacks, named once with its administrative word', () => {
  it('is that province again where the release names it alone as an owner', () => {
    const text = 'HANOI. Trade through the Tay Trang border gate in the province of Dien Bien reached 95 million USD in January-October 2026. Taken over all of Dien Bien\'s three border gates, trade came to 140 million USD.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.area])).toEqual([
      [95000000, 'Tay Trang Port'],
      [140000000, 'Dien Bien'],
    ]);
  });
});

describe('"customs payments"', () => {
  it('are a levy, no flow of goods, even after a sentence on imports', () => {
    const text = 'ASTANA. Imports reached 4.1 billion dollars in January-May 2026. In May, customs payments came to 96 billion tenge.';
    expect(releaseRows(text, '2026-06-12', { revenue: true }).map((r) => [r.value, r.flow])).toEqual([
      [4100000000, 'import'],
      [96000000000, 'other'],
    ]);
  });
});

describe('a port\'s customs office cited as the source of another port\'s figures', () => {
  it('is not the port a later "the port" points back to', () => {
    const text = 'The Jinshuihe port handled goods worth 3.1 billion yuan in January-October 2026, Hekou Customs said. Exports through the port reached 1.2 billion yuan.';
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.area])).toEqual([
      [3100000000, 'Jinshuihe Port'],
      [1200000000, 'Jinshuihe Port'],
    ]);
  });
});
