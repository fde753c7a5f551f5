/**
 * Rules of issue 9, part l: the language of China-side national and provincial customs releases found
 * by blind batch 15 (fixtures b15-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const values = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.unit, r.yoy_pct]);
const periods = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end, r.yoy_pct]);

describe('"100 million yuan" translated word for word', () => {
  it('multiplies "N 100 million yuan" out (the unit 亿 of Chinese customs pages)', () => {
    const text = 'According to Hefei Customs, in the first half of this year the import and export value of Anhui was 4,215.8 100 million yuan, increase 6.1%. Export 2,690.4 100 million yuan.';
    expect(values(text, '2026-07-20')).toEqual([
      [421580000000, 'CNY', 6.1],
      [269040000000, 'CNY', null],
    ]);
  });

  it('keeps a year before a plain "100 million" amount a year', () => {
    expect(periods('Exports of tea from Fujian reached 100 million yuan in 2025 for the first time.', '2026-02-10')).toEqual([[100000000, '2025-01', '2025-12', null]]);
  });
});

describe('"the capital" is a city, not money', () => {
  it('reads levels of "the capital\'s trade" and of "the provincial capital"', () => {
    const text =
      "Hunan's foreign trade reached 512.3 billion yuan in 2025, up 4.4 percent. Changsha, the provincial capital, contributed 281.6 billion yuan of trade, up 7.2 percent. In December alone, the capital's exports stood at 21.5 billion yuan.";
    expect(periods(text, '2026-01-22')).toEqual([
      [512300000000, '2025-01', '2025-12', 4.4],
      [281600000000, '2025-01', '2025-12', 7.2],
      [21500000000, '2025-12', '2025-12', null],
    ]);
  });

  it('still drops registered capital', () => {
    expect(values('The new trading firm in Ningbo has registered capital of 50 million yuan.')).toEqual([]);
  });
});

describe('a month-on-month basis opening its own clause', () => {
  it('belongs to the percentage after it; the unmarked one before it stays year on year', () => {
    const text = 'In the first ten months of this year, Jiangxi import and export 4,620.3 100 million yuan, compared with the same period of last year increase 3.2%. In October, import and export 498.7 100 million yuan, increase 8.4%, month-on-month increase 12.6%.';
    expect(periods(text)).toEqual([
      [462030000000, '2026-01', '2026-10', 3.2],
      [49870000000, '2026-10', '2026-10', 8.4],
    ]);
  });

  it('still governs a sentence when it is not tied to one percentage', () => {
    const text = 'In the first ten months, exports grew 3.3 percent year on year to 240.5 billion dollars.\n\nOn a month-on-month basis, exports rose 2.1 percent to 25.3 billion dollars in October, and imports rose 1.2 percent to 20.1 billion dollars.';
    expect(rowsOf(text).map((r) => [r.value, r.yoy_pct])).toEqual([
      [240500000000, 3.3],
      [25300000000, null],
      [20100000000, null],
    ]);
  });
});

describe('bulleted press-conference summaries', () => {
  const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end, r.flow]);

  it('starts each item from the flow in force where the list began', () => {
    const text = 'Jiangxi foreign trade, January-September 2026\n\n• Exports: 412.6 billion yuan, up 6.1%\n• Imports: 158.3 billion yuan, down 2.4%\n• ASEAN: 96.2 billion yuan, up 11.5%\n• Private firms: 451.8 billion yuan';
    expect(flows(text, '2026-10-20')).toEqual([
      [412600000000, '2026-01', '2026-09', 'export'],
      [158300000000, '2026-01', '2026-09', 'import'],
      [96200000000, '2026-01', '2026-09', 'total'],
      [451800000000, '2026-01', '2026-09', 'total'],
    ]);
  });

  it('keeps a month or quarter one item names to that item, and never joins a long item to the next line', () => {
    const text =
      'Customs released data for the first three quarters on Tuesday. The highlights:\n- Total trade: 30.12 trillion yuan, up 4.9% year on year\n- Third quarter alone: 10.41 trillion yuan, up 5.6%, the highest for any third quarter on record so far\n- Africa: 1.55 trillion yuan, up 3.8%\n- September: 3.62 trillion yuan, up 7.0%\n- Latin America: 2.41 trillion yuan, up 6.6%';
    expect(flows(text, '2026-10-13').map(([v, a, b]) => [v, a, b])).toEqual([
      [30120000000000, '2026-01', '2026-09'],
      [10410000000000, '2026-07', '2026-09'],
      [1550000000000, '2026-01', '2026-09'],
      [3620000000000, '2026-09', '2026-09'],
      [2410000000000, '2026-01', '2026-09'],
    ]);
  });
});

describe('growth rates of an earlier period told as what came before', () => {
  // Batch 26: a growth whose period follows its noun is a row of that period, as the corpus README labels it.
  it('reads "after a N percent drop in <year>" as a row of that year; "followed a N percent expansion of ... in <year>" dates nothing else', () => {
    const text = "Hubei's foreign trade rose 4.1 percent to 712.4 billion yuan in 2025. The gain followed a 9.6 percent expansion of the province's trade in 2024.\n\nExports to ASEAN rose 8.8 percent to 102.5 billion yuan, after a 2.3 percent drop in 2024.";
    expect(periods(text, '2026-01-20')).toEqual([
      [712400000000, '2025-01', '2025-12', 4.1],
      [102500000000, '2025-01', '2025-12', 8.8],
      [null, '2024-01', '2024-12', -2.3],
    ]);
  });

  it('reads "had grown N percent in the same period of last year" as a row of that period, not the pluperfect of this period', () => {
    expect(periods("Jiangxi's trade came to 402.6 billion yuan in the first half, up 3.3 percent. It had grown 11.2 percent in the same period of last year.", '2026-07-21')).toEqual([
      [402600000000, '2026-01', '2026-06', 3.3],
      [null, '2025-01', '2025-06', 11.2],
    ]);
    expect(periods("By the end of June, Jiangxi's exports had grown 6.4 percent year on year to 281.2 billion yuan.", '2026-07-21')).toEqual([[281200000000, '2026-01', '2026-06', 6.4]]);
  });
});

describe('a sentence with no flow word after one giving both directions', () => {
  it('is about the whole trade', () => {
    const text = "Hunan's exports rose 6.2 percent to 330.5 billion yuan in the first half, while imports slipped 1.4 percent to 142.1 billion yuan.\n\nChangsha handled 201.7 billion yuan of the total, up 5.0 percent.";
    expect(rowsOf(text, '2026-07-20').map((r) => [r.value, r.area, r.flow])).toEqual([
      [330500000000, 'Hunan', 'export'],
      [142100000000, 'Hunan', 'import'],
      [201700000000, 'Changsha', 'total'],
    ]);
  });
});

describe('places of provincial releases', () => {
  const areas = (text: string, published = '2026-07-20') => rowsOf(text, published).map((r) => [r.value, r.area]);

  it('reads "exports from the province" as the province\'s, after a city was named', () => {
    const text = "Hubei's foreign trade reached 398.4 billion yuan in the first half, up 6.6 percent. Wuhan accounted for 62.5 percent of the provincial total. Exports of optical fibre from the province rose 12.1 percent to 8.2 billion yuan.";
    expect(areas(text)).toEqual([
      [398400000000, 'Hubei'],
      [62.5, 'Wuhan'],
      [8200000000, 'Hubei'],
    ]);
  });

  it('reads "In neighboring X," as the subject of its sentence', () => {
    const text = "Gansu's foreign trade rose 5.5 percent to 31.2 billion yuan in the first half. In neighboring Qinghai Province, foreign trade fell 3.1 percent to 2.6 billion yuan.";
    expect(areas(text)).toEqual([
      [31200000000, 'Gansu'],
      [2600000000, 'Qinghai'],
    ]);
  });

  it('goes back to the province in the paragraph after a city of it', () => {
    const text = "Fujian's foreign trade grew 4.4 percent to 1.01 trillion yuan in the first half.\n\nQuanzhou saw its trade rise 9.1 percent to 121.5 billion yuan.\n\nExports of footwear slipped 2.2 percent to 61.4 billion yuan.";
    expect(areas(text)).toEqual([
      [1010000000000, 'Fujian'],
      [121500000000, 'Quanzhou'],
      [61400000000, 'Fujian'],
    ]);
  });
});

describe('a neighbouring province locating the city after it', () => {
  it('leaves the city the subject: "In neighbouring X Province, <City> ran ..."', () => {
    const text = "Gansu's foreign trade rose 5.5 percent to 31.2 billion yuan in the first half. In neighbouring Shaanxi Province, Xi'an posted trade of 160.4 billion yuan, up 2.9 percent.";
    expect(rowsOf(text, '2026-07-20').map((r) => [r.value, r.area])).toEqual([
      [31200000000, 'Gansu'],
      [160400000000, "Xi'an"],
    ]);
  });
});

describe('a city release that locates the city in its province', () => {
  it('goes on with the city in later paragraphs', () => {
    const text = "Yiwu, a city in east China's Zhejiang Province, exported 236.1 billion yuan worth of goods in the first five months, up 13.9 percent.\n\nIts imports rose 21.4 percent to 31.2 billion yuan.\n\nExports to Africa grew 22.1 percent to 30.5 billion yuan.";
    expect(rowsOf(text, '2026-06-10').map((r) => [r.value, r.area])).toEqual([
      [236100000000, 'Yiwu'],
      [31200000000, 'Yiwu'],
      [30500000000, 'Yiwu'],
    ]);
  });
});

describe('lines and words around the figures of a customs story', () => {
  it('drops "Related:" and "Read more:" link lines to other stories', () => {
    const text = "Shaanxi's foreign trade rose 2.8 percent to 402.7 billion yuan in 2025, Xi'an Customs said.\nRelated: Shaanxi's exports up 5.1% in first 11 months\nRead more: Xi'an trains hit 5,000 trips";
    expect(values(text, '2026-01-20')).toEqual([[402700000000, 'CNY', 2.8]]);
  });

  it('drops a growth someone predicts would happen', () => {
    const text = "Tianjin's exports rose 4.4 percent to 256.3 billion yuan in the first half. An economist in Tianjin, predicting that exports would grow about 3 percent for the year, said demand was steady.";
    expect(values(text, '2026-07-20')).toEqual([[256300000000, 'CNY', 4.4]]);
  });

  it('reads goods "brought in ... from" a place as imports', () => {
    const text = "Jiangxi's exports to Africa rose 12.5 percent to 21.3 billion yuan in the first half. The province brought in 15,600 tonnes of cocoa beans from Africa, up 31.0 percent.";
    expect(rowsOf(text, '2026-07-20').map((r) => [r.value, r.flow])).toEqual([
      [21300000000, 'export'],
      [15600, 'import'],
    ]);
  });

  it('reads "the largest exporting province" as an epithet, not a flow', () => {
    const text = "Foreign trade of Jiangsu, the country's second-largest exporting province, rose 3.9 percent to 5.62 trillion yuan in 2025.";
    expect(rowsOf(text, '2026-01-20').map((r) => [r.value, r.flow])).toEqual([[5620000000000, 'total']]);
  });
});
