/**
 * Rules added in the fixing round for blind batch b144 (releases as scraped from web pages: chrome, drawn rules, unit
 * notes, tables flattened one cell a line). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { blankConversionNotes, blankRuleLines, stackedTablesAsRows } from '../../functions/core/extract/press-release/page-chrome.js';

function rowsOf(text: string, published = '2026-05-28'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a43', source_url: 'https://example.org/r/a43', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a rule drawn with characters under a heading (blankRuleLines)', () => {
  it('is no paragraph: the agency in the paragraph under it still speaks for the release, over a subheading naming partners', () => {
    const rows = rowsOf(
      'News Releases\nMerchandise trade figures for April 2026\n**************************\n\nThe C&SD said today that the value of total exports of goods rose 6.2% year on year to $392.5 billion in April.\n\nUnited States and India\n\nExports to the United States rose 4.1% to $25.3 billion.\n',
    );
    expect(row(rows, 392500000000)).toMatchObject({ area: 'Hong Kong', unit: 'HKD', yoy_pct: 6.2 });
    expect(row(rows, 25300000000)).toMatchObject({ area: 'Hong Kong', partner: 'United States', unit: 'HKD' });
  });
  it('is blanked with spaces for a line of asterisks, and a line with words is kept', () => {
    const text = 'Heading\n  ********  \nExports rose *** sharply\n';
    expect(blankRuleLines(text)).toBe(`Heading\n${' '.repeat(12)}\nExports rose *** sharply\n`);
  });
});

describe('link lines labelled by what readers did with them', () => {
  it('yields no row from a "Most Viewed:" headline under the story', () => {
    const rows = rowsOf('Port cargo throughput rose 3.1 percent to 412 million tonnes in the first four months, the port group said.\n\nShare | Print\nMost Viewed: Rail freight tops 60 mln tonnes on new line\n');
    expect(row(rows, 60000000)).toBeUndefined();
    expect(row(rows, 412000000)).toBeDefined();
  });
  it('does the same for "Read Next:" and "Trending now:"', () => {
    const rows = rowsOf('Port cargo throughput rose 3.1 percent to 412 million tonnes in the first four months, the port group said.\nRead Next: Coal arrivals jump 22% to 9.4 mln tonnes\nTrending now: Grain shipments hit 7.2 mln tonnes\n');
    expect(row(rows, 9400000)).toBeUndefined();
    expect(row(rows, 7200000)).toBeUndefined();
  });
});

describe('a note defining one unit by another (blankConversionNotes)', () => {
  it('yields no row from "(1 metric ton = 1,000 kilograms)"', () => {
    const rows = rowsOf('China imported 8.6 million metric tons of barley in 2025, up 4.4% from a year earlier, customs data showed.\n\n(1 metric ton = 1,000 kilograms)\n', '2026-01-20');
    expect(rows.map((r) => r.value)).toEqual([8600000]);
  });
  it('blanks an exchange-rate note alone on its line and keeps an equation-free line', () => {
    expect(blankConversionNotes('1 U.S. dollar = 7.09 yuan\nExports = strong')).toBe(`${' '.repeat(25)}\nExports = strong`);
  });
});

describe('a descriptor with a possessive between a city and the province it lies in', () => {
  it('keeps the city as the area: "Dongguan, the province\'s factory hub in south China\'s Guangdong Province, ..."', () => {
    const rows = rowsOf("Dongguan, the province's factory hub in south China's Guangdong Province, exported goods worth 21.4 billion yuan in the first four months, up 9.8 percent year on year, local customs said.");
    expect(row(rows, 21400000000)).toMatchObject({ area: 'Dongguan', flow: 'export' });
  });
  it('does the same with a curly apostrophe', () => {
    const rows = rowsOf('Dongguan, the province’s factory hub in south China’s Guangdong Province, exported goods worth 21.4 billion yuan in the first four months, up 9.8 percent year on year, local customs said.');
    expect(row(rows, 21400000000)).toMatchObject({ area: 'Dongguan' });
  });
});

describe('a table flattened to one cell a line (stackedTablesAsRows)', () => {
  const table = 'Leading ports, January-April 2026\nPort\nTrade (billion yuan)\nGrowth (%)\nErenhot\n8.4\n5.1\nManzhouli\n6.2\n-2.7\nSource: Hohhot Customs\n';
  it('reads each row as the port\'s trade and growth', () => {
    const rows = rowsOf(`Inner Mongolia's foreign trade rose 4.2 percent to 70.3 billion yuan in the first four months, Hohhot Customs said.\n\n${table}`);
    expect(row(rows, 8400000000)).toMatchObject({ area: 'Erenhot Port', yoy_pct: 5.1, unit: 'CNY', flow: 'total' });
    expect(row(rows, 6200000000)).toMatchObject({ area: 'Manzhouli Port', yoy_pct: -2.7 });
  });
  it('writes the line ends inside the heads and the rows as bars, offsets kept', () => {
    const out = stackedTablesAsRows(table);
    expect(out.length).toBe(table.length);
    expect(out.split('\n')).toEqual(['Leading ports, January-April 2026', 'Port|Trade (billion yuan)|Growth (%)', 'Erenhot|8.4|5.1', 'Manzhouli|6.2|-2.7', 'Source: Hohhot Customs', '']);
  });
  it('leaves a single label and number pair, and sentences, as they are', () => {
    const text = 'Exports rose.\nImports fell.\nErenhot\n8.4\nThe port grew.\n';
    expect(stackedTablesAsRows(text)).toBe(text);
  });
});
