/**
 * Lead's round a216: the ruling on b282-11 ("in real terms ... about 5 percent"). A change a body estimates or forecasts is
 * no row, measured volume growth is; the reporting verb's "that" may stand apart from its clause, behind asides set off with
 * commas. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const changes = (text: string, published: string) => releaseRows(text, published).filter((r) => r.value === null).map((r) => r.yoy_pct);

describe('an estimate\'s or forecast\'s "that", then short asides set off with commas, then the change: the change is estimated, no row', () => {
  it('reads past "in real terms, at constant prices," after "estimates that"', () => {
    expect(changes("GENEVA, April 10 -- China's merchandise exports dropped 4.6 percent to $3.38 trillion in 2023, though the WTO estimates that in real terms, at constant prices, they rose about 5 percent.", '2024-04-10')).not.toContain(5);
  });
  it('reads past one aside opened by a comma after "that"', () => {
    expect(changes('OTTAWA, April 10 -- Canada\'s exports fell 2.1 percent to C$780 billion in 2023. The agency estimates that, on a volume basis, they grew 1.4 percent.', '2024-04-10')).not.toContain(1.4);
  });
  it('reads a forecaster\'s "projects that, for the full year,"', () => {
    expect(changes("SINGAPORE, Nov 20 -- Non-oil domestic exports rose 3.2 percent in October. The trade agency projects that, for the year as a whole, they grow 1.5 percent.", '2025-11-20')).not.toContain(1.5);
  });
  it('reads "economists estimate that, adjusted for prices, imports slipped"', () => {
    expect(changes("BERLIN, Feb 9 -- German imports fell 3.0 percent to 1.35 trillion euros last year. Economists at the institute estimate that, adjusted for prices, imports slipped only 0.8 percent.", '2025-02-09')).not.toContain(-0.8);
  });
  it('reads a bank\'s "estimates that, measured in volumes, shipments ... rose"', () => {
    expect(changes("SEOUL, Jan 2 -- Korea's exports reached $683.8 billion in 2025, up 8.2 percent. The central bank estimates that, measured in volumes, shipments of chips rose roughly 11 percent.", '2026-01-02')).not.toContain(11);
  });
  it('reads "forecasts that, barring new tariffs, exports climb" in a year-ahead note', () => {
    expect(changes('CANBERRA, Dec 15 -- The department forecasts that, barring new tariffs, exports of iron ore climb 4 percent next financial year.', '2025-12-15')).not.toContain(4);
  });
  it('keeps the change after "said that, on a volume basis," (a statement of the figure, not an estimate: near miss)', () => {
    expect(changes('OTTAWA, April 10 -- Canada\'s exports fell 2.1 percent to C$780 billion in 2023. The agency said that, on a volume basis, they grew 1.4 percent.', '2024-04-10')).toContain(1.4);
  });
  it('keeps the change after "data show that, in the first half," (near miss)', () => {
    expect(releaseRows('HANOI, July 6 -- Customs data show that, in the first half, exports of rice rose 7.2 percent to 4.7 million tonnes.', '2025-07-06').map((r) => [r.value, r.yoy_pct])).toContainEqual([4.7e6, 7.2]);
  });
});

describe('the lead\'s review of the session\'s rules: what a worked sum and a rounded restatement must leave alone', () => {
  const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
  it('keeps a figure stated before a written sum in the same sentence', () => {
    expect(tuples('WELLINGTON, Nov 20 -- Exports rose 4.1 percent to NZ$6.2 billion in October; in the worked case, 60 - 45 = 15.', '2025-11-20')).toContainEqual(['2025-10', '2025-10', 6.2e9, 'NZD', 4.1]);
  });
  it('reads no sum in a span of years set equal to an index base ("(2014-2016 = 100)")', () => {
    expect(tuples('OTTAWA, Dec 5 -- Export volumes (2014-2016 = 100) aside, exports rose 2.3 percent to C$64.1 billion in October.', '2025-12-05')).toContainEqual(['2025-10', '2025-10', 64.1e9, 'CAD', 2.3]);
  });
  it('drops the sum worked out after the equals sign, as round a211 reads it', () => {
    expect(tuples('In the example, the balance is (50 + 10) - (45 + 12) = a surplus of $3 billion.', '2025-12-05')).toEqual([]);
  });
  it('keeps two breakdowns apart when one figure rounds the other (private firms and all firms)', () => {
    const rows = releaseRows("HANGZHOU, Nov 20 -- Zhejiang's exports in the first ten months reached 3.12 trillion yuan. Exports by private firms came to 3.1 trillion yuan, nearly all of the province's total.", '2025-11-20');
    expect(rows.map((r) => [r.value, r.breakdown])).toEqual([[3.12e12, ''], [3.1e12, 'enterprise type: private']]);
  });
});
