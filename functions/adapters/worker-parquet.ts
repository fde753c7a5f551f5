/**
 * A version's Parquet row groups written in a worker thread (RowGroupEncoder, parquet.ts), beside
 * the thread that renders the other files. The sink sends each row group's columns as they wait
 * (typed arrays and a text buffer, transferred, not copied: row-group-columns.ts) and gets back
 * its bytes, its footer entry and its page indexes, in order; the footer stays the sink's. At most
 * two row groups are in flight (parquet.ts, ENCODING_AHEAD). Used where a worker has a CPU of its
 * own (`workerHasCpu`, as for the hashing worker); the file is byte for byte the one the publish
 * thread writes.
 */
import { Worker } from 'node:worker_threads';
import type { EncodedRowGroup, RowGroupEncoder } from '../core/publish/parquet.js';
import { transfer, type RowGroupData } from '../core/publish/row-group-columns.js';
import { workerHasCpu } from './worker-sha256.js';
import { workerScript } from './worker-script.js';

/** What the sink sends: where the file's row groups start (first), then each row group's data. */
export type ParquetRequest = { start: number } | { seq: number; data: RowGroupData };
/** The worker's answer to a row group, in order. */
export type ParquetReply = { seq: number; encoded: EncodedRowGroup } | { seq: number; error: string };

/**
 * The worker holds a row group's columns, values and pages at a time (16,384 rows at most), and
 * starts without the parent's flags, as the hashing worker does.
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 }, execArgv: [] };

export class WorkerRowGroupEncoder implements RowGroupEncoder {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (encoded: EncodedRowGroup) => void; reject: (error: Error) => void }>();
  private error: Error | undefined;

  constructor(private readonly worker: Worker, start: number) {
    worker.on('message', (reply: ParquetReply) => this.answer(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the Parquet worker exited with code ${code}`)));
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
    void this.worker.terminate();
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

/**
 * Parquet encoders in worker threads, a new worker for each file. As `workerHashGroups`: call it
 * where the function starts; null when no worker can be started, or none would have a CPU of its
 * own, and the row groups are then written in the publish thread.
 */
export async function workerParquetEncoders(hasCpu = workerHasCpu()): Promise<((start: number) => RowGroupEncoder) | null> {
  if (!hasCpu) return null;
  const script = await workerScript('parquet-worker').catch(() => null);
  if (!script) return null;
  return (start) => new WorkerRowGroupEncoder(new Worker(script, WORKER_OPTIONS), start);
}
