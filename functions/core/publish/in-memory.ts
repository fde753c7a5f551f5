/**
 * In-memory implementations of the ports publish uses, with the same semantics as the DynamoDB,
 * S3 and SNS adapters (conditional claims, write-once manifests, sorted scans). Unit tests and
 * the bench run the publish use case on them without services.
 */
import type { Observation } from '../contract.js';
import { isCopiedRange, MIN_COPY_PART, type BlobMeta, type BlobStore, type Clock, type CopiedRange, type DatasetState, type DatasetStateStore, type Notification, type Notifier, type ObservationStore, type PendingVersion, type ScanRange, type UpsertSummary } from '../ports.js';
import { inRange, sortInPublishOrder } from './row-order.js';

/** A bucket in a Map. */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, { body: Uint8Array; meta: BlobMeta }>();

  async putImmutable(key: string, body: Uint8Array, meta: BlobMeta): Promise<boolean> {
    if (this.objects.has(key)) return false;
    this.objects.set(key, { body: body.slice(), meta });
    return true;
  }

  async put(key: string, body: Uint8Array, meta: BlobMeta): Promise<void> {
    this.objects.set(key, { body: body.slice(), meta });
  }

  async putStream(key: string, body: AsyncIterable<Uint8Array>, meta: BlobMeta): Promise<void> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(chunk.slice());
    this.objects.set(key, { body: Buffer.concat(chunks), meta });
  }

  async copy(fromKey: string, toKey: string, meta: BlobMeta): Promise<void> {
    const source = this.objects.get(fromKey);
    if (!source) throw new Error(`no object ${fromKey} to copy`);
    // Bodies are never changed in place, so the copy shares the bytes.
    this.objects.set(toKey, { body: source.body, meta });
  }

  async get(key: string): Promise<Uint8Array | null> {
    return this.objects.get(key)?.body ?? null;
  }

  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    const object = this.objects.get(key);
    if (!object) return null;
    const { body } = object;
    return (async function* () {
      // Odd-sized chunks, so line splitting across chunk boundaries is always exercised.
      for (let i = 0; i < body.byteLength; i += 65_537) yield body.subarray(i, i + 65_537);
    })();
  }

  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }

  async getRange(key: string, start: number, end: number): Promise<AsyncIterable<Uint8Array> | null> {
    const object = this.objects.get(key);
    return object ? (async function* () { yield object.body.subarray(start, end); })() : null;
  }

  async compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, meta: BlobMeta): Promise<void> {
    this.objects.set(key, { body: await composeBytes(key, copies, tail, (from) => this.objects.get(from)?.body), meta });
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  /** The body as text (tests). */
  text(key: string): string {
    const object = this.objects.get(key);
    if (!object) throw new Error(`no object ${key}`);
    return new TextDecoder().decode(object.body);
  }
}

/** Dataset state with the DynamoDB adapter's conditions. */
export class MemoryDatasetStateStore implements DatasetStateStore {
  readonly states = new Map<string, DatasetState>();

  private state(dataset: string): DatasetState {
    let state = this.states.get(dataset);
    if (!state) this.states.set(dataset, (state = { dataset, change_seq: 0, changed_periods: {}, changed_periods_since: 0, published_seq: 0, latest_version: 0, notified_version: 0, pending: null }));
    return state;
  }

  async get(dataset: string): Promise<DatasetState> {
    return structuredClone(this.state(dataset));
  }

  async list(): Promise<DatasetState[]> {
    return [...this.states.values()].map((s) => structuredClone(s));
  }

  async markChanged(dataset: string, periods: Iterable<string> = []): Promise<void> {
    const state = this.state(dataset);
    state.change_seq++;
    for (const period of periods) state.changed_periods[period] = state.change_seq;
  }

  async claimVersion(dataset: string, claim: PendingVersion): Promise<boolean> {
    const state = this.state(dataset);
    if (state.pending || state.latest_version !== claim.version - 1) return false;
    state.pending = { ...claim };
    return true;
  }

  async takeOverVersion(dataset: string, version: number, owner: string, leaseUntil: string, now: string): Promise<PendingVersion | null> {
    const { pending } = this.state(dataset);
    if (!pending || pending.version !== version || !(pending.lease_until < now || pending.owner === owner)) return null;
    pending.owner = owner;
    pending.lease_until = leaseUntil;
    return { ...pending };
  }

  async renewLease(dataset: string, version: number, owner: string, leaseUntil: string): Promise<boolean> {
    const { pending } = this.state(dataset);
    if (!pending || pending.version !== version || pending.owner !== owner) return false;
    pending.lease_until = leaseUntil;
    return true;
  }

