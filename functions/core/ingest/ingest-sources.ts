/**
 * The ingest use case: poll every configured source, archive each new or revised release
 * immutably, record it in the ledger and hand it to normalize. One source failing never stops
 * the others; every failure is a value naming the source, the release and the reason.
 *
 * Cost of a run. The discovery document is requested conditionally (ETag / If-Modified-Since),
 * so an unchanged feed costs one request, a few reads, and no write at all: the source state is
 * written only when something in it changed, and freshness is computed from when the last release
 * arrived, not from when we last looked.
 *
 * Re-checking known releases (revisions). A release is its canonical URL plus the sha256 of its
 * content; a known URL whose content changed is a new revision (same release_id, content_revision+1,
 * processed again, old bytes kept). Which known URLs are asked again:
 *  - fixed URL lists (`urls`: table pages revised in place): every URL, every run, conditionally;
 *  - feeds, JSON indexes and listings: only when the index document changed AND the entry's stamp
 *    (its updated/published date and title) differs from the one we last handled. Publishers bump
 *    <updated> or retitle an entry ("revised") when they revise it; re-asking every known URL on
 *    every feed change would cost a request per entry for nothing. A silent revision that touches
 *    neither the feed nor the entry is not seen; sources that revise silently belong in a `urls` list.
 * The index validators are committed only once every entry it announced was handled, so a failed
 * re-check is tried again on the next run (the index is then fetched in full again).
 *
 * Failures. Retryable fetch failures (timeouts, 5xx, 429, dropped connections) are re-tried within
 * the run with exponential back-off and jitter, a bounded number of times. An announced release that
 * still cannot be fetched is recorded in the ledger as failed without content (sha256 '') with its
 * reason and attempt count, retried on later runs, and quarantined after `max_attempts`. A release
 * whose normalization failed is handed to normalize again on later runs (the ledger quarantines it).
 */
import { decodeBody } from '../charset.js';
import type { Release, SourceConfig } from '../contract.js';
import { releaseId, sha256Hex } from '../identity.js';
import type { BlobStore, Clock, FetchRequest, FetchResult, Logger, NormalizeQueue, ReleaseLedger, SourceFetcher, SourceState, SourceStateStore } from '../ports.js';
import { discoverReleases, entryStamp, isoDay, type DiscoveredRelease } from './discovery.js';
import { freshnessOf, pollDecision } from './calendar.js';
import type { SourceFreshness } from './freshness.js';
import { INDEX_MEDIA_TYPES, RELEASE_MEDIA_TYPES, mediaTypeOf } from './media-types.js';
import { ingestMetricFields } from './metrics.js';
import { sourceBudget, type RunBudget } from './run-budget.js';

/** Everything ingest needs from the outside. */
export interface IngestDeps {
  fetcher: SourceFetcher;
  blobs: BlobStore;
  ledger: ReleaseLedger;
  sourceStates: SourceStateStore;
  queue: NormalizeQueue;
  clock: Clock;
  logger: Logger;
  /** Waits between two requests to one source (politeness, back-off); injected so tests need not sleep. */
  wait: (ms: number) => Promise<void>;
  /** A number in [0, 1) for back-off jitter; injected so runs are reproducible under test. */
  random: () => number;
  /**
   * Milliseconds left before the run is stopped (Lambda's context.getRemainingTimeInMillis);
   * absent means no limit (local runs). Sources share it fairly and stop before it runs out.
   */
  remainingMs?: () => number;
}

/** What one run did for one source. */
export interface SourceRunSummary {
  source_id: string;
  /** `partial`: the index was handled but some releases failed; `failed`: the index itself failed; `skipped`: its calendar says not now. */
  status: 'ok' | 'not-modified' | 'partial' | 'failed' | 'skipped';
  /** HTTP requests sent, re-tries included. */
  requests: number;
  /** Mutating calls on the stores: archived objects, ledger writes, queue messages, source state puts. */
  writes: number;
  new_releases: number;
  revised_releases: number;
  /** Releases handed to normalize again (failed normalization, or fetched long ago and never normalized). */
  retried_releases: number;
  failures: string[];
  /** Releases left for the next run because this source's share of the run time was used up. */
  deferred_releases: number;
  freshness: SourceFreshness;
  /** Calendar sources: why this run asked or skipped it, and when it is next worth asking. */
  poll?: { reason: string; next_poll_at?: string };
}

