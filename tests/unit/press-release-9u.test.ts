/**
 * Rules of issue 9, part u (blind batch 22: local customs houses, land and sea ports, freight trains,
 * corridors and bonded zones, machine-translated English), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));

describe('a port customs office named after "from"', () => {
  it('reports the port figures and is never their partner', () => {
    const rows = rowsOf('Gate port news\n\nThe reporter learned from Erenhot Customs that the cargo volume of Erenhot port reached 15.2 million tons in the first ten months, up 8.1% year on year.', '2026-11-12');
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[15200000, 'Erenhot Port', 'World']]);
  });
});

describe('customs workload', () => {
  it('sets aside declarations processed and batches inspected, and their growth', () => {
    const rows = rowsOf(
      'Border port report\n\nFrom January to October, Heihe port handled 2.4 million tons of goods, up 6.2%. Over the same months the customs house processed 41,300 declarations and inspected 980 batches of fruit. It also handled 126,000 customs declarations, an increase of 12.5% year on year.',
      '2026-11-10',
    );
    expect(brief(rows)).toEqual([{ value: 2400000, unit: 'tonnes', yoy: 6.2, flow: 'total', area: 'Heihe Port', start: '2026-01', end: '2026-10' }]);
  });
});

describe('machine-translated Chinese units', () => {
  it('reads "N 10,000 tons" as N ten-thousands of tonnes', () => {
    const rows = rowsOf('Freight statistics\n\nFrom January to October 2026, the import and export freight volume of Manzhouli port realized 1,274.6 10,000 tons, an increase of 3.2% over the same period of last year.', '2026-11-08');
    expect(brief(rows)).toEqual([{ value: 12746000, unit: 'tonnes', yoy: 3.2, flow: 'total', area: 'Manzhouli Port', start: '2026-01', end: '2026-10' }]);
  });

  it('counts "person-times" of passengers as trips', () => {
    const rows = rowsOf('Passenger flow\n\nIn the first ten months of 2026, 2.46 million person-times of passengers entered and left the country through Ruili port.', '2026-11-08');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[2460000, 'trips', 'other']]);
  });
});

describe('a cut-off weekday', () => {
  it('ends the year to date in the month of the last such weekday before publication', () => {
    // Published on Friday 27 November 2026: "as of Wednesday" is 25 November.
    const rows = rowsOf('Trains news\n\nURUMQI, Nov. 27 -- The port had handled 6,830 China-Europe freight trains this year as of Wednesday, up 3.9 percent year on year.', '2026-11-27');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[6830, '2026-01', '2026-11']]);
    // Published on Tuesday 1 December 2026: "by Sunday" is 29 November.
    const early = rowsOf('Container news\n\nThe port had moved 31.2 million TEUs of containers this year by Sunday.', '2026-12-01');
    expect(early.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[31200000, '2026-01', '2026-11']]);
  });

  it('lets a cut-off day win over a bare "this year" later in the sentence', () => {
    const rows = rowsOf('Corridor news\n\nAs of November 8, the sea-rail trains of the corridor had made 8,912 trips this year, up 7.4% year on year.', '2026-11-10');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[8912, '2026-01', '2026-11']]);
  });

  it('makes a headline "this year" the body figure it rounds', () => {
    const rows = rowsOf('Port handles over 6,000 freight trains this year\n\nThe port had handled 6,204 freight trains this year as of Tuesday, according to the local customs.', '2026-11-26');
    expect(rows.map((r) => [r.value, r.period_end])).toEqual([[6204, '2026-11']]);
  });
});

describe('numbers that are not trade figures', () => {
  it('sets aside a threshold passed in a streak', () => {
    const rows = rowsOf('Trains\n\nThe port handled 5,318 trains in the first ten months of 2026. It was the fourth consecutive year that the number of trains topped 5,000. The number of trucks has exceeded 90,000 for the third year in a row.', '2026-11-12');
    expect(rows.map((r) => r.value)).toEqual([5318]);
  });

  it('sets aside a capacity and a count on peak days', () => {
    const rows = rowsOf('Port upgrade\n\nThe port cleared 9.2 million tons of coal in the first ten months of 2026. Its daily clearance capacity now reaches 2,800 vehicles. On peak days, more than 40 trains arrive or depart.', '2026-11-12');
    expect(rows.map((r) => r.value)).toEqual([9200000]);
  });
});
