/**
 * In-memory implementations of the storage ports, with the same semantics as the DynamoDB, S3 and
 * SQS adapters (immutable keys, idempotent ledger writes, conditional state moves), for unit tests
 * that drive a use case without services. Each counts its mutating calls in `writes`, and keeps a
 * log of them in `log`, so tests can assert that a run wrote nothing.
 */
import { RELEASE_STATES, type Observation, type ObservationDraft, type Release, type ReleaseState } from '../../functions/core/contract.js';
import { composeBytes } from '../../functions/core/publish/in-memory.js';
import { type BlobMeta, type BlobStore, type CopiedRange, type NormalizeQueue, type ObservationStore, type ReleaseLedger, type ScanRange, type SourceState, type SourceStateStore } from '../../functions/core/ports.js';

const copy = <T>(value: T): T => structuredClone(value);

/** One stored object. */
export interface MemoryBlob {
  body: Uint8Array;
  meta: BlobMeta;
  immutable: boolean;
}

/** BlobStore in a Map, keys listed in lexicographic order as S3 does. */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, MemoryBlob>();
  writes = 0;
  readonly log: string[] = [];

  async putImmutable(key: string, body: Uint8Array, meta: BlobMeta): Promise<boolean> {
    this.writes++;
    this.log.push(`putImmutable ${key}`);
    if (this.objects.has(key)) return false;
    this.objects.set(key, { body: new Uint8Array(body), meta: copy(meta), immutable: true });
    return true;
  }

  async put(key: string, body: Uint8Array, meta: BlobMeta): Promise<void> {
    this.writes++;
    this.log.push(`put ${key}`);
    if (this.objects.get(key)?.immutable) throw new Error(`${key} is immutable`);
    this.objects.set(key, { body: new Uint8Array(body), meta: copy(meta), immutable: false });
  }

  async putStream(key: string, body: AsyncIterable<Uint8Array>, meta: BlobMeta): Promise<void> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(chunk);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.byteLength;
    }
    await this.put(key, joined, meta);
  }

  async copy(fromKey: string, toKey: string, meta: BlobMeta): Promise<void> {
    const source = this.objects.get(fromKey);
    if (!source) throw new Error(`no object ${fromKey} to copy`);
    await this.put(toKey, source.body, meta);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const blob = this.objects.get(key);
    return blob ? new Uint8Array(blob.body) : null;
  }

  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    const body = await this.get(key);
    return body ? (async function* () { yield body; })() : null;
  }

  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }

  async getRange(key: string, start: number, end: number): Promise<AsyncIterable<Uint8Array> | null> {
    const body = await this.get(key);
    return body ? (async function* () { yield body.subarray(start, end); })() : null;
  }

  async compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, meta: BlobMeta): Promise<void> {
    const body = await composeBytes(key, copies, tail, (from) => this.objects.get(from)?.body);
    this.log.push(`compose ${key}`);
    await this.put(key, body, meta);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
}

/** ReleaseLedger in a Map, with the DynamoDB adapter's conditions. */
export class MemoryReleaseLedger implements ReleaseLedger {
  readonly releases = new Map<string, Release>();
  writes = 0;
  readonly log: string[] = [];

  async get(releaseId: string): Promise<Release | null> {
    const release = this.releases.get(releaseId);
    return release ? copy(release) : null;
  }

  async recordFetched(release: Release): Promise<void> {
    this.writes++;
    this.log.push(`recordFetched ${release.release_id} ${release.sha256}`);
    // The same content recorded twice is one record: never reset a release that already moved on.
    if (this.releases.get(release.release_id)?.sha256 === release.sha256) return;
    this.releases.set(release.release_id, copy(release));
  }

  async markNormalized(releaseId: string, sha256: string, warnings: string[], dating?: Pick<Release, 'published' | 'published_from'>): Promise<void> {
    this.writes++;
    this.log.push(`markNormalized ${releaseId}`);
    const release = this.releases.get(releaseId);
    if (!release || release.sha256 !== sha256) return;
    const next: Release = { ...release, ...dating, state: 'normalized', warnings: [...warnings] };
    delete next.reason;
    this.releases.set(releaseId, next);
  }

  async startAttempt(releaseId: string, sha256: string, maxAttempts: number, giveUpReason: string, fresh = false): Promise<{ proceed: boolean; state: ReleaseState | null }> {
    const release = this.releases.get(releaseId);
    if (!release || release.sha256 !== sha256) return { proceed: false, state: release?.state ?? null };
    if (fresh) {
      this.writes++;
      this.releases.set(releaseId, { ...release, attempts: 1 });
      return { proceed: true, state: release.state };
    }
    if (release.state === 'normalized' || release.state === 'quarantined') return { proceed: false, state: release.state };
    this.writes++;
    this.log.push(`startAttempt ${releaseId}`);
    if (release.attempts >= maxAttempts) {
      this.releases.set(releaseId, { ...release, state: 'quarantined', reason: giveUpReason });
      return { proceed: false, state: 'quarantined' };
    }
    this.releases.set(releaseId, { ...release, attempts: release.attempts + 1 });
    return { proceed: true, state: release.state };
  }

  async noteHeldBack(releaseId: string, notes: string[]): Promise<void> {
    this.writes++;
    this.log.push(`noteHeldBack ${releaseId}`);
    const release = this.releases.get(releaseId);
    if (release) this.releases.set(releaseId, { ...release, held_back: [...notes] });
  }

  async markFailed(releaseId: string, sha256: string, reason: string, maxAttempts: number): Promise<ReleaseState> {
    this.writes++;
    this.log.push(`markFailed ${releaseId}`);
    const release = this.releases.get(releaseId);
    if (!release || release.sha256 !== sha256) return release?.state ?? 'failed';
    const state: ReleaseState = release.attempts >= maxAttempts ? 'quarantined' : 'failed';
    this.releases.set(releaseId, { ...release, reason, state });
    return state;
  }