/** What one run did. */
export interface IngestSummary {
  sources: SourceRunSummary[];
  requests: number;
  writes: number;
  new_releases: number;
  revised_releases: number;
  /** Sources overdue beyond their grace period. */
  delayed_sources: string[];
}

/** A release still `fetched` after this long lost its normalize message (e.g. to the DLQ): hand it on again. */
export const REQUEUE_FETCHED_AFTER_MS = 60 * 60 * 1000;
/** Longest Retry-After honoured within a run; longer asks are left to the next run. */
const MAX_RETRY_AFTER_MS = 30_000;

const EXTENSIONS: Record<string, string> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'txt',
  'application/json': 'json',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/xml': 'xml',
  'application/xml': 'xml',
};

/** File extension for a media type, so archived releases open with the right program. */
export function extensionFor(contentType: string): string {
  return EXTENSIONS[mediaTypeOf(contentType)] ?? 'bin';
}

/** raw/<source>/<yyyy>/<mm>/<release_id>/<sha256>.<ext>: one immutable object per content revision. */
export function rawKey(release: Pick<Release, 'source_id' | 'release_id' | 'sha256' | 'published'>, contentType: string): string {
  const [yyyy, mm] = release.published.split('-');
  return `raw/${release.source_id}/${yyyy}/${mm}/${release.release_id}/${release.sha256}.${extensionFor(contentType)}`;
}

