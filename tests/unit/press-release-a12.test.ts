/**
 * Issue 9, part a12: sentences whose numbers the conventions call no rows, set into a release between its trade figures
 * (the twenty-third session's injection round on the real releases). Each case pairs one trade sentence, which must give
 * the same row as alone, with one sentence of another kind of number, which must give none. Every text is written here in
 * our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const TRADE = 'The border port of Erlian handled 1.9 million tonnes of freight in the first quarter, up 8 percent year on year.';
const TRADE_ROW = [1_900_000, 'tonnes', 8];
const rowsWith = (aside: string) => releaseRows(`${TRADE}\n${aside}`, '2026-04-14').map((r) => [r.value, r.unit, r.yoy_pct]);

describe('numbers that are not trade figures, set into a release', () => {
  it.each([
    ['a count said of every week', 'Roughly 45 freight trains leave the hub every week, carrying some 4,000 boxes.'],
    ['a count per week', 'Some 2,300 trucks a week now use the new inspection lanes.'],
    ['duties opening the sentence', 'Import duties yielded 640 million dollars for the state, 4 percent more than a year before.'],
    ['revenue from tariffs and a tax on imports', 'Revenue from tariffs and the value-added tax levied on imports amounted to 12.4 billion yuan.'],
    ['an amount collected in duties, with its change', 'The customs house collected 980 million yuan in duties and import taxes, down 2.7 percent year on year.'],
    ['a change before the amount in taxes', 'Collections fell 2.7 percent to 980 million yuan in import taxes.'],
    ['fines', 'Fines for under-declared cargo climbed to 36 million yuan.'],
    ['money saved in tariffs', 'Certificates of origin let exporters save 175 million yuan in tariffs.'],
    ['a freight index and its change', 'The China Containerized Freight Index dropped 3.8 percent to 1,210 points on Friday.'],
    ['a dry bulk index', 'The Baltic Dry Index rose 5 percent to 2,040 points.'],
    ['a freight rate opening the sentence', 'Spot rates for a 40-foot box to northern Europe fell 9 percent to 2,650 dollars.'],
    ['air cargo rates', 'Air cargo rates out of the city eased to 4.2 dollars a kilogram.'],
    ['the worth of a park, before it', 'A 1.8 billion yuan cold-chain park is being built beside the railway yard.'],
    ['a loan, before it', 'A development bank signed a 250 million dollar loan for the new highway.'],
    ['industrial profits', 'Industrial profits in the region dropped 4.1 percent year on year.'],
    ['a forecast continued by a second subject', 'Economists had expected exports to climb 6.5 percent and imports to fall 1 percent.'],
  ])('gives no row for %s', (_what, aside) => {
    expect(rowsWith(aside)).toEqual([TRADE_ROW]);
  });
});

describe('trade figures next to those numbers are still read', () => {
  it('keeps an export figure after a clause on duties collected', () => {
    const rows = releaseRows('The customs house collected 980 million yuan in duties, while exports rose 6 percent to 21 billion yuan in the first quarter.', '2026-04-14');
    expect(rows.map((r) => [r.value, r.flow, r.yoy_pct])).toEqual([[21_000_000_000, 'export', 6]]);
  });

  it('keeps the change of goods when taxes saved come later in the sentence', () => {
    const rows = releaseRows('Machinery brought in tax-free under the pilot scheme was worth 3.1 billion yuan in the first quarter, up 41.2 percent on a year earlier, the bureau said, and spared importers some 520 million yuan in taxes.', '2026-04-14');
    expect(rows.map((r) => [r.value, r.flow, r.yoy_pct])).toEqual([[3_100_000_000, 'import', 41.2]]);
  });

  it('reads an amount levied when the caller keeps customs revenue', () => {
    const rows = releaseRows('Import duties brought in 640 million dollars for the state in the first quarter.', '2026-04-14', { revenue: true });
    expect(rows.map((r) => r.value)).toEqual([640_000_000]);
  });

  it('keeps both changes of a result that is not forecast', () => {
    const rows = releaseRows('Exports grew 5.5 percent and imports rose 2 percent in the first quarter.', '2026-04-14');
    expect(rows.map((r) => [r.flow, r.yoy_pct])).toEqual([['export', 5.5], ['import', 2]]);
  });

  it('keeps a change of "the same index", a translated word for the trade total', () => {
    const text = 'Trade between the two countries reached 21 billion dollars last year. In the first half of this year, the same index grew by 14 percent and came to 11.8 billion dollars.';
    expect(releaseRows(text, '2026-08-30').map((r) => [r.value, r.yoy_pct])).toEqual([[21_000_000_000, null], [11_800_000_000, 14]]);
  });

  it('keeps a share whose sentence later names tariffs as history', () => {
    const text = "In the first nine months, the EU took 14.2 percent of the country's exports, against about 17 percent in 2019, when the tariffs were raised.";
    expect(releaseRows(text, '2026-10-20').map((r) => r.value)).toEqual([14.2, 17]);
  });
});

describe('a sentence of history or scenery between figures dates none of them', () => {
  const periods = (text: string) => releaseRows(text, '2026-04-14').map((r) => [r.flow, r.period_start, r.period_end]);

  it('keeps the quarter after a year the port had two rail lines', () => {
    const text = 'The border port of Erlian handled 1.9 million tonnes of freight in the first quarter, up 8 percent year on year. In 2013, the port had just two rail lines to Europe. Exports rose 5 percent.';
    expect(periods(text)).toEqual([['total', '2026-01', '2026-03'], ['export', '2026-01', '2026-03']]);
  });

  it('keeps the month after "this year marks the 30th anniversary"', () => {
    const text = 'Exports from Yunnan rose 6 percent year on year in March. This year marks the 30th anniversary of the province opening its first land port. Imports fell 2 percent.';
    expect(periods(text)).toEqual([['export', '2026-03', '2026-03'], ['import', '2026-03', '2026-03']]);
  });

  it('still carries the period of a sentence with no number at all', () => {
    const text = 'Exports from Yunnan rose 6 percent year on year in March. In the first quarter, the border crossings stayed busy. Imports fell 2 percent.';
    expect(periods(text)).toEqual([['export', '2026-03', '2026-03'], ['import', '2026-01', '2026-03']]);
  });

  it('still takes the place of a headline of that kind before the first figure', () => {
    const rows = releaseRows('Rail Terminal Erlian marks its 5,000th train\nThe terminal handled 286 trains in the first quarter, up 9 percent.', '2026-04-14');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[286, 'Erenhot Port']]);
  });
});
