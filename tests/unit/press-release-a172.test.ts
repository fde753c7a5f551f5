/**
 * Fixing round for older leftovers (b269-03, b260-14, b261, b195, b41, b232), fortieth session: each cause in several
 * frames of our own, and near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const HUB = 'ZHENGZHOU, Jan. 8 -- The Zhengzhou hub ran 3,100 freight trains in 2025, up 8 percent, the operator said. ';
const areaOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.area;

describe('a noun of runs "into", "to" or "for" a place names its own clause\'s far end, not a later clause\'s area', () => {
  it('reads a "while" clause of returning trains as the hub\'s', () => {
    const rows = releaseRows(`${HUB}Westbound services into Hamburg numbered 412, while 300 came back.`, '2026-01-08');
    expect(areaOf(rows, 300)).toBe('Zhengzhou');
  });
  it('reads a clause after a semicolon with its own owner ("the hub\'s yearly count")', () => {
    const rows = releaseRows(`${HUB}Trains running into Lodz came to 96 last year; the hub's yearly count climbed from 2,640 in 2023 to 2,870 in 2024.`, '2026-01-08');
    expect(areaOf(rows, 2640)).toBe('Zhengzhou');
    expect(areaOf(rows, 2870)).toBe('Zhengzhou');
  });
  it('reads a list of two far ends before "whereas"', () => {
    const rows = releaseRows(`${HUB}Westbound runs into Duisburg and Hamburg totalled 520, whereas 1,140 trains returned loaded.`, '2026-01-08');
    expect(areaOf(rows, 1140)).toBe('Zhengzhou');
  });
  it('reads the other way of running ("eastbound departures") and a later clause of the hub\'s own trains', () => {
    const rows = releaseRows(`${HUB}Eastbound departures into Lodz numbered 380 in the year; the hub's outbound trains meanwhile reached 1,020.`, '2026-01-08');
    expect(areaOf(rows, 1020)).toBe('Zhengzhou');
  });
  it('reads the later clause joined by "and" with a count word of its own', () => {
    const rows = releaseRows(`${HUB}Westbound trips into Lodz came to 210 in 2025, and the annual total of the hub rose from 2,640 in 2023 to 2,870 in 2024.`, '2026-01-08');
    expect(areaOf(rows, 2870)).toBe('Zhengzhou');
  });
  it('keeps the far end as the area of the figure in its own clause (near miss)', () => {
    const rows = releaseRows(`${HUB}Westbound services into Duisburg numbered 412, while 300 came back.`, '2026-01-08');
    expect(areaOf(rows, 412)).toBe('Duisburg');
  });
  it('keeps a place that owns the later clause\'s figure (near miss)', () => {
    const rows = releaseRows(`${HUB}Westbound services into Duisburg numbered 412, and Duisburg's terminal handled 52,000 TEUs.`, '2026-01-08');
    expect(areaOf(rows, 52000)).toBe('Duisburg');
  });
});
