/**
 * Discovery: from a source's index document (feed, JSON index, HTML listing) to the list of
 * release links it announces. Pure; malformed documents are rejected with a reason.
 */
import { XMLParser } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import type { Discovery } from '../contract.js';
import { canonicalUrl } from '../identity.js';

/** One release a source announces. */
export interface DiscoveredRelease {
  url: string;
  title: string;
  /** Publication date YYYY-MM-DD when the index states one. */
  published?: string;
  /** The entry's last-updated stamp as the index states it (Atom <updated>, RSS pubDate/dc:date, JSON updated). */
  updated?: string;
}

/**
 * What an index says about an entry beyond its URL: when it changes, the publisher touched the
 * release, so ingest re-checks it (conditionally). Title included: "(revised)" is a common edit.
 */
export function entryStamp(entry: DiscoveredRelease): string {
  return `${entry.updated ?? ''}|${entry.published ?? ''}|${entry.title}`;
}

export type DiscoveryOutcome = { ok: true; releases: DiscoveredRelease[] } | { ok: false; reason: string };

/** YYYY-MM-DD of a date string in any format Date understands, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value ?? '')).trim();

function parseFeed(body: string, base: string): DiscoveryOutcome {
  let doc: Record<string, any>;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true }).parse(body, true);
  } catch (error) {
    return { ok: false, reason: `feed is not well-formed XML: ${(error as Error).message.split('\n')[0]}` };
  }
  const releases: DiscoveredRelease[] = [];
  if (doc.rss?.channel) {
    for (const item of asArray<any>(doc.rss.channel.item)) {
      const url = absolute(text(item.link) || text(item.guid), base);
      const date = text(item.pubDate) || text(item['dc:date']);
      const updated = text(item['atom:updated']) || text(item['dc:modified']) || date;
      if (url) releases.push({ url, title: text(item.title), published: isoDay(date), updated: updated || undefined });
    }
  } else if (doc.feed) {
    for (const entry of asArray<any>(doc.feed.entry)) {
      const links = asArray<any>(entry.link);
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      const url = link ? absolute(String(link['@href'] ?? ''), base) : undefined;
      if (url) releases.push({ url, title: text(entry.title), published: isoDay(text(entry.published) || text(entry.updated)), updated: text(entry.updated) || text(entry.published) || undefined });
    }
  } else {
    return { ok: false, reason: 'feed has neither an RSS <channel> nor an Atom <feed> root' };
  }
  return { ok: true, releases };
}

function parseJsonIndex(body: string, base: string, itemsPath: string | undefined): DiscoveryOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: `index is not valid JSON: ${(error as Error).message}` };
  }
  let items: unknown = doc;
  for (const part of (itemsPath ?? '').split('.').filter(Boolean)) items = (items as Record<string, unknown> | undefined)?.[part];
  if (!Array.isArray(items)) return { ok: false, reason: `index has no array of releases at "${itemsPath ?? '(root)'}"` };
  const releases: DiscoveredRelease[] = [];
  for (const item of items) {
    const record = (typeof item === 'string' ? { url: item } : item) as Record<string, unknown>;
    const url = typeof record?.url === 'string' ? absolute(record.url, base) : undefined;
    const updated = record.updated ?? record.modified ?? record.published ?? record.date;
    if (url) {
      releases.push({
        url,
        title: typeof record.title === 'string' ? record.title : '',
        published: isoDay(record.published ?? record.date),
        updated: typeof updated === 'string' || typeof updated === 'number' ? String(updated) : undefined,
      });
    }
  }
  return { ok: true, releases };
}

function parseHtmlListing(body: string, base: string, pattern: string): DiscoveryOutcome {
  let matcher: RegExp;
  try {
    matcher = new RegExp(pattern);
  } catch (error) {
    return { ok: false, reason: `link_pattern is not a valid regular expression: ${(error as Error).message}` };
  }
  const releases: DiscoveredRelease[] = [];
  let open: { url: string; title: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'a' || !attributes.href) return;
      const url = absolute(attributes.href, base);
      open = url && matcher.test(url) ? { url, title: '' } : undefined;
    },
    ontext(chunk) {
      if (open) open.title += chunk;
    },
    onclosetag(name) {
      if (name === 'a' && open) {
        releases.push({ url: open.url, title: open.title.replace(/\s+/g, ' ').trim() });
        open = undefined;
      }
    },
  }, { decodeEntities: true });
  parser.write(body);
  parser.end();
  // A listing with no matching link is a redesigned or broken page, not a month without news.
  if (releases.length === 0) return { ok: false, reason: `listing has no link matching ${pattern}` };
  return { ok: true, releases };
}

/** The releases an index document announces (those whose title matches `title_pattern`, when set), deduplicated by canonical URL (first entry wins), in document order. */
export function discoverReleases(discovery: Discovery, body: string, baseUrl: string): DiscoveryOutcome {
  const outcome =
    discovery.type === 'feed' ? parseFeed(body, baseUrl)
    : discovery.type === 'json-index' ? parseJsonIndex(body, baseUrl, discovery.items_path)
    : discovery.type === 'html-listing' ? parseHtmlListing(body, baseUrl, discovery.link_pattern)
    : { ok: true as const, releases: discovery.urls.map((url) => ({ url, title: '' })) };
  if (!outcome.ok) return outcome;
  const seen = new Set<string>();
  const titled = 'title_pattern' in discovery && discovery.title_pattern ? new RegExp(discovery.title_pattern, 'i') : undefined;
  const wanted = titled ? outcome.releases.filter((r) => titled.test(r.title)) : outcome.releases;
  return { ok: true, releases: wanted.filter((r) => (seen.has(canonicalUrl(r.url)) ? false : (seen.add(canonicalUrl(r.url)), true))) };
}
