/**
 * A version's composed files hashed in a worker thread (HashGroup, sha256-state.ts), beside the
 * thread that renders them. The hashing (about 2.5 GB of text at a million rows, at about 480 MB/s
 * in the WebAssembly lanes) was the largest single cost of the publish thread that does not need
 * it, where a second vCPU only gzipped (a two-core machine, or a Lambda function of 3,538 MB or more:
 * `workerHasCpu`; below that Lambda gives less than two vCPUs' time, and the worker would only add its
 * own cost, so the files are hashed in the publish thread). Each chunk given is copied into
 * a batch of a megabyte, sent (transferred) when full and given back once hashed, so the same few
 * buffers are filled again (a new megabyte costs a page fault every 4 KB: copying into fresh
 * buffers ran at about 600 MB/s, into reused ones at about 10 GB/s); saved states come back with the
 * batch that asked for them and are filled into the objects `save` returned, so a stripe boundary
 * never waits for the worker. At most IN_FLIGHT batches wait for it: past that, the files' writes
 * wait too (`room`). The checksums are those of the same lanes in the publish thread, byte for byte.
 * The group is a channel of the process's publish worker thread (publish-worker-thread.ts): closing
 * it ends the channel, not the thread.
 */
import { availableParallelism } from 'node:os';
import { ResumableSha256, type GroupHasher, type HashGroup, type Sha256State } from '../core/publish/sha256-state.js';
import type { PublishChannel, PublishWorkerThread } from './publish-worker-thread.js';

/** What a batch asks of the worker, in order. */
export const OP = { open: 0, data: 1, save: 2 } as const;
export type HashOp = [typeof OP.open, number, Sha256State | null] | [typeof OP.data, number, number, number] | [typeof OP.save, number, number];
/** One message to the worker on the group's channel `ch`: the ops and the bytes their data ops point into. */
export interface HashBatch { ch: number; seq: number; ops: HashOp[]; bytes: Uint8Array<ArrayBuffer> }
/** The worker's answer to a batch: the states it saved, by ticket, and the batches it has hashed whole, given back. */
export interface HashReply { ch: number; seq: number; states: [number, Sha256State][]; free: Uint8Array<ArrayBuffer>[] }

const BATCH_BYTES = 1 << 20;
const IN_FLIGHT = 4;

/** A hasher whose bytes are hashed in the worker; its state and digest are known once the group has settled. */
class RemoteHasher implements GroupHasher {
  bytes = 0;
  final: Sha256State | undefined;
  constructor(private readonly group: WorkerHashGroup, readonly id: number, state: Sha256State | undefined) {
    this.bytes = state?.bytes ?? 0;
  }
  update(data: Uint8Array): void {
    this.bytes += data.byteLength;
    this.group.data(this.id, data);
  }
  save(): Sha256State {
    return this.group.save(this.id, this.bytes);
  }
  hex(): string {
    if (!this.final) throw new Error('a hasher of a worker group is read only after the group has settled');
    return new ResumableSha256(this.final).hex();
  }
}

