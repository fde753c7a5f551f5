/**
 * The ingest use case: poll every configured source, archive each new or revised release
 * immutably, record it in the ledger and hand it to normalize. One source failing never stops
 * the others; every failure is a value naming the source and the reason.
 */
import type { Release, SourceConfig } from '../contract.js';
import { releaseId, sha256Hex } from '../identity.js';
import type { BlobStore, Clock, FetchResult, Logger, NormalizeQueue, ReleaseLedger, SourceFetcher, SourceState, SourceStateStore } from '../ports.js';
import { discoverReleases, isoDay, type DiscoveredRelease } from './discovery.js';

/** Everything ingest needs from the outside. */
export interface IngestDeps {
  fetcher: SourceFetcher;
  blobs: BlobStore;
  ledger: ReleaseLedger;
  sourceStates: SourceStateStore;
  queue: NormalizeQueue;
  clock: Clock;
  logger: Logger;
  /** Waits between two requests to one source (politeness); injected so tests need not sleep. */
  wait: (ms: number) => Promise<void>;
}

/** What one run did for one source. */
export interface SourceRunSummary {
  source_id: string;
  status: 'ok' | 'not-modified' | 'failed';
  requests: number;
  new_releases: number;
  revised_releases: number;
  retried_releases: number;
  failures: string[];
}

/** What one run did. */
export interface IngestSummary {
  sources: SourceRunSummary[];
  requests: number;
  new_releases: number;
  revised_releases: number;
}

