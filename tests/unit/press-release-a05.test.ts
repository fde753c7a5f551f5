/**
 * Rules of issue 9, part a05: the fixing round of the blind batches b108 and b109 (helper fix108, 2026-12-04), each
 * written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('what a total would come to', () => {
  it('reads no row from "which would put the full-year total at" an amount', () => {
    const got = rows(`Nickel ore imports rise

Indonesia's nickel ore shipments to China came to 3.1 million tonnes in May, up 8 percent from a year earlier, customs data showed. Buyers plan to keep taking cargoes through the year, which would put annual purchases at more than 40 million tonnes.`, '2024-06-20');
    expect(got.map((r) => r[2])).not.toContain(40_000_000);
  });
});

describe('counts that are no trade figures', () => {
  const lead = `Jinhua's trade grows

HANGZHOU, Sept. 12 -- Jinhua's exports reached 80 billion yuan in the first eight months of this year, up 10 percent year on year.`;

  it('reads no count from one thing written as a word', () => {
    const got = rows(`${lead} Under the new mode, traders may pack goods of many owners in one container, and 600,000 containers left the city in the period.`, '2024-09-12');
    expect(got.map((r) => r[2])).not.toContain(1);
  });

  it('reads no count of buyers after "the number of"', () => {
    const got = rows(`${lead} More than 2,000 containers left the city in the period, and the number of overseas buyers registered with the market topped 8,000.`, '2024-09-12');
    expect(got.map((r) => r[2])).not.toContain(8_000);
  });
});

describe('a sentence that opens with its growth', () => {
  it('joins "Down 4.2 percent year on year, <subject> came to" to the level the subject reaches', () => {
    const got = rows(`Exports ease

HAIKOU, Aug. 9 -- Down 4.2 percent year on year, Hainan's exports in the first seven months of 2025 came to 41.3 billion yuan, the provincial customs said.`, '2025-08-09');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[41_300_000_000, -4.2]]);
  });
});

describe('bases dated a year before by the words after them', () => {
  it('reads the amount a total stayed "slightly below", brought in over the same period last year, as that period\'s level', () => {
    const got = rows(`Soybean imports slip

BEIJING, Oct 13 (Reuters) - China brought in 81.2 million tonnes of soybeans in the first nine months, slightly below the 82.4 million tonnes brought in over the same period last year, customs data showed.`, '2024-10-13');
    expect(got.map((r) => [r[0], r[1], r[2]])).toContainEqual(['2023-01', '2023-09', 82_400_000]);
  });

  it('reads "up from X in the year-earlier period" as the same months a year before', () => {
    const got = rows(`Nickel imports climb

BEIJING, Feb 20 (Reuters) - China imported 4.1 million tonnes of nickel ore in January, up from 3.5 million tonnes in the year-earlier period, customs data showed.`, '2025-02-20');
    expect(got.map((r) => [r[0], r[1], r[2]])).toContainEqual(['2024-01', '2024-01', 3_500_000]);
  });
});

describe('a running total since the first run, its destination named with the country', () => {
  it('starts the total in the month of the first run past "for <city>, <country>,"', () => {
    const got = rows(`Rail port sums up

XI'AN, Nov. 3 -- Xi'an International Port handled 4,100 freight trains in the first ten months of 2023. By the end of October, cargo worth more than 200 billion yuan had been carried since the first train left the city for Hamburg, Germany, in November 2013.`, '2023-11-03');
    expect(got.map((r) => [r[0], r[1], r[2]])).toContainEqual(['2013-11', '2023-10', 200_000_000_000]);
  });
});

describe('goods named by a partner\'s adjective after a sentence on imports alone', () => {
  it('reads "the port handled X tonnes of Thai rice" as imports after "Rice from Thailand led its imports"', () => {
    const got = rows(`Port trade grows

NANNING, Jan. 12 -- Trade through Pingxiang Port reached 30.2 billion yuan in 2024, up 6.1 percent from a year earlier, the local customs said. Rice from Thailand, mostly fragrant varieties, led the port's imports. The port handled 210,000 tonnes of Thai rice last year.`, '2025-01-12');
    expect(got.filter((r) => r[2] === 210_000).map((r) => [r[6], r[7]])).toEqual([['Thailand', 'import']]);
  });
});
