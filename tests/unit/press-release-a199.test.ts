/**
 * Fixing round a199 on b286 and b289 (leftovers) plus the lead's ruling on unhedged multiples of a dated base.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a headline on the trade in a region, named again in the lead, heads a report of many reporters: each subject country owns its figures', () => {
  it('reads "Trade in Africa" with "Merchandise trade in Africa" in the lead', () => {
    expect(areaOf("Trade in Africa: Quarterly monitor\n\nNairobi, 20 June 2025 -- Merchandise trade in Africa recovered in the first quarter, the secretariat said in its note.\n\nNigeria's exports rose 8 percent to US$ 14 billion in the quarter. Kenya, helped by tea and cut flowers, posted the fastest growth: shipments jumped 12.5 percent to US$ 2.1 billion.", '2025-06-20', 2.1e9)).toBe('Kenya');
  });
  it('reads "Goods trade across Latin America" with the lead saying it again', () => {
    expect(areaOf("Goods trade across Latin America: August bulletin\n\nSantiago, 2 September 2025. Goods trade across Latin America slowed in the second quarter, the bulletin shows.\n\nBrazil's imports fell 3 percent to US$ 62 billion. Chile, riding on copper prices, recorded the strongest rise: exports climbed 9.4 percent to US$ 26 billion.", '2025-09-02', 26e9)).toBe('Chile');
  });
  it('reads "Exports in Southeast Asia" with a subject closed off by an aside', () => {
    expect(areaOf("Exports in Southeast Asia: a monthly tracker\n\nSingapore, 15 May 2025 -- Exports in Southeast Asia stayed firm in April, the tracker finds.\n\nThailand's exports grew 4 percent to US$ 25 billion. Malaysia, on chip orders, led the region: shipments rose 11 percent to US$ 28 billion.", '2025-05-15', 28e9)).toBe('Malaysia');
  });
  it('reads "Merchandise trade in Europe" in a half-year review', () => {
    expect(areaOf("Merchandise trade in Europe: half-year review\n\nBrussels, 10 July 2025 -- Merchandise trade in Europe was flat in the first half, the review says.\n\nGermany's exports slipped 1 percent to EUR 790 billion. Poland, thanks to car parts, stood out: sales abroad rose 6 percent to EUR 190 billion.", '2025-07-10', 190e9)).toBe('Poland');
  });
  it('reads "Trade throughout Africa" with a later subject after an earlier one', () => {
    expect(areaOf("Trade throughout Africa: first-quarter brief\n\nAddis Ababa, 22 April 2025. Trade throughout Africa picked up in the first quarter, the brief says.\n\nEgypt's imports rose 5 percent to US$ 21 billion. Morocco, on the back of car sales, registered the biggest gain: exports rose 7 percent to US$ 11 billion.", '2025-04-22', 11e9)).toBe('Morocco');
  });
  it("keeps a country's own release whose lead mentions the region (near miss)", () => {
    expect(areaOf("Nigeria's trade in the first quarter\n\nAbuja, 20 June 2025 -- Merchandise trade in Africa recovered in the first quarter.\n\nNigeria's exports rose 8 percent to US$ 14 billion in the quarter. Kenya, helped by tea and cut flowers, posted the fastest growth: shipments jumped 12.5 percent to US$ 2.1 billion.", '2025-06-20', 2.1e9)).toBe('Nigeria');
  });
  it('keeps a region headline whose lead turns to one country (near miss)', () => {
    expect(areaOf("Trade in Latin America: a note\n\nSantiago, 2 September 2025. Brazil's imports fell 3 percent to US$ 62 billion in the second quarter.\n\nChile, riding on copper prices, recorded the strongest rise: exports climbed 9.4 percent to US$ 26 billion.", '2025-09-02', 26e9)).toBe('Brazil');
  });
});

describe("a department of commerce under another country's ministry or government in the masthead is not the US Commerce Department", () => {
  const yoyOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.yoy_pct;
  it('reads India\'s Department of Commerce under its ministry', () => {
    expect(yoyOf('GOVERNMENT OF INDIA\nMINISTRY OF COMMERCE & INDUSTRY\nDepartment of Commerce\n\nNew Delhi, 15 May 2025. Merchandise imports in April 2025 were USD 64.9 billion, up 19.1 per cent.', '2025-05-15', 64.9e9)).toBe(19.1);
  });
  it('reads a Department of Commerce under a government line in capitals', () => {
    expect(yoyOf('GOVERNMENT OF SRI LANKA\nMINISTRY OF TRADE\nDepartment of Commerce\n\nColombo, 20 March 2025. Exports of goods in February stood at USD 1.05 billion, up 4.2 per cent.', '2025-03-20', 1.05e9)).toBe(4.2);
  });
  it('reads a ministry with the department two lines below', () => {
    expect(yoyOf('MINISTRY OF COMMERCE AND INDUSTRY\nPRESS RELEASE\nDepartment of Commerce\n\nNew Delhi, 15 August 2025. Merchandise exports in July were USD 37.2 billion, growing 7.3 per cent.', '2025-08-15', 37.2e9)).toBe(7.3);
  });
  it('reads the department in a release on jute goods', () => {
    expect(yoyOf('GOVERNMENT OF BANGLADESH\nMINISTRY OF COMMERCE\nDepartment of Commerce\n\nDhaka, 12 June 2025. Jute goods exports in May totalled USD 81 million, rising 9 per cent.', '2025-06-12', 81e6)).toBe(9);
  });
  it('reads a department line after "Government of the Republic of ..."', () => {
    expect(yoyOf('GOVERNMENT OF THE REPUBLIC OF FIJI\nDepartment of Commerce\n\nSuva, 10 April 2025. Sugar exports in March came to FJD 22 million, down 6 per cent.', '2025-04-10', 22e6)).toBe(-6);
  });
  it('keeps the Department of Commerce quoted in the lead as comparing with the month before (near miss)', () => {
    expect(yoyOf('Washington, 5 June 2025. Exports of goods in April were $180.2 billion, down 2.1 percent, the Department of Commerce said.', '2025-06-05', 180.2e9)).toBe(null);
  });
  it('keeps the Department of Commerce under "Government of the United States" (near miss)', () => {
    expect(yoyOf('Government of the United States\nDepartment of Commerce\n\nWashington, 5 June 2025. Exports of goods in April were $180.2 billion, down 2.1 percent, the Department of Commerce said.', '2025-06-05', 180.2e9)).toBe(null);
  });
});

describe('an unhedged multiple in one word ("double", "triple") after a level, of a dated year-earlier base, is an exact change (the lead\'s ruling)', () => {
  const yoyOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.yoy_pct;
  it('reads "double the level a year ago" of a count of vehicles', () => {
    expect(tuples('BEIJING, Oct 14 -- Car exports reached 642,000 in September. Of these, new energy vehicles numbered 258,000, double the level a year ago.', '2026-10-14')).toContainEqual(['2026-09', '2026-09', 258000, 'vehicles', 100]);
  });
  it('reads "double last year\'s figure" of a value in dollars', () => {
    expect(yoyOf("SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, double last year's figure.", '2025-10-20', 1.9e9)).toBe(100);
  });
  it('reads "triple the volume of a year earlier" of a tonnage', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, triple the volume of a year earlier.', '2025-08-05', 410000)).toBe(200);
  });
  it('reads "treble the same period last year" of a count of trains', () => {
    expect(yoyOf('ALASHANKOU, Jul 3 -- Trains to Central Asia numbered 1,830 in the first half, treble the same period last year.', '2025-07-03', 1830)).toBe(200);
  });
  it('reads "quadruple the previous year\'s level" after a verb of level', () => {
    expect(yoyOf("LIMA, Jan 20 -- Blueberry exports to India rose to 12,400 tonnes in 2025, quadruple the previous year's level.", '2026-01-20', 12400)).toBe(300);
  });
  it('reads "double the figure for the same months of 2024" dated by its number', () => {
    expect(yoyOf('HANOI, Oct 2 -- Durian sales abroad came to $3.1 billion in January-September, double the figure for the same months of 2024.', '2025-10-02', 3.1e9)).toBe(100);
  });
  it('keeps a hedged "nearly double" no change (near miss)', () => {
    expect(yoyOf("SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, nearly double last year's figure.", '2025-10-20', 1.9e9)).toBeNull();
  });
  it('keeps "double the capacity" of an undated base no change (near miss)', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, double the capacity the smelter was built for.', '2025-08-05', 410000)).toBeNull();
  });
  it('keeps "more than triple" a year earlier no change (near miss)', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, more than triple the volume of a year earlier.', '2025-08-05', 410000)).toBeNull();
  });
});
