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

const goods = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.commodity]);

describe('the goods of a share that names none', () => {
  it('are those of the amount before it in its sentence', () => {
    const rows = rowsOf('China imported 1.1 million tonnes of manganese ore in May. Gabon supplied 402,000 tonnes, accounting for 36.5% of the total.', '2026-06-20');
    expect(goods(rows)).toEqual([[1100000, 'manganese ore'], [402000, 'manganese ore'], [36.5, 'manganese ore']]);
  });

  it('in a story on goods, are those of the sentence before in its paragraph', () => {
    const rows = rowsOf('China imported 8.1 million tonnes of sorghum in the first ten months of 2026. Australia’s share of the total rose to 61%.', '2026-11-20');
    expect(goods(rows)).toEqual([[8100000, 'sorghum'], [61, 'sorghum']]);
  });
});

describe('the goods of a value that names none, in a story on goods', () => {
  it('go on from the sentence before in the paragraph', () => {
    const rows = rowsOf('China imported 640,000 tonnes of barley in May, customs data showed. The import bill came to $182 million.', '2026-06-20');
    expect(goods(rows)).toEqual([[640000, 'barley'], [182000000, 'barley']]);
  });

  it('not when the sentence names a flow of its own, nor in a release whose first row is all goods', () => {
    const flow = rowsOf('China imported 640,000 tonnes of barley in May, customs data showed. Exports stood at $182 billion.', '2026-06-20');
    expect(goods(flow)[1]).toEqual([182000000000, 'all goods']);
    const national = rowsOf("China's exports rose 5% to $300 billion in May. Soybean purchases came to 12 million tonnes. The surplus was $90 billion.", '2026-06-20');
    expect(goods(national)[0]).toEqual([300000000000, 'all goods']);
  });
});

describe('the name of goods a flow is qualified by', () => {
  it('is plural for goods counted one by one, and crude is crude oil', () => {
    const rows = rowsOf("China's soybean imports rose to 9.1 million tonnes in May. Crude imports were 46 million tonnes. Used-car exports reached 61,000 vehicles.", '2026-06-20');
    expect(goods(rows).slice(0, 2)).toEqual([[9100000, 'soybeans'], [46000000, 'crude oil']]);
    // A hyphened compound keeps its own form.
    expect(rows[2].commodity).not.toBe('used-cars');
  });
});
