/**
 * Rules of issue 9, part bv: smaller general phenomena left by blind batches 49, 51 and 52 (growths given
 * in the next sentence, asides inside a list, revision notes, shares named by the buyer ...), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const levelGrowth = (r: { value: number | null; yoy_pct: number | null }) => [r.value, r.yoy_pct];

describe('growths listed in the sentence after the levels, "respectively"', () => {
  it('pair in order with the levels of the sentence before when the subject only points back', () => {
    const rows = releaseRows('In January-September 2026, Dalian\'s trade with Russia came to 41.3 billion yuan and its trade with Germany to 12.9 billion yuan. These grew 5.5% and dropped 3.1% respectively.', '2026-10-20');
    expect(rows.map(levelGrowth)).toEqual([
      [41300000000, 5.5],
      [12900000000, -3.1],
    ]);
  });

  it('also after "they"', () => {
    const rows = releaseRows('Ningbo exported 610,000 tonnes of steel and 85,000 tonnes of aluminium in October 2026. They rose 12% and 4% respectively from a year earlier.', '2026-11-20');
    expect(rows.map(levelGrowth)).toEqual([
      [610000, 12],
      [85000, 4],
    ]);
  });
});

describe('an aside between dashes inside a "respectively" list', () => {
  it('does not split the list: the levels still pair with the growths in order', () => {
    const rows = releaseRows('In the first nine months of 2026 the Manzhouli port traded goods worth 20.5 billion yuan; exports came to 8.2 billion yuan -- mostly machinery, clothing and fruit from the south -- and imports 12.3 billion yuan, up 14.5 percent and 2.2 percent year on year respectively.', '2026-10-20');
    expect(rows.filter((r) => r.flow !== 'total').map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([
      ['export', 8200000000, 14.5],
      ['import', 12300000000, 2.2],
    ]);
  });
});

describe('a revision note', () => {
  const dated = (r: { period_start: string; period_end: string; value: number | null; flow: string }) => [r.period_start, r.period_end, r.value, r.flow];

  it('gives the revised figure for its own month; the figure first published, in brackets, is no row', () => {
    const rows = releaseRows("Thailand's trade in September 2026 came to USD 54.3 billion, up 3.1% y/y. Revision note: the August total published last month (USD 51.2 billion) has been revised to USD 51.6 billion.", '2026-10-20');
    expect(rows.map(dated)).toEqual([
      ['2026-09', '2026-09', 54300000000, 'total'],
      ['2026-08', '2026-08', 51600000000, 'total'],
    ]);
  });

  it('drops a first estimate named as such', () => {
    const rows = releaseRows('Exports in September 2026 were $21.4 billion, up 2.2% year on year. The first estimate of $20.1 billion for August was revised to $20.3 billion.', '2026-10-20');
    expect(rows.map(dated)).toEqual([
      ['2026-09', '2026-09', 21400000000, 'export'],
      ['2026-08', '2026-08', 20300000000, 'export'],
    ]);
  });

  it('gives "the total" that was revised to the release\'s headline flow, not to the flow the sentence before ended on', () => {
    const rows = releaseRows("Brazil's trade in October 2026 was BRL 160.2 billion, up 1.2%; exports BRL 88.1 billion; imports BRL 72.1 billion. The September total has been revised to BRL 155.5 billion.", '2026-11-06');
    expect(rows.map(dated).slice(3)).toEqual([['2026-09', '2026-09', 155500000000, 'total']]);
  });
});

describe("one country's share of another country's imports or exports", () => {
  const who = (r: { value: number | null; area: string; partner: string; flow: string }) => [r.value, r.area, r.partner, r.flow];

  it('is a figure of the second country, whose partner holds the share, and the next partner "at" a percentage holds one too', () => {
    const rows = releaseRows("BUENOS AIRES, Nov 5 - Argentina shipped 2.6 million tons of soymeal in October 2026, the INDEC statistics agency said. Argentina's share of Vietnam's soymeal purchases in January-September was 58.2%, according to Vietnamese customs, with the United States at 21.7%.", '2026-11-05');
    expect(rows.filter((r) => r.measure === 'share').map(who)).toEqual([
      [58.2, 'Vietnam', 'Argentina', 'import'],
      [21.7, 'Vietnam', 'United States', 'import'],
    ]);
  });

  it('also when the share is given to its holder ("giving X a N% share of")', () => {
    const rows = releaseRows("Canada's canola seed exports reached 9.1 million tonnes in 2025. Japan's imports of Canadian canola seed totalled 1.9 million tonnes in 2025, giving Canada an 88% share of Japan's canola imports.", '2026-02-10');
    expect(rows.filter((r) => r.measure === 'share').map(who)).toEqual([[88, 'Japan', 'Canada', 'import']]);
  });

  it('and "X took N% of Y\'s exports" is a share of Y\'s exports, X its partner', () => {
    const rows = releaseRows("Chile's copper cathode exports were 1.1 million tonnes in the third quarter of 2026. China took 54% of Chile's copper cathode exports in the quarter.", '2026-10-30');
    expect(rows.filter((r) => r.measure === 'share').map(who)).toEqual([[54, 'Chile', 'China', 'export']]);
  });
});

describe('an amount of "that", then "or about N%"', () => {
  it('is the amount and its share of the flow the sentence before gave', () => {
    const rows = releaseRows('SANTOS, Dec 3 - Brazil exported 3.2 million tons of raw sugar in November 2026, trade secretariat Secex said. China took 1.1 million tons of that, or about 34%, the most since May.', '2026-12-03');
    expect(rows.filter((r) => r.measure === 'share').map((r) => [r.value, r.qualifier, r.area, r.partner, r.flow])).toEqual([[34, 'about', 'Brazil', 'China', 'export']]);
  });
});
