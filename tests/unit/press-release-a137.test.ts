/**
 * Rules of the fixing round for b260 (transfer test 9), thirty-seventh session: rules of a125-a132 widened to read their
 * families. Each cause in several frames of our own, with near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, unit?: string) => rows.find((r) => r.value === value && (unit === undefined || r.unit === unit));

describe('a direction\'s part of the trains counted, named by where the runs are bound (widens a125\'s part of the trains)', () => {
  it('reads "Kazakhstan-bound runs accounted for 610 of those, China-bound ones 480" at a Chinese port', () => {
    const rows = releaseRows('URUMQI, Jan 12 -- China\'s Alashankou port handled 1,090 freight trains in 2025. Kazakhstan-bound runs accounted for 610 of those, China-bound ones 480.', '2026-01-12');
    expect(row(rows, 610)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 480)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "Europe-bound services made up 2,010 of them and homebound services 1,440"', () => {
    const rows = releaseRows('CHENGDU, Jan 12 -- The city\'s rail hub ran 3,450 China-Europe trains in 2025. Europe-bound services made up 2,010 of them and homebound services 1,440.', '2026-01-12');
    expect(row(rows, 2010)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 1440)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "Of them, Moscow-bound trains numbered 300" after a count', () => {
    const rows = releaseRows('HARBIN, Jan 12 -- The border station dispatched and received 520 trains in 2025. Moscow-bound trains numbered 300 of them.', '2026-01-12');
    expect(row(rows, 300)).toMatchObject({ unit: 'trains', flow: 'export', period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "Poland-bound journeys made up 900 of them and homeward-bound journeys 700"', () => {
    const rows = releaseRows('XI\'AN, Jan 12 -- The Xi\'an hub operated 1,600 cross-border trains in 2025. Poland-bound journeys made up 900 of them and homeward-bound journeys 700.', '2026-01-12');
    expect(row(rows, 900)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 700)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "Russia-bound runs were 1,200 of them" in the past of the year before', () => {
    const rows = releaseRows('MANZHOULI, Jan 12 -- Some 2,100 China-Europe trains crossed at the port of Manzhouli in 2025. Russia-bound runs were 1,200 of them.', '2026-01-12');
    expect(row(rows, 1200)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('does not make a count of its own with a "-bound" noun of cargo a part of the trains (near miss)', () => {
    const rows = releaseRows('URUMQI, Jan 12 -- The port of Alashankou handled 1,090 freight trains in 2025. Kazakhstan-bound cargo reached 610,000 tonnes.', '2026-01-12');
    expect(row(rows, 610000, 'trains')).toBeUndefined();
  });
  it('does not read a "-bound" word with no count of trains before as trains (near miss)', () => {
    const rows = releaseRows('URUMQI, Jan 12 -- Exports from the region rose 8 percent in 2025. Europe-bound companies numbered 610.', '2026-01-12');
    expect(row(rows, 610, 'trains')).toBeUndefined();
  });
});

describe('a base of the same span named by another noun of time (widens the "same period of" base)', () => {
  const lead = 'HOHHOT, Aug 30 -- The border port has cleared 1,512 freight trains since January, ';
  const next = ' Outbound runs made up 812 of them, inbound ones 700.';
  const periodOf700 = (base: string) => {
    const rows = releaseRows(lead + base + next, '2024-08-30');
    return [row(rows, 700)?.period_start, row(rows, 1512)?.yoy_pct];
  };
  it('reads "6.3 percent more than in the same stretch of 2023"', () => {
    expect(periodOf700('6.3 percent more than in the same stretch of 2023.')[0]).toBe('2024-01');
  });
  it('reads "up 6.3 percent on the corresponding span of 2023"', () => {
    expect(periodOf700('up 6.3 percent on the corresponding span of 2023.')).toEqual(['2024-01', 6.3]);
  });
  it('reads "a 6.3 percent gain over the same part of 2023"', () => {
    expect(periodOf700('a 6.3 percent gain over the same part of 2023.')[0]).toBe('2024-01');
  });
  it('reads "compared with the like window of 2023, the number rose 6.3 percent"', () => {
    expect(periodOf700('and compared with the like window of 2023, the number rose 6.3 percent.')[0]).toBe('2024-01');
  });
  it('reads "6.3 percent above the matching phase in 2023"', () => {
    expect(periodOf700('6.3 percent above the matching phase in 2023.')[0]).toBe('2024-01');
  });
  it('keeps a plain year the period of its own figure (near miss)', () => {
    const rows = releaseRows('HOHHOT, Jan 30 -- The border port cleared 1,512 freight trains in 2023, up 6.3 percent. Outbound runs made up 812 of them.', '2024-01-30');
    expect(levelTuple(row(rows, 812)!)).toEqual(['2023-01', '2023-12', 812, 'trains', null]);
  });
  it('keeps "over the stretch from January to August" the figure\'s own span (near miss)', () => {
    const rows = releaseRows('HOHHOT, Sep 12 -- Over the stretch from January to August 2024 the port cleared 1,512 freight trains.', '2024-09-12');
    expect(row(rows, 1512)).toMatchObject({ period_start: '2024-01', period_end: '2024-08' });
  });
});

describe('the period an index is taken "in % to" is its base, the figure\'s own period opening the sentence (widens a131)', () => {
  const periodOf = (text: string, value: number, published: string) => {
    const r = row(releaseRows(text, published), value);
    return [r?.period_start, r?.period_end, r?.yoy_pct];
  };
  it('reads "In January-September 2021 ... made 71,4 billion US dollars and in % to January-September 2020 amounted to 121,0%"', () => {
    expect(periodOf('Astana. In January-September 2021 the foreign trade turnover of Kazakhstan made 71,4 billion US dollars and in % to January-September 2020 amounted to 121,0%.', 71.4e9, '2021-10-20')).toEqual(['2021-01', '2021-09', 21]);
  });
  it('reads "In January-June 2026 ... and in percent to January-June 2025 were 96,2%"', () => {
    expect(periodOf('Bishkek. In January-June 2026 exports of the republic reached 1 812,4 million dollars and in percent to January-June 2025 were 96,2%.', 1812.4e6, '2026-07-25')).toEqual(['2026-01', '2026-06', -3.8]);
  });
  it('reads "and as a percentage of 2025 constituted 104,5%" for a whole year', () => {
    expect(periodOf('Minsk. In 2026 imports of goods totalled 41,2 billion US dollars and as a percentage of 2025 constituted 104,5%.', 41.2e9, '2027-02-15')).toEqual(['2026-01', '2026-12', 4.5]);
  });
  it('reads "in per cent to the first quarter of 2025 came to 111,0%"', () => {
    expect(periodOf('Dushanbe. In the first quarter of 2026 the turnover was 1 406,7 million US dollars and in per cent to the first quarter of 2025 came to 111,0%.', 1406.7e6, '2026-04-20')).toEqual(['2026-01', '2026-03', 11]);
  });
  it('reads "and in % of January 2025 made 88,5%" for a month', () => {
    expect(periodOf('Tashkent. In January 2026 exports of gold were 612,3 million dollars and in % of January 2025 made 88,5%.', 612.3e6, '2026-02-20')).toEqual(['2026-01', '2026-01', -11.5]);
  });
  it('keeps "up 4% to 2,1 billion dollars in January 2025" the figure\'s own month (near miss)', () => {
    expect(periodOf('Minsk. Exports grew 4% to 2,1 billion dollars in January 2025, the committee recalled.', 2.1e9, '2026-02-20').slice(0, 2)).toEqual(['2025-01', '2025-01']);
  });
  it('keeps "percent in 2025" the figure\'s own year (near miss)', () => {
    expect(periodOf('Bishkek. Exports rose 6 percent in 2025 to 3 100,5 million dollars.', 3100.5e6, '2026-02-20').slice(0, 2)).toEqual(['2025-01', '2025-12']);
  });
});

describe('a participle naming the whole of a buyer\'s share is no verb of the buyer (widens a129\'s buyer\'s share)', () => {
  const flowOf = (sentence: string, value = 16) => row(releaseRows(`Astana. In January-September 2021 exports of Kazakhstan made 43,9 billion US dollars. ${sentence}`, '2021-10-20'), value)?.flow;
  it('reads "China purchased 16 percent of all exported goods"', () => {
    expect(flowOf('China purchased 16 percent of all exported goods.')).toBe('export');
  });
  it('reads "China bought 16 percent of the goods exported"', () => {
    expect(flowOf('China bought 16 percent of the goods exported.')).toBe('export');
  });
  it('reads "China took 16 percent of the products shipped abroad"', () => {
    expect(flowOf('China took 16 percent of the products shipped abroad.')).toBe('export');
  });
  it('reads "Italy, the top buyer, absorbed 16 percent of all oil sold abroad"', () => {
    expect(flowOf('Italy, the top buyer, absorbed 16 percent of all oil sold abroad.')).toBe('export');
  });
  it('reads "buyers in China purchased 16 percent of the metals exported"', () => {
    expect(flowOf('Buyers in China purchased 16 percent of the metals exported.')).toBe('export');
  });
  it('keeps "China exported 2,1 billion dollars of goods to Kazakhstan" China\'s own verb, an import (near miss)', () => {
    expect(flowOf('China exported 2,1 billion dollars of goods to Kazakhstan.', 2.1e9)).toBe('import');
  });
  it('keeps "China bought 16 percent more" no export share (near miss)', () => {
    const rows = releaseRows('Astana. In January-September 2021 exports of Kazakhstan made 43,9 billion US dollars. China bought 16 percent more grain than a year before.', '2021-10-20');
    expect(rows.some((r) => r.value === 16 && r.unit === 'percent-share' && r.flow === 'export')).toBe(false);
  });
});

describe('a sentence opened by the year before, with no comma, and any subject of its own (widens comparisons OPENING_YEAR_BEFORE)', () => {
  const lead = 'CHONGQING, March 9 -- The rail hub in Chongqing dispatched 946 trains in January and February 2026, up 11.4 percent on a year earlier. ';
  const tupleOf = (sentence: string, value: number) => levelTuple(row(releaseRows(lead + sentence, '2026-03-09'), value)!);
  it('reads "A year earlier the hub had handled 82,300 TEU in the first two months"', () => {
    expect(tupleOf('A year earlier the hub had handled 82,300 TEU in the first two months. This time the figure climbed to 90,100 TEU.', 82300)).toEqual(['2025-01', '2025-02', 82300, 'TEU', null]);
  });
  it('reads "Twelve months before, the hub handled 82,300 TEU"', () => {
    expect(tupleOf('Twelve months before, the hub handled 82,300 TEU in January and February.', 82300).slice(0, 2)).toEqual(['2025-01', '2025-02']);
  });
  it('reads "One year ago the city\'s rail port shipped 82,300 TEU"', () => {
    expect(tupleOf('One year ago the city\'s rail port shipped 82,300 TEU over the two months.', 82300).slice(0, 2)).toEqual(['2025-01', '2025-02']);
  });
  it('reads "A year before its yards had cleared 82,300 TEU"', () => {
    expect(tupleOf('A year before its yards had cleared 82,300 TEU.', 82300).slice(0, 2)).toEqual(['2025-01', '2025-02']);
  });
  it('reads "A year ago the rail port\'s trains carried 82,300 TEU" with a possessive subject', () => {
    expect(tupleOf('A year ago the rail port\'s trains had carried 82,300 TEU.', 82300).slice(0, 2)).toEqual(['2025-01', '2025-02']);
  });
  it('keeps "A year-earlier comparison shows the hub handled 90,100 TEU" this year\'s (near miss)', () => {
    expect(tupleOf('The hub also handled 90,100 TEU, a year-earlier comparison shows.', 90100).slice(0, 2)).toEqual(['2026-01', '2026-02']);
  });
  it('keeps "Twelve months of growth took the hub to 90,100 TEU" this year\'s (near miss)', () => {
    expect(tupleOf('Twelve months of growth took the hub to 90,100 TEU in the two months.', 90100).slice(0, 2)).toEqual(['2026-01', '2026-02']);
  });
});
