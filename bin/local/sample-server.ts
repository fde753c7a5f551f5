/**
 * A static HTTP server for a folder of releases on loopback, answering conditional requests
 * (ETag / If-None-Match, Last-Modified / If-Modified-Since) the way a real news site does, so
 * `npm start` exercises the same discovery and polling code as a real feed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.xml': 'application/rss+xml; charset=utf-8', '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

export interface SampleServer {
  baseUrl: string;
  /** Requests answered so far, by status. */
  counts: { ok: number; notModified: number; notFound: number };
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at `port` when it is free, else at any free port. A stable port keeps
 * the sample's absolute URLs, and so its release ids, the same from one `npm start` to the next.
 */
export async function startSampleServer(root: string, port = 0): Promise<SampleServer> {
  const base = resolve(root);
  const counts = { ok: 0, notModified: 0, notFound: 0 };
  const server: Server = createServer((req, res) => {
    const path = normalize(join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    let body: Buffer;
    let modified: Date;
    try {
      body = readFileSync(path);
      modified = statSync(path).mtime;
    } catch {
      counts.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
    const since = req.headers['if-modified-since'] ? Date.parse(req.headers['if-modified-since']) : NaN;
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && since >= Date.parse(lastModified))) {
      counts.notModified++;
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    counts.ok++;
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': body.length, etag, 'last-modified': lastModified }).end(body);
  });
  const listen = (at: number) =>
    new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  await listen(port).catch((error: NodeJS.ErrnoException) => {
    if (port === 0 || error.code !== 'EADDRINUSE') throw error;
    return listen(0);
  });
  const { port: bound } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${bound}`,
    counts,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
