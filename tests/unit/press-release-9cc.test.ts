/**
 * Rules of issue 9, part cc: found by blind batch 61 (releases as a fetcher gets them: HTML pages with their furniture,
 * text copied out of PDFs, sloppy copies; fixtures b61-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { releaseRows } from '../support/press-release-rows.js';

const figures = (rows: Array<{ value: number | null; unit: string; yoy_pct: number | null }>) => rows.map((r) => [r.value, r.unit, r.yoy_pct]);

describe('words hyphenated across a line end in text copied from a PDF', () => {
  it('are read joined, and the quote stays the text as written', () => {
    const text = 'In the first half of 2026 the province exported goods worth 812.4 bil-\nlion yuan, up 3.1%, and imported 45.2 mil-\nlion tonnes of ore.';
    const rows = releaseRows(text, '2026-07-20');
    expect(figures(rows)).toEqual([
      [812400000000, 'CNY', 3.1],
      [45200000, 'tonnes', null],
    ]);
    for (const r of rows) expect(text.slice(r.quote_start!, r.quote_end!)).toBe(r.source_quote);
  });

  it('keep the hyphen of a compound broken at its hyphen', () => {
    const rows = releaseRows('In October 2026, the city\'s cross-\nborder e-commerce exports rose 9.5 percent to 3.2 billion yuan.', '2026-11-15');
    expect(rows.map((r) => [r.value, r.breakdown])).toEqual([[3200000000, 'trade mode: cross-border e-commerce']]);
  });
});

describe('footnote marks glued to a word', () => {
  it('are not part of the word: "yuan1," is yuan', () => {
    const rows = releaseRows('In the first nine months of 2026, the region traded goods worth 96.3 billion yuan2, up 4.4 percent.', '2026-10-20');
    expect(figures(rows)).toEqual([[96300000000, 'CNY', 4.4]]);
  });
});

describe('running heads and feet of a PDF page', () => {
  it('are no part of a sentence cut by the page break, which reads as one', () => {
    const page = 'Provincial Bureau of Statistics  Monthly Report  Page 1 of 2';
    const text = [
      'Provincial Bureau of Statistics  Monthly Report',
      '',
      'In September 2026, exports to Japan were USD 1.05 billion, a 14.7 percent',
      '',
      page,
      '',
      'share of the total. Imports from Japan fell 3 percent.',
      '',
      'Provincial Bureau of Statistics  Monthly Report  Page 2 of 2',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.measure])).toEqual([
      [1050000000, 'USD', 'value'],
      [14.7, 'percent-share', 'share'],
      [null, '', 'growth'],
    ]);
  });
});

describe('captions and links to the previous or next story on an HTML page', () => {
  const page = (caption: string) =>
    `<html><body><div class="article"><h1>Port freight up</h1>${caption}<p>Freight through the port reached 18.2 million tonnes in the first ten months of 2026, up 6 percent.</p>` +
    '<div class="prev-next"><p>Previous: Exports for the first ten days of November up 9.1 percent</p></div></div></body></html>';

  it('hold no figures of the story, whatever their place or count', () => {
    for (const caption of ['<figure><img src="a.jpg"><figcaption>Trucks at the Xi\'an hub, where 4,800 trains have left this year.</figcaption></figure>', '<p class="pic-note">Trucks at the Xi\'an hub, where 4,800 trains have left this year.</p>']) {
      const outcome = extractPressRelease(page(caption), { dataset: 'd', release_id: 'r', source_url: 'https://example.org/r', published: '2026-11-10' }, { contentType: 'text/html' });
      const rows = outcome.ok ? outcome.rows : [];
      expect(rows.map((r) => [r.value, r.unit])).toEqual([[18200000, 'tonnes']]);
      expect(rows[0].area).not.toBe("Xi'an");
    }
  });
});
