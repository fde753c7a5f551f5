/**
 * Rules of issue 9, part bf: leftovers of earlier blind batches, each a general wording, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published = '2026-07-20') => releaseRows(text, published);
const flowsOf = (text: string) => rows(text).map((r) => [r.value, r.flow]);

describe('trains counted by the way they went (one reader of the verbs of coming and going)', () => {
  it('reads a verb after the count as that count\'s own way', () => {
    const text = 'The Brno rail hub handled 530 container trains in the first half of 2026. Of these, 290 arrived from China and 240 departed for it.';
    expect(flowsOf(text)).toEqual([[530, 'total'], [290, 'import'], [240, 'export']]);
  });

  it('reads a verb before the count when the clause goes one way only', () => {
    expect(flowsOf('The Ostrava terminal received 74 trains from China in the first half of 2026.')).toEqual([[74, 'import']]);
    expect(flowsOf('In the first half of 2026, 58 trains were dispatched from Ostrava to China.')).toEqual([[58, 'export']]);
  });

  it('gives a gapped count the way of the count listed before it', () => {
    const text = 'The Lviv hub handled 900 trains in the first half of 2026. Of these, 610 trains went to Central Asia, mainly Kazakhstan, and 290 to Europe.';
    expect(flowsOf(text)).toEqual([[900, 'total'], [610, 'export'], [290, 'export']]);
  });

  it('leaves a month after "from" or "to" no place to come from or go to', () => {
    expect(flowsOf('The Brno hub received 310 trains from January to June 2026.')).toEqual([[310, 'total']]);
  });
});

describe('a table whose column heads carry the flow and the year, with months for rows', () => {
  const table = (may: string) =>
    [
      'Statistical Office of North Macedonia',
      '',
      'Skopje, 14.07.2026',
      '',
      'In the first half of 2026 the exports of North Macedonia were worth 5 102 million EUR.',
      '',
      'Table 2. Exports and imports by months, million EUR',
      '        Exports 2025   Exports 2026   Index   Imports 2025   Imports 2026   Index',
      `May        ${may}`,
      'June         905            921        101,8       1 214          1 180        97,2',
    ].join('\n');
  const monthRows = (text: string) =>
    releaseRows(text, '2026-07-14')
      .filter((r) => r.period_start === r.period_end)
      .map((r) => [r.period_start, r.flow, r.value, r.yoy_pct]);

  it('reads each month once per flow, the index giving the later year its change', () => {
    expect(monthRows(table('1 010          1 050       104,0       1 300          1 260        96,9'))).toEqual([
      ['2025-05', 'export', 1010e6, null],
      ['2026-05', 'export', 1050e6, 4],
      ['2025-05', 'import', 1300e6, null],
      ['2026-05', 'import', 1260e6, -3.1],
      ['2025-06', 'export', 905e6, null],
      ['2026-06', 'export', 921e6, 1.8],
      ['2025-06', 'import', 1214e6, null],
      ['2026-06', 'import', 1180e6, -2.8],
    ]);
  });

  it('reads no month whose index disagrees with its two years', () => {
    const rows = monthRows(table('1 010          1 050       110,0       1 300          1 260        96,9'));
    expect(rows.map((r) => r[0])).not.toContain('2026-05');
  });
});

describe('a growth trailing its level past the period the level is of', () => {
  it('gives ", an increase of N percent" to the quantity before "in the period", not the value after it', () => {
    const text = 'CHENGDU, Dec. 2 -- Chengdu International Railway Port handled 1,200 trains from January to November. The trains carried 32,400 TEUs of goods in the period, an increase of 6.2 percent year on year, and the cargo on board was valued at 4.1 billion yuan.';
    const got = rows(text, '2026-12-02').map((r) => [r.value, r.unit, r.yoy_pct]);
    expect(got).toContainEqual([32400, 'TEU', 6.2]);
    expect(got).toContainEqual([4.1e9, 'CNY', null]);
  });

  it('does the same past a named span', () => {
    const text = 'Nanning customs said the port handled 51,700 TEUs from January to October, up 4.4 percent, and the goods were worth 2.3 billion yuan.';
    const got = rows(text, '2026-11-10').map((r) => [r.value, r.unit, r.yoy_pct]);
    expect(got).toContainEqual([51700, 'TEU', 4.4]);
  });
});

describe("a district named after a city's port", () => {
  it('reads "the X International Port Area" as the city X', () => {
    const text = "ZHENGZHOU, Dec. 2 -- Freight trains made 2,140 trips from January to November, up 5.3 percent year on year, according to the management committee of the Zhengzhou International Port Area.";
    expect(rows(text, '2026-12-02').map((r) => [r.value, r.area])).toEqual([[2140, 'Zhengzhou']]);
  });
});
