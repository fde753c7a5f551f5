/**
 * Rules of issue 9, part dd: the fixing round on the older batches (helper fixold, 2026-12-03 night), each found on
 * a phenomenon several releases share and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../functions/core/extract/press-release/article.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);
const inUnit = (text: string, published: string, unit: string) => tuples(text, published).filter((r) => r[3] === unit);

describe('a level restated in local money takes the change of the quantity it restates', () => {
  it('does not take the change of a total that counts services in', () => {
    const text = [
      'India exports edge up in May',
      'New Delhi, June 16 -- India\'s merchandise exports grew 1.7% from a year earlier to $38.2 billion in May, while imports rose 3.9% to $61.0 billion.',
      'Total exports, including services, were put at $72.4 billion, up 5.6% on May 2025, the commerce ministry said.',
      'In rupee terms, May exports stood at 3.24 lakh crore rupees.',
    ].join('\n\n');
    expect(inUnit(text, '2026-06-16', 'INR')).toEqual([['2026-05', '2026-05', 3_240_000_000_000, 'INR', 1.7, 'India', 'export']]);
  });

  it('takes the change of the level whose sentence names the merchandise the restatement names', () => {
    const text = [
      'Sri Lanka exports rise in March',
      'COLOMBO, 18 April 2026 - Sri Lanka\'s merchandise exports in March 2026 grew 4.4% year-on-year to US$ 1,215.0 million, the Export Development Board said. Rubber products, the third category, brought in US$ 96.3 million, an increase of 12.5%.',
      'In rupee terms, March merchandise exports came to Rs. 364.5 billion.',
    ].join('\n\n');
    expect(inUnit(text, '2026-04-18', 'LKR')).toEqual([['2026-03', '2026-03', 364_500_000_000, 'LKR', 4.4, 'Sri Lanka', 'export']]);
  });
});

describe('a change whose noun names its measure', () => {
  it('gives "an increase in volume of N per cent" to the quantity, not to the value beside it', () => {
    const text = [
      'Chilean cherries to China',
      'SANTIAGO, Feb 4 -- Chile shipped 182,400 tonnes of cherries to China in January, worth US$ 1.21 billion, the fruit exporters\' association said, an increase in volume of 14 per cent on January 2025.',
    ].join('\n\n');
    expect(tuples(text, '2026-02-04').map((r) => [r[2], r[3], r[4]])).toEqual([
      [182_400, 'tonnes', 14],
      [1_210_000_000, 'USD', null],
    ]);
  });
});

describe('a country that sent goods', () => {
  it('reads "<country> sent N tonnes" with no destination as its exports, and what came the other way as imports', () => {
    const text = [
      'Rail freight at the Uzbek border',
      'ASTANA -- Through the Keles station, Kazakhstan sent 2.4 million tonnes in the nine months of this year, while 310,000 tonnes of Uzbek goods came in the opposite direction, the national railway said.',
    ].join('\n\n');
    expect(tuples(text, '2026-10-20').map((r) => [r[2], r[6]])).toEqual([
      [2_400_000, 'export'],
      [310_000, 'import'],
    ]);
  });
});

describe('earlier figures a figure is measured against', () => {
  it('reads "up from N% a year earlier" after a part "of the total" as the earlier share, not a growth', () => {
    const text = [
      'Japanese buyers take more Chinese tyres',
      'BEIJING (Bloomberg) -- Japan bought 41,300 tonnes of the tyres in September, or 18% of the total, up from 15% a year earlier.',
    ].join('\n\n');
    const rows = releaseRows(text, '2026-10-20').filter((r) => r.value !== 41_300);
    expect(rows.map(levelTuple)).toEqual([
      ['2026-09', '2026-09', 18, 'percent-share', null],
      ['2025-09', '2025-09', 15, 'percent-share', null],
    ]);
  });

  it('reads the amount a figure tops, dated by "of <month>" after it, as that month\'s level', () => {
    const text = [
      'Solar wafer exports',
      'Key figures for September:',
      '- Solar wafer exports: $1.36 billion, a record, topping the $1.21 billion of May',
    ].join('\n\n');
    const rows = releaseRows(text, '2026-10-18');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.qualifier])).toEqual([
      ['2026-09', '2026-09', 1_360_000_000, 'exact'],
      ['2026-05', '2026-05', 1_210_000_000, 'exact'],
    ]);
  });
});

describe('since when goods were let into a market', () => {
  it('dates the permission, not the figure: the figure keeps the period of the sentence before', () => {
    const text = [
      'China buys more Thai mangosteens',
      'BEIJING, Aug 12 (Reuters) - China imported 38,600 tonnes of fresh mangosteens in July, up 8.1% from a year earlier, customs data showed.',
      'Thailand supplied 31,900 tonnes, while Myanmar, permitted to ship the fruit by land since 2023, sent 2,700 tonnes.',
    ].join('\n\n');
    expect(tuples(text, '2026-08-12').filter((r) => r[2] === 2_700)).toEqual([['2026-07', '2026-07', 2_700, 'tonnes', null, 'China', 'import']]);
  });
});

describe('a semicolon list of partners with only their percentages', () => {
  it('gives each bare percentage the verb of the list\'s first item', () => {
    const text = [
      'Malaysian exports in May',
      'KUALA LUMPUR, 20 June 2026 -- Malaysia\'s exports in May rose 6.3% year-on-year. By market, exports to Singapore increased 9.1%; to China, 4.4%; to the United States, down 2.0%; and to the EU (27), 3.6%.',
    ].join('\n\n');
    expect(releaseRows(text, '2026-06-20').map((r) => [r.partner, r.yoy_pct])).toEqual([
      ['World', 6.3],
      ['Singapore', 9.1],
      ['China', 4.4],
      ['United States', -2],
      ['European Union', 3.6],
    ]);
  });
});

describe('a bracket after a dated base that says by how much', () => {
  it('reads "(US$ N million more)" as a change in money, no level of the base period', () => {
    const text = [
      'Uruguay trade in August',
      'Montevideo, 18 September 2026 - In August 2026, exports reached US$ 1 104 million. Exports rose 7.2% compared with the same month of 2025 (US$ 74 million more).',
    ].join('\n\n');
    expect(releaseRows(text, '2026-09-18').map(levelTuple)).toEqual([['2026-08', '2026-08', 1_104_000_000, 'USD', 7.2]]);
  });
});

describe('list items of a page', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>Trade statistics</title></head><body><main>${body}</main></body></html>`;

  it('reads a list item as a bulleted line, so the bare bracketed percentages after a share of the total are shares', () => {
    const html = page([
      '<h1>Preliminary trade statistics for May 2026</h1>',
      '<p>Windhoek, 30 June 2026 &ndash; Namibia recorded exports of N$9.42 billion in May 2026.</p>',
      '<h2>Trade by region: May 2026</h2>',
      '<ul>',
      '<li>Africa: exports of N$4.10 billion (43.5% of total exports).</li>',
      '<li>Europe: exports of N$2.61 billion (27.7%).</li>',
      '</ul>',
    ].join(''));
    const rows = releaseRows(html, '2026-06-30', { contentType: 'text/html' });
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.partner])).toEqual([
      [43.5, 'Africa'],
      [27.7, 'Europe'],
    ]);
  });

  it('gives no bullet to an item of a menu the page skips', () => {
    const html = page('<nav><ul><li>Home</li><li>Media</li></ul></nav><p>Exports reached N$9.42 billion in May 2026.</p>');
    expect(articleText(html)).toBe('Exports reached N$9.42 billion in May 2026.');
  });
});

describe('levels of another statistical concept', () => {
  it('gives a change stated for the national concept to no level of the cross-border concept', () => {
    const text = [
      'Foreign trade in goods - August 2026',
      'Prague, 7 October 2026 - The balance of foreign trade in goods (national concept) ended in a surplus of CZK 9.8 bn in August. Exports rose by 3.1%, y/y, and imports fell by 0.7%, y/y.',
      'In the cross-border concept, exports of goods amounted to CZK 361.0 bn and imports to CZK 352.4 bn.',
    ].join('\n\n');
    expect(releaseRows(text, '2026-10-07').filter((r) => r.flow !== 'balance').map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([
      [null, 3.1, 'export'],
      [null, -0.7, 'import'],
      [361_000_000_000, null, 'export'],
      [352_400_000_000, null, 'import'],
    ]);
  });
});

describe('a port city listed after a port with its verb left out', () => {
  it('reads "..., and <city> N tons" after "the port of X handled ..." as that city\'s port', () => {
    const text = [
      'Black Sea ports',
      'TBILISI, Nov 12 -- In January-October, the port of Poti handled 4.7 million tons of cargo, up 3 percent, and Batumi 3.2 million tons, the ports said.',
    ].join('\n\n');
    expect(releaseRows(text, '2026-11-12').map((r) => [r.value, r.area])).toEqual([
      [4_700_000, 'Poti Port'],
      [3_200_000, 'Batumi Port'],
    ]);
  });
});

describe('partners that followed as destinations, with their percentages respectively', () => {
  it('reads the percentages as the partners\' shares in order', () => {
    const text = [
      'Omani non-oil exports',
      'MUSCAT -- Oman\'s non-oil exports rose 5.4 percent in August 2026. China was the main trading partner, taking 18.2 percent of exports. Saudi Arabia and the UAE followed as export markets, with 11.5 percent and 8.9 percent, respectively.',
    ].join('\n\n');
    expect(releaseRows(text, '2026-10-20').filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.partner, r.flow])).toEqual([
      [18.2, 'China', 'export'],
      [11.5, 'Saudi Arabia', 'export'],
      [8.9, 'United Arab Emirates', 'export'],
    ]);
  });
});
