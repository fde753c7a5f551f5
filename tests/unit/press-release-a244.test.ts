/**
 * Fixing round a244 on b316 (other countries' statistics offices and ministries): rules widened or written for the
 * language behind its misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a revised level of the month before, after a word of comparing, is a base of its own month; the figure keeps its month', () => {
  it('reads "posting a shortfall of ... after a revised surplus of ... in January"', () => {
    const rows = tuples('OTTAWA, April 4 - The country swung back into a goods deficit in February, posting a shortfall of C$1.39 billion after a revised surplus of C$0.51 billion in January, the agency said.', '2024-04-04');
    expect(rows).toContainEqual(['2024-02', '2024-02', -1.39e9, 'CAD', null]);
    expect(rows).toContainEqual(['2024-01', '2024-01', 0.51e9, 'CAD', null]);
  });
  it('reads "following an upwardly revised surplus of ... in April"', () => {
    const rows = tuples("CANBERRA, July 3 - In May, Australia's goods surplus narrowed to A$5.2 billion, following an upwardly revised surplus of A$6.1 billion in April, the bureau said.", '2025-07-03');
    expect(rows).toContainEqual(['2025-05', '2025-05', 5.2e9, 'AUD', null]);
    expect(rows).toContainEqual(['2025-04', '2025-04', 6.1e9, 'AUD', null]);
  });
  it('reads "compared with a revised level of ... in February"', () => {
    const rows = tuples('WIESBADEN, May 8 - German exports for March fell to €128.3 billion, compared with a revised level of €131.0 billion in February, the office said.', '2025-05-08');
    expect(rows).toContainEqual(['2025-03', '2025-03', 128.3e9, 'EUR', null]);
    expect(rows).toContainEqual(['2025-02', '2025-02', 131e9, 'EUR', null]);
  });
  it('reads "from a downwardly revised deficit of ... in July"', () => {
    const rows = tuples("LONDON, Oct 10 - Britain's goods deficit for August widened to £4.6 billion from a downwardly revised deficit of £3.9 billion in July, the ONS said.", '2025-10-10');
    expect(rows).toContainEqual(['2025-08', '2025-08', -4.6e9, 'GBP', null]);
    expect(rows).toContainEqual(['2025-07', '2025-07', -3.9e9, 'GBP', null]);
  });
  it('reads "against a revised trade deficit of ... in September"', () => {
    const rows = tuples("WELLINGTON, Nov 20 - New Zealand's goods balance swung to a surplus in October, of NZ$410 million, against a revised trade deficit of NZ$120 million in September.", '2025-11-20');
    expect(rows).toContainEqual(['2025-10', '2025-10', 410e6, 'NZD', null]);
    expect(rows).toContainEqual(['2025-09', '2025-09', -120e6, 'NZD', null]);
  });
  it('reads "following a surplus of ... in May" with no revision named', () => {
    const rows = tuples('SEOUL, July 1 - South Korea stayed in the black in June, posting a trade surplus of $2.4 billion following a surplus of $2.0 billion in May.', '2025-07-01');
    expect(rows).toContainEqual(['2025-06', '2025-06', 2.4e9, 'USD', null]);
    expect(rows).toContainEqual(['2025-05', '2025-05', 2.0e9, 'USD', null]);
  });
  it('keeps the next paragraph on the month reported (the revised month does not carry)', () => {
    const rows = tuples('OTTAWA, April 4 - In February the country posted a goods deficit of C$1.39 billion after a revised surplus of C$0.51 billion in January.\n\nTotal exports fell 5.3% on the month to C$62.90 billion.', '2024-04-04');
    expect(rows).toContainEqual(['2024-02', '2024-02', 62.9e9, 'CAD', null]);
  });
  it('keeps a revised level that no word of comparing leads to as a row of its month (near miss)', () => {
    const rows = tuples('OTTAWA, March 6 - Canada posted a revised surplus of C$0.51 billion in January and a deficit of C$1.39 billion in February, the agency said.', '2024-03-06');
    expect(rows).toContainEqual(['2024-01', '2024-01', 0.51e9, 'CAD', null]);
    expect(rows).toContainEqual(['2024-02', '2024-02', -1.39e9, 'CAD', null]);
  });
  it('keeps a figure "following" a policy, no amount after it, in its own month (near miss)', () => {
    const rows = tuples('JAKARTA, June 15 - Following a revised export rule in January, nickel exports reached $1.2 billion in May.', '2025-06-15');
    expect(rows).toContainEqual(['2025-05', '2025-05', 1.2e9, 'USD', null]);
  });
});
