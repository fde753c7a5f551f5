/**
 * What the public may read, and how it is served. One list shared by the CloudFront distribution
 * (bucket policy and cache behaviours in infra/) and the local site server (bin/local/), so the
 * local run refuses exactly what the deployed site refuses: raw releases, state and configuration
 * are never public.
 */

/** Keys (or key prefixes ending in `*`) the public may read. Everything else is refused. */
export const PUBLIC_KEY_PATTERNS = ['index.html', 'catalog.json', 'feed.atom', 'site/*', 'datasets/*'] as const;

/** Whether a bucket key is published (readable through CloudFront and the local site server). */
export function isPublicKey(key: string): boolean {
  if (key.includes('..') || key.startsWith('/')) return false;
  return PUBLIC_KEY_PATTERNS.some((pattern) => (pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) && key.length > pattern.length - 1 : key === pattern));
}

/** Path pattern of immutable version files (CloudFront path pattern syntax). */
export const IMMUTABLE_PATH_PATTERN = 'datasets/*/v*/*';
/** Path pattern of the site's content-addressed assets (their names carry their hash). */
export const ASSET_PATH_PATTERN = 'site/assets/*';
/** Seconds immutable paths are cached (one year). */
export const IMMUTABLE_MAX_AGE = 31_536_000;
/** Seconds the moving documents (latest, catalog, feeds, pages) are cached: short, so a new version shows quickly. */
export const MOVING_MAX_AGE = 60;

const VERSION_FILE = /^datasets\/[^/]+\/v\d+\//;

/** Cache-Control for a published key: long for `v<N>/` files and hashed assets, short for everything that moves. */
export function cacheControlFor(key: string): string {
  if (VERSION_FILE.test(key) || key.startsWith('site/assets/')) return `public, max-age=${IMMUTABLE_MAX_AGE}, immutable`;
  return `public, max-age=${MOVING_MAX_AGE}`;
}

/**
 * The Content-Security-Policy of every published response: nothing from elsewhere, no inline
 * script, no framing. The site's pages keep their data in inert `application/json` blocks and
 * load their scripts and styles from site/assets/.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Security headers of every published response (CloudFront response headers policy and local server). */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};
