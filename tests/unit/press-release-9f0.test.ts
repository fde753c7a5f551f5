/**
 * Rules of issue 9, part f0: other countries' agencies and commodity stories of the blind batch 94 (helper b94,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a list of partner shares that leaves out the dash', () => {
  it('reads "of the EAEU countries 14.2%" after "the share of X in the turnover" as the next partner, not the area', () => {
    const got = rows(`The foreign trade turnover of Uzbekistan in January-June 2026 reached 31.4 billion US dollars.
The share of the EU countries in the turnover was 17.5%, of the EAEU countries 14.2%. Trade with Turkey amounted to 2.1 billion dollars.`, '2026-07-20');
    expect(got.filter((r) => r[3] === 'percent-share' || r[6] === 'Turkey').map((r) => [r[2], r[5], r[6]])).toEqual([
      [17.5, 'Uzbekistan', 'European Union'],
      [14.2, 'Uzbekistan', 'EAEU'],
      [2_100_000_000, 'Uzbekistan', 'Turkey'],
    ]);
  });
});

describe('a revised earlier month in the first sentence with figures', () => {
  it('keeps the month the first sentence reports for the next sentences, not the revised month it compares with', () => {
    const got = rows(`New Zealand's goods balance was a surplus of $1,210m in seasonally adjusted terms in March 2024, up from the revised surplus of $640m in February 2024.
Seasonally adjusted goods exports rose 2.1 percent to $6,050m.`, '2024-04-26');
    expect(got.find((r) => r[2] === 6_050_000_000)?.slice(0, 2)).toEqual(['2024-03', '2024-03']);
  });
});

describe('a balance named in a relative clause about a flow', () => {
  it('keeps the imports of "Fuel imports, which account for most of the deficit, were ..."', () => {
    const got = rows(`Morocco's trade deficit widened to 28.4 billion dirhams in May 2025. Fuel imports, which account for most of the deficit, were 9.6 billion dirhams, down 4.0 percent.`, '2025-06-30');
    expect(got.find((r) => r[2] === 9_600_000_000)?.[7]).toBe('import');
  });
});
