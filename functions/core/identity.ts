/**
 * Deterministic identities: the same input always yields the same id, so every write keyed by
 * them is idempotent (a replayed event or a re-fetched release lands on the same item).
 */
import { createHash } from 'node:crypto';
import type { ObservationDraft } from './contract.js';

/** Lower-case hex sha256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The fields that name a series and its period. Two rows with the same key are the same figure
 * reported again (possibly revised); anything else (value, qualifier, yoy, quote) may change.
 */
export function seriesKey(row: Pick<ObservationDraft, 'dataset' | 'area' | 'partner' | 'flow' | 'commodity' | 'breakdown' | 'measure' | 'unit' | 'period_start' | 'period_end'>): string {
  return [row.dataset, row.area, row.partner, row.flow, row.commodity, row.breakdown, row.measure, row.unit, row.period_start, row.period_end]
    .map((part) => part.trim().toLowerCase().replace(/\s+/g, ' '))
    .join('|');
}

/**
 * observation_id: 20 hex characters of sha256(series key). Rows whose period could not be
 * resolved are scoped to their release, so two unresolved figures never collide across releases.
 */
export function observationId(row: Parameters<typeof seriesKey>[0] & { release_id: string }): string {
  const unresolved = row.period_start === '' || row.period_end === '';
  return sha256Hex(unresolved ? `${seriesKey(row)}|release:${row.release_id}` : seriesKey(row)).slice(0, 20);
}

/**
 * Query parameters that say how a reader arrived, never which document they asked for: a feed or
 * a newsletter adds them to the same release, so they are no part of its identity.
 */
const TRACKING_PARAMETERS: Array<{ name: RegExp; what: string }> = [
  { name: /^utm_/i, what: 'campaign tags: utm_source, utm_medium, utm_campaign, utm_term, utm_content' },
  { name: /^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid)$/i, what: 'click ids of ad and social networks' },
  { name: /^(?:mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i, what: 'ids of mailing-list and marketing tools' },
];

/** Characters RFC 3986 calls unreserved: writing them percent-encoded changes nothing. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** `%31` → `1`, `%7e` → `~`; any other escape keeps its meaning, in upper case (RFC 3986, 6.2.2). */
function normalizeEscapes(part: string): string {
  return part.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
}

/** The query without tracking parameters and empty pairs, the rest in its order and spelling. */
function queryWithoutTracking(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAMETERS.some((p) => p.name.test(pair.split('=')[0])));
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * Canonical form of a release URL, so the variants of one address are one release: lower-case
 * scheme and host (an internationalized host in punycode, no trailing dot), no default port, no
 * fragment, no tracking parameters, single slashes in the path, unreserved characters unescaped
 * and other escapes in upper case. A URL already in this form is returned unchanged, so the ids
 * of such URLs stay what they were; ids of other variants changed once when this was introduced.
 */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.replace(/\.+$/, '');
  u.pathname = normalizeEscapes(u.pathname.replace(/\/{2,}/g, '/'));
  u.search = normalizeEscapes(queryWithoutTracking(u.search));
  return u.toString();
}

/** release_id: the source plus 16 hex characters of sha256 of the canonical URL. */
export function releaseId(sourceId: string, url: string): string {
  return `${sourceId}-${sha256Hex(canonicalUrl(url)).slice(0, 16)}`;
}
