/**
 * `customs-publisher sources check`: asks each configured source once, the way ingest would, and
 * says what it found, without archiving or recording anything. Run it from a machine with internet
 * access after deploying or editing a sources file: it is how an operator learns that a listing
 * was redesigned, a feed went stale or the extractor rejects a publisher's new layout.
 *
 *   customs-publisher sources check [--file infra/sources.json] [--source ID] [--releases N]
 *                                   [--format text|json] [--now ISO-TIME]
 *
 * Exit codes: 0 every source looked right, 1 something needs a look (each named in a warning),
 * 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HttpSourceFetcher } from '../../functions/adapters/http-fetcher.js';
import type { SourceConfig } from '../../functions/core/contract.js';
import { detectKind, extractRelease } from '../../functions/core/extract/index.js';
import { releaseId } from '../../functions/core/identity.js';
import { calendarDues, describeFreshness, freshnessOf } from '../../functions/core/ingest/calendar.js';
import { discoverReleases, isoDay, type DiscoveredRelease } from '../../functions/core/ingest/discovery.js';
import { allowedHostsOf } from '../../functions/core/ingest/ingest-sources.js';
import { INDEX_MEDIA_TYPES, RELEASE_MEDIA_TYPES, mediaTypeOf } from '../../functions/core/ingest/media-types.js';
import { decodeBody } from '../../functions/core/charset.js';
import type { FetchResult, SourceFetcher } from '../../functions/core/ports.js';
import { parseSourcesFile } from '../../functions/core/sources.js';

/** What the extractor made of one release. */
export interface ReleaseCheck {
  url: string;
  title: string;
  published?: string;
  media_type?: string;
  bytes?: number;
  /** Why the release could not be fetched. */
  fetch_error?: string;
  detected_kind?: string;
  rows?: number;
  warnings?: number;
  /** Why the extractor rejected the whole release. */
  rejected?: string;
  /** One extracted figure, to eyeball: "export | 2025-10 | 217530114000 USD | customs regime: Ordinary Trade". */
  sample_row?: string;
}

/** Everything `sources check` found for one source. */
export interface SourceCheck {
  source_id: string;
  kind: string;
  dataset: string;
  enabled: boolean;
  discovery: string;
  index?: { url: string; media_type?: string; bytes?: number; error?: string };
  /** html-listing: every link on the page, before link_pattern and title_pattern. */
  links_on_page?: number;
  entries: number;
  dated_entries: number;
  newest_date?: string;
  oldest_date?: string;
  sample_links: Array<{ url: string; title: string; published?: string }>;
  releases: ReleaseCheck[];
  /** Calendar or cadence freshness as the catalog would state it (no state: from the newest entry's date). */
  schedule?: string;
  warnings: string[];
}

/** What a check needs from outside: a fetcher, the time, a politeness wait. */
export interface CheckDeps {
  fetcher: SourceFetcher;
  now: Date;
  wait: (ms: number) => Promise<void>;
  /** How many of the newest releases to fetch and extract. */
  releases: number;
}

const STALE_AFTER_DAYS = 120;
const DAY_MS = 86_400_000;

/** The entries to try first: newest publication date first when the index dates them, else index order (listings put the newest first). */
function newestFirst(entries: DiscoveredRelease[]): DiscoveredRelease[] {
  if (!entries.some((e) => e.published)) return entries;
  return [...entries].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
}