export class WorkerHashGroup implements HashGroup {
  private readonly hashers: RemoteHasher[] = [];
  private ops: HashOp[] = [];
  private bytes: Uint8Array<ArrayBuffer> = new Uint8Array(BATCH_BYTES);
  /** Batches the worker gave back, to fill again. */
  private readonly spare: Uint8Array<ArrayBuffer>[] = [];
  private used = 0;
  private sent = 0;
  private answered = 0;
  private tickets = 0;
  /** States promised by `save`, filled in when the worker answers. */
  private readonly promised = new Map<number, Sha256State>();
  private waiters: { at: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private error: Error | undefined;
  private closed = false;
  private readonly channel: PublishChannel;

  constructor(thread: PublishWorkerThread) {
    this.channel = thread.open({ answer: (reply) => this.answer(reply as HashReply), fail: (error) => this.fail(error) });
  }

  /** The thread the group hashes in. */
  get thread(): PublishWorkerThread {
    return this.channel.thread;
  }

  hasher(state?: Sha256State): GroupHasher {
    const hasher = new RemoteHasher(this, this.hashers.length, state);
    this.hashers.push(hasher);
    this.ops.push([OP.open, hasher.id, state ?? null]);
    return hasher;
  }

  /** Copies a chunk into the batch (a chunk larger than a batch goes alone). */
  data(id: number, chunk: Uint8Array): void {
    if (chunk.byteLength === 0) return;
    if (this.used + chunk.byteLength > this.bytes.byteLength) {
      this.post();
      if (chunk.byteLength > this.bytes.byteLength) this.bytes = new Uint8Array(chunk.byteLength);
    }
    this.bytes.set(chunk, this.used);
    this.ops.push([OP.data, id, this.used, chunk.byteLength]);
    this.used += chunk.byteLength;
  }

  save(id: number, bytes: number): Sha256State {
    const ticket = this.tickets++;
    const state: Sha256State = { h: [], bytes, tail: '' };
    this.promised.set(ticket, state);
    this.ops.push([OP.save, id, ticket]);
    return state;
  }

  room(): Promise<void> | undefined {
    if (this.error) return Promise.reject(this.error);
    return this.sent - this.answered >= IN_FLIGHT ? this.until(this.sent - IN_FLIGHT + 1) : undefined;
  }

  async settled(): Promise<void> {
    const finals = this.hashers.map((hasher) => ({ hasher, state: this.save(hasher.id, hasher.bytes) }));
    this.post();
    await this.until(this.sent);
    for (const { hasher, state } of finals) hasher.final = state;
  }

  /** Whether the group is closed (its channel ended; the thread lives on). */
  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fail(new Error('the hash group was closed'));
    this.channel.close();
  }

  /** Sends the batch (its bytes transferred, not copied) and starts a new one. */
  private post(): void {
    if (this.ops.length === 0 || this.error) return;
    // A batch without bytes (states asked for) keeps its buffer.
    const bytes = this.used === 0 ? new Uint8Array(0) : this.bytes.subarray(0, this.used);
    this.channel.post<HashBatch>({ seq: ++this.sent, ops: this.ops, bytes }, [bytes.buffer]);
    this.ops = [];
    if (this.used > 0) this.bytes = this.spare.pop() ?? new Uint8Array(BATCH_BYTES);
    this.used = 0;
  }

  private answer(reply: HashReply): void {
    for (const [ticket, state] of reply.states) {
      Object.assign(this.promised.get(ticket)!, state);
      this.promised.delete(ticket);
    }
    for (const batch of reply.free) if (batch.buffer.byteLength === BATCH_BYTES) this.spare.push(new Uint8Array(batch.buffer));
    this.answered = reply.seq;
    const ready = this.waiters.filter((w) => w.at <= this.answered);
    this.waiters = this.waiters.filter((w) => w.at > this.answered);
    for (const w of ready) w.resolve();
  }

  /** Resolves once batch `seq` is answered. */
  private until(seq: number): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (this.answered >= seq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ at: seq, resolve, reject }));
  }

  private fail(error: Error): void {
    this.error ??= error;
    for (const w of this.waiters) w.reject(this.error);
    this.waiters = [];
  }
}

/** Lambda's CPU follows its memory: 1,769 MB buys the time of one vCPU. */
const LAMBDA_MB_PER_VCPU = 1769;

/**
 * Whether a worker thread has a CPU of its own beside the publish thread: two processors or more, and in Lambda the
 * memory that buys two vCPUs' time (Lambda shows two processors at any size, but a function of 1,024 MB runs for about
 * 0.58 of one, so a worker there would share it and only add its own cost).
 */
export function workerHasCpu(env: Record<string, string | undefined> = process.env, processors = availableParallelism()): boolean {
  const lambdaMb = Number(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? 0);
  return processors >= 2 && (!lambdaMb || lambdaMb >= 2 * LAMBDA_MB_PER_VCPU);
}
