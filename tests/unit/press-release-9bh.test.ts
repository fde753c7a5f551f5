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
    expect(releaseRows(text, '2026-07-15').map((r) => [r.value, r.area])).toEqual([[30200000000, 'Kyrgyzstan']]);
  });
});
