/**
 * Rules of issue 9, part q (leftovers of the earlier parts), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { findWordNumbers } from '../../functions/core/extract/press-release/numbers.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));

describe('number words', () => {
  it('knows only its own number words, not names every object inherits', () => {
    // "constructor" is a key of every plain object; a number word before it must still be read.
    expect(findWordNumbers('Seven constructor firms bid for the terminal.').map((t) => t.digits)).toEqual(['7']);
    expect(findWordNumbers('The yard hired a constructor, a welder and a clerk.')).toEqual([]);
    expect(findWordNumbers('Nearly a, constructor said.')).toEqual([]);
    expect(findWordNumbers('Two hundred and forty trucks crossed.').map((t) => t.digits)).toEqual(['240']);
  });
});

describe('a growth rate stated as an earlier base', () => {
  it('is a growth row of a year before the figure it is compared with', () => {
    const rows = rowsOf('Exports from the province rose 11.6 percent year on year to 21.7 billion yuan in September, compared with 3.9 percent growth a year earlier.', '2026-10-21');
    expect(brief(rows)).toEqual([
      { value: 21700000000, unit: 'CNY', yoy: 11.6, flow: 'export', area: 'China', start: '2026-09', end: '2026-09' },
      { value: null, unit: '', yoy: 3.9, flow: 'export', area: 'China', start: '2025-09', end: '2025-09' },
    ]);
  });

  it('is a growth row of the month or quarter it names, with the sign of its noun', () => {
    const rows = rowsOf("Zhejiang's imports dropped 4.2 percent year on year to 9.3 billion yuan in September, a steeper fall than the 1.8 percent decline in August.", '2026-10-21');
    expect(brief(rows)[1]).toEqual({ value: null, unit: '', yoy: -1.8, flow: 'import', area: 'Zhejiang', start: '2026-08', end: '2026-08' });
    const half = rowsOf('Zhejiang trade reached 2.1 trillion yuan in the first half, up 5.8 percent year on year. Growth picked up from 3.1 percent in the first quarter. Imports came to 0.6 trillion yuan.', '2026-07-15');
    expect(brief(half).map((r) => [r.yoy, r.start, r.end])).toEqual([
      [5.8, '2026-01', '2026-06'],
      [3.1, '2026-01', '2026-03'],
      [null, '2026-01', '2026-06'],
    ]);
  });

  it('makes no row when the earlier period is loose, and that period dates nothing else', () => {
    const rows = rowsOf('In the first nine months, foreign trade came to 352.4 billion yuan, up 6.1 percent, versus 2.7 percent growth last year. Imports fell 3 percent.', '2026-10-21');
    expect(brief(rows).map((r) => [r.value, r.yoy, r.start, r.end])).toEqual([
      [352400000000, 6.1, '2026-01', '2026-09'],
      [null, -3, '2026-01', '2026-09'],
    ]);
  });
});

describe('a quarter inside a half-year or year-to-date release', () => {
  it('is an aside: the next paragraph is the release period again', () => {
    const rows = rowsOf(
      'Anhui exports and imports came to 512.6 billion yuan in the first half of 2026, up 7.7 percent year on year.\n\nIn the second quarter, the province\'s trade grew 9.1 percent to 270.4 billion yuan.\n\nExports of solar cells rose 18.3 percent.',
      '2026-07-18',
    );
    expect(brief(rows).map((r) => [r.yoy, r.start, r.end])).toEqual([
      [7.7, '2026-01', '2026-06'],
      [9.1, '2026-04', '2026-06'],
      [18.3, '2026-01', '2026-06'],
    ]);
  });

  it('leaves a month after a year-to-date lead, and a quarter after a running total, as the period that goes on', () => {
    // (A paragraph framed by the month, "In October, trade grew ...", is an aside since issue 9aj: see press-release-9aj.test.ts.)
    const monthly = rowsOf('Anhui trade reached 860.2 billion yuan in the first ten months, up 6.4 percent year on year.\n\nTrade grew 8.8 percent to 91.5 billion yuan in October.\n\nExports rose 10.1 percent.', '2026-11-18');
    expect(brief(monthly).map((r) => [r.start, r.end])).toEqual([['2026-01', '2026-10'], ['2026-10', '2026-10'], ['2026-10', '2026-10']]);
    const running = rowsOf('The land port has cleared 12 million tonnes of cargo since it opened in May 2023.\n\nIn the first quarter of this year, it handled 0.9 million tonnes, up 8 percent year on year.\n\nImports rose 11 percent.', '2026-04-10');
    expect(brief(running).map((r) => [r.start, r.end])).toEqual([['2023-05', '2026-04'], ['2026-01', '2026-03'], ['2026-01', '2026-03']]);
  });
});

describe('the release country', () => {
  it('is never guessed from a country the text trades with', () => {
    // "to China", "from China": whom the reporter trades with; the subject that exported is the reporter.
    const rows = rowsOf('Laos exported 41,000 tonnes of cassava in May. Cassava exports to China rose 9 percent to 30,000 tonnes, and fertiliser imports from China fell 4 percent.', '2026-06-10');
    expect(rows.map((r) => [r.area, r.partner])).toEqual([
      ['Laos', 'World'],
      ['Laos', 'China'],
      ['Laos', 'China'],
    ]);
  });

  it('stays unknown in a sentence that names only a partner', () => {
    const rows = rowsOf('Exports to China edged up 3 percent in May.', '2026-06-10');
    expect(rows.map((r) => [r.area, r.partner, r.yoy_pct])).toEqual([['', 'China', 3]]);
  });
});

describe('multiple verbs', () => {
  it('reads doubled, tripled and halved leading into a level as its year-on-year change', () => {
    const yoy = (text: string) => rowsOf(text, '2026-07-19').map((r) => r.yoy_pct);
    expect(yoy('Exports of electric buses doubled year on year to 4,100 units in June.')).toEqual([100]);
    expect(yoy('Imports of cobalt tripled to 2.4 billion yuan in the first half.')).toEqual([200]);
    expect(yoy('Coal imports halved to 3.6 million tonnes in June.')).toEqual([-50]);
  });

  it('reads no exact change from a hedged or month-on-month multiple', () => {
    const yoy = (text: string) => rowsOf(text, '2026-07-19').map((r) => r.yoy_pct);
    expect(yoy('Exports of drones more than doubled to 1.2 billion yuan in June.')).toEqual([null]);
    expect(yoy('Coal imports halved to 3.6 million tonnes in June from May.')).toEqual([null]);
  });
});

describe('shares', () => {
  it('reads a percentage before the noun "share" as a share', () => {
    const rows = rowsOf('Armenia traded goods worth $3.9bn in the first half of 2026. Russia was its largest partner with a 31.6% share (worth $1.23bn).', '2026-08-14');
    expect(brief(rows).map((r) => [r.value, r.unit])).toEqual([
      [3900000000, 'USD'],
      [31.6, 'percent-share'],
      [1230000000, 'USD'],
    ]);
  });

  it('drops a share that no period dates', () => {
    const rows = rowsOf('Trade among the members of the customs union makes up less than 15 percent of their combined foreign trade, a minister said. Armenia traded goods worth $3.9bn in the first half of 2026.', '2026-08-14');
    expect(brief(rows).map((r) => [r.value, r.unit])).toEqual([[3900000000, 'USD']]);
  });
});
