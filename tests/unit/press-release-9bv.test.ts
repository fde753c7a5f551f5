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
