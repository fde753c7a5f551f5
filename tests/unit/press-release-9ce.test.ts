/**
 * Rules of issue 9, part ce: found by blind batch 63 (China-side national, provincial, city and customs-district
 * releases, seventh round; fixtures b63-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const tuple = (r: { value: number | null; unit: string; yoy_pct: number | null }) => [r.value, r.unit, r.yoy_pct];

describe('groups of provinces that customs reports together', () => {
  it('are areas as named: the Yangtze River Economic Belt, the western and the northeastern region', () => {
    const rows = releaseRows(
      'In the first five months of 2026, the provinces along the Yangtze River Economic Belt traded 7.1 trillion yuan, up 3.9 percent. ' +
        'The western region and the northeastern region traded 1.6 trillion yuan and 0.5 trillion yuan, up 5.2 percent and down 1.4 percent, respectively.',
      '2026-06-15',
    );
    expect(rows.map((r) => [...tuple(r), r.area])).toEqual([
      [7100000000000, 'CNY', 3.9, 'Yangtze River Economic Belt'],
      [1600000000000, 'CNY', 5.2, 'western region'],
      [500000000000, 'CNY', -1.4, 'northeastern region'],
    ]);
  });
});

describe('a multiple with the base period right after "times"', () => {
  it('is the multiple of the year-earlier level (2.4 times is up 140)', () => {
    const rows = releaseRows('From January to May 2026, the city exported 83,000 electric vehicles, 2.4 times the same period last year.', '2026-06-18');
    expect(rows.map(tuple)).toEqual([[83000, 'vehicles', 140]]);
  });
});

describe('a sentence opening with a base two years before the period in force', () => {
  it('compares across two years: no year-on-year row, and no row of the year between', () => {
    const rows = releaseRows(
      'In the first quarter of 2026, the city\'s trade reached 402.5 billion yuan, up 1.9 percent. Compared with the first quarter of 2024, the city\'s trade was 5.6 percent higher.',
      '2026-04-20',
    );
    expect(rows.map((r) => [r.period_start, r.period_end, ...tuple(r)])).toEqual([['2026-01', '2026-03', 402500000000, 'CNY', 1.9]]);
  });

  it('while a base one year before still dates the sentence a year after it', () => {
    const rows = releaseRows('In September 2026 alone, exports were 31.2 billion yuan. Compared with September 2025, imports increased by 3.1 percent.', '2026-10-20');
    expect(rows.map((r) => [r.period_start, r.period_end, ...tuple(r)])).toEqual([
      ['2026-09', '2026-09', 31200000000, 'CNY', null],
      ['2026-09', '2026-09', null, '', 3.1],
    ]);
  });
});

describe('a bulleted list whose last item names a month of the list\'s period', () => {
  it('leaves the list\'s period in force for the paragraph after the list', () => {
    const rows = releaseRows(
      'China\'s Q1 trade in numbers\n\nCustoms released the data on Tuesday. The key numbers:\n\n- Exports: 5.9 trillion yuan, up 4.2 percent\n- March: exports +3.3%\n\nTrade with ASEAN rose 5.1 percent to 1.6 trillion yuan.',
      '2026-04-14',
    );
    expect(rows.map((r) => [r.period_start, r.period_end, ...tuple(r)])).toEqual([
      ['2026-01', '2026-03', 5900000000000, 'CNY', 4.2],
      ['2026-03', '2026-03', null, '', 3.3],
      ['2026-01', '2026-03', 1600000000000, 'CNY', 5.1],
    ]);
  });
});

describe('the territory of a customs house named "the X customs area"', () => {
  it('is the customs district, whatever the case of "customs"', () => {
    const rows = releaseRows('In the first half of 2026, goods worth 3.2 trillion yuan passed through the ports of the Tianjin customs area, up 2.2 percent.', '2026-07-21');
    expect(rows.map((r) => [...tuple(r), r.area])).toEqual([[3200000000000, 'CNY', 2.2, 'Tianjin Customs district']]);
  });
});

describe('places named as examples between commas ("including X and Y,")', () => {
  it('are not the area of the figures, nor of the sentences after', () => {
    const rows = releaseRows(
      'In the first half of 2026, Shanghai\'s exports rose 6.3 percent to 912.4 billion yuan. Through the city\'s ports, including Yangshan and Pudong International Airport, goods worth 5.3 trillion yuan were traded. ' +
        'Exports of automobiles grew 12.4 percent.',
      '2026-07-21',
    );
    expect(rows.map((r) => [...tuple(r), r.area])).toEqual([
      [912400000000, 'CNY', 6.3, 'Shanghai'],
      [5300000000000, 'CNY', null, 'Shanghai'],
      [null, '', 12.4, 'Shanghai'],
    ]);
  });
});

describe('a growth before ", and those of X ... to <level>"', () => {
  it('stays with its own subject: "those of" names the next one', () => {
    const rows = releaseRows('In the first 11 months of 2025, exports of tyres climbed 18.5 percent, and those of motorcycles more than doubled to 2.4 billion yuan.', '2025-12-24');
    expect(rows.map(tuple)).toEqual([
      [null, '', 18.5],
      [2400000000, 'CNY', null],
    ]);
  });
});

describe('a change right after a count of firms', () => {
  it('is the count\'s change: no row, as the count is none', () => {
    const rows = releaseRows('From January to October 2026, exports rose 6.6 percent. In all, 12,400 enterprises in the province had import and export records, 4.2% more than a year earlier.', '2026-11-20');
    expect(rows.map(tuple)).toEqual([[null, '', 6.6]]);
  });

  it('while a change after firms named without a count stays the trade\'s', () => {
    const rows = releaseRows('In 2026 private enterprises in the province traded goods worth more, up 9.1 percent.', '2026-11-20');
    expect(rows.map(tuple)).toEqual([[null, '', 9.1]]);
  });
});

describe('a share that rose "to a record" percentage', () => {
  it('is the share\'s level, not a change', () => {
    const rows = releaseRows('In the first half of 2026, the share of private firms in the province\'s trade climbed to a record 61.3 percent.', '2026-07-14');
    expect(rows.map((r) => [...tuple(r), r.measure])).toEqual([[61.3, 'percent-share', null, 'share']]);
  });

  it('also in a headline without the article', () => {
    const rows = releaseRows('Private firms\' share of the province\'s trade climbs to record 61.3% in H1', '2026-07-14');
    expect(rows.map((r) => [...tuple(r), r.measure])).toEqual([[61.3, 'percent-share', null, 'share']]);
  });
});

describe('a period as the subject of an amount after both directions', () => {
  it('is of the whole trade in that period, not of the last direction named', () => {
    const rows = releaseRows(
      'In the first half of 2025, exports were 1.3 trillion yuan, up 7.2%, and imports 0.9 trillion yuan, down 2.7%. The second quarter alone came to 1.1 trillion yuan, up 4.5%.',
      '2025-07-14',
    );
    expect(rows.map((r) => [r.period_start, r.period_end, ...tuple(r), r.flow])).toEqual([
      ['2025-01', '2025-06', 1300000000000, 'CNY', 7.2, 'export'],
      ['2025-01', '2025-06', 900000000000, 'CNY', -2.7, 'import'],
      ['2025-04', '2025-06', 1100000000000, 'CNY', 4.5, 'total'],
    ]);
  });
});

describe('a nickname with "capital" in quotes, set off by commas', () => {
  it('is an apposition closing before the verb, not money ("capital" as funds)', () => {
    const rows = releaseRows('In 2025, the county, known as the "toy capital", exported 29.5 billion yuan of toys.', '2026-01-23');
    expect(rows.map(tuple)).toEqual([[29500000000, 'CNY', null]]);
  });
});

describe('a city named in a customs district\'s release', () => {
  it('is an aside: the next paragraph is the district\'s again', () => {
    const rows = releaseRows(
      'In 2025, the foreign trade of the area under the jurisdiction of Shantou Customs totaled 158.6 billion yuan, up 5.9%.\n\nShantou City\'s foreign trade reached 86.3 billion yuan.\n\nChaozhou\'s exports of ceramics were 16.2 billion yuan, down 3.3%.\n\nImports of the district rose 2.1 percent.',
      '2026-01-23',
    );
    expect(rows.map((r) => [...tuple(r), r.area])).toEqual([
      [158600000000, 'CNY', 5.9, 'Shantou Customs district'],
      [86300000000, 'CNY', null, 'Shantou'],
      [16200000000, 'CNY', -3.3, 'Chaozhou'],
      [null, '', 2.1, 'Shantou Customs district'],
    ]);
  });
});
