/**
 * A story datelined in Beijing that names no country, agency or place of its own reports China's figures, as a story
 * datelined in Tokyo or Seoul reports Japan's or South Korea's. Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => [...new Set(releaseRows(text, published).map((r) => r.area))];

describe('a Beijing dateline with no country named is China', () => {
  it.each([
    ['BEIJING, May 10 -- Shipments abroad rose 6.4% in April from a year earlier.\n\nExports reached $295.4 billion in the month, and imports fell 1.2% to $221.0 billion.', '2024-05-10'],
    ['BEIJING, Jan 14 (Reuters) - Outbound shipments grew 10.3% in December to a record $339.9 billion, beating forecasts, while a dock strike in Ningbo slowed loading for a week.', '2025-01-14'],
    ['BEIJING -- Exports slipped 2.1 percent year on year in October to $274.8 billion, official figures showed on Tuesday, and imports were up 0.4 percent at $218.3 billion.', '2023-11-07'],
    ['Beijing, March 7 - Exports in the first two months of the year climbed 7.1% to $528.0 billion, data released on Thursday showed.', '2024-03-07'],
    ['BEIJING, Aug 7 -- The trade surplus widened to $98.6 billion in July as exports rose 7.0 percent and imports edged up 7.2 percent.', '2024-08-07'],
  ])('reads %s', (text, published) => {
    expect(areas(text, published)).toEqual(['China']);
  });

  it("keeps the capital's own trade when the story names it", () => {
    expect(areas("BEIJING, July 20 -- Beijing's foreign trade rose 5.6 percent year on year to 1.8 trillion yuan in the first half, the municipal customs said.", '2024-07-20')).toEqual(['Beijing']);
  });

  it("keeps another reporter's figures when the story names its ministry", () => {
    expect(areas("BEIJING, Feb 19 -- Japan's exports rose 7.2 percent in January to 7.33 trillion yen, the Ministry of Finance in Tokyo said on Wednesday.", '2025-02-19')).toEqual(['Japan']);
  });
});
