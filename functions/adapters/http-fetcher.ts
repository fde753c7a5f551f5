/**
 * The SourceFetcher port over node:http(s). It enforces what a polite, safe crawler must:
 * an overall deadline (slow trickling bodies included), a body size cap, a media type check before
 * the body is read, redirects only within the source's allowed hosts, and no loopback, link-local
 * or private addresses unless the source is marked local (checked on the URL and again on the
 * resolved address, so neither a redirect nor DNS can smuggle one in). Failures are values with a
 * reason and whether a re-try may help; this adapter never re-tries by itself (ingest decides).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type * as NodeHttp from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { mediaTypeAccepted } from '../core/ingest/media-types.js';
import type { FetchRequest, FetchResult, SourceFetcher } from '../core/ports.js';

const MAX_REDIRECTS = 5;

/**
 * node:http through require, not an ES import: an ES import makes Node evaluate every export of
 * the module, and its WebSocket, CloseEvent and MessageEvent exports load Node's bundled fetch
 * implementation (undici): about 40 ms of a cold start for code this adapter never calls
 * (measured: bench/bundles.bench.ts). node:https has no such exports.
 */
const http = createRequire(import.meta.url)('node:http') as typeof NodeHttp;

/** Address ranges no public source lives in: loopback, private, link-local, CGNAT, multicast, documentation, NAT64, 6to4, Teredo. */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
// 2002::/16 (6to4) and 2001::/32 (Teredo) embed an IPv4 address that may be private; 64:ff9b:1::/48 is local-use NAT64.
for (const [net, prefix] of [['::', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** Whether an IP address is loopback, link-local, private, unique-local, CGNAT, multicast, reserved or unspecified (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  return NON_PUBLIC.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** A failure inside one exchange; turned into a `failed` FetchResult at the port boundary. */
class FetchFailure extends Error {
  constructor(
    message: string,
    /** Whether trying again soon may succeed (timeouts, 5xx, 429, dropped connections), as opposed to a refusal. */
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Network error codes worth a re-try: the server or the path to it may be back in a moment. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => !allowPrivate && isPrivateAddress(a.address));
      if (blocked) return callback(new FetchFailure(`refused: ${hostname} resolves to a private or loopback address (${blocked.address})`, false), '', 0);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

function hostAllowed(url: URL, allowedHosts: string[]): boolean {
  return allowedHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase());
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if any. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

type Exchange = { kind: 'redirect'; location: string } | { kind: 'done'; result: FetchResult };

const DECODERS: Record<string, (body: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/**
 * The body as the server meant it: we ask for `identity`, but some servers compress anyway, and
 * the archive must hold the document, not its gzip. Decoding is capped at the same size limit.
 */
function decodeContent(body: Buffer, encoding: string | undefined, maxBytes: number, url: URL): Buffer {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return body;
  const decode = DECODERS[name];
  if (!decode) throw new FetchFailure(`refused: ${url} answered with Content-Encoding ${name}, which is not decoded`, false);
  try {
    return decode(body, { maxOutputLength: maxBytes });
  } catch (error) {
    throw new FetchFailure(`refused: the ${name} body from ${url} could not be decoded within ${maxBytes} bytes (${(error as Error).message})`, false);
  }
}

export class HttpSourceFetcher implements SourceFetcher {
  /** One GET (following allowed redirects) under one deadline; every failure is returned as a value. */
  async fetch(request: FetchRequest): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return { status: 'failed', url: request.url, reason: `refused: "${request.url}" is not a URL`, retryable: false };
    }
    const deadline = Date.now() + request.timeoutMs;
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure(`refused: ${url.protocol} URLs are not fetched (${url})`, false);
        if (!hostAllowed(url, request.allowedHosts)) {
          throw new FetchFailure(`refused: ${url.host} is not an allowed host (allowed: ${request.allowedHosts.join(', ')})${hop > 0 ? ` (redirected from ${request.url})` : ''}`, false);
        }
        if (!request.allowPrivateNetwork && isPrivateAddress(url.hostname)) {
          throw new FetchFailure(`refused: ${url.hostname} is a private or loopback address and the source is not marked local${hop > 0 ? ` (redirected from ${request.url})` : ''}`, false);
        }
        const answer = await this.once(url, request, deadline);
        if (answer.kind === 'done') return answer.result;
        url = new URL(answer.location, url);
      }
      throw new FetchFailure(`too many redirects (more than ${MAX_REDIRECTS}) from ${request.url}`, false);
    } catch (error) {
      const failure = error instanceof FetchFailure ? error : new FetchFailure(`request failed: ${(error as Error).message}`, false);
      return { status: 'failed', url: url.toString(), reason: failure.message, retryable: failure.retryable, retryAfterMs: failure.retryAfterMs };
    }
  }

  private once(url: URL, request: FetchRequest, deadline: number): Promise<Exchange> {
    return new Promise((resolve, reject) => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return reject(new FetchFailure(`timed out after ${request.timeoutMs} ms (${url})`, true));
      let settled = false;
      const settle = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if ('ok' in outcome) resolve(outcome.ok);
        else {
          req.destroy();
          reject(outcome.error);
        }
      };
      const client = url.protocol === 'https:' ? https : http;
      const req = client.get(url, { headers: requestHeaders(request), lookup: guardedLookup(request.allowPrivateNetwork) }, (res) => {
        const head = headOutcome(res, url, request);
        if ('contentType' in head) return readBody(res, url, request, head.contentType, settle);
        // Closed, not drained: a redirect body that trickles would otherwise be read past the deadline.
        req.destroy();
        settle(head);
      });
      // One deadline for the whole exchange, redirects included: a server that trickles bytes forever still ends here.
      const timer = setTimeout(() => settle({ error: new FetchFailure(`timed out after ${request.timeoutMs} ms (${url})`, true) }), remaining);
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof FetchFailure) return settle({ error });
        settle({ error: new FetchFailure(`request to ${url} failed: ${error.code ?? error.message}`, TRANSIENT_CODES.has(error.code ?? '')) });
      });
    });
  }
}