  async commitVersion(dataset: string, version: number, seq: number): Promise<boolean> {
    const state = this.state(dataset);
    if (state.pending?.version !== version) return state.latest_version >= version;
    state.latest_version = version;
    state.published_seq = seq;
    state.pending = null;
    return true;
  }

  async abandonVersion(dataset: string, version: number, seq: number): Promise<void> {
    const state = this.state(dataset);
    if (state.pending?.version !== version) return;
    state.published_seq = seq;
    state.pending = null;
  }

  async markNotified(dataset: string, version: number): Promise<void> {
    const state = this.state(dataset);
    if (state.notified_version < version) state.notified_version = version;
  }
}

/**
 * Current rows and revisions kept sorted, written with `upsert`/`remove` (the revision rules
 * themselves are the DynamoDB store's; here the caller states the revision).
 */
export class MemoryObservationStore implements ObservationStore {
  private readonly current = new Map<string, Map<string, Observation>>();
  private readonly revisions = new Map<string, Map<string, Observation>>();

  constructor(private readonly datasets: DatasetStateStore) {}

  /** Sets the current row of its observation_id and records the revision. */
  async upsert(row: Observation): Promise<void> {
    const of = <T>(map: Map<string, Map<string, T>>) => map.get(row.dataset) ?? map.set(row.dataset, new Map()).get(row.dataset)!;
    const replaced = of(this.current).get(row.observation_id);
    of(this.current).set(row.observation_id, row);
    of(this.revisions).set(`${row.observation_id}#${String(row.revision).padStart(6, '0')}`, row);
    await this.datasets.markChanged(row.dataset, replaced ? [replaced.period_end, row.period_end] : [row.period_end]);
  }

  /** Removes a current row (its revisions stay). */
  async remove(dataset: string, id: string): Promise<void> {
    const removed = this.current.get(dataset)?.get(id);
    this.current.get(dataset)?.delete(id);
    await this.datasets.markChanged(dataset, removed ? [removed.period_end] : []);
  }

  async applyRelease(): Promise<UpsertSummary> {
    throw new Error('MemoryObservationStore does not normalize releases; use upsert/remove');
  }

  async *scan(dataset: string, range: ScanRange = {}): AsyncIterable<Observation> {
    const rows = [...(this.current.get(dataset) ?? new Map<string, Observation>()).values()];
    yield* sortInPublishOrder(rows.filter(inRange(range)));
  }

  async get(dataset: string, ids: string[]): Promise<Observation[]> {
    const rows = this.current.get(dataset) ?? new Map<string, Observation>();
    return [...new Set(ids)].flatMap((id) => rows.get(id) ?? []);
  }

  async *scanRevisions(dataset: string, range: ScanRange = {}): AsyncIterable<Observation> {
    const rows = [...(this.revisions.get(dataset) ?? new Map<string, Observation>()).values()];
    yield* sortInPublishOrder(rows.filter(inRange(range)));
  }
}

/** Keeps every notification. */
export class MemoryNotifier implements Notifier {
  readonly sent: Notification[] = [];

  async notify(notification: Notification): Promise<void> {
    this.sent.push(notification);
  }
}

/** A clock the test moves. */
export class ManualClock implements Clock {
  constructor(private time: Date) {}

  now(): Date {
    return new Date(this.time);
  }

  /** Moves the clock forward. */
  advance(ms: number): void {
    this.time = new Date(this.time.getTime() + ms);
  }
}

/**
 * The bytes S3 would compose: each copied range of an earlier object, then the tail. Refuses what
 * S3 refuses (a missing or short source, a copied part under the minimum part size), so the
 * in-memory stores fail where S3 would.
 */
export async function composeBytes(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, bodyOf: (key: string) => Uint8Array | undefined): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const copied = (range: CopiedRange) => {
    const source = bodyOf(range.fromKey);
    if (!source || range.end > source.byteLength) throw new Error(`cannot copy bytes ${range.start}-${range.end} of ${range.fromKey}: the source is missing or shorter`);
    return source.subarray(range.start, range.end);
  };
  for (const range of copies) {
    if (range.end - range.start < MIN_COPY_PART) throw new Error(`a copied part of ${key} is smaller than S3's minimum part size`);
    parts.push(copied(range));
  }
  for await (const item of tail) parts.push(isCopiedRange(item) ? copied(item) : item.slice());
  return Buffer.concat(parts);
}
