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