/** Fetches one release and runs the source's extractor on it, as normalize would. */
async function checkRelease(source: SourceConfig, entry: DiscoveredRelease, answer: FetchResult, now: Date): Promise<ReleaseCheck> {
  const check: ReleaseCheck = { url: entry.url, title: entry.title, published: entry.published };
  if (answer.status !== 'ok') return { ...check, fetch_error: answer.status === 'failed' ? answer.reason : 'answered 304 to an unconditional request' };
  const published = entry.published ?? isoDay(answer.lastModified) ?? now.toISOString().slice(0, 10);
  const body = decodeBody(answer.body, answer.contentType);
  const outcome = extractRelease(
    body,
    { dataset: source.dataset, release_id: releaseId(source.id, entry.url), source_url: entry.url, published },
    { kind: source.kind, contentType: answer.contentType, defaultUnit: source.default_unit, layout: source.table_layout },
  );
  const base = { ...check, published, media_type: mediaTypeOf(answer.contentType), bytes: answer.body.byteLength, detected_kind: detectKind(body, answer.contentType) };
  if (!outcome.ok) return { ...base, rejected: outcome.reason };
  const row = outcome.rows[0];
  const sample = row ? [row.flow, row.period_end || '(no period)', `${row.value ?? ''} ${row.unit}`.trim(), row.breakdown || row.commodity, row.area].filter(Boolean).join(' | ') : undefined;
  return { ...base, rows: outcome.rows.length, warnings: outcome.warnings.length, sample_row: sample };
}

/** Warnings about what the index announced: nothing, stale entries, links ingest would refuse. */
function entryWarnings(source: SourceConfig, check: SourceCheck, entries: DiscoveredRelease[], now: Date): string[] {
  const warnings: string[] = [];
  if (entries.length === 0 && !check.index?.error) {
    const filter = 'title_pattern' in source.discovery && source.discovery.title_pattern ? ` and title_pattern ${source.discovery.title_pattern}` : '';
    warnings.push(`no entries: the index announces no release${source.discovery.type === 'html-listing' ? ` (${check.links_on_page ?? 0} links on the page, none matching link_pattern ${source.discovery.link_pattern}${filter})` : filter ? ` matching${filter}` : ''}`);
  }
  const hosts = allowedHostsOf(source);
  const outside = entries.filter((e) => !hosts.includes(new URL(e.url).host));
  if (outside.length > 0) warnings.push(`${outside.length} of ${entries.length} entries link outside the allowed hosts (${hosts.join(', ')}), e.g. ${outside[0].url}: ingest refuses them; add their host to allowed_hosts if they are the publisher's`);
  if (check.newest_date && now.getTime() - Date.parse(check.newest_date) > STALE_AFTER_DAYS * DAY_MS) {
    warnings.push(`newest entry is dated ${check.newest_date}, over ${STALE_AFTER_DAYS} days ago: the index may be stale or moved`);
  }
  return warnings;
}

/** Warnings about the releases fetched: failures, rejections, empty extractions, a kind that does not fit. */
function releaseWarnings(source: SourceConfig, releases: ReleaseCheck[]): string[] {
  const warnings: string[] = [];
  for (const r of releases) {
    if (r.fetch_error) warnings.push(`release ${r.url} could not be fetched: ${r.fetch_error}`);
    else if (r.rejected) warnings.push(`release ${r.url} rejected: ${r.rejected}`);
    else if (r.rows === 0) warnings.push(`release ${r.url} gives no rows`);
    if (r.detected_kind && r.detected_kind !== source.kind) warnings.push(`release ${r.url} looks like a ${r.detected_kind}, but the source's kind is ${source.kind}`);
  }
  const fetched = releases.filter((r) => !r.fetch_error);
  if (fetched.length > 1 && fetched.every((r) => r.rejected)) warnings.push(`all ${fetched.length} releases checked were rejected`);
  return warnings;
}

/** The schedule line and, for a calendar with no date left, a warning to renew it. */
function scheduleOf(source: SourceConfig, newest: string | undefined, now: Date): { schedule?: string; warnings: string[] } {
  const warnings: string[] = [];
  if (source.calendar) {
    const last = calendarDues(source.calendar).at(-1)!;
    if (last.at.getTime() < now.getTime()) warnings.push(`calendar has no date after ${last.date}: add the publisher's newly announced dates (the cadence applies until then)`);
  }
  const freshness = freshnessOf(source, { source_id: source.id, latest_published: newest }, now);
  return { schedule: describeFreshness(freshness), warnings };
}

