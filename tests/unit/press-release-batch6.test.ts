/**
 * Rules added after batch 6 (b6-…): changes written in words ("flat", "up by half"), streaks that
 * are not periods, spans pointing back to the period before, headline blocks with sub-headlines,
 * capitalised prepositions before port names, relative clauses, daily frequencies opening a clause,
 * and direction words of a later clause.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { relativeClauses } from '../../functions/core/extract/press-release/clauses.js';
import { wordChange } from '../../functions/core/extract/press-release/sentence-rows.js';
import { findPlaces } from '../../functions/core/extract/press-release/geography.js';
import { anchorOf, findPeriods } from '../../functions/core/extract/press-release/periods.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ p: `${r.period_start}..${r.period_end}`, value: r.value, unit: r.unit, yoy: r.yoy_pct, area: r.area, flow: r.flow }));

describe('press-release batch 6 rules', () => {
  it('reads "flat" and "up by half" as year-on-year changes in words', () => {
    const s = 'Imports stayed flat at 2.4 billion yuan, and the port moved 3.1 million tonnes of ore, up by half from a year earlier.';
    expect(wordChange(s, s.indexOf('2.4'), s.indexOf(' billion') + ' billion yuan'.length)).toBe(0);
    const t = s.indexOf('3.1');
    expect(wordChange(s, t, t + '3.1 million tonnes'.length)).toBe(50);
    const m = 'Exports were flat at 5 billion yuan from the previous month.';
    expect(wordChange(m, m.indexOf('5 b'), m.indexOf('5 b') + '5 billion yuan'.length)).toBeNull();
    const rows = rowsOf('Lanzhou trade in March\n\nIn March, Gansu exported 2.2 billion yuan of goods, flat from a year earlier.', '2026-04-20');
    expect(brief(rows)).toEqual([{ p: '2026-03..2026-03', value: 2.2e9, unit: 'CNY', yoy: 0, area: 'Gansu', flow: 'export' }]);
  });

  it('does not read a streak ("the first drop in nine months") as a period', () => {
    const found = findPeriods('Exports fell 2 percent in June, the first drop in nine months.', anchorOf('2026-07-14')!);
    expect(found.map((p) => `${p.periodStart}..${p.periodEnd}`)).toEqual(['2026-06..2026-06']);
    const shorthand = findPeriods('Trade rises 3 percent in nine months', anchorOf('2026-10-14')!);
    expect(shorthand.map((p) => `${p.periodStart}..${p.periodEnd}`)).toEqual(['2026-01..2026-09']);
  });

  it('points "over the three months" back to the quarter stated before', () => {
    const rows = rowsOf('Quarterly trade\n\nChina\'s exports rose 4.1 percent to 900.2 billion dollars in the third quarter. Imports totalled 610.5 billion dollars over the three months.', '2026-10-14');
    expect(rows.map((r) => `${r.period_start}..${r.period_end}`)).toEqual(['2026-07..2026-09', '2026-07..2026-09']);
  });

  it('treats a sub-headline as part of the headline block', () => {
    const rows = rowsOf('Port trade grows\n\nQinzhou docks move 1.2 million TEUs; exports climb\n\nQinzhou Port handled 1.2 million TEUs of containers in the first half, up 8.8 percent.', '2026-07-20');
    expect(brief(rows)).toEqual([{ p: '2026-01..2026-06', value: 1.2e6, unit: 'TEU', yoy: 8.8, area: 'Qinzhou Port', flow: 'total' }]);
  });

  it('keeps a capitalised preposition out of a port name', () => {
    const names = findPlaces('At Beibu Port, throughput rose 5 percent.', '', 'China').map((p) => p.name);
    expect(names).toContain('Beibu Port');
    expect(names).not.toContain('At Beibu Port');
  });

  it('keeps a place in a relative clause off the figures outside it', () => {
    const s = 'Dongguan, which accounts for a fifth of Guangdong\'s trade, reported imports and exports of 410.2 billion yuan in the first five months.';
    expect(relativeClauses(s)).toHaveLength(1);
    expect(rowsOf(`Dongguan trade\n\n${s}`, '2026-06-20').map((r) => r.area)).toEqual(['Dongguan']);
  });

  it('drops a count after "every day" and keeps later direction words off a count', () => {
    expect(rowsOf('Rail hub\n\n"Every day, about nine trains leave the yard," a dispatcher said.', '2026-06-20')).toEqual([]);
    const rows = rowsOf('Rail hub\n\nFreight trains through Manzhouli made 1,500 trips in the first five months, up 3 percent, and outbound trains made up about half of them.', '2026-06-20');
    // Trips of freight trains count trains; with no direction of their own they run both ways (total).
    expect(brief(rows)).toEqual([{ p: '2026-01..2026-05', value: 1500, unit: 'trains', yoy: 3, area: 'Manzhouli Port', flow: 'total' }]);
  });

  it('keeps cargo a port handled as total when only a later clause names a flow', () => {
    const rows = rowsOf('Busy docks\n\nLianyungang Port handled 1.6 million TEUs in May; grain imports through it slumped.', '2026-06-20');
    expect(brief(rows)).toEqual([{ p: '2026-05..2026-05', value: 1.6e6, unit: 'TEU', yoy: null, area: 'Lianyungang Port', flow: 'total' }]);
  });

  it('reads exporters counted as firms, which are no trade figure (real-release convention, issue 9g)', () => {
    const rows = rowsOf('Magnets\n\nIn the first half, the number of exporters of magnets stood at 940, officials said.', '2026-07-20');
    expect(rows).toEqual([]);
  });
});
