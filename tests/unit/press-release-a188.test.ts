/**
 * Rules of the second fixing round for b282 (reports of international bodies that quote many countries' trade): wholes of
 * many reporters that are no country's row. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const withYoy = (rows: ObservationDraft[], yoy: number) => rows.filter((r) => r.yoy_pct === yoy);
// A many-reporters head and a country's sentence before the sentence under test, so that a whole could take that country.
const report = (head: string, country: string, sentence: string) => `${head}\n\n${country} ${sentence}`;

describe('the body\'s own measure of many reporters\' trade is no row', () => {
  const head = 'GENEVA, 14 October - Goods trade kept growing in 2025, the World Trade Organization said in its half-year review.';
  const india = 'India\'s exports reached $220 billion in the first half of 2025, up 3 percent.';
  it('reads "The organisation\'s ... volume index ... stood N percent above"', () => {
    const rows = releaseRows(report(head, india, 'The organisation\'s merchandise trade volume index for the second quarter stood 3.1 percent above the same quarter of 2024.'), '2025-10-14');
    expect(withYoy(rows, 3.1)).toEqual([]);
  });
  it('reads an opening "According to UNCTAD\'s nowcast," before the change', () => {
    const rows = releaseRows(report(head, india, 'According to UNCTAD\'s nowcast, trade in goods expanded about 4.2 percent year on year in the first half of 2025.'), '2025-10-14');
    expect(withYoy(rows, 4.2)).toEqual([]);
  });
  it('reads "Measured by the Fund\'s ... gauge," as the measure of a whole', () => {
    const rows = releaseRows(report(head, india, 'Measured by the Fund\'s trade volume gauge, shipments were up 1.9 percent on a year earlier in the first half of 2025.'), '2025-10-14');
    expect(withYoy(rows, 1.9)).toEqual([]);
  });
  it('reads a barometer that "signalled growth of" N percent', () => {
    const rows = releaseRows(report(head, india, 'In the second quarter the WTO\'s goods trade barometer signalled growth of 2.4 percent from a year earlier.'), '2025-10-14');
    expect(withYoy(rows, 2.4)).toEqual([]);
  });
  it('reads the measure after a preposition ("Volumes in the Commission\'s export tracker were")', () => {
    const rows = releaseRows(report(head, india, 'Volumes in the Commission\'s export tracker were 5.5 percent higher in the first half of 2025 than a year before.'), '2025-10-14');
    expect(withYoy(rows, 5.5)).toEqual([]);
  });
  it('keeps a country\'s own volume index (near miss)', () => {
    const rows = releaseRows(report(head, india, 'Japan\'s export volume index rose 3.3 percent in the first half of 2025.'), '2025-10-14');
    expect(withYoy(rows, 3.3).map((r) => r.area)).toEqual(['Japan']);
  });
  it('keeps a country named after the body\'s measure (near miss)', () => {
    const rows = releaseRows(report(head, 'Germany\'s exports were flat in the first half of 2025.', 'UNCTAD\'s nowcast shows India\'s exports rose 6 percent in the first half of 2025.'), '2025-10-14');
    expect(withYoy(rows, 6).map((r) => r.area)).toEqual(['India']);
  });
});

describe('a region\'s adjective before a trade noun makes a whole of many reporters', () => {
  const head = 'SANTIAGO, 9 July - Latin American trade slowed in the first half of 2025, ECLAC said in a new report.';
  const chile = 'Chile\'s exports rose 5.1 percent in the first half of 2025.';
  it('reads "In volume terms, regional exports fell"', () => {
    const rows = releaseRows(report(head, chile, 'In volume terms, regional exports fell 7.2 percent in the first half of 2025.'), '2025-07-09');
    expect(withYoy(rows, -7.2)).toEqual([]);
  });
  it('reads "Continental imports rose" with a reporting clause after', () => {
    const rows = releaseRows(report(head, chile, 'Continental imports rose 3.4 percent in the first half of 2025, the commission said.'), '2025-07-09');
    expect(withYoy(rows, 3.4)).toEqual([]);
  });
  it('reads "Region-wide merchandise exports grew by"', () => {
    const rows = releaseRows(report(head, chile, 'Region-wide merchandise exports grew by 2.2 percent in the first half of 2025.'), '2025-07-09');
    expect(withYoy(rows, 2.2)).toEqual([]);
  });
  it('reads "Bloc-wide sales abroad were N percent lower"', () => {
    const rows = releaseRows(report(head, chile, 'Bloc-wide sales abroad were 6.1 percent lower in the first half of 2025 than a year earlier.'), '2025-07-09');
    expect(withYoy(rows, -6.1)).toEqual([]);
  });
  it('reads a whole with a reporting clause after ("Regional goods shipments slipped ..., the commission estimates")', () => {
    const rows = releaseRows(report(head, chile, 'Regional goods shipments slipped 1.5 percent in the first half of 2025, the commission estimates.'), '2025-07-09');
    expect(withYoy(rows, -1.5)).toEqual([]);
  });
  it('keeps a country\'s own regional trade (near miss)', () => {
    const rows = releaseRows(report(head, 'Brazil\'s imports were flat.', 'Peru\'s regional exports rose 4.4 percent in the first half of 2025.'), '2025-07-09');
    expect(withYoy(rows, 4.4).map((r) => r.area)).toEqual(['Peru']);
  });
  it('keeps a country\'s exports to regional markets (near miss)', () => {
    const rows = releaseRows(report(head, 'Brazil\'s imports were flat.', 'Peru\'s exports to regional markets rose 8.8 percent in the first half of 2025.'), '2025-07-09');
    expect(withYoy(rows, 8.8).map((r) => r.area)).toEqual(['Peru']);
  });
});

describe('trade among, between or across several groups of reporters is a whole', () => {
  const head = 'GENEVA, April 2 - World goods trade grew in 2024, the World Trade Organization said on Wednesday.';
  const country = 'Brazil\'s exports rose 2 percent in 2024, while Mexico\'s imports grew.';
  it('reads "trade between blocs of like-minded countries grew"', () => {
    const rows = releaseRows(report(head, country, 'Since the war in Ukraine began, trade between blocs of like-minded countries grew 4.5 percent more slowly than the rest in 2024.'), '2025-04-02');
    expect(withYoy(rows, 4.5)).toEqual([]);
  });
  it('reads three words before the group\'s noun ("between the five biggest Gulf economies")', () => {
    const rows = releaseRows(report(head, country, 'Imports between the five biggest Gulf economies rose 6.5 percent in 2024.'), '2025-04-02');
    expect(withYoy(rows, 6.5)).toEqual([]);
  });
  it('reads "across" rival blocs', () => {
    const rows = releaseRows(report(head, country, 'Commerce across rival geopolitical blocs contracted 2.3 percent in 2024.'), '2025-04-02');
    expect(withYoy(rows, -2.3)).toEqual([]);
  });
  it('reads flows "within regional groupings"', () => {
    const rows = releaseRows(report(head, country, 'Flows within regional groupings expanded 3.9 percent in 2024, the organisation estimated.'), '2025-04-02');
    expect(withYoy(rows, 3.9)).toEqual([]);
  });
  it('reads "across the developing countries" in a clause after a comma', () => {
    const rows = releaseRows(report(head, country, 'In 2024, shipments across the developing countries of Asia fell 1.1 percent.'), '2025-04-02');
    expect(withYoy(rows, -1.1)).toEqual([]);
  });
  it('keeps a country\'s trade with member countries (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Vietnam\'s trade with the member countries rose 7.7 percent in 2024.'), '2025-04-02');
    expect(withYoy(rows, 7.7).map((r) => r.area)).toEqual(['Vietnam']);
  });
  it('keeps a span of months opened by "Between" (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Between January and June 2024, Thailand\'s exports rose 4.4 percent.'), '2025-04-02');
    expect(withYoy(rows, 4.4).map((r) => r.area)).toEqual(['Thailand']);
  });
});

describe('a forum of many economies owning a trade noun is a whole of many reporters', () => {
  const head = 'PARIS, 20 February - Goods trade of the largest economies picked up in 2024, according to the OECD\'s annual trade statistics.';
  const country = 'Australia\'s exports rose 2 percent in 2024.';
  it('reads a forum\'s code before a goods noun ("Across the year, G7 goods exports slipped")', () => {
    const rows = releaseRows(report(head, country, 'Across the year, G7 goods exports slipped 2.7 percent.'), '2025-02-20');
    expect(withYoy(rows, -2.7)).toEqual([]);
  });
  it('reads a forum\'s possessive ("The G-20\'s imports were N percent higher")', () => {
    const rows = releaseRows(report(head, country, 'The G-20\'s imports were 4.1 percent higher in 2024 than in 2023.'), '2025-02-20');
    expect(withYoy(rows, 4.1)).toEqual([]);
  });
  it('reads the forum\'s economies as the owner ("In 2024, G-8 countries\' exports climbed")', () => {
    const rows = releaseRows(report(head, country, 'In 2024, G-8 countries\' exports climbed 6.3 percent, the organisation said.'), '2025-02-20');
    expect(withYoy(rows, 6.3)).toEqual([]);
  });
  it('reads an area adjective of the forum ("OECD-area merchandise imports fell")', () => {
    const rows = releaseRows(report(head, country, 'OECD-area merchandise imports fell 1.3 percent in 2024.'), '2025-02-20');
    expect(withYoy(rows, -1.3)).toEqual([]);
  });
  it('reads the forum\'s name in words after an opening comparison ("Group of Seven sales abroad were down")', () => {
    const rows = releaseRows(report(head, country, 'Compared with 2023, Group of Seven sales abroad were down 0.8 percent in 2024.'), '2025-02-20');
    expect(withYoy(rows, -0.8)).toEqual([]);
  });
  it('keeps a member in apposition to the forum (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Japan, a G7 member, saw its exports rise 3.6 percent in 2024.'), '2025-02-20');
    expect(withYoy(rows, 3.6).map((r) => r.area)).toEqual(['Japan']);
  });
  it('keeps a country\'s exports to the forum\'s partners (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Canada\'s exports to G7 partners rose 2.9 percent in 2024.'), '2025-02-20');
    expect(withYoy(rows, 2.9).map((r) => r.area)).toEqual(['Canada']);
  });
});

describe('a share of a bloc\'s trade among its members, with no country before it, is a whole', () => {
  const head = 'MOSCOW, 21 February - Trade among the union\'s members grew in 2024, the Eurasian Economic Commission said in its bulletin.';
  const country = 'Belarus exported $26 billion of goods to union partners in 2024.';
  const shares = (rows: ObservationDraft[], v: number) => rows.filter((r) => r.value === v && r.unit === 'percent-share');
  it('reads a good that "accounted for" N percent of mutual trade', () => {
    const rows = releaseRows(report(head, country, 'Mineral fuels accounted for 31.2 percent of mutual trade in 2024.'), '2025-02-21');
    expect(shares(rows, 31.2)).toEqual([]);
  });
  it('reads "a N percent share of the bloc\'s internal trade" after an opening phrase', () => {
    const rows = releaseRows(report(head, country, 'Within the union, machinery took a 22.5 percent share of the bloc\'s internal trade in 2024.'), '2025-02-21');
    expect(shares(rows, 22.5)).toEqual([]);
  });
  it('reads another verb and whole noun ("Metals comprised N percent of mutual deliveries")', () => {
    const rows = releaseRows(report(head, country, 'Metals comprised 14.8 percent of mutual deliveries in 2024.'), '2025-02-21');
    expect(shares(rows, 14.8)).toEqual([]);
  });
  it('reads a second share chained to the first ("followed by metals at N percent")', () => {
    const rows = releaseRows(report(head, country, 'Food products made up 16.4 percent of mutual trade in 2024, followed by metals at 11.7 percent.'), '2025-02-21');
    expect(shares(rows, 11.7)).toEqual([]);
  });
  it('reads the whole fronted ("Of the union\'s internal turnover, chemicals represented")', () => {
    const rows = releaseRows(report(head, country, 'Of the union\'s internal turnover, chemicals represented 9.6 percent in 2024.'), '2025-02-21');
    expect(shares(rows, 9.6)).toEqual([]);
  });
  it('keeps a member\'s own share of mutual trade (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Kazakhstan\'s trade with the other members rose to $29.9 billion, giving the country 19.7 percent of the union\'s internal trade.'), '2025-02-21');
    expect(shares(rows, 19.7).map((r) => r.area)).toEqual(['Kazakhstan']);
  });
  it('keeps a good\'s share of a member\'s exports to the union (near miss)', () => {
    const rows = releaseRows(report(head, country, 'Grain made up 35.5 percent of Russia\'s exports to the union in 2024.'), '2025-02-21');
    expect(shares(rows, 35.5).map((r) => r.area)).toEqual(['Russia']);
  });
});
