/**
 * The ports the core needs from the outside world. Adapters in functions/adapters implement them
 * for AWS (and the local emulators); unit tests implement them in memory.
 */
import type { ExtractionContext, ExtractionOutcome, Observation, ObservationDraft, Release, ReleaseState } from './contract.js';
import type { ExtractOptions } from './extract/index.js';
import type { HeldRow, ReviewDecision } from './quality/review.js';

/** Object metadata kept next to a stored body. */
export interface BlobMeta {
  contentType: string;
  metadata?: Record<string, string>;
  cacheControl?: string;
}

/** The bucket: raw releases, dataset versions, pointers and the catalog. */
export interface BlobStore {
  /** Writes a body that must never change; returns false (and writes nothing) when the key already exists. */
  putImmutable(key: string, body: Uint8Array, meta: BlobMeta): Promise<boolean>;
  /** Writes or replaces a small mutable object (pointers, catalog, feeds). */
  put(key: string, body: Uint8Array, meta: BlobMeta): Promise<void>;
  /** Streams a large body (multipart) without holding it in memory. */
  putStream(key: string, body: AsyncIterable<Uint8Array>, meta: BlobMeta): Promise<void>;
  /** The body, or null when the key does not exist. */
  get(key: string): Promise<Uint8Array | null>;
  /** Streams a body, or null when the key does not exist. */
  getStream(key: string): Promise<AsyncIterable<Uint8Array> | null>;
  /**
   * Copies an object to another key inside the store (server-side: no bytes pass through the
   * caller), replacing the copy's metadata with `meta`; rejects when `fromKey` does not exist.
   */
  copy(fromKey: string, toKey: string, meta: BlobMeta): Promise<void>;
  /** Whether the key exists. */
  exists(key: string): Promise<boolean>;
  /** Keys under a prefix. */
  list(prefix: string): Promise<string[]>;
  /** Streams bytes [start, end) of a body, or null when the key does not exist. */
  getRange(key: string, start: number, end: number): Promise<AsyncIterable<Uint8Array> | null>;
  /**
   * Writes one object made of byte ranges of existing objects, copied inside the store (S3
   * UploadPartCopy: the bytes never pass through the caller), followed by a streamed tail. Every
   * copied range must be at least MIN_COPY_PART bytes, as S3 asks of all parts but the last. The
   * tail may hold further ranges: copied inside the store where S3's part sizes allow, else read
   * and sent by the store.
   */
  compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, meta: BlobMeta): Promise<void>;
}

/** Bytes [start, end) of an existing object, part of a composed one. */
export interface CopiedRange {
  fromKey: string;
  start: number;
  end: number;
}

/**
 * How S3 writes a range in a composed object's tail after `pending` bytes not yet sent as a part:
 * bytes before `start` are read and sent (topping the pending bytes up to a part, or the whole
 * range when what is left would be too short), the rest [start, end) is a part copy.
 */
export function tailCopyPlan(range: CopiedRange, pending: number): { start: number } {
  const topUp = pending > 0 && pending < MIN_COPY_PART ? MIN_COPY_PART - pending : 0;
  const start = Math.min(range.end, range.start + topUp);
  return { start: range.end - start >= MIN_COPY_PART ? start : range.end };
}

/** Whether an item of a composed object's tail is a copied range (else bytes). */
export const isCopiedRange = (item: Uint8Array | CopiedRange): item is CopiedRange => !(item instanceof Uint8Array);

/** The smallest part S3 accepts in a multipart upload (except the last one): 5 MiB. */
export const MIN_COPY_PART = 5 * 1024 * 1024;

