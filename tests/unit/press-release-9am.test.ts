/**
 * Rules of issue 9, part am: the language of statistics agencies, customs services and central banks of
 * economies the corpus had not used, found by blind batch 36 (fixtures b36-… in tests/corpus/press-release),
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);
const amounts = (text: string, published?: string, options?: PressReleaseOptions) => rowsOf(text, published, options).map((r) => [r.value, r.unit]);
const periods = (text: string, published: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value]);

describe('whose statistics a release reports', () => {
  it('knows Guatemala, the Dominican Republic, Jamaica and Bhutan', () => {
    const text = 'The Dominican Republic shipped goods worth US$980.5 million to the United States in October 2026, and the United States supplied imports of US$1,204.0 million.';
    expect(areas(text, '2026-11-20')).toEqual(['Dominican Republic', 'Dominican Republic']);
  });

  it('reads the country in "Statistical Institute of", "Agency for Statistics of" and "Banco de", in capitals too', () => {
    const jamaica = 'STATISTICAL INSTITUTE OF JAMAICA\n\nExports to the United States were US$402.6 million in January to August 2026, and imports from the United States US$1,880.1 million.';
    expect(new Set(areas(jamaica, '2026-11-25'))).toEqual(new Set(['Jamaica']));
    const bosnia = 'Agency for Statistics of Bosnia and Herzegovina\n\nExports to Croatia amounted to EUR 702.4 million in January - September 2026, and imports from Croatia to EUR 1,210.8 million.';
    expect(new Set(areas(bosnia, '2026-10-22'))).toEqual(new Set(['Bosnia and Herzegovina']));
    const bank = 'BANCO DE GUATEMALA\n\nExports to the United States reached US$3,801.2 million in January-October 2026, while imports from the United States were US$9,930.7 million.';
    expect(new Set(areas(bank, '2026-11-30'))).toEqual(new Set(['Guatemala']));
  });

  it('knows the capitals that date releases of Bhutan, Jamaica, Guatemala and the Dominican Republic', () => {
    const text = 'Thimphu, 16 November 2026 – Imports from India amounted to Nu 20.1 billion in the July–September quarter. India supplied 81 percent of them.';
    expect(new Set(areas(text, '2026-11-16'))).toEqual(new Set(['Bhutan']));
  });
});

describe('currencies of smaller economies', () => {
  it('reads "J$", "RD$" and "Nu" with a glued "B" or "M" as their scale', () => {
    expect(amounts('Kingston, November 25, 2026. The import bill came to J$612,402.7 million in January to August 2026.', '2026-11-25')).toEqual([[612402700000, 'JMD']]);
    expect(amounts('Santo Domingo, 18 November 2026. Customs collected RD$ 98,104 million in import duties in January-October 2026.', '2026-11-18', { revenue: true })).toEqual([[98104000000, 'DOP']]);
    expect(amounts('Thimphu, 16 November 2026. Exports were Nu 12.35B in the July–September quarter, and boulders earned Nu 480M.', '2026-11-16')).toEqual([
      [12350000000, 'BTN'],
      [480000000, 'BTN'],
    ]);
  });

  it('reads a bare "P" before an amount with its scale as the pula in Botswana and the peso elsewhere', () => {
    expect(amounts('Statistics Botswana. Exports were valued at P4,911.2 million in September 2026.', '2026-11-27')).toEqual([[4911200000, 'BWP']]);
    expect(amounts('Manila, November 10, 2026. Exports reached P412.6 billion in September 2026.', '2026-11-10')).toEqual([[412600000000, 'PHP']]);
    expect(amounts('The smelter shipped its P1020 grade in September 2026.', '2026-11-10')).toEqual([]);
  });

  it('reads "KM" and "ALL" after a scale as convertible marks and leks, not as words or in a rate', () => {
    expect(amounts('Sarajevo, 22.10.2026. Exports were 9 874 million KM in January - September 2026.', '2026-10-22')).toEqual([[9874000000, 'BAM']]);
    expect(amounts('Tirana, 11 November 2026. Imports were 71,902 million ALL in October 2026.', '2026-11-11')).toEqual([[71902000000, 'ALL']]);
    expect(amounts('Tirana, 11 November 2026. Exports grew 4.1 % in October 2026, at a rate of 98.42 ALL to the euro.', '2026-11-11')).toEqual([[null, '']]);
  });

  it('reads denars, pula, ngultrum, quetzales and meticais written out', () => {
    expect(amounts('Skopje, 27.11.2026. Exports amounted to 401.2 billion denars in January – October 2026.', '2026-11-27').map(([, unit]) => unit)).toEqual(['MKD']);
    expect(amounts('Maputo, 24 Nov 2026. Exports came to 139.8 billion meticais in the third quarter of 2026.', '2026-11-24').map(([, unit]) => unit)).toEqual(['MZN']);
  });
});

describe('years to date written as cut-offs', () => {
  it('reads an "as of" month set against the same month a year before as the year to date, not a stock', () => {
    const text = 'As of October 2026, the total value of exports stood at US$9,412.3 million, higher by 5.1% than the amount registered at October 2025 (US$8,955.6 million).';
    expect(periods(text, '2026-11-30')).toEqual([
      ['2026-01', '2026-10', 9412300000],
      ['2025-01', '2025-10', 8955600000],
    ]);
  });

  it('reads a change "through" a month in a headline as the year to date', () => {
    const text = 'Exports up 3.9% through October\n\nExports of goods reached US$9,412.3 million in January-October 2026, up 3.9 percent on a year earlier.';
    expect(periods(text, '2026-11-30')).toEqual([['2026-01', '2026-10', 9412300000]]);
  });
});

describe('summaries that open a release', () => {
  it('reads bulleted items that round the body figures as the body figures again', () => {
    const text = 'Foreign Trade in Goods, October 2026\n\nMain results:\n- Exports: 31.2 billion ALL, +4.4 %\n- Imports: 70.9 billion ALL, +1.8 %\n\nIn October 2026, exports of goods were 31,204 million ALL, up 4.4 % from October 2025. Imports of goods were 70,877 million ALL, up 1.8 %.';
    expect(amounts(text, '2026-11-11')).toEqual([
      [31204000000, 'ALL'],
      [70877000000, 'ALL'],
    ]);
  });
});

describe('the same span a year before, in other words', () => {
  it('reads "the similar period of 2025" as the same months a year before', () => {
    const text = 'Kingston, November 25, 2026. Spending on imports for January to August 2026 was US$4,402.9 million, up 2.7 per cent when compared with the similar period of 2025. Earnings from exports fell by 6.1 per cent to US$1,062.4 million.';
    expect(rowsOf(text, '2026-11-25').map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['2026-01', '2026-08', 4402900000, 2.7],
      ['2026-01', '2026-08', 1062400000, -6.1],
    ]);
  });

  it('reads a sentence opened by "A year ago, in the same quarter," as that quarter a year before', () => {
    const text = 'Thimphu, 16 November 2026. Imports were Nu 23.9B in the July–September quarter of the 2026-27 fiscal year. A year ago, in the same quarter, imports were Nu 22.4B.';
    expect(periods(text, '2026-11-16')).toEqual([
      ['2026-07', '2026-09', 23900000000],
      ['2025-07', '2025-09', 22400000000],
    ]);
  });
});

describe("fiscal years of Bhutan's releases", () => {
  it('reads months of a fiscal year written with its two years, and the previous fiscal year', () => {
    const text = 'Thimphu, 16 November 2026. The trade deficit for the July–September quarter of the 2026-27 fiscal year was Nu 8.66 billion. In the previous fiscal year, 2025-26, the deficit was Nu 39.1 billion.';
    expect(periods(text, '2026-11-16')).toEqual([
      ['2026-07', '2026-09', -8660000000],
      ['2025-07', '2026-06', -39100000000],
    ]);
  });

  it('reads a headline quarter that rounds the body figure of a fiscal quarter as that figure', () => {
    const text = 'Trade deficit narrows to Nu 8.7B in first quarter\n\nThimphu, 16 November 2026. The trade deficit for the July–September quarter of the 2026-27 fiscal year narrowed to Nu 8.66 billion.';
    expect(periods(text, '2026-11-16')).toEqual([['2026-07', '2026-09', -8660000000]]);
  });
});

describe('letters that name a body, not a place', () => {
  it('reads "(DRC)" after "Department of Revenue and Customs" as that department, not the Congo', () => {
    const text = "Kuensel, Thimphu – 16 November 2026\n\nTrade deficit narrows\n\nThe country's trade deficit for the July–September quarter of the 2026-27 fiscal year narrowed to Nu 9.84 billion, according to the quarterly trade statistics released by the Department of Revenue and Customs (DRC) last week.\n\nBhutan imported goods worth Nu 24.61B during the quarter. India supplied 80 percent.";
    expect(areas(text, '2026-11-16')).toEqual(['Bhutan', 'Bhutan', 'Bhutan']);
  });
});

describe('scales and levels in the wording of Central European offices', () => {
  it('reads "mil." as million, a sentence going on past it when a currency follows', () => {
    const text = 'Bratislava 10. 11. 2026. The value of exports in September 2026 reached 8 904.2 mil. EUR, up 2.9 % y/y.';
    expect(amounts(text, '2026-11-10')).toEqual([[8904200000, 'EUR']]);
    const ends = 'Bratislava 10. 11. 2026. In September 2026 imports fell to EUR 8 512.0 mil. Exports of road vehicles grew by 6.1 %.';
    expect(rowsOf(ends, '2026-11-10').map((r) => [r.value, r.flow, r.yoy_pct])).toEqual([
      [8512000000, 'import', null],
      [null, 'export', 6.1],
    ]);
  });

  it('reads an amount followed by ", or N% more than" as a level whose change is the percentage', () => {
    const text = 'Sarajevo, 22.10.2026. In January - September 2026, the value of imports was 17 402 million KM, or 2.6% more than in the same period of 2025.';
    expect(rowsOf(text, '2026-10-22').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[17402000000, 'BAM', 2.6]]);
    const delta = 'Tashkent, 20 July 2026. Foreign trade turnover reached 31.4 billion US dollars in January-June 2026, which is 4.1 billion dollars or 15.0% more than in January-June 2025.';
    expect(rowsOf(delta, '2026-07-20').map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[31400000000, 'USD', 15]]);
  });
});

describe('signs', () => {
  it('reads an en dash opening a bracketed change as a minus', () => {
    const text = 'Ljubljana, 1 December 2026. Exports to EU Member States totalled EUR 2,611 million (–2.4%) in October 2026, imports from them EUR 2,930 million (+1.2%).';
    expect(rowsOf(text, '2026-12-01').map((r) => [r.value, r.yoy_pct])).toEqual([
      [2611000000, -2.4],
      [2930000000, 1.2],
    ]);
  });
});
