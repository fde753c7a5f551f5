/**
 * Rules of issue 9, part a0c: the fixing round of the blind batch b111 (helper fix111, 2026-12-04): other countries' agencies
 * on their own trade. Each rule is written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow, r.commodity]);

describe('a change that leads into a high or a low the level reached', () => {
  const release = (reached: string) => `Chip sales abroad climb

TAIPEI, March 9 -- Taiwan's exports of electronic components rose 18.5 percent to ${reached} $21.3 billion in February, the finance ministry said.`;

  it.each(['an all-time monthly high of', 'a record monthly high of', 'a new high of', 'a 14-month high of', 'a three-year peak of'])('gives the change to the amount after "%s"', (reached) => {
    const got = rows(release(reached), '2026-03-09').filter((r) => r[2] === 21_300_000_000 || r[2] === null);
    expect(got.map((r) => [r[2], r[4]])).toEqual([[21_300_000_000, 18.5]]);
  });

  it('gives a fall to the amount after "a two-year low of"', () => {
    const got = rows(`Coal shipments slide

ULAANBAATAR, May 4 -- Mongolia's coal exports dropped 9.2 percent to a two-year low of 5.6 million tonnes in April, customs said.`, '2026-05-04');
    expect(got.map((r) => [r[2], r[3], r[4]])).toEqual([[5_600_000, 'tonnes', -9.2]]);
  });
});

describe('the turnover of a largest market, with the place whose market it is named between', () => {
  it('reads "the largest export market of <country> with a turnover of" as exports to that market', () => {
    const got = rows(`Garment sales grow

VIENTIANE, July 3 -- Thailand was again the biggest export market of Laos with an estimated turnover of 1.9 billion USD in the first half of 2026, up 6.1 percent.`, '2026-07-03');
    expect(got.map((r) => [r[2], r[6], r[7]])).toEqual([[1_900_000_000, 'Thailand', 'export']]);
  });

  it('reads "the largest import market of <country, two words> with a turnover of" as imports from it', () => {
    const got = rows(`Imports from Korea rise

HANOI, April 2 -- South Korea remained the largest import market of Viet Nam with a turnover of 14.2 billion USD in the first quarter of 2026, up 9 percent.`, '2026-04-02');
    expect(got.map((r) => [r[2], r[6], r[7]])).toEqual([[14_200_000_000, 'South Korea', 'import']]);
  });
});

describe('the year a measure was put on, after the measure and who acted', () => {
  const lead = `Steel exports recover

SEOUL, June 2 -- South Korea's steel exports came to $2.9 billion in May, the ministry said.`;

  it('leaves a sentence with no period of its own in the month before when "the duties <actor> imposed last year" closes it', () => {
    const got = rows(`${lead} Shipments to the European Union rose 4.4 percent to $1.2 billion despite the safeguard duties Brussels imposed last year.`, '2026-06-02');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toContainEqual(['2026-05', '2026-05', 1_200_000_000, 4.4]);
    expect(got.map((r) => r[0])).not.toContain('2025-01');
  });

  it('does so too when the measure is said to have been imposed on someone, with no actor named', () => {
    const got = rows(`${lead} Shipments to the United States fell 3 percent to $610 million under the tariffs imposed on Korean steel last year.`, '2026-06-02');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toContainEqual(['2026-05', '2026-05', 610_000_000, -3]);
  });
});

describe('a part of a whole opened by "with" after a change', () => {
  it('reads ", with about N% of the volume bound for <country>" as a share with that partner, not a change', () => {
    const got = rows(`Beef exports gain

MONTEVIDEO, Feb. 6 -- Uruguay's beef exports reached 41,000 tonnes in January, up 6.3 percent, with about 58 percent of the volume bound for China.`, '2026-02-06');
    expect(got.map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      [41_000, 'tonnes', 6.3, 'World'],
      [58, 'percent-share', null, 'China'],
    ]);
  });

  it('does not give the share to the next sentence\'s level as its growth', () => {
    const got = rows(`Beef exports gain

MONTEVIDEO, Feb. 6 -- Uruguay's beef exports reached 41,000 tonnes in January, up 6.3 percent, with 58 percent of the volume bound for China. Sales of all goods to China came to $310 million in January.`, '2026-02-06');
    expect(got.find((r) => r[2] === 310_000_000)?.[4]).toBeNull();
  });

  it('still reads "up 5 percent, with growth of 3 percent in volume" as changes (no whole after "of")', () => {
    const got = rows(`Wine exports rise

SANTIAGO, Jan. 8 -- Chile's wine exports rose 5 percent to $160 million in December, with shipments to China up 12 percent.`, '2026-01-08');
    expect(got.map((r) => r[4])).toEqual([5, 12]);
  });
});

describe('a headline change that rounds the one change of its place and period, under a looser flow word', () => {
  const release = (body: string) => `Shipments through Gashuunsukhait to China up 7% in first half

ULAANBAATAR, July 10 (Montsame) -- Freight through the Gashuunsukhait border crossing came to 21.4 million tonnes in January-June 2026, up 7.3 percent year on year, the crossing's administration said. ${body}`;

  it('is the body change rounded: neither a row of its own nor the change of the exports the body gives without one', () => {
    const got = rows(release('Exports to China via the crossing totaled 18.2 million tonnes.'), '2026-07-10');
    expect(got.map((r) => [r[2], r[4], r[7]])).toEqual([
      [21_400_000, 7.3, 'total'],
      [18_200_000, null, 'export'],
    ]);
  });

  it('stays a row of its own when the body gives a change of all goods exported that it does not round', () => {
    const got = rows(release('Exports to China via the crossing totaled 18.2 million tonnes, up 3.2 percent.'), '2026-07-10');
    expect(got.map((r) => [r[2], r[4], r[7]])).toContainEqual([null, 7, 'export']);
  });
});

describe('an amount followed by "through" or "via" a port', () => {
  const lead = `Freight on the eastern border grows

Ulaanbaatar, 9 December 2026. Freight traffic through the Zamyn-Uud and Gashuunsukhait crossings reached 31.2 million tonnes in January-November 2026.`;

  it('gives the second item of a list that leaves out its verb the port named after it', () => {
    const got = rows(`${lead} Of this, 12.5 million tonnes passed through Zamyn-Uud and 18.7 million tonnes through Gashuunsukhait.`, '2026-12-09');
    expect(got.filter((r) => r[2] !== 31_200_000).map((r) => [r[2], r[5]])).toEqual([
      [12_500_000, 'Zamyn-Uud Port'],
      [18_700_000, 'Gashuunsukhait Port'],
    ]);
  });

  it('keeps giving an amount of named goods "via" a port that port, after a clause on another port', () => {
    const got = rows(`${lead} Zamyn-Uud handled more fuel than a year before, and 16.1 million tonnes of coal went via Gashuunsukhait.`, '2026-12-09');
    expect(got.find((r) => r[2] === 16_100_000)?.[5]).toBe('Gashuunsukhait Port');
  });
});

describe('a bare number closing a span from an amount in another unit', () => {
  const lead = `Fruit trade through Mong Cai grows

QUANG NINH, Nov. 20 -- Exports through the Bac Luan II bridge gate reached $1.21 billion in the first ten months of 2026.`;

  it('reads no count of the subject from "from around six hours to under two" after "a truck"', () => {
    const got = rows(`${lead} Inspection time for a truck of fruit has fallen from around six hours to under two, the gate's customs office said.`, '2026-11-20');
    expect(got.map((r) => r[2])).toEqual([1_210_000_000]);
  });

  it('reads none either from "from 14 days to 9" after "containers"', () => {
    const got = rows(`${lead} Dwell time for containers at the yard fell from 14 days to 9.`, '2026-11-20');
    expect(got.map((r) => r[2])).toEqual([1_210_000_000]);
  });

  it('still reads the end of a span of the counted thing itself', () => {
    const got = rows(`${lead} Freight trains dispatched from the Lao Cai station in October rose from 96 trains to 130.`, '2026-11-20');
    expect(got.map((r) => r[2])).toContain(130);
  });
});

describe('goods "valued at over" an amount of millions or more', () => {
  it('reads "goods valued at over USD 4.6 billion" as a hedged amount traded, not a limit', () => {
    const got = rows(`Border trade rises

VIENTIANE, Oct. 8 -- Laos exported goods valued at over USD 4.6 billion to Thailand in the first nine months of 2026, the ministry said.`, '2026-10-08');
    expect(got.map((r) => [r[2], r[3], r[6], r[7]])).toEqual([[4_600_000_000, 'USD', 'Thailand', 'export']]);
    expect(releaseRows(`Laos exported goods valued at over USD 4.6 billion to Thailand in the first nine months of 2026.`, '2026-10-08')[0]?.qualifier).toBe('more_than');
  });

  it('reads "were valued at more than $2.3 million" as the amount too', () => {
    const got = rows(`Durian exports were valued at more than $2.3 million in September, the customs office said.`, '2026-10-08');
    expect(got.map((r) => r[2])).toEqual([2_300_000]);
  });

  it('still reads a limit on one parcel as no figure ("parcels valued at under $800")', () => {
    const got = rows(`Parcels valued at under $800 enter duty-free, and exports reached $5.2 billion in September.`, '2026-10-08');
    expect(got.map((r) => r[2])).toEqual([5_200_000_000]);
  });
});

describe('an amount with its unit, then "came in" or "went out"', () => {
  const lead = `Gashuunsukhait freight grows

ULAANBAATAR, July 10 (Montsame) -- Freight through the Gashuunsukhait border crossing came to 21.4 million tonnes in January-June 2026.`;
  const flows = (body: string) => rows(`${lead} ${body}`, '2026-07-10').filter((r) => r[2] !== 21_400_000).map((r) => [r[2], r[7]]);

  it('reads "while 3.2 million tonnes came in from China" after exports as imports', () => {
    expect(flows('Exports to China via the crossing totaled 18.2 million tonnes, while 3.2 million tonnes came in from China.')).toEqual([
      [18_200_000, 'export'],
      [3_200_000, 'import'],
    ]);
  });

  it('reads "3,200 tonnes of goods came in" as imports too', () => {
    expect(flows('Exports via the crossing totaled 18.2 million tonnes, while 3,200 tonnes of goods came in.')).toContainEqual([3_200, 'import']);
  });

  it('reads "18.2 million tonnes went out" after imports as exports', () => {
    expect(flows('Imports via the crossing totaled 3.2 million tonnes, while 18.2 million tonnes went out.')).toContainEqual([18_200_000, 'export']);
  });
});
