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

describe('a comparative whose base is the span\'s final month a year before reports on that month alone', () => {
  const rowOf = (text: string, value: number, published: string) => releaseRows(text, published).find((r) => r.value === value);
  it('reads "N percent more than in August 2018" after a January–August sentence', () => {
    const text = 'BEIJING, Sept 8 -- Over the first eight months the country imported 681.9 million tonnes of iron ore. Coal imports totalled 32.95 million tonnes, 14.5 percent more than in August 2018.';
    expect(rowOf(text, 32.95e6, '2019-09-08')).toMatchObject({ period_start: '2019-08', period_end: '2019-08', yoy_pct: 14.5 });
  });
  it('reads "higher than during March 2025" with the growth before the level', () => {
    const text = 'HANOI, April 6 -- In the first quarter rice exports reached 2.1 million tonnes. Coffee shipments were 9 percent higher than during March 2025, at 180,000 tonnes.';
    expect(rowOf(text, 180000, '2026-04-06')).toMatchObject({ period_start: '2026-03', period_end: '2026-03' });
  });
  it('reads "a volume N percent smaller than in October 2025" with a fall', () => {
    const text = 'JAKARTA, Nov 15 -- From January to October palm oil exports came to 24.3 million tonnes. Coal sales abroad amounted to 41.2 million tonnes, a volume 6.1 percent smaller than in October 2025.';
    expect(rowOf(text, 41.2e6, '2026-11-15')).toMatchObject({ period_start: '2026-10', period_end: '2026-10', yoy_pct: -6.1 });
  });
  it('reads "above the level of June 2025" as a comparative base', () => {
    const text = 'SANTIAGO, July 9 -- Copper exports for the first half totalled 5.4 million tonnes. Lithium carbonate shipments of 24,500 tonnes were 12 percent above the level of June 2025.';
    expect(rowOf(text, 24500, '2026-07-09')).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
  });
  it('reads "lower than in May 2025" in a sentence opened by its subject', () => {
    const text = 'CANBERRA, June 12 -- In January-May iron ore exports came to 370.5 million tonnes. Wheat exports, at 1.9 million tonnes, were 8 percent lower than in May 2025.';
    expect(rowOf(text, 1.9e6, '2026-06-12')).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('keeps the span for a base that is the same span a year before (near miss)', () => {
    const text = 'BEIJING, Sept 8 -- Over the first eight months the country imported 681.9 million tonnes of iron ore, 3 percent more than in January-August 2018.';
    expect(rowOf(text, 681.9e6, '2019-09-08')).toMatchObject({ period_start: '2019-01', period_end: '2019-08' });
  });
  it('keeps the span for "up from X in October 2025", a level base that is no comparative (near miss)', () => {
    const text = 'BEIJING, Nov 20 -- Over January to October coal imports came to 78.4 million tons. Australia shipped 6.9 million tons to China, up from 5.2 million tons in October 2025.';
    expect(rowOf(text, 6.9e6, '2026-11-20')).toMatchObject({ period_start: '2026-01', period_end: '2026-10' });
  });
});