/** Asks one source once: its index, then its newest releases through the extractor. Archives nothing. */
export async function checkSource(source: SourceConfig, deps: CheckDeps): Promise<SourceCheck> {
  const { politeness } = source;
  const base = { timeoutMs: politeness.timeout_ms, maxBytes: politeness.max_bytes, userAgent: politeness.user_agent, allowedHosts: allowedHostsOf(source), allowPrivateNetwork: source.local };
  const check: SourceCheck = {
    source_id: source.id, kind: source.kind, dataset: source.dataset, enabled: source.enabled, discovery: source.discovery.type,
    entries: 0, dated_entries: 0, sample_links: [], releases: [], warnings: [],
  };
  let requests = 0;
  const fetchPolitely = async (url: string, accept: string[]) => {
    if (requests++ > 0) await deps.wait(politeness.min_interval_ms);
    return deps.fetcher.fetch({ ...base, url, accept });
  };

  let entries: DiscoveredRelease[] = [];
  if (source.discovery.type === 'urls') {
    const listed = discoverReleases(source.discovery, '', '');
    entries = listed.ok ? listed.releases : [];
  } else {
    const index = await fetchPolitely(source.discovery.url, INDEX_MEDIA_TYPES[source.discovery.type]);
    if (index.status !== 'ok') {
      check.index = { url: source.discovery.url, error: index.status === 'failed' ? index.reason : 'answered 304 to an unconditional request' };
      check.warnings.push(`index ${source.discovery.url}: ${check.index.error}`);
    } else {
      const text = decodeBody(index.body, index.contentType);
      check.index = { url: index.url, media_type: mediaTypeOf(index.contentType), bytes: index.body.byteLength };
      if (source.discovery.type === 'html-listing') {
        const all = discoverReleases({ type: 'html-listing', url: source.discovery.url, link_pattern: '.' }, text, index.url);
        check.links_on_page = all.ok ? all.releases.length : 0;
      }
      const discovered = discoverReleases(source.discovery, text, index.url);
      if (discovered.ok) entries = discovered.releases;
      else if (!/has no link matching/.test(discovered.reason)) check.warnings.push(`index ${source.discovery.url}: ${discovered.reason}`);
    }
  }
  const dates = entries.map((e) => e.published).filter((d): d is string => d !== undefined).sort();
  Object.assign(check, { entries: entries.length, dated_entries: dates.length, newest_date: dates.at(-1), oldest_date: dates[0] });
  check.sample_links = entries.slice(0, 3).map((e) => ({ url: e.url, title: e.title, ...(e.published ? { published: e.published } : {}) }));
  check.warnings.push(...entryWarnings(source, check, entries, deps.now));

  for (const entry of newestFirst(entries).slice(0, deps.releases)) {
    check.releases.push(await checkRelease(source, entry, await fetchPolitely(entry.url, RELEASE_MEDIA_TYPES), deps.now));
  }
  check.warnings.push(...releaseWarnings(source, check.releases));
  const schedule = scheduleOf(source, check.newest_date ?? check.releases.find((r) => r.published)?.published, deps.now);
  check.schedule = schedule.schedule;
  check.warnings.push(...schedule.warnings);
  return check;
}

