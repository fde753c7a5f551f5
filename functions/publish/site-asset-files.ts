/**
 * The catalog site's asset files, in page load order: uPlot (the chart library, 51 kB minified,
 * ~23 kB gzipped, from the `uplot` package) with its stylesheet, then our own styles and script.
 * Shared by infra/ (which copies them beside the publish bundle) and site-assets.ts (which reads them).
 */
export const SITE_ASSET_FILES = [
  { name: 'uPlot.min.css', kind: 'style', repoPath: 'node_modules/uplot/dist/uPlot.min.css' },
  { name: 'style.css', kind: 'style', repoPath: 'functions/publish/site-assets/style.css' },
  { name: 'uPlot.iife.min.js', kind: 'script', repoPath: 'node_modules/uplot/dist/uPlot.iife.min.js' },
  { name: 'app.js', kind: 'script', repoPath: 'functions/publish/site-assets/app.js' },
] as const;

/** Folder beside the Lambda bundle's index.mjs that holds the assets. */
export const SITE_ASSET_DIR = 'site-assets';

/** Bundle path → repo path, for the publish function's bundling hook. */
export const SITE_ASSET_BUNDLE: Record<string, string> = Object.fromEntries(SITE_ASSET_FILES.map((f) => [`${SITE_ASSET_DIR}/${f.name}`, f.repoPath]));
