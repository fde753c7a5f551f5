/**
 * Rules of issue 9, part fd: the rest of the blind batch b105 (helper fix105b, 2026-12-04), each written here in our own
 * words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a multiple of the same month of a named year', () => {
  it('reads "1.8 times that of the same month in 2021" as up 80 percent', () => {
    const got = rows(`Qinghai's trade picks up

XINING, April 20 (Xinhua) -- In March 2022, Qinghai's foreign trade reached 340 million yuan, 1.8 times that of the same month in 2021, the provincial customs said.`, '2022-04-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[340_000_000, 80]]);
  });
});

describe('a share said as "equal to" a part of a place\'s trade', () => {
  it('reads "equal to 5.2 percent of China-Russia trade" as a share of the half year', () => {
    const got = rows(`Border trade grows

HARBIN, July 20 -- Goods crossing the province's border ports in the first half of 2023 were valued at 9.6 billion U.S. dollars, equal to 5.2 percent of China-Russia trade.`, '2023-07-20');
    expect(got.map((r) => [r[0], r[1], r[2], r[3]])).toContainEqual(['2023-01', '2023-06', 5.2, 'percent-share']);
  });
});

describe('goods bound for a region a foreign country owns', () => {
  const lead = `Jilin's trade rises

CHANGCHUN, Oct. 21 -- Jilin's foreign trade reached 98 billion yuan in the first nine months of 2019.`;

  it('keeps the province as the place and takes the country as partner', () => {
    const got = rows(`${lead} Seafood exports destined for Japan's Hokkaido came to 1.4 billion yuan.`, '2019-10-21');
    expect(got.map((r) => [r[2], r[5], r[6]])).toContainEqual([1_400_000_000, 'Jilin', 'Japan']);
  });

  it('names no partner when the destination is only where most of the goods went', () => {
    const got = rows(`${lead} Machinery exports, chiefly parts and tools bound for Russia's Primorye, came to 0.9 billion yuan.`, '2019-10-21');
    expect(got.map((r) => [r[2], r[5], r[6]])).toContainEqual([900_000_000, 'Jilin', 'World']);
  });
});

describe('a dated headline bound over a body figure the headline names by its owner', () => {
  it('reads "two ports top 2 mln tonnes in 5 months" as the body\'s figure of the named ports, not a row of its own', () => {
    const got = rows(`Hulunbuir's two border ports top 2 mln tonnes in 5 months

HAILAR, June 12 -- Manzhouli and Heishantou ports together handled 2.08 million tonnes of freight in the first five months of 2025, up 9.3 percent year on year, customs said.`, '2025-06-12');
    expect(got.filter((r) => r[3] === 'tonnes').map((r) => r[2])).toEqual([2_080_000]);
  });
});
