/**
 * Fixing round a225: leftovers of b300, b303, b299 and b298, and readings the lead noticed in the code.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a month-on-month basis of a second change of the same flow is that change\'s own: the first, unmarked, stays year-on-year', () => {
  it('reads "increased by 11.5%, and rose by 6.7% month on month" (translated customs English)', () => {
    expect(tuples('In May, the import and export of Yunnan was 21.4 billion yuan, increased by 11.5%, and rose by 6.7% month on month.', '2024-06-20')).toContainEqual(['2024-05', '2024-05', 21.4e9, 'CNY', 11.5]);
  });
  it('reads "an increase of ..., and a month-on-month increase of ..."', () => {
    expect(tuples('In March, exports of Fujian were 64.2 billion yuan, an increase of 8.3%, and a month-on-month increase of 22.1%.', '2024-04-20')).toContainEqual(['2024-03', '2024-03', 64.2e9, 'CNY', 8.3]);
  });
  it('reads "grew ... to ..., and were ... higher month-on-month"', () => {
    expect(tuples('HANOI, Nov 6 -- Vietnam\'s exports grew 9.4 percent to $35.6 billion in October, and were 7.2 percent higher month-on-month.', '2025-11-06')).toContainEqual(['2025-10', '2025-10', 35.6e9, 'USD', 9.4]);
  });
  it('reads "down ...; month on month, they fell ..."', () => {
    expect(tuples('Imports of soybeans were 8.1 million tonnes in August, down 4.2%; month on month, they fell 13.5%.', '2025-09-10')).toContainEqual(['2025-08', '2025-08', 8.1e6, 'tonnes', -4.2]);
  });
  it('reads "up ..., and rose by ... compared with the previous month"', () => {
    expect(tuples('In April, the foreign trade of Ningbo reached 118.3 billion yuan, up 6.6%, and rose by 3.4% compared with the previous month.', '2025-05-22')).toContainEqual(['2025-04', '2025-04', 118.3e9, 'CNY', 6.6]);
  });
  it('reads "climbing ..., rising ... month on month" with the level first', () => {
    expect(tuples('Coal imports came to 42.3 million tonnes in July, climbing 5.1 percent, rising 8.8 percent month on month.', '2025-08-07')).toContainEqual(['2025-07', '2025-07', 42.3e6, 'tonnes', 5.1]);
  });
  it('keeps a lone month-on-month change off the year before (near miss)', () => {
    expect(tuples('In June, exports of Guangxi were 38.2 billion yuan, up 6.7% month on month.', '2019-07-22')).toContainEqual(['2019-06', '2019-06', 38.2e9, 'CNY', null]);
  });
  it('keeps a basis that closes a second flow\'s change governing the sentence (near miss)', () => {
    expect(tuples('In June, exports rose 2.1% to 38.2 billion yuan, and imports rose 6.7% month on month.', '2019-07-22')).toContainEqual(['2019-06', '2019-06', 38.2e9, 'CNY', null]);
  });
});
