/**
 * Rules of issue 9, part w (batch 23, commodity and market wire stories, third round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.flow, r.period_start, r.period_end]);

describe('a growth in the next sentence whose subject points back at a tonnage', () => {
  it('is the growth of that tonnage, after a month-on-month change', () => {
    const rows = rowsOf('China bought 3.9 million tonnes of manganese ore from abroad in May, customs data showed. Arrivals were 8% lower than in April and up 17.5% from a year earlier.', '2026-06-20');
    expect(brief(rows)).toEqual([[3900000, 'tonnes', 17.5, 'China', 'import', '2026-05', '2026-05']]);
  });

  it('is the growth of a tonnage whose subject had a descriptive clause', () => {
    const rows = rowsOf("China's imports of aluminium scrap rose to 182,000 tonnes in August. Scrap arrivals, counted by gross weight, were up 9.1% on the year.", '2026-09-20');
    expect(brief(rows)).toEqual([[182000, 'tonnes', 9.1, 'China', 'import', '2026-08', '2026-08']]);
  });

  it('leaves a growth that names no pointing subject to the other rules', () => {
    const rows = rowsOf('China bought 3.9 million tonnes of manganese ore from abroad in May. Steel output was up 4% from a year earlier.', '2026-06-20');
    expect(rows.map((r) => r.yoy_pct)).toEqual([null]);
  });
});

describe('a growth in the same sentence, left over after a month-on-month change', () => {
  it('is the year-on-year growth of the only level of its sentence', () => {
    const rows = rowsOf("China's purchases of wood chips climbed to 1.42 million tonnes in March, up 6.3% from February and 11.8% year on year.", '2026-04-20');
    expect(brief(rows)).toEqual([[1420000, 'tonnes', 11.8, 'China', 'import', '2026-03', '2026-03']]);
  });

  it('does not give a headline growth of another subject to a level beside it', () => {
    const rows = rowsOf('Trade with Central Asia up 9.2%; Alashankou Port handles three million tonnes\n\nURUMQI, July 20 (Xinhua) -- Foreign trade of Xinjiang reached 210.5 billion yuan in the first half. Trade with the five Central Asian countries rose 9.2 percent to 88.1 billion yuan. Alashankou Port handled three million tonnes of cargo in the period, up 6.5 percent.', '2026-07-20');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => r.yoy_pct)).not.toContain(9.2);
  });

  it('does not give the growth of all goods in the same sentence to the level of one good', () => {
    const rows = rowsOf("China's coal imports reached 40.2 million tonnes in May, customs data showed, and total imports grew 3% in value terms.", '2026-06-09');
    expect(rows.find((r) => r.unit === 'tonnes')?.yoy_pct ?? null).toBeNull();
  });
});

describe('places that commodity wires use in ways of their own', () => {
  it('reads a capital standing for its government as no area', () => {
    const rows = rowsOf("China's imports of aluminium scrap rose to 182,000 tonnes in August. Malaysia supplied 41,000 tonnes, up 12% from a year earlier, after Beijing's curbs on lower-grade scrap were relaxed.", '2026-09-20');
    expect(rows.map((r) => r.area)).toEqual(['China', 'China']);
    const moscow = rowsOf("China's car exports to Russia fell 38% to 52,000 vehicles in the first half after Moscow raised its recycling fee.", '2026-07-20');
    expect(moscow.map((r) => r.area)).toEqual(['China']);
  });

  it("reads a country glued to '-origin' as a partner, not the release's country", () => {
    const rows = rowsOf('China imported 1.9 million tonnes of propane in May, customs data showed. Arrivals of US-origin cargoes fell to 0.52 million tonnes, while US-origin butane was 0.2 million tonnes; traders expect US-origin flows to recover.', '2026-06-20');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[1900000, 'China'], [520000, 'China'], [200000, 'China']]);
  });

  it("reads a possessive country before a tonnage as the supplier of that portion", () => {
    const rows = rowsOf("China's pulp imports rose to 3.1 million tonnes in May, led by Brazil's 1.2 million tonnes.", '2026-06-20');
    expect(rows.map((r) => [r.value, r.area, r.partner])).toEqual([[3100000, 'China', 'World'], [1200000, 'China', 'Brazil']]);
  });

  it("reads another country's customs as the source of the figures after it", () => {
    const rows = rowsOf('WELLINGTON, Nov 27 - New Zealand exported 150,000 tonnes of butter in October, Stats NZ said. Chinese customs data showed butter imports of 12,300 tonnes in October.', '2026-11-27');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([[150000, 'New Zealand', 'export'], [12300, 'China', 'import']]);
  });

  it("reads a country's adjective before its goods and exports as the area", () => {
    const rows = rowsOf('ZURICH, Aug 19 - Swiss gold exports to India rose to 35.2 tonnes in July, Swiss customs data showed.', '2026-08-19');
    expect(rows.map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([[35.2, 'Switzerland', 'India', 'export']]);
    const chile = rowsOf("China's imports of spodumene rose to 600,000 tonnes in August, customs data showed. Chilean lithium carbonate exports reached 18,000 tonnes in August.", '2026-09-20');
    expect(chile.map((r) => [r.value, r.area, r.flow])).toEqual([[600000, 'China', 'import'], [18000, 'Chile', 'export']]);
  });

  it('reads a foreign buyer with no seller named as reporting its own imports, and a buyer of a part of the flow as the partner', () => {
    const rows = rowsOf('Brazil shipped 2.9 million tonnes of sugar in October, Secex data showed. China, the second-largest buyer, imported 610,000 tonnes of sugar in September, up 20% y/y.', '2026-11-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[2900000, 'Brazil'], [610000, 'China']]);
    const part = rowsOf('Mongolia exported 8.1 million tonnes of coal in October. China bought 93.1 percent of the total.', '2026-11-10');
    expect(part.map((r) => [r.value, r.area, r.partner])).toEqual([[8100000, 'Mongolia', 'World'], [93.1, 'Mongolia', 'China']]);
  });
});

describe('the date of an event', () => {
  it('is not the period the sentences after it go on with', () => {
    const rows = rowsOf("China bought 52,000 tonnes of soymeal in October, down 40% from a year earlier, as an anti-dumping duty that took effect in April kept buyers away. Soybean imports rose to 8.1 million tonnes.", '2026-11-20');
    expect(brief(rows).map((r) => [r[0], r[5], r[6]])).toEqual([[52000, '2026-10', '2026-10'], [8100000, '2026-10', '2026-10']]);
  });
});

describe('a figure a revision replaced', () => {
  it('is no row, whether reported last month or put earlier', () => {
    const rows = rowsOf('Customs revised its July figure for zinc ingot exports to 31,500 tonnes from the 28,900 tonnes reported last month.', '2026-09-20');
    expect(rows.map((r) => r.value)).toEqual([31500]);
    const put = rowsOf('Customs had earlier put July urea exports at 612,000t; the figure was revised down to 598,000t in the latest release.', '2026-09-20');
    expect(put.map((r) => r.value)).toEqual([598000]);
  });
});

describe("a country's own trade measure", () => {
  it('names its government: the sentences after it stay with the reporter', () => {
    const rows = rowsOf("China's purchases of tin concentrate fell to a two-year low in August as Myanmar's export suspension held back mine supply from Wa State.\n\nArrivals came to 4,120 tonnes in the month, down 38% from a year earlier, customs data showed.", '2026-09-20');
    expect(brief(rows)).toEqual([[4120, 'tonnes', -38, 'China', 'import', '2026-08', '2026-08']]);
  });
});
