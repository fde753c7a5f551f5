/**
 * The files the catalog site's pages load: uPlot (the chart library, ~51 kB minified, from the
 * `uplot` package) with its stylesheet, and our own script and styles. In Lambda they sit next to
 * the bundle in site-assets/ (copied at bundling time); locally they are read from the repo and
 * node_modules. Read once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { SiteAsset } from '../core/site/publish-site.js';

/** The asset files in page load order, and where each lives in the repo. */
export const SITE_ASSET_FILES: Array<{ name: string; kind: SiteAsset['kind']; repoPath: () => string }> = [
  { name: 'uPlot.min.css', kind: 'style', repoPath: () => createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css') },
  { name: 'style.css', kind: 'style', repoPath: () => fileURLToPath(new URL('./site-assets/style.css', import.meta.url)) },
  { name: 'uPlot.iife.min.js', kind: 'script', repoPath: () => createRequire(import.meta.url).resolve('uplot/dist/uPlot.iife.min.js') },
  { name: 'app.js', kind: 'script', repoPath: () => fileURLToPath(new URL('./site-assets/app.js', import.meta.url)) },
];

let loaded: Promise<SiteAsset[]> | undefined;

async function readAsset(file: (typeof SITE_ASSET_FILES)[number]): Promise<SiteAsset> {
  // The bundle's copy first (Lambda: site-assets/ beside index.mjs), then the repo's.
  const bundled = new URL(`./site-assets/${file.name}`, import.meta.url);
  const body = await readFile(bundled).catch(() => readFile(file.repoPath()));
  return { name: file.name, kind: file.kind, body: new Uint8Array(body) };
}

/** The site's assets, read once per process. */
export function loadSiteAssets(): Promise<SiteAsset[]> {
  loaded ??= Promise.all(SITE_ASSET_FILES.map(readAsset));
  return loaded;
}
