/**
 * The SourceFetcher port over node:http(s). It enforces what a polite, safe crawler must:
 * an overall deadline (slow trickling bodies included), a body size cap, redirects only within
 * the source's allowed hosts, and no loopback, link-local or private addresses unless the source
 * is marked local (checked on the resolved address, so DNS cannot smuggle one in).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { FetchRequest, FetchResult, SourceFetcher } from '../core/ports.js';

const MAX_REDIRECTS = 5;

/** Whether an IP address is loopback, link-local, private, unique-local, CGNAT or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fe8') || v6.startsWith('fe9') || v6.startsWith('fea') || v6.startsWith('feb') || v6.startsWith('fc') || v6.startsWith('fd');
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => !allowPrivate && isPrivateAddress(a.address));
      if (blocked) return callback(new Error(`refused: ${hostname} resolves to a private or loopback address (${blocked.address})`), '', 0);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

function hostAllowed(url: URL, allowedHosts: string[]): boolean {
  return allowedHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase());
}

/** Error whose message is the reason a fetch failed, for the ledger and the run summary. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    /** Whether trying again later may succeed (timeouts, 5xx), as opposed to a refusal. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export class HttpSourceFetcher implements SourceFetcher {
  async fetch(request: FetchRequest): Promise<FetchResult> {
    const deadline = Date.now() + request.timeoutMs;
    let url = new URL(request.url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure(`refused: ${url.protocol} URLs are not fetched`, false);
      if (!hostAllowed(url, request.allowedHosts)) throw new FetchFailure(`refused: ${url.host} is not an allowed host (allowed: ${request.allowedHosts.join(', ')})`, false);
      if (!request.allowPrivateNetwork && isIP(url.hostname.replace(/^\[|\]$/g, '')) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
        throw new FetchFailure(`refused: ${url.hostname} is a private or loopback address`, false);
      }
      const answer = await this.once(url, request, deadline);
      if (answer.kind === 'redirect') {
        url = new URL(answer.location, url);
        continue;
      }
      return answer.result;
    }
    throw new FetchFailure(`too many redirects (more than ${MAX_REDIRECTS})`, false);
  }

  private once(url: URL, request: FetchRequest, deadline: number): Promise<{ kind: 'redirect'; location: string } | { kind: 'done'; result: FetchResult }> {
    return new Promise((resolve, reject) => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return reject(new FetchFailure(`timed out after ${request.timeoutMs} ms`, true));
      const headers: Record<string, string> = { 'user-agent': request.userAgent, accept: '*/*', 'accept-encoding': 'identity' };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      const client = url.protocol === 'https:' ? https : http;
      const req = client.get(url, { headers, lookup: guardedLookup(request.allowPrivateNetwork) }, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
          res.resume();
          return resolve({ kind: 'redirect', location: res.headers.location });
        }
        if (status === 304) {
          res.resume();
          return resolve({ kind: 'done', result: { status: 'not-modified', url: url.toString() } });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return reject(new FetchFailure(`HTTP ${status} from ${url}`, status >= 500 || status === 429));
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (declared > request.maxBytes) {
          res.destroy();
          return reject(new FetchFailure(`body of ${declared} bytes exceeds the limit of ${request.maxBytes}`, false));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > request.maxBytes) {
            res.destroy();
            reject(new FetchFailure(`body exceeds the limit of ${request.maxBytes} bytes`, false));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          clearTimeout(timer);
          const header = (name: string) => (typeof res.headers[name] === 'string' ? (res.headers[name] as string) : undefined);
          resolve({
            kind: 'done',
            result: { status: 'ok', url: url.toString(), body: new Uint8Array(Buffer.concat(chunks)), contentType: header('content-type') ?? 'application/octet-stream', etag: header('etag'), lastModified: header('last-modified') },
          });
        });
        res.on('error', (error) => reject(new FetchFailure(`connection failed while reading: ${error.message}`, true)));
      });
      // One deadline for the whole exchange: a server that trickles bytes forever still ends here.
      const timer = setTimeout(() => req.destroy(new FetchFailure(`timed out after ${request.timeoutMs} ms`, true)), remaining);
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error instanceof FetchFailure ? error : new FetchFailure(error.message.startsWith('refused') ? error.message : `request failed: ${error.message}`, !error.message.startsWith('refused')));
      });
    });
  }
}
