/**
 * Issue 9, fixing round for blind batch b125 (session 24): text as a scraper delivers it (captions, flattened tables,
 * entity residue). Each test names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2025-09-06') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const areasOf = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area]);

describe('a labelled photo caption run into a paragraph gives the figures after it no place', () => {
  // Scraped pages run a picture's caption into the paragraph around it (on one line, as here): the figures after it are
  // still the release's, not those of the port or the day the picture shows.
  const around = (caption: string) =>
    `China's exports in August rose 4.4 percent year on year to 321.8 billion U.S. dollars, customs data showed. ${caption} Imports in the first eight months reached 1.71 trillion dollars, down 2.3 percent.`;
  const captions = [
    'Photo: Containers are loaded onto a ship at a terminal in Tianjin.',
    'PICTURE: Trucks queue at the Horgos border crossing, Sept. 2, 2025.',
    'File photo: Containers are stacked at the Yangshan terminal in Shanghai.',
    'Pictured: a cargo ship berths at Ningbo-Zhoushan Port.',
    'Image: cranes at the Qianwan terminal in Qingdao.',
  ];
  for (const caption of captions) {
    it(`keeps the release's area past "${caption.slice(0, 20)}..."`, () => {
      expect(areasOf(around(caption))).toEqual([[321_800_000_000, 'China'], [1_710_000_000_000, 'China']]);
    });
  }
  it('still takes the port a sentence about images names, with no caption label', () => {
    const text = "Vietnam's exports in August rose 9.1 percent year on year to 42.3 billion U.S. dollars. Images from Haiphong Port show a new terminal opened in July. The port handled 1.2 million TEUs in the first eight months, up 8 percent.";
    expect(areasOf(text).at(-1)).toEqual([1_200_000, 'Haiphong Port']);
  });
});
