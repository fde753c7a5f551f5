/**
 * Rules of issue 9, part cn: the fixing round (fixshares) on batches 64, 66 and 63 and older leftovers (fixtures
 * b64-…, b66-…, b63-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const shares = (rows: Row[]) => rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.partner, r.flow]);

describe('shares with no share word', () => {
  it('reads "(<sign> amount or N percent)" after a partner as its amount and its share', () => {
    const rows = releaseRows('Aruba imported goods worth Afl. 1,904.2 million in January–August 2026. Venezuela supplied the most (Afl. 812.5 million, 42.7 percent of total imports), ahead of Panama (Afl. 190.3 million or 10.0 percent).', '2026-10-30');
    expect(shares(rows)).toContainEqual([10, 'Panama', 'import']);
  });

  it('reads "with <partner> alone at N%" after a share of a flow as that partner\'s share', () => {
    const rows = releaseRows('Europe absorbed 44.2% of exports in the first half of 2026, with Italy alone at 17.6%.', '2026-08-30');
    expect(shares(rows)).toEqual([[44.2, 'Europe', 'export'], [17.6, 'Italy', 'export']]);
  });

  it('reads a bracketed percentage after a partner as its share when an aside follows it in the bracket', () => {
    const rows = releaseRows('Spain bought 31.0% of exports in the first half of 2026, ahead of Belgium (12.4%, mostly fish).', '2026-08-30');
    expect(shares(rows)).toContainEqual([12.4, 'Belgium', 'export']);
  });

  it('reads "and <partner> third (N%)" after a ranked share as that partner\'s share', () => {
    const rows = releaseRows('Japan ranked second among export markets in the first half of 2026 with 19.3% of total exports, and Chile third (8.8%).', '2026-08-30');
    expect(shares(rows)).toContainEqual([8.8, 'Chile', 'export']);
  });

  it('reads "the main destination of re-exports with N percent" as a share', () => {
    const rows = releaseRows('The Gambia re-exported goods worth D1.92 billion in the second quarter of 2026. Togo was the main destination of re-exports with 41.2 percent.', '2026-08-30');
    expect(shares(rows)).toEqual([[41.2, 'Togo', 'export']]);
  });

  it('reads percentages that "came from" or "went to" a place as that place\'s share of the flow', () => {
    const rows = releaseRows('Iceland imported goods for 8,120 mio. kr. in the third quarter of 2026. Of imports, 24.1 pct. came from Norway and 11.7 pct. from Germany.', '2026-11-20');
    expect(shares(rows)).toEqual([[24.1, 'Norway', 'import'], [11.7, 'Germany', 'import']]);
    const which = releaseRows('Wool exports were 61,000 tons in October 2026, 38% of which went to India.', '2026-12-02');
    expect(shares(which)).toEqual([[38, 'India', 'export']]);
  });

  it('reads "Most exports go to <place> ...: N pct." as that place\'s share of exports, with no goods named "most"', () => {
    const rows = releaseRows('The Faroe Islands exported goods for 7,410 mio. kr. in the first three quarters of 2026. Most exports go to Norway for processing: 31.4 pct.', '2026-11-20');
    const share = rows.find((r) => r.unit === 'percent-share');
    expect([share?.value, share?.partner, share?.flow, share?.commodity]).toEqual([31.4, 'Norway', 'export', 'all goods']);
  });

  it('does not read a growth followed by "from <place>" as a share', () => {
    const rows = releaseRows('Imports from Norway rose 24.1 pct. in the third quarter of 2026, and those from Germany 11.7 pct.', '2026-11-20');
    expect(shares(rows)).toEqual([]);
  });
});

describe('a direction\'s part of the whole trade', () => {
  it('keeps the direction of the amount a clause sizes against total trade', () => {
    const rows = releaseRows('Exports amounted to D2.41 billion in the second quarter of 2026, accounting for 12.6 percent of total trade.', '2026-08-30');
    expect(shares(rows)).toEqual([[12.6, 'World', 'export']]);
  });

  it('still reads a share of total trade with no one direction before it as the total\'s', () => {
    const rows = releaseRows('Trade with Senegal reached D3.05 billion in the second quarter of 2026, accounting for 16.0 percent of total trade.', '2026-08-30');
    expect(shares(rows).map((r) => r[2])).toEqual(['total']);
  });
});

describe('periods in bulleted lists', () => {
  const text = [
    "Australia's wool exports for the first four months of the 2026-27 fiscal year, which began in July, came to 402,000 tons.",
    '',
    'Other figures:',
    '',
    '- Cotton exports rose 12% to 88,000 tons in October',
    '- Hide exports were 14,500 tons',
    '',
    'The figures are preliminary.',
  ].join('\n');

  it('carries a month named inside an item\'s sentence to the next item that names none', () => {
    const hides = releaseRows(text, '2026-12-03').find((r) => r.value === 14500);
    expect([hides?.period_start, hides?.period_end]).toEqual(['2026-10', '2026-10']);
  });

  it('keeps a month heading an item as its label to that item alone', () => {
    const labelled = text.replace('- Cotton exports rose 12% to 88,000 tons in October', '- October: cotton exports rose 12% to 88,000 tons');
    const hides = releaseRows(labelled, '2026-12-03').find((r) => r.value === 14500);
    expect([hides?.period_start, hides?.period_end]).toEqual(['2026-07', '2026-10']);
  });
});

describe('a fixed rate written as an equation', () => {
  it('reads neither side of "<amount> = US$1.00" (either way round) as a figure', () => {
    const rows = releaseRows('Curaçao imported goods worth Cg 1,311.6 million in the third quarter of 2026. Note: amounts are converted at Cg 1.82 = US$1.00 throughout.', '2026-11-30');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[1311600000, 'XCG']]);
    const reversed = releaseRows('Sint Maarten imported goods worth NAf. 402.3 million in the third quarter of 2026 (US$ 1 = NAf. 1.79).', '2026-11-30');
    expect(reversed.map((r) => [r.value, r.unit])).toEqual([[402300000, 'ANG']]);
  });
});

describe('a table\'s unit in a caption or a unit line', () => {
  const page = (caption: string) => `<html><body><article><p>Yunnan's imports and exports came to 241.2 billion yuan in the first ten months of 2026, up 4.4 percent year on year.</p>
<figure class="wp-block-table"><table><thead><tr><th>Partner</th><th>Jan-Oct 2026</th><th>y/y (%)</th></tr></thead><tbody><tr><td>Myanmar</td><td>402.6</td><td>7.1</td></tr><tr><td>Laos</td><td>188.3</td><td>15.2</td></tr><tr><td>Thailand</td><td>97.5</td><td>-2.3</td></tr></tbody></table>${caption}</figure>
<p>More fruit came in through Mohan than a year earlier.</p></article></body></html>`;

  it('reads the unit a table\'s figcaption gives (a figure holding a table), and no row from the caption', () => {
    const rows = releaseRows(page('<figcaption class="wp-element-caption">Yunnan\'s trade with neighbours, unit: 100 million yuan</figcaption>'), '2026-11-20', { contentType: 'text/html' });
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.partner])).toEqual([
      [241200000000, 'CNY', 4.4, 'World'],
      [40260000000, 'CNY', 7.1, 'Myanmar'],
      [18830000000, 'CNY', 15.2, 'Laos'],
      [9750000000, 'CNY', -2.3, 'Thailand'],
    ]);
  });

  it('still drops the caption of a photo', () => {
    const html = '<html><body><article><p>Yunnan\'s imports and exports came to 241.2 billion yuan in the first ten months of 2026.</p><figure><img src="a.jpg"><figcaption>The port cleared 1,240 trucks of fruit on Monday, up 12 percent.</figcaption></figure></article></body></html>';
    expect(releaseRows(html, '2026-11-20', { contentType: 'text/html' }).map((r) => r.value)).toEqual([241200000000]);
  });

  it('reads no row from a line that only gives the unit of the figures under it', () => {
    const text = 'Yunnan\'s imports and exports came to 241.2 billion yuan in the first ten months of 2026.\n\nUnit: 100 million yuan\n\nThe figures are preliminary.';
    expect(releaseRows(text, '2026-11-20').map((r) => r.value)).toEqual([241200000000]);
  });
});

describe('a space-aligned table of train trips', () => {
  const text = [
    'From January to October 2026, China-Europe freight trains from Xi\'an made 4,102 trips, up 5.2% year on year.',
    '',
    'Table 2   Trips by route, January-October 2026',
    '',
    'Route                  Trips        y/y (%)      Share (%)',
    'Europe                 2,464           3.9          60.1',
    'Central Asia           1,230           8.4          30.0',
    'Middle East              408          -1.7           9.9',
    '',
    'Note: Trips counted in both directions.',
  ].join('\n');

  it('reads a "Trips" column under prose counting trains as trains going both ways, with its share column', () => {
    const rows = releaseRows(text, '2026-11-15').filter((r) => r.partner !== 'World');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.partner, r.flow])).toEqual([
      [2464, 'trains', 3.9, 'Europe', 'total'],
      [60.1, 'percent-share', null, 'Europe', 'total'],
      [1230, 'trains', 8.4, 'Central Asia', 'total'],
      [30, 'percent-share', null, 'Central Asia', 'total'],
      [408, 'trains', -1.7, 'Middle East', 'total'],
      [9.9, 'percent-share', null, 'Middle East', 'total'],
    ]);
  });

  it('reads no figure from the number of a table or chart', () => {
    const rows = releaseRows(text, '2026-11-15').filter((r) => r.partner === 'World');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[4102, 'trains']]);
  });
});

describe('a space-aligned customs table with indented rows of a level and its change', () => {
  const text = [
    'Ningxia Import and Export Statistics, January-October 2026',
    '',
    'Unit: 100 million yuan',
    '',
    'Item                               Jan-Oct     YoY (%)',
    'Total import and export            188.4        7.2',
    '  Export                           121.9       10.5',
    '  Import                            66.5        1.6',
    'Of which: processing trade          20.3       -4.4',
  ].join('\n');

  it('reads every row, the indented ones too, with the caption line\'s unit', () => {
    const rows = releaseRows(text, '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow, r.breakdown])).toEqual([
      [18840000000, 'CNY', 7.2, 'total', ''],
      [12190000000, 'CNY', 10.5, 'export', ''],
      [6650000000, 'CNY', 1.6, 'import', ''],
      [2030000000, 'CNY', -4.4, 'total', 'trade mode: processing trade'],
    ]);
  });
});

describe('a unit in brackets right after a bare number', () => {
  it('reads "233.9 (100 million yuan)" and "41.2 (billion yuan)" as amounts in that unit', () => {
    const rows = releaseRows('In January-October 2026, Ningxia\'s exports of chemicals reached 33.1 (100 million yuan), and those of ferroalloys 4.2 (billion yuan).', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[3310000000, 'CNY'], [4200000000, 'CNY']]);
  });

  it('leaves a bracket holding other words alone', () => {
    const rows = releaseRows('In January-October 2026, Ningxia\'s exports reached 121.9 billion yuan (10.5 percent more than a year earlier).', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[121900000000, 'CNY', 10.5]]);
  });
});

describe('a price\'s earlier level', () => {
  it('reads no row from "up from about <amount> in <month>" after a price a ton', () => {
    const rows = releaseRows('China imported 41.2 million tons of coal in October 2026. Coking coal sold for 1,320 yuan a ton at Rizhao port last week, up from about 1,180 yuan in August.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[41200000, 'tonnes']]);
  });
});

describe('goods worth an amount that a port or a train carried', () => {
  it('reads goods a checkpoint "handled", in a paragraph after one on exports, as trade both ways', () => {
    const text = 'Exports to China through the Dostyk crossing came to $812.4 million in January-October 2026, down 3.1 percent.\n\nThe Khorgos checkpoint handled goods worth $3.05 billion, 11.2 percent more than a year earlier.';
    const rows = releaseRows(text, '2026-11-20');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[812400000, 'export'], [3050000000, 'total']]);
  });

  it('reads goods worth an amount after the containers that carried them as trade both ways', () => {
    const rows = releaseRows('From January to October 2026, China-Europe freight trains from Chengdu made 2,208 trips, carrying 190,300 TEU of goods worth 51.6 billion yuan.', '2026-11-20');
    expect(rows.filter((r) => r.unit === 'CNY').map((r) => [r.value, r.flow])).toEqual([[51600000000, 'total']]);
  });
});
