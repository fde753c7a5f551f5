/**
 * Rules of issue 9, part r (blind batch 19: China-side sector and theme stories), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { UNIT_CONTEXT_RULES, unitInContext } from '../../functions/core/extract/press-release/unit-context.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, partner: r.partner, start: r.period_start, end: r.period_end }));

describe('goods imported from a place', () => {
  it('come from a partner: the place is not the area, here or in the next paragraph', () => {
    const rows = rowsOf(
      'In the first half of this year, the import and export value of Hunan Province was 251.3 billion yuan, up 4.2%.\n\n' +
        'The import and export to Latin America was 30.2 billion yuan, of which the import of farm products from Latin America was 6.4 billion yuan, increased by 12.5%.\n\n' +
        'The import and export of private enterprises was 199.1 billion yuan.',
      '2026-07-20',
    );
    expect(brief(rows).map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([
      [251300000000, 'Hunan', 'World', 'total'],
      [30200000000, 'Hunan', 'Latin America', 'total'],
      [6400000000, 'Hunan', 'Latin America', 'import'],
      [199100000000, 'Hunan', 'World', 'total'],
    ]);
  });
});

describe('a Chinese customs release that sets a month beside the month before', () => {
  it('keeps its unmarked changes year on year', () => {
    const rows = rowsOf(
      "Kunming Customs said the province's trade in the first eight months was 188.2 billion yuan, up 6.4 per cent. Exports were 102.5 billion yuan, down 1.2 per cent.\n\n" +
        "In August, the province's trade was 24.6 billion yuan, compared with 23.1 billion yuan in July.",
      '2026-09-20',
    );
    expect(brief(rows).map((r) => [r.value, r.yoy, r.start, r.end])).toEqual([
      [188200000000, 6.4, '2026-01', '2026-08'],
      [102500000000, -1.2, '2026-01', '2026-08'],
      [24600000000, null, '2026-08', '2026-08'],
      [23100000000, null, '2026-07', '2026-07'],
    ]);
  });

  it('does not change a release of another agency that compares with the month before', () => {
    const rows = rowsOf('Imports totalled $51.2 billion in May, down 2.7 per cent. The deficit was $2.1 billion, compared with $2.9 billion in April.', '2026-06-20');
    expect(brief(rows)[0]).toMatchObject({ value: 51200000000, yoy: null });
  });
});

describe("the nation's rate quoted in a province's release", () => {
  it("is a growth row of the country, and the province's level keeps its own growth", () => {
    const rows = rowsOf('WUHAN, Jan. 20 -- Hunan reported foreign trade of 612.4 billion yuan in 2025, up 9.2 percent, well above the national growth of 3.1 percent.', '2026-01-20');
    expect(brief(rows).map((r) => [r.value, r.yoy, r.area])).toEqual([
      [612400000000, 9.2, 'Hunan'],
      [null, 3.1, 'China'],
    ]);
  });

  it('is never the yoy of a level it follows, said before or after the number', () => {
    for (const text of [
      "Hunan's trade reached 612.4 billion yuan in 2025, outpacing the national growth rate of 3.1 percent. Exports rose 10.4 percent to 402.2 billion yuan.",
      "Hunan's trade reached 612.4 billion yuan in 2025, while trade grew 3.1 percent nationwide. Exports rose 10.4 percent to 402.2 billion yuan.",
    ]) {
      expect(brief(rowsOf(text, '2026-01-20')).map((r) => [r.value, r.yoy, r.area, r.flow])).toEqual([
        [612400000000, null, 'Hunan', 'total'],
        [null, 3.1, 'China', 'total'],
        [402200000000, 10.4, 'Hunan', 'export'],
      ]);
    }
  });
});

describe('the whole a rank is taken among', () => {
  it('is scenery: the next sentence stays with the province', () => {
    const rows = rowsOf(
      'Hunan reported foreign trade of 612.4 billion yuan in 2025, up 9.2 percent. The growth rate was the fastest among the six provinces in central China. Exports rose 10.4 percent to 402.2 billion yuan.',
      '2026-01-20',
    );
    expect(brief(rows).map((r) => [r.value, r.area])).toEqual([
      [612400000000, 'Hunan'],
      [402200000000, 'Hunan'],
    ]);
  });
});

describe('units of a count decided by its words', () => {
  it('reads every example of every rule as the rule says', () => {
    for (const rule of UNIT_CONTEXT_RULES) for (const example of rule.examples) expect(unitInContext(rule.from, example, ''), `${rule.name}: ${example}`).toBe(rule.unit);
  });

  it('counts units of EVs as vehicles', () => {
    const rows = rowsOf("In the first 10 months, China's outbound shipments of EVs reached 1.52 million units, up 17.4 percent.", '2026-11-10');
    expect(brief(rows)).toEqual([{ value: 1520000, unit: 'vehicles', yoy: 17.4, flow: 'export', area: 'China', partner: 'World', start: '2026-01', end: '2026-10' }]);
  });
});

describe("a province's contribution to the nation's growth", () => {
  it('is no share of trade', () => {
    const rows = rowsOf("Zhejiang's trade accounted for 12.9 percent of the national total in the first 11 months. Its contribution to national trade growth stood at 24.1 percent, with a contribution rate of 41.5 percent to the region's trade growth.", '2025-12-22');
    expect(brief(rows).map((r) => [r.value, r.unit])).toEqual([[12.9, 'percent-share']]);
  });
});

describe('what an analyst expects, quoted after the figures', () => {
  it('is no row, and the city his think tank sits in is not the area', () => {
    const rows = rowsOf(
      "China's trade grew 3.9 percent in the first three quarters. \"The private sector did the heavy lifting,\" said Wu Fan, an economist at a Shanghai-based research institute, adding that he expected full-year growth of around 4 percent. Imports fell 0.7 percent.",
      '2026-10-14',
    );
    expect(brief(rows).map((r) => [r.yoy, r.area, r.flow])).toEqual([
      [3.9, 'China', 'total'],
      [-0.7, 'China', 'import'],
    ]);
  });
});

describe('a trade mode described in a relative clause', () => {
  it('takes neither way from its description: processing trade is total trade', () => {
    const rows = rowsOf(
      "China's general trade rose 4.1 percent to 24.6 trillion yuan in the first 10 months. Processing trade, which turns imported parts into goods for re-export, came in at 6.9 trillion yuan, down 2.2 percent.",
      '2026-11-10',
    );
    expect(rows.map((r) => [r.value, r.flow, r.breakdown])).toEqual([
      [24600000000000, 'total', 'trade mode: general trade'],
      [6900000000000, 'total', 'trade mode: processing trade'],
    ]);
  });

  it('keeps the one way a part-of description names', () => {
    const rows = rowsOf('Machinery, which made up over half of total exports, rose 9.4% to $4.02 billion in August.', '2026-09-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[4020000000, 'export']]);
  });
});

describe("a new area's part of its city's total, in a paragraph of its own", () => {
  it('is the new area\'s total trade, whatever flow the paragraph before named', () => {
    const rows = rowsOf(
      "Tianjin's foreign trade reached 421.6 billion yuan in the first half of 2026, up 2.4 percent.\n\n" +
        'Exports of steel products from the city fell 6.1 percent to 18.2 billion yuan.\n\n' +
        "Binhai New Area contributed 312.5 billion yuan, or 74.1 percent of Tianjin's total.\n\n" +
        'Imports of beef rose 8.8 percent.',
      '2026-07-20',
    );
    expect(brief(rows).map((r) => [r.value, r.unit, r.area, r.flow])).toEqual([
      [421600000000, 'CNY', 'Tianjin', 'total'],
      [18200000000, 'CNY', 'Tianjin', 'export'],
      [312500000000, 'CNY', 'Binhai New Area', 'total'],
      [74.1, 'percent-share', 'Binhai New Area', 'total'],
      [null, '', 'Tianjin', 'import'],
    ]);
  });
});

describe("a foreign supplier's part of the goods", () => {
  it('is a share of the reporting country\'s imports, for each supplier listed', () => {
    const rows = rowsOf(
      "China imported 41.2 million tonnes of iron ore in October.\n\nSteel exports, meanwhile, rose 3.4 percent.\n\nAustralia supplied 62.8 percent of the ore, and Brazil 21.5 percent.",
      '2026-11-18',
    );
    expect(brief(rows).slice(2).map((r) => [r.value, r.unit, r.partner, r.flow])).toEqual([
      [62.8, 'percent-share', 'Australia', 'import'],
      [21.5, 'percent-share', 'Brazil', 'import'],
    ]);
  });
});

describe("the reporter's rank in a partner bloc's trade", () => {
  it('does not make the bloc the area of the next sentence', () => {
    const rows = rowsOf(
      'Trade between China and Latin America totaled 2.71 trillion yuan in the first three quarters, up 5.1 percent. China has been Latin America\'s second-largest trading partner for a decade. Imports of farm goods from Latin America rose 9.3 percent.',
      '2026-10-15',
    );
    expect(brief(rows).map((r) => [r.yoy, r.area, r.partner, r.flow])).toEqual([
      [5.1, 'China', 'Latin America', 'total'],
      [9.3, 'China', 'Latin America', 'import'],
    ]);
  });
});

describe('what the full year could reach', () => {
  it('is a forecast, no row', () => {
    const rows = rowsOf('Exports of EVs reached 24.6 billion U.S. dollars in the first half. Analysts said the full-year figure could top 50 billion U.S. dollars.', '2026-07-14');
    expect(rows.map((r) => r.value)).toEqual([24600000000]);
  });
});

describe("an amount of a whole, then ', or N percent'", () => {
  it('gives the share of the same place and flow', () => {
    const rows = rowsOf(
      "Liaoning's foreign trade totaled 311.2 billion yuan in the January-May period, down 1.3 percent. Exports fell 2.2 percent, while imports rose 0.4 percent.\n\nDalian contributed 184.6 billion yuan of the provincial total, or 59.3 percent.",
      '2026-06-25',
    );
    expect(brief(rows).slice(-2).map((r) => [r.value, r.unit, r.area, r.flow])).toEqual([
      [184600000000, 'CNY', 'Dalian', 'total'],
      [59.3, 'percent-share', 'Dalian', 'total'],
    ]);
  });
});

describe('a currency the clause is framed in', () => {
  it('is the unit of the bare amount after it', () => {
    const rows = rowsOf(
      'China imported farm goods worth 1.02 trillion yuan in the first eight months, down 3.4 percent. Measured in U.S. dollars, farm imports totaled 142.8 billion, a drop of 4.1 percent. In yuan terms, farm exports came to 487.5 billion, up 0.8 percent.',
      '2026-09-19',
    );
    expect(brief(rows).map((r) => [r.value, r.unit, r.yoy])).toEqual([
      [1020000000000, 'CNY', -3.4],
      [142800000000, 'USD', -4.1],
      [487500000000, 'CNY', 0.8],
    ]);
  });
});

describe('the month of May before a verb of reaching', () => {
  it('is no forecast word', () => {
    const rows = rowsOf("Guangxi's imports and exports from January to May hit 241.2 billion yuan, up 12.5 percent year on year.", '2026-06-16');
    expect(brief(rows).map((r) => [r.value, r.yoy, r.start, r.end])).toEqual([[241200000000, 12.5, '2026-01', '2026-05']]);
  });
});
