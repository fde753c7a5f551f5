/**
 * Figures the real-release labelling conventions (item 15) do not label: counts of people and vehicles
 * going through a port (vehicles traded as goods stay), and parts of a growth.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const values = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow]);

describe('counts of border crossings', () => {
  it('gives no row for passenger and vehicle trips through a port, and keeps its freight', () => {
    const rows = rowsOf(
      'In the first ten months, the land port handled 2.1 million inbound and outbound passenger trips and 318,000 vehicle trips, up 14 percent year on year, while the freight it cleared reached 4.2 million tonnes, up 6.5 percent.',
      '2026-11-12',
    );
    expect(values(rows)).toEqual([[4200000, 'tonnes', 6.5, 'total']]);
  });

  it('gives no row for trucks crossing a bridge', () => {
    const rows = rowsOf('So far this year some 41,500 trucks have crossed the border bridge, and trade through it came to 3.6 billion yuan, up 9.2 percent year on year.', '2026-09-30');
    expect(values(rows)).toEqual([[3600000000, 'CNY', 9.2, 'total']]);
  });

  it('keeps vehicles exported as goods', () => {
    const rows = rowsOf('The port exported 52,000 commercial vehicles in the first three quarters, up 31 percent year on year.', '2026-10-18');
    expect(values(rows)).toEqual([[52000, 'vehicles', 31, 'export']]);
  });
});

describe('a part of a growth', () => {
  it('is no share of trade', () => {
    const rows = rowsOf('Foreign trade of the region rose 11.2 percent to 310.5 billion yuan in the first eight months, and private firms contributed 92 percent of that growth. Private firms accounted for 71.4 percent of all foreign trade in the period.', '2026-09-20');
    expect(values(rows)).toEqual([
      [310500000000, 'CNY', 11.2, 'total'],
      [71.4, 'percent-share', null, 'total'],
    ]);
  });
});