/** Per-release state: what was fetched, what became of it. */
export interface ReleaseLedger {
  get(releaseId: string): Promise<Release | null>;
  /** Records a newly fetched release or a new content revision of a known one (idempotent per sha256). */
  recordFetched(release: Release): Promise<void>;
  /**
   * Marks the given content of a release normalized, with the extractor's warnings and, for a
   * table dated by its page, the release date and where it came from.
   */
  markNormalized(releaseId: string, sha256: string, warnings: string[], dating?: Pick<Release, 'published' | 'published_from'>): Promise<void>;
  /**
   * Counts one normalization attempt of the given content before it starts, so that an attempt
   * that crashes or times out (and never reaches markFailed) is counted too. When `maxAttempts`
   * were already spent the release is quarantined instead, with `giveUpReason` (or its last
   * recorded reason); returns whether the attempt may go ahead and the state afterwards. `fresh`
   * (reprocessing after the extractors changed) starts a new count at 1, whatever the state.
   */
  startAttempt(releaseId: string, sha256: string, maxAttempts: number, giveUpReason: string, fresh?: boolean): Promise<{ proceed: boolean; state: ReleaseState | null }>;
  /**
   * Records that the attempt counted by startAttempt failed; returns the new state (failed, or
   * quarantined once the attempts counted reach `maxAttempts`).
   */
  markFailed(releaseId: string, sha256: string, reason: string, maxAttempts: number): Promise<ReleaseState>;
  /**
   * Gives back the attempt counted by startAttempt when the invocation ran out of time after
   * writing part of the rows: progress is not a failure, and the next invocation resumes it.
   */
  markProgress(releaseId: string, sha256: string): Promise<void>;
  /**
   * An operator's decision on one release: `retry` clears the attempts (state fetched, or failed
   * for a release holding no content yet, which ingest then fetches again); `quarantine` stops
   * every further attempt. Returns the release as stored afterwards, or null when unknown.
   */
  override(releaseId: string, decision: 'retry' | 'quarantine', reason: string): Promise<Release | null>;
  /**
   * Records that an announced release could not be fetched, as an entry holding no content yet
   * (sha256 ''), so it is listed with its reason and retried until quarantined. Never touches an
   * entry that already holds content; returns the entry's state afterwards.
   */
  recordFetchFailure(release: Release, reason: string, maxAttempts: number): Promise<ReleaseState>;
  /** Releases in a state (all when omitted), optionally of one source. */
  list(filter: { state?: ReleaseState; sourceId?: string }): Promise<Release[]>;
  /** Records which of the release's rows the quality stage holds back and why (empty: none any more). */
  noteHeldBack(releaseId: string, notes: string[]): Promise<void>;
}

/** What one upsert of a release's rows did. */
export interface UpsertSummary {
  added: number;
  revised: number;
  unchanged: number;
  removed: number;
  /** Set when the time ran out before every row was written: applying the release again resumes it. */
  incomplete?: true;
}

/** How one application of a release may be bounded. */
export interface ApplyOptions {
  /** False once the invocation should stop writing and leave the rest to the next one. */
  hasTime?: () => boolean;
}

/** Which rows a scan reads: those with fromPeriodEnd <= period_end <= throughPeriodEnd ('' sorts first: rows without a period), all when both are omitted. */
export interface ScanRange {
  fromPeriodEnd?: string;
  throughPeriodEnd?: string;
}

/** Current observations and their revisions, per dataset. */
export interface ObservationStore {
  /**
   * Brings the dataset in line with one release's rows: new ids are added (revision 1), changed
   * figures become a new revision, unchanged ones are left alone, and rows this release used to
   * report (and still owns) but no longer does are removed. Idempotent: a replay changes nothing.
   */
  applyRelease(dataset: string, releaseId: string, drafts: ObservationDraft[], options?: ApplyOptions): Promise<UpsertSummary>;
  /**
   * Current observations of a dataset in publish order (period_end, period_start, observation_id:
   * see publish/row-order.ts), streamed; with `range.fromPeriodEnd`, only those whose period_end
   * is that period or a later one (the rows of a version from its first changed stripe on).
   */
  scan(dataset: string, range?: ScanRange): AsyncIterable<Observation>;
  /** Every revision ever recorded of a dataset's observations, in publish order then by revision (limited like `scan`). */
  scanRevisions(dataset: string, range?: ScanRange): AsyncIterable<Observation>;
  /** The current observations of a dataset with these ids (ids it does not hold are skipped), in any order. */
  get(dataset: string, ids: string[]): Promise<Observation[]>;
}