/** The human report of one source, a few lines. */
export function formatCheck(check: SourceCheck): string {
  const lines = [`${check.source_id} (${check.kind} → ${check.dataset}${check.enabled ? '' : ', disabled'})`];
  if (check.index) {
    lines.push(`  index: ${check.discovery} ${check.index.url}${check.index.error ? ` FAILED: ${check.index.error}` : ` (${check.index.media_type}, ${check.index.bytes} bytes)`}`);
  }
  const dated = check.dated_entries ? `, ${check.dated_entries} dated ${check.oldest_date} to ${check.newest_date}` : ', none dated';
  lines.push(`  entries: ${check.entries}${check.links_on_page !== undefined ? ` (of ${check.links_on_page} links on the page)` : ''}${check.entries ? dated : ''}`);
  for (const link of check.sample_links) lines.push(`    ${link.published ?? '          '}  ${link.url}${link.title ? `  "${link.title}"` : ''}`);
  for (const r of check.releases) {
    const what = r.fetch_error ? `not fetched: ${r.fetch_error}` : r.rejected ? `REJECTED: ${r.rejected}` : `${r.rows} rows, ${r.warnings} warning(s)${r.sample_row ? `; e.g. ${r.sample_row}` : ''}`;
    lines.push(`  release ${r.url}${r.media_type ? ` (${r.media_type}, ${r.bytes} bytes, published ${r.published})` : ''}: ${what}`);
  }
  if (check.schedule) lines.push(`  schedule: ${check.schedule}`);
  lines.push(check.warnings.length ? `  ${check.warnings.length} warning(s):` : '  looks right');
  for (const warning of check.warnings) lines.push(`    - ${warning}`);
  return lines.join('\n');
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].split('\n').filter((l) => /^ \*   /.test(l)).map((l) => l.slice(3)).join('\n');

/** `customs-publisher sources SUBCOMMAND`: only `check` so far. Returns the exit code; usage errors are 2. */
export async function sourcesCommand(argv: string[], io: { out: (text: string) => void; err: (text: string) => void }, fetcher: SourceFetcher = new HttpSourceFetcher()): Promise<number> {
  try {
    const [sub, ...rest] = argv;
    if (sub !== 'check') throw new UsageError(sub ? `unknown sources subcommand "${sub}"` : 'sources needs a subcommand');
    return await sourcesCheck(rest, io, fetcher);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`customs-publisher sources: ${(error as Error).message}\n\nusage:\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

/** A mistake in how the command was called (exit code 2). */
class UsageError extends Error {}

async function sourcesCheck(argv: string[], io: { out: (text: string) => void; err: (text: string) => void }, fetcher: SourceFetcher): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string', default: resolve(repoRoot, 'infra/sources.json') },
      source: { type: 'string' },
      releases: { type: 'string', default: '3' },
      format: { type: 'string', default: 'text' },
      now: { type: 'string' },
    },
  });
  const releases = Number(values.releases);
  if (!Number.isInteger(releases) || releases < 0) throw new UsageError(`--releases must be a whole number, not "${values.releases}"`);
  if (!['text', 'json'].includes(values.format as string)) throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO time, not "${values.now}"`);
  let text: string;
  try {
    text = readFileSync(values.file as string, 'utf8');
  } catch (error) {
    io.err(`customs-publisher sources check: cannot read ${values.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const parsed = parseSourcesFile(text, `sources file ${values.file}`);
  for (const error of parsed.errors) io.err(`config error: ${error}`);
  const chosen = values.source ? parsed.sources.filter((s) => s.id === values.source) : parsed.sources;
  if (values.source && chosen.length === 0) throw new UsageError(`no source "${values.source}" in ${values.file} (it has: ${parsed.sources.map((s) => s.id).join(', ') || 'none'})`);
  const checks: SourceCheck[] = [];
  for (const source of chosen) {
    const check = await checkSource(source, { fetcher, now, releases, wait: (ms) => new Promise((r) => setTimeout(r, ms)) });
    checks.push(check);
    if (values.format === 'text') io.out(`${formatCheck(check)}\n\n`);
  }
  if (values.format === 'json') io.out(`${JSON.stringify(checks, null, 2)}\n`);
  const troubled = checks.filter((c) => c.warnings.length > 0).length;
  io.err(`${checks.length} source(s) checked, ${troubled} with warnings${parsed.errors.length ? `, ${parsed.errors.length} invalid entr${parsed.errors.length === 1 ? 'y' : 'ies'}` : ''}`);
  return troubled > 0 || parsed.errors.length > 0 ? 1 : 0;
}

