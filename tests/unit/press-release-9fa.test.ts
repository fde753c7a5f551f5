/**
 * Rules of issue 9, part fa: provinces, ports and other countries' agencies of the blind batch 103 (helper fix103,
 * 2026-12-04), each written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a line break inside a sentence of text wrapped at a fixed width', () => {
  const wrapped = `Gansu trade grows

LANZHOU, Feb. 2 -- Foreign trade of northwest China's Gansu Province rose 9.4 percent last
year to 61.8 billion yuan, Lanzhou Customs said on Monday, with exports of 20.3 billion yuan and imports
climbing 11.2 per
cent to 41.5 billion yuan. Trade with Kazakhstan reached 4.6 billion yuan, up 7.5 percent over the
whole of the year, and lithium imports through the inland port came to 1.1 million tonnes in the
same period.`;

  it('reads a period phrase broken over two lines ("last\\nyear") as the period', () => {
    const got = rows(wrapped, '2026-02-02');
    expect(got.every((r) => r[0] === '2025-01' && r[1] === '2025-12')).toBe(true);
    expect(got.length).toBeGreaterThan(3);
  });

  it('reads "per\\ncent" broken over two lines as the growth of its level', () => {
    const got = rows(wrapped, '2026-02-02');
    expect(got.find((r) => r[2] === 41_500_000_000)?.[4]).toBe(11.2);
  });

  it('reads a currency on the line after its amount ("mln US\\ndollars")', () => {
    const got = rows(`Statistics office: foreign trade

In January-June 2026 the foreign trade turnover of the republic came to 7 412,5 mln US
dollars. Exports made up 2 306,1 mln US dollars and imports 5 106,4 mln US dollars, the office
said on its website in a short note for the press and the public.`, '2026-07-20');
    expect(got.map((r) => [r[2], r[3], r[7]])).toEqual([
      [7_412_500_000, 'USD', 'total'],
      [2_306_100_000, 'USD', 'export'],
      [5_106_400_000, 'USD', 'import'],
    ]);
  });
});

describe('blanks between a scale word and its currency', () => {
  it('reads "billion  yuan" with a run of spaces as one amount', () => {
    const got = rows(`Jilin trade

CHANGCHUN, Nov. 20 -- Jilin's foreign trade in the first ten months of 2026 reached 152.4 billion yuan, up 4.8%. Private firms traded 88.1 billion   yuan, down 1.2%.`, '2026-11-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([
      [152_400_000_000, 4.8],
      [88_100_000_000, -1.2],
    ]);
  });
});

describe('an index of the year-earlier level after "which is"', () => {
  it('reads "which is 107.4 percent of the level of" a dated base as growth of 7.4 percent', () => {
    const got = rows(`On foreign trade in January-September 2026

In January-September 2026 the foreign trade turnover of the republic amounted to 9 118.3 mln US dollars, which is 107.4 percent of the level of January-September 2025.`, '2026-10-25');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[9_118_300_000, 7.4]]);
  });

  it('leaves "which is" before a change word a change ("which is up 7.4 percent")', () => {
    const got = rows(`On foreign trade

In January-September 2026 the foreign trade turnover of the republic amounted to 9 118.3 mln US dollars, which is up 7.4 percent compared with January-September 2025.`, '2026-10-25');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[9_118_300_000, 7.4]]);
  });
});

describe('a table caption whose unit is a currency sign other than $, €, £ or ¥', () => {
  it('reads "(₦ billion)" over quarters as rows in naira', () => {
    const got = rows(`Foreign trade in the third quarter

Nigeria's exports were valued at N5.12 trillion in Q3 2024, the bureau said.

Table 2: Trade in goods by quarter (₦ billion)
Quarter    Exports    Imports    Balance
2023 Q3    3 915.2    4 402.8    -487.6
2024 Q3    5 120.0    4 880.5     239.5`, '2024-12-10');
    expect(got.filter((r) => r[0] === '2023-07').map((r) => [r[2], r[3], r[7]])).toEqual([
      [3_915_200_000_000, 'NGN', 'export'],
      [4_402_800_000_000, 'NGN', 'import'],
      [-487_600_000_000, 'NGN', 'balance'],
    ]);
  });
});

describe('a change against "the value recorded in" a named period', () => {
  it('takes the change against the same quarter a year before as the yoy, and the one against the quarter before as none', () => {
    const got = rows(`Trade statistics for the third quarter

Nigeria's total trade in goods reached ₦12.30 trillion in Q3 2025, 2.6% higher than the value recorded in Q2 2025 and 18.4% higher than the value recorded in Q3 2024, the bureau said.`, '2025-11-28');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([['2025-07', '2025-09', 12_300_000_000_000, 18.4]]);
  });

  it('reads a quarter-on-quarter change alone as no yoy ("lower than the value registered in Q2 2025")', () => {
    const got = rows(`Trade statistics for the third quarter

Nigeria's total trade in goods reached ₦12.30 trillion in Q3 2025, 3.1% lower than the value registered in Q2 2025.`, '2025-11-28');
    expect(got.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([['2025-07', '2025-09', 12_300_000_000_000, null]]);
  });
});

describe('a table of periods under flow columns, dated by its caption', () => {
  const release = (head: string, q3: string, sep: string, year: string) => `Hubei's foreign trade in 2024

Hubei's imports and exports reached 718.3 billion yuan in 2024, up 9.6 percent, Wuhan Customs said.

Table 2   Foreign trade of Hubei Province, 2024 (100 million yuan)
${head}
${q3}
${sep}
${year}`;

  it('dates yearless rows by the caption\'s one year, and reads its "Year" row as that whole year', () => {
    const got = rows(release('Period        Total      Exports     Imports', 'Q3          1 902.4     1 205.7       696.7', 'September     655.0       410.2       244.8', 'Year        7 183.0     4 560.9     2 622.1'), '2025-01-22');
    expect(got.filter((r) => r[0] !== '2024-01' || r[2] !== 718_300_000_000).map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
      ['2024-07', '2024-09', 190_240_000_000, 'total'],
      ['2024-07', '2024-09', 120_570_000_000, 'export'],
      ['2024-07', '2024-09', 69_670_000_000, 'import'],
      ['2024-09', '2024-09', 65_500_000_000, 'total'],
      ['2024-09', '2024-09', 41_020_000_000, 'export'],
      ['2024-09', '2024-09', 24_480_000_000, 'import'],
      ['2024-01', '2024-12', 456_090_000_000, 'export'],
      ['2024-01', '2024-12', 262_210_000_000, 'import'],
    ]);
  });

  it('takes a change column whose head names its flow ("Total y/y (%)") as that flow\'s yoy, wherever it stands', () => {
    const got = rows(release('Period        Total      Exports     Imports     Total y/y (%)', 'Q3          1 902.4     1 205.7       696.7         7.9', 'September     655.0       410.2       244.8         5.1', 'Year        7 183.0     4 560.9     2 622.1         9.6'), '2025-01-22');
    expect(got.filter((r) => r[7] === 'total').map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['2024-01', '2024-12', 718_300_000_000, 9.6],
      ['2024-07', '2024-09', 190_240_000_000, 7.9],
      ['2024-09', '2024-09', 65_500_000_000, 5.1],
    ]);
  });
});

describe('the South Asian states as a partner group', () => {
  it('reads "South Asian countries" as South Asia, not Asia', () => {
    const got = rows(`Tibet's trade

LHASA -- Tibet's trade with South Asian countries rose 14.2 percent to 3.1 billion yuan in the first half of 2025, Lhasa Customs said.`, '2025-07-20');
    expect(got.map((r) => [r[2], r[6]])).toEqual([[3_100_000_000, 'South Asia']]);
  });
});

describe('an aside of cause between a subject and its verb', () => {
  it('takes neither the flow nor the goods of ", hit by weaker rubber shipments,"', () => {
    const got = releaseRows(`Hainan trade

HAIKOU -- Hainan's foreign trade reached 61.2 billion yuan in the first quarter of 2025, up 4.4 percent. Processing trade, hit by weaker rubber and pulp shipments, fell 3.2 percent to 8.8 billion yuan.`, '2025-04-20');
    expect(got.map((r) => [r.value, r.flow, r.commodity])).toEqual([
      [61_200_000_000, 'total', 'all goods'],
      [8_800_000_000, 'total', 'all goods'],
    ]);
  });

  it('keeps the flow of a subject that names one ("Exports, driven by car sales, rose ...")', () => {
    const got = rows(`Hainan trade

HAIKOU -- Hainan's exports, driven by strong demand for vessels, rose 9.1 percent to 20.4 billion yuan in the first quarter of 2025.`, '2025-04-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[20_400_000_000, 'export']]);
  });
});

describe('a reason after a figure, set off by commas', () => {
  it('leaves ", driven by higher shipments of logs," after the figure to the other rules', () => {
    const got = rows(`Trade statistics

Total exports of the islands rose 12 percent to SI$380 million in September 2026, driven by higher shipments of round logs, the central bank said.`, '2026-11-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[380_000_000, 'export']]);
  });
});

describe('goods sold off a customs-special island to the rest of China free of duty', () => {
  const text = `Hainan's trade

HAIKOU -- Hainan's exports rose 12.1 percent to 48.2 billion yuan in the first half of 2026. Goods processed in the free trade port worth 3.3 billion yuan were sold to the mainland free of import duty.`;

  it('reads no foreign-trade row for them', () => {
    expect(rows(text, '2026-07-20').map((r) => r[2])).toEqual([48_200_000_000]);
  });

  it('keeps Hong Kong\'s exports to the mainland', () => {
    const got = rows(`Hong Kong's exports

Hong Kong's re-exports to the mainland rose 8.2 percent to HK$201.4 billion in June 2026, duty-free under the trade pact.`, '2026-07-25');
    expect(got.map((r) => [r[2], r[6]])).toEqual([[201_400_000_000, 'China']]);
  });
});

describe('a compass word and a region\'s official name before the figure', () => {
  it('names no goods in "of northwest China\'s Xinjiang Uygur Autonomous Region"', () => {
    const got = releaseRows(`Xinjiang trade

URUMQI, Jan. 20 -- Imports and exports of northwest China's Xinjiang Uygur Autonomous Region came to 436.1 billion yuan in 2025, up 8.4 percent. Exports of south China's Guangxi Zhuang Autonomous Region rose 5.2 percent.`, '2026-01-20');
    expect(got.map((r) => r.commodity)).toEqual(['all goods', 'all goods']);
  });
});

describe('the Belt and Road in quotation marks', () => {
  it('reads countries along the "Belt and Road" and "Belt and Road" countries as the group', () => {
    const got = rows(`Zhejiang trade

HANGZHOU -- Zhejiang's trade with countries along the "Belt and Road" reached 1.92 trillion yuan in 2025, up 7.7 percent. Trade with “Belt and Road” countries made up 36.4 percent of the total.`, '2026-01-22');
    expect(got.map((r) => [r[2], r[6]])).toEqual([
      [1_920_000_000_000, 'Belt and Road countries'],
      [36.4, 'Belt and Road countries'],
    ]);
  });
});

describe('a caption\'s year before its bracketed unit', () => {
  it('reads no amount in "..., 2024 (100 million yuan)" over a table it cannot read', () => {
    const got = rows(`Anhui trade

Anhui's foreign trade reached 843.4 billion yuan in 2024, up 4.7 percent, Hefei Customs said.

Table 3   Imports and exports of Anhui Province, 2024 (100 million yuan)
Period        Total      Exports     Imports
Q4          2 302.1     1 410.0       892.1
Average       702.8       430.6       272.2`, '2025-01-25');
    expect(got.map((r) => r[2])).toEqual([843_400_000_000]);
  });

  it('still reads a level written with a bracketed unit after a verb ("reached 2031 (100 million yuan)")', () => {
    const got = rows(`Anhui trade

Anhui's exports reached 2031 (100 million yuan) in the first half of 2025, up 5.1 percent.`, '2025-07-25');
    expect(got.map((r) => r[2])).toEqual([203_100_000_000]);
  });
});
