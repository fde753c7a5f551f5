/**
 * Rules widened in the fixing round for b254 (short forms: bulletins, scripts, briefs, flash headlines): each in several
 * frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { titleCaseTickerLines } from '../../functions/core/extract/press-release/capital-heads.js';
import { releaseRows } from '../support/press-release-rows.js';

const valued = (rows: ObservationDraft[], value: number) => rows.find((r) => Math.abs((r.value ?? NaN) - value) <= 1e-6 * value);

describe('a scaled amount with no unit, after a sentence that ended on money, is in that money', () => {
  it('reads "came to 1.04 trillion." after a sentence in yuan', () => {
    const rows = releaseRows("Jiangsu's exports reached 1.92 trillion yuan in the first half. Imports, led by chips and ores, came to 1.04 trillion.", '2026-07-20');
    expect(valued(rows, 1.04e12)).toMatchObject({ unit: 'CNY', flow: 'import' });
  });
  it('reads both amounts after a change and "to" in a two-clause sentence', () => {
    const rows = releaseRows("Guangxi's foreign trade rose to 412.6 billion yuan in the first ten months. Shipments abroad grew 8 percent to 236.2 billion; purchases fell 3 percent to 176.4 billion.", '2026-11-20');
    expect(valued(rows, 236.2e9)).toMatchObject({ unit: 'CNY' });
    expect(valued(rows, 176.4e9)).toMatchObject({ unit: 'CNY' });
  });
  it('reads a brief\'s amounts in "bn" with the change in brackets', () => {
    const rows = releaseRows("Customs put Fujian's first-quarter trade at 498.7 billion yuan. Exports 301.2 bn (+6.4%), imports 197.5 bn (-2.1%).", '2026-04-20');
    expect(valued(rows, 301.2e9)).toMatchObject({ unit: 'CNY', yoy_pct: 6.4 });
    expect(valued(rows, 197.5e9)).toMatchObject({ unit: 'CNY', yoy_pct: -2.1 });
  });
  it('reads a partner\'s amount with the change after a comma, no flow word before it', () => {
    const rows = releaseRows("Yunnan's trade hit 166.3 billion yuan in the first eight months. Laos 31.4 bn, +12.2%.", '2026-09-20');
    expect(valued(rows, 31.4e9)).toMatchObject({ unit: 'CNY', yoy_pct: 12.2 });
  });
  it('reads "were worth 0.9 billion" in dollars after a dollar sentence', () => {
    const rows = releaseRows('Kazakhstan earned 1.8 billion dollars from grain sold abroad in the season to June. Sales of wheat alone were worth 0.9 billion.', '2026-07-15');
    expect(valued(rows, 0.9e9)).toMatchObject({ unit: 'USD' });
  });
  it('reads a presenter\'s "made up 92 billion, up 7 percent"', () => {
    const rows = releaseRows('Inner Mongolia traded goods worth 110.4 billion yuan with Mongolia last year. Imports made up 92 billion, up 7 percent, mostly coal and copper.', '2026-01-25');
    expect(valued(rows, 92e9)).toMatchObject({ unit: 'CNY', yoy_pct: 7 });
  });
  it('does not give the money to a population figure (no trade word, no change; guard)', () => {
    const rows = releaseRows('Exports reached 3.2 trillion yuan in the half. The national population stands at about 1.4 billion.', '2026-07-20');
    expect(valued(rows, 1.4e9)?.unit).not.toBe('CNY');
  });
  it('does not give money to a bare amount after a sentence that ended on tonnes (guard)', () => {
    const rows = releaseRows('Coal imports reached 12.4 million tonnes in May. Imports of ore came to 3.1 million.', '2026-06-20');
    expect(valued(rows, 3.1e6)?.unit).not.toBe('CNY');
    expect(valued(rows, 3.1e6)?.measure).not.toBe('value');
  });
});

describe('a flash headline in capitals is read as one though its months stand in title case', () => {
  it('reads the province of "GUANGXI JAN-OCT TRADE ..."', () => {
    const rows = releaseRows('GUANGXI JAN-OCT TRADE 412.6 BN YUAN, UP 8%\n\nNanning Customs figures.', '2026-11-20');
    expect(valued(rows, 412.6e9)).toMatchObject({ area: 'Guangxi', unit: 'CNY', period_start: '2026-01', period_end: '2026-10' });
  });
  it('reads a spelled-out month range after the province', () => {
    const rows = releaseRows('ZHEJIANG JANUARY-JUNE EXPORTS RISE 7.5% TO 1.81 TRN YUAN\n\nHangzhou Customs.', '2026-07-20');
    expect(valued(rows, 1.81e12)).toMatchObject({ area: 'Zhejiang', flow: 'export' });
  });
  it('reads a month and year with a partner after them', () => {
    const rows = releaseRows('YUNNAN OCTOBER 2026 TRADE WITH LAOS 4.2 BN YUAN, +11%\n\nKunming Customs.', '2026-11-20');
    expect(valued(rows, 4.2e9)).toMatchObject({ area: 'Yunnan', partner: 'Laos' });
  });
  it('reads the province before a colon and the months after it', () => {
    const rows = releaseRows('SHANDONG TRADE, JANUARY-SEPTEMBER: 2.46 TRN YUAN, +5.1%\n\nJinan Customs.', '2026-10-20');
    expect(valued(rows, 2.46e12)).toMatchObject({ area: 'Shandong', period_end: '2026-09' });
  });
  it('writes the headline over in title case, the months kept', () => {
    expect(titleCaseTickerLines('HEILONGJIANG Sept 2026 EXPORTS TO RUSSIA 6.2 BN YUAN, +9.4%')).toBe('Heilongjiang Sept 2026 Exports to Russia 6.2 bn Yuan, +9.4%');
  });
  it('leaves a line of prose with a capitalised word alone (guard)', () => {
    const line = 'HAINAN Customs said Jan-May TRADE rose 11.6% to 213.4 BN YUAN';
    expect(titleCaseTickerLines(line)).toBe(line);
  });
  it('leaves a month word inside a longer word alone (guard)', () => {
    const line = 'GANSU Janitorial TRADE FAIR 2026 DRAWS 300 FIRMS';
    expect(titleCaseTickerLines(line)).toBe(line);
  });
});

describe('a noun of a sum made two-way by its adjective is total trade', () => {
  const flowOf = (text: string, value: number, published = '2026-08-20') => valued(releaseRows(text, published), value)?.flow;
  it('reads "the two-way total reached" after a sentence on imports', () => {
    expect(flowOf('Imports came to 15.1 billion yuan in July. Over seven months, the two-way total reached 128.6 billion yuan, up 6.1 percent.', 128.6e9)).toBe('total');
  });
  it('reads "the bilateral tally ... stood at" after a sentence on exports', () => {
    expect(flowOf('Exports to Kazakhstan rose 9 percent to 3.3 billion dollars in the first quarter. The bilateral tally for the quarter stood at 5.6 billion dollars.', 5.6e9)).toBe('total');
  });
  it('reads "two-way flows came to" in the second clause of a sentence on shipments', () => {
    expect(flowOf('Shipments to Vietnam climbed 12 percent to 41.2 billion yuan in March, while two-way flows came to 70.5 billion yuan.', 70.5e9)).toBe('total');
  });
  it('reads "the two way figure was" unhyphenated after a semicolon', () => {
    expect(flowOf('Purchases from Chile fell to 2.2 billion dollars in May; the two way figure was 3.9 billion dollars.', 3.9e9)).toBe('total');
  });
  it('reads "Two-way volumes ... hit" opening a sentence', () => {
    expect(flowOf('Imports from Russia accounted for 8.1 billion yuan in the first half. Two-way volumes for the half year hit 14.9 billion yuan, up 3 percent.', 14.9e9)).toBe('total');
  });
  it('keeps imports through "two-way lanes" imports (guard)', () => {
    expect(flowOf('Imports through the two-way lanes of the bridge came to 2.1 billion yuan in May.', 2.1e9)).toBe('import');
  });
  it('keeps exports under "the bilateral deal" exports (guard)', () => {
    expect(flowOf('Exports under the bilateral deal rose to 3.4 billion dollars in May.', 3.4e9)).toBe('export');
  });
  it('keeps "the two-way total of exports" of exports (guard)', () => {
    expect(flowOf('Exports to Laos reached 1.1 billion yuan in May. The two-way total of exports and re-exports came to 1.6 billion yuan.', 1.6e9)).toBe('export');
  });
});

describe('a fact box label ending on a participle of buying, a colon before its tonnage, is of imports', () => {
  const flowOf = (text: string, value: number) => valued(releaseRows(text, '2026-11-20'), value)?.flow;
  it('reads a bullet "Soybeans brought in: 2.3 million tonnes" under a port heading', () => {
    expect(flowOf('Erenhot Port | January-June 2026\n- Soybeans brought in: 2.3 million tonnes, up 4%', 2.3e6)).toBe('import');
  });
  it('reads "Iron ore bought: 12.6 mln t (+3.1%)" in a brief', () => {
    expect(flowOf('Manzhouli, first half of 2026. Iron ore bought: 12.6 mln t (+3.1%).', 12.6e6)).toBe('import');
  });
  it('reads "Timber purchased: about 880,000 cubic metres" after a dash', () => {
    expect(flowOf('Suifenhe port in the first ten months of 2026 -- Timber purchased: about 880,000 cubic metres, down 2%.', 880000)).toBe('import');
  });
  it('reads a post between emoji', () => {
    expect(flowOf('Qinzhou Port, Jan-Sep 2026 🚢 Frozen beef brought in: 64,000 tonnes 🥩 #Qinzhou', 64000)).toBe('import');
  });
  it('reads a label in lower case after a colon of its own', () => {
    expect(flowOf('Alashankou in the first quarter of 2026: grain purchased: 3.1 million tonnes, up 9 percent.', 3.1e6)).toBe('import');
  });
  it('keeps "bought and sold:" two-way (guard)', () => {
    expect(flowOf('Horgos, January-May 2026. Volume of goods bought and sold: 3.1 million tonnes, up 5%.', 3.1e6)).not.toBe('import');
  });
  it('keeps money "brought in:" no import (guard)', () => {
    expect(flowOf('Horgos, January-May 2026. Revenue brought in: 1.2 billion yuan, up 5%.', 1.2e9)).not.toBe('import');
  });
});
