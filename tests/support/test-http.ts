/**
 * Real HTTP servers on 127.0.0.1 for fetcher and ingest tests: routes are plain node:http handlers
 * that tests swap between runs (a page that changes, a server that recovers), every request is
 * recorded, and closing destroys hanging connections (timeouts, trickles) so tests end promptly.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** One request as the server saw it. */
export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** 127.0.0.1:PORT, as allowed_hosts lists it. */
  host: string;
  routes: Map<string, Route>;
  requests: SeenRequest[];
  /** Requests to one path. */
  count(path: string): number;
  close(): Promise<void>;
}

/** Starts a server; unknown paths answer 404. */
export async function startTestServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const route = table.get(path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    route(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    routes: table,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A static document with an ETag and Last-Modified that answers conditional requests with 304. */
export function document(body: string | Buffer, contentType: string, lastModified = 'Mon, 10 Nov 2025 08:00:00 GMT'): Route {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
  return (req, res) => {
    const since = req.headers['if-modified-since'];
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && since && Date.parse(since) >= Date.parse(lastModified))) {
      return void res.writeHead(304, { etag, 'last-modified': lastModified }).end();
    }
    res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length, etag, 'last-modified': lastModified }).end(bytes);
  };
}

/** Answers with a status and nothing else. */
export const status = (code: number, headers: Record<string, string> = {}): Route => (_req, res) => void res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);

/** Never answers (a hung server). */
export const hang: Route = () => undefined;

/** Sends headers, then one byte every `everyMs` forever (a trickling server). */
export const trickle = (contentType: string, everyMs = 50): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': contentType });
  const timer = setInterval(() => res.write('.'), everyMs);
  res.on('close', () => clearInterval(timer));
};

/** Redirects to a URL. */
export const redirect = (location: string, code = 302): Route => (_req, res) => void res.writeHead(code, { location }).end();

/** Drops the connection without an answer (connection reset). */
export const reset: Route = (req) => void req.socket.destroy();

/** An RSS 2.0 feed of items (link, title, date, optional updated). */
export function rss(items: Array<{ link: string; title: string; date?: string; updated?: string }>): string {
  const entries = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.updated ? `<atom:updated>${i.updated}</atom:updated>` : ''}</item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>test feed</title>\n${entries}\n</channel></rss>`;
}
