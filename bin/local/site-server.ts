/**
 * The local stand-in for the CloudFront distribution: serves the published paths of the local
 * bucket over HTTP on loopback with the same allow-list, cache headers and security headers as
 * the deployed site (functions/core/site/public-paths.ts), and passes byte ranges through so
 * downloads can resume. Used by `npm start`, the consumer CLI's --local and the browser tests.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { cacheControlFor, isPublicKey, SECURITY_HEADERS } from '../../functions/core/site/public-paths.js';
import { RuntimeConfig } from '../../functions/config/env.js';
import { createAwsClients } from '../../functions/aws-clients.js';
import { LOCAL_NAMES, startLocalFauxqs } from './services.js';

export interface SiteServer {
  /** Base URL of the site, without a trailing slash (http://127.0.0.1:PORT). */
  url: string;
  close(): Promise<void>;
}

/** The bucket key a request path names: `/` and `.../` mean their index.html. */
export function keyForPath(pathname: string): string {
  let key: string;
  try {
    key = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return '';
  }
  return key === '' || key.endsWith('/') ? `${key}index.html` : key;
}

async function serve(s3: S3Client, bucket: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const key = keyForPath(new URL(request.url ?? '/', 'http://local').pathname);
  // The same answer CloudFront gives for a key its origin access may not read.
  if (!isPublicKey(key)) {
    response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('403 Forbidden: not a published path\n');
    return;
  }
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: request.headers.range }));
    const headers: Record<string, string | number> = { 'content-type': out.ContentType ?? 'application/octet-stream', 'cache-control': cacheControlFor(key), 'accept-ranges': 'bytes' };
    if (out.ContentLength !== undefined) headers['content-length'] = out.ContentLength;
    if (out.ContentRange) headers['content-range'] = out.ContentRange;
    if (out.ETag) headers.etag = out.ETag;
    response.writeHead(out.ContentRange ? 206 : 200, headers);
    if (request.method === 'HEAD') {
      (out.Body as Readable).destroy();
      response.end();
      return;
    }
    (out.Body as Readable).pipe(response);
  } catch (error) {
    const name = (error as { name?: string }).name;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (name === 'NoSuchKey' || status === 404) response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
    else if (status === 416 || name === 'InvalidRange') response.writeHead(416).end();
    else response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`502 bucket error: ${(error as Error).message}\n`);
  }
}

/** Serves a bucket's published paths on loopback (port 0 picks a free one). */
export async function startSiteServer(options: { s3: S3Client; bucket?: string; port?: number }): Promise<SiteServer> {
  const bucket = options.bucket ?? LOCAL_NAMES.bucket;
  const server = createServer((request, response) => {
    serve(options.s3, bucket, request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500).end(error.message);
      else response.destroy(error);
    });
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  // A stable port when it is free (bookmarks keep working between runs), any free port otherwise.
  const port = await listen(options.port ?? 0).catch(() => listen(0));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The site of a local data folder (what `npm start` wrote to dataDir/s3), served without DynamoDB or Java. */
export async function serveLocalData(dataDir: string, port?: number): Promise<SiteServer> {
  const local = await startLocalFauxqs(dataDir, true);
  const { s3 } = createAwsClients(RuntimeConfig.parse({ tableName: LOCAL_NAMES.table, bucketName: LOCAL_NAMES.bucket, endpoints: { s3: local.endpoint } }));
  const site = await startSiteServer({ s3, port });
  return {
    url: site.url,
    async close() {
      await site.close();
      s3.destroy();
      await local.stop();
    },
  };
}
