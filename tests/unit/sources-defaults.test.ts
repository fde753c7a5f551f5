/**
 * The shipped sources file (infra/sources.json): every entry valid, documented and real, the GACC
 * 2025 calendar as announced, and each entry's link and title patterns doing what its notes say on
 * pages written here in the structure of the publisher's own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceConfig, type Discovery } from '../../functions/core/contract.js';
import { calendarDues } from '../../functions/core/ingest/calendar.js';
import { discoverReleases } from '../../functions/core/ingest/discovery.js';
import { parseSourcesFile } from '../../functions/core/sources.js';

const file = fileURLToPath(new URL('../../infra/sources.json', import.meta.url));
const { sources, errors } = parseSourcesFile(readFileSync(file, 'utf8'), file);
const byId = (id: string) => {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id} in infra/sources.json`);
  return source;
};
const urlsOf = (d: Discovery) => (d.type === 'urls' ? d.urls : [d.url]);

describe('infra/sources.json', () => {
  it('is valid, every entry with notes, an explicit licence and public URLs', () => {
    expect(errors).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(6);
    const raw = JSON.parse(readFileSync(file, 'utf8')).sources as Array<Record<string, unknown>>;
    for (const [i, source] of sources.entries()) {
      expect(source.notes?.length, source.id).toBeGreaterThan(200);
      expect(raw[i].licence, `${source.id} states its licence rather than taking the default`).toBeDefined();
      expect(source.local, source.id).toBe(false);
      for (const url of urlsOf(source.discovery)) expect(new URL(url).hostname, source.id).toMatch(/\.(cn|hk|gov)$/);
    }
  });

  it('reads GACC\'s statistics (preliminary release and monthly bulletin, one dataset so a bulletin revises) and its trade news, enabled', () => {
    expect(byId('gacc-preliminary-tables')).toMatchObject({ kind: 'statistical-table', enabled: true, dataset: 'china-customs-monthly-tables' });
    expect(byId('gacc-monthly-bulletin-tables')).toMatchObject({ kind: 'statistical-table', enabled: true, dataset: 'china-customs-monthly-tables' });
    expect(byId('gacc-news-trade-figures')).toMatchObject({ kind: 'press-release', enabled: true });
  });

  it('carries GACC\'s announced 2025 calendar: preliminary days as announced, none in February, bulletin on the 18th of the same months', () => {
    const preliminary = calendarDues(byId('gacc-preliminary-tables').calendar!);
    expect(preliminary.map((d) => d.date)).toEqual(['2025-01-13', '2025-03-07', '2025-04-14', '2025-05-09', '2025-06-09', '2025-07-14', '2025-08-07', '2025-09-08', '2025-10-13', '2025-11-07', '2025-12-08']);
    expect(preliminary.every((d) => d.kind === 'preliminary' && d.at.toISOString().endsWith('T02:00:00.000Z'))).toBe(true);
    const bulletin = calendarDues(byId('gacc-monthly-bulletin-tables').calendar!).map((d) => d.date);
    expect(bulletin).toEqual(preliminary.map((d) => `${d.date.slice(0, 8)}18`));
  });
});

describe('the shipped patterns on pages in the publishers\' structure', () => {
  it('GACC table listings: the month links of the grid, not the navigation', () => {
    const grid = readFileSync(fileURLToPath(new URL('../../bin/sample-source/statistics/index.html', import.meta.url)), 'utf8');
    for (const id of ['gacc-preliminary-tables', 'gacc-monthly-bulletin-tables']) {
      const outcome = discoverReleases(byId(id).discovery, grid, 'http://english.customs.gov.cn/statics/report/monthly.html');
      expect(outcome.ok && outcome.releases.map((r) => r.url)).toEqual([
        'http://english.customs.gov.cn/Statics/3b9e7c41-5a2d-4f08-9c61-d07e2a48b1f5.html',
        'http://english.customs.gov.cn/Statics/8f20d6aa-17c3-4e9b-b5d4-6c1a93e0f27d.html',
      ]);
    }
  });

  it('GACC news: trade-figure stories from the home page, without the numbered tables or other news', () => {
    const home = `<html><body><div class="menu"><a href="/">Home</a> <a href="/statics/report/monthly.html">Statistics</a></div>
      <ul class="news">
        <li><a href="/Statics/0a1b2c3d-1111-4222-8333-944455566677.html">China's foreign trade keeps growing in the first 11 months</a></li>
        <li><a href="/Statics/0a1b2c3d-1111-4222-8333-944455566678.html">Customs chief meets visiting delegation</a></li>
        <li><a href="/Statics/0a1b2c3d-1111-4222-8333-944455566679.html">Exports of electromechanical products rise in November</a></li>
      </ul>
      <ul class="data"><li><a href="/Statics/0a1b2c3d-1111-4222-8333-944455566680.html">(1) China's Total Export &amp; Import Values, 11.2025</a></li></ul>
    </body></html>`;
    const outcome = discoverReleases(byId('gacc-news-trade-figures').discovery, home, 'http://english.customs.gov.cn/');
    expect(outcome.ok && outcome.releases.map((r) => r.title)).toEqual(["China's foreign trade keeps growing in the first 11 months", 'Exports of electromechanical products rise in November']);
  });

  it('Xinjiang news: dated article links about trade and customs only', () => {
    const home = `<html><body>
      <a href="/2025/10/25/66403a8bef3744158a0bf68e5be94150.html">Horgos port tops land ports for vehicle exports, customs says</a>
      <a href="/2025/10/24/66403a8bef3744158a0bf68e5be94151.html">Autumn colours draw visitors to Kanas</a>
      <a href="/special/trade/">Foreign trade special</a>
    </body></html>`;
    const outcome = discoverReleases(byId('xinjiang-customs-news').discovery, home, 'http://en.chinaxinjiang.cn/');
    expect(outcome.ok && outcome.releases.map((r) => r.url)).toEqual(['http://en.chinaxinjiang.cn/2025/10/25/66403a8bef3744158a0bf68e5be94150.html']);
  });

  it('Hong Kong: only the monthly merchandise trade release out of the day\'s press releases', () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Press releases</title>
      <item><title>External merchandise trade statistics for October 2025</title><link>https://www.info.gov.hk/gia/general/202511/25/P2025112500411.htm</link><pubDate>Tue, 25 Nov 2025 08:30:00 GMT</pubDate></item>
      <item><title>Tender results of Exchange Fund Bills</title><link>https://www.info.gov.hk/gia/general/202511/25/P2025112500222.htm</link></item>
    </channel></rss>`;
    const outcome = discoverReleases(byId('hong-kong-merchandise-trade').discovery, feed, 'https://www.info.gov.hk/gia/rss/general_en.xml');
    expect(outcome.ok && outcome.releases.map((r) => [r.title, r.published])).toEqual([['External merchandise trade statistics for October 2025', '2025-11-25']]);
  });

  it('a title_pattern that is not a regular expression is refused, naming the field', () => {
    const parsed = SourceConfig.safeParse({ id: 'x1', kind: 'press-release', dataset: 'x1', discovery: { type: 'feed', url: 'https://example.org/feed.xml', title_pattern: '(trade' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['discovery', 'title_pattern'], message: 'must be a valid regular expression' });
  });
});