/** How one exchange ends: the answer (or a redirect to follow), or the failure. */
type Outcome = { ok: Exchange } | { error: FetchFailure };

/** The request's headers: who asks, what it accepts, and the validators of a conditional request. */
function requestHeaders(request: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': request.userAgent,
    accept: request.accept.length ? `${request.accept.join(', ')};q=1, */*;q=0.1` : '*/*',
    'accept-encoding': 'identity',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

/** A response header given once (undefined when absent or repeated). */
function headerOf(res: NodeHttp.IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * What the status line and headers decide before any byte of the body is read: a redirect, not
 * modified, a failure or a refusal; or, for a body worth reading, its media type.
 */
function headOutcome(res: NodeHttp.IncomingMessage, url: URL, request: FetchRequest): Outcome | { contentType: string } {
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && status !== 304) {
    const location = headerOf(res, 'location');
    return location ? { ok: { kind: 'redirect', location } } : { error: new FetchFailure(`HTTP ${status} without a Location header from ${url}`, false) };
  }
  if (status === 304) return { ok: { kind: 'done', result: { status: 'not-modified', url: url.toString() } } };
  if (status < 200 || status >= 300) return { error: new FetchFailure(`HTTP ${status} from ${url}`, status >= 500 || status === 429 || status === 408, retryAfterMs(headerOf(res, 'retry-after'))) };
  const contentType = headerOf(res, 'content-type');
  if (!contentType || !mediaTypeAccepted(contentType, request.accept)) {
    return { error: new FetchFailure(`refused: ${url} answered with ${contentType ? `media type ${contentType}` : 'no Content-Type'}, expected one of ${request.accept.join(', ')}`, false) };
  }
  const declared = Number(headerOf(res, 'content-length') ?? NaN);
  if (declared > request.maxBytes) return { error: new FetchFailure(`refused: body of ${declared} bytes from ${url} exceeds the limit of ${request.maxBytes}`, false) };
  return { contentType };
}

/** Reads the body up to the size limit and settles with it, decoded, once it is complete. */
function readBody(res: NodeHttp.IncomingMessage, url: URL, request: FetchRequest, contentType: string, settle: (outcome: Outcome) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const cutShort = () => settle({ error: new FetchFailure(`connection closed before the body from ${url} was complete`, true) });
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > request.maxBytes) return settle({ error: new FetchFailure(`refused: body from ${url} exceeds the limit of ${request.maxBytes} bytes`, false) });
    chunks.push(chunk);
  });
  res.on('end', () => {
    if (res.complete === false) return cutShort();
    let body: Buffer;
    try {
      body = decodeContent(Buffer.concat(chunks), headerOf(res, 'content-encoding'), request.maxBytes, url);
    } catch (error) {
      return settle({ error: error as FetchFailure });
    }
    const result: FetchResult = { status: 'ok', url: url.toString(), body: new Uint8Array(body), contentType, etag: headerOf(res, 'etag'), lastModified: headerOf(res, 'last-modified') };
    settle({ ok: { kind: 'done', result } });
  });
  res.on('aborted', cutShort);
  res.on('error', (error) => settle({ error: new FetchFailure(`connection failed while reading ${url}: ${error.message}`, true) }));
}
