/**
 * Rules of issue 9, part v: phrase families earlier blind batches found and left, in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));
const values = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct]);

describe('figures that are not trade', () => {
  it('sets aside stocks held at ports and in warehouses', () => {
    const rows = rowsOf('China brought in 9.1 million tonnes of soybeans in May, up 6 percent year on year. Port stockpiles of imported beans stood at 7.4 million tonnes at the end of the month.', '2026-06-09');
    expect(values(rows)).toEqual([[9100000, 'tonnes', 6]]);
    // A trade noun after the stock word opens another subject.
    const other = rowsOf('In May, inventories at the terminals were steady while soybean imports rose 6 percent to 9.1 million tonnes.', '2026-06-09');
    expect(values(other)).toEqual([[9100000, 'tonnes', 6]]);
  });

  it('sets aside what an average consignment was worth', () => {
    const rows = rowsOf('Cross-border e-commerce exports from the city reached 41.2 billion yuan in the first half, up 12 percent year on year, and the average order shipped through the platform was worth about 150 yuan.', '2026-07-20');
    expect(values(rows)).toEqual([[41200000000, 'CNY', 12]]);
  });

  it('sets aside what traders expect a flow to do', () => {
    const rows = rowsOf('Aluminium exports were 540,000 tonnes in May, up 4 percent on year, and several dealers expected shipments to stay above 500,000 tonnes through the summer.', '2026-06-09');
    expect(values(rows)).toEqual([[540000, 'tonnes', 4]]);
  });

  it("sets aside the growth of a country's own output", () => {
    const rows = rowsOf('Coal imports totalled 41 million tonnes in the first five months, down 3 percent, while domestic coal output grew 5 percent over the period.', '2026-06-09');
    expect(values(rows)).toEqual([[41000000, 'tonnes', -3]]);
  });
});
