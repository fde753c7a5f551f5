/**
 * Publishes the catalog site next to the data, after each version: content-addressed assets
 * (written once, never replaced), then the dataset's page, then the index. Each page is one object
 * holding its own chart data, so a reader sees the old page or the new one, never a mix; pages
 * only link to files that existed before them.
 */
import type { SnapshotManifest } from '../contract.js';
import { sha256Hex } from '../identity.js';
import type { BlobStore } from '../ports.js';
import { readManifest, VERSION_FILES, versionPrefix } from '../publish/documents.js';
import { lines } from '../publish/streams.js';
import type { PageAssets } from './html.js';
import { renderDatasetPage, renderIndexPage, type ChangeLine } from './pages.js';
import { cacheControlFor } from './public-paths.js';
import { pageData, type KnownToRun } from './series-summary.js';

/** A file the pages load (chart library, our script and styles), provided by the caller. */
export interface SiteAsset {
  /** File name, e.g. uPlot.iife.min.js; published as site/assets/<stem>.<hash>.<ext>. */
  name: string;
  body: Uint8Array;
  kind: 'script' | 'style';
}

/** What the site needs beyond the blob store. */
export interface SiteOptions {
  /** In load order: the chart library before the script that uses it. */
  assets: SiteAsset[];
  /** The SNS topic shown on the subscribe section, when known. */
  topicArn?: string;
}

export const SITE_INDEX_KEY = 'index.html';
/** The page of one dataset. */
export const datasetPageKey = (dataset: string) => `datasets/${dataset}/index.html`;
/** Most changed rows a page lists (the rest are in changes.json). */
export const MAX_CHANGE_LINES = 50;
export { MAX_HISTORY } from './series-summary.js';

const encoder = new TextEncoder();
const MEDIA: Record<SiteAsset['kind'], string> = { script: 'text/javascript; charset=utf-8', style: 'text/css; charset=utf-8' };

/** Writes each asset under a name carrying its hash (so it can be cached for a year) and returns the page links. */
async function publishAssets(blobs: BlobStore, assets: SiteAsset[]): Promise<PageAssets> {
  const links: PageAssets = { styles: [], scripts: [] };
  for (const asset of assets) {
    const dot = asset.name.lastIndexOf('.');
    const key = `site/assets/${asset.name.slice(0, dot)}.${sha256Hex(asset.body).slice(0, 12)}${asset.name.slice(dot)}`;
    await blobs.putImmutable(key, asset.body, { contentType: MEDIA[asset.kind], cacheControl: cacheControlFor(key) });
    (asset.kind === 'script' ? links.scripts : links.styles).push(key);
  }
  return links;
}

async function* publishedLines(blobs: BlobStore, key: string): AsyncGenerator<string> {
  const body = await blobs.getStream(key);
  if (!body) throw new Error(`${key} is missing; the site cannot be rendered`);
  yield* lines(body);
}

/** The first changed rows of changes.json (one entry a line after its header line). */
async function readChangeLines(blobs: BlobStore, key: string): Promise<ChangeLine[]> {
  const out: ChangeLine[] = [];
  for await (const line of publishedLines(blobs, key)) {
    if (!line.startsWith('{"change"')) continue;
    out.push(JSON.parse(line.replace(/,\s*$/, '')) as ChangeLine);
    if (out.length >= MAX_CHANGE_LINES) break;
  }
  return out;
}

/** Renders and writes the site pages for a new version of `manifest.dataset`. */
export async function publishSite(
  manifest: SnapshotManifest,
  latestManifests: SnapshotManifest[],
  deps: { blobs: BlobStore; describeDataset?: (dataset: string) => { title?: string }; site?: SiteOptions; known?: KnownToRun },
): Promise<void> {
  const { blobs } = deps;
  const titleOf = (dataset: string) => deps.describeDataset?.(dataset).title ?? dataset;
  const assets = await publishAssets(blobs, deps.site?.assets ?? []);
  const prefix = versionPrefix(manifest.dataset, manifest.version);

  // The chart's series and the history, from the previous version's summary and what changed (series-summary.ts).
  const { series, history } = await pageData(blobs, manifest, (v) => readManifest(blobs, manifest.dataset, v), deps.known);
  const page = renderDatasetPage({ manifest, title: titleOf(manifest.dataset), history, series, changes: await readChangeLines(blobs, prefix + VERSION_FILES.changes.path), assets, topicArn: deps.site?.topicArn });
  const pageKey = datasetPageKey(manifest.dataset);
  await blobs.put(pageKey, encoder.encode(page), { contentType: 'text/html; charset=utf-8', cacheControl: cacheControlFor(pageKey) });

  const index = renderIndexPage(latestManifests.map((m) => ({ manifest: m, title: titleOf(m.dataset) })), assets);
  await blobs.put(SITE_INDEX_KEY, encoder.encode(index), { contentType: 'text/html; charset=utf-8', cacheControl: cacheControlFor(SITE_INDEX_KEY) });
}
