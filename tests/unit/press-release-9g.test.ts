/**
 * Rules of issue 9, part g (found by a blind batch of releases written before the extractor was run
 * on them, b8-… in tests/corpus/press-release), in our own words: balance-of-payments wording and
 * "on <month>" comparisons of a month-on-month agency, a "trading partner" apposition, the euro area
 * as a reporter, and dated comparison bases given in brackets.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { previousMonthBasis } from '../../functions/core/extract/press-release/release-basis.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));

describe('a month-on-month agency in balance-of-payments wording', () => {
  const release = [
    'International trade in goods and services: key figures, reference period March 2026.',
    'The goods and services balance was a surplus of $2,140m in March, down $310m on February.',
    'Goods and services credits rose $95m (0.4%) to $24,310m.',
    'Goods and services debits fell $120m (0.5%) to $22,170m.',
  ].join('\n\n');

  it('reads credits as exports and debits as imports', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => [r.value, r.flow])).toEqual([
      [2140000000, 'balance'],
      [24310000000, 'export'],
      [22170000000, 'import'],
    ]);
  });

  it('takes "down $310m on February" for a comparison: the next sentences stay in March', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => `${r.period_start}..${r.period_end}`)).toEqual(['2026-03..2026-03', '2026-03..2026-03', '2026-03..2026-03']);
  });

  it('reads "(0.4%)" after a month-on-month change as no year-on-year growth', () => {
    expect(rowsOf(release, '2026-05-06').map((r) => r.yoy_pct)).toEqual([null, null, null]);
  });

  it('recognises "<amount> on <month>" as the previous-month basis, and a month with its year only as a base', () => {
    expect(previousMonthBasis('Exports fell $905m on June to $32,105m.')).toBe('previous-month release');
    expect(previousMonthBasis('Reference period: July 2026. Exports fell $905m on June to $32,105m.')).toBe('previous-month release');
    expect(previousMonthBasis('Exports rose 2.1% compared with July 2025. Exports fell $905m on June.')).toBeNull();
    expect(previousMonthBasis('Turnover was 3.1% more than in January-September 2024, and $2m more on June.')).toBeNull();
  });
});

describe('a "trading partner" apposition', () => {
  it('keeps the flow of the sentence: exports to the partner, not total trade', () => {
    const rows = rowsOf("Exports to Japan, the country's second-largest trading partner, rose 3.2 per cent to RM9.4 billion in March 2026.", '2026-04-20');
    expect(rows.map((r) => [r.value, r.flow, r.partner])).toEqual([[9400000000, 'export', 'Japan']]);
  });

  it('still reads a share of the top trading partner as total trade', () => {
    const rows = rowsOf('In January-March 2026, China remained the largest trading partner with 21.4% of the turnover.', '2026-04-20');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[21.4, 'percent-share', 'total']]);
  });
});

describe('the euro area as a reporter', () => {
  const release = 'The first estimate for euro area (EA20) imports of goods from the rest of the world in May 2026 was €201.7 billion. As a result, the euro area recorded a €9.8 bn surplus in May 2026.';

  it('is the area of its figures, lower case or not', () => {
    expect(rowsOf(release, '2026-07-15').map((r) => [r.value, r.area, r.flow])).toEqual([
      [201700000000, 'Euro area', 'import'],
      [9800000000, 'Euro area', 'balance'],
    ]);
  });
});

describe('dated comparison bases in brackets or with a sign', () => {
  it('are rows of their own period without growth', () => {
    const rows = rowsOf('Exports of goods in May 2026 were €233.9 billion, a fall of 1.2% compared with May 2025 (€236.7 bn). The surplus was €9.8 bn, compared with +€12.4 bn in May 2025.', '2026-07-15');
    expect(brief(rows)).toEqual([
      { value: 233900000000, unit: 'EUR', yoy: -1.2, flow: 'export', start: '2026-05', end: '2026-05' },
      { value: 236700000000, unit: 'EUR', yoy: null, flow: 'export', start: '2025-05', end: '2025-05' },
      { value: 9800000000, unit: 'EUR', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 12400000000, unit: 'EUR', yoy: null, flow: 'balance', start: '2025-05', end: '2025-05' },
    ]);
  });
});

describe('a land port named as a border crossing', () => {
  it('is a port of its own name, with a capitalised article before it', () => {
    const rows = rowsOf('The Longbang border crossing in Jingxi city handled 84,000 tonnes of fruit imports in March 2026, up 12 percent year on year.', '2026-04-18');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([[84000, 'Longbang Port', 'import']]);
  });
});

describe('a change stated in the next sentence, with a month-on-month one beside it', () => {
  const release = "China's iron ore imports in May came to 98.2 million tons, customs data showed. The volume was 4.4 percent lower than in May last year and 3.0 percent above April's 95.3 million tons.";

  it('gives "The volume was N percent lower than in May last year" to the level before, and no growth row', () => {
    expect(brief(rowsOf(release, '2026-06-09'))).toEqual([
      { value: 98200000, unit: 'tonnes', yoy: -4.4, flow: 'import', start: '2026-05', end: '2026-05' },
      { value: 95300000, unit: 'tonnes', yoy: null, flow: 'import', start: '2026-04', end: '2026-04' },
    ]);
  });

  it('reads a change against "April\'s" level as month-on-month, never as growth', () => {
    const rows = rowsOf("Soybean imports fell 6.1 percent below March's 8.6 million tonnes to 8.1 million tonnes in April 2026.", '2026-05-12');
    expect(rows.every((r) => r.yoy_pct === null)).toBe(true);
  });
});

describe("Singapore's NODX by goods", () => {
  it('names the goods before "NODX", so their growth is not the total\'s', () => {
    const rows = rowsOf('On a seasonally adjusted basis, Singapore\'s NODX slipped 1.2 per cent to $15.3 billion in May 2026.\n\nPharmaceuticals NODX expanded 9.4 per cent year-on-year.', '2026-06-17');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [15300000000, 'SGD', null, 'all goods'],
      [null, '', 9.4, 'pharmaceuticals'],
    ]);
  });
});

describe('an agency whose monthly releases compare with the month before', () => {
  const release = [
    'WASHINGTON - The U.S. trade deficit narrowed 6.2 percent to $61.0 billion in May, the Commerce Department said on Thursday.',
    'Exports rose 1.1 percent to $277.4 billion.',
    'So far this year, the deficit was up 4.8 percent from the same period in 2025.',
  ].join('\n\n');

  it('reads its unmarked changes as month-on-month although a year-earlier base appears', () => {
    expect(brief(rowsOf(release, '2026-07-02'))).toEqual([
      { value: -61000000000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-05', end: '2026-05' },
      { value: 277400000000, unit: 'USD', yoy: null, flow: 'export', start: '2026-05', end: '2026-05' },
      { value: null, unit: '', yoy: 4.8, flow: 'balance', start: '2026-01', end: '2026-05' },
    ]);
  });

  it('names the rule', () => {
    expect(previousMonthBasis(release)).toBe('month-on-month agency');
  });
});

describe('a commerce department that is not the US one', () => {
  it('leaves the year-on-year reading alone', () => {
    expect(previousMonthBasis('Exports rose 3% to 5 billion yuan, according to the provincial Department of Commerce.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3% to 5 billion yuan, the Hainan Commerce Department said.')).toBeNull();
    expect(previousMonthBasis('Exports rose 3% to $5 billion, the Commerce Department said.')).toBe('month-on-month agency');
  });
});

describe('a running total "as of" a month, since a launch in a year', () => {
  it('ends at the "as of" month, not at the publication month', () => {
    const rows = rowsOf('As of the end of August, the freight trains had made more than 96,000 trips since the service was launched in 2013, linking 190 cities.', '2026-09-12');
    expect(brief(rows)).toEqual([{ value: 96000, unit: 'trains', yoy: null, flow: 'total', start: '', end: '2026-08' }]);
  });
});

describe('a cross-border railway named by the countries it joins', () => {
  const release = [
    'VIENTIANE, Feb. 6 -- The Laos-Thailand Railway has carried 2.4 million tonnes of goods since it opened in March 2025, according to the Lao-Thai Railway Company.',
    'Customs officers at Vientiane said they had cleared 3,150 freight trains along the railway in the period.',
  ].join('\n\n');

  it('is the area of the goods and trains it carries, and the trains "along the railway" are its own', () => {
    expect(rowsOf(release, '2026-02-06').map((r) => [r.value, r.unit, r.area, `${r.period_start}..${r.period_end}`])).toEqual([
      [2400000, 'tonnes', 'Laos-Thailand Railway', '2025-03..2026-02'],
      [3150, 'trains', 'Laos-Thailand Railway', '2025-03..2026-02'],
    ]);
  });

  it('is not a service name: "China-Europe Railway Express" trains stay the country\'s', () => {
    const rows = rowsOf('China-Europe Railway Express trains made 1,540 trips in May 2026, China State Railway Group said.', '2026-06-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[1540, 'China']]);
  });

  it('names no area when a company is named after a city', () => {
    const rows = rowsOf('Cargo volume on the line reached 1.1 million tonnes in May 2026, up 8 percent year on year, according to the China Railway Nanning Group.', '2026-06-05');
    expect(rows.map((r) => r.area)).not.toContain('Nanning');
  });
});

describe('found by the second blind batch', () => {
  it('keeps the sign of "the negative foreign trade balance"', () => {
    const rows = rowsOf("The country's negative foreign trade balance was $4.2 billion in January-June 2026.", '2026-07-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[-4200000000, 'balance']]);
  });

  it('reads "$6.9 billion (14%) more than in the same period" as the level\'s yoy', () => {
    const rows = rowsOf('Foreign trade turnover for January-June 2026 amounted to $31.4 billion, which is $3.1 billion (11%) more than in the same period of 2025.', '2026-07-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[31400000000, 11]]);
  });

  it('reads a part of counted trains with its own direction', () => {
    const rows = rowsOf('Some 1,460 freight trains passed through the port in May 2026. Of the trains, 801 were outbound. 350 of these trains carried auto parts.', '2026-06-04');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [1460, 'trains', 'total'],
      [801, 'trains', 'export'],
    ]);
  });
});

describe('counts of firms', () => {
  it('are no trade figures, nor is the change in their number (real-release convention)', () => {
    expect(rowsOf('In September 2026, 5,210 registered foreign trade firms had import and export records.', '2026-10-20')).toEqual([]);
    expect(rowsOf('The number of exporting companies rose 6.1 percent to 1,290 in the first half of 2026.', '2026-07-20')).toEqual([]);
  });

  it('leave the trade of a kind of firm alone', () => {
    const rows = rowsOf("Private enterprises' exports rose 6.1 percent to 1.2 billion yuan in May 2026, accounting for 57 percent of the total.", '2026-06-10');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([
      [1200000000, 'CNY', 6.1],
      [57, 'percent-share', null],
    ]);
  });
});

describe('figures without a reporting period of their own', () => {
  it('sets aside a week\'s or a single day\'s count, keeping the running total beside it', () => {
    const rows = rowsOf('The port handled 1,840 freight trains in the first five months of 2026. It handled 128 freight trains last week, bringing the total so far this year to 2,130.', '2026-06-10');
    expect(rows.map((r) => r.value)).toEqual([1840, 2130]);
    expect(rowsOf("Xinjiang's foreign trade reached 210.4 billion yuan in the first five months. On Monday alone, 96 trucks carrying 1,800 tonnes of fruit crossed the port.", '2026-06-10').map((r) => r.value)).toEqual([210400000000]);
  });

  it('keeps a monthly figure of a sentence that opens with the week it was published', () => {
    const rows = rowsOf('Last week, customs said exports rose 5 percent to 1.2 trillion yuan in May 2026.', '2026-06-15');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[1200000000000, 5]]);
  });

  it('sets aside a level that "currently stands" at a number, unless the sentence dates it', () => {
    expect(rowsOf("Kazakhstan's trade with China reached 32.1 billion dollars in January-October 2026. Transit trade with China currently stands at 1.5 million tonnes, officials said.", '2026-11-20').map((r) => r.value)).toEqual([32100000000]);
    expect(rowsOf('Exports in May 2026 currently stand at 4.1 billion yuan, according to preliminary data.', '2026-06-10').map((r) => r.value)).toEqual([4100000000]);
  });
});

describe('a present level after a change over the past year', () => {
  it('is still a level without a period', () => {
    const rows = rowsOf('Exports reached 8.2 billion dollars in January-October 2026. Transit cargo has grown over the past year and currently stands at 2.3 million tonnes.', '2026-11-20');
    expect(rows.map((r) => r.value)).toEqual([8200000000]);
  });
});

describe('places from probes of unseen wording', () => {
  it('keeps "Hainan\'s imports of consumer goods" on Hainan: "consumer goods" is no epithet', () => {
    const rows = rowsOf("Hainan's imports of consumer goods under the zero-tariff policy reached 10.3 billion yuan in 2025.", '2026-01-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[10300000000, 'Hainan']]);
  });

  it('counts trains that "departed from" a city in that city, not as a partner', () => {
    const rows = rowsOf("In the first eight months of this year, 6,712 China-Europe freight trains departed from Xi'an.", '2026-09-05');
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[6712, "Xi'an", 'World']]);
  });
});
