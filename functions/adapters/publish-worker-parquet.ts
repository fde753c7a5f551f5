/**
 * The Parquet side of the publish worker thread (publish-worker.ts; the publish thread's side is
 * worker-parquet.ts): writes the row groups it is sent, one after the other, with the writer the
 * publish thread would use (RowGroupWriter), and sends back each one's bytes (transferred), footer
 * entry and page indexes. Each file is a channel of its own, its writer dropped when it ends.
 */
import type { MessagePort } from 'node:worker_threads';
import { RowGroupWriter } from '../core/publish/parquet.js';
import type { ParquetReply, ParquetRequest } from './worker-parquet.js';

const writers = new Map<number, RowGroupWriter>();

/** Starts a file (its row groups' first offset) or writes one of its row groups, answered on `port`. */
export function answerParquet(request: ParquetRequest, port: MessagePort): void {
  const { ch } = request;
  if ('start' in request) {
    writers.set(ch, new RowGroupWriter(request.start));
    return;
  }
  try {
    const encoded = writers.get(ch)!.encode(request.data);
    port.postMessage({ ch, seq: request.seq, encoded } satisfies ParquetReply, [encoded.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ ch, seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ParquetReply);
  }
}

/** Drops channel `ch`'s writer (its file is over). */
export function endParquetChannel(ch: number): void {
  writers.delete(ch);
}
