/**
 * Rules of issue 9, part db: found by blind batch 81 (whole web pages and messy copies as the ingest stage receives them:
 * pages dated only by a stamp under the headline, market strips, PDF copies with running heads and bare page numbers, a
 * table captioned by a title line above its unit line, wire end marks, a country standing for its tariffs; fixtures
 * b81-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../functions/core/extract/press-release/article.js';
import { releaseDate } from '../../functions/core/extract/press-release/dateline.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = { contentType: 'text/html; charset=utf-8' };

describe('a page dated only by the stamp under its headline', () => {
  const page = (stampBlock: string, related = '') =>
    '<!DOCTYPE html><html><head><title>Border port freight rises in Jan-Feb</title></head><body>' +
    '<div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>' +
    `<div class="content"><h2>Border port freight rises in Jan-Feb</h2>${stampBlock}` +
    '<p>Freight through the Alashankou port reached 2.61 million tonnes in the first two months of this year, up 7.2 percent year on year.</p>' +
    `</div>${related}</body></html>`;

  it('takes the stamp for the publication date, so "this year" has its year', () => {
    const body = page('<div class="meta"><span>2025-03-11 09:30</span> <span>Source: local customs</span></div>');
    const rows = releaseRows(body, '', HTML);
    expect(rows.map(levelTuple)).toEqual([['2025-01', '2025-02', 2610000, 'tonnes', 7.2]]);
  });

  it('does not take a date printed far from the headline, in a list of other stories', () => {
    const related = `<div class="list">${'<p>Older story on the port and its trains</p>'.repeat(30)}<span>2024-12-30 08:00</span></div>`;
    expect(releaseDate(page('', related), articleText(page('', related)))).toBeNull();
  });
});

describe('a market strip on a page', () => {
  it('gives no figures: quotes with their signed changes are prices', () => {
    const body =
      '<html><body><div class="quotes">NKY 38,210 +1.1% · KOSPI 2,604 -0.4% · EUR/USD 1.08 · Gold $2,410</div>' +
      '<h1>Port briefs</h1><p>Imports of iron ore through the Rizhao port rose 3.3 percent to 98.4 million tonnes in the first ten months of 2026.</p></body></html>';
    const rows = releaseRows(body, '2026-11-20', HTML);
    expect(rows.map(levelTuple)).toEqual([['2026-01', '2026-10', 98400000, 'tonnes', 3.3]]);
  });

  it('keeps a sentence that reports several changes', () => {
    expect(articleText('<html><body><p>Exports rose 4.1% and imports fell 2.3% in October.</p></body></html>')).toContain('Exports rose 4.1%');
  });
});

describe('PDF copies', () => {
  it('take a bare page number under a running head for one, and join the sentence the page break cuts', () => {
    const head = '            SUIFENHE CUSTOMS · MONTHLY NOTE · OCTOBER 2026';
    const text = [
      head,
      '                                                                      1',
      '',
      '    In the first ten months of 2026, trade through the port was 30.1 billion yuan, up 4.0%.',
      '    In October, trade through the port came to 3.62 billion yuan,',
      '',
      head,
      '                                                                      2',
      '',
      'up 5.5%, and imports of timber reached 410,000 cubic meters.',
      '',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map(levelTuple)).toEqual([
      ['2026-01', '2026-10', 30100000000, 'CNY', 4],
      ['2026-10', '2026-10', 3620000000, 'CNY', 5.5],
      ['2026-10', '2026-10', 410000, 'cubic meters', null],
    ]);
  });

  it('join "ex-" at a line end to the rest of its word', () => {
    const text = 'Goods imported and ex-\nported through the port were worth 8.4 billion yuan in the first ten months of 2026, up 3.1%.\n';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([['2026-01', '2026-10', 8400000000, 'CNY', 3.1, 'total']]);
  });

  it('join a sentence whose second half starts with an amount on the next page', () => {
    const text = [
      'STATISTICS OFFICE                                     Press Release',
      'Trade Bulletin                                        Page 1',
      '',
      'In September 2026, exports were US$ 1,204 million, up 2.2 percent, while imports were',
      '',
      'STATISTICS OFFICE                                     Press Release',
      'Trade Bulletin                                        Page 2',
      '',
      'US$ 2,310 million, down 0.8 percent.',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-09', '2026-09', 1204000000, 'USD', 2.2, 'export'],
      ['2026-09', '2026-09', 2310000000, 'USD', -0.8, 'import'],
    ]);
  });
});

describe('a space-aligned table under a unit line', () => {
  it('takes the title standing alone above it as its caption (flow and period)', () => {
    const text = [
      'Exports in the first quarter rose on textiles, the office said.',
      '',
      '4. Main exports in January-March 2026',
      '',
      '                                 (US$ million)',
      'Group                  Jan-Mar 2026    Jan-Mar 2025    Change %',
      'Leather goods                  412             388         6.2',
      'Rice                           655             702        -6.7',
    ].join('\n');
    const rows = releaseRows(text, '2026-04-20');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-03', 412000000, 'USD', 6.2, 'export'],
      ['2025-01', '2025-03', 388000000, 'USD', null, 'export'],
      ['2026-01', '2026-03', 655000000, 'USD', -6.7, 'export'],
      ['2025-01', '2025-03', 702000000, 'USD', null, 'export'],
    ]);
  });
});

describe("a wire's end mark", () => {
  it('ends the story: a "Related:" link glued after "(END)" gives no row', () => {
    const body = '<p>Exports rose 3.9 percent to US$48.2 billion in October, the ministry said. (END) Related: Exports rise 2.7 pct to $46.1 bln in September</p>';
    const rows = releaseRows(body, '2026-11-02', HTML);
    expect(rows.map(levelTuple)).toEqual([['2026-10', '2026-10', 48200000000, 'USD', 3.9]]);
  });
});

describe("a country's name standing for its tariffs", () => {
  it('is the government acting, not the area the next sentence goes on with', () => {
    const text =
      "Malaysia's exports rose 5.4 percent to RM134.1 billion in October, the statistics department said. Shipments of rubber gloves were hurt by U.S. tariffs, it added. For January-October, exports reached RM1.29 trillion, up 4.4 percent.";
    const rows = releaseRows(text, '2026-11-19');
    expect(rows.map((r) => [r.value, r.area])).toEqual([
      [134100000000, 'Malaysia'],
      [1290000000000, 'Malaysia'],
    ]);
  });
});

describe('a separate customs territory reporting its own trade', () => {
  it('owns the flow it names, after a story on a port of another place (a page of two stories)', () => {
    const text = [
      'Port briefs',
      '',
      'Iron ore arrivals at Rizhao port rose 3.3 percent to 98.4 million tonnes in the first ten months of 2026, Rizhao Customs said.',
      '',
      'Macao exports up 12.5% in October',
      '',
      "Macao's exports of goods rose 12.5 percent to 1.26 billion patacas in October, the Statistics and Census Service said.",
    ].join('\n');
    const rows = releaseRows(text, '2026-11-27');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.area])).toEqual([
      [98400000, 3.3, 'Rizhao Port'],
      [1260000000, 12.5, 'Macao'],
    ]);
  });
});
