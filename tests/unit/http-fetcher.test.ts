/**
 * The HTTP fetcher against real servers on 127.0.0.1: every failure comes back as a value with a
 * reason and the right `retryable`, within the deadline, and the network guards hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSourceFetcher, isPrivateAddress } from '../../functions/adapters/http-fetcher.js';
import { INDEX_MEDIA_TYPES, RELEASE_MEDIA_TYPES } from '../../functions/core/ingest/media-types.js';
import type { FetchRequest } from '../../functions/core/ports.js';
import { document, hang, redirect, reset, startTestServer, status, trickle, type TestServer } from '../support/test-http.js';

let server: TestServer;
let other: TestServer;
const fetcher = new HttpSourceFetcher();

beforeAll(async () => {
  other = await startTestServer({ '/elsewhere.html': document('<p>elsewhere</p>', 'text/html') });
  server = await startTestServer({
    '/feed.xml': document('<rss><channel></channel></rss>', 'application/rss+xml; charset=utf-8'),
    '/page.html': document('<p>hello</p>', 'text/html; charset=utf-8'),
    '/chart.png': document(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/untyped': (_req, res) => void res.writeHead(200).end('no type'),
    '/big.html': document('x'.repeat(2000), 'text/html'),
    '/big-chunked.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20; i++) res.write('y'.repeat(100));
      res.end();
    },
    '/error.html': status(500),
    '/busy.html': status(429, { 'retry-after': '3' }),
    '/gone.html': status(404),
    '/hang.html': hang,
    '/trickle.html': trickle('text/html', 20),
    '/reset.html': reset,
    '/moved.html': redirect('/page.html', 301),
    '/away.html': redirect(`${other.baseUrl}/elsewhere.html`),
    '/to-metadata.html': redirect('http://169.254.169.254/latest/meta-data/'),
    '/loop.html': redirect('/loop.html'),
    '/nowhere.html': (_req, res) => void res.writeHead(302).end(),
  });
});

afterAll(async () => {
  await server?.close();
  await other?.close();
});

const request = (path: string, extra: Partial<FetchRequest> = {}): FetchRequest => ({
  url: `${server.baseUrl}${path}`,
  timeoutMs: 300,
  maxBytes: 1000,
  userAgent: 'customs-publisher-test/1',
  allowedHosts: [server.host],
  allowPrivateNetwork: true,
  accept: RELEASE_MEDIA_TYPES,
  ...extra,
});

describe('HttpSourceFetcher', () => {
  it('returns the body with its validators and sends the user agent and Accept header', async () => {
    const result = await fetcher.fetch(request('/page.html'));
    expect(result).toMatchObject({ status: 'ok', contentType: 'text/html; charset=utf-8', lastModified: 'Mon, 10 Nov 2025 08:00:00 GMT' });
    expect(result.status === 'ok' && new TextDecoder().decode(result.body)).toBe('<p>hello</p>');
    expect(result.status === 'ok' && result.etag).toMatch(/^"[0-9a-f]{16}"$/);
    const seen = server.requests.at(-1)!;
    expect(seen.headers['user-agent']).toBe('customs-publisher-test/1');
    expect(seen.headers.accept).toContain('text/html');
  });

  it('sends the validators and reports 304 as not-modified', async () => {
    const first = await fetcher.fetch(request('/feed.xml', { accept: INDEX_MEDIA_TYPES.feed }));
    expect(first.status).toBe('ok');
    const again = await fetcher.fetch(request('/feed.xml', { accept: INDEX_MEDIA_TYPES.feed, etag: first.status === 'ok' ? first.etag : undefined }));
    expect(again).toEqual({ status: 'not-modified', url: `${server.baseUrl}/feed.xml` });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(first.status === 'ok' ? first.etag : '');
    const byDate = await fetcher.fetch(request('/feed.xml', { accept: INDEX_MEDIA_TYPES.feed, lastModified: 'Mon, 10 Nov 2025 08:00:00 GMT' }));
    expect(byDate.status).toBe('not-modified');
  });

  it('marks 5xx and 429 retryable (with Retry-After) and 404 not retryable', async () => {
    expect(await fetcher.fetch(request('/error.html'))).toMatchObject({ status: 'failed', retryable: true, reason: `HTTP 500 from ${server.baseUrl}/error.html` });
    expect(await fetcher.fetch(request('/busy.html'))).toMatchObject({ status: 'failed', retryable: true, retryAfterMs: 3000 });
    expect(await fetcher.fetch(request('/gone.html'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringContaining('HTTP 404') });
  });

  it('gives up on a server that never answers at the deadline, as a retryable failure', async () => {
    expect(await fetcher.fetch(request('/hang.html'))).toMatchObject({ status: 'failed', retryable: true, reason: expect.stringMatching(/timed out after 300 ms/) });
  });

  it('gives up on a body that trickles in forever at the same deadline', async () => {
    expect(await fetcher.fetch(request('/trickle.html', { maxBytes: 1_000_000 }))).toMatchObject({ status: 'failed', retryable: true, reason: expect.stringMatching(/timed out after 300 ms/) });
  });

  it('reports a dropped connection as retryable', async () => {
    expect(await fetcher.fetch(request('/reset.html'))).toMatchObject({ status: 'failed', retryable: true, reason: expect.stringMatching(/ECONNRESET|socket hang up/) });
  });

  it('refuses bodies over the size limit, declared or streamed', async () => {
    expect(await fetcher.fetch(request('/big.html'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/body of 2000 bytes .* exceeds the limit of 1000/) });
    expect(await fetcher.fetch(request('/big-chunked.html'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/exceeds the limit of 1000 bytes/) });
  });

  it('refuses media types the role does not accept, and a missing Content-Type', async () => {
    expect(await fetcher.fetch(request('/chart.png'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/media type image\/png, expected one of text\/html/) });
    expect(await fetcher.fetch(request('/page.html', { accept: INDEX_MEDIA_TYPES.feed }))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/media type text\/html/) });
    expect(await fetcher.fetch(request('/untyped'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/no Content-Type/) });
  });

  it('follows a redirect within the allowed hosts and reports the final URL', async () => {
    expect(await fetcher.fetch(request('/moved.html'))).toMatchObject({ status: 'ok', url: `${server.baseUrl}/page.html` });
  });

  it('refuses a redirect to a host that is not allowed, without contacting it', async () => {
    const before = other.requests.length;
    expect(await fetcher.fetch(request('/away.html'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(new RegExp(`refused: ${other.host} is not an allowed host .*redirected from`)) });
    expect(other.requests.length).toBe(before);
  });

  it('refuses a redirect to a link-local (cloud metadata) address even when its host were allowed', async () => {
    const result = await fetcher.fetch(request('/to-metadata.html', { allowedHosts: [server.host, '169.254.169.254'], allowPrivateNetwork: false, url: `${server.baseUrl}/to-metadata.html` }));
    // The first hop is already refused: the test server itself is on loopback and the source is not local.
    expect(result).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/refused: 127\.0\.0\.1 is a private or loopback address/) });
  });

  it('refuses loopback for a source not marked local, whether literal or resolved by DNS, before any request', async () => {
    const before = server.requests.length;
    expect(await fetcher.fetch(request('/page.html', { allowPrivateNetwork: false }))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/private or loopback/) });
    const port = new URL(server.baseUrl).port;
    const viaDns = await fetcher.fetch(request('/page.html', { url: `http://localhost:${port}/page.html`, allowedHosts: [`localhost:${port}`], allowPrivateNetwork: false }));
    expect(viaDns).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/localhost resolves to a private or loopback address/) });
    expect(server.requests.length).toBe(before);
  });

  it('stops redirect loops and redirects without a Location', async () => {
    expect(await fetcher.fetch(request('/loop.html'))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/too many redirects/) });
    expect(await fetcher.fetch(request('/nowhere.html'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/without a Location/) });
  });

  it('refuses non-HTTP schemes', async () => {
    expect(await fetcher.fetch(request('', { url: 'file:///etc/passwd', allowedHosts: [''] }))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringMatching(/file: URLs are not fetched/) });
  });
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
    '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]', '::7f00:1', '64:ff9b::a00:1',
  ])('%s is not public', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', 'example.org'])('%s is public (or not an address)', (address) => expect(isPrivateAddress(address)).toBe(false));
});