/** A version number claimed by a publisher and not yet committed. */
export interface PendingVersion {
  version: number;
  /** The change_seq this version covers. */
  seq: number;
  /** The version's creation time, fixed at claim so that a resumer writes the same dates. */
  created_at: string;
  /** Who holds the lease (an invocation id). */
  owner: string;
  /** ISO time after which another publisher may take the version over; longer than the function timeout. */
  lease_until: string;
}

/** Publication bookkeeping of one dataset. */
export interface DatasetState {
  dataset: string;
  /** Bumped by normalize whenever a release changed the dataset's rows. */
  change_seq: number;
  /**
   * The change index: for each period_end ('' for rows without a period) the change_seq of the
   * last change (add, revise, remove) to a row of that period, set in the same write that bumps
   * change_seq. The periods changed since version N are the entries above N's change_seq (its
   * manifest has it): see publish/change-index.ts. One entry per distinct period (hundreds).
   */
  changed_periods: Record<string, number>;
  /**
   * changed_periods lists every change whose change_seq is above this one (0: every change);
   * changes before it (made before the index existed) are not in it.
   */
  changed_periods_since: number;
  /** The change_seq that the latest published version (or the last no-change check) covered. */
  published_seq: number;
  latest_version: number;
  /** The last version whose post-commit steps (latest, catalog, feeds, notification) all completed. */
  notified_version: number;
  /** A claimed version that is being written, or null. */
  pending: PendingVersion | null;
}

/** Where publish learns which datasets changed and claims version numbers. */
export interface DatasetStateStore {
  get(dataset: string): Promise<DatasetState>;
  /** All datasets that have any state. */
  list(): Promise<DatasetState[]>;
  /**
   * Records that a dataset's rows changed: bumps change_seq and, in the same write, sets the
   * changed_periods entry of each of `periods` (the period_end of every row added, revised or
   * removed) to the new change_seq. Without periods (a review decision) only change_seq moves.
   */
  markChanged(dataset: string, periods?: Iterable<string>): Promise<void>;
  /**
   * Records `claim` as the pending version, only if nothing is pending and latest_version is
   * claim.version - 1. Returns false when another publisher got there first.
   */
  claimVersion(dataset: string, claim: PendingVersion): Promise<boolean>;
  /**
   * Takes over the pending `version` when its lease ended before `now` (or `owner` already holds it),
   * extending the lease. Returns the pending version as stored (its seq and created_at), or null.
   */
  takeOverVersion(dataset: string, version: number, owner: string, leaseUntil: string, now: string): Promise<PendingVersion | null>;
  /** Extends the lease while `owner` still holds the pending `version`; false once it lost it. */
  renewLease(dataset: string, version: number, owner: string, leaseUntil: string): Promise<boolean>;
  /**
   * Makes the pending `version` the latest (published_seq = seq, pending cleared). True when it is
   * committed, now or by an earlier attempt; false when another version is pending or latest.
   */
  commitVersion(dataset: string, version: number, seq: number): Promise<boolean>;
  /** Drops the pending `version` because it changes no row, recording `seq` as checked. */
  abandonVersion(dataset: string, version: number, seq: number): Promise<void>;
  /** Records that the post-commit steps of `version` completed (notification sent). */
  markNotified(dataset: string, version: number): Promise<void>;
}

/** A message to subscribers, with attributes they can filter on. */
export interface Notification {
  /** Deterministic id (dataset/vN): a resent message carries the same id, so subscribers can drop duplicates. */
  id: string;
  subject: string;
  body: string;
  attributes: Record<string, string | string[]>;
}

