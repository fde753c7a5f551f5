/**
 * Rules of issue 9, part bd (batch 46, commodity and market wire stories, seventh round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const placed = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.area, r.partner, r.flow]);

describe('a foreign buyer of a bare amount in a story on the reporter’s exports', () => {
  it('is a destination of the reporter’s goods, not the area', () => {
    const rows = rowsOf('China exported 3,210 tonnes of gallium nitride wafers in May, customs data showed. Japan bought 812 tonnes.', '2026-06-20');
    expect(placed(rows)).toEqual([[3210, 'China', 'World', 'export'], [812, 'China', 'Japan', 'export']]);
  });

  it('still reports its own imports when it names the goods it bought', () => {
    const rows = rowsOf('Malaysia shipped 1.4 million tonnes of palm oil in May, cargo surveyors said. India, the top buyer, imported 690,000 tonnes of palm oil in April.', '2026-06-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[1400000, 'Malaysia'], [690000, 'India']]);
  });
});

describe('a partner after a figure that leads into an amount of its own', () => {
  it('owns that amount; the figure keeps the partner before it', () => {
    const rows = rowsOf('China imported 52,000 tonnes of nickel matte in May. Indonesia supplied 41,000 tonnes and Finland 6,300 tonnes.', '2026-06-20');
    expect(placed(rows).slice(1)).toEqual([[41000, 'China', 'Indonesia', 'import'], [6300, 'China', 'Finland', 'import']]);
  });

  it('also after a verb of its own or "for"', () => {
    const rows = rowsOf("China's exports of tinplate to Thailand rose to 88,000 tonnes in May and Egypt bought 61,000 tonnes. Kenya accounted for 12,000 tonnes and Ghana for 9,000 tonnes.", '2026-06-20');
    expect(rows.map((r) => [r.value, r.partner])).toEqual([[88000, 'Thailand'], [61000, 'Egypt'], [12000, 'Kenya'], [9000, 'Ghana']]);
  });
});

const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.yoy_pct, r.flow, r.period_start, r.period_end]);

describe('a caption whose bracket counts in tens of kilotonnes, over items apart by semicolons', () => {
  const text = 'Exports of plate, May (10kt; MoM; YoY):\nMedium plate 41.2; +3.0%; -7.5%\nHeavy plate 12.6; -1.1%; +4.4%\n\nBy destination, Turkey took 0.18 Mt.';
  it('is a table: ten thousand tonnes a unit, month-on-month skipped, year-on-year read', () => {
    const rows = rowsOf(text, '2026-06-20');
    expect(brief(rows).slice(0, 2)).toEqual([[412000, -7.5, 'export', '2026-05', '2026-05'], [126000, 4.4, 'export', '2026-05', '2026-05']]);
  });

  it('makes no row of the scale, and its month goes on to the next paragraph', () => {
    const rows = rowsOf(text, '2026-06-20');
    expect(rows.map((r) => r.value)).not.toContain(10000);
    expect(brief(rows)[2]).toEqual([180000, null, 'export', '2026-05', '2026-05']);
  });
});

describe('the period a quota covers', () => {
  it('dates the quota, not the figure beside it', () => {
    const rows = rowsOf('China exported 1.2 million tonnes of steel in October, customs data showed. Exports to the EU dropped 28% on year to 0.33 million tonnes as safeguard quotas for the quarter filled up.', '2026-11-20');
    expect(brief(rows)[1]).toEqual([330000, -28, 'export', '2026-10', '2026-10']);
  });
});
