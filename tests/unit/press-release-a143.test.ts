/**
 * Rules widened in the fixing round for b267 (North America's and Oceania's agencies): each frame in several sentences of
 * our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => (r ? `${r.period_start}..${r.period_end}` : 'none');

describe('"gap" with what is traded before it, or after "in"/"on", is the trade deficit', () => {
  it('reads "the goods and services gap narrowed"', () => {
    const rows = releaseRows('WASHINGTON, April 4 (wire) - The goods and services gap narrowed 4.1% to $61.2 billion in March, the Commerce Department said.', '2026-05-04');
    expect(row(rows, -61.2e9)).toMatchObject({ flow: 'balance', period_start: '2026-03' });
  });
  it('reads "the gap in goods and services widened" after its month', () => {
    const rows = releaseRows('WASHINGTON, July 7 - In June the gap in goods and services widened to $75.3 billion, government data showed.', '2026-07-07');
    expect(row(rows, -75.3e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "the gap on merchandise trade shrank" in Canadian dollars', () => {
    const rows = releaseRows('OTTAWA, June 5 - The gap on merchandise trade shrank to C$1.2 billion in May, Statistics Canada said.', '2026-06-05');
    expect(row(rows, -1.2e9)).toMatchObject({ flow: 'balance', unit: 'CAD' });
  });
  it('reads "gap in bilateral trade with Japan" after a possessive', () => {
    const rows = releaseRows("WASHINGTON, Feb 7 - America's gap in bilateral trade with Japan widened to $68.5 billion in 2025, the bureau said.", '2026-02-07');
    expect(row(rows, -68.5e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "a goods and services gap of" as the noun of a passive sentence', () => {
    const rows = releaseRows('WASHINGTON, Feb 7 - A goods and services gap of $918 billion was recorded for 2025, down from the year before.', '2026-02-07');
    expect(row(rows, -918e9)).toMatchObject({ flow: 'balance' });
  });
  it('does not read a gap in skills as a trade balance (near miss)', () => {
    const rows = releaseRows('WASHINGTON, July 7 - A gap in skills cost manufacturers $3.4 billion in June, a survey found.', '2026-07-07');
    expect(rows.filter((r) => r.flow === 'balance')).toEqual([]);
  });
  it('does not read a price gap between grades as a trade balance (near miss)', () => {
    const rows = releaseRows('WASHINGTON, July 7 - The price gap between the two grades of crude was $4.10 a barrel in June.', '2026-07-07');
    expect(rows.filter((r) => r.flow === 'balance')).toEqual([]);
  });
});

describe('the period of an amount a figure passes dates that amount, not the sentence', () => {
  it('reads "topping the $845.0 billion of 2021" in a release on last year', () => {
    const rows = releaseRows("WASHINGTON, Feb 7 (wire) - America's trade deficit climbed to a record last year.\n\nThe goods deficit grew 12.2% to $948.1 billion, topping the $845.0 billion of 2021.", '2023-02-07');
    expect(span(row(rows, -948.1e9))).toBe('2022-01..2022-12');
    expect(span(row(rows, -845e9))).toBe('2021-01..2021-12');
  });
  it('reads "above the 1.25 million tonnes of 2024" after a pronoun subject', () => {
    const rows = releaseRows('CANBERRA, Feb 7 - Wheat exports grew strongly last year, the bureau said.\n\nThey rose 4% to 1.3 million tonnes, above the 1.25 million tonnes of 2024.', '2026-02-07');
    expect(span(row(rows, 1.3e6))).toBe('2025-01..2025-12');
    expect(span(row(rows, 1.25e6))).toBe('2024-01..2024-12');
  });
  it('reads "eclipsing the record $4.9 billion set in 2021"', () => {
    const rows = releaseRows('WELLINGTON, Feb 7 - Stats NZ released its figures for 2025 on Tuesday.\n\nThe annual goods surplus widened to $5.2 billion, eclipsing the record $4.9 billion set in 2021.', '2026-02-07');
    expect(span(row(rows, 5.2e9))).toBe('2025-01..2025-12');
    expect(span(row(rows, 4.9e9))).toBe('2021-01..2021-12');
  });
  it('reads "beating the $90.2 billion recorded in 2023"', () => {
    const rows = releaseRows("MEXICO CITY, Feb 7 - Mexico's trade with its northern neighbour grew again last year.\n\nImports from the United States reached $96 billion, beating the $90.2 billion recorded in 2023.", '2026-02-07');
    expect(span(row(rows, 96e9))).toBe('2025-01..2025-12');
    expect(span(row(rows, 90.2e9))).toBe('2023-01..2023-12');
  });
  it('dates "the previous November high of 3.41 million tons set in 2023" as November 2023', () => {
    const rows = releaseRows('BRASILIA, Dec 2 - China took 3.97 million tons of soybeans in November, above the previous November high of 3.41 million tons set in 2023.', '2026-12-02');
    expect(span(row(rows, 3.97e6))).toBe('2026-11..2026-11');
    expect(span(row(rows, 3.41e6))).toBe('2023-11..2023-11');
  });
  it('keeps the year of a round mark passed as the figure\'s own (near miss)', () => {
    const rows = releaseRows('CANBERRA, Feb 7 - Coal exports in 2025 topped the 300 million tonne mark, reaching 305 million tonnes.', '2026-02-07');
    expect(span(row(rows, 305e6))).toBe('2025-01..2025-12');
  });
  it('does not take the month after "beating what traders had expected" as a passed amount\'s (near miss)', () => {
    const rows = releaseRows('CANBERRA, Feb 7 - Exports rose 3% to 1.3 million tonnes in 2025, beating what traders had expected in January.', '2026-02-07');
    expect(span(row(rows, 1.3e6))).toBe('2025-01..2025-12');
  });
});

describe('"trade" that a balance is struck in, on or of names no flow of its own', () => {
  it('reads "the surplus in services trade"', () => {
    const rows = releaseRows('WASHINGTON, Feb 7 - The surplus in services trade was $243.7 billion in 2024, the bureau said.', '2025-02-07');
    expect(row(rows, 243.7e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "the deficit in its goods trade with Australia"', () => {
    const rows = releaseRows("WELLINGTON, Feb 7 - New Zealand's deficit in its goods trade with Australia was NZ$1.9 billion in 2024.", '2025-02-07');
    expect(row(rows, -1.9e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "surplus on its bilateral trade with China"', () => {
    const rows = releaseRows("CANBERRA, Feb 7 - Australia's surplus on its bilateral trade with China came to A$60 billion in 2024.", '2025-02-07');
    expect(row(rows, 60e9)).toMatchObject({ flow: 'balance' });
  });
  it("reads \"the deficit in America's foreign trade narrowed\"", () => {
    const rows = releaseRows("WASHINGTON, Feb 7 - The deficit in America's foreign trade narrowed to $780 billion in 2024.", '2025-02-07');
    expect(row(rows, -780e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "surplus in energy trade with the United States"', () => {
    const rows = releaseRows("OTTAWA, Feb 7 - Canada's surplus in energy trade with the United States reached C$120 billion in 2024.", '2025-02-07');
    expect(row(rows, 120e9)).toMatchObject({ flow: 'balance' });
  });
  it("reads \"the shortfall in Canada's merchandise trade\"", () => {
    const rows = releaseRows("OTTAWA, Feb 7 - The shortfall in Canada's merchandise trade came to C$5 billion in 2024.", '2025-02-07');
    expect(row(rows, -5e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps services trade with no balance noun before it as total trade (near miss)', () => {
    const rows = releaseRows('WASHINGTON, Feb 7 - Services trade rose to $1.9 trillion in 2024 while the surplus was little changed.', '2025-02-07');
    expect(row(rows, 1.9e12)).toMatchObject({ flow: 'total' });
  });
  it('keeps trade with a partner as total trade when the balance only follows it (near miss)', () => {
    const rows = releaseRows('TOKYO, Feb 7 - Trade with Japan rose to $40 billion in 2024, leaving the country in surplus.', '2025-02-07');
    expect(row(rows, 40e9)).toMatchObject({ flow: 'total' });
  });
});

describe('"the same N months of" a year after a rolling span is a year-on-year basis', () => {
  it('reads "up 12.8 percent on the same three months of 2022" before an agency', () => {
    const rows = releaseRows('CANBERRA, Jan. 11 -- Exports rose to 51.3 billion Australian dollars in the three months to November 2023, up 12.8 percent on the same three months of 2022, the Australian Bureau of Statistics said.', '2024-01-11');
    expect(row(rows, 51.3e9)).toMatchObject({ period_start: '2023-09', yoy_pct: 12.8 });
  });
  it('reads "down 4 percent on the same three months of 2024"', () => {
    const rows = releaseRows('OTTAWA, Sep 5 - Exports came to C$190 billion in the three months to August, down 4 percent on the same three months of 2024, Statistics Canada said.', '2025-09-05');
    expect(row(rows, 190e9)).toMatchObject({ yoy_pct: -4 });
  });
  it('reads "up 12 percent from the same six months of 2024"', () => {
    const rows = releaseRows('CANBERRA, Oct 5 - Beef exports were A$5.1 billion in the six months to September 2025, up 12 percent from the same six months of 2024, the Australian Bureau of Statistics reported.', '2025-10-05');
    expect(row(rows, 5.1e9)).toMatchObject({ period_start: '2025-04', yoy_pct: 12 });
  });
  it('reads "compared with the same three months of 2024" after "the three months ended"', () => {
    const rows = releaseRows('CANBERRA, Dec 5 - Coal exports totalled A$30 billion over the three months ended November, down 9 percent compared with the same three months of 2024, the Australian Bureau of Statistics said.', '2025-12-05');
    expect(row(rows, 30e9)).toMatchObject({ yoy_pct: -9 });
  });
  it('reads "6 percent above the same 2 months of 2024" with the count in digits', () => {
    const rows = releaseRows('OTTAWA, Aug 5 - Exports came to C$190 billion in the two months to June 2025, 6 percent above the same 2 months of 2024, Statistics Canada said.', '2025-08-05');
    expect(row(rows, 190e9)).toMatchObject({ yoy_pct: 6 });
  });
  it('does not read "on the previous three months" as year on year (near miss)', () => {
    const rows = releaseRows('CANBERRA, Jan. 11 -- Exports rose to 51.3 billion Australian dollars in the three months to November 2023, up 2.1 percent on the previous three months, the Australian Bureau of Statistics said.', '2024-01-11');
    expect(row(rows, 51.3e9)?.yoy_pct).toBeNull();
  });
  it('does not read "the same three months that saw" with no year as a basis (near miss)', () => {
    const rows = releaseRows('CANBERRA, Jan. 11 -- Exports rose 2.1 percent to 51.3 billion Australian dollars in the three months to November 2023, the same three months that saw coal prices slide, the Australian Bureau of Statistics said.', '2024-01-11');
    expect(row(rows, 51.3e9)?.yoy_pct).toBeNull();
  });
});

describe('a change named after its rate by any noun of rise or fall', () => {
  it('reads "a 14 percent lift on the previous year"', () => {
    const rows = releaseRows('WELLINGTON, March 10 -- Milk powder, butter and cheese earned $26.8 billion in the year ended February 2026, a 14 percent lift on the previous year.', '2026-03-10');
    expect(row(rows, 26.8e9)).toMatchObject({ yoy_pct: 14 });
  });
  it('reads "a 6 percent slip from the year before" as a fall', () => {
    const rows = releaseRows('WELLINGTON, March 10 -- Log exports came to $3.1 billion in the year ended February 2026, a 6 percent slip from the year before.', '2026-03-10');
    expect(row(rows, 3.1e9)).toMatchObject({ yoy_pct: -6 });
  });
  it('reads "a 40 per cent boost on 2024"', () => {
    const rows = releaseRows('CANBERRA, Feb 7 - Wine exports to China reached A$1.2 billion in 2025, a 40 per cent boost on 2024.', '2026-02-07');
    expect(row(rows, 1.2e9)).toMatchObject({ yoy_pct: 40 });
  });
  it('reads "an 11 percent uptick from a year earlier"', () => {
    const rows = releaseRows('OTTAWA, Feb 7 - Canola exports were C$9.8 billion in 2025, an 11 percent uptick from a year earlier, Statistics Canada said.', '2026-02-07');
    expect(row(rows, 9.8e9)).toMatchObject({ yoy_pct: 11 });
  });
  it('reads "marked a 4 percent retreat" as a fall', () => {
    const rows = releaseRows('MEXICO CITY, Feb 7 - Auto exports, at $180 billion in 2025, marked a 4 percent retreat from the year before.', '2026-02-07');
    expect(row(rows, 180e9)).toMatchObject({ yoy_pct: -4 });
  });
  it('reads "a 7 percent upturn on the previous year"', () => {
    const rows = releaseRows('WASHINGTON, Feb 7 - Soybean exports totalled $24 billion in 2025, a 7 percent upturn on the previous year.', '2026-02-07');
    expect(row(rows, 24e9)).toMatchObject({ yoy_pct: 7 });
  });
  it('does not read "a 34 percent slice of all goods exports" as a change (near miss)', () => {
    const rows = releaseRows('WELLINGTON, March 10 -- Dairy exports were $26.8 billion in the year ended February 2026, a 34 percent slice of all goods exports.', '2026-03-10');
    expect(row(rows, 26.8e9)?.yoy_pct).toBeNull();
  });
  it('does not read "a 14 percent share lifted the total" as a change (near miss)', () => {
    const rows = releaseRows("WELLINGTON, March 10 -- Dairy exports were $26.8 billion in the year ended February 2026; dairy's 14 percent share lifted the total.", '2026-03-10');
    expect(row(rows, 26.8e9)?.yoy_pct).toBeNull();
  });
});

describe('a time clause with a long object dates its event, not the figures', () => {
  it('reads "after Chinese customs revoked the licences of two big Canadian firms in March"', () => {
    const rows = releaseRows('OTTAWA - Canadian exports to China fell 15.9% in 2019 to $23.4 billion, Statistics Canada figures show. Canola exports plunged 69% to $1.1 billion after Chinese customs revoked the licences of two big Canadian firms in March.', '2020-02-05');
    expect(row(rows, 1.1e9)).toMatchObject({ period_start: '2019-01', period_end: '2019-12', yoy_pct: -69 });
  });
  it('reads "when Beijing suspended imports from three of the country\'s largest beef plants in May"', () => {
    const rows = releaseRows("CANBERRA - Australia's beef exports rose 9% in 2025 to A$14 billion. Shipments to China fell 20% to A$2.1 billion when Beijing suspended imports from three of the country's largest beef plants in May.", '2026-02-05');
    expect(span(row(rows, 2.1e9))).toBe('2025-01..2025-12');
  });
  it('reads "after Beijing lifted its ban on barley shipments from the big growers in August"', () => {
    const rows = releaseRows("CANBERRA - Australia's grain exports rose 9% in 2025 to A$40 billion. Barley sales to China jumped 30% to A$1.5 billion after Beijing lifted its ban on barley shipments from the big growers in August.", '2026-02-05');
    expect(span(row(rows, 1.5e9))).toBe('2025-01..2025-12');
  });
  it('reads "once the port reopened its berths for the larger bulk carriers from Saskatchewan in June"', () => {
    const rows = releaseRows('OTTAWA - Canadian exports rose 2% in 2025 to C$780 billion. Grain shipments climbed 8% to C$30 billion once the port reopened its berths for the larger bulk carriers from Saskatchewan in June.', '2026-02-05');
    expect(span(row(rows, 30e9))).toBe('2025-01..2025-12');
  });
  it('reads "after US inspectors resumed checks at all of the main crossings along the border in April"', () => {
    const rows = releaseRows('MEXICO CITY - Mexican exports rose 3% in 2025 to $640 billion. Fresh produce exports gained 6% to $21 billion after US inspectors resumed checks at all of the main crossings along the border in April.', '2026-02-05');
    expect(span(row(rows, 21e9))).toBe('2025-01..2025-12');
  });
  it('keeps a month written before the time clause as the figure\'s own (near miss)', () => {
    const rows = releaseRows('OTTAWA - Canadian exports to China fell 15.9% in 2019 to $23.4 billion. Canola exports reached $0.4 billion in March, after two big Canadian firms regained their licences.', '2020-02-05');
    expect(span(row(rows, 0.4e9))).toBe('2019-03..2019-03');
  });
  it('keeps the month before a "when" clause as the figure\'s own (near miss)', () => {
    const rows = releaseRows('OTTAWA - Canadian exports to China fell 15.9% in 2019 to $23.4 billion. Canola exports plunged 69% to $0.2 billion in March, when buyers in the south of the country held back.', '2020-02-05');
    expect(span(row(rows, 0.2e9))).toBe('2019-03..2019-03');
  });
});

describe('a paragraph opening on "the rise in exports" goes on with the month that rise was of', () => {
  const lead = 'WELLINGTON, June 20 - The annual goods trade deficit narrowed to $11.6 billion in the year ended May 2024, Stats NZ said.\n\n';
  const monthExports = 'In May 2024, goods exports rose 5.6 percent to $6.2 billion.\n\n';
  const monthImports = 'In May 2024, goods imports fell 11 percent to $6.3 billion.\n\n';
  it('reads "Dairy led the rise in exports"', () => {
    const rows = releaseRows(`${lead}${monthExports}Dairy led the rise in exports, up 15 percent to $1.7 billion.`, '2024-06-20');
    expect(span(row(rows, 1.7e9))).toBe('2024-05..2024-05');
  });
  it('reads "drove the fall in imports"', () => {
    const rows = releaseRows(`${lead}${monthImports}Lower fuel purchases drove the fall in imports, with crude oil down 32 percent to $0.4 billion.`, '2024-06-20');
    expect(span(row(rows, 0.4e9))).toBe('2024-05..2024-05');
  });
  it('reads "much of that increase in goods exports"', () => {
    const rows = releaseRows(`${lead}${monthExports}Meat made up much of that increase in goods exports, climbing 9 percent to $0.8 billion.`, '2024-06-20');
    expect(span(row(rows, 0.8e9))).toBe('2024-05..2024-05');
  });
  it('reads "a third of the gain in exports"', () => {
    const rows = releaseRows(`${lead}${monthExports}Kiwifruit accounted for a third of the gain in exports, reaching $0.6 billion, up 25 percent.`, '2024-06-20');
    expect(span(row(rows, 0.6e9))).toBe('2024-05..2024-05');
  });
  it('reads "Behind this drop in imports"', () => {
    const rows = releaseRows(`${lead}${monthImports}Behind this drop in imports were vehicles, down 20 percent to $0.5 billion.`, '2024-06-20');
    expect(span(row(rows, 0.5e9))).toBe('2024-05..2024-05');
  });
  it('goes back to the year when the paragraph points back to nothing (near miss)', () => {
    const rows = releaseRows(`${lead}${monthExports}Dairy exports rose 15 percent to $1.7 billion.`, '2024-06-20');
    expect(span(row(rows, 1.7e9))).toBe('2023-06..2024-05');
  });
  it('keeps a change given its own span as that span\'s (near miss)', () => {
    const rows = releaseRows(`${lead}${monthExports}Dairy led the rise in exports over the year ended May 2024, up 15 percent to $20.1 billion.`, '2024-06-20');
    expect(span(row(rows, 20.1e9))).toBe('2023-06..2024-05');
  });
});

describe('the economy or investment naming a body is who reports, not the subject', () => {
  const mexico = "MEXICO CITY - Mexico's trade deficit narrowed to $5.46 billion in 2023. ";
  it('reads "A separate Economy Ministry tally put them at"', () => {
    const rows = releaseRows(`${mexico}Imports from China remained a sore point. A separate Economy Ministry tally put them at nearly $115 billion for January through November.`, '2024-01-12');
    expect(row(rows, 115e9)).toMatchObject({ flow: 'import', period_start: '2023-01', period_end: '2023-11' });
  });
  it('reads "The Ministry of Economy estimated them at"', () => {
    const rows = releaseRows(`${mexico}Imports from China kept rising. The Ministry of Economy estimated them at $115 billion for January through November.`, '2024-01-12');
    expect(row(rows, 115e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "The economy minister told reporters they came to"', () => {
    const rows = releaseRows(`${mexico}Imports from China kept rising. The economy minister told reporters they came to about $115 billion for January through November.`, '2024-01-12');
    expect(row(rows, 115e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "Figures from the Economy Department put them at"', () => {
    const rows = releaseRows("ASTANA - Kazakhstan's exports rose in 2023. Imports of machinery kept growing. Figures from the Economy Department put them at $21 billion for the year.", '2024-01-12');
    expect(row(rows, 21e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "The Board of Investment put them at"', () => {
    const rows = releaseRows("BANGKOK - Thailand's exports rose in 2023. Imports of machinery kept growing. The Board of Investment put them at $21 billion for the year.", '2024-01-12');
    expect(row(rows, 21e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "The Ministry of Planning and Investment put them at"', () => {
    const rows = releaseRows("HANOI - Vietnam's exports rose in 2023. Imports of electronics kept growing. The Ministry of Planning and Investment put them at $90 billion for the year.", '2024-01-12');
    expect(row(rows, 90e9)).toMatchObject({ flow: 'import' });
  });
  it('still reads the economy growing as no trade figure (near miss)', () => {
    const rows = releaseRows(`${mexico}The economy grew 3.2% to $1.8 trillion in 2023.`, '2024-01-12');
    expect(row(rows, 1.8e12)).toBeUndefined();
  });
  it('still reads investment in plants as no trade figure (near miss)', () => {
    const rows = releaseRows(`${mexico}Investment in the northern plants reached $36 billion for the year.`, '2024-01-12');
    expect(row(rows, 36e9)).toBeUndefined();
  });
});