/** Sends notifications to subscribers (SNS in AWS). */
export interface Notifier {
  notify(notification: Notification): Promise<void>;
}

/** Hands a stored release on to normalize (SQS in AWS, a direct call locally). */
export interface NormalizeQueue {
  enqueue(request: { source_id: string; release_id: string; sha256: string }): Promise<void>;
}

/** The time, injected so that every output is deterministic under test. */
export interface Clock {
  now(): Date;
}

/** A structured log line sink; core code logs through this, never to the console directly. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One HTTP GET as ingest asks for it: politeness, validators and network limits included. */
export interface FetchRequest {
  url: string;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Hosts the request and its redirects may reach. */
  allowedHosts: string[];
  /** Whether loopback, link-local and private addresses may be reached (local sample sources only). */
  allowPrivateNetwork: boolean;
  /** Media types the body may have (`type/subtype`, `type/*` or `*\/*+xml` style); anything else is refused before the body is read. */
  accept: string[];
  etag?: string;
  lastModified?: string;
}

/**
 * The answer to a FetchRequest: a body, "not modified" for a conditional request, or a failure as
 * a value (`retryable` when trying again soon may succeed: timeouts, 5xx, 429, dropped connections).
 * `url` is where the answer came from, after redirects.
 */
export type FetchResult =
  | { status: 'ok'; url: string; body: Uint8Array; contentType: string; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url: string }
  | { status: 'failed'; url: string; reason: string; retryable: boolean; retryAfterMs?: number };

/** Fetches documents from sources over HTTP; network and HTTP failures come back as `failed` results, never thrown. */
export interface SourceFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** What ingest remembers about a source between runs. Written only when it changes: an idle run writes nothing. */
export interface SourceState {
  source_id: string;
  /** Validators of the discovery document (feed, index or listing), committed only once every entry it announced was handled. */
  etag?: string;
  last_modified?: string;
  /** sha256 of the last handled discovery document: a server that ignores validators still costs no further work. */
  index_sha256?: string;
  /** When the state last changed (not every poll: an idle poll writes nothing), except for calendar sources, whose every poll is recorded here. */
  last_polled_at?: string;
  /** When a new release (or, for fixed-URL sources, a new content) last arrived: the freshness clock. */
  last_new_release_at?: string;
  /** Latest publication date (YYYY-MM-DD) among the releases that arrived. */
  latest_published?: string;
  /**
   * Per release URL: validators of the content we hold, and `entry`, the index entry's date and
   * title when last handled; a changed entry is what makes a feed release worth re-checking.
   */
  release_validators: Record<string, { etag?: string; last_modified?: string; entry?: string }>;
}

/** Per-source polling state (DynamoDB in AWS). */
export interface SourceStateStore {
  get(sourceId: string): Promise<SourceState>;
  put(state: SourceState): Promise<void>;
}

/** Rows held back by the quality stage and the operators' decisions on them (DynamoDB in AWS). */
export interface QualityReviewStore {
  /**
   * Replaces the dataset's list of held-back rows with `held` (what the latest quality run holds
   * back); `listed` is the list as the caller has just read it (listHeld), so it is not read again.
   */
  recordHeld(dataset: string, held: HeldRow[], listed?: HeldRow[]): Promise<void>;
  /** Held-back rows of one dataset, or of all datasets when omitted. */
  listHeld(dataset?: string): Promise<HeldRow[]>;
  /** Records a decision (who, when, why); the next publish honours it. */
  decide(decision: ReviewDecision): Promise<void>;
  /** Every decision taken on the dataset's rows. */
  decisions(dataset: string): Promise<ReviewDecision[]>;
}

/**
 * Runs the extractors on one release body. The in-process one is extractRelease itself; the
 * normalize Lambda runs them in a worker thread that is stopped at a deadline (adapters/worker-extractor.ts).
 */
export interface ReleaseExtractor {
  extract(body: string, context: ExtractionContext, options: ExtractOptions): Promise<ExtractionOutcome>;
}
