/**
 * Which media types ingest accepts, per document role. A feed must look like XML, an index like
 * JSON, a listing like HTML, and a release like text a human would read; an image or an archive at
 * a release URL is refused with a reason before its body is read.
 */
import type { Discovery } from '../contract.js';

/** Media types of the discovery document, by discovery type (`urls` has no document). */
export const INDEX_MEDIA_TYPES: Record<Exclude<Discovery['type'], 'urls'>, string[]> = {
  feed: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', '*/*+xml'],
  'json-index': ['application/json', 'text/json', '*/*+json'],
  'html-listing': ['text/html', 'application/xhtml+xml'],
};

/** Media types a release may have: the text formats the extractors read. */
export const RELEASE_MEDIA_TYPES: string[] = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/csv', 'text/xml', 'application/xml'];

/** The bare, lower-case `type/subtype` of a Content-Type header value. */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/**
 * Whether a Content-Type matches one of the accepted patterns: exact `type/subtype`, `type/*`, or
 * a structured-syntax suffix `*\/*+xml`. An empty accept list accepts everything.
 */
export function mediaTypeAccepted(contentType: string, accepted: string[]): boolean {
  if (accepted.length === 0) return true;
  const media = mediaTypeOf(contentType);
  const [type, subtype = ''] = media.split('/');
  return accepted.some((pattern) => {
    const [ptype, psub = ''] = pattern.toLowerCase().split('/');
    if (ptype !== '*' && ptype !== type) return false;
    if (psub === '*') return true;
    if (psub.startsWith('*+')) return subtype.endsWith(psub.slice(1));
    return psub === subtype;
  });
}