const EXTENSIONS: Record<string, string> = { 'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'txt', 'application/json': 'json', 'application/pdf': 'pdf', 'text/csv': 'csv' };

/** File extension for a media type, so archived releases open with the right program. */
export function extensionFor(contentType: string): string {
  return EXTENSIONS[contentType.split(';')[0].trim().toLowerCase()] ?? 'bin';
}

/** raw/<source>/<yyyy>/<mm>/<release_id>/<sha256>.<ext>: one immutable object per content revision. */
export function rawKey(release: Pick<Release, 'source_id' | 'release_id' | 'sha256' | 'published'>, contentType: string): string {
  const [yyyy, mm] = release.published.split('-');
  return `raw/${release.source_id}/${yyyy}/${mm}/${release.release_id}/${release.sha256}.${extensionFor(contentType)}`;
}

function hostsOf(source: SourceConfig): string[] {
  if (source.allowed_hosts?.length) return source.allowed_hosts;
  const urls = source.discovery.type === 'urls' ? source.discovery.urls : [source.discovery.url];
  return [...new Set(urls.map((u) => new URL(u).host))];
}

/** Polls one source: its index (conditionally), then every release not yet archived at its current content. */
async function ingestSource(source: SourceConfig, deps: IngestDeps, summary: SourceRunSummary): Promise<void> {
  const state: SourceState = await deps.sourceStates.get(source.id);
  const base = { timeoutMs: source.politeness.timeout_ms, maxBytes: source.politeness.max_bytes, userAgent: source.politeness.user_agent, allowedHosts: hostsOf(source), allowPrivateNetwork: source.local };
  let requestsSent = 0;
  const fetchPolitely = async (url: string, validators: { etag?: string; last_modified?: string } = {}): Promise<FetchResult> => {
    if (requestsSent > 0) await deps.wait(source.politeness.min_interval_ms);
    requestsSent++;
    summary.requests++;
    return deps.fetcher.fetch({ ...base, url, etag: validators.etag, lastModified: validators.last_modified });
  };

  // Releases whose raw bytes are archived but that did not reach "normalized" are handed on again.
  for (const release of [...(await deps.ledger.list({ state: 'failed', sourceId: source.id })), ...(await deps.ledger.list({ state: 'fetched', sourceId: source.id }))]) {
    await deps.queue.enqueue({ source_id: source.id, release_id: release.release_id, sha256: release.sha256 });
    summary.retried_releases++;
  }

  let announced: DiscoveredRelease[];
  let recheckKnown: boolean;
  if (source.discovery.type === 'urls') {
    announced = source.discovery.urls.map((url) => ({ url, title: '' }));
    recheckKnown = true; // pages revised in place: every URL is asked again, conditionally
  } else {
    const index = await fetchPolitely(source.discovery.url, state);
    if (index.status === 'not-modified') {
      summary.status = 'not-modified';
      await deps.sourceStates.put({ ...state, last_polled_at: deps.clock.now().toISOString() });
      return;
    }
    const discovered = discoverReleases(source.discovery, new TextDecoder().decode(index.body), index.url);
    if (!discovered.ok) throw new Error(discovered.reason);
    announced = discovered.releases;
    recheckKnown = false;
    state.etag = index.etag;
    state.last_modified = index.lastModified;
  }

  for (const entry of announced) {
    const id = releaseId(source.id, entry.url);
    try {
      const known = await deps.ledger.get(id);
      if (known && !recheckKnown) continue;
      const validators = known ? state.release_validators[entry.url] : undefined;
      const fetched = await fetchPolitely(entry.url, validators);
      if (fetched.status === 'not-modified') continue;
      state.release_validators[entry.url] = { etag: fetched.etag, last_modified: fetched.lastModified };
      const sha256 = sha256Hex(fetched.body);
      if (known && known.sha256 === sha256) continue;
      const now = deps.clock.now();
      const published = entry.published ?? known?.published ?? isoDay(fetched.lastModified) ?? now.toISOString().slice(0, 10);
      const release: Release = {
        release_id: id,
        source_id: source.id,
        dataset: source.dataset,
        kind: source.kind,
        url: entry.url,
        sha256,
        content_revision: known ? known.content_revision + 1 : 1,
        content_type: fetched.contentType,
        bytes: fetched.body.byteLength,
        raw_key: '',
        title: entry.title || known?.title || '',
        published,
        fetched_at: now.toISOString(),
        etag: fetched.etag,
        last_modified: fetched.lastModified,
        state: 'fetched',
        attempts: 0,
        warnings: [],
      };
      release.raw_key = rawKey(release, fetched.contentType);
      // Archive first: the ledger never points at bytes we do not hold.
      await deps.blobs.putImmutable(release.raw_key, fetched.body, {
        contentType: fetched.contentType,
        metadata: { 'source-url': entry.url, 'fetched-at': release.fetched_at, etag: fetched.etag ?? '', 'release-id': id, sha256 },
      });
      await deps.ledger.recordFetched(release);
      await deps.queue.enqueue({ source_id: source.id, release_id: id, sha256 });
      if (known) summary.revised_releases++; else summary.new_releases++;
      state.last_new_release_at = release.fetched_at;
    } catch (error) {
      const reason = `source ${source.id}: release ${entry.url}: ${(error as Error).message}`;
      summary.failures.push(reason);
      deps.logger.warn(reason, { source_id: source.id, url: entry.url });
    }
  }
  await deps.sourceStates.put({ ...state, last_polled_at: deps.clock.now().toISOString() });
}

/** Runs one ingest pass over all sources. */
export async function ingestSources(sources: SourceConfig[], deps: IngestDeps): Promise<IngestSummary> {
  const summaries: SourceRunSummary[] = [];
  for (const source of sources) {
    const summary: SourceRunSummary = { source_id: source.id, status: 'ok', requests: 0, new_releases: 0, revised_releases: 0, retried_releases: 0, failures: [] };
    try {
      await ingestSource(source, deps, summary);
      if (summary.failures.length > 0 && summary.new_releases + summary.revised_releases === 0) summary.status = 'failed';
    } catch (error) {
      summary.status = 'failed';
      const reason = `source ${source.id}: ${(error as Error).message}`;
      summary.failures.push(reason);
      deps.logger.error(reason, { source_id: source.id });
    }
    summaries.push(summary);
  }
  return {
    sources: summaries,
    requests: summaries.reduce((n, s) => n + s.requests, 0),
    new_releases: summaries.reduce((n, s) => n + s.new_releases, 0),
    revised_releases: summaries.reduce((n, s) => n + s.revised_releases, 0),
  };
}
