/**
 * Rules of the fixing round for the leftovers of batches b237-b240, b244-b246 (thirty-sixth session): each frame in several
 * sentences of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, value: number, published = '2024-07-14') => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a place named after a later clause\'s own amount does not reach back to a figure whose clause names none', () => {
  it('reads a place after a semicolon and its own tonnage as that tonnage\'s only', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024, up 4.4 percent. Trade with Vietnam grew 12.5 percent to 41.6 billion yuan; 1.35 million tonnes of fruit entered through Youyiguan port in the period.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Guangxi');
    expect(areaOf(text, 1.35e6, '2024-03-03')).toBe('Youyiguan Port');
  });
  it('reads a port after "and" and a count of containers', () => {
    const text = "HANOI, March 3 -- Vietnam's exports rose 8.1 percent to 61.2 billion dollars in the first two months of 2024. Shipments to China climbed 20 percent to 9.4 billion dollars, and some 310,000 containers passed through Haiphong port over the two months.";
    expect(areaOf(text, 9.4e9, '2024-03-03')).toBe('Vietnam');
  });
  it('reads a crossing after a colon and a count of trains', () => {
    const text = "URUMQI, July 14 -- Xinjiang's trade totalled 205.3 billion yuan in the first half of 2024, up 2.9 percent. Trade with Kazakhstan gained 7.4 percent to 61.9 billion yuan, with the railway doing much of the work: 4,120 freight trains crossed at Khorgos in the six months.";
    expect(areaOf(text, 61.9e9)).toBe('Xinjiang');
  });
  it('reads a port after a "with" clause of its own tonnage', () => {
    const text = "HOHHOT, July 14 -- Inner Mongolia's trade totalled 98.6 billion yuan in the first half of 2024, up 9.5 percent. Imports from Mongolia jumped 31 percent to 22.4 billion yuan, with 18.7 million tonnes of coal unloaded at Erenhot in the half year.";
    expect(areaOf(text, 22.4e9)).toBe('Inner Mongolia');
  });
  it('reads a port after a comma and an appended amount "of it"', () => {
    const text = "HOHHOT, July 14 -- Inner Mongolia's trade totalled 98.6 billion yuan in the first half of 2024, up 9.5 percent. Trade with Mongolia climbed 15 percent to 14.2 billion yuan, 9.1 million tonnes of it coal hauled through Ganqimaodu port.";
    expect(areaOf(text, 14.2e9)).toBe('Inner Mongolia');
  });
  it('reads a town after "and of that" and a tonnage moved across it', () => {
    const text = "HARBIN, July 14 -- Heilongjiang's trade totalled 139.1 billion yuan in the first half of 2024, up 6.2 percent. Exports to Russia reached 30.2 billion yuan, up 5 percent, and of that about 2.4 million tonnes moved across the bridge at Heihe.";
    expect(areaOf(text, 30.2e9)).toBe('Heilongjiang');
  });
  it('keeps a port named before the figure in its own clause (near miss)', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024, up 4.4 percent. Trade through Youyiguan port grew 12.5 percent to 41.6 billion yuan, and 1.35 million tonnes of fruit entered there.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Youyiguan Port');
  });
  it('keeps a port named right after the figure, before any other amount (near miss)', () => {
    const text = "NANNING, March 3 -- Guangxi's foreign trade reached 98.2 billion yuan in the first two months of 2024. Exports grew 12.5 percent to 41.6 billion yuan at Youyiguan port, up 3 percent.";
    expect(areaOf(text, 41.6e9, '2024-03-03')).toBe('Youyiguan Port');
  });
});
