/**
 * Rules widened in the fixing round for the b260 and b261 leftovers (second pass, a149): each frame in several phrasings of
 * our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a release that gives an index of last year\'s volume (or value, figure) reads a bare bracketed percentage after a level as one', () => {
  it('reads "(88.3%)" after exports when the lead said "or 91.2% of last year\'s volume"', () => {
    const rows = releaseRows('Foreign trade in the customs district in January-June 2026 came to 8,4 billion US dollars, or 91,2% of last year\'s volume.\n\nExports reached 5,1 billion US dollars (88,3%), imports 3,3 billion US dollars (96,0%).', '2026-07-20');
    expect(row(rows, 5.1e9)).toMatchObject({ yoy_pct: -11.7, flow: 'export' });
    expect(row(rows, 3.3e9)).toMatchObject({ yoy_pct: -4 });
  });
  it('reads a partner\'s bracket after "the previous year\'s value" set off by a comma', () => {
    const rows = releaseRows('Trade handled by the regional customs office in 2025 totalled 3.9 billion dollars, 97.0 percent of the previous year\'s value.\n\nTrade with Mongolia amounted to 0.7 billion dollars (93.4%).', '2026-02-10');
    expect(row(rows, 0.7e9)).toMatchObject({ yoy_pct: -6.6 });
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('reads a bracket in a later paragraph after "the year-earlier figure"', () => {
    const rows = releaseRows('In January-September 2026 the administration recorded external trade of 12.6 billion US dollars, or 95.5% of the year-earlier figure.\n\nImports stood at 4.2 billion US dollars (89.9%).', '2026-10-25');
    expect(row(rows, 4.2e9)).toMatchObject({ yoy_pct: -10.1, flow: 'import' });
  });
  it('reads a bracket after "the prior year\'s turnover" in a quarterly note', () => {
    const rows = releaseRows('Goods traded across the border in the first quarter of 2026 were worth 640.5 million US dollars, or 82.7 percent of the prior year\'s turnover. Exports made up 410.2 million US dollars (78.4%).', '2026-04-18');
    expect(row(rows, 410.2e6)).toMatchObject({ yoy_pct: -21.6 });
  });
  it('reads a bracket after "last year\'s tonnage" in a port note', () => {
    const rows = releaseRows('The port handled 18.2 million tonnes of cargo in January-August 2026, 90.1% of last year\'s tonnage. Exports came to 11.5 million tonnes (86.7%).', '2026-09-12');
    expect(row(rows, 11.5e6)).toMatchObject({ yoy_pct: -13.3 });
  });
  it('does not read a bracket as an index where the percentage of last year\'s value is a share (near miss)', () => {
    const rows = releaseRows('Coal made up 40% of last year\'s value of exports.\n\nIn January-June 2026, exports reached 5.1 billion US dollars (88.3%).', '2026-07-20');
    expect(row(rows, 5.1e9)?.yoy_pct ?? null).toBeNull();
  });
  it('does not read a bracket as an index in a release with no index phrase (near miss)', () => {
    const rows = releaseRows('In January-June 2026, exports reached 5.1 billion US dollars (88.3%), the customs office said.', '2026-07-20');
    expect(row(rows, 5.1e9)?.yoy_pct ?? null).toBeNull();
  });
});

describe('goods delivered (supplied, consigned) from a foreign place, with the goods named between, came in', () => {
  it('reads "Deliveries of machinery and equipment from China grew 1.3 times" as imports', () => {
    const rows = releaseRows('Russia: trade of the Far East customs in January-June 2026\n\nDeliveries of machinery and equipment from China grew 1.3 times.', '2026-07-20');
    expect(rows[0]).toMatchObject({ flow: 'import', partner: 'China' });
  });
  it('reads "supplies of coal from Indonesia" as imports', () => {
    const rows = releaseRows('India: supplies of coal from Indonesia reached 9.4 million tonnes in October 2026, up 5 percent on the year.', '2026-11-15');
    expect(row(rows, 9.4e6)).toMatchObject({ flow: 'import', partner: 'Indonesia' });
  });
  it('reads "consignments of fresh fruit from Chile" as imports', () => {
    const rows = releaseRows('China received consignments of fresh fruit from Chile worth 1.2 billion dollars in the first quarter of 2026, 14 percent more than a year earlier.', '2026-04-20');
    expect(row(rows, 1.2e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "cargoes of liquefied gas from Qatar" as imports', () => {
    const rows = releaseRows('Pakistan: in September 2026, cargoes of liquefied gas from Qatar fell 8 percent to 0.6 million tonnes.', '2026-10-15');
    expect(row(rows, 0.6e6)).toMatchObject({ flow: 'import' });
  });
  it('reads "deliveries of grain from Kazakhstan" with an adverb and a later verb', () => {
    const rows = releaseRows('Uzbekistan, January-March 2026: deliveries of wheat and flour from Kazakhstan meanwhile totalled 1.1 million tonnes, up 12%.', '2026-04-15');
    expect(row(rows, 1.1e6)).toMatchObject({ flow: 'import' });
  });
  it('does not read "deliveries of coal to China" as imports (near miss)', () => {
    const rows = releaseRows('Mongolia: deliveries of coal to China reached 7.2 million tonnes in the first quarter of 2026, up 9 percent.', '2026-04-15');
    expect(row(rows, 7.2e6)).toMatchObject({ flow: 'export' });
  });
  it('keeps "supplies of copper from Mongolia" in a release on Mongolia outward (near miss)', () => {
    const rows = releaseRows('Mongolia, January-March 2026: supplies of copper concentrate from Mongolia reached 0.4 million tonnes, up 3 percent.', '2026-04-15');
    expect(row(rows, 0.4e6)?.flow).not.toBe('import');
  });
});

describe('a bare "this year" after a level of a part of last year is that part this year', () => {
  it('reads "They rose 7.3 percent this year" after a March of last year as this March', () => {
    const rows = releaseRows('Sri Lanka: trade in March 2026\n\nIn March 2025, apparel exports had stood at 412 million dollars. They rose 7.3 percent this year to 442 million dollars.', '2026-04-24');
    expect(row(rows, 442e6)).toMatchObject({ period_start: '2026-03', period_end: '2026-03', yoy_pct: 7.3 });
  });
  it('reads "This year" opening a sentence after a quarter of last year', () => {
    const rows = releaseRows('Exports of tea in the second quarter of 2025 were worth 310 million dollars. This year the same shipments brought in 335 million dollars.', '2026-07-30');
    expect(row(rows, 335e6)).toMatchObject({ period_start: '2026-04', period_end: '2026-06' });
  });
  it('reads "this year" set off by a comma after a first half of last year', () => {
    const rows = releaseRows('Kenya: in January-June 2025, flower exports came to 620 million dollars. Sales abroad of cut flowers reached 655 million dollars this year, the board said.', '2026-08-05');
    expect(row(rows, 655e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('reads "the figure for this year" after a single month of last year', () => {
    const rows = releaseRows('Imports of rice in February 2025 amounted to 210,000 tonnes. The figure for this year was 236,000 tonnes, up 12.4 percent.', '2026-03-20');
    expect(row(rows, 236000)).toMatchObject({ period_start: '2026-02', period_end: '2026-02' });
  });
  it('reads "during this year" after two months of last year', () => {
    const rows = releaseRows('Between January and February 2025, car imports totalled 41,000 units. During this year they climbed to 45,500 units.', '2026-04-25');
    expect(row(rows, 45500)).toMatchObject({ period_start: '2026-01', period_end: '2026-02' });
  });
  it('keeps "this year" the year so far after a month this year has not reached (near miss)', () => {
    const rows = releaseRows('In December 2025, apparel exports had stood at 412 million dollars. This year they rose to 442 million dollars.', '2026-03-20');
    expect(row(rows, 442e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-02' });
  });
  it('keeps "this year" the year so far after a whole year (near miss)', () => {
    const rows = releaseRows('In 2025, apparel exports had stood at 4.1 billion dollars. This year they have reached 1.2 billion dollars.', '2026-04-24');
    expect(row(rows, 1.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
});
