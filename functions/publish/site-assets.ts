/**
 * Reads the catalog site's assets (site-asset-files.ts) once per process: in Lambda from the
 * site-assets/ folder copied beside the bundle, locally from the repo and node_modules.
 */
import { readFile } from 'node:fs/promises';
import type { SiteAsset } from '../core/site/publish-site.js';
import { SITE_ASSET_DIR, SITE_ASSET_FILES } from './site-asset-files.js';

const repoRoot = new URL('../../', import.meta.url);
let loaded: Promise<SiteAsset[]> | undefined;

async function readAsset(file: (typeof SITE_ASSET_FILES)[number]): Promise<SiteAsset> {
  // The bundle's copy first (Lambda: beside index.mjs), then the repo's (local runs, tests).
  const body = await readFile(new URL(`./${SITE_ASSET_DIR}/${file.name}`, import.meta.url)).catch(() => readFile(new URL(file.repoPath, repoRoot)));
  return { name: file.name, kind: file.kind, body: new Uint8Array(body) };
}

/** The site's assets, read once per process. */
export function loadSiteAssets(): Promise<SiteAsset[]> {
  loaded ??= Promise.all(SITE_ASSET_FILES.map(readAsset));
  return loaded;
}
