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

describe('a plain text that kept a stray tag or entity of its page', () => {
  it('is read by its lines, so a line of links to other stories stays out', () => {
    const text = [
      'Border port trade rises in first three quarters',
      'HEIHE, Oct. 20 -- Trade through the port reached 6.2 billion yuan in the first three quarters of 2026, up 18.7%.<br />',
      'In September, trade was 0.9 billion yuan,&nbsp;up 11%.',
      'Related: Port crossings hit 2.1 million in August | Airport cargo up 12%',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([
      ['2026-01', '2026-09', 6200000000, 18.7],
      ['2026-09', '2026-09', 900000000, 11],
    ]);
  });
});

describe('a full stop glued to an opening quotation mark', () => {
  it('ends the sentence, so a partner named in the quote is not the figure\'s', () => {
    const rows = releaseRows('In November 2026 the corridor\'s trains made 1,042 trips.\u201cDemand from ASEAN keeps growing,\u201d an official said.', '2026-12-02');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([[1042, 'trains', 'World']]);
  });
});

describe('parts of a count with a direction and no noun', () => {
  it('after a semicolon, the second with its verb left out, count what the sentence counted', () => {
    const rows = releaseRows('From January to August 2026, 2,950 freight trains crossed the border at the port, up 4.1%; 1,530 were outbound and 1,420 inbound.', '2026-09-15');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([
      [2950, 'trains', 'total'],
      [1530, 'trains', 'export'],
      [1420, 'trains', 'import'],
    ]);
  });

  it('"Of the trips" after a sentence on the cargo divides the trips counted before it', () => {
    const rows = releaseRows('Freight trains to Europe made 9,120 trips in the first ten months of 2026. They carried 0.98 million TEUs of goods. Of the trips, 4,870 were outbound, up 2.2 percent.', '2026-11-05');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.flow]).at(-1)).toEqual([4870, 'trains', 2.2, 'export']);
  });
});

describe('an HTML table whose heads name a period for each column of levels', () => {
  const page = (table: string) =>
    `<html><body><div class="article"><h1>Foreign trade of the city</h1><p>Figures released on November 25, 2026.</p><table>${table}</table></div></body></html>`;
  const read = (table: string, published = '2026-11-25') => {
    const outcome = extractPressRelease(page(table), { dataset: 'd', release_id: 'r', source_url: 'https://example.org/r', published }, { contentType: 'text/html' });
    return outcome.ok ? outcome.rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.flow, r.partner]) : [];
  };

  it('reads each level with its column\'s period, a unit column and the change after its level', () => {
    const rows = read(
      '<thead><tr><th>Indicator</th><th>Unit</th><th>October</th><th>January-October</th><th>January-October growth (%)</th></tr></thead>' +
        '<tbody><tr><td>Exports</td><td>100 million yuan</td><td>312.5</td><td>3,040.8</td><td>5.2</td></tr>' +
        '<tr><td>Of which: trade with ASEAN</td><td>100 million yuan</td><td>60.1</td><td>588.0</td><td>-1.4</td></tr></tbody>',
    );
    expect(rows).toEqual([
      ['2026-10', '2026-10', 31250000000, 'CNY', null, 'export', 'World'],
      ['2026-01', '2026-10', 304080000000, 'CNY', 5.2, 'export', 'World'],
      ['2026-10', '2026-10', 6010000000, 'CNY', null, 'total', 'ASEAN'],
      ['2026-01', '2026-10', 58800000000, 'CNY', -1.4, 'total', 'ASEAN'],
    ]);
  });

  it('reads an index column ("in % to") as the change, and decimal commas with spaced thousands', () => {
    const rows = read(
      '<thead><tr><th></th><th>January-September 2025</th><th>January-September 2026</th><th>January-September 2026 in % to January-September 2025</th></tr>' +
        '<tr><th colspan="3">million US dollars</th></tr></thead>' +
        '<tbody><tr><td>Export</td><td>40 210,4</td><td>42 105,6</td><td>104,7</td></tr></tbody>',
    );
    expect(rows).toEqual([
      ['2025-01', '2025-09', 40210400000, 'USD', null, 'export', 'World'],
      ['2026-01', '2026-09', 42105600000, 'USD', 4.7, 'export', 'World'],
    ]);
  });
});