/** Back-off before re-try number `attempt` (1-based): base·2^(attempt-1), with "equal jitter" (half fixed, half random). */
export function backoffMs(attempt: number, baseMs: number, random: () => number): number {
  const ceiling = baseMs * 2 ** (attempt - 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** The hosts a source may reach: its allowed_hosts, or the hosts of its discovery URLs. */
export function allowedHostsOf(source: SourceConfig): string[] {
  if (source.allowed_hosts?.length) return source.allowed_hosts;
  const urls = source.discovery.type === 'urls' ? source.discovery.urls : [source.discovery.url];
  return [...new Set(urls.map((u) => new URL(u).host))];
}

/** JSON with sorted keys and no undefined members: equal states give equal strings whatever their origin. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** One release to request this run, and why. */
interface WorkItem {
  release_id: string;
  entry: DiscoveredRelease;
  /** The index entry's stamp (undefined for fixed URL lists). */
  stamp?: string;
  known: Release | null;
  /** new: never seen; retry: seen but never fetched; recheck: held content, asked again conditionally. */
  mode: 'new' | 'retry' | 'recheck';
}

/** Where one pass over a source ended: its state, and whether its time share ran out first. */
interface SourcePass {
  state: SourceState;
  cutShort: boolean;
}

/**
 * Polls one source: pending work from the ledger, its index (conditionally), then every release
 * worth requesting, within `budget`. Progress is saved after every release, so a run stopped at
 * any point (budget, timeout, crash) resumes where it was. `resume` is a second pass over a source
 * cut short earlier in the same run: the ledger's pending work was already handed on.
 */
async function ingestSource(source: SourceConfig, deps: IngestDeps, summary: SourceRunSummary, budget: RunBudget, resume = false): Promise<SourcePass> {
  const started = deps.clock.now();
  const poll = new SourcePoll(source, deps, summary, budget, started, await deps.sourceStates.get(source.id));
  // 1. Pending work the ledger holds: normalizations to try again, releases never fetched.
  const neverFetched = await poll.handOnPending(resume);
  // 2. The index: what the source announces now.
  await poll.readIndex();
  // 3. What to request: new entries, entries never fetched, and known entries worth re-checking.
  const work = await poll.plan(neverFetched);
  // 4. Request each, archive what changed, record every outcome.
  await poll.requestAll(work);
  // 5. Commit what changed, and only if something did: an idle run writes nothing.
  await poll.commit();
  return { state: poll.next, cutShort: poll.cutShort };
}

/** The index a pass fetched and read, committed to the source state once every entry it announced was handled. */
interface ReadIndex {
  etag?: string;
  lastModified?: string;
  sha256: string;
}

/** One pass over one source: the state it started from, the state it builds, and what it has done so far. */
class SourcePoll {
  /** The source state this pass builds, saved as it goes. */
  readonly next: SourceState;
  /** Worst case of one more request: the politeness wait, then the whole timeout. */
  private readonly requestCost: number;
  private readonly request: Omit<FetchRequest, 'url' | 'accept' | 'etag' | 'lastModified'>;
  private savedJson: string;
  private requestsSent = 0;
  cutShort = false;
  private announced: DiscoveredRelease[] = [];
  /** The index read this pass, when it changed: committed at the end. */
  private index: ReadIndex | undefined;
  private indexFailed = false;
  private everyEntryHandled = true;

  constructor(
    private readonly source: SourceConfig,
    private readonly deps: IngestDeps,
    private readonly summary: SourceRunSummary,
    private readonly budget: RunBudget,
    private readonly started: Date,
    private readonly state: SourceState,
  ) {
    this.next = JSON.parse(JSON.stringify({ ...state, release_validators: state.release_validators ?? {} }));
    const politeness = source.politeness;
    this.requestCost = politeness.min_interval_ms + politeness.timeout_ms;
    this.savedJson = comparableState(state);
    this.request = { timeoutMs: politeness.timeout_ms, maxBytes: politeness.max_bytes, userAgent: politeness.user_agent, allowedHosts: allowedHostsOf(source), allowPrivateNetwork: source.local };
  }

  /** Hands on again what the ledger holds for the source (failed normalizations, stale fetches): the releases never fetched. */
  async handOnPending(resume: boolean): Promise<Release[]> {
    const { deps, source, summary } = this;
    const failed = await deps.ledger.list({ state: 'failed', sourceId: source.id });
    const fetched = resume ? [] : await deps.ledger.list({ state: 'fetched', sourceId: source.id });
    const stale = fetched.filter((r) => this.started.getTime() - Date.parse(r.fetched_at) > REQUEUE_FETCHED_AFTER_MS);
    for (const release of resume ? [] : [...failed.filter((r) => r.sha256 !== ''), ...stale]) {
      await deps.queue.enqueue({ source_id: source.id, release_id: release.release_id, sha256: release.sha256 });
      summary.writes++;
      summary.retried_releases++;
    }
    return failed.filter((r) => r.sha256 === '');
  }

  /** Reads what the source announces: its fixed URLs, or its index when that changed since it was last handled. */
  async readIndex(): Promise<void> {
    const { source } = this;
    if (source.discovery.type === 'urls') {
      const listed = discoverReleases(source.discovery, '', '');
      this.announced = listed.ok ? listed.releases : [];
      return;
    }
    if (!this.budget.allows(this.requestCost)) {
      this.cutShort = true;
      return;
    }
    const index = await this.fetchPolitely(source.discovery.url, INDEX_MEDIA_TYPES[source.discovery.type], this.state);
    if (index.status === 'failed') return this.indexFailure(source.discovery.url, index.reason);
    if (index.status !== 'ok') return;
    const sha256 = sha256Hex(index.body);
    // Same bytes as last handled: a server that ignores validators still costs nothing more.
    if (sha256 === this.state.index_sha256) return;
    const discovered = discoverReleases(source.discovery, decodeBody(index.body, index.contentType), index.url);
    if (!discovered.ok) return this.indexFailure(source.discovery.url, discovered.reason);
    this.announced = discovered.releases;
    this.index = { etag: index.etag, lastModified: index.lastModified, sha256 };
  }

  private indexFailure(url: string, reason: string): void {
    this.indexFailed = true;
    this.fail(`source ${this.source.id}: index ${url}: ${reason}`, { url });
  }

  /** The releases to request: new entries, entries never fetched, and known entries worth re-checking. */
  async plan(neverFetched: Release[]): Promise<WorkItem[]> {
    const { source } = this;
    const work: WorkItem[] = [];
    const planned = new Set<string>();
    for (const [n, entry] of this.announced.entries()) {
      // Planning a very long index reads the ledger once per entry: it has to fit in the share too.
      if (n % 100 === 99 && !this.budget.allows(this.requestCost)) {
        this.cutShort = true;
        break;
      }
      const id = releaseId(source.id, entry.url);
      if (planned.has(id)) continue; // the same release listed twice is one release
      planned.add(id);
      const item = this.workOf(id, entry, await this.deps.ledger.get(id));
      if (item) work.push(item);
    }
    for (const release of neverFetched) {
      if (planned.has(release.release_id)) continue;
      planned.add(release.release_id);
      work.push({ release_id: release.release_id, entry: { url: release.url, title: release.title, published: release.published }, known: release, mode: 'retry' });
    }
    return work;
  }

  /** Whether and how to request an announced entry, from what the ledger knows of it. */
  private workOf(id: string, entry: DiscoveredRelease, known: Release | null): WorkItem | undefined {
    const urls = this.source.discovery.type === 'urls';
    const stamp = urls ? undefined : entryStamp(entry);
    if (!known) return { release_id: id, entry, stamp, known, mode: 'new' };
    if (known.sha256 === '') return known.state !== 'quarantined' ? { release_id: id, entry, stamp, known, mode: 'retry' } : undefined;
    if (urls || this.next.release_validators[entry.url]?.entry !== stamp) return { release_id: id, entry, stamp, known, mode: 'recheck' };
    return undefined;
  }

  /** Requests each release while the budget allows, saving progress before each next one. */
  async requestAll(work: WorkItem[]): Promise<void> {
    for (const [n, item] of work.entries()) {
      if (!this.budget.allows(this.requestCost)) {
        this.cutShort = true;
        this.summary.deferred_releases += work.length - n;
        break;
      }
      // Progress is saved before each next release, so a run stopped anywhere never asks for these again.
      if (n > 0) await this.saveProgress();
      try {
        await this.requestRelease(item);
      } catch (error) {
        // Infrastructure (store, queue) failed mid-release: nothing half-done is recorded as done.
        this.everyEntryHandled = false;
        this.fail(`source ${this.source.id}: release ${item.release_id} (${item.entry.url}): ${(error as Error).message}`, { release_id: item.release_id, url: item.entry.url });
      }
    }
  }

  /** Requests one release (conditionally when re-checked) and archives it when its content is new. */
  private async requestRelease(item: WorkItem): Promise<void> {
    const { entry, release_id: id } = item;
    const validators = item.mode === 'recheck' ? this.next.release_validators[entry.url] : undefined;
    const answer = await this.fetchPolitely(entry.url, RELEASE_MEDIA_TYPES, validators);
    if (answer.status === 'failed') return this.releaseFailure(item, `source ${this.source.id}: release ${id} (${entry.url}): ${answer.reason}`);
    if (answer.status === 'not-modified') {
      this.next.release_validators[entry.url] = { ...validators, entry: item.stamp };
      return;
    }
    const sha256 = sha256Hex(answer.body);
    this.next.release_validators[entry.url] = { etag: answer.etag, last_modified: answer.lastModified, entry: item.stamp };
    if (item.known && item.known.sha256 === sha256) return; // asked again, same content: not a revision
    await this.archive(item, answer, sha256);
  }

  private async releaseFailure(item: WorkItem, reason: string): Promise<void> {
    this.fail(reason, { release_id: item.release_id, url: item.entry.url });
    if (item.mode === 'recheck') {
      this.everyEntryHandled = false; // keep the index uncommitted so the next run asks again
      return;
    }
    await this.deps.ledger.recordFetchFailure(placeholder(this.source, item, reason, this.deps.clock.now()), reason, this.source.politeness.max_attempts);
    this.summary.writes++;
  }

  /** Archives new content, records it in the ledger and hands it to normalize. */
  private async archive(item: WorkItem, answer: Extract<FetchResult, { status: 'ok' }>, sha256: string): Promise<void> {
    const { deps, source, summary } = this;
    const hasContent = item.known !== null && item.known.sha256 !== '';
    const release = fetchedRelease(source, item, answer, sha256, deps.clock.now());
    // Archive first: the ledger never points at bytes we do not hold. Earlier revisions keep their own keys.
    await deps.blobs.putImmutable(release.raw_key, answer.body, {
      contentType: answer.contentType,
      metadata: {
        'source-id': source.id,
        'source-url': item.entry.url,
        'fetched-from': answer.url,
        'fetched-at': release.fetched_at,
        'content-type': answer.contentType,
        etag: answer.etag ?? '',
        'last-modified': answer.lastModified ?? '',
        'release-id': release.release_id,
        sha256,
        'content-revision': String(release.content_revision),
      },
    });
    await deps.ledger.recordFetched(release);
    await deps.queue.enqueue({ source_id: source.id, release_id: release.release_id, sha256 });
    summary.writes += 3;
    if (hasContent) summary.revised_releases++;
    else summary.new_releases++;
    // Fixed-URL pages publish by revising in place, so for them a new content is the new release.
    if (!hasContent || source.discovery.type === 'urls') {
      this.next.last_new_release_at = release.fetched_at;
      if (!this.next.latest_published || release.published > this.next.latest_published) this.next.latest_published = release.published;
    }
  }

  /**
   * Commits the index and saves the state (when it changed, or always for a calendar source) and
   * settles the pass's status. The index is committed only once every entry it announced was
   * handled: a source cut short fetches it again next run and skips, by the validators saved
   * above, what it already has.
   */
  async commit(): Promise<void> {
    const { source, summary } = this;
    if (this.index && this.everyEntryHandled && !this.cutShort) {
      this.next.etag = this.index.etag;
      this.next.last_modified = this.index.lastModified;
      this.next.index_sha256 = this.index.sha256;
      this.keepValidatorsOfAnnounced();
    }
    if (source.discovery.type === 'urls' && !this.cutShort) this.keepValidatorsOfAnnounced();
    // A calendar source records every poll: its polling plan counts from the last one.
    await this.saveProgress(Boolean(source.calendar));
    const fetchedAny = summary.new_releases + summary.revised_releases > 0;
    summary.status = this.indexFailed && !fetchedAny ? 'failed' : summary.failures.length > 0 || this.cutShort ? 'partial' : fetchedAny || this.index ? 'ok' : 'not-modified';
  }

  /** Only entries the index still announces can be re-checked: keeps the state item small. */
  private keepValidatorsOfAnnounced(): void {
    const keep = new Set(this.announced.map((r) => r.url));
    this.next.release_validators = Object.fromEntries(Object.entries(this.next.release_validators).filter(([url]) => keep.has(url)));
  }

  /** Writes the source state when it changed since it was last saved: an idle run writes nothing. */
  private async saveProgress(always = false): Promise<void> {
    const json = comparableState(this.next);
    if (json === this.savedJson && !always) return;
    this.next.last_polled_at = this.deps.clock.now().toISOString();
    await this.deps.sourceStates.put(this.next);
    this.savedJson = json;
    this.summary.writes++;
  }

  private fail(reason: string, fields: Record<string, unknown>): void {
    this.summary.failures.push(reason);
    this.deps.logger.warn(reason, { source_id: this.source.id, ...fields });
  }

  /** One polite request with bounded, backed-off re-tries of retryable failures. */
  private async fetchPolitely(url: string, accept: string[], validators: { etag?: string; last_modified?: string } = {}): Promise<FetchResult> {
    const { deps, summary } = this;
    const politeness = this.source.politeness;
    let delay = 0;
    for (let attempt = 1; ; attempt++) {
      if (this.requestsSent > 0) await deps.wait(Math.max(politeness.min_interval_ms, delay));
      this.requestsSent++;
      summary.requests++;
      const result = await this.fetchOnce(url, accept, validators);
      if (result.status !== 'failed') return result;
      if (!result.retryable || attempt > politeness.retries) return attempt > 1 ? { ...result, reason: `${result.reason} (after ${attempt} attempts)` } : result;
      delay = Math.max(backoffMs(attempt, politeness.backoff_ms, deps.random), Math.min(result.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
      if (!this.budget.allows(delay + politeness.timeout_ms)) return { ...result, reason: `${result.reason} (no time left in this run to try again)` };
    }
  }

  /** One request; a fetcher that throws is a failure that is not re-tried. */
  private async fetchOnce(url: string, accept: string[], validators: { etag?: string; last_modified?: string }): Promise<FetchResult> {
    try {
      return await this.deps.fetcher.fetch({ ...this.request, url, accept, etag: validators.etag, lastModified: validators.last_modified });
    } catch (error) {
      return { status: 'failed', url, reason: `fetcher error: ${(error as Error).message}`, retryable: false };
    }
  }
}

/** A source state as compared for saving: last_polled_at aside, equal states give equal strings. */
function comparableState(state: SourceState): string {
  return stableJson({ ...state, release_validators: state.release_validators ?? {}, last_polled_at: undefined });
}

/** The ledger entry of new content of a release: dated by the entry, the earlier revision, or the page's Last-Modified. */
function fetchedRelease(source: SourceConfig, item: WorkItem, answer: Extract<FetchResult, { status: 'ok' }>, sha256: string, now: Date): Release {
  const { entry, known } = item;
  const today = now.toISOString().slice(0, 10);
  const hasContent = known !== null && known.sha256 !== '';
  // Pages revised in place are dated by their Last-Modified; a feed entry keeps its own date.
  const published =
    source.discovery.type === 'urls'
      ? isoDay(answer.lastModified) ?? today
      : entry.published ?? (hasContent ? known.published : undefined) ?? isoDay(answer.lastModified) ?? today;
  const release: Release = {
    release_id: item.release_id,
    source_id: source.id,
    dataset: source.dataset,
    kind: source.kind,
    url: entry.url,
    sha256,
    content_revision: (known?.content_revision ?? 0) + 1,
    content_type: answer.contentType,
    bytes: answer.body.byteLength,
    raw_key: '',
    title: entry.title || known?.title || '',
    published,
    fetched_at: now.toISOString(),
    etag: answer.etag,
    last_modified: answer.lastModified,
    state: 'fetched',
    attempts: 0,
    warnings: [],
  };
  release.raw_key = rawKey(release, answer.contentType);
  return release;
}

/** The ledger entry of an announced release that could not be fetched: no content, the reason, the entry's metadata. */
function placeholder(source: SourceConfig, item: WorkItem, reason: string, now: Date): Release {
  return {
    release_id: item.release_id,
    source_id: source.id,
    dataset: source.dataset,
    kind: source.kind,
    url: item.entry.url,
    sha256: '',
    content_revision: 0,
    content_type: '',
    bytes: 0,
    raw_key: '',
    title: item.entry.title || item.known?.title || '',
    published: item.entry.published ?? item.known?.published ?? now.toISOString().slice(0, 10),
    fetched_at: now.toISOString(),
    state: 'failed',
    attempts: item.known?.attempts ?? 0,
    reason,
    warnings: [],
  };
}

/** Polls one source within its budget; a failure of the whole source becomes a value in its summary. */
async function pollSource(source: SourceConfig, deps: IngestDeps, summary: SourceRunSummary, budget: RunBudget, resume: boolean): Promise<SourcePass> {
  let state: SourceState = { source_id: source.id, release_validators: {} };
  try {
    // A calendar source is polled only when its release calendar says a release may be out.
    const plan = source.calendar && !resume ? pollDecision(source.calendar, (state = await deps.sourceStates.get(source.id)), deps.clock.now()) : undefined;
    if (plan) summary.poll = { reason: plan.reason, next_poll_at: plan.next_poll_at };
    if (plan && !plan.poll) {
      summary.status = 'skipped';
      return { state, cutShort: false };
    }
    return await ingestSource(source, deps, summary, budget, resume);
  } catch (error) {
    summary.status = 'failed';
    const reason = `source ${source.id}: ${(error as Error).message}`;
    summary.failures.push(reason);
    deps.logger.error(reason, { source_id: source.id });
    return { state, cutShort: false };
  }
}

/**
 * The order sources are polled in. With a time limit the last sources of a run are the ones that
 * may find too little time left, so the starting point moves every hour by the golden ratio of the
 * list (consecutive runs start far apart and cover it evenly): no source is last every time.
 * Without a limit (local runs) the configured order.
 */
function runOrder(count: number, deps: IngestDeps): number[] {
  const hour = Math.floor(deps.clock.now().getTime() / 3_600_000);
  const offset = deps.remainingMs && count > 0 ? Math.floor(((hour * 0.6180339887) % 1) * count) : 0;
  return Array.from({ length: count }, (_, i) => (i + offset) % count);
}

/**
 * Runs one ingest pass over all enabled sources; logs one metrics line per source. With a time
 * limit, every source gets a fair share first; time the quick ones left over then goes, shared
 * again, to the sources that were cut short.
 */
export async function ingestSources(configured: SourceConfig[], deps: IngestDeps): Promise<IngestSummary> {
  // Disabled sources stay in the file for `sources check` until someone has verified their pages.
  const sources = configured.filter((s) => s.enabled);
  const summaries = sources.map(emptySummary);
  const passes: SourcePass[] = [];
  for (const [k, n] of runOrder(sources.length, deps).entries()) {
    passes[n] = await pollSource(sources[n], deps, summaries[n], sourceBudget(deps.remainingMs, sources.length - k), false);
  }
  const cutShort = sources.flatMap((source, n) => (passes[n].cutShort ? [n] : []));
  for (const [k, n] of cutShort.entries()) {
    const budget = sourceBudget(deps.remainingMs, cutShort.length - k);
    if (!budget.allows(sources[n].politeness.min_interval_ms + sources[n].politeness.timeout_ms)) continue;
    summaries[n].deferred_releases = 0;
    passes[n] = await pollSource(sources[n], deps, summaries[n], budget, true);
  }
  for (const [n, source] of sources.entries()) reportSource(source, summaries[n], passes[n], deps);
  return runSummary(summaries);
}

/** A source's summary before the run does anything for it. */
function emptySummary(source: SourceConfig): SourceRunSummary {
  return {
    source_id: source.id,
    status: 'ok',
    requests: 0,
    writes: 0,
    new_releases: 0,
    revised_releases: 0,
    retried_releases: 0,
    failures: [],
    deferred_releases: 0,
    freshness: { source_id: source.id, status: 'unknown', days_overdue: 0 },
  };
}

/** Settles a source's freshness from the state its last pass left and logs it: work left over, delay, the metrics line. */
function reportSource(source: SourceConfig, summary: SourceRunSummary, pass: SourcePass, deps: IngestDeps): void {
  if (pass.cutShort) {
    deps.logger.warn(`source ${source.id}: its share of the run time was used up; ${summary.deferred_releases} releases left for the next run`, { source_id: source.id, deferred_releases: summary.deferred_releases });
  }
  const now = deps.clock.now();
  summary.freshness = freshnessOf(source, pass.state, now);
  if (summary.freshness.status === 'delayed') {
    deps.logger.warn(`source ${source.id}: delayed: ${summary.freshness.summary ?? `next release was due by ${summary.freshness.next_due_by} (${summary.freshness.days_overdue} days overdue)`}`, { source_id: source.id, freshness: summary.freshness });
  }
  deps.logger.info(`ingest metrics for source ${source.id}`, ingestMetricFields({ ...summary, failures: summary.failures.length }, summary.freshness, now));
}

/** The run's totals over its sources. */
function runSummary(summaries: SourceRunSummary[]): IngestSummary {
  const total = (count: (s: SourceRunSummary) => number) => summaries.reduce((n, s) => n + count(s), 0);
  return {
    sources: summaries,
    requests: total((s) => s.requests),
    writes: total((s) => s.writes),
    new_releases: total((s) => s.new_releases),
    revised_releases: total((s) => s.revised_releases),
    delayed_sources: summaries.filter((s) => s.freshness.status === 'delayed').map((s) => s.source_id),
  };
}
