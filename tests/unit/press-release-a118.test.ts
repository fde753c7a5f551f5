/**
 * Rules widened in the fixing round for b247 (other countries' own trade in their own currencies and calendars): each
 * phenomenon in several frames of our own, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const valued = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => (r ? [r.period_start, r.period_end] : null);

describe('two days each written with its own year span the months they fall in', () => {
  it('reads an Iranian year glossed in Gregorian days, with a dash', () => {
    const rows = releaseRows('TEHRAN - Non-oil imports came to $41.3 billion in the first 11 months of the current Iranian year (March 21, 2025 - February 19, 2026), customs said.', '2026-02-24');
    expect(span(valued(rows, 41.3e9))).toEqual(['2025-03', '2026-02']);
  });
  it('reads "between 8 July 2025 and 7 January 2026" with the day first', () => {
    const rows = releaseRows('KATHMANDU - Between 8 July 2025 and 7 January 2026, the country bought goods worth 4.2 billion dollars abroad, the department said.', '2026-01-20');
    expect(span(valued(rows, 4.2e9))).toEqual(['2025-07', '2026-01']);
  });
  it('reads "from Sept. 11, 2025 to Jan. 9, 2026" with abbreviated months opening the sentence', () => {
    const rows = releaseRows('ADDIS ABABA - From Sept. 11, 2025 to Jan. 9, 2026, coffee shipments earned 612 million dollars, the authority reported.', '2026-01-15');
    expect(span(valued(rows, 612e6))).toEqual(['2025-09', '2026-01']);
  });
  it('reads "through" between the days, the span after the amount', () => {
    const rows = releaseRows('KABUL - Imports totalled $5.2 billion from December 22, 2024 through September 21, 2025, the ministry said.', '2025-10-02');
    expect(span(valued(rows, 5.2e9))).toEqual(['2024-12', '2025-09']);
  });
  it('reads an en dash between two days of one year', () => {
    const rows = releaseRows('ADDIS ABABA - Export earnings for the period 8 July 2025 – 7 December 2025 stood at 1.6 billion dollars, officials said.', '2025-12-20');
    expect(span(valued(rows, 1.6e9))).toEqual(['2025-07', '2025-12']);
  });
  it('does not make a span of two dates each with its own verb (near miss)', () => {
    const rows = releaseRows('CAIRO, Feb. 10 - Exports reached $3.1 billion in January, after a deal signed on March 21, 2019 and revised on February 19, 2023.', '2026-02-10');
    expect(span(valued(rows, 3.1e9))).toEqual(['2026-01', '2026-01']);
  });
  it('does not read days years apart as the figures\' span (near miss)', () => {
    const rows = releaseRows('CAIRO, Feb. 10 - Exports reached $3.1 billion in January; the tariff schedule in force from March 1, 2019 to February 28, 2023 no longer applies.', '2026-02-10');
    expect(span(valued(rows, 3.1e9))).toEqual(['2026-01', '2026-01']);
  });
});

describe('a partner\'s participle of buying or supplying, opening its clause or joined by a conjunction', () => {
  const flows = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.flow]);
  it('reads "buying ... while supplying ..." after the partner', () => {
    const rows = releaseRows('BUENOS AIRES, Sept 20 - China followed, buying Argentine goods worth US$ 412 million while supplying US$ 1,380 million.', '2023-09-20');
    expect(flows(rows)).toEqual([[412e6, 'export'], [1380e6, 'import']]);
  });
  it('reads "purchasing ... and supplying ..." with the goods after the amount', () => {
    const rows = releaseRows('NAIROBI, May 4 - India came next, purchasing $230 million of Kenyan tea and supplying $1.9 billion in goods.', '2026-05-04');
    expect(flows(rows)).toEqual([[230e6, 'export'], [1.9e9, 'import']]);
  });
  it('reads a relative clause, "which kept buying"', () => {
    const rows = releaseRows('NAIROBI, May 4 - Second came the Netherlands, which kept buying cut flowers worth 310 million dollars.', '2026-05-04');
    expect(flows(rows)).toEqual([[310e6, 'export']]);
  });
  it('reads "taking in" and "whilst selling"', () => {
    const rows = releaseRows('ASUNCION, May 4 - Brazil ranked third, taking in US$ 640 million worth of Paraguayan soybeans, whilst selling it goods worth US$ 2.1 billion.', '2026-05-04');
    expect(flows(rows)).toEqual([[640e6, 'export'], [2.1e9, 'import']]);
  });
  it('reads "and shipping" after a partner\'s purchases', () => {
    const rows = releaseRows('LIMA, May 4 - The United States was second, buying US$ 1,020 million of Peruvian goods and shipping US$ 980 million.', '2026-05-04');
    expect(flows(rows)).toEqual([[1020e6, 'export'], [980e6, 'import']]);
  });
  it('does not read a partner "taking" a share of the total as buying (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Trade rose 3.6 percent. ASEAN stayed the largest trading partner, taking 16.7 percent of the total.', '2026-11-07');
    expect(valued(rows, 16.7)?.flow).not.toBe('export');
  });
  it('does not read goods bought "from" a partner named after the amount as the partner\'s buying (near miss)', () => {
    const rows = releaseRows('BUENOS AIRES, Sept 20 - Local importers were buying machinery worth US$ 300 million from China.', '2023-09-20');
    expect(valued(rows, 300e6)?.flow).not.toBe('export');
  });
});

describe('local currency signs of Latin American and East African offices', () => {
  const units = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit]);
  it('reads Peru\'s "S/" spaced before millions', () => {
    expect(units(releaseRows('LIMA, Aug 15 - Expressed in soles, the surplus amounted to S/ 37,640 million in the first half.', '2026-08-15'))).toEqual([[37640e6, 'PEN']]);
  });
  it('reads the older "S/." before billions', () => {
    expect(units(releaseRows('LIMA, Aug 15 - Exports reached S/. 22.1 billion in June, the bank said.', '2026-08-15'))).toEqual([[22.1e9, 'PEN']]);
  });
  it('reads Tanzania\'s "TSh" and Uganda\'s "USh"', () => {
    expect(units(releaseRows('DAR ES SALAAM, Aug 15 - Exports reached TSh 2.1 trillion in June, while imports from Uganda came to USh 3.4 trillion.', '2026-08-15'))).toEqual([[2.1e12, 'TZS'], [3.4e12, 'UGX']]);
  });
  it('reads Paraguay\'s "₲" in a figure of imports', () => {
    expect(units(releaseRows('ASUNCION, Aug 15 - Imports climbed to ₲ 5,300 billion in June.', '2026-08-15'))).toEqual([[5300e9, 'PYG']]);
  });
  it('reads Costa Rica\'s "₡" glued to the amount', () => {
    expect(units(releaseRows('SAN JOSE, Aug 15 - The country sold goods worth ₡1.2 trillion abroad in June.', '2026-08-15'))).toEqual([[1.2e12, 'CRC']]);
  });
  it('does not read an exchange rate of "S/ 3.72" per dollar as soles traded (near miss)', () => {
    const rows = releaseRows('LIMA, Aug 15 - Exports reached US$ 5,912 million in June, with the dollar at S/ 3.72.', '2026-08-15');
    expect(rows.some((r) => r.unit === 'PEN')).toBe(false);
  });
  it('does not read "S/" inside a slashed code as soles (near miss)', () => {
    const rows = releaseRows('LIMA, Aug 15 - Exports under heading US/S/ 12 million were not counted; exports reached US$ 5,912 million in June.', '2026-08-15');
    expect(rows.some((r) => r.unit === 'PEN')).toBe(false);
  });
});

describe('one flow measured against the other by a verb of covering is the coverage ratio', () => {
  const shares = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'percent-share');
  it('drops "Exports covered 75.7 percent of imports"', () => {
    expect(shares(releaseRows('ANKARA, Feb 3 - Imports rose to $30.9 billion in January. Exports covered 75.7 percent of imports.', '2026-02-03'))).toEqual([]);
  });
  it('drops "which paid for 61% of the import bill" in a relative clause', () => {
    expect(shares(releaseRows('NAIROBI, May 4 - Exports, which paid for 61% of the import bill, rose 4% to $2 billion in March.', '2026-05-04'))).toEqual([]);
  });
  it('drops "were equal to 82 per cent of the country\'s imports"', () => {
    expect(shares(releaseRows('RABAT, May 4 - In March, shipments abroad were equal to 82 per cent of the country\'s imports.', '2026-05-04'))).toEqual([]);
  });
  it('drops "Exports financed 54.2% of imports"', () => {
    expect(shares(releaseRows('TUNIS, May 4 - Exports financed 54.2% of imports in March.', '2026-05-04'))).toEqual([]);
  });
  it('drops a participle clause, "covering some 40% of purchases from abroad"', () => {
    expect(shares(releaseRows('ALGIERS, May 4 - Exports rose 4% to $2 billion in March, covering some 40% of purchases from abroad.', '2026-05-04'))).toEqual([]);
  });
  it('drops "Sales abroad matched 68 percent of the import bill"', () => {
    expect(shares(releaseRows('ANKARA, May 4 - Sales abroad matched 68 percent of the import bill in March.', '2026-05-04'))).toEqual([]);
  });
  it('keeps a partner\'s part of the same flow, "covered 30 percent of exports" (near miss)', () => {
    expect(shares(releaseRows('ANKARA, May 4 - Exports to Germany covered 30 percent of exports in March.', '2026-05-04')).map((r) => r.value)).toEqual([30]);
  });
  it('keeps the growth of goods "covered by the agreement" (near miss)', () => {
    const rows = releaseRows('ANKARA, May 4 - Exports of goods covered by the agreement rose 12% in March.', '2026-05-04');
    expect(rows.map((r) => r.yoy_pct)).toEqual([12]);
  });
});

describe('"the preceding (fiscal) year" is the year before, as "the previous year" is', () => {
  const fy = 'ADDIS ABABA, July 14 - Exports came to 2.99 billion dollars in the 2019/20 fiscal year';
  it('dates an amount "earned in the preceding fiscal year" after "higher than the"', () => {
    const rows = releaseRows(`${fy}. The income was 12 percent higher than the 2.67 billion dollars earned in the preceding fiscal year.`, '2020-07-14');
    expect(span(valued(rows, 2.67e9))).toEqual(['2018-07', '2019-06']);
  });
  it('dates a base after "up from" and "in the preceding fiscal year"', () => {
    const rows = releaseRows(`${fy}, up from 2.67 billion dollars in the preceding fiscal year.`, '2020-07-14');
    expect(span(valued(rows, 2.67e9))).toEqual(['2018-07', '2019-06']);
  });
  it('dates a calendar year\'s base "compared with ... in the preceding year"', () => {
    const rows = releaseRows('LUSAKA, Feb 10 - Copper exports totalled $9.8 billion in 2025, compared with $8.1 billion in the preceding year.', '2026-02-10');
    expect(span(valued(rows, 8.1e9))).toEqual(['2024-01', '2024-12']);
  });
  it('dates a subject "in the same period of the preceding year" before its verb', () => {
    const rows = releaseRows('LUSAKA, Feb 10 - Exports reached $2.4 billion in January. Exports in the same period of the preceding year were $2.0 billion.', '2026-02-10');
    expect(span(valued(rows, 2.0e9))).toEqual(['2025-01', '2025-01']);
  });
  it('dates a base "against ... in the same month of the preceding year"', () => {
    const rows = releaseRows('LUSAKA, Feb 10 - Exports reached $2.4 billion in January, against $2.0 billion in the same month of the preceding year.', '2026-02-10');
    expect(span(valued(rows, 2.0e9))).toEqual(['2025-01', '2025-01']);
  });
  it('does not date "the preceding quarter" a year before (near miss)', () => {
    const rows = releaseRows('LUSAKA, Feb 10 - Exports reached $7.1 billion in the fourth quarter of 2025, up from $6.5 billion in the preceding quarter.', '2026-02-10');
    expect(span(valued(rows, 6.5e9))).not.toEqual(['2024-10', '2024-12']);
  });
  it('does not date "the preceding month" a year before (near miss)', () => {
    const rows = releaseRows('LUSAKA, Feb 10 - Exports reached $2.4 billion in January, up from $2.2 billion the preceding month.', '2026-02-10');
    expect(span(valued(rows, 2.2e9))).not.toEqual(['2025-01', '2025-01']);
  });
});

describe('items of a list, each with its scaled amount, share the unit the last one names', () => {
  const tonnage = 'ADDIS ABABA, July 14 - Exports of 26,000 tonnes were recorded in June';
  it('reads "followed by gold at 563 million and khat at 442 million dollars" after a tonnage', () => {
    const rows = releaseRows(`${tonnage}, followed by gold at 563 million and khat at 442 million dollars.`, '2026-07-14');
    expect(levelTuple(valued(rows, 563e6)!)).toEqual(['2026-06', '2026-06', 563e6, 'USD', null]);
  });
  it('reads three places "at" their amounts, the unit after the last', () => {
    const rows = releaseRows('KAMPALA, July 14 - Maize exports reached 410,000 tonnes in June, with Kenya at 120 million, Rwanda at 95 million and Burundi at 40 million dollars.', '2026-07-14');
    expect(valued(rows, 120e6)?.unit).toBe('USD');
    expect(valued(rows, 95e6)?.unit).toBe('USD');
  });
  it('reads items with their amounts in brackets, the unit inside the last', () => {
    const rows = releaseRows('ADDIS ABABA, July 14 - Coffee shipments of 26,000 tonnes led in June; gold (563 million) and khat (442 million dollars) came next.', '2026-07-14');
    expect(valued(rows, 563e6)?.unit).toBe('USD');
  });
  it('reads items joined by "with" and a hedge', () => {
    const rows = releaseRows('ACCRA, July 14 - Cocoa exports were 52,000 tonnes in June, gold with about 1.9 billion and oil with 700 million cedis.', '2026-07-14');
    expect(valued(rows, 1.9e9)?.unit).toBe('GHS');
  });
  it('reads a list of quantities after money, the tonnes named last', () => {
    const rows = releaseRows('DURBAN, July 14 - The port handled goods worth $4 billion in June, with coal at 12 million and iron ore at 9 million tonnes.', '2026-07-14');
    expect(valued(rows, 12e6)?.unit).toBe('tonnes');
  });
  it('does not give a unit to an amount whose list names none (near miss)', () => {
    const rows = releaseRows(`${tonnage}, followed by gold at 563 million and khat at 442 million.`, '2026-07-14');
    expect(valued(rows, 563e6)).toBeUndefined();
  });
  it('does not read amounts dated by months as named items (near miss)', () => {
    const rows = releaseRows(`${tonnage}, after 563 million in May and 442 million dollars in April.`, '2026-07-14');
    expect(valued(rows, 563e6)).toBeUndefined();
  });
});

describe('the goods money was earned from, after "from", are no base of the money', () => {
  const lead = 'ADDIS ABABA, July 14 - Exports reached 2.99 billion dollars in the 2019/20 fiscal year.';
  const tonnes = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'tonnes').map((r) => r.value);
  it('reads "led the list with 854 million dollars from 264,000 tonnes shipped abroad"', () => {
    expect(tonnes(releaseRows(`${lead} Coffee led the list with 854 million dollars from 264,000 tonnes shipped abroad.`, '2020-07-14'))).toEqual([264000]);
  });
  it('reads "earned $310 million from 190,000 tons"', () => {
    expect(tonnes(releaseRows(`${lead} Sesame earned $310 million from 190,000 tons.`, '2020-07-14'))).toEqual([190000]);
  });
  it('reads "generated ... from some 60,000 tonnes" with a hedge', () => {
    expect(tonnes(releaseRows(`${lead} Khat exports generated 442 million dollars from some 60,000 tonnes.`, '2020-07-14'))).toEqual([60000]);
  });
  it('reads "brought ... from 70,000 tonnes sold abroad"', () => {
    expect(tonnes(releaseRows(`${lead} Cotton brought 120 million dollars from 70,000 tonnes sold abroad.`, '2020-07-14'))).toEqual([70000]);
  });
  it('reads an aside, "Gold, at 563 million dollars from 12.4 tonnes, came second"', () => {
    expect(tonnes(releaseRows(`${lead} Gold, at 563 million dollars from 12.4 tonnes, came second.`, '2020-07-14'))).toEqual([12.4]);
  });
  it('keeps a base of the same measure a base: "to 264,000 tonnes from 250,000 tonnes" (near miss)', () => {
    expect(tonnes(releaseRows('NAIROBI, May 4 - Tea exports rose to 264,000 tonnes in April from 250,000 tonnes.', '2026-05-04'))).toEqual([264000]);
  });
  it('keeps money after money a base: "to $854 million from $790 million" (near miss)', () => {
    const rows = releaseRows('NAIROBI, May 4 - Tea exports rose to $854 million in April from $790 million.', '2026-05-04');
    expect(rows.map((r) => r.value)).toEqual([854e6]);
  });
});

describe('national (domestic-origin) exports are a breakdown of their own, not the non-oil total', () => {
  const level = 'RIYADH - Non-oil exports reached SR24.6 billion in April 2025.';
  const levelYoy = (rows: ObservationDraft[]) => valued(rows, 24.6e9)?.yoy_pct;
  it('does not give "National non-oil exports, which exclude re-exports" growth to the non-oil level', () => {
    expect(levelYoy(releaseRows(`${level} National non-oil exports, which exclude re-exports, edged down 0.8 percent.`, '2025-06-26'))).toBeNull();
  });
  it('reads "Domestic non-oil exports" as their own series', () => {
    expect(levelYoy(releaseRows(`${level} Domestic non-oil exports edged down 0.8 percent.`, '2025-06-26'))).toBeNull();
  });
  it('reads "Saudi national non-oil exports" after a place adjective', () => {
    expect(levelYoy(releaseRows(`${level} Saudi national non-oil exports edged down 0.8 percent.`, '2025-06-26'))).toBeNull();
  });
  it('reads "The kingdom\'s national non-oil exports were down"', () => {
    expect(levelYoy(releaseRows(`${level} The kingdom's national non-oil exports were down 0.8 percent.`, '2025-06-26'))).toBeNull();
  });
  it('reads "In April, domestic non-oil exports dipped" after an opening period', () => {
    expect(levelYoy(releaseRows(`${level} In April, domestic non-oil exports dipped 0.8 percent.`, '2025-06-26'))).toBeNull();
  });
  it('still gives "Non-oil exports rose" after the level to that level (near miss)', () => {
    expect(levelYoy(releaseRows(`${level} Non-oil exports were up 0.8 percent.`, '2025-06-26'))).toBe(0.8);
  });
  it('makes no breakdown of "the national statistics authority" (near miss)', () => {
    const rows = releaseRows('RIYADH - Non-oil exports reached SR24.6 billion in April 2025, the national statistics authority said.', '2025-06-26');
    expect(valued(rows, 24.6e9)?.breakdown).toBe('');
  });
});
