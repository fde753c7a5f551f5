/**
 * Rules widened in the fixing round for b230, b229 (thirty-fifth session): each phenomenon in several frames of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, value: number, published = '2026-06-09') => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a place that is the scene of a clause of cause or circumstance is not carried as the area', () => {
  it('reads "as factories in and around X resumed work after a shutdown" as scenery', () => {
    const text = "China's May exports climb as Tianjin reopens\n\nBEIJING, June 9 -- China's exports climbed in May as plants in and around Tianjin resumed work after a three-week shutdown, customs data showed.\n\nOutbound shipments rose 11.2% to $290.5 billion.";
    expect(areaOf(text, 290.5e9)).toBe('China');
  });
  it('reads "after the port of X was hit by a typhoon" as scenery', () => {
    const text = 'BEIJING, Sept 8 -- Chinese imports slowed in August after the port of Ningbo was hit by a typhoon, the customs office said.\n\nImports grew 2.1% to $215.4 billion.';
    expect(areaOf(text, 215.4e9, '2026-09-08')).toBe('China');
  });
  it('reads "while X gradually recovered" with the place as the clause subject', () => {
    const text = 'BEIJING, Nov. 2 -- China\'s exports held up in October while Guangzhou was gradually recovering, official figures showed.\n\nShipments abroad totalled 333.6 billion dollars, up 7.4 percent.';
    expect(areaOf(text, 333.6e9, '2026-11-02')).toBe('China');
  });
  it('reads "because the city of X had been locked down" as scenery', () => {
    const text = 'BEIJING, April 13 -- China\'s imports fell in March because the city of Shenzhen had been locked down for a week.\n\nPurchases from abroad dropped 1.8% to $198.2 billion.';
    expect(areaOf(text, 198.2e9, '2026-04-13')).toBe('China');
  });
  it('reads "once X came out of its quarantine" with a later sentence', () => {
    const text = 'BEIJING, Feb 7 -- China\'s trade picked up in January once Xi\'an came out of its quarantine, data showed.\n\nExports increased 9.5% to $301.1 billion.';
    expect(areaOf(text, 301.1e9, '2026-02-07')).toBe('China');
  });
  it('keeps a place whose own trade the clause reports (near miss: "as X shipped more cars")', () => {
    const text = 'SHANGHAI, June 9 -- Shanghai\'s exports rose in May as Shanghai shipped more cars abroad.\n\nThe city\'s exports grew 12.4% to 150.2 billion yuan.';
    expect(areaOf(text, 150.2e9)).toBe('Shanghai');
  });
  it('keeps the release\'s own city when a place reopening is not in a clause of circumstance (near miss)', () => {
    const text = 'GUANGZHOU, June 9 -- Guangzhou resumed full port operations in May and exported goods worth 88.3 billion yuan, up 6.1 percent.';
    expect(areaOf(text, 88.3e9)).toBe('Guangzhou');
  });
});
