import { describe, expect, it } from 'vitest';
import { discoverReleases } from '../../functions/core/ingest/discovery.js';

const feed = { type: 'feed' as const, url: 'https://news.example.org/feed.xml' };

describe('discoverReleases', () => {
  it('reads RSS items, resolving relative links and publication dates', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
      <item><title>Trade in May</title><link>/news/may.html</link><pubDate>Mon, 09 Jun 2025 02:00:00 GMT</pubDate></item>
      <item><title>Trade in June &amp; July</title><link>https://news.example.org/news/june.html</link></item>
      <item><title>Duplicate</title><link>/news/may.html</link></item>
    </channel></rss>`;
    const outcome = discoverReleases(feed, rss, feed.url);
    expect(outcome).toEqual({
      ok: true,
      releases: [
        { url: 'https://news.example.org/news/may.html', title: 'Trade in May', published: '2025-06-09' },
        { url: 'https://news.example.org/news/june.html', title: 'Trade in June & July', published: undefined },
      ],
    });
  });

  it('reads Atom entries and their alternate links', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title>Port figures</title><link rel="alternate" href="https://news.example.org/a"/><published>2025-10-25T08:00:00Z</published></entry>
      <entry><title>Single</title><link href="b"/><updated>2025-11-01T00:00:00Z</updated></entry>
    </feed>`;
    const outcome = discoverReleases(feed, atom, feed.url);
    expect(outcome.ok && outcome.releases).toEqual([
      { url: 'https://news.example.org/a', title: 'Port figures', published: '2025-10-25' },
      { url: 'https://news.example.org/b', title: 'Single', published: '2025-11-01' },
    ]);
  });

  it('rejects a malformed feed with a reason', () => {
    const outcome = discoverReleases(feed, '<rss><channel><item></channel>', feed.url);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/not well-formed XML/);
    expect(discoverReleases(feed, '<html><body>hello</body></html>', feed.url)).toEqual({ ok: false, reason: 'feed has neither an RSS <channel> nor an Atom <feed> root' });
  });

  it('reads a JSON index at a nested path and rejects invalid JSON', () => {
    const index = { type: 'json-index' as const, url: 'https://x.org/index.json', items_path: 'data.releases' };
    const outcome = discoverReleases(index, JSON.stringify({ data: { releases: [{ url: 'r/1.html', title: 'One', date: '2025-01-14' }, 'r/2.html', { nope: 1 }] } }), index.url);
    expect(outcome.ok && outcome.releases).toEqual([
      { url: 'https://x.org/r/1.html', title: 'One', published: '2025-01-14' },
      { url: 'https://x.org/r/2.html', title: '', published: undefined },
    ]);
    expect(discoverReleases(index, '{"data":', index.url).ok).toBe(false);
    expect(discoverReleases(index, '{"data":{}}', index.url)).toEqual({ ok: false, reason: 'index has no array of releases at "data.releases"' });
  });

  it('keeps only listing links that match the pattern', () => {
    const listing = { type: 'html-listing' as const, url: 'https://x.org/list/', link_pattern: '/Statics/[0-9a-f-]+\\.html$' };
    const html = `<ul><li><a href="/Statics/3ff8-47.html">(5) Imports and Exports by Customs Regime, 9.2019</a></li>
      <li><a href="/about.html">About</a></li><li><a href="javascript:void(0)">x</a></li></ul>`;
    const outcome = discoverReleases(listing, html, listing.url);
    expect(outcome.ok && outcome.releases).toEqual([{ url: 'https://x.org/Statics/3ff8-47.html', title: '(5) Imports and Exports by Customs Regime, 9.2019' }]);
  });
});
