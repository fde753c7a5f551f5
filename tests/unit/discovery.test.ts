import { describe, expect, it } from 'vitest';
import { discoverReleases, entryStamp } from '../../functions/core/ingest/discovery.js';

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
        { url: 'https://news.example.org/news/may.html', title: 'Trade in May', published: '2025-06-09', updated: 'Mon, 09 Jun 2025 02:00:00 GMT' },
        { url: 'https://news.example.org/news/june.html', title: 'Trade in June & July', published: undefined, updated: undefined },
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
      { url: 'https://news.example.org/a', title: 'Port figures', published: '2025-10-25', updated: '2025-10-25T08:00:00Z' },
      { url: 'https://news.example.org/b', title: 'Single', published: '2025-11-01', updated: '2025-11-01T00:00:00Z' },
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
      { url: 'https://x.org/r/1.html', title: 'One', published: '2025-01-14', updated: '2025-01-14' },
      { url: 'https://x.org/r/2.html', title: '', published: undefined, updated: undefined },
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

  it('rejects a listing with no matching link (a redesigned or broken page) with a reason', () => {
    const listing = { type: 'html-listing' as const, url: 'https://x.org/list/', link_pattern: '/Statics/' };
    expect(discoverReleases(listing, '<html><body><p>Maintenance</p></body></html>', listing.url)).toEqual({ ok: false, reason: 'listing has no link matching /Statics/' });
    expect(discoverReleases(listing, '\u0000\u0001 binary <<<<', listing.url).ok).toBe(false);
  });

  it('lists a release once when the index repeats it, also under a non-canonical form of its URL', () => {
    const rss = `<rss><channel><item><title>A</title><link>https://news.example.org/a.html</link></item>
      <item><title>A again</title><link>https://news.example.org:443/a.html#top</link></item></channel></rss>`;
    const outcome = discoverReleases(feed, rss, feed.url);
    expect(outcome.ok && outcome.releases.map((r) => r.title)).toEqual(['A']);
  });

  it('stamps an entry by its updated date, publication date and title, so an edit of any of them shows', () => {
    const entry = { url: 'https://x.org/a', title: 'Trade in May', published: '2025-06-09', updated: '2025-06-09T02:00:00Z' };
    expect(entryStamp(entry)).toBe(entryStamp({ ...entry }));
    expect(entryStamp({ ...entry, updated: '2025-06-20T02:00:00Z' })).not.toBe(entryStamp(entry));
    expect(entryStamp({ ...entry, title: 'Trade in May (revised)' })).not.toBe(entryStamp(entry));
  });

  it('reads the RSS atom:updated of an item as its updated stamp', () => {
    const rss = `<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><item><title>A</title><link>/a</link><pubDate>Mon, 09 Jun 2025 02:00:00 GMT</pubDate><atom:updated>2025-06-20T00:00:00Z</atom:updated></item></channel></rss>`;
    const outcome = discoverReleases(feed, rss, feed.url);
    expect(outcome.ok && outcome.releases[0]).toMatchObject({ published: '2025-06-09', updated: '2025-06-20T00:00:00Z' });
  });
});
