/**
 * Fixing round a215 on b297: statistical releases as a PDF-to-text tool delivers them (column heads set in narrow cells,
 * letterheads, running lines, tables flattened into lines of numbers). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a currency sign with its scale in brackets after it ("NZ$(million)", "R (millions)") heads a column in that scale', () => {
  it('reads "NZ$(million)" over partners with a change column', () => {
    const text = 'Goods trade: March 2025\nIn March 2025 goods exports rose 6 percent from March 2024 to NZ$6.0 billion.\n\nTop export destinations, March 2025\nCountry        NZ$(million)    Change from Mar 2024 (%)\nChina          1,210           6.1\nAustralia      744             -1.5\nJapan          310             2.2\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 1.21e9, 'NZD', 6.1]);
  });
  it('reads "R (millions)" over regions', () => {
    const text = 'Monthly trade bulletin\nIn March 2025, South Africa exported goods worth R170.2 billion.\n\nExports by region, March 2025\nRegion         R (millions)     Change (%)\nAsia           58,120           4.4\nEurope         40,310           -2.0\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 58.12e9, 'ZAR', 4.4]);
  });
  it('reads "€ (bn)" over partners of the euro area', () => {
    const text = 'Euro area exports rose in March 2025.\n\nExtra-euro area exports by partner, March 2025\nPartner         € (bn)     Growth (%)\nUnited States   48.1       3.5\nChina           19.4       -6.2\nUnited Kingdom  26.0       1.1\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 26e9, 'EUR', 1.1]);
  });
  it('reads "(USD) (thousands)", the sign bracketed on its own', () => {
    const text = 'In March 2025 Kenya exported goods worth 80 billion shillings.\n\nExports by destination, March 2025\nDestination     (USD) (thousands)     Change (%)\nUganda          81,200                 5.5\nTanzania        44,900                 -3.1\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 44.9e6, 'USD', -3.1]);
  });
  it('reads "US$ (million)" over a quarter\'s destinations', () => {
    const text = 'In the first quarter of 2025 Chile exported goods worth 25 billion dollars.\n\nExports by destination, first quarter 2025\nDestination     US$ (million)     Change (%)\nChina           9,210             6.1\nUnited States   3,744             -1.5\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-01', '2025-03', 3.744e9, 'USD', -1.5]);
  });
  it('reads no currency into a bracketed scale after a word (near miss)', () => {
    const text = 'Goods trade: March 2025\nIn March 2025 goods exports rose 6 percent from March 2024 to NZ$6.0 billion.\n\nTop export destinations, March 2025\nCountry        Exports (million)    Change from Mar 2024 (%)\nChina          1,210           6.1\nAustralia      744             -1.5\n';
    expect(releaseRows(text, '2025-04-20').some((r) => r.value === 1.21e9 || r.value === 1210)).toBe(false);
  });
  it('keeps a sign whose brackets hold no scale in units (near miss)', () => {
    const text = 'In March 2025 Chile exported goods worth 25 billion dollars.\n\nExports by destination, March 2025\nDestination     US$ (fob)     Change (%)\nChina           9,210,000     6.1\nUnited States   3,744,000     -1.5\n';
    expect(releaseRows(text, '2025-04-20').some((r) => r.value === 9.21e9)).toBe(false);
  });
});
