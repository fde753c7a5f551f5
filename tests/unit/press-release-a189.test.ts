/**
 * Rules of the second fixing round for b284 (agricultural attaché and commodity reports): each frame in several phrasings of
 * our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** The area of the row of `value` in the release. */
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

const CATTLE = 'Australian live cattle exports to Vietnam climbed to 486,300 head in calendar 2025, up 12.4% on 2024, department export data show.\n\n';
const SOY = 'Brazilian soybean exports to China hit 73 million tonnes in 2024, up 6%, the trade ministry said.\n\n';

describe("a paragraph citing its country's own statistics takes the figures back from another reporter (geography.ts)", () => {
  it('reads "Data from Statistics <country> show" opening the sentence', () => {
    expect(areaOf(`${CATTLE}Data from Statistics Indonesia (BPS) show beef imports of 298,000 tonnes in 2025.`, '2026-02-18', 298000)).toBe('Indonesia');
  });
  it('reads the agency after the figure, "according to Statistics <country>"', () => {
    expect(areaOf(`${CATTLE}Beef imports reached 298,000 tonnes in 2025, according to Statistics Indonesia.`, '2026-02-18', 298000)).toBe('Indonesia');
  });
  it('reads a country\'s customs as the subject of "said"', () => {
    expect(areaOf(`${SOY}Vietnam Customs said soybean imports rose to 2.1 million tonnes in 2024.`, '2025-02-10', 2.1e6)).toBe('Vietnam');
  });
  it('reads the agency as the speaker after the figure, "..., Statistics <country> said"', () => {
    expect(areaOf(`${CATTLE}Beef imports came to 298,000 tonnes in 2025, Statistics Indonesia said.`, '2026-02-18', 298000)).toBe('Indonesia');
  });
  it('reads the agency that "put" the amount "at"', () => {
    expect(areaOf(`${CATTLE}Statistics Indonesia put the year's beef imports at 298,000 tonnes, 18% above 2024.`, '2026-02-18', 298000)).toBe('Indonesia');
  });
  it('reads "data from <country> Customs showed" closing a sentence on goods coming into "the country"', () => {
    expect(areaOf(`${SOY}Shipments of soybeans into the country totalled 2.1 million tonnes in 2024, data from Vietnam Customs showed.`, '2025-02-10', 2.1e6)).toBe('Vietnam');
  });
  it("keeps the agency's country when the sentence names it as the importer too", () => {
    expect(areaOf(`${SOY}Soybean imports by Vietnam reached 2.1 million tonnes in 2024, Vietnam Customs said.`, '2025-02-10', 2.1e6)).toBe('Vietnam');
  });
  it('does not move the figures for traders of the other country (near miss)', () => {
    expect(areaOf(`${CATTLE}Indonesian traders said beef imports reached 298,000 tonnes in 2025.`, '2026-02-18', 298000)).toBe('Australia');
  });
  it('does not move the figures when the source is the current reporter\'s own bureau (near miss)', () => {
    expect(areaOf(`${CATTLE}Beef exports to Indonesia reached 298,000 tonnes in 2025, the Australian Bureau of Statistics said.`, '2026-02-18', 298000)).toBe('Australia');
  });
});
