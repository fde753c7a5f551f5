/**
 * Safe HTML building for the catalog site. Every text that came from a release, a source or a
 * manifest goes through `text` (element content and attribute values) or `jsonScript` (inert
 * data blocks); nothing is ever inserted unescaped.
 */

/** Escapes text for element content and double-quoted attribute values. */
export function text(value: unknown): string {
  return String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A JSON value inside `<script type="application/json">`: `<`, `>`, `&` and the two JavaScript line
 * separators are written as \u escapes, so no string in the data can close the element.
 */
export function jsonScript(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="${text(id)}">${json}</script>`;
}

/** A number with thousands separators (en-US style, deterministic: no locale lookup). */
export function grouped(value: number): string {
  const [whole, fraction] = String(value).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** Bytes in B, kB or MB (powers of 1000, one decimal). */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Links a page needs to its assets, relative to the page (so the site works from any base URL and from disk). */
export interface PageAssets {
  /** Stylesheets and scripts, as paths relative to the site root (site/assets/...). */
  styles: string[];
  scripts: string[];
}

/** The common page frame: language, viewport, title, assets relative to `root` (e.g. "../../"). */
export function pageFrame(options: { title: string; root: string; assets: PageAssets; main: string; nav?: string }): string {
  const { title, root, assets } = options;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title>`,
    // No favicon request (it would be a 403 on the bucket and noise in the console).
    '<link rel="icon" href="data:,">',
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${text(root + href)}">`),
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to content</a>',
    `<header><nav aria-label="Site"><a href="${text(root)}index.html">customs-publisher datasets</a>${options.nav ?? ''}</nav></header>`,
    `<main id="main">${options.main}</main>`,
    `<footer><p>Published by customs-publisher. Every figure links to the release it came from. <a href="${text(root)}catalog.json">catalog.json</a> · <a href="${text(root)}feed.atom">Atom feed</a></p></footer>`,
    ...assets.scripts.map((src) => `<script src="${text(root + src)}" defer></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
