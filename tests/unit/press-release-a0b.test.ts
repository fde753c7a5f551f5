/**
 * Issue 9, part a0b: messy web text as blind batch b112 met it (helper fix112, 2026-12-04): a period pointed back to as
 * "the whole quarter", flattened tables with space-grouped thousands under a wire's or a statistics office's caption,
 * labelled bullets, goods named by their origin country, a pronoun as a clause's subject, and a firm ranked first.
 * Every text is written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('"over the whole quarter" points back to the quarter stated before', () => {
  const text = (span: string) => `Vietnam's exports reached 98.2 billion US dollars in the first quarter of 2026, up 11.4 percent year on year, the customs department said.

In March alone, exports rose 13.1 percent. ${span}, textile shipments grew 6.5 percent to 9.8 billion US dollars.`;

  it.each([['Over the whole quarter'], ['For the full quarter'], ['During the entire quarter']])('dates the figure after "%s" January to March, not March', (span) => {
    const got = rows(text(span), '2026-04-09');
    expect(got.filter((r) => r[2] === 9_800_000_000).map((r) => [r[0], r[1], r[4]])).toEqual([['2026-01', '2026-03', 6.5]]);
  });
});

describe('a wire\'s flattened table under an angle-bracketed title and a unit caption with "%"', () => {
  const table = `Thai exports grow for a fifth month

BANGKOK, Nov. 5 -- Thailand's exports grew for a fifth straight month in October, the commerce ministry said on Thursday.

Outbound shipments rose 4.1 percent on-year to US$42.94 billion last month, while imports gained 2.5 percent.

<Monthly trade> (Unit: US$ million, %)
Item Oct. 2025 Oct. 2026 Change
Exports 41 250 42 941 4.1
Imports 35 118 36 002 2.5
Balance 6 132 6 939 -`;

  it('reads both columns of each row, the year-earlier one as a dated base', () => {
    const got = rows(table, '2026-11-05');
    expect(got).toContainEqual(['2025-10', '2025-10', 41_250_000_000, 'USD', null, 'Thailand', 'World', 'export']);
    expect(got).toContainEqual(['2026-10', '2026-10', 36_002_000_000, 'USD', 2.5, 'Thailand', 'World', 'import']);
  });

  it('reads a row whose change cell is a dash: its two levels, no change', () => {
    const got = rows(table, '2026-11-05').filter((r) => r[7] === 'balance');
    expect(got.map((r) => [r[0], r[2], r[4]])).toEqual([
      ['2025-10', 6_132_000_000, null],
      ['2026-10', 6_939_000_000, null],
    ]);
  });

  it('takes the prose figure the table gives in more digits, single-spaced, as the table\'s figure rounded', () => {
    const got = rows(table, '2026-11-05').filter((r) => r[0] === '2026-10' && r[7] === 'export');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[42_941_000_000, 4.1]]);
  });
});

describe('a statistics office\'s caption on the bloc\'s trade with the rest of the world ("Extra-EU trade")', () => {
  const text = `The European Union's exports of goods to the rest of the world came to €221.0 bn in June 2026, up 1.1% compared with June 2025, Eurostat said.

First half of 2026
Extra-EU trade, € bn Jan-Jun 2025 Jan-Jun 2026 Growth
Exports 1 301.4 1 327.5 2.0%
Imports 1 190.2 1 182.9 -0.6%`;

  it('reads the rows as the bloc\'s exports and imports of each half', () => {
    const got = rows(text, '2026-08-14').filter((r) => String(r[0]).endsWith('-01'));
    expect(got).toEqual([
      ['2025-01', '2025-06', 1_301_400_000_000, 'EUR', null, 'European Union', 'World', 'export'],
      ['2026-01', '2026-06', 1_327_500_000_000, 'EUR', 2, 'European Union', 'World', 'export'],
      ['2025-01', '2025-06', 1_190_200_000_000, 'EUR', null, 'European Union', 'World', 'import'],
      ['2026-01', '2026-06', 1_182_900_000_000, 'EUR', -0.6, 'European Union', 'World', 'import'],
    ]);
  });
});

describe('a bulleted count whose label carries a bracketed gloss', () => {
  const text = `Freight trains between China and Central Asia made 8,102 trips in the first half of 2026, up 5.5 percent year on year, the railway operator said.

Highlights (January-June):
- Trips: 8,102, up 5.5%
- Outbound trips (China to Central Asia): 4,460
- Return trips (Central Asia to China): 3,642, up 2.0%`;

  it('counts the label\'s noun for the bare number after the colon', () => {
    const got = rows(text, '2026-07-06').filter((r) => r[7] !== 'total');
    expect(got.map((r) => [r[0], r[1], r[2], r[3], r[4], r[7]])).toEqual([
      ['2026-01', '2026-06', 4460, 'trains', null, 'export'],
      ['2026-01', '2026-06', 3642, 'trains', 2, 'import'],
    ]);
  });

  it('reads no count from a label whose bracket gives the unit instead of a route', () => {
    const text = `Cargo through the land port grew 8.2 percent in June, the port authority said.\n\n- Trucks (tonnes): 12,000`;
    expect(rows(text, '2026-07-06').filter((r) => r[2] === 12_000 && r[3] === 'vehicles')).toEqual([]);
  });
});

describe('goods shipped, named by a foreign country, came from it', () => {
  it.each([
    ['Shipments of U.S. sorghum dropped to 520,000 tons in April.', 520_000],
    ['Cargoes of US sorghum fell to 480,000 tons in April.', 480_000],
  ])('reads "%s" as China\'s imports from the United States', (sentence, value) => {
    const text = `China's sorghum imports fell 12% in April from a year earlier, customs data showed on Friday. ${sentence}`;
    const got = rows(text, '2026-05-22').filter((r) => r[2] === value);
    expect(got.map((r) => [r[0], r[5], r[6], r[7]])).toEqual([['2026-04', 'China', 'United States', 'import']]);
  });
});

describe('a clause whose subject is a pronoun counts what the sentence counted', () => {
  it.each([
    ['they totaled 1.3 million', 1_300_000],
    ['these came to 470,000', 470_000],
  ])('reads "%s" in the units of the count before it', (clause, value) => {
    const text = `Electric car exports reached 180,000 units in March, up 40 percent from a year earlier; in the first quarter, ${clause}, up 35 percent.`;
    const got = rows(text, '2026-04-12').filter((r) => r[0] === '2026-01');
    expect(got.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([['2026-03', value, 'vehicles', 35]]);
  });
});

describe('a firm ranked the top exporter gives its own shipments, no trade of a place', () => {
  it('reads no row from the firm\'s shipments', () => {
    const text = `China exported 650,000 vehicles in September, up 12 percent year on year. BYD remained the largest exporter, shipping 110,000 units overseas in the month.`;
    expect(rows(text, '2026-10-12').map((r) => r[2])).toEqual([650_000]);
  });

  it('keeps a country ranked the top supplier as a partner', () => {
    const text = `China imported 9.1 million tonnes of crude oil in May, customs data showed. Russia remained the top supplier, shipping 2.2 million tonnes.`;
    expect(rows(text, '2026-06-20').map((r) => [r[2], r[6]])).toContainEqual([2_200_000, 'Russia']);
  });
});
