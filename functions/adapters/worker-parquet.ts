/**
 * A version's Parquet row groups written in a worker thread (RowGroupEncoder, parquet.ts), beside
 * the thread that renders the other files. The sink sends each row group's columns as they wait
 * (typed arrays and a text buffer, transferred, not copied: row-group-columns.ts) and gets back
 * its bytes, its footer entry and its page indexes, in order; the footer stays the sink's. At most
 * two row groups are in flight (parquet.ts, ENCODING_AHEAD). Used where a worker has a CPU of its
 * own (`workerHasCpu`, as for the hashing worker); the file is byte for byte the one the publish
 * thread writes. The thread is the version's hashing worker's where there is one
 * (`workerPublishThreads`): one isolate for both (publish-worker.ts).
 */
import { Worker } from 'node:worker_threads';
import type { HashGroup } from '../core/publish/sha256-state.js';
import type { EncodedRowGroup, RowGroupEncoder } from '../core/publish/parquet.js';
import { transfer, type RowGroupData } from '../core/publish/row-group-columns.js';
import { PUBLISH_WORKER_OPTIONS, WorkerHashGroup, endWorker, workerHasCpu } from './worker-sha256.js';
import { workerScript } from './worker-script.js';

/** What the sink sends: where the file's row groups start (first), then each row group's data. */
export type ParquetRequest = { start: number } | { seq: number; data: RowGroupData };
/** The worker's answer to a row group, in order. */
export type ParquetReply = { seq: number; encoded: EncodedRowGroup } | { seq: number; error: string };

export class WorkerRowGroupEncoder implements RowGroupEncoder {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (encoded: EncodedRowGroup) => void; reject: (error: Error) => void }>();
  private error: Error | undefined;
  private readonly listeners = {
    // The thread may hash too (worker-sha256.ts): its answers carry neither.
    message: (reply: ParquetReply | object) => ('encoded' in reply || 'error' in reply) && this.answer(reply),
    error: (error: Error) => this.fail(error),
    exit: (code: number) => this.fail(new Error(`the Parquet worker exited with code ${code}`)),
  };

  /** `owned`: the worker is this file's alone, and ends with it; else it is left running (a hash group's). */
  constructor(private readonly worker: Worker, start: number, private readonly owned = true) {
    for (const [event, listener] of Object.entries(this.listeners)) worker.on(event, listener);
    worker.postMessage({ start } satisfies ParquetRequest);
  }

  encode(data: RowGroupData): Promise<EncodedRowGroup> {
    if (this.error) return Promise.reject(this.error);
    const seq = ++this.seq;
    const answered = new Promise<EncodedRowGroup>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    this.worker.postMessage({ seq, data } satisfies ParquetRequest, transfer(data));
    return answered;
  }

  close(): void {
    this.fail(new Error('the Parquet worker was closed'));
    for (const [event, listener] of Object.entries(this.listeners)) this.worker.off(event, listener);
    if (this.owned) endWorker(this.worker);
  }

  private answer(reply: ParquetReply): void {
    const waiter = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    if ('error' in reply) waiter?.reject(new Error(`the Parquet worker failed: ${reply.error}`));
    else waiter?.resolve(reply.encoded);
  }

  private fail(error: Error): void {
    this.error ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.error);
    this.waiting.clear();
  }
}

/** A version's hash groups and Parquet encoders (the build's `hashGroup` and `parquetEncoder`). */
export interface PublishThreads {
  hashGroup: () => HashGroup;
  parquetEncoder: (start: number) => RowGroupEncoder;
}

/**
 * Hash groups and Parquet encoders sharing one worker thread: a Parquet file's row groups are
 * written in the thread of the hash group made last, while it is open (in a version build the
 * files' group is made before the Parquet file starts and closed after it ends), else in a worker
 * of the file's own. One isolate fewer: an idle one holds 10-15 MB of RSS here, and the Parquet
 * one's heap reached 27 MB where the shared one's reaches 26 (README, "Thirtieth session"). The
 * row groups and the hash batches wait for each other in it, in the order sent. Call it where the
 * function starts (its script is found then); null when no worker can be started, or none would have
 * a CPU of its own (`workerHasCpu`): the files are then hashed and written in the publish thread.
 */
export async function workerPublishThreads(hasCpu = workerHasCpu()): Promise<PublishThreads | null> {
  if (!hasCpu) return null;
  const script = await workerScript('publish-worker').catch(() => null);
  if (!script) return null;
  let latest: WorkerHashGroup | undefined;
  return {
    hashGroup: () => (latest = new WorkerHashGroup(new Worker(script, PUBLISH_WORKER_OPTIONS))),
    parquetEncoder: (start) =>
      latest && !latest.isClosed ? new WorkerRowGroupEncoder(latest.worker, start, false) : new WorkerRowGroupEncoder(new Worker(script, PUBLISH_WORKER_OPTIONS), start),
  };
}