  async markProgress(releaseId: string, sha256: string): Promise<void> {
    const release = this.releases.get(releaseId);
    if (!release || release.sha256 !== sha256 || release.attempts === 0) return;
    this.writes++;
    this.releases.set(releaseId, { ...release, attempts: release.attempts - 1 });
  }

  async override(releaseId: string, decision: 'retry' | 'quarantine', reason: string): Promise<Release | null> {
    const release = this.releases.get(releaseId);
    if (!release) return null;
    this.writes++;
    const next: Release = decision === 'quarantine' ? { ...release, state: 'quarantined', reason } : { ...release, state: release.sha256 === '' ? 'failed' : 'fetched', attempts: 0, reason };
    if (decision === 'retry' && release.sha256 !== '') delete next.reason;
    this.releases.set(releaseId, next);
    return copy(next);
  }

  async recordFetchFailure(release: Release, reason: string, maxAttempts: number): Promise<ReleaseState> {
    this.writes++;
    this.log.push(`recordFetchFailure ${release.release_id}`);
    const existing = this.releases.get(release.release_id);
    if (existing && existing.sha256 !== '') return existing.state;
    if (existing?.state === 'quarantined') return 'quarantined';
    const attempts = (existing?.attempts ?? 0) + 1;
    const state: ReleaseState = attempts >= maxAttempts ? 'quarantined' : 'failed';
    this.releases.set(release.release_id, { ...copy(release), sha256: '', content_revision: 0, raw_key: '', attempts, reason, state });
    return state;
  }

  async list(filter: { state?: ReleaseState; sourceId?: string }): Promise<Release[]> {
    const states = filter.state ? [filter.state] : RELEASE_STATES;
    // Same order as the state index: by state, then source and release id.
    return states.flatMap((state) =>
      [...this.releases.values()]
        .filter((r) => r.state === state && (!filter.sourceId || r.source_id === filter.sourceId))
        .sort((a, b) => `${a.source_id}#${a.release_id}`.localeCompare(`${b.source_id}#${b.release_id}`))
        .map(copy),
    );
  }
}

/** SourceStateStore in a Map; `get` of an unknown source is its empty state, as in DynamoDB. */
export class MemorySourceStateStore implements SourceStateStore {
  readonly states = new Map<string, SourceState>();
  writes = 0;
  readonly log: string[] = [];

  async get(sourceId: string): Promise<SourceState> {
    const state = this.states.get(sourceId);
    return state ? copy(state) : { source_id: sourceId, release_validators: {} };
  }

  async put(state: SourceState): Promise<void> {
    this.writes++;
    this.log.push(`put ${state.source_id}`);
    // DynamoDB drops undefined members; so does a JSON round trip.
    this.states.set(state.source_id, JSON.parse(JSON.stringify(state)));
  }
}

/** NormalizeQueue as an array of messages; `drain` takes them as a consumer would. */
export class MemoryNormalizeQueue implements NormalizeQueue {
  readonly messages: Array<{ source_id: string; release_id: string; sha256: string }> = [];
  writes = 0;

  async enqueue(request: { source_id: string; release_id: string; sha256: string }): Promise<void> {
    this.writes++;
    this.messages.push({ ...request });
  }

  /** Removes and returns every waiting message. */
  drain(): Array<{ source_id: string; release_id: string; sha256: string }> {
    return this.messages.splice(0, this.messages.length);
  }
}

/** One of each memory port, and their write count together. */
export function memoryPorts() {
  const blobs = new MemoryBlobStore();
  const ledger = new MemoryReleaseLedger();
  const sourceStates = new MemorySourceStateStore();
  const queue = new MemoryNormalizeQueue();
  return { blobs, ledger, sourceStates, queue, writes: () => blobs.writes + ledger.writes + sourceStates.writes + queue.writes };
}

/** An observation store that accepts every release and records the rows it was given. */
export function recordingStore(): ObservationStore & { applied: ObservationDraft[][] } {
  return {
    applied: [],
    async applyRelease(_dataset, _id, drafts) {
      this.applied.push(drafts);
      return { added: drafts.length, revised: 0, unchanged: 0, removed: 0 };
    },
    scan: async function* () {},
    scanRevisions: async function* () {},
    get: async () => [],
  };
}

/** What one scan of a store handed out: its range and the earliest period_end among the rows it yielded. */
export interface ScanRecord {
  kind: 'scan' | 'scanRevisions';
  range: ScanRange | undefined;
  rows: number;
  earliest: string | undefined;
}

/** A view of a store that records every scan (its range, how many rows it yielded and from which period on). */
export function scanRecorder(store: ObservationStore): ObservationStore & { scans: ScanRecord[] } {
  const scans: ScanRecord[] = [];
  async function* recorded(kind: ScanRecord['kind'], range: ScanRange | undefined, rows: AsyncIterable<Observation>): AsyncGenerator<Observation> {
    const record: ScanRecord = { kind, range, rows: 0, earliest: undefined };
    scans.push(record);
    for await (const row of rows) {
      record.rows++;
      if (record.earliest === undefined || row.period_end < record.earliest) record.earliest = row.period_end;
      yield row;
    }
  }
  return {
    scans,
    applyRelease: (d, r, drafts, options) => store.applyRelease(d, r, drafts, options),
    scan: (d, range) => recorded('scan', range, store.scan(d, range)),
    scanRevisions: (d, range) => recorded('scanRevisions', range, store.scanRevisions(d, range)),
    get: (d, ids) => store.get(d, ids),
  };
}
