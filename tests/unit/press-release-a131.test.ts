/**
 * Rules widened in the fixing round for b256 (translated Russian, Central Asian and Mongolian bulletins): growth as an
 * index of the year-earlier level, decimal commas, regional customs bodies. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const yoyOf = (text: string, value: number, published = '2026-11-20') => row(releaseRows(text, published), value)?.yoy_pct;

describe('a decimal comma before a multiple', () => {
  it('reads "2,4 times more than in 2020"', () => {
    expect(yoyOf('Bishkek. In 2021 the republic\'s trade with Turkey came to 812,5 million US dollars, 2,4 times more than in 2020.', 812.5e6, '2022-02-15')).toBe(240);
  });
  it('reads "grew 1,7 times" before the amount', () => {
    expect(yoyOf('Dushanbe. In January-June 2026 imports of wheat grew 1,7 times and reached 402,6 thousand tonnes.', 402600, '2026-07-20')).toBe(170);
  });
  it('reads "a 3,2-fold increase"', () => {
    expect(yoyOf('Ulaanbaatar. Coal exports in 2025 showed a 3,2-fold increase, to 64,1 million tonnes.', 64.1e6, '2026-01-20')).toBe(320);
  });
  it('reads "increased 1,5 fold" with the fold apart', () => {
    expect(yoyOf('Minsk. Deliveries of dairy products to China in 2025 increased 1,5 fold and amounted to 301,4 million US dollars.', 301.4e6, '2026-02-01')).toBe(150);
  });
  it('reads "was 2,1 times higher" in a trailing clause', () => {
    expect(yoyOf('Tashkent. Exports of copper in January-September 2026 amounted to 1 204,8 million dollars, which was 2,1 times higher than a year earlier.', 1204.8e6, '2026-10-20')).toBe(210);
  });
  it('does not read "4,312 times" (thousands) as a multiple (guard)', () => {
    const rows = releaseRows('Khorgos. In 2025 freight trains crossed the border 4,312 times, the station said.', '2026-01-10');
    expect(rows.some((r) => r.yoy_pct === 431100)).toBe(false);
  });
  it('does not take "1,5 tonnes" for a decimal multiple (guard)', () => {
    const rows = releaseRows('Bishkek. In 2025 imports of tea totalled 1,500 tonnes, up 4 percent.', '2026-01-10');
    expect(row(rows, 1500)?.yoy_pct).toBe(4);
  });
});

describe('an index with its base named before it ("in % to" a period)', () => {
  it('reads "and in % to January-September 2025 amounted to 97,8%"', () => {
    expect(yoyOf('Moscow. The foreign trade turnover of the Russian Federation in January-September 2026 made 412,3 billion US dollars and in % to January-September 2025 amounted to 97,8%.', 412.3e9)).toBe(-2.2);
  });
  it('reads "which in percent to the same period of the previous year was 108,4%"', () => {
    expect(yoyOf('Almaty. In January-August 2026 trade with Turkey reached 3 205,9 million US dollars, which in percent to the same period of the previous year was 108,4%.', 3205.9e6)).toBe(8.4);
  });
  it('reads "as a percentage of January-June 2025, constituted 103,1%"', () => {
    expect(yoyOf('Minsk. Exports of goods in January-June 2026 totalled 19,8 billion US dollars and, as a percentage of January-June 2025, constituted 103,1%.', 19.8e9, '2026-08-01')).toBe(3.1);
  });
  it('reads "in % to 2025 made 95,0%" for a whole year', () => {
    expect(yoyOf('Bishkek. Imports in 2026 came to 9 104,2 million dollars, and in % to 2025 they made 95,0%.', 9104.2e6, '2027-02-10')).toBe(-5);
  });
  it('reads "in % of the corresponding period of last year reached 121,5%" after the level', () => {
    expect(yoyOf('Dushanbe. The turnover for the first quarter of 2026 was 1 406,7 million US dollars, and in % of the corresponding period of last year reached 121,5%.', 1406.7e6, '2026-04-20')).toBe(21.5);
  });
  it('does not read "in % of GDP amounted to 61,2%" as an index (guard)', () => {
    const rows = releaseRows('Tashkent. In 2026 the foreign trade turnover amounted to 71,4 billion US dollars; in % of GDP it amounted to 61,2%.', '2027-02-10');
    expect(row(rows, 71.4e9)?.yoy_pct).toBeNull();
    expect(rows.some((r) => r.yoy_pct === -38.8)).toBe(false);
  });
  it('does not read "in % to the total amounted to 40,5%" as an index (guard)', () => {
    const rows = releaseRows('Bishkek. Trade with the EAEU countries in 2026 made 2 927,4 million dollars; in % to the total it amounted to 40,5%.', '2027-02-10');
    expect(rows.some((r) => r.yoy_pct === -59.5)).toBe(false);
  });
});

describe('an index of a year-earlier level named as such', () => {
  it('reads "passed, 87,9% of the last year\'s volume" however many words stand before it', () => {
    expect(yoyOf('St. Petersburg. In January-June 2026, 58,3 million tonnes of cargo passed through the seaports of the region, 87,9% of the last year\'s volume.', 58.3e6, '2026-07-20')).toBe(-12.1);
  });
  it('reads ", 71,4% to the level of January-June 2025" after a long noun phrase', () => {
    expect(yoyOf('Kaliningrad. In January-June 2026 the ports of the region handled 2,9 million tonnes of transit cargo for Belarus, 71,4% to the level of January-June 2025.', 2.9e6, '2026-07-20')).toBe(-28.6);
  });
  it('reads ", 92,6% of the level of the first quarter of 2025" after "in total"', () => {
    expect(yoyOf('Vladivostok. In January-March 2026 trade with Japan and Korea amounted to 8,47 billion US dollars in total, 92,6% of the level of the first quarter of 2025.', 8.47e9, '2026-04-20')).toBe(-7.4);
  });
  it('reads "(104,5% of the previous year\'s figure)" in a bracket after a clause', () => {
    expect(yoyOf('Astana. In 2026 grain exports reached 11,2 million tonnes shipped through the Caspian ports (104,5% of the previous year\'s figure).', 11.2e6, '2027-01-20')).toBe(4.5);
  });
  it('reads "or 99,1% compared to the year-earlier level"', () => {
    expect(yoyOf('Minsk. In January-October 2026 the republic exported potash for 2 406,3 million US dollars, or 99,1% compared to the year-earlier level.', 2406.3e6)).toBe(-0.9);
  });
  it('does not read "increased to 36,1% of last year\'s volume" after a change word (guard)', () => {
    const rows = releaseRows('Novosibirsk. In January-June 2026 exports of coal grew, rising to 36,1% of last year\'s volume of all exports.', '2026-07-20');
    expect(rows.some((r) => r.yoy_pct === -63.9)).toBe(false);
  });
  it('does not read "45% of the total" after a comma as an index (guard)', () => {
    const rows = releaseRows('Tashkent. In January-June 2026 exports of gold reached 3 100,0 million dollars, 45% of the total.', '2026-07-20');
    expect(row(rows, 3100e6)?.yoy_pct).toBeNull();
  });
});

describe('the index of the year-earlier level: more verbs of level, quarters and halves as its base', () => {
  it('reads "which makes 71,4% compared to January-June 2025"', () => {
    expect(yoyOf('Kaliningrad. Trade of the region in January-June 2026 made 2,9 billion US dollars, which makes 71,4% compared to January-June 2025.', 2.9e9, '2026-07-20')).toBe(-28.6);
  });
  it('reads "which is 92,6% compared to the first quarter of 2025"', () => {
    expect(yoyOf('Vladivostok. In January-March 2026 the turnover amounted to 8,47 billion US dollars, which is 92,6% compared to the first quarter of 2025.', 8.47e9, '2026-04-20')).toBe(-7.4);
  });
  it('reads "and constitutes 104,1% compared to the second half of 2025"', () => {
    expect(yoyOf('Tehran. In the second half of 2026 trade with the EAEU came to 1,2 billion US dollars and constitutes 104,1% compared to the second half of 2025.', 1.2e9, '2027-01-20')).toBe(4.1);
  });
  it('reads "stood at 96,0% of the 1st quarter of 2025"', () => {
    expect(yoyOf('Bishkek. In the first quarter of 2026 imports of fuel amounting to 212,4 million US dollars stood at 96,0% of the 1st quarter of 2025.', 212.4e6, '2026-04-20')).toBe(-4);
  });
  it('reads "amounts to 101,5% to the fourth quarter of 2025"', () => {
    expect(yoyOf('Astana. In the fourth quarter of 2026 the turnover of 9 410,2 million US dollars amounts to 101,5% to the fourth quarter of 2025.', 9410.2e6, '2027-01-20')).toBe(1.5);
  });
  it('does not read "rose by 4,1% compared to the second half of 2025" as an index (guard)', () => {
    expect(yoyOf('Tehran. In the second half of 2026 trade with the EAEU came to 1,2 billion US dollars and rose by 4,1% compared to the second half of 2025.', 1.2e9, '2027-01-20')).toBe(4.1);
  });
  it('does not read "which makes 96,0% of the total" as an index (guard)', () => {
    const rows = releaseRows('Bishkek. In the first quarter of 2026 imports of fuel came to 212,4 million US dollars, which makes 96,0% of the total.', '2026-04-20');
    expect(row(rows, 212.4e6)?.yoy_pct).toBeNull();
  });
});

describe('a release that states its growth as indices reads its bare bracketed ones', () => {
  it('reads "(96,2%)" after "which is 103,5% compared to January-June 2025"', () => {
    const rows = releaseRows('Astana. The external trade turnover in January-June 2026 amounted to 38 410,7 million US dollars, which is 103,5% compared to January-June 2025. Export made 21 906,3 million US dollars (96,2%), import - 16 504,4 million US dollars (115,1%).', '2026-07-25');
    expect(row(rows, 21906.3e6)?.yoy_pct).toBe(-3.8);
    expect(row(rows, 16504.4e6)?.yoy_pct).toBe(15.1);
  });
  it('reads "(88,3%)" after "% to the level of"', () => {
    const rows = releaseRows('Vladivostok. In the first quarter of 2026 the turnover made 8,47 billion US dollars, or 92,6% to the level of the first quarter of 2025. Export made 3,91 billion dollars (88,3%).', '2026-04-20');
    expect(row(rows, 3.91e9)?.yoy_pct).toBe(-11.7);
  });
  it('reads "(97,9%)" after "in % to January-August 2025 made"', () => {
    const rows = releaseRows('Almaty. Mutual trade in January-August 2026 reached 16 205,9 million US dollars, which in % to January-August 2025 made 108,4%. Exports amounted to 7 114,3 million dollars (97,9%).', '2026-09-20');
    expect(row(rows, 7114.3e6)?.yoy_pct).toBe(-2.1);
    expect(rows.some((r) => r.unit === 'percent-share' && r.value === 97.9)).toBe(false);
  });
  it('reads "(97,4%)" after "which was 102,2% of 2025"', () => {
    const rows = releaseRows('Ashgabat. Trade in 2026 reached 14,2 billion US dollars, which was 102,2% of 2025. Imports made 5,1 billion dollars (97,4%).', '2027-02-01');
    expect(row(rows, 5.1e9)?.yoy_pct).toBe(-2.6);
  });
  it('reads "(93,0%)" after "as a percentage of the same period"', () => {
    const rows = releaseRows('Minsk. Exports of goods in January-May 2026, as a percentage of the same period of 2025, made 101,2%. Imports came to 17,5 billion US dollars (93,0%).', '2026-07-01');
    expect(row(rows, 17.5e9)?.yoy_pct).toBe(-7);
  });
  it('does not read "(64,3%)" as an index where "which is 3,5% more" states a change (guard)', () => {
    const rows = releaseRows('Astana. The turnover in January-June 2026 amounted to 38 410,7 million US dollars, which is 3,5% more compared to January-June 2025. Export made 21 906,3 million US dollars (64,3%).', '2026-07-25');
    expect(row(rows, 21906.3e6)?.yoy_pct).toBeNull();
  });
  it('does not read "(57,0%)" where "which is 12% of 2025" is too small for an index (guard)', () => {
    const rows = releaseRows('Astana. Exports of grain in 2026 amounted to 1 200,0 million US dollars, which is 12% of 2025 exports. Wheat made 684,0 million US dollars (57,0%).', '2027-01-25');
    expect(row(rows, 684e6)?.yoy_pct).toBeNull();
  });
});

describe('a list of bare indices before "respectively"', () => {
  const lead = 'Tashkent. In January-March 2026 the turnover amounted to 16 871,4 million US dollars, which is 112,7% compared to January-March 2025. ';
  it('reads "at 109,4% and 115,3% respectively"', () => {
    const rows = releaseRows(lead + 'Exports made 7 205,3 million dollars and imports - 9 666,1 million dollars, at 109,4% and 115,3% respectively.', '2026-04-20');
    expect(rows.filter((r) => r.value === 7205.3e6 || r.value === 9666.1e6).map(levelTuple)).toEqual([
      ['2026-01', '2026-03', 7205.3e6, 'USD', 9.4],
      ['2026-01', '2026-03', 9666.1e6, 'USD', 15.3],
    ]);
  });
  it('reads "or 109,4% and 115,3%, respectively" after the pair of flows', () => {
    const rows = releaseRows(lead + 'Exports and imports made 7 205,3 million dollars and 9 666,1 million dollars, or 109,4% and 115,3%, respectively.', '2026-04-20');
    expect(row(rows, 9666.1e6)?.yoy_pct).toBe(15.3);
  });
  it('reads "(98,1% and 104,0% respectively)" in a bracket', () => {
    const rows = releaseRows(lead + 'Exports and imports came to 7 205,3 million dollars and 9 666,1 million dollars (98,1% and 104,0% respectively).', '2026-04-20');
    expect(row(rows, 7205.3e6)?.yoy_pct).toBe(-1.9);
  });
  it('reads three indices "were 96,1, 100,9 and 98,0 percent respectively"', () => {
    const rows = releaseRows(lead + 'Exports to China, Russia and Kazakhstan came to 1 902,5, 1 781,0 and 1 005,3 million dollars; the indices were 96,1%, 100,9% and 98,0% respectively.', '2026-04-20');
    expect(rows.some((r) => r.yoy_pct === 0.9)).toBe(true);
  });
  it('reads "stood at 120,2% and 88,8% respectively"', () => {
    const rows = releaseRows(lead + 'Imports of machinery and of food were 3 188,7 million dollars and 1 002,4 million dollars and stood at 120,2% and 88,8% respectively.', '2026-04-20');
    expect(row(rows, 3188.7e6)?.yoy_pct).toBe(20.2);
  });
  it('does not read "up 60% and 70% respectively" as indices (guard)', () => {
    const rows = releaseRows(lead + 'Exports made 7 205,3 million dollars and imports - 9 666,1 million dollars, up 60% and 70% respectively.', '2026-04-20');
    expect(row(rows, 9666.1e6)?.yoy_pct).toBe(70);
  });
  it('does not read "at 55,2% and 44,8% respectively" outside an index release (guard)', () => {
    const rows = releaseRows('Tashkent. In January-March 2026 exports made 7 205,3 million dollars and imports - 9 666,1 million dollars, at 55,2% and 44,8% respectively.', '2026-04-20');
    expect(row(rows, 7205.3e6)?.yoy_pct).toBeNull();
  });
});

describe('a bracketed bare percentage above 100 after a level is an index in any release', () => {
  it('reads "Export amounted to 21 702,9 million US dollars (129,8%)"', () => {
    expect(yoyOf('Novosibirsk. In January-October 2026 export amounted to 21 702,9 million US dollars (129,8%), the administration said.', 21702.9e6)).toBe(29.8);
  });
  it('reads "import - 4 437,4 million US dollars (128,0%)" after a dash', () => {
    const rows = releaseRows('Novosibirsk. In January-October 2026 the turnover rose by 29,5%; export made 21 702,9 million US dollars, import - 4 437,4 million US dollars (128,0%).');
    expect(row(rows, 4437.4e6)?.yoy_pct).toBe(28);
  });
  it('reads "(104.2%)" after tonnes', () => {
    expect(yoyOf('Ulaanbaatar. In January-October 2026 Mongolia exported coal of 68.4 million tonnes (104.2%).', 68.4e6)).toBe(4.2);
  });
  it('reads "(112,5 %)" with a space before the sign', () => {
    expect(yoyOf('Ashgabat. In 2026 exports of cotton yarn reached 402,1 million dollars (112,5 %).', 402.1e6, '2027-02-01')).toBe(12.5);
  });
  it('reads "(150%)" after a level in billion', () => {
    expect(yoyOf('Minsk. In January-June 2026 food exports to China came to 1,2 billion US dollars (150%).', 1.2e9, '2026-07-20')).toBe(50);
  });
  it('does not read "(64,5%)" as an index outside an index release (guard)', () => {
    const rows = releaseRows('Novosibirsk. In January-October 2026 export amounted to 21 702,9 million US dollars (64,5%).');
    expect(row(rows, 21702.9e6)?.yoy_pct).toBeNull();
  });
  it('does not read "(+129,8%)" with a sign as an index (guard)', () => {
    expect(yoyOf('Novosibirsk. In January-October 2026 export amounted to 21 702,9 million US dollars (+129,8%).', 21702.9e6)).toBe(129.8);
  });
});

describe('a bare index "to" a period names the base, not the figure\'s period', () => {
  const lead = 'Minsk. In January 2026 the foreign trade in goods amounted to 4 187,5 million US dollars. ';
  it('dates "or 121,3% to January 2025" by the release\'s month', () => {
    const rows = releaseRows(lead + 'Export of potash constituted 1 102,5 thousand tonnes, or 121,3% to January 2025.', '2026-02-20');
    expect(levelTuple(rows.find((r) => r.value === 1102500)!)).toEqual(['2026-01', '2026-01', 1102500, 'tonnes', 21.3]);
  });
  it('dates "which is 94,4% to January-September 2025"', () => {
    const rows = releaseRows('Moscow. In January-September 2026 trade made 412,3 billion US dollars. Export of metals amounted to 29,7 billion US dollars, which is 94,4% to January-September 2025.', '2026-11-10');
    expect(row(rows, 29.7e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-09', yoy_pct: -5.6 });
  });
  it('dates ", 104,8% to February 2025" after a comma', () => {
    const rows = releaseRows('Minsk. In February 2026 exports of goods came to 3 004,2 million US dollars. Export of dairy products came to 201,7 million US dollars, 104,8% to February 2025.', '2026-03-20');
    expect(row(rows, 201.7e6)).toMatchObject({ period_start: '2026-02', period_end: '2026-02', yoy_pct: 4.8 });
  });
  it('dates "which makes 87,0 percent to January 2025"', () => {
    const rows = releaseRows(lead + 'Export of tractors made 312,4 million US dollars, which makes 87,0 percent to January 2025.', '2026-02-20');
    expect(row(rows, 312.4e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-01', yoy_pct: -13 });
  });
  it('dates ", 110,2% to the first quarter of 2025"', () => {
    const rows = releaseRows('Dushanbe. In the first quarter of 2026 trade made 1 406,7 million US dollars. Aluminium exports came to 120,3 million US dollars, 110,2% to the first quarter of 2025.', '2026-04-20');
    expect(row(rows, 120.3e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
  it('keeps "rise 3.1% to September 2026" a span to a month (guard)', () => {
    const rows = releaseRows('Exports rise 3.1% to September 2026 at 512.3 billion dollars, the office said.', '2026-10-20');
    expect(row(rows, 512.3e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
  });
  it('keeps "grew 4% to 2,1 billion dollars in January 2025" the figure\'s own month (guard)', () => {
    const rows = releaseRows('Minsk. Exports grew 4% to 2,1 billion dollars in January 2025, the committee recalled.', '2026-02-20');
    expect(row(rows, 2.1e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-01' });
  });
});

describe('a regional customs body names its federal district as the scope of the figures', () => {
  it('reads "in the region of activity of the North-Western Customs Administration"', () => {
    const rows = releaseRows('St. Petersburg. The foreign trade turnover in the region of activity of the North-Western Customs Administration made 21,9 billion US dollars in January-June 2026.', '2026-07-20');
    expect(row(rows, 21.9e9)?.area).toBe('Northwestern Federal District');
  });
  it('reads "within the area of responsibility of the Siberian Customs Directorate"', () => {
    const rows = releaseRows('Novosibirsk. Within the area of responsibility of the Siberian Customs Directorate, exports in 2026 amounted to 24,1 billion dollars.', '2027-02-01');
    expect(row(rows, 24.1e9)?.area).toBe('Siberian Federal District');
  });
  it('reads "In the zone of activity of the Far Eastern Customs Administration" opening the sentence', () => {
    const rows = releaseRows('Vladivostok. In the zone of activity of the Far Eastern Customs Administration, imports in January-March 2026 made 4,56 billion US dollars.', '2026-04-20');
    expect(row(rows, 4.56e9)?.area).toBe('Far Eastern Federal District');
  });
  it('reads "the region served by the Ural Customs Department"', () => {
    const rows = releaseRows('Yekaterinburg. Trade of the region served by the Ural Customs Department reached 9,4 billion US dollars in January-September 2026.', '2026-10-20');
    expect(row(rows, 9.4e9)?.area).toBe('Ural Federal District');
  });
  it('reads "the territory under the jurisdiction of the Southern Customs Administration"', () => {
    const rows = releaseRows('Rostov-on-Don. Exports from the territory under the jurisdiction of the Southern Customs Administration came to 11,6 billion US dollars in 2026.', '2027-02-01');
    expect(row(rows, 11.6e9)?.area).toBe('Southern Federal District');
  });
  it('does not make the district the area when the body is cited as a source (guard)', () => {
    const rows = releaseRows('Vladivostok. Primorsky Krai\'s trade with China in 2026 reached 7,4 billion dollars, the Far Eastern Customs Administration told reporters.', '2027-02-01');
    expect(row(rows, 7.4e9)?.area).toBe('Primorsky Krai');
  });
  it('does not read the Mongolian "General Customs Administration" as a Russian district (guard)', () => {
    const rows = releaseRows('Ulaanbaatar. Mongolia exported 68,4 million tonnes of coal in 2026, according to the General Customs Administration.', '2027-01-20');
    expect(row(rows, 68.4e6)?.area).toBe('Mongolia');
  });
});

describe('"comparing with", "as compared to", "in comparison to" name a base as "compared with" does', () => {
  const lead = 'Minsk. In January 2026 the foreign trade in goods amounted to 4 187,5 million US dollars. Export of tractors made 312,4 million US dollars.\n\n';
  const changes = (text: string) => releaseRows(lead + text, '2026-02-20').filter((r) => r.value === null);
  it('drops a change "Comparing with December 2025," opening the sentence', () => {
    expect(changes('Comparing with December 2025, export decreased by 14,2%.')).toEqual([]);
  });
  it('drops a change "As compared to December 2025," opening the sentence', () => {
    expect(changes('As compared to December 2025, imports went down by 9,8%.')).toEqual([]);
  });
  it('drops a change "In comparison to December 2025," opening the sentence', () => {
    expect(changes('In comparison to December 2025, the export of goods fell by 11,0%.')).toEqual([]);
  });
  it('drops "decreased by 14,2% comparing with December 2025" right after the change', () => {
    expect(changes('Export decreased by 14,2% comparing with December 2025.')).toEqual([]);
  });
  it('drops ", in comparison to December 2025" closing the sentence', () => {
    expect(changes('Imports shrank by 7,5%, in comparison to December 2025.')).toEqual([]);
  });
  it('keeps a change "comparing with January 2025", the year before (guard)', () => {
    expect(changes('Export grew by 4,2% comparing with January 2025.').map((r) => r.yoy_pct)).toEqual([4.2]);
  });
  it('keeps "Comparing with January 2025," opening the sentence, the year before (guard)', () => {
    expect(changes('Comparing with January 2025, export increased by 6,1%.').map((r) => r.yoy_pct)).toEqual([6.1]);
  });
});
