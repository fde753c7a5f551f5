/**
 * Rules of issue 9, part c (wording of releases we have not seen), in our own words: a release that
 * only ever compares with the month before, quarter and half-year spellings, regional currencies and
 * Indian scales, one-word multiples, two-year comparisons, list items separated by semicolons,
 * balances "on trade in goods" and changes "over <month year>".
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { previousMonthBasis } from '../../functions/core/extract/press-release/release-basis.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));

describe('a release that compares with the previous month throughout', () => {
  const release = [
    'OTTAWA - Statistics Canada says the merchandise trade deficit widened to $2.7 billion in June from $1.8 billion in May.',
    'Imports climbed 2.2 per cent to $66.0 billion, while exports fell 0.4 per cent to $63.3 billion.',
  ].join('\n\n');

  it('reads its unmarked changes as month-on-month: levels keep no yoy', () => {
    expect(brief(rowsOf(release, '2026-08-06'))).toEqual([
      { value: -2700000000, unit: 'CAD', yoy: null, flow: 'balance', start: '2026-06', end: '2026-06' },
      { value: -1800000000, unit: 'CAD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 66000000000, unit: 'CAD', yoy: null, flow: 'import', start: '2026-06', end: '2026-06' },
      { value: 63300000000, unit: 'CAD', yoy: null, flow: 'export', start: '2026-06', end: '2026-06' },
    ]);
  });

  it('says so in the warnings, naming the rule', () => {
    const outcome = extractPressRelease(release, { dataset: 'd', release_id: 'r', source_url: 'u', published: '2026-08-06' }, {});
    expect(outcome.ok && outcome.warnings.some((w) => w.includes('previous-month release'))).toBe(true);
  });

  it('keeps year-on-year reading as soon as the release names a year-earlier base anywhere', () => {
    expect(previousMonthBasis('Exports rose 3 per cent from May to $40 billion. Compared with a year earlier, exports were up 6 per cent.')).toBeNull();
    expect(previousMonthBasis('Exports rose 5.1 percent to 2.2 trillion yuan in June.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3 per cent to $40 billion, up from a record level in May.')).toBe('previous-month release');
  });
});

describe('quarter and half-year spellings', () => {
  it('reads "the first half (H1) of 2026" as January to June, not the whole year', () => {
    const rows = rowsOf("In the first half (H1) of 2026, the province's exports reached 88.4 billion yuan, up 4.4 percent year on year.", '2026-07-15');
    expect(brief(rows)).toEqual([{ value: 88400000000, unit: 'CNY', yoy: 4.4, flow: 'export', start: '2026-01', end: '2026-06' }]);
  });

  it('reads "the first quarter (Q1) of 2026" as January to March', () => {
    const rows = rowsOf("In the first quarter (Q1) of 2026, the province's imports came to 30.1 billion yuan.", '2026-04-15');
    expect(brief(rows)).toEqual([{ value: 30100000000, unit: 'CNY', yoy: null, flow: 'import', start: '2026-01', end: '2026-03' }]);
  });

  it("reads glued two-digit years: 1Q26, Q3'25, 2H25", () => {
    const periods = (text: string) => rowsOf(text, '2026-07-20').map((r) => `${r.period_start}..${r.period_end}`);
    expect(periods("The port's exports in 1Q26 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2026-01..2026-03']);
    expect(periods("The port's exports in Q3'25 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2025-07..2025-09']);
    expect(periods("The port's exports in 2H25 rose 8% y-o-y to 12.5 billion yuan.")).toEqual(['2025-07..2025-12']);
  });
});

describe('one-word multiples', () => {
  it('reads "a threefold increase" as up 300 percent, like "three-fold"', () => {
    const rows = rowsOf("The city's exports of drones registered a threefold increase year on year in May, reaching 1.4 billion yuan.", '2026-06-12');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 1400000000, yoy: 300 }]);
  });
});

describe('regional currencies and Indian scales', () => {
  it('reads ringgit written RM, glued or spaced', () => {
    const rows = rowsOf("Malaysia's exports rose 4.1 per cent year-on-year to RM128.9 billion in April 2026, while imports grew 2.6 per cent to RM 112.5 billion.", '2026-05-20');
    expect(brief(rows)).toEqual([
      { value: 128900000000, unit: 'MYR', yoy: 4.1, flow: 'export', start: '2026-04', end: '2026-04' },
      { value: 112500000000, unit: 'MYR', yoy: 2.6, flow: 'import', start: '2026-04', end: '2026-04' },
    ]);
  });

  it('reads rupiah, pesos and rupees with their signs', () => {
    expect(rowsOf("Indonesia's exports reached Rp 352.8 trillion in April 2026.", '2026-05-15').map((r) => [r.value, r.unit])).toEqual([[352800000000000, 'IDR']]);
    expect(rowsOf("The Philippines' exports came to ₱401.3 billion in April 2026.", '2026-06-10').map((r) => [r.value, r.unit])).toEqual([[401300000000, 'PHP']]);
  });

  it('reads crore and lakh crore, with Indian digit grouping', () => {
    const rows = rowsOf("India's merchandise exports in April 2026 were Rs 2,98,760 crore, and imports were ₹3.9 lakh crore.", '2026-05-15');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [2987600000000, 'INR'],
      [3900000000000, 'INR'],
    ]);
  });
});

describe('a change against a period two years back', () => {
  it('gives no yoy for "more than in the same period of 2024" in a 2026 release, and keeps the one of 2025', () => {
    const rows = rowsOf(
      "The province's foreign trade in the first five months of 2026 came to 71.9 billion yuan, which is 12.2 percent more than in the same period of 2024. Its exports in the first five months of 2026 came to 24.1 billion yuan, 6.5 percent more than the same period of 2025.",
      '2026-06-18',
    );
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([
      { value: 71900000000, yoy: null },
      { value: 24100000000, yoy: 6.5 },
    ]);
  });
});

describe('a list whose next item is a unit price', () => {
  it('keeps the growth before "; and average export price at ..." with its own value', () => {
    const rows = rowsOf(
      'In the first quarter of this year, the country exported 96,000 tractors, up 9.9% YOY; value totalling CNY 2.71 billion, up 7.3% YOY; and average export price at 28,200 yuan per tractor, down 2.3% YOY.',
      '2026-04-28',
    );
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 2710000000, yoy: 7.3 }]);
  });

  it('counts motorcycles as vehicles', () => {
    const rows = rowsOf('In the first half of this year, the country exported 412,000 motorcycles, up 18.2% YOY.', '2026-07-25');
    expect(brief(rows)).toEqual([{ value: 412000, unit: 'vehicles', yoy: 18.2, flow: 'export', start: '2026-01', end: '2026-06' }]);
  });
});

describe('balances and bases in agency wording', () => {
  it('reads "the surplus on trade in goods" as a balance, not total trade', () => {
    const rows = rowsOf("Australia's surplus on trade in goods narrowed to $4.6 billion in May, the bureau said.", '2026-07-02');
    expect(brief(rows)).toEqual([{ value: 4600000000, unit: 'AUD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' }]);
  });

  it('reads "an increase of 7.1 per cent over May 2025" as the base of the change, not the period of the level', () => {
    const rows = rowsOf("India's merchandise imports for May 2026 stood at $61.2 billion. Exports for the month came to $38.4 billion, an increase of 7.1 per cent over May 2025.", '2026-06-16');
    expect(brief(rows)).toEqual([
      { value: 61200000000, unit: 'USD', yoy: null, flow: 'import', start: '2026-05', end: '2026-05' },
      { value: 38400000000, unit: 'USD', yoy: 7.1, flow: 'export', start: '2026-05', end: '2026-05' },
    ]);
  });
});

describe('a hedged headline growth', () => {
  it('is the body growth it rounds: "fell more than 12 percent" over "down 13.8 percent" is one row', () => {
    const rows = rowsOf(
      'Exports dropped more than 12 percent on-year in the first 20 days of May.\nAccording to the customs office, outbound shipments came to 31.4 billion U.S. dollars in the period, down 13.8 percent from a year earlier.',
      '2026-05-21',
    );
    expect(brief(rows)).toEqual([{ value: 31400000000, unit: 'USD', yoy: -13.8, flow: 'export', start: '2026-05', end: '2026-05' }]);
    // The hedge must hold: a body growth of 8.1 percent is not "more than 12 percent".
    const other = rowsOf(
      'Exports dropped more than 12 percent on-year in the first 20 days of May.\nAccording to the customs office, outbound shipments came to 31.4 billion U.S. dollars in the period, down 8.1 percent from a year earlier.',
      '2026-05-21',
    );
    expect(other.map((r) => r.yoy_pct)).toEqual([-12, -8.1]);
  });
});

describe('a growth pointing back past an aside', () => {
  it('gives its growth to the level two sentences back when the sentence between holds no number', () => {
    const rows = rowsOf(
      'China exported 6,310 tonnes of tungsten products last month.\n\nThe figures come from the latest customs data.\n\nAdditionally, as an industry analyst notes, it also marks a 27-percent rise from May 2025 and a 9-percent rise from April 2026.',
      '2026-06-20',
    );
    expect(brief(rows)).toEqual([{ value: 6310, unit: 'tonnes', yoy: 27, flow: 'export', start: '2026-05', end: '2026-05' }]);
  });

  it('gives the level the year-on-year change of a clause going on with the same subject ("but were ... lower")', () => {
    const rows = rowsOf('Copper ore imports rose 3.3 percent month-on-month to 2.46 million tonnes in May but were 2.8 percent lower than a year earlier.', '2026-06-20');
    expect(brief(rows)).toEqual([{ value: 2460000, unit: 'tonnes', yoy: -2.8, flow: 'import', start: '2026-05', end: '2026-05' }]);
  });
});

describe('"With <amount>, <subject> ..."', () => {
  it('takes the trade mode of the clause after the amount, so the growth stated before joins it', () => {
    const rows = rowsOf(
      "In the first four months of this year, Xinjiang's cross-border e-commerce trade grew 1.8 times. With a total trade value of 2.96 billion yuan, the cross-border e-commerce sector made up about a tenth of the region's trade growth.",
      '2026-05-12',
    );
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct, breakdown: r.breakdown }))).toEqual([{ value: 2960000000, yoy: 180, breakdown: 'trade mode: cross-border e-commerce' }]);
  });
});

describe('growth as an index of the year-earlier level', () => {
  it('reads "or 103.5% compared to January-April 2025" as up 3.5 percent and "96.2% of the level of the same period last year" as down 3.8', () => {
    const a = rowsOf("Kazakhstan's foreign trade turnover in January-April 2026 totaled 41.2 billion US dollars, or 103.5% compared to January-April 2025.", '2026-06-18');
    expect(a.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 41200000000, yoy: 3.5 }]);
    const b = rowsOf('Exports in January-April 2026 amounted to 96.2% of the level of the same period last year and reached 24.3 billion US dollars.', '2026-06-18');
    expect(b.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 24300000000, yoy: -3.8 }]);
    // After a word of change the percentage is the change itself, not an index.
    const c = rowsOf('Exports in January-April 2026 increased by 2.1 billion US dollars, or 9.5% compared to January-April 2025.', '2026-06-18');
    expect(c.map((r) => r.yoy_pct)).toEqual([9.5]);
  });
});

describe('intentions and ranges', () => {
  it('drops an amount someone announces readiness to export, however far the verb sits', () => {
    const rows = rowsOf(
      'Exports reached 5.6 billion dollars in April 2026. "We confirm our readiness to increase supplies of processed agricultural goods and 90 other commodity items worth about 800 million dollars to China," the minister said.',
      '2026-05-18',
    );
    expect(rows.map((r) => r.value)).toEqual([5600000000]);
  });

  it('drops a range of growth rates', () => {
    const rows = rowsOf('Exports of pork rose by between 5 and 7 percent in April 2026. Imports grew 3%-4% in April 2026. Exports reached 5.6 billion yuan in April 2026, up 6.1 percent year on year.', '2026-05-18');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 5600000000, yoy: 6.1 }]);
  });
});

describe('places of several ports and of photo captions', () => {
  it('names ports that report jointly by both, in alphabetical order; imports routed through them stay the province\'s', () => {
    const rows = rowsOf(
      "Since the services opened, the Manzhouli and Erenhot ports have recorded more than 38,000 China-Europe freight train trips. Inner Mongolia's imports through Erenhot and Manzhouli ports totalled 2.3 billion yuan in the first four months.",
      '2026-05-10',
    );
    expect(rows.map((r) => [r.value, r.area])).toEqual([
      [38000, 'Erenhot and Manzhouli ports'],
      [2300000000, 'Inner Mongolia'],
    ]);
  });

  it('does not carry the place of a photo caption into the figures after it', () => {
    const rows = rowsOf(
      "In this aerial photo, a freight train leaves the Lianyungang Port in Lianyungang, east China's Jiangsu Province, May 8, 2026. In the first four months of this year, China-Europe freight trains made 6,420 trips, up 7 percent year on year, data from the China State Railway Group showed.",
      '2026-05-10',
    );
    expect(rows.map((r) => [r.value, r.area])).toEqual([[6420, 'China']]);
  });
});

describe('shares and decimals in translated wording', () => {
  it('reads "Russia\'s trade turnover share came to 17.9%" as Russia\'s part of the reporting country\'s trade', () => {
    const rows = rowsOf(
      "In January-April 2026, China accounted for a 22.4% share of Kazakhstan's foreign trade, the Bureau of National Statistics said. Russia's trade turnover share came to 17.9% ($7.4bn).",
      '2026-05-22',
    );
    expect(rows.map((r) => ({ value: r.value, area: r.area, partner: r.partner }))).toEqual([
      { value: 22.4, area: 'Kazakhstan', partner: 'China' },
      { value: 17.9, area: 'Kazakhstan', partner: 'Russia' },
      { value: 7400000000, area: 'Kazakhstan', partner: 'Russia' },
    ]);
  });

  it('reads a decimal comma before a percent sign ("grew by 5,2%")', () => {
    const rows = rowsOf("Kazakhstan's exports in January-April 2026 grew by 5,2% to 23.1 billion US dollars.", '2026-05-22');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 23100000000, yoy: 5.2 }]);
  });
});

describe('commodity-desk units and asides', () => {
  it('reads units that carry their multiplier: mmt, Mt, kt, bcm, "mln t"', () => {
    const read = (text: string) => rowsOf(text, '2026-05-09').map((r) => [r.value, r.unit]);
    expect(read('China imported 9.6 mmt of soybeans in April, up 8.0% on the year.')).toEqual([[9600000, 'tonnes']]);
    expect(read('Iron ore imports came to 101.4 Mt in April, down 3.2 percent year-on-year.')).toEqual([[101400000, 'tonnes']]);
    expect(read('Steel exports totalled 9,150 kt in April, up 4.4 percent year-on-year.')).toEqual([[9150000, 'tonnes']]);
    expect(read('Pipeline gas imports amounted to 5.3 bcm in April, up 6.5 percent year on year.')).toEqual([[5300000000, 'cubic meters']]);
    expect(read('Coal exports were 1.2 mln t in April, up 3 percent year on year.')).toEqual([[1200000, 'tonnes']]);
  });

  it('drops the growth rate the market expected', () => {
    const rows = rowsOf("China's exports rose 8.1 percent year-on-year in April to 315.7 billion dollars, beating expectations of a 6.5 percent rise.", '2026-05-09');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct }))).toEqual([{ value: 315700000000, yoy: 8.1 }]);
  });

  it('dates by a bracketed period only what the brackets hold', () => {
    const rows = rowsOf('Exports grew 8.1% y/y in April (March: +6.2%), while imports fell 1.1% (March: -4.5%).', '2026-05-09');
    expect(rows.map((r) => ({ flow: r.flow, yoy: r.yoy_pct, month: r.period_end }))).toEqual([
      { flow: 'export', yoy: 8.1, month: '2026-04' },
      { flow: 'export', yoy: 6.2, month: '2026-03' },
      { flow: 'import', yoy: -1.1, month: '2026-04' },
      { flow: 'import', yoy: -4.5, month: '2026-03' },
    ]);
  });
});

describe('"respectively" lists in the other order', () => {
  it('pairs growth rates listed before their levels ("rose 5.1% and 2.2% to X and Y respectively")', () => {
    const rows = rowsOf("China's exports and imports rose 5.1 percent and 2.2 percent year on year to 2.31 trillion yuan and 1.62 trillion yuan respectively in April.", '2026-05-09');
    expect(brief(rows)).toEqual([
      { value: 2310000000000, unit: 'CNY', yoy: 5.1, flow: 'export', start: '2026-04', end: '2026-04' },
      { value: 1620000000000, unit: 'CNY', yoy: 2.2, flow: 'import', start: '2026-04', end: '2026-04' },
    ]);
  });

  it('gives amounts listed before their currency that currency, and pairs them with the partners listed', () => {
    const rows = rowsOf("In April, China's exports to the EU, ASEAN and Japan were 61.2 billion, 55.3 billion and 13.1 billion dollars, respectively.", '2026-05-09');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([
      [61200000000, 'USD', 'European Union'],
      [55300000000, 'USD', 'ASEAN'],
      [13100000000, 'USD', 'Japan'],
    ]);
  });

  it('reads NODX as exports', () => {
    const rows = rowsOf("Singapore's NODX rose 7.7 percent year-on-year in April, Enterprise Singapore said.", '2026-05-18');
    expect(rows.map((r) => ({ flow: r.flow, yoy: r.yoy_pct }))).toEqual([{ flow: 'export', yoy: 7.7 }]);
  });
});

describe('balance wording', () => {
  it('reads a "trade gap" as a deficit', () => {
    const rows = rowsOf('The region posted a trade gap of $4.1 billion in April, the statistics office said.', '2026-05-20');
    expect(rows.map((r) => ({ value: r.value, flow: r.flow }))).toEqual([{ value: -4100000000, flow: 'balance' }]);
  });

  it('reads "the deficit widened 12.4%" as growth of the balance', () => {
    const rows = rowsOf("South Korea's trade deficit with China widened 12.4 percent to 2.8 billion dollars in May, the Korea Customs Service said.", '2026-06-02');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct, partner: r.partner }))).toEqual([{ value: -2800000000, yoy: 12.4, partner: 'China' }]);
  });

  it('gives no yoy to a level whose change is measured from the month before ("to X in April from Y in March")', () => {
    const rows = rowsOf("China's trade surplus rose 5.1 percent to $71.2 billion in April from $67.7 billion in March. Exports in April rose 4 percent year on year.", '2026-05-09');
    expect(rows.map((r) => ({ value: r.value, yoy: r.yoy_pct, end: r.period_end }))).toEqual([
      { value: 71200000000, yoy: null, end: '2026-04' },
      { value: 67700000000, yoy: null, end: '2026-03' },
      { value: null, yoy: 4, end: '2026-04' },
    ]);
    // Measured from the same month a year earlier, the change stays year-on-year.
    const yoy = rowsOf("China's exports rose 6 percent to 2.1 trillion yuan in May from 1.98 trillion yuan in May 2025.", '2026-06-09');
    expect(yoy.map((r) => r.yoy_pct)).toEqual([6, null]);
  });
});

describe('the size of a change given with "at"', () => {
  it('reads "recorded year-on-year increases, at 11.4% and 9.8% respectively" as the two flows\' growth', () => {
    const rows = rowsOf("In April 2026, the values of Hong Kong's total exports and imports of goods both registered year-on-year increases, at 11.4% and 9.8% respectively.", '2026-05-27');
    expect(rows.map((r) => ({ flow: r.flow, yoy: r.yoy_pct }))).toEqual([
      { flow: 'export', yoy: 11.4 },
      { flow: 'import', yoy: 9.8 },
    ]);
  });
});
