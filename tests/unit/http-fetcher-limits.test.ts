/**
 * Fetcher findings of issue 14 (items 7 and 12), against real servers on 127.0.0.1: a redirect's
 * body is closed, not read on past the deadline; a compressed body is archived as the document it
 * encodes; IPv6 prefixes that embed or translate IPv4 addresses are not public.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSourceFetcher, isPrivateAddress } from '../../functions/adapters/http-fetcher.js';
import { RELEASE_MEDIA_TYPES } from '../../functions/core/ingest/media-types.js';
import type { FetchRequest } from '../../functions/core/ports.js';
import { document, startTestServer, type TestServer } from '../support/test-http.js';

let server: TestServer;
/** Whether the trickling redirect's response was closed, and when. */
let redirectClosedAt: number | undefined;
const fetcher = new HttpSourceFetcher();
const page = '<p>Exports rose 5.3 percent.</p>';

beforeAll(async () => {
  server = await startTestServer({
    '/final.html': document(page, 'text/html'),
    // A redirect whose body never ends: one byte every 20 ms, forever.
    '/trickling-redirect': (_req, res) => {
      res.writeHead(302, { location: '/final.html', 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 20);
      res.on('close', () => {
        clearInterval(timer);
        redirectClosedAt = Date.now();
      });
    },
    '/gzipped.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
    '/bomb.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('x'.repeat(5_000_000))),
    '/odd-encoding.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' }).end('????'),
  });
});

afterAll(async () => {
  await server?.close();
});

const request = (path: string, extra: Partial<FetchRequest> = {}): FetchRequest => ({
  url: `${server.baseUrl}${path}`, timeoutMs: 500, maxBytes: 100_000, userAgent: 'customs-publisher-test/1', allowedHosts: [server.host], allowPrivateNetwork: true, accept: RELEASE_MEDIA_TYPES, ...extra,
});

describe('redirect bodies', () => {
  it('are closed at once: the trickling redirect is not read after the fetch returned', async () => {
    const result = await fetcher.fetch(request('/trickling-redirect'));
    expect(result).toMatchObject({ status: 'ok', url: `${server.baseUrl}/final.html` });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(redirectClosedAt).toBeDefined();
  });
});

describe('compressed bodies', () => {
  it('a gzip body (sent although we asked for identity) is archived as the document it encodes', async () => {
    const result = await fetcher.fetch(request('/gzipped.html'));
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(new TextDecoder().decode(result.body)).toBe(page);
  });

  it('a gzip bomb is refused at the size limit, and an unknown encoding with a reason', async () => {
    expect(await fetcher.fetch(request('/bomb.html', { timeoutMs: 20_000 }))).toMatchObject({ status: 'failed', retryable: false, reason: expect.stringContaining('could not be decoded within 100000 bytes') });
    expect(await fetcher.fetch(request('/odd-encoding.html'))).toMatchObject({ status: 'failed', reason: `refused: ${server.baseUrl}/odd-encoding.html answered with Content-Encoding zstd, which is not decoded` });
  });
});

describe('IPv6 prefixes carrying IPv4', () => {
  it.each([
    ['2002:7f00:1::1', '6to4 of 127.0.0.1'],
    ['2002:0a00:0001::1', '6to4 of 10.0.0.1'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['64:ff9b:1::a00:1', 'local-use NAT64'],
  ])('%s (%s) is not public', (address) => expect(isPrivateAddress(address)).toBe(true));

  it('ordinary global IPv6 addresses still are', () => {
    expect(isPrivateAddress('2001:4860:4860::8888')).toBe(false);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
  });
});
