/**
 * Issue 9, part a0f: goods named after a country written with stops ("U.S. soybeans", "U.K. whisky"), found by the lead
 * while merging the twenty-second session's rounds: the stop after the country's first letter ended the goods, so a
 * row was published with the commodity "U". Every text is written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const goods = (text: string) => releaseRows(text, '2026-06-18').map((r) => [r.value, r.commodity]);

describe('a country written with stops inside the goods a figure counts', () => {
  it.each([
    ['tonnes of', 'China took in 365,000 tonnes of U.S. sorghum in May, customs figures showed.', [[365_000, 'sorghum']]],
    ['imports of', "China's imports of U.S. sorghum dropped 18% to 365,000 tonnes in May.", [[365_000, 'sorghum']]],
    ['shipments of … slowed', 'Shipments of U.S. sorghum slowed to 365,000 tonnes in May.', [[365_000, 'sorghum']]],
  ])('names the goods, not the country\'s first letter (%s)', (_what, text, want) => {
    expect(goods(text)).toEqual(want);
  });

  it('keeps a country without stops as it was ("US sorghum")', () => {
    expect(goods('China took in 365,000 tonnes of US sorghum in May, customs figures showed.')).toEqual([[365_000, 'sorghum']]);
  });
});

describe('every exotic space reads as a plain one, in the sentence rules as in the whole-text readers', () => {
  // One class of exotic spaces serves the whole-text readers and the sentence rules (sentences.ts); this guards that a change
  // written with any of them is still read once the two lists became one.
  it.each([['en space', '\u2002'], ['em space', '\u2003'], ['punctuation space', '\u2008'], ['medium mathematical space', '\u205f']])(
    'reads a change written with an %s', (_name, space) => {
      const text = `Exports from the province rose${space}12.4${space}percent year on year to 36.5 billion yuan in the first half of 2026.`;
      expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.yoy_pct])).toEqual([[36_500_000_000, 12.4]]);
    },
  );
});
