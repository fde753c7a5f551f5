/**
 * A version's Parquet row groups written in a worker thread (RowGroupEncoder, parquet.ts), beside
 * the thread that renders the other files. The sink sends each row group's columns as they wait
 * (typed arrays and a text buffer, transferred, not copied: row-group-columns.ts) and gets back
 * its bytes, its footer entry and its page indexes, in order; the footer stays the sink's. At most
 * two row groups are in flight (parquet.ts, ENCODING_AHEAD). Used where a worker has a CPU of its
 * own (`workerHasCpu`, as for the hashing worker); the file is byte for byte the one the publish
 * thread writes. The thread is the hashing worker's (`workerPublishThreads`): one isolate for both,
 * one per process (publish-worker.ts, publish-worker-thread.ts); a file is a channel of it.
 */
import type { HashGroup } from '../core/publish/sha256-state.js';
import type { EncodedRowGroup, RowGroupEncoder } from '../core/publish/parquet.js';
import { transfer, type RowGroupData } from '../core/publish/row-group-columns.js';
import { WorkerHashGroup, workerHasCpu } from './worker-sha256.js';
import { publishWorkerThread, type PublishChannel, type PublishWorkerThread } from './publish-worker-thread.js';
import { workerScript } from './worker-script.js';

/** What the sink sends on its file's channel `ch`: where the file's row groups start (first), then each row group's data. */
export type ParquetRequest = { ch: number; start: number } | { ch: number; seq: number; data: RowGroupData };
/** The worker's answer to a row group, in order. */
export type ParquetReply = { ch: number; seq: number; encoded: EncodedRowGroup } | { ch: number; seq: number; error: string };

export class WorkerRowGroupEncoder implements RowGroupEncoder {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (encoded: EncodedRowGroup) => void; reject: (error: Error) => void }>();
  private error: Error | undefined;
  private readonly channel: PublishChannel;

  constructor(thread: PublishWorkerThread, start: number) {
    this.channel = thread.open({ answer: (reply) => this.answer(reply as ParquetReply), fail: (error) => this.fail(error) });
    this.channel.post<ParquetRequest>({ start });
  }

  /** The thread the file is written in. */
  get thread(): PublishWorkerThread {
    return this.channel.thread;
  }

  encode(data: RowGroupData): Promise<EncodedRowGroup> {
    if (this.error) return Promise.reject(this.error);
    const seq = ++this.seq;
    const answered = new Promise<EncodedRowGroup>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    this.channel.post<ParquetRequest>({ seq, data }, transfer(data));
    return answered;
  }

  /** Ends the file's channel (the thread lives on). */
  close(): void {
    this.fail(new Error('the Parquet encoder was closed'));
    this.channel.close();
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
 * Hash groups and Parquet encoders in the process's one publish worker thread (publish-worker-thread.ts),
 * each a channel of it: started the first time a version needs it, reused by every later version and
 * dataset in the process, never ended while it lives (a worker thread ended as a publish ended took a
 * test fork down now and then: README, Tests). One isolate for both: an idle one holds 10-15 MB of RSS
 * here, and the Parquet one's heap reached 27 MB where the shared one's reaches 26 (README, "Thirtieth
 * session"). The row groups and the hash batches wait for each other in it, in the order sent. Call it
 * where the function starts (its script is found then); null when no worker can be started, or none
 * would have a CPU of its own (`workerHasCpu`): the files are then hashed and written in the publish thread.
 */
export async function workerPublishThreads(hasCpu = workerHasCpu()): Promise<PublishThreads | null> {
  if (!hasCpu) return null;
  const script = await workerScript('publish-worker').catch(() => null);
  if (!script) return null;
  return {
    hashGroup: () => new WorkerHashGroup(publishWorkerThread(script)),
    parquetEncoder: (start) => new WorkerRowGroupEncoder(publishWorkerThread(script), start),
  };
}
