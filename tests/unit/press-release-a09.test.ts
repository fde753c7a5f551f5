/**
 * Issue 9, part a09: the corpus's older misses, second round (helper fixold2, 2026-12-04). Each text is written here in
 * our own words; each rule's test was checked to fail with the rule taken out.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string, options = {}) => releaseRows(text, published, options).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
const page = (body: string) => `<!DOCTYPE html><html><head><title>Statistical office</title></head><body><main>${body}</main></body></html>`;

describe("a bloc's short name with its member count is the bloc", () => {
  it('reads "EU27" as the European Union and "EA19" as the euro area', () => {
    const got = rows('Bloc trade, March 2026\n\nIn March 2026 the EU27 recorded a 9.4 bn euro surplus. The EA19 recorded a 4.1 bn euro surplus in March 2026.', '2026-05-15');
    expect(got.map((r) => [r[2], r[5], r[7]])).toEqual([
      [9_400_000_000, 'European Union', 'balance'],
      [4_100_000_000, 'Euro area', 'balance'],
    ]);
  });

  it('reads the bloc after an "extra-" prefix with its count in a release on the bloc', () => {
    const got = rows('Euro area trade, March 2026\n\nThe first estimate for extra-EU28 exports in March 2026 was 201.5 bn euro, up 4% on March 2025.', '2026-05-15');
    expect(got.map((r) => [r[2], r[4], r[5]])).toEqual([[201_500_000_000, 4, 'European Union']]);
  });
});

describe('a raised note mark on a page is no part of the word it follows', () => {
  it('reads "from Kazakhstan<sup>1</sup>" as the country', () => {
    const got = rows(page('<h1>Trade in March 2026</h1><p>In March 2026 exports from Kazakhstan<sup>1</sup> reached 4.2 billion dollars, up 5% year on year.</p>'), '2026-05-15');
    expect(got.map((r) => [r[2], r[4], r[5], r[7]])).toEqual([[4_200_000_000, 5, 'Kazakhstan', 'export']]);
  });

  it('keeps the power of a unit', () => {
    const got = rows(page('<h1>Gas imports in March 2026</h1><p>Pipeline gas imports reached 3.1 billion m<sup>3</sup> in March 2026, up 5% year on year.</p>'), '2026-05-15');
    expect(got.map((r) => [r[2], r[3]])).toEqual([[3_100_000_000, 'cubic meters']]);
  });
});

describe('a balance word right after an amount names what the amount is', () => {
  it('reads "the trade was a 15.6 bn euro deficit" as a balance, not the trade', () => {
    const got = rows('Euro area trade, January 2026\n\nThe first estimate for the January 2026 euro area trade was a 5.3 bn euro deficit.', '2026-03-17');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[-5_300_000_000, 'balance']]);
  });
});

describe('a plus written before a base amount makes it a surplus', () => {
  it('reads "+4.6 bn" after a deficit as a surplus of the month it names', () => {
    const got = rows('Euro area trade, January 2026\n\nThe euro area trade balance in January 2026 gave a 2.8 billion euro deficit, compared with -7.9 bn in January 2025 and +3.3 bn in December 2025.', '2026-03-17');
    expect(got.map((r) => [r[0], r[2]])).toEqual([
      ['2026-01', -2_800_000_000],
      ['2025-01', -7_900_000_000],
      ['2025-12', 3_300_000_000],
    ]);
  });
});

describe('a line that is only an amount for a place restates the line before for that place', () => {
  it('reads "€19.2 bn for EU27" under a surplus headline as the bloc\'s surplus', () => {
    const html = page('<h1>Euro area trade in goods surplus €17.5 bn</h1><h2>€19.2 bn for EU27</h2><p>The euro area recorded a €17.5 bn surplus in trade in goods with the rest of the world in April 2026.</p>');
    const got = rows(html, '2026-06-16');
    expect(got.map((r) => [r[0], r[2], r[5], r[7]])).toContainEqual(['2026-04', 19_200_000_000, 'European Union', 'balance']);
  });
});

describe('a month with a spaced year of two digits in table heads', () => {
  const table = `Euro area trade, January 2026

Non-seasonally adjusted, billion euro

| Jan 25 | Jan 26 | Growth |
Extra-EA20 exports | 201.3 | 207.9 | 3% |
Extra-EA20 imports | 195.0 | 190.4 | -2% |`;

  it('reads "Jan 25 | Jan 26" as January of two years when they stand beside a growth', () => {
    const got = rows(table, '2026-03-17');
    expect(got.map((r) => [r[0], r[2], r[4], r[7]])).toEqual([
      ['2025-01', 201_300_000_000, null, 'export'],
      ['2026-01', 207_900_000_000, 3, 'export'],
      ['2025-01', 195_000_000_000, null, 'import'],
      ['2026-01', 190_400_000_000, -2, 'import'],
    ]);
  });

  it('leaves years far from the release unread as years', () => {
    const got = rows(table.replace('Jan 25', 'Jan 05').replace('Jan 26', 'Jan 06'), '2026-03-17');
    expect(got.filter((r) => r[0] === '2005-01' || r[0] === '2006-01')).toEqual([]);
  });
});

describe("a balance row in a bloc's own section of a table is the bloc's balance", () => {
  it('reads "Trade balance" under "EU27" after "Extra-EU27" rows as the bloc\'s own', () => {
    const text = `Bloc trade, January 2026

Billion euro

| January 2025 | January 2026 | Growth |
EU27 | EU27 | EU27 | EU27 |
Extra-EU27 exports | 180.2 | 186.0 | 3% |
Extra-EU27 imports | 190.1 | 188.3 | -1% |
Trade balance | -9.9 | -2.3 | : |`;
    const got = rows(text, '2026-03-17');
    expect(got.filter((r) => r[7] === 'balance').map((r) => [r[0], r[2], r[5], r[6]])).toEqual([
      ['2025-01', -9_900_000_000, 'European Union', 'World'],
      ['2026-01', -2_300_000_000, 'European Union', 'World'],
    ]);
  });
});

describe('two heads of one month with spaced numbers and no change beside them', () => {
  it('stay possible days ("Jan 25 | Jan 26" alone)', () => {
    const text = `Euro area trade, January 2026

Billion euro

| Jan 25 | Jan 26 |
Extra-EA20 exports | 201.3 | 207.9 |`;
    expect(rows(text, '2026-03-17').filter((r) => r[2] === 201_300_000_000)).toEqual([]);
  });
});

describe("a prose amount that cuts a table's figure short is the table's figure", () => {
  it('reads "$8 459 million" over a table cell of 8,459,870 thousand dollars as one row', () => {
    const text = `Foreign trade, March 2026

Exports in March 2026 rose by 4.2% compared with March 2025 and amounted to $8 459 million.

Foreign trade by months (Value: thousand US$)

| Period | Exports |
| March 2025 | 8,117,930 |
| March 2026 | 8,459,870 |`;
    const got = rows(text, '2026-04-30').filter((r) => r[0] === '2026-03');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[8_459_870_000, 4.2]]);
  });
});

describe('an annual figure with no period of its own', () => {
  it('is of the year that ends where the period in force ends', () => {
    const text = `Foreign trade, December 2025

Exports decreased by 3.1% in December 2025 and amounted to $9.2 billion.

Annual exports $121.6 billion

Imports also fell.`;
    const got = rows(text, '2026-01-30');
    expect(got.map((r) => [r[0], r[1], r[2]])).toContainEqual(['2025-01', '2025-12', 121_600_000_000]);
  });
});

describe('a table row of all partners is the total', () => {
  it('reads "Total, all countries" as all goods, so the prose rounding it is the same row', () => {
    const text = `Overseas trade in goods: January to March 2026

Exports of goods in January to March 2026 were £84.2 billion, up 1.7% on the same period last year.

Table 1: Exports of goods by partner, January to March (£ million)

Partner | 2025 | 2026 | Change (%) |
China | 5,210 | 5,377 | 3.2 |
Total, all countries | 82,770 | 84,177 | 1.7 |`;
    const got = releaseRows(text, '2026-05-12').filter((r) => r.period_start === '2026-01' && r.partner === 'World');
    expect(got.map((r) => [r.value, r.yoy_pct, r.commodity])).toEqual([[84_177_000_000, 1.7, 'all goods']]);
  });
});

describe("a photo's caption named in the words of a Spanish page", () => {
  it('drops a paragraph of class "fotoleyenda"', () => {
    const html = page('<h1>Exports in July 2026</h1><p>Exports totalled US$ 9,120 million in July 2026, 2.1% more than a year earlier.</p><p class="fotoleyenda"><img src="a.jpg" alt=""><br>Cranes at the port, where 1.6 million TEU were moved last year.</p>');
    expect(rows(html, '2026-08-20').map((r) => r[3])).toEqual(['USD']);
  });
});

describe('a milestone that a first one passed', () => {
  it('is no figure: "the first hub in the west to pass 10,000 trains"', () => {
    const text = 'Rail hub, 2025\n\nThe hub dispatched 1,210 freight trains in 2025, up 8 percent, and became the first hub in the west to pass 10,000 trains.';
    expect(rows(text, '2026-01-20').map((r) => r[2])).toEqual([1_210]);
  });
});

describe('a table of goods whose heads name no flow, under prose on one flow', () => {
  const text = `Fruit imports through Dongxing Port rise in the first half

In the first half of this year, Dongxing Port imported 205,000 tonnes of fruit, up 12.1% year on year, the customs said.

Variety | Quantity | Quantity |
Variety | tonnes | y/y (%) |
Longan | 61,300 | 9.4 |
Lychee | 44,820 | 15.2 |`;

  it('gives the rows of the table the flow of the prose', () => {
    const got = rows(text, '2026-07-20').filter((r) => r[2] === 61_300 || r[2] === 44_820);
    expect(got.map((r) => r[7])).toEqual(['import', 'import']);
  });
});

describe('a pace scaled up to a year', () => {
  it('is no figure: "running at an annualised 38.6 million tonnes"', () => {
    const text = "Bauxite, June 2026\n\nChina's bauxite imports rose to 16.1 million tonnes in June 2026. Chinese aluminium output, held at 45 million tonnes a year by policy, was running at an annualised 38.6 million tonnes.";
    expect(rows(text, '2026-07-18').map((r) => r[2])).toEqual([16_100_000]);
  });
});

describe("a page's title that dates its headline", () => {
  it('gives the month to figures the page leaves undated', () => {
    const html = `<!DOCTYPE html><html><head><title>Merchandise Trade Summary, March 2026 | Statistics Office</title></head><body><main>
<h1>Merchandise Trade Summary</h1><div class="release-info"><p>Reference period: March 2026</p></div>
<p>The goods balance was a surplus of $2,140m.</p><p>In original terms, exports to Japan rose on March 2025.</p></main></body></html>`;
    expect(rows(html, '2026-05-06').map((r) => [r[0], r[2]])).toEqual([['2026-03', 2_140_000_000]]);
  });
});

describe('a key point that closes on "(seasonally adjusted)"', () => {
  it('makes the changes of the points after it month-on-month', () => {
    const text = `Goods trade, March 2026

Key points

- The balance on goods was a surplus of $2,140m in March 2026, a decrease of $310m on February 2026 (seasonally adjusted).
- Goods credits fell 1.6% ($702m) to $43,050m.

In original terms, credits to Japan rose 12.0% on March 2025.`;
    const got = rows(text, '2026-05-06').filter((r) => r[2] === 43_050_000_000);
    expect(got.map((r) => [r[0], r[4]])).toEqual([['2026-03', null]]);
  });
});

describe('what issued quotas sum to', () => {
  it('is no figure: "taking the year\'s total to 28 million tons"', () => {
    const text = "China's fuel exports, May 2026\n\nChina exported 1.4 million tons of diesel in May 2026. Beijing issued a second batch of 2026 export quotas of 10 million tons earlier this month, taking the year's total to 28 million tons.";
    expect(rows(text, '2026-06-19').map((r) => r[2])).toEqual([1_400_000]);
  });
});
