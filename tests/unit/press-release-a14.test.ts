/**
 * Rules of issue 9, part a14: the fixing round for the blind batch b117 (other countries' agencies and wires on their own
 * trade, fixtures b117-… in tests/corpus/press-release), and the same phrases as other agencies write them, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published?: string) => releaseRows(text, published).map(levelTuple);
const flows = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.flow]);

describe('a change against the year before named beside one against the month before', () => {
  it('keeps the change whose dated base is the same month a year earlier', () => {
    const text = 'Imports came to 52.4 billion USD in August, 3.1 percent lower than the previous month and 9.6 percent higher than in August 2025.';
    expect(tuples(text, '2026-09-05')).toEqual([['2026-08', '2026-08', 52400000000, 'USD', 9.6]]);
  });

  it('keeps it in either order and with "from"', () => {
    const text = 'Exports were 7.3 billion dollars in May, up 11 percent from May 2025 and up 2 percent from the previous month.';
    expect(tuples(text, '2026-06-12')).toEqual([['2026-05', '2026-05', 7300000000, 'USD', 11]]);
  });

  it('reads no year-on-year change when the dated base is two years back', () => {
    const text = 'Exports were 7.3 billion dollars in May, up 2 percent from the previous month and up 11 percent from May 2024.';
    expect(tuples(text, '2026-06-12')).toEqual([['2026-05', '2026-05', 7300000000, 'USD', null]]);
  });
});

describe('two changes of one commodity, in volume and in value, set against each other', () => {
  it('gives the change in value to the amount of money after "but"', () => {
    const text = 'Coffee exports in January-August came to 1.1 million tonnes worth 6.2 billion USD, down 5 percent in volume but up 48 percent in value.';
    expect(tuples(text, '2026-09-10')).toEqual([
      ['2026-01', '2026-08', 1100000, 'tonnes', -5],
      ['2026-01', '2026-08', 6200000000, 'USD', 48],
    ]);
  });

  it('does so after "while" too', () => {
    const text = 'Cashew exports in the eight months reached 510,000 tonnes, worth 3.4 billion USD, up 12 percent by volume, while rising 20 percent by value.';
    expect(tuples(text, '2026-09-10').map((t) => t[4])).toEqual([12, 20]);
  });

  it('leaves a change of other goods named after "but" to those goods', () => {
    const text = 'Coffee exports in January-August came to 1.1 million tonnes worth 6.2 billion USD, down 5 percent in volume, but tea exports rose 48 percent in value.';
    const rows = releaseRows(text, '2026-09-10');
    expect(rows.find((r) => r.unit === 'USD')?.yoy_pct).toBeNull();
    expect(rows.find((r) => r.value === null)?.yoy_pct).toBe(48);
  });
});

describe('a month named as a base with a word of how it went', () => {
  it('does not date the next sentence by the month a recovery started from', () => {
    const text = 'Exports rose 6.2% to $5.1 billion in November. Fish shipments bounced back from a poor October. Sales to Japan reached $0.9 billion.';
    expect(tuples(text, '2026-12-08')).toEqual([
      ['2026-11', '2026-11', 5100000000, 'USD', 6.2],
      ['2026-11', '2026-11', 900000000, 'USD', null],
    ]);
  });

  it('reads "improved on a poor October" so too', () => {
    const text = 'Exports rose 6.2% to $5.1 billion in November. Fish shipments improved on a poor October. Sales to Japan reached $0.9 billion.';
    expect(tuples(text, '2026-12-08').map((t) => t[0])).toEqual(['2026-11', '2026-11']);
  });

  it('reads a change "up on a poor October" as no year-on-year change beside one against the year before', () => {
    const text = 'Exports were $5.1 billion in November, 2% up on a poor October and 6.2% higher than in November 2025.';
    expect(tuples(text, '2026-12-08')).toEqual([['2026-11', '2026-11', 5100000000, 'USD', 6.2]]);
  });

  it('reads a change from such a month as no year-on-year change', () => {
    const text = 'Exports rose 6.2% to $5.1 billion in November, 3% higher than a poor October.';
    expect(tuples(text, '2026-12-08')).toEqual([['2026-11', '2026-11', 5100000000, 'USD', 6.2]]);
  });
});

describe('the earlier level of a balance after the trade it is of', () => {
  it('gives the base the balance flow when "in trade in goods with the rest of the world" stands between', () => {
    const text = 'In January-June 2026 the bloc posted a surplus of EUR84.2 bn in trade in goods with the rest of the world, compared with EUR70.5 bn in January-June 2025.';
    expect(flows(text, '2026-08-14')).toEqual([
      ['2026-01', '2026-06', 84200000000, 'balance'],
      ['2025-01', '2025-06', 70500000000, 'balance'],
    ]);
  });

  it('does so with the level\'s month and "its trade with" a partner between', () => {
    const text = 'France recorded a deficit of EUR6.8 bn in its trade with China in July, against EUR7.4 bn a year earlier.';
    expect(flows(text, '2026-09-08')).toEqual([
      ['2026-07', '2026-07', -6800000000, 'balance'],
      ['2025-07', '2025-07', -7400000000, 'balance'],
    ]);
  });
});

describe('a dated base closing a sentence of several changes', () => {
  it('is the base of each change before its comma: the quarter before, so no year-on-year change', () => {
    const text = 'In the three months to June 2026 goods exports rose 2.2% to GBP95.1bn and goods imports fell 1.4% to GBP148.0bn, compared with the three months to March 2026. Against the same quarter a year earlier, goods imports were up 0.6%.';
    expect(tuples(text, '2026-08-13').filter((t) => t[2] !== null).map((t) => t[4])).toEqual([null, 0.6]);
  });

  it('makes each change year-on-year when it is the same months a year before', () => {
    const text = 'In June 2026 goods exports rose 2.2% to GBP31.7bn and goods imports fell 1.4% to GBP49.3bn, compared with June 2025.';
    expect(tuples(text, '2026-08-13').map((t) => t[4])).toEqual([2.2, -1.4]);
  });

  it('leaves a change that names its own year-on-year basis', () => {
    const text = 'In June 2026 goods exports rose 2.2% year on year to GBP31.7bn, and imports fell 1.4% to GBP49.3bn, compared with May 2026.';
    expect(tuples(text, '2026-08-13').map((t) => t[4])[0]).toBe(2.2);
  });
});

describe('a balance whose noun follows its amount, dated a year before', () => {
  it('reads "the $2.9-billion gap posted a year earlier" as the same month a year before', () => {
    const text = 'The trade deficit narrowed to $2.35 billion in July 2026 from the $2.9-billion gap posted a year earlier.';
    expect(tuples(text, '2026-09-10')).toEqual([
      ['2026-07', '2026-07', -2350000000, 'USD', null],
      ['2025-07', '2025-07', -2900000000, 'USD', null],
    ]);
  });

  it('reads "the 1.2 billion dollar trade gap a year earlier" so too', () => {
    const text = 'The trade deficit was 1.5 billion dollars in July 2026, wider than the 1.2 billion dollar trade gap a year earlier.';
    expect(tuples(text, '2026-09-10')[1]).toEqual(['2025-07', '2025-07', -1200000000, 'USD', null]);
  });
});

describe('the month before, however an agency names it', () => {
  const lead = 'Exports in March amounted to 21.6 billion USD, up 4.4 percent';
  it.each(['from the preceding month', 'over the prior month', 'month-over-month', 'from the month before'])(
    'reads no year-on-year change from "%s" beside one against the same month a year before',
    (basis) => {
      expect(tuples(`${lead} ${basis} and up 9.7 percent from March 2025.`, '2026-04-15')).toEqual([['2026-03', '2026-03', 21600000000, 'USD', 9.7]]);
    },
  );
});

describe("a balance of last year's month", () => {
  it('dates an amount after "August 2025\'s" by that month', () => {
    const text = 'The trade gap narrowed to $3.12 billion in August 2026 from August 2025\'s deficit of $3.57 billion.';
    expect(tuples(text, '2026-10-09')).toEqual([
      ['2026-08', '2026-08', -3120000000, 'USD', null],
      ['2025-08', '2025-08', -3570000000, 'USD', null],
    ]);
  });

  it.each([
    'The deficit in the same month last year was $3.57 billion.',
    'The deficit in the same month of 2025 was $3.57 billion.',
    'The deficit a year earlier was $3.57 billion.',
    'The year-earlier deficit was $3.57 billion.',
  ])('dates the amount of a subject dated a year before: "%s"', (second) => {
    const text = `The trade deficit stood at $3.12 billion in August 2026. ${second}`;
    expect(tuples(text, '2026-10-09')[1]).toEqual(['2025-08', '2025-08', -3570000000, 'USD', null]);
  });

  it('dates such a subject by the same months of the year it names', () => {
    const text = 'Exports in January-August 2026 were $41.3 billion, up 3 percent. Exports in the same period of 2024 were $38.0 billion.';
    expect(tuples(text, '2026-10-09')[1]).toEqual(['2024-01', '2024-08', 38000000000, 'USD', null]);
  });
});

describe('the year before, said of a fiscal year', () => {
  it('dates a subject "in the same period of the last fiscal year" a year before', () => {
    const text = 'Exports rose 5.3 percent to $11.8 billion in July-October 2026. Exports in the same period of the last fiscal year were $11.2 billion.';
    expect(tuples(text, '2026-11-15')[1]).toEqual(['2025-07', '2025-10', 11200000000, 'USD', null]);
  });

  it('dates a base "in the previous fiscal year" after a fiscal year\'s amount a year before it', () => {
    const text = 'For the fiscal year ended June 2026, imports came to $48.3 billion, against $45.9 billion in the previous fiscal year.';
    expect(tuples(text, '2026-08-20')).toEqual([
      ['2025-07', '2026-06', 48300000000, 'USD', null],
      ['2024-07', '2025-06', 45900000000, 'USD', null],
    ]);
  });
});

describe('a partner country named by description', () => {
  const partners = (text: string, published?: string) => releaseRows(text, published).map((r) => r.partner);

  it('points "its northern neighbour" and "the southern neighbour" back to the partner named before', () => {
    expect(partners('HANOI - Vietnam exported goods worth 48.2 billion USD to China in January-September. Imports from its northern neighbour came to 118.6 billion USD.', '2026-10-06')).toEqual(['China', 'China']);
    expect(partners('OTTAWA - Canada sold C$ 38.4 billion of goods to the United States in August. Exports to the southern neighbour made up 75% of the total.', '2026-10-06')).toEqual(['United States', 'United States']);
  });

  it('points "the Asian giant" back to it', () => {
    expect(partners('CANBERRA - Australia exported A$ 14.1 billion of goods to China in August. Exports to the Asian giant in July were A$ 13.2 billion.', '2026-10-06')).toEqual(['China', 'China']);
  });

  it('leaves a company called a giant and neighbouring countries alone', () => {
    expect(partners('CANBERRA - Australia exported A$ 14.1 billion of goods to China in August. Iron ore sales to the mining giant in July were A$ 9.2 billion.', '2026-10-06')).toEqual(['China', 'World']);
    expect(partners('OTTAWA - Canada sold C$ 38.4 billion of goods to the United States in August. Total exports fell 4% to C$ 61.2 billion, with neighbouring countries taking less.', '2026-10-06')).toEqual(['United States', 'World']);
  });
});

describe("the first months of a fiscal year in Pakistan's press shorthand", () => {
  it('reads "5MFY27" as July-November 2026 and "5MFY26" as a year before', () => {
    const text = 'KARACHI: Pakistan\'s imports during 5MFY27 fell 2.3 percent to $24.6 billion, against $25.2 billion in 5MFY26.';
    expect(tuples(text, '2026-12-12')).toEqual([
      ['2026-07', '2026-11', 24600000000, 'USD', -2.3],
      ['2025-07', '2025-11', 25200000000, 'USD', null],
    ]);
  });

  it('reads "10M FY26" with a space as July 2025 to April 2026', () => {
    expect(tuples("KARACHI: Pakistan's exports in 10M FY26 were $26.9 billion.", '2026-05-12')).toEqual([['2025-07', '2026-04', 26900000000, 'USD', null]]);
  });
});
