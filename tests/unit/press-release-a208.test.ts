/**
 * Fixing round a208 on b294 (broadcast scripts): leftovers of round a203. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe("a speaker's line of only a change ('That's up ...', a verbless 'Up ... percent.') is the change of the level just read out", () => {
  it('reads "ANCHOR 2: That\'s up ..." after the first anchor\'s level', () => {
    expect(tuples("ANCHOR 1: Figures from Nanning Customs show Guangxi's imports and exports in the first quarter came to 172.4 billion yuan.\nANCHOR 2: That's up 9.6 percent on the same quarter last year.", '2026-04-20')).toContainEqual(['2026-01', '2026-03', 172.4e9, 'CNY', 9.6]);
  });
  it('reads a verbless "Up ... percent." in a podcast host\'s turn', () => {
    expect(tuples("LAN: Cambodia's trade with China from January through August came to 14.2 billion US dollars. Up 12.4 percent.\nBEN: Big number.", '2025-09-20')).toContainEqual(['2025-01', '2025-08', 14.2e9, 'USD', 12.4]);
  });
  it('reads "It\'s down ..." in the same voice', () => {
    expect(tuples('PRESENTER: Mongolia exported 6.1 million tonnes of coal in July, customs data show. It\'s down 8.5 percent from a year earlier.', '2025-08-15')).toContainEqual(['2025-07', '2025-07', 6.1e6, 'tonnes', -8.5]);
  });
  it('reads "That\'s still up ..." with the speaker\'s role in brackets', () => {
    expect(tuples("REPORTER (V/O): Xiamen port handled 12.6 million TEUs of containers last year.\nREPORTER (V/O): That's still up 4.3 percent on 2024.", '2026-01-20')).toContainEqual(['2025-01', '2025-12', 12.6e6, 'TEU', 4.3]);
  });
  it('reads "Down ... per cent." said on its own after the level', () => {
    expect(tuples('HOST: New Zealand sold 3.2 billion dollars of dairy to China in the first half. Down 6.8 per cent.', '2025-08-10')).toContainEqual(['2025-01', '2025-06', 3.2e9, 'NZD', -6.8]);
  });
  it('reads "And up ...%." closing the line', () => {
    expect(tuples("ANCHOR: Shanghai's exports in October were worth 151 billion yuan. And up 7.2% on a year ago.", '2025-11-20')).toContainEqual(['2025-10', '2025-10', 151e9, 'CNY', 7.2]);
  });
  it('leaves "Up to ... percent" a ceiling, not a change of the level (near miss)', () => {
    expect(tuples("ANCHOR 1: Guangxi's imports and exports in the first quarter came to 172.4 billion yuan.\nANCHOR 2: Up to 30 percent of it went by rail.", '2026-04-20')).not.toContainEqual(['2026-01', '2026-03', 172.4e9, 'CNY', 30]);
  });
  it('leaves a line whose own subject names other trade with its own change (near miss)', () => {
    expect(tuples("ANCHOR 1: Guangxi's imports and exports in the first quarter came to 172.4 billion yuan.\nANCHOR 2: Trade with Vietnam was up 11.5 percent.", '2026-04-20')).not.toContainEqual(['2026-01', '2026-03', 172.4e9, 'CNY', 11.5]);
  });
});

describe('"US $" glued to the end of a word ("SURPLUS $111.7 BN") is no currency sign: the word keeps its meaning, the amount is in dollars', () => {
  const rowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value);
  it('reads a lower third "EXPORTS ... | SURPLUS $..." as a surplus', () => {
    expect(rowOf('[LOWER THIRD: OCTOBER EXPORTS $305.4 BN | SURPLUS $90.1 BN]', '2025-11-08', 90.1e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('reads a ticker "EXPORTS ... ▲6% | SURPLUS $..."', () => {
    expect(rowOf('[TICKER: INDONESIA SEPTEMBER EXPORTS $24.7 BN ▲6% | SURPLUS $4.3 BN]', '2025-10-15', 4.3e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('reads a third item "| SURPLUS $..." after imports', () => {
    expect(rowOf('[GFX: VIETNAM JAN-SEP EXPORTS $348.7 BN | IMPORTS $332.2 BN | SURPLUS $16.5 BN]', '2025-10-06', 16.5e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('reads "IMPORTS ... | SURPLUS $..." in a super', () => {
    expect(rowOf('[SUPER: KOREA NOVEMBER IMPORTS $52.1 BN | SURPLUS $5.6 BN]', '2025-12-01', 5.6e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('reads "TRADE SURPLUS $..." after the exports on one screen line', () => {
    expect(rowOf('[LOWER THIRD: CHINA JULY EXPORTS $300.6 BN | TRADE SURPLUS $98.2 BN]', '2025-08-07', 98.2e9)).toMatchObject({ flow: 'balance', unit: 'USD' });
  });
  it('keeps "US $" after a space the US dollar (near miss)', () => {
    expect(rowOf('Exports rose to US $41.2 billion in March.', '2025-04-10', 41.2e9)).toMatchObject({ flow: 'export', unit: 'USD' });
  });
  it('keeps "HK$" the Hong Kong dollar (near miss)', () => {
    expect(rowOf('Exports reached HK$412.3 billion in March.', '2025-04-25', 412.3e9)).toMatchObject({ flow: 'export', unit: 'HKD' });
  });
});

describe('a figure whose subject is named monthly, with a span of months in force, is of the month that span ends in', () => {
  const lead = 'BEIJING, Dec 8 -- China\'s exports in the first eleven months rose 5.4 percent to 3.41 trillion US dollars, customs data showed on Monday. ';
  it('reads "The monthly trade surplus came in at"', () => {
    expect(tuples(`${lead}The monthly trade surplus came in at 111.7 billion dollars.`, '2025-12-08')).toContainEqual(['2025-11', '2025-11', 111.7e9, 'USD', null]);
  });
  it('reads "Monthly exports reached"', () => {
    expect(tuples(`${lead}Monthly exports reached 330.3 billion dollars.`, '2025-12-08')).toContainEqual(['2025-11', '2025-11', 330.3e9, 'USD', null]);
  });
  it('reads "its monthly deficit narrowed to"', () => {
    expect(tuples("NEW DELHI, Nov 17 -- India's exports in April-October were 254 billion dollars. The country's monthly deficit narrowed to 21.8 billion dollars.", '2025-11-17')).toContainEqual(['2025-10', '2025-10', -21.8e9, 'USD', null]);
  });
  it('reads "the monthly imports stood at"', () => {
    expect(tuples("JAKARTA, Oct 15 -- Indonesia's exports in January-September came to 209 billion dollars. The monthly imports stood at 20.3 billion dollars.", '2025-10-15')).toContainEqual(['2025-09', '2025-09', 20.3e9, 'USD', null]);
  });
  it('reads "A monthly balance of ... was recorded"', () => {
    expect(tuples("SANTIAGO, Jul 7 -- Chile's copper exports in the first half were 26.1 billion dollars. Its monthly trade balance was 1.9 billion dollars.", '2025-07-07')).toContainEqual(['2025-06', '2025-06', 1.9e9, 'USD', null]);
  });
  it('leaves an average monthly figure of the span (near miss)', () => {
    expect(tuples(`${lead}Average monthly exports came to 310 billion dollars.`, '2025-12-08')).not.toContainEqual(['2025-11', '2025-11', 310e9, 'USD', null]);
  });
  it('leaves a surplus not named monthly of the span (near miss)', () => {
    expect(tuples(`${lead}The trade surplus came in at 1.08 trillion dollars.`, '2025-12-08')).toContainEqual(['2025-01', '2025-11', 1.08e12, 'USD', null]);
  });
});

describe('an item of a screen line opened by "TOTAL" before its amount is two-way trade, not the flow of the item after it', () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "| TOTAL ... | EXPORTS ..." in a super', () => {
    expect(flowOf('[SUPER: FUJIAN H1 2025 | TOTAL 985.2 BN YUAN ▲4.1% | EXPORTS 620.4 BN ▲6.3% | IMPORTS 364.8 BN ▲0.6%]', '2025-07-20', 985.2e9)).toBe('total');
  });
  it('reads "| TOTAL ... | IMPORTS ..." with the imports after it', () => {
    expect(flowOf('[GFX: GUANGXI JAN-OCT 2025 | TOTAL 563.1 BN YUAN | IMPORTS 262.2 BN YUAN]', '2025-11-20', 563.1e9)).toBe('total');
  });
  it('reads a ticker "| TOTAL $..." after the month', () => {
    expect(flowOf('[TICKER: VIETNAM OCTOBER | TOTAL $82.6 BN | EXPORTS $42.4 BN | IMPORTS $40.2 BN]', '2025-11-06', 82.6e9)).toBe('total');
  });
  it('reads "LOWER THIRD: TOTAL ..." with the exports after a bar', () => {
    expect(flowOf('[LOWER THIRD: TOTAL 7.2 BN USD | EXPORTS 4.1 BN USD]', '2025-05-10', 7.2e9)).toBe('total');
  });
  it('reads "| TOTAL ... TEU |" on a port graphic', () => {
    expect(flowOf('[GFX: NINGBO-ZHOUSHAN PORT 2024 | TOTAL 39.3 MN TEU ▲11.3% | EXPORT BOXES 21.0 MN TEU]', '2025-01-15', 39.3e6)).toBe('total');
  });
  it('keeps "TOTAL EXPORTS ..." the exports (near miss)', () => {
    expect(flowOf('[SUPER: FUJIAN H1 2025 | TOTAL EXPORTS 620.4 BN YUAN ▲6.3% | IMPORTS 364.8 BN YUAN]', '2025-07-20', 620.4e9)).toBe('export');
  });
  it('keeps "Total exports" in prose the exports (near miss)', () => {
    expect(flowOf('FUZHOU, July 20 -- In the first half, the total: exports reached 620.4 billion yuan.', '2025-07-20', 620.4e9)).toBe('export');
  });
});
