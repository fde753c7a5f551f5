/**
 * Variants of one release URL are one release (issue 14, item 12). Before, a feed that added
 * `utm_` parameters, wrote `%31` for `1`, doubled a slash or spelled the host in Unicode made each
 * variant a new release, archived and normalized again. Release ids of URLs that were already
 * canonical must not move: the ledger and every published row carry them.
 */
import { describe, expect, it } from 'vitest';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import { SourceConfig } from '../../functions/core/contract.js';
import { canonicalUrl, releaseId } from '../../functions/core/identity.js';
import { discoverReleases } from '../../functions/core/ingest/discovery.js';
import { ingestSources } from '../../functions/core/ingest/ingest-sources.js';
import { memoryPorts } from '../support/memory-ports.js';
import { document, rss, startTestServer } from '../support/test-http.js';

describe('canonicalUrl folds the variants of one address', () => {
  it.each([
    ['tracking parameters are dropped, the others kept in their order and spelling', 'https://example.org/r?id=42&utm_source=rss&utm_medium=feed&lang=en&fbclid=x1&gclid=y2', 'https://example.org/r?id=42&lang=en'],
    ['a query of tracking parameters only leaves no "?"', 'https://example.org/r.html?utm_campaign=oct', 'https://example.org/r.html'],
    ['an empty query leaves no "?"', 'https://example.org/r.html?', 'https://example.org/r.html'],
    ['percent-encoded unreserved characters are decoded', 'https://example.org/news/2025%2D%31%30/r%7Ea%5Fb%2E%68tml', 'https://example.org/news/2025-10/r~a_b.html'],
    ['other percent-encodings keep their meaning, in upper case', 'https://example.org/a%2fb%20c?q=x%2By%26z', 'https://example.org/a%2Fb%20c?q=x%2By%26z'],
    ['runs of slashes in the path are one', 'https://example.org//statics//2025///r.html', 'https://example.org/statics/2025/r.html'],
    ['default ports go, others stay', 'HTTPS://Example.ORG:443/r.html', 'https://example.org/r.html'],
    ['the host loses its case and a trailing dot', 'http://English.Customs.gov.cn./Statics/r.html', 'http://english.customs.gov.cn/Statics/r.html'],
    ['an internationalized host is written in punycode', 'http://海关.中国/r.html', 'http://xn--d6qv69d.xn--fiqs8s/r.html'],
    ['the fragment goes', 'https://example.org/r.html#para-3', 'https://example.org/r.html'],
  ])('%s', (_rule, variant, canonical) => {
    expect(canonicalUrl(variant)).toBe(canonical);
    expect(canonicalUrl(canonical)).toBe(canonical);
  });

  it('the path keeps its case, a tracking-like name inside a value is not touched', () => {
    expect(canonicalUrl('https://example.org/Statics/A.HTML?ref=utm_source')).toBe('https://example.org/Statics/A.HTML?ref=utm_source');
  });
});

describe('release ids', () => {
  it('did not move for URLs that were already canonical (values from before this change)', () => {
    const before: Array<[string, string]> = [
      ['http://english.customs.gov.cn/Statics/0b3c8f0e-1d2a-4b5c-9e7f-123456789abc.html', 'src-5e43eaa5d9e63ebf'],
      ['http://www.customs.gov.cn/customs/302249/zfxxgk/2799825/302274/302277/index.html', 'src-52233c9577b80dbb'],
      ['https://example.org/releases?id=42&lang=en', 'src-29f38c1394e4a230'],
      ['https://example.org/search?q=trade%20figures&page=2', 'src-ee524c3a3caa5e3c'],
      ['https://example.org/a+b/file%2Fname.html', 'src-a623e843ba619891'],
      ['http://127.0.0.1:8080/r/a.txt', 'src-7a64d84565ac6222'],
      ['https://example.org/dir/', 'src-309f6d8f301bcea7'],
    ];
    for (const [url, id] of before) expect(releaseId('src', url), url).toBe(id);
  });

  it('are one for every variant of a URL', () => {
    const id = releaseId('src', 'https://example.org/r/2025-10.html');
    for (const variant of ['https://example.org/r/2025-%31%30.html?utm_source=newsletter', 'https://EXAMPLE.org:443//r/2025-10.html#top', 'https://example.org/r//2025-10.html?']) {
      expect(releaseId('src', variant), variant).toBe(id);
    }
  });
});

describe('a feed that re-announces a release with tracking parameters', () => {
  it('lists it once, and a later run does not archive it as a new release', async () => {
    const feed = (links: string[]) => rss(links.map((link, i) => ({ link, title: `T${i}`, date: 'Fri, 07 Nov 2025 03:00:00 GMT' })));
    const listed = discoverReleases({ type: 'feed', url: 'https://example.org/feed.xml' }, feed(['https://example.org/r.html', 'https://example.org//r.html?utm_source=rss']), 'https://example.org/feed.xml');
    expect(listed.ok && listed.releases.map((r) => r.url)).toEqual(['https://example.org/r.html']);

    const s = await startTestServer({ '/r.html': document('<p>In October 2025 exports rose 5.2 percent.</p>', 'text/html') });
    try {
      s.routes.set('/feed.xml', document(feed([`${s.baseUrl}/r.html`]), 'application/rss+xml', 'Mon, 10 Nov 2025 08:00:00 GMT'));
      const ports = memoryPorts();
      const src = SourceConfig.parse({ id: 'news', kind: 'press-release', dataset: 'news-figures', discovery: { type: 'feed', url: `${s.baseUrl}/feed.xml` }, local: true, politeness: { timeout_ms: 2000, min_interval_ms: 0, retries: 0 } });
      let now = new Date('2025-11-15T06:00:00Z');
      const deps = { fetcher: new HttpSourceFetcher(), ...ports, clock: { now: () => now }, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, wait: async () => undefined, random: () => 0.5 };
      expect((await ingestSources([src], deps)).sources[0]).toMatchObject({ new_releases: 1 });
      s.routes.set('/feed.xml', document(feed([`${s.baseUrl}/r.html?utm_source=rss&amp;utm_medium=feed`]), 'application/rss+xml', 'Tue, 11 Nov 2025 08:00:00 GMT'));
      now = new Date('2025-11-15T08:00:00Z');
      const second = (await ingestSources([src], deps)).sources[0];
      expect(second.failures).toEqual([]);
      expect(second).toMatchObject({ status: 'ok', new_releases: 0 });
      expect(ports.ledger.releases.size).toBe(1);
    } finally {
      await s.close();
    }
  });
});
