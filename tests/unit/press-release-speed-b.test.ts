/**
 * Speed of the place reader (helper speedB): a sentence's places are read once per release. The first read (whose
 * release it is, no country known yet) gives the second (the sentence's figures, the country known) its roles whenever
 * no rule's question about the release gets another answer; a rule asks its question only once its words match.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces, forgetPlaceNames } from '../../functions/core/extract/press-release/geography.js';

/** The places of `s` read first as the country vote reads them, then as the figures' reader does in a release on `country`. */
function readTwice(s: string, country: string): { first: unknown; second: unknown } {
  forgetPlaceNames();
  const first = findPlaces(s, '');
  return { first, second: findPlaces(s, country, country) };
}

describe('places are read once per sentence of a release', () => {
  it('a foreign country with a possessive keeps the roles of the first read once the country is known', () => {
    const s = "Mongolia's coal exports in the first ten months came to 68.4 million tonnes, the customs office said.";
    const { first, second } = readTwice(s, 'China');
    expect(second).toBe(first);
    expect(second).toEqual([expect.objectContaining({ name: 'Mongolia', role: 'area' })]);
  });

  it('a partner and a region of the reporter keep the first read too', () => {
    const s = 'Trade between Yunnan and Laos rose 12.6 percent to 41.3 billion yuan in January-October.';
    const { first, second } = readTwice(s, 'China');
    expect(second).toBe(first);
  });
});
