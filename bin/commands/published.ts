/**
 * Where the consumer commands read published datasets: any public base URL (CloudFront, a custom
 * domain, a mirror) over HTTP, or the local run (`--local`: the objects `npm start` wrote to the
 * local S3 emulator, served by the local site server with the same allow-list as CloudFront).
 * Reads only published documents: catalog.json, latest.json, manifests, version files.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SnapshotManifest } from '../../functions/core/contract.js';
import { CATALOG_KEY, latestPointerKey, versionPrefix } from '../../functions/core/publish/documents.js';
import { ENV } from '../../functions/config/env.js';
import { lines } from '../../functions/core/publish/streams.js';
import { CommandError, UsageError } from './errors.js';

/** Options every consumer command takes. */
export const SOURCE_OPTIONS = {
  local: { type: 'boolean', default: false },
  'base-url': { type: 'string' },
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export interface SourceArgs {
  local?: boolean;
  'base-url'?: string;
  'data-dir'?: string;
}

/** An open connection to published data. */
export interface Published {
  baseUrl: string;
  /** The URL of a bucket key. */
  url(key: string): string;
  /** A published JSON document, or a CommandError naming the URL and the reason. */
  json(key: string): Promise<unknown>;
  /** A published object's response (for streaming), or a CommandError. */
  fetch(key: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Opens the base URL from --base-url, --local or CP_PUBLIC_BASE_URL (in that order of precedence). */
export async function openPublished(args: SourceArgs): Promise<Published> {
  if (args.local && args['base-url']) throw new UsageError('give either --local or --base-url, not both');
  let baseUrl = args['base-url'] ?? (args.local ? undefined : process.env[ENV.PUBLIC_BASE_URL]);
  let close = async () => {};
  if (args.local) {
    const { serveLocalData } = await import('../local/site-server.js');
    const site = await serveLocalData(resolve(args['data-dir'] ?? join(repoRoot, '.local')));
    baseUrl = site.url;
    close = site.close;
  }
  if (!baseUrl) throw new UsageError(`no data to read: pass --local (the local run), --base-url URL, or set ${ENV.PUBLIC_BASE_URL}`);
  if (!/^https?:\/\//.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, not "${baseUrl}"`);
  const base = baseUrl.replace(/\/+$/, '');
  const url = (key: string) => `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const get = async (key: string, init?: RequestInit) => {
    let response: Response;
    try {
      response = await fetch(url(key), init);
    } catch (error) {
      throw new CommandError(`cannot reach ${url(key)}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`, 1);
    }
    if (response.status === 404 || response.status === 403) {
      await response.body?.cancel();
      throw new CommandError(`${url(key)} was not found (HTTP ${response.status})`, 1);
    }
    if (!response.ok && response.status !== 206 && response.status !== 416) {
      await response.body?.cancel();
      throw new CommandError(`${url(key)} answered HTTP ${response.status}`, 1);
    }
    return response;
  };
  return {
    baseUrl: base,
    url,
    fetch: get,
    async json(key) {
      const text = await (await get(key)).text();
      try {
        return JSON.parse(text);
      } catch {
        throw new CommandError(`${url(key)} is not valid JSON`, 1);
      }
    },
    close,
  };
}

/** One catalog entry, as catalog.json lists it. */
export interface CatalogEntry {
  dataset: string;
  latest_version: number;
  row_count: number;
  period_start: string;
  period_end: string;
  last_updated: string;
  data_as_of: string;
  licence: string | null;
  citation: string;
}

/** The catalog's datasets. */
export async function readCatalog(published: Published): Promise<CatalogEntry[]> {
  const catalog = (await published.json(CATALOG_KEY)) as { datasets?: CatalogEntry[] };
  if (!Array.isArray(catalog.datasets)) throw new CommandError(`${published.url(CATALOG_KEY)} has no datasets list`, 1);
  return catalog.datasets;
}

/** The latest version number of a dataset, from its latest.json pointer. */
export async function latestVersion(published: Published, dataset: string): Promise<number> {
  const pointer = (await published.json(latestPointerKey(dataset)).catch((error: Error) => {
    throw new CommandError(`dataset "${dataset}" is not published at ${published.baseUrl} (${error.message})`, 1);
  })) as { version?: unknown };
  if (typeof pointer.version !== 'number') throw new CommandError(`${published.url(latestPointerKey(dataset))} has no version`, 1);
  return pointer.version;
}

/** Parses a --version value: a positive integer or "latest". */
export async function resolveVersion(published: Published, dataset: string, value: string | undefined): Promise<number> {
  if (value === undefined || value === 'latest') return latestVersion(published, dataset);
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`a version is a positive integer or "latest", not "${value}"`);
  return Number(value);
}

/** A version's manifest, validated. */
export async function readVersionManifest(published: Published, dataset: string, version: number): Promise<SnapshotManifest> {
  const key = `${versionPrefix(dataset, version)}manifest.json`;
  const body = await published.json(key).catch((error: Error) => {
    throw new CommandError(`${dataset} has no version ${version} (${error.message})`, 1);
  });
  const parsed = SnapshotManifest.safeParse(body);
  if (!parsed.success) throw new CommandError(`${published.url(key)} is not a valid manifest: ${parsed.error.issues[0]?.message}`, 1);
  return parsed.data;
}

/** Lines of a published text object, streamed. */
export async function* publishedLines(published: Published, key: string): AsyncGenerator<string> {
  const response = await published.fetch(key);
  for await (const line of lines(response.body as unknown as AsyncIterable<Uint8Array>)) if (line) yield line;
}
