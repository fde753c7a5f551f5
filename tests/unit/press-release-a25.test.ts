/**
 * Issue 9, fixing round for blind batch b125 (session 24): text as a scraper delivers it (captions, flattened tables,
 * entity residue). Each test names the phrase family it covers; the texts are our own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { runningLines } from '../../functions/core/extract/press-release/pdf-copy.js';

const rowsOf = (text: string, published = '2025-09-06') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const areasOf = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.area]);

describe('a labelled photo caption run into a paragraph gives the figures after it no place', () => {
  // Scraped pages run a picture's caption into the paragraph around it (on one line, as here): the figures after it are
  // still the release's, not those of the port or the day the picture shows.
  const around = (caption: string) =>
    `China's exports in August rose 4.4 percent year on year to 321.8 billion U.S. dollars, customs data showed. ${caption} Imports in the first eight months reached 1.71 trillion dollars, down 2.3 percent.`;
  const captions = [
    'Photo: Containers are loaded onto a ship at a terminal in Tianjin.',
    'PICTURE: Trucks queue at the Horgos border crossing, Sept. 2, 2025.',
    'File photo: Containers are stacked at the Yangshan terminal in Shanghai.',
    'Pictured: a cargo ship berths at Ningbo-Zhoushan Port.',
    'Image: cranes at the Qianwan terminal in Qingdao.',
  ];
  for (const caption of captions) {
    it(`keeps the release's area past "${caption.slice(0, 20)}..."`, () => {
      expect(areasOf(around(caption))).toEqual([[321_800_000_000, 'China'], [1_710_000_000_000, 'China']]);
    });
  }
  it('still takes the port a sentence about images names, with no caption label', () => {
    const text = "Vietnam's exports in August rose 9.1 percent year on year to 42.3 billion U.S. dollars. Images from Haiphong Port show a new terminal opened in July. The port handled 1.2 million TEUs in the first eight months, up 8 percent.";
    expect(areasOf(text).at(-1)).toEqual([1_200_000, 'Haiphong Port']);
  });
});

describe('a short table flattened into lines of single spaces, as a PDF copy writes it', () => {
  const levels = (text: string, published: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct, r.flow]);
  it('reads a caption opening on its section number ("1.", "(2)", "3)", "II.", "4.Exports" with its space lost) as the caption without it', () => {
    for (const opening of ['1. ', '(2) ', '3) ', 'II. ', '4.']) {
      const text = `Foreign trade statistics\n${opening}Exports and imports, September 2025 (Unit: million euros)\nItem Value YoY (%)\nExports 12 408.6 +2.4\nImports 13 115.0 -1.8\nNote: preliminary.`;
      expect(levels(text, '2025-10-20')).toEqual([
        ['2025-09', '2025-09', 12_408_600_000, 2.4, 'export'],
        ['2025-09', '2025-09', 13_115_000_000, -1.8, 'import'],
      ]);
    }
  });
  it("gives a sole column of levels that no head or caption dates the period of the prose before it", () => {
    const text = 'Monthly trade bulletin for August 2025\nValue of exports and imports (Unit: billion won)\nItem Value YoY (%)\nExports 58 420.3 +1.9\nImports 55 012.8 -3.2\nFigures are provisional.';
    expect(levels(text, '2025-09-01')).toEqual([
      ['2025-08', '2025-08', 58_420_300_000_000, 1.9, 'export'],
      ['2025-08', '2025-08', 55_012_800_000_000, -3.2, 'import'],
    ]);
  });
  it('does not date two undated columns of levels by the prose', () => {
    const text = 'Monthly trade bulletin for August 2025\nValue of exports and imports (Unit: billion won)\nItem Value Value YoY (%)\nExports 58 420.3 57 331.0 +1.9\nImports 55 012.8 56 830.1 -3.2\nFigures are provisional.';
    expect(levels(text, '2025-09-01')).toEqual([]);
  });
  it('reads a balance row whose change cell is a dash as the balance alone', () => {
    for (const dash of ['—', '-', '–']) {
      const text = `Trade in October 2025\n(Unit: billion yen)\nItem Value YoY (%)\nExports 8 712.4 +4.1\nImports 9 020.6 +1.2\nBalance -308.2 ${dash}\nSource: customs.`;
      expect(levels(text, '2025-11-20').at(-1)).toEqual(['2025-10', '2025-10', -308_200_000_000, null, 'balance']);
    }
  });
});

describe('a head written with bars over rows that have none', () => {
  const read = (text: string, published: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow]);
  it('reads a unit as the head of the levels and groups space-parted thousands into it', () => {
    const text = 'Manzhouli port freight grows\nFreight through Manzhouli kept rising this spring, the port said.\nFreight through Manzhouli Port, January-March 2025\nItem | Tonnes | Change y/y\nTotal 4 215 600 +3.9%\nImports 3 480 200 +2.7%\nExports 735 400 +9.8%\nSource: Manzhouli Customs';
    expect(read(text, '2025-04-12')).toEqual([
      ['2025-01', '2025-03', 4_215_600, 'tonnes', 3.9, 'total'],
      ['2025-01', '2025-03', 3_480_200, 'tonnes', 2.7, 'import'],
      ['2025-01', '2025-03', 735_400, 'tonnes', 9.8, 'export'],
    ]);
  });
  it('reads a money unit head and signed changes without a percent sign', () => {
    const text = 'Trade of the province, January-June 2025\nFlow | USD million | YoY (%)\nExports 12 204.5 -2.3\nImports 9 870.0 +4.6\nFigures are preliminary.';
    expect(read(text, '2025-07-20')).toEqual([
      ['2025-01', '2025-06', 12_204_500_000, 'USD', -2.3, 'export'],
      ['2025-01', '2025-06', 9_870_000_000, 'USD', 4.6, 'import'],
    ]);
  });
  it('reads thousands written with commas under such a head the same way', () => {
    const text = 'Container throughput at the port, January-September 2025\nItem | TEU | Change (%)\nTotal 2,318,400 6.1\nImports 1,102,900 4.4\nExports 1,215,500 7.7\nSource: the port authority.';
    expect(read(text, '2025-10-15').map((r) => r[2])).toEqual([2_318_400, 1_102_900, 1_215_500]);
  });
  it('leaves a head of periods over rows without bars to the reader of flattened tables, which reads a balance short of cells', () => {
    // The balance row leaves its change cells out: the flattened-table reader knows a balance may, and reads it.
    const text = 'Trade of the bloc with the rest of the world\nEUR billion | Jun 2024 | Jun 2025 | growth\nExtra-bloc exports 184.2 190.7 3.5%\nExtra-bloc imports 171.0 176.9 3.5%\nTrade balance 13.2 13.8\nThe next release is due in August.';
    expect(read(text.replace(/bloc/g, 'EU'), '2025-08-14').filter((r) => r[5] === 'balance').map((r) => r[2]).sort()).toEqual([13_200_000_000, 13_800_000_000]);
  });
  it('reads nothing from the table when a row leaves its change out, rather than part of a level as the change', () => {
    // "3 480 200" is one level: read as 3,480 up 200 percent it would be a wrong figure.
    const text = 'Freight through Manzhouli Port, January-March 2025\nItem | Tonnes | Change y/y\nTotal 4 215 600 +3.9%\nImports 3 480 200\nExports 735 400 +9.8%\nSource: Manzhouli Customs';
    expect(read(text, '2025-04-12')).toEqual([]);
  });
  it('reads nothing from a row whose numbers group two ways into the columns', () => {
    const text = 'Freight through Manzhouli Port, January-March 2025\nItem | Tonnes | Tonnes\nExports 12 450 300\nImports 8 120 600\nSource: Manzhouli Customs';
    expect(read(text, '2025-04-12')).toEqual([]);
  });
});

describe('a headline written twice at the top of a paged copy is no running head', () => {
  const paged = (top: string) =>
    `${top}\nTrade statistics, Ministry of Finance    20 November 2025\n(Unit: billion yen)\nItem Value YoY (%)\nExports 8 712.4 +4.1\nImports 9 020.6 +1.2\nExports to the United States fell 2.4% from a year earlier to 1.71 trillion yen.\n- 1 -`;
  const head = 'Trade Statistics for October 2025 (Preliminary)';
  const periods = (text: string) => rowsOf(text, '2025-11-20').map((r) => [r.value, r.period_start, r.period_end]);
  it('keeps the headline (and the month it names) when a scraper repeats it as the first line', () => {
    const want = [[8_712_400_000_000, '2025-10', '2025-10'], [9_020_600_000_000, '2025-10', '2025-10'], [1_710_000_000_000, '2025-10', '2025-10']];
    expect(periods(paged(`${head}\n${head}`))).toEqual(want);
    expect(periods(paged(`${head}\n\n${head}`))).toEqual(want);
  });
  it('still takes a line standing at the top of two pages for a running head', () => {
    const text = `CUSTOMS MONTHLY BULLETIN No. 10\nExports in October 2025 rose 4.1 percent to 8.71 trillion yen.\n- 1 -\nCUSTOMS MONTHLY BULLETIN No. 10\nImports rose 1.2 percent to 9.02 trillion yen.\n- 2 -`;
    expect(runningLines(text)).toEqual(['CUSTOMS MONTHLY BULLETIN No. 10']);
    expect(runningLines(`${head}\n${head}\nExports in October 2025 rose 4.1 percent to 8.71 trillion yen.\n- 1 -`)).toEqual([]);
  });
});

describe('an apostrophe written as an entity stays in its word', () => {
  const goods = (text: string) => rowsOf(text, '2025-12-02').map((r) => [r.value, r.commodity, r.area]);
  it('reads "Korea&rsquo;s exports" as "Korea’s exports", not a word "s"', () => {
    for (const mark of ['&rsquo;', '&#8217;', '&apos;', '&#39;']) {
      const text = `South Korea${mark}s exports in November rose 8.4 percent from a year earlier to 61.04 billion U.S. dollars, the trade ministry said.`;
      expect(goods(text)).toEqual([[61_040_000_000, 'all goods', 'South Korea']]);
    }
  });
  it('reads an apostrophe entity in a place name and in a contraction the same way', () => {
    const text = "Shipments didn&rsquo;t slow in the autumn. Guangxi&rsquo;s exports rose 12.3 percent to 341.5 billion yuan in the first three quarters of 2025.";
    expect(goods(text)).toEqual([[341_500_000_000, 'all goods', 'Guangxi']]);
  });
});

describe('corpus releases damaged as a scraper damages them keep their rows', () => {
  // Our own damage, applied to releases of the corpus: each must leave every row (figure, period, place, flow, goods) as it was.
  const CORPUS = new URL('../corpus/press-release/', import.meta.url).pathname;
  const damages: Record<string, (text: string) => string> = {
    'apostrophes and dashes as entities': (t) => t.replace(/[’']/g, '&rsquo;').replace(/ [–-] /g, ' &ndash; '),
    'no space after full stops': (t) => t.replace(/\. (?=[A-Z])/g, '.'),
    'a <br> ending every line': (t) => t.replace(/\n/g, '<br>\n'),
    'no-break spaces as thousands separators': (t) => t.replace(/(\d),(\d{3})/g, '$1\u00a0$2'),
    'the headline repeated as the first line': (t) => t.replace(/^([^\n]*)\n/, '$1\n$1\n'),
    'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  };
  const releases = ['b125-01-gacc-jan-oct-scraped', 'b125-03-guangxi-q1q3-caption', 'b125-05-japan-october-pdf-table', 'b125-08-kazakhstan-h1-dateline', 'b125-14-india-september-pib', 'b125-17-brazil-june-balance'];
  const rowKeys = (text: string, published: string) =>
    rowsOf(text, published)
      .map((r) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.yoy_pct} ${r.area}/${r.flow}/${r.partner}/${r.commodity}`)
      .sort();
  for (const name of releases) {
    const text = readFileSync(`${CORPUS}${name}.txt`, 'utf8');
    const { published } = JSON.parse(readFileSync(`${CORPUS}${name}.expected.json`, 'utf8')) as { published: string };
    for (const [damage, damaged] of Object.entries(damages)) {
      it(`${name}: ${damage}`, () => {
        expect(rowKeys(damaged(text), published)).toEqual(rowKeys(text, published));
      });
    }
  }
});
