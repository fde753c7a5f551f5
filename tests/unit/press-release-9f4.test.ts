/**
 * Rules of issue 9, part f4: what a web page holds besides its tables (its masthead, its furniture, prose that a table
 * restates, and sentence forms), met on the blind page batches 95 and 96 (helper pagehead, 2026-12-04). Each is written
 * here in our own words on the phenomenon, not on a corpus page.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const html = (page: string, published: string) => releaseRows(page, published, { contentType: HTML });
const text = (release: string, published: string) => releaseRows(release, published);

describe('the masthead of a page whose story names no country', () => {
  it('is found without a headline tag: a board page whose agency stands only in its <title>', () => {
    const page = `<html><head><title>Korea Customs Service | Notices</title></head><body>
<div class="location">Home &gt; News &gt; Notices</div>
<table class="board"><tr><th>Subject</th><td>Trade in goods, March 2021 (provisional)</td></tr><tr><th>Posted</th><td>2021.04.15</td></tr></table>
<div class="board-text"><p>Exports in March 2021 came to US$53.8 billion, up 16.1% from a year earlier, and exports to Japan rose 8.4% to US$2.4 billion.</p></div>
</body></html>`;
    expect(html(page, '2021-04-15').map((r) => [...levelTuple(r), r.area, r.partner])).toEqual([
      ['2021-03', '2021-03', 53_800_000_000, 'USD', 16.1, 'South Korea', 'World'],
      ['2021-03', '2021-03', 2_400_000_000, 'USD', 8.4, 'South Korea', 'Japan'],
    ]);
  });

  it('is found without a headline tag in og:site_name or the text of the site\'s logo', () => {
    const board = (head: string, top: string) => `<html><head><title>Notice board</title>${head}</head><body>${top}
<div class="board-text"><p>The country's exports in the first quarter of 2022 totalled US$41.7 billion, up 12.3% year on year.</p></div></body></html>`;
    const area = (page: string) => html(page, '2022-04-10').map((r) => r.area);
    expect(area(board('<meta property="og:site_name" content="Department of Statistics Malaysia">', ''))).toEqual(['Malaysia']);
    expect(area(board('', '<div class="logo"><img src="/logo.png" alt="Department of Statistics Malaysia"></div>'))).toEqual(['Malaysia']);
    expect(area(board('', '<div id="site-header"><span>Department of Statistics Malaysia</span> <span>Home | Releases</span></div>'))).toEqual(['Malaysia']);
  });

  it('is read with every reporting agency, not only those named after their country', () => {
    const page = `<html><head><title>Press release</title></head><body>
<div class="top">General Statistics Office of Vietnam</div>
<h1>Trade in goods, first half of 2023</h1>
<p>In the first six months, the country's export turnover was estimated at US$164.5 billion, down 12.1% over the same period last year.</p>
</body></html>`;
    expect(html(page, '2023-06-29').map((r) => [...levelTuple(r), r.area, r.flow])).toEqual([['2023-01', '2023-06', 164_500_000_000, 'USD', -12.1, 'Vietnam', 'export']]);
  });
});

describe('page furniture under the story', () => {
  const story = `<h1>External trade, August 2026</h1>
<p>Chile's exports in August 2026 reached US$8.1 billion, up 5.2% year on year.</p>`;
  const page = (furniture: string) => `<html><head><title>Trade</title></head><body><div class="release">${story}</div>${furniture}</body></html>`;
  const got = (furniture: string) => html(page(furniture), '2026-09-07').map((r) => levelTuple(r));
  const one = [['2026-08', '2026-08', 8_100_000_000, 'USD', 5.2]];

  it('drops a block whose class says "more" or "see also", whatever its heading', () => {
    expect(got('<section class="more"><h4>Elsewhere</h4><ul><li>Industrial output, July 2026: up 3.9 per cent</li></ul></section>')).toEqual(one);
    expect(got('<div class="see-also"><ul><li>Mining output, July 2026: down 1.4 per cent</li></ul></div>')).toEqual(one);
  });

  it('drops a "Related releases" or "More news" heading with its bulleted list, each item a block of its own', () => {
    expect(got('<div class="box"><h4>Related releases</h4><ul><li>Industrial output, July 2026: up 3.9 per cent</li><li>Retail sales, July 2026: US$2.2 billion</li></ul></div>')).toEqual(one);
    expect(got('<div class="box"><h4>More news</h4><ul><li>Copper shipments, July 2026: up 6.7 per cent</li></ul></div>')).toEqual(one);
  });
});

describe('a level the prose and a table of the page both state', () => {
  it('is one row: the table\'s exact level with the growth the prose gives it', () => {
    const page = `<html><body><div class="release"><h1>Peru's trade, September 2026</h1>
<p>Peru's exports rose 6.4 per cent to US$6.3 billion in September 2026, while imports fell 2.2 per cent to US$4.8 billion.</p>
<table><caption>Trade in goods, 2026 (US$ million)</caption>
<tr><th>Month</th><th>Exports</th><th>Imports</th></tr>
<tr><td>August</td><td>6,108.4</td><td>4,951.7</td></tr>
<tr><td>September</td><td>6,281.9</td><td>4,822.6</td></tr></table></div></body></html>`;
    const got = html(page, '2026-10-20').map((r) => [...levelTuple(r), r.flow]);
    expect(got).toEqual([
      ['2026-08', '2026-08', 6_108_400_000, 'USD', null, 'export'],
      ['2026-08', '2026-08', 4_951_700_000, 'USD', null, 'import'],
      ['2026-09', '2026-09', 6_281_900_000, 'USD', 6.4, 'export'],
      ['2026-09', '2026-09', 4_822_600_000, 'USD', -2.2, 'import'],
    ]);
  });
});

describe('sentence forms', () => {
  it('reads a count whose noun a brand name parts from the number as that count', () => {
    const got = text('Chongqing, 8 Dec 2025. From January to November 2025, Chongqing dispatched 2,716 Yuxinou China-Europe Railway Express trains, up 9.2 percent year on year.', '2025-12-08');
    expect(got.map((r) => [...levelTuple(r), r.area, r.flow])).toEqual([['2025-01', '2025-11', 2716, 'trains', 9.2, 'Chongqing', 'export']]);
  });

  it('reads a bare percentage in brackets after a level as an index when the release writes an index "to" a base in brackets', () => {
    const got = text('Belarus foreign trade. In January-June 2026, exports amounted to 21.6 bn US dollars (103.2% to January-June 2025), imports — 23.9 bn US dollars (98.7%).', '2026-08-05');
    expect(got.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-06', 21_600_000_000, 'USD', 3.2, 'export'],
      ['2026-01', '2026-06', 23_900_000_000, 'USD', -1.3, 'import'],
    ]);
  });

  it('reads the place after "surplus for" or "deficit for" as whose balance it is, not as the other side', () => {
    const got = text('Euro area trade, 15 October 2026. In August 2026 the euro area recorded a €9.2 bn surplus in trade in goods with the rest of the world, against a €7.5 bn surplus for the EU.', '2026-10-15');
    expect(got.map((r) => [...levelTuple(r), r.area, r.partner])).toEqual([
      ['2026-08', '2026-08', 9_200_000_000, 'EUR', null, 'Euro area', 'World'],
      ['2026-08', '2026-08', 7_500_000_000, 'EUR', null, 'European Union', 'World'],
    ]);
  });

  it('dates an undated figure of a standfirst under the headline by the body\'s first period', () => {
    const got = text(`Nordic goods trade in surplus

NOK 61.2 bn surplus for Norway

In October 2026, Sweden's exports of goods were SEK 164.3 bn, and its imports SEK 158.9 bn.`, '2026-11-16');
    expect(got.map((r) => [...levelTuple(r), r.area, r.flow])).toEqual([
      ['2026-10', '2026-10', 61_200_000_000, 'NOK', null, 'Norway', 'balance'],
      ['2026-10', '2026-10', 164_300_000_000, 'SEK', null, 'Sweden', 'export'],
      ['2026-10', '2026-10', 158_900_000_000, 'SEK', null, 'Sweden', 'import'],
    ]);
  });
});
